"""Numbers that belong to a weapon's designation, not to the calendar ("Mirage 2000-5",
"PzH 2000", "FD-2000"): the words the catalog's system names put before a four-digit number."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _designation_words() -> frozenset[str]:
    """Words the catalog's system names put before a four-digit number ("mirage" of
    "Mirage 2000", "pzh" of "PzH 2000", "fd" of "FD-2000")."""
    try:
        from ..catalog import load
        names = [name for entry in load().of_kind("system") for name in entry.names]
    except Exception:  # noqa: BLE001 - no catalog: no designations known
        return frozenset()
    found = set()
    for name in names:
        for match in re.finditer(r"([A-Za-z]+)[ -](?:1[89]\d\d|20\d\d)(?!\d)", name.lstrip("?")):
            found.add(match.group(1).lower())
    return frozenset(w for w in found if len(w) > 1 and w != "class")


def in_designation(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a weapon's designation: a
    designation suffix follows ("2000-5", "2000D") or a word the catalog's names put before
    such a number precedes it."""
    if re.match(r"-\d|[A-Z]", text[end:end + 2]):
        return True
    before = re.search(r"([A-Za-z]+)[ -]$", text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in _designation_words()
