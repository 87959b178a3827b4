"""What the catalog says of a system family, as the claim types ask it: its category, its
makers, and whether a general weapon noun ("the aircraft", "the launchers") may stand for
it. Read through :mod:`.roles`."""
from __future__ import annotations


# a general noun covers the systems of narrower categories ("the aircraft" after drones)
BROADER = {"aircraft": ("uav", "helicopters"),
           "missiles": ("ballistic-missiles", "cruise-missiles", "atgm", "air-defence"),
           "armoured-vehicles": ("tanks",), "artillery": ("mlrs",)}


def describes(token, category: str, family: str) -> bool:
    """Whether the weapon noun ``token`` of ``category`` may stand for the system
    ``family`` ("the aircraft" for Gripens, "the launchers" for HIMARS)."""
    kind = family_category(family)
    return covers(category, kind) or token.lemma_.lower() == "launcher" and kind == "category:mlrs"


def covers(category: str, narrower: str | None) -> bool:
    """Whether a general weapon noun of ``category`` may stand for a system of category
    ``narrower`` ("the aircraft" for drones; None: the catalog does not say)."""
    if narrower is None or category == "category:materiel":
        return True
    narrower = narrower if narrower.startswith("category:") else f"category:{narrower}"
    return narrower == category or narrower[9:] in BROADER.get(category[9:], ())


def family_origins(family: str) -> tuple[str, ...]:
    """The states the catalog names as a family's makers, first listed first; () for a
    category or a family the catalog does not know."""
    if family.startswith("category:"):
        return ()
    try:
        from ..catalog import load
        return tuple(load().system(family).origins)
    except Exception:  # noqa: BLE001 - a family the catalog does not know
        return ()


def family_category(family: str) -> str | None:
    """The catalog category of a system family ("category:aircraft"); None for a family
    the catalog does not know."""
    try:
        from ..catalog import load
        return getattr(load().system(family), "category", None)
    except Exception:  # noqa: BLE001 - a family the catalog does not know
        return None


# nouns naming a kind within one catalog category: "frigates" is not a family whose
# names say "submarine"
KIND_NOUNS = {"frigate", "corvette", "submarine", "destroyer", "cruiser", "carrier", "helicopter", "fighter",
              "bomber", "trainer", "tanker", "transport", "tank", "howitzer", "drone"}


def other_kind(noun: str, family: str) -> bool:
    """Whether the kind noun ``noun`` ("frigate") differs from the kind the family's
    catalog names give ("Hangor-class submarine"); False where either says none."""
    noun = noun.lower()
    if noun not in KIND_NOUNS:
        return False
    try:
        from ..catalog import load
        names = load().system(family).names
    except Exception:  # noqa: BLE001 - a family the catalog does not know
        return False
    words = {w.rstrip("s") for name in names for w in name.lower().replace("-", " ").split()}
    return noun not in words and bool(words & KIND_NOUNS)
