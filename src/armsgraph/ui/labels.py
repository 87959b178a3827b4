"""Readable names for the ids the store keeps ("RUS" -> "Russia", "category:uav" -> "UAVs").

States come from pycountry (short common names first); organisations and people from
their id; the store's own entity labels, when the page has them, take precedence.
"""
from __future__ import annotations

from functools import lru_cache

#: Names pycountry spells officially where analysts use the short form.
_SHORT = {"RUS": "Russia", "USA": "United States", "GBR": "United Kingdom", "KOR": "South Korea",
          "PRK": "North Korea", "SYR": "Syria", "VEN": "Venezuela", "BOL": "Bolivia",
          "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos", "VNM": "Vietnam",
          "UNK": "unknown supplier"}


@lru_cache(maxsize=4096)
def label(entity_id: str | None) -> str:
    """A display name for ``entity_id`` (never empty for a non-empty id)."""
    if not entity_id:
        return "—"
    if entity_id in _SHORT:
        return _SHORT[entity_id]
    if len(entity_id) == 3 and entity_id.isalpha() and entity_id.isupper():
        try:
            import pycountry
            country = pycountry.countries.get(alpha_3=entity_id)
        except (ImportError, LookupError, KeyError):
            country = None
        if country is not None:
            return getattr(country, "common_name", None) or country.name
        return entity_id
    if ":" in entity_id:
        kind, _, rest = entity_id.partition(":")
        text = rest.replace("_", " ").replace("-", " ")
        return f"{text} ({kind})" if kind == "category" else text.title()
    return entity_id


def with_code(entity_id: str | None) -> str:
    """"Russia (RUS)" — the name plus the id, when they differ."""
    name = label(entity_id)
    return name if not entity_id or name == entity_id else f"{name} ({entity_id})"
