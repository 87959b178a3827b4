"""SIPRI reconciliation: which corpus transfers does SIPRI's trade register confirm?

Reads the two export layouts of the SIPRI Arms Transfers Database:

- per deal ("Recipient,Supplier,Year of order,..." after a preamble; '?' columns mark
  uncertain values; "Year(s) of delivery" like "2022; 2024");
- per deal and delivery year ("SIPRI AT Database ID,Supplier,Recipient,Designation,...",
  every line ending with ';'), grouped back into deals by their database id.

Corpus deals (transfers with a done or agreed step) match a SIPRI deal on supplier,
recipient (SIPRI names -> ISO3), system family (SIPRI designations through the catalog's
aliases; a category through SIPRI's weapon description) and a year window.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SipriFormatError
from .families import family_lookup, state_of

COMMITTED = ("done", "agreed")


@dataclass
class SipriDeal:
    sipri_id: str
    supplier_name: str
    recipient_name: str
    supplier: str
    recipient: str
    designation: str
    description: str
    category: str | None
    family: str | None
    order_year: int | None
    delivery_years: list[int] = field(default_factory=list)
    ordered: str | None = None
    delivered: str | None = None
    line: int = 0

    @property
    def years(self) -> tuple[int | None, int | None]:
        ys = [y for y in [self.order_year] + self.delivery_years if y is not None]
        return (min(ys), max(ys)) if ys else (None, None)


def _tsv(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {row[0]: row[1] for row in _tsv("sipri_names.tsv")}


@functools.lru_cache(maxsize=1)
def _categories() -> list[tuple[str, str]]:
    return [(row[0].lower(), row[1]) for row in _tsv("sipri_categories.tsv")]


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


@functools.lru_cache(maxsize=4096)
def actor_id(name: str) -> str:
    """A SIPRI supplier/recipient name -> ISO3 / organisation id / nsa:<name>."""
    name = name.strip()
    known = _names()
    if name in known:
        return known[name]
    if name.endswith("*"):
        return "nsa:" + re.sub(r"[^a-z0-9]+", "-", name.rstrip("*").lower()).strip("-")
    code = state_of(name)
    if code:
        return code
    try:
        import pycountry
        return pycountry.countries.lookup(name).alpha_3
    except (LookupError, ImportError):
        return name


def category_of(description: str, armament: str = "") -> str | None:
    text = f" {description} {armament} ".lower()
    for words, category in _categories():
        if re.search(r"(?<![a-z])" + re.escape(words) + r"(?![a-z])", text):
            return category
    return None


def _year(value: str) -> int | None:
    m = re.search(r"\d{4}", value or "")
    return int(m.group()) if m else None


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SipriFormatError(f"cannot read the file ({exc.strerror})", where=str(path)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _deal(sid: str, supplier: str, recipient: str, designation: str, description: str,
          armament: str, order_year: int | None, line: int) -> SipriDeal:
    return SipriDeal(sipri_id=sid, supplier_name=supplier, recipient_name=recipient,
                     supplier=actor_id(supplier), recipient=actor_id(recipient),
                     designation=designation.strip(), description=description.strip(),
                     category=category_of(description, armament),
                     family=family_lookup(designation.strip()), order_year=order_year, line=line)


def read_sipri(path: Path) -> tuple[str, list[SipriDeal]]:
    """-> (layout, deals). Raises SipriFormatError when neither layout is found."""
    lines = _read_text(path).splitlines()
    head = next((i for i, l in enumerate(lines[:60])
                 if l.startswith("Recipient,Supplier,") or l.startswith("SIPRI AT Database ID,")), None)
    if head is None:
        raise SipriFormatError("no SIPRI trade-register header found in the first 60 lines",
                               where=str(path), hint="export the trade register as CSV from "
                               "armstransfers.sipri.org (per-deal or per-delivery layout)")
    if lines[head].startswith("Recipient,"):
        return "per-deal", _per_deal(lines, head)
    return "per-delivery", _per_delivery(lines, head)


def _per_deal(lines: list[str], head: int) -> list[SipriDeal]:
    header = next(csv.reader([lines[head]]))
    col = {name: i for i, name in reversed(list(enumerate(header)))}
    need = ("Recipient", "Supplier", "Year of order", "Weapon designation", "Weapon description",
            "Year(s) of delivery")
    missing = [n for n in need if n not in col]
    if missing:
        raise SipriFormatError(f"per-deal header lacks {', '.join(missing)}", where=f"line {head + 1}")
    out = []
    reader = csv.reader(io.StringIO("\n".join(lines[head + 1:])))
    for n, row in enumerate(reader):
        if len(row) <= col["Year(s) of delivery"] or not row[col["Supplier"]].strip():
            continue
        d = _deal(f"row-{n + 1}", row[col["Supplier"]], row[col["Recipient"]],
                  row[col["Weapon designation"]], row[col["Weapon description"]], "",
                  _year(row[col["Year of order"]]), head + 2 + n)
        d.delivery_years = sorted({int(y) for y in re.findall(r"\d{4}", row[col["Year(s) of delivery"]])})
        d.ordered = row[col["Number ordered"]].strip() or None if "Number ordered" in col else None
        d.delivered = row[col["Number delivered"]].strip() or None if "Number delivered" in col else None
        out.append(d)
    return out


def _per_delivery(lines: list[str], head: int) -> list[SipriDeal]:
    body = [l[:-1] if l.endswith(";") else l for l in (x.rstrip() for x in lines[head:])]
    reader = csv.DictReader(io.StringIO("\n".join(body)))
    need = {"SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Order date",
            "Delivery year"}
    missing = need - set(reader.fieldnames or [])
    if missing:
        raise SipriFormatError(f"per-delivery header lacks {', '.join(sorted(missing))}", where=f"line {head + 1}")
    deals: dict[str, SipriDeal] = {}
    delivered: dict[str, float] = {}
    for n, row in enumerate(reader):
        sid = (row.get("SIPRI AT Database ID") or "").strip()
        if not sid or not (row.get("Supplier") or "").strip():
            continue
        d = deals.get(sid)
        if d is None:
            d = deals[sid] = _deal(sid, row["Supplier"], row["Recipient"], row["Designation"],
                                   row["Description"], row.get("Armament category") or "",
                                   _year(row["Order date"]), head + 2 + n)
        y = _year(row.get("Delivery year") or "")
        if y and y not in d.delivery_years:
            d.delivery_years.append(y)
            d.delivery_years.sort()
        try:
            delivered[sid] = delivered.get(sid, 0) + float(row.get("Numbers delivered") or 0)
        except ValueError:
            pass
    for sid, d in deals.items():
        if delivered.get(sid):
            d.delivered = f"{delivered[sid]:g}"
    return list(deals.values())


def _system_match(family: str | None, category: str | None, s: SipriDeal) -> str | None:
    """-> "family" / "designation" / "category" when the SIPRI deal is about that system."""
    if not family:
        return None
    if family.startswith("category:"):
        if s.category and (s.category == family or (family == "category:missiles" and "missiles" in s.category)):
            return "category"
        return None
    if s.family and _norm(s.family) == _norm(family):
        return "family"
    key = _norm(family)
    if len(key) >= 3 and key in _norm(s.designation):
        return "designation"
    return None


def _in_window(years: list[int], s: SipriDeal, window: int) -> bool:
    lo, hi = s.years
    if not years or lo is None:
        return True
    return any(lo - window <= y <= hi + window for y in years)


def _sipri_line(s: SipriDeal) -> str:
    lo, hi = s.years
    when = f"ordered {s.order_year or '?'}" + (f", delivered {', '.join(map(str, s.delivery_years))}"
                                               if s.delivery_years else "")
    return f"{s.supplier} -> {s.recipient} {s.designation} ({s.description}; {when})"


def reconcile(store: Any, path: Path, window: int = 3) -> dict[str, Any]:
    layout, sipri = read_sipri(path)
    by_pair: dict[tuple[str, str], list[SipriDeal]] = {}
    for s in sipri:
        by_pair.setdefault((s.supplier, s.recipient), []).append(s)
    rows = store.db.query("SELECT id, supplier, recipient, system, category, history FROM deals "
                          "WHERE type = 'transfer' ORDER BY id")
    from .queries import deal_item
    confirmed, corpus_only = [], []
    mentioned: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    committed = []
    for r in rows:
        item = deal_item(dict(r, type="transfer", parties=None, status="", contradiction=0))
        pairs.add((r["supplier"], r["recipient"]))
        candidates = by_pair.get((r["supplier"], r["recipient"]), [])
        for s in candidates:
            if _system_match(r["system"], r["category"], s):
                mentioned.add(s.sipri_id)
        years = [st["year"] for st in item["history"] if st["status"] in COMMITTED and st["year"] is not None]
        if any(st["status"] in COMMITTED for st in item["history"]):
            committed.append((r, item, years, candidates))
    quotes = _quotes(store, [r["id"] for r, *_ in committed])
    for r, item, years, candidates in committed:
        matches = [(s, how) for s in candidates
                   if (how := _system_match(r["system"], r["category"], s)) and _in_window(years, s, window)]
        steps = " -> ".join(f"{st['status']} {st['year'] or '?'}" for st in item["history"])
        base = {"deal": r["id"], "supplier": r["supplier"], "recipient": r["recipient"],
                "system": r["system"], "years": years, "history": steps,
                "quotes": quotes.get(r["id"], [])}
        if matches:
            best = [dict(asdict(s), match=how) for s, how in matches]
            confirmed.append(dict(base, sipri=best, line=f"deal {r['id']}: {r['supplier']} -> {r['recipient']} "
                                  f"{r['system']} ({steps}) = SIPRI " + "; ".join(_sipri_line(s) for s, _ in matches[:2])))
        else:
            corpus_only.append(dict(base, line=f"deal {r['id']}: {r['supplier']} -> {r['recipient']} "
                                    f"{r['system']} ({steps})"))
    sipri_only = []
    for pair in sorted(p for p in pairs if p in by_pair):
        for s in sorted(by_pair[pair], key=lambda s: (-(s.years[1] or 0), s.designation)):
            if s.sipri_id not in mentioned:
                sipri_only.append(dict(asdict(s), line=_sipri_line(s)))
    return {
        "sipri": {"path": str(path), "layout": layout, "rows": len(sipri)},
        "window": window,
        "summary": {"corpus_deals": len(committed), "confirmed": len(confirmed),
                    "corpus_only": len(corpus_only), "sipri_only": len(sipri_only)},
        "confirmed": confirmed, "corpus_only": corpus_only, "sipri_only": sipri_only,
    }


def _quotes(store: Any, deal_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(deal_ids), 500):
        part = deal_ids[i:i + 500]
        if not part:
            continue
        for q in store.db.query(
                "SELECT c.deal_id, c.status, c.event_year, c.sentence, c.doc_id, d.url, d.site, d.date "
                f"FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.deal_id IN "
                f"({', '.join('?' for _ in part)}) AND c.status IN ('done', 'agreed') ORDER BY c.id", part):
            out.setdefault(q["deal_id"], []).append(q)
    return out
