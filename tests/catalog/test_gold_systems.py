"""Every family and alias of ../shared/gold/systems.tsv (the names the claim scorer
accepts) is recognised in a plain sentence and resolves to a catalog family that the
scorer maps to the same gold family; every gold family is a catalog family."""
from __future__ import annotations

from pathlib import Path

import pytest

from armsgraph import catalog
from armsgraph.catalog import fold
from armsgraph.entities import annotate_many
from armsgraph.model import Document

# Bare names that need a cue ("Tor", "Patriot") are read in the cued sentence only.
TEMPLATES = ("The army received {} last year.", "The army received {}.",
             "Officials said {} had arrived.")


def gold_rows(shared: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in (shared / "gold" / "systems.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, *aliases = [x.strip() for x in line.split("\t")]
            rows.append((family, [family] + [a for a in aliases if a]))
    return rows


def sentences(name: str, ambiguous: bool) -> list[str]:
    if ambiguous:
        return [TEMPLATES[0].format(name), TEMPLATES[1].format(name)]
    return [t.format(name) for t in TEMPLATES]


@pytest.mark.shared
def test_gold_families_are_catalog_families(shared):
    cat = catalog.load()
    missing = [family for family, _ in gold_rows(shared) if family not in cat.systems]
    assert not missing


@pytest.mark.shared
def test_catalog_families_are_named_as_the_scorer_names_them(shared):
    """A catalog alias that the scorer maps to gold family G belongs to family G (else a
    claim names a family the scorer will not match)."""
    cat = catalog.load()
    gold_of = {fold(n): family for family, names in gold_rows(shared) for n in names}
    wrong = sorted({(e.id, a.text, gold_of[fold(a.text)]) for e in cat.systems.values()
                    for a in e.aliases
                    if gold_of.get(fold(a.text), e.id) != e.id
                    and cat.family_key(a.text) == e.id})
    assert not wrong


@pytest.mark.shared
def test_every_gold_alias_is_recognised_in_a_sentence(shared):
    cat = catalog.load()
    gold_of = {fold(n): family for family, names in gold_rows(shared) for n in names}
    plain = {a.text for a in cat.aliases() if not a.needs_context}
    ambiguous = {a.text for a in cat.aliases() if a.needs_context} - plain
    cases = [(family, name, text) for family, names in gold_rows(shared) for name in names
             for text in sentences(name, name in ambiguous)]
    failures = []
    docs = (Document(id=str(i), text=text) for i, (_, _, text) in enumerate(cases))
    for (family, name, text), (document, _) in zip(cases, annotate_many(docs)):
        systems = [m for m in document.mentions if m.kind == "system"]
        found = [m for m in systems if fold(m.text) in (fold(name), fold(name) + "s")
                 or fold(name) in fold(m.text)]
        if not any(gold_of.get(fold(m.id), m.id) == family for m in found):
            failures.append((text, [(m.text, m.id) for m in document.mentions]))
    assert not failures, f"{len(failures)} of {len(cases)} sentences: {failures[:10]}"
