"""Times told by reference to another: "the following year", "two years later" count
from the year the text has just told ("signed in 2022 ... delivered the following year" ->
2023), not from the day of writing as "next year" does; an event named with its year
("Zapad-2021") happened in it. :func:`.time.time_of` asks these."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from . import time as _time

# an event named with its year ("Zapad-2021", "Joint Sea-2019")
NAMED_YEAR = re.compile(r"[A-Z][A-Za-z]+-(?:1[89]\d\d|20\d\d)")
# offsets that count from the time the text has just told, not from the day of writing
ANAPHORIC_OFFSETS = {"following", "same", "previous", "preceding"}


def anaphoric(expression: Span) -> bool:
    """Whether a time expression counts from a time told before ("the same year", "a
    month later"), not from the day of writing ("last year")."""
    words = [t.lower_ for t in expression]
    if words[-1:] and words[-1] in ("later", "earlier", "on"):
        return True   # "two years later"
    return len(words) >= 2 and words[-2] in ANAPHORIC_OFFSETS and words[-1] in ("year", "month")


def told_before(expression: Span, sentences: int = 2) -> "_time.TimeValue | None":
    """The last time with a year told before ``expression``, in its sentence or the
    ``sentences`` before it ("signed in 2022 ... delivered the following year" -> 2022)."""
    doc = expression.doc
    sent = expression.sent
    spans = [sent]
    for _ in range(sentences):
        if spans[-1].start == 0:
            break
        spans.append(doc[spans[-1].start - 1].sent)
    for piece in spans:
        found = [t for t in _time.find_times(piece) if t.end <= expression.start and not anaphoric(t)]
        for earlier in reversed(found):
            value = _time.resolve_time(earlier)
            if value is not None and value.year:
                year = getattr(value, "end_year", None) or value.year
                return _time.TimeValue(year, granularity="year", text=earlier.text)
    return None


def narrative_year(current, before: list, times=None) -> int | None:
    """The year of the story told just before an undated past event in the sentence
    ``current``: the last explicit year of the sentences ``before`` it (nearest last) in its
    paragraph ("Zapad-2021 was held in September 2021. Contingents from Armenia and India also
    took part" -> 2021). ``times`` finds a sentence's time expressions (a cached
    :func:`.time.find_times`)."""
    doc = current.doc
    following = current.start
    for previous in reversed(before):
        between = "".join(t.text_with_ws for t in doc[max(previous.start, previous.end - 1):following + 1])
        if "\n\n" in between or "\n\n" in previous.text:
            return None   # (another paragraph)
        for expression in reversed((times or _time.find_times)(previous)):
            if YEAR.search(expression.text) and not anaphoric(expression):
                value = _time.resolve_time(expression)
                if value is not None and value.year:
                    return getattr(value, "end_year", None) or value.year
        following = previous.start
    return None


YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")


@lru_cache(maxsize=1)
def _heading_pattern() -> re.Pattern:
    months = "|".join(sorted((w for w in _time.vocabulary()["month"] if len(w) > 3), key=len, reverse=True))
    return re.compile(rf"(?:(?:\d{{1,2}}\s+)?(?i:{months})\.?\s+(?:\d{{1,2}},?\s+)?)?(?:1[89]\d\d|20\d\d)\s*[-–—:]\s")


def chronology_time(text: str, offset: int) -> "_time.TimeValue | None":
    """The date a timeline entry opens with, for the text at ``offset`` in its paragraph
    ("2006 - In May the United States bans ... The first rifles arrive in June.", "October
    2012 – Baghdad signs ..."): the time the entry's undated or partly dated events happened
    in, in place of the day of writing."""
    start = text.rfind("\n\n", 0, offset)
    start = start + 2 if start >= 0 else 0
    match = _heading_pattern().match(text, start)
    if match is None:
        return None
    return _time.resolve_time(match.group(0).rstrip(" -–—:\t\n"))

