"""The transfers a document has stated so far, for a sentence that leaves a side or the
weapon implicit.

- ``remember``: the claims of a transfer trigger, kept on the context (index, supplier,
  recipient, system) with the statuses they were stated with;
- ``recent_recipients`` / ``recent_suppliers`` / ``recent_sides``: the parties of the latest
  transfer a few sentences back; ``earlier_recipients``: of an earlier transfer from the same
  supplier anywhere before; ``holder_of``: who was last said to give this very weapon.
"""
from __future__ import annotations

from . import roles
from .context import Context


def remember(ctx: Context, token, claims: list) -> None:
    memory = ctx.__dict__.setdefault("transfer_parties", [])
    memory.extend((token.i, c.supplier, c.recipient, c.system) for c in claims)
    statuses = ctx.__dict__.setdefault("transfer_statuses", {})
    for c in claims:
        statuses.setdefault((token.i, c.supplier, c.recipient, c.system), set()).add(c.status)


def stated_statuses(ctx: Context, entry: tuple) -> set:
    """The statuses the transfer of a memory entry was stated with."""
    return ctx.__dict__.get("transfer_statuses", {}).get(entry, set())


def recent_recipients(ctx: Context, token, suppliers: list[str], origin) -> list[str]:
    """The recipient of the latest transfer stated up to three sentences before."""
    for i, supplier, recipient, _ in recent_entries(ctx, token):
        if recipient != "UNK" and recipient not in suppliers and recipient != origin:
            return [recipient]
    return []


def latest_recipient(ctx: Context, token, exclude=(), window: int = 2) -> str | None:
    """The recipient of the latest transfer stated ``window`` sentences back, if named."""
    latest = next(iter(recent_entries(ctx, token, window)), None)
    return latest[2] if latest is not None and latest[2] not in ("UNK", *exclude) else None


def earlier_recipients(ctx: Context, token, suppliers: list[str]) -> list[str]:
    """The recipient of the latest earlier transfer in the document from the same named
    supplier: "Germany would transfer 14 tanks to Ukraine ... [paragraphs later] Forty Marder
    vehicles were delivered" -> Ukraine."""
    if not suppliers or "UNK" in suppliers:
        return []
    found = [recipient for i, supplier, recipient, _ in reversed(ctx.__dict__.get("transfer_parties", []))
             if i < token.i and supplier in suppliers and recipient != "UNK" and recipient not in suppliers]
    # (of several, one the title names: an aside on the jets' earlier life elsewhere
    # does not take over an article about their new owner)
    mains = roles.main_states(ctx)
    return [next((r for r in found if r in mains), found[0])] if found else []


def recent_suppliers(ctx: Context, token, recipients: list[str], blockers) -> list[str]:
    """The supplier of the latest transfer to the same recipient, three sentences back."""
    for i, supplier, recipient, _ in recent_entries(ctx, token):
        if supplier != "UNK" and recipient in recipients and supplier not in blockers:
            return [supplier]
    return []


COMMITTED = {"agreed", "done", "planned"}


def made_first(ctx: Context, entries: list) -> list:
    """Memory entries with the deals made first: "signed for 17 Gripens after they beat an
    offer of F-16s. The deal is worth ..." is the Gripen deal, not the offer or a refusal
    told beside it (the order among each group is kept)."""
    made = [e for e in entries if stated_statuses(ctx, e) & COMMITTED]
    return made + [e for e in entries if e not in made]


def recent_transfers(ctx: Context, token):
    """(supplier, recipient, system) of the claims of the latest transfer trigger three
    sentences back whose sides are both named."""
    entries = [e for e in recent_entries(ctx, token) if "UNK" not in e[1:3]]
    # "the purchase" is the purchase named before, else the latest transfer
    same = [e for e in entries if ctx.doc[e[0]].lemma_ == token.lemma_]
    entries = same or entries
    seen = set()
    for i, supplier, recipient, family in entries:
        if i != entries[0][0]:
            break
        if (supplier, recipient, family) not in seen:
            seen.add((supplier, recipient, family))
            yield supplier, recipient, family


def recent_sides(ctx: Context, token, window: int = 3, family: str | None = None) -> list[str]:
    """Supplier and recipient of the latest transfer ``window`` sentences back (of the
    deals made first, and of ``family``'s first when given)."""
    entries = made_first(ctx, list(recent_entries(ctx, token, window)))
    if family is not None:
        entries = [e for e in entries if e[3] == family] + [e for e in entries if e[3] != family]
    for i, supplier, recipient, _ in entries:
        if "UNK" not in (supplier, recipient):
            return [supplier, recipient]
    return []


def holder_of(ctx: Context, token, system: str, recipients: list[str], window: int = 3) -> list[str]:
    """Who was last said to give this very weapon (three sentences back): "Poland offered
    its MiG-29s to the US. ... the jets would be delivered to Ramstein" -> Poland."""
    for i, supplier, recipient, family in recent_entries(ctx, token, window):
        if family == system and supplier not in ("UNK", *recipients):
            return [supplier]
    return []


def recent_entries(ctx: Context, token, window: int = 3):
    """(trigger index, supplier, recipient, system) of the transfers stated before ``token``,
    latest first, up to ``window`` sentences back."""
    here = ctx.sentence_number(token)
    first = ctx.sentences[max(0, here - window)].start
    # an earlier clause of the same sentence counts ("bought boats after Germany refused
    # to supply engines for them")
    for entry in reversed(ctx.__dict__.get("transfer_parties", [])):
        if first <= entry[0] < token.i:
            yield entry


def _told(ctx: Context, token) -> list[tuple]:
    return [e for e in reversed(ctx.__dict__.get("transfer_parties", [])) if e[0] < token.i]


def received(ctx: Context, token) -> list[str]:
    """The recipients of the transfers stated before ``token``, latest first."""
    return list(dict.fromkeys(r for _, _, r, _ in _told(ctx, token) if r != "UNK"))


def supplier_only(ctx: Context, token, state) -> bool:
    """Whether the transfers stated before ``token`` have ``state`` give, never receive."""
    told = _told(ctx, token)
    return any(e[1] == state for e in told) and not any(e[2] == state for e in told)
