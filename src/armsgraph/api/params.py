"""Query parameters shared by the JSON API and the web UI, turned into store filters.

The API declares parameters with FastAPI (so they appear in the OpenAPI spec and are
validated there); the UI reads the same names from a form, where empty fields mean
"no filter". Both end in :func:`filters`, which drops empty values and checks ranges.
"""
from __future__ import annotations

from typing import Any, Mapping

from ..model import CLAIM_TYPES, STATUSES
from .errors import BadParameter

#: Filter names the store understands, in the order forms show them.
CLAIM_FILTERS = ("type", "status", "supplier", "recipient", "actor", "host", "system",
                 "category", "since", "until", "text", "doc", "hedged")
DEAL_FILTERS = ("type", "status", "supplier", "recipient", "actor", "host", "system",
                "category", "since", "until", "text", "contradiction")
GRAPH_FILTERS = ("type", "status", "system", "category", "since", "until")
YEAR_FILTERS = ("since", "until")
BOOL_FILTERS = ("hedged", "contradiction")
_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")
MAX_LIMIT = 500


def _year(name: str, value: Any) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise BadParameter(f"{name}={value!r} is not a year", where=f"query parameter {name!r}",
                           hint="give a four-digit year such as 2016") from None
    if not 1800 <= year <= 2200:
        raise BadParameter(f"{name}={year} is outside 1800..2200",
                           where=f"query parameter {name!r}", hint="give a four-digit year")
    return year


def _choices(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    """One value or a comma-separated list of them, each one of ``allowed``."""
    items = [part.strip().lower() for part in str(value).split(",") if part.strip()]
    bad = [item for item in items if item not in allowed]
    if bad:
        raise BadParameter(f"unknown {name} {', '.join(map(repr, bad))}",
                           where=f"query parameter {name!r}",
                           hint="one of " + ", ".join(allowed) + " (or several, comma-separated)")
    return ",".join(items)


def filters(values: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The non-empty filters among ``names`` in ``values``, checked.

    Raises :class:`BadParameter` (AG601) for a bad year, an unknown claim type or
    status, or ``since`` after ``until``.
    """
    out: dict[str, Any] = {}
    for name in names:
        value = values.get(name)
        if value is None:
            continue
        if hasattr(value, "value"):          # an Enum from FastAPI
            value = value.value
        if isinstance(value, str):
            value = value.strip()
            if not value:
                continue
        if name in YEAR_FILTERS:
            value = _year(name, value)
        elif name in BOOL_FILTERS and not isinstance(value, bool):
            if str(value).lower() not in _TRUE + _FALSE:
                raise BadParameter(f"{name}={value!r} is not true or false",
                                   where=f"query parameter {name!r}", hint="use true or false")
            value = str(value).lower() in _TRUE
        elif name in ("type", "status"):
            value = _choices(name, value, CLAIM_TYPES if name == "type" else STATUSES)
        out[name] = value
    if "since" in out and "until" in out and out["since"] > out["until"]:
        raise BadParameter(f"since={out['since']} is after until={out['until']}",
                           where="query parameters 'since'/'until'",
                           hint="swap them or drop one")
    return out


def page_args(values: Mapping[str, Any], default_limit: int = 50) -> tuple[int, int]:
    """``(limit, offset)`` from ``values`` (strings allowed), checked."""
    def number(name: str, default: int, low: int, high: int) -> int:
        raw = values.get(name)
        if raw is None or str(raw).strip() == "":
            return default
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise BadParameter(f"{name}={raw!r} is not a whole number",
                               where=f"query parameter {name!r}") from None
        if not low <= value <= high:
            raise BadParameter(f"{name}={value} is outside {low}..{high}",
                               where=f"query parameter {name!r}")
        return value
    return number("limit", default_limit, 1, MAX_LIMIT), number("offset", 0, 0, 10**9)
