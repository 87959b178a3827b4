"""Time of a claim: publication date, time expressions and their normalisation.

Three layers, each a plain function:

1. ``publication_time(document)`` / ``publication_date(document)``: the date the article
   was written, from its metadata, else inferred from the text (the latest explicit year
   that is not in a future context is a floor for the date of writing).
2. ``find_times(span)``: the time expressions of a sentence as spaCy spans ("on 16 June",
   "last October", "by the end of this year", "in 2013-2015", "the 1990s", "three years
   ago", "next week", "Tuesday"); ``resolve_time(expression, reference, direction)``
   normalises one of them against a reference date to a ``TimeValue`` with a granularity
   (day / month / year / decade).
3. ``time_of(trigger, reference)``: the expression that *governs* a claim's trigger
   (attached to it or to the verbs that govern it in the dependency tree), not just any
   date in the sentence; ``tense_of(trigger)`` gives the direction (past / future) that
   resolves "on 16 June" or "Tuesday" without a year.

The vocabulary (months, weekdays, seasons, relative words) lives in ``data/time.tsv``,
number words in ``data/numbers.tsv``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from . import anchors

from .designations import in_designation

__all__ = ["TimeValue", "PublicationDate", "publication_time", "publication_date", "infer_year",
           "dateline_of", "find_times",
           "resolve_time", "time_of", "tense_of", "numbers", "vocabulary"]

GRANULARITIES = ("day", "month", "year", "decade")
DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class TimeValue:
    """A normalised time: ``granularity`` says which of year/month/day are meaningful.

    ``end_year`` is set for ranges ("in 2013-2015" -> year 2013, end_year 2015);
    ``text`` is the expression it was read from.
    """
    year: int | None
    month: int | None = None
    day: int | None = None
    granularity: str | None = None
    end_year: int | None = None
    text: str = ""

    def as_date(self) -> date | None:
        """The first day the value covers (None without a year)."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.granularity == "day" and self.month and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.granularity == "month" and self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


# ----------------------------------------------------------------------------- vocabulary

def _read_tsv(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def numbers() -> dict[str, int]:
    """Number words ("four", "dozen") -> value, from data/numbers.tsv."""
    return {row[0].strip().lower(): int(row[1]) for row in _read_tsv("numbers.tsv")}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, str]]:
    """kind -> {word: value} from data/time.tsv."""
    table: dict[str, dict[str, str]] = {}
    for row in _read_tsv("time.tsv"):
        kind, word, value = (cell.strip() for cell in row[:3])
        table.setdefault(kind, {})[word.lower()] = value
    return table


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, dict[str, re.Pattern]]:
    voc = vocabulary()
    # Month and weekday names must be capitalised in the text ("May", not the modal "may").
    mon = "(?:" + _alternation(w.capitalize() for w in voc["month"]) + r")\.?"
    wday = "(?:" + _alternation(w.capitalize() for w in voc["weekday"]) + ")"
    season = "(?i:" + _alternation(voc["season"]) + ")"
    offset = "(?i:" + _alternation(voc["offset"]) + ")"
    unit = "(?i:" + _alternation(voc["unit"]) + ")"
    count = "(?i:" + _alternation(w for w in numbers() if numbers()[w] <= 100) + r"|\d{1,3})"
    present = "(?i:" + _alternation(voc["present"]) + ")"
    year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    part = (r"(?i:(?:the\s+)?(?:very\s+)?(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|"
            r"middle\s+of|(?:first|second)\s+half\s+of|(?:first|second|third|fourth)\s+quarter\s+of))")
    partp = rf"(?:{part}[\s-]+)?"
    alternatives = [
        ("decade", rf"(?i:the\s+)?{partp}(?:1[89]\d0|20\d0)'?s\b"),
        ("range", rf"(?i:from|between)\s+{year}\s+(?i:to|and|until|till|through)\s+{year}"),
        ("range", rf"{year}\s*[-–—/]\s*(?:{year}|\d\d(?!\d))"),
        ("date", rf"{day}\s*(?:[-–]\s*{day}\s+)?(?i:of\s+)?{mon}(?:,?\s+{year})?"),
        ("date", rf"{mon}\s+{day}(?:\s*(?:[-–]|(?i:to|and))\s*{day})?(?:,?\s+{year})?"),
        ("relative", rf"{partp}(?i:(?:earlier|later)\s+)?{offset}\s+(?:{mon}|{season}|{wday}|{unit})\b"),
        ("relative", rf"{part}\s+(?i:the\s+)(?i:year|month|decade)\b"),
        ("ago", rf"(?i:(?:{count})(?:\s+and\s+a\s+half)?\s+{unit}\s+ago)"),
        ("later", rf"(?i:(?:{count}|an?)\s+{unit}\s+(?:later|earlier|on))\b"),
        ("named", rf"[A-Z][A-Za-z]+-{year}"),
        ("ago", rf"(?i:(?:in|within)\s+(?:the\s+next\s+)?(?:{count})\s+{unit})\b"),
        ("month", rf"{partp}{mon}(?:,?\s+(?i:of\s+)?{year})?(?![\w-])"),
        ("season", rf"{partp}(?i:the\s+)?{season}(?:\s+(?i:of\s+)?{year})\b"),
        ("year", rf"{partp}(?i:(?:fiscal|FY)\s*(?:year\s+)?)?{year}"),
        ("weekday", rf"{wday}\b"),
        ("present", rf"\b{present}\b"),
    ]
    master = "|".join(f"(?P<{kind}{i}>{pattern})" for i, (kind, pattern) in enumerate(alternatives))
    compiled = re.compile(rf"(?<![\w-])(?:{master})")
    parts = {"year": re.compile(year), "day": re.compile(rf"(?<![\d.,])({day})"),
             "month": re.compile(rf"(?i:\b({_alternation(voc['month'])})\b)")}
    return compiled, parts


# ----------------------------------------------------------------------- reference dates

def _as_reference(reference) -> TimeValue | None:
    if reference is None or isinstance(reference, TimeValue):
        return reference
    if isinstance(reference, date):
        granularity = getattr(reference, "granularity", "day")
        return TimeValue(reference.year, reference.month if granularity != "year" else None,
                         reference.day if granularity == "day" else None, granularity)
    if isinstance(reference, int):
        return TimeValue(reference, granularity="year")
    if isinstance(reference, str):
        return _parse_iso(reference)
    raise TypeError(f"reference must be a date, TimeValue, ISO string or year, not {type(reference).__name__}")


_ISO = re.compile(r"^\s*(1[89]\d\d|20\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s].*)?$")


def _parse_iso(text: str) -> TimeValue | None:
    match = _ISO.match(text or "")
    if match:
        y, m, d = (int(g) if g else None for g in match.groups())
        if m and not 1 <= m <= 12:
            m = d = None
        if d and (not m or not 1 <= d <= calendar.monthrange(y, m)[1]):
            d = None
        return TimeValue(y, m, d, "day" if d else "month" if m else "year", text=text.strip())
    value = _interpret((text or "").strip(), None, None)
    return value if value and value.year else None


def publication_time(document) -> TimeValue | None:
    """When the document was written: metadata (``document.date``), else inferred from
    the text with year granularity (see ``infer_year``)."""
    if getattr(document, "date", None):
        value = _parse_iso(str(document.date))
        if value:
            return value
    text = getattr(document, "text", "") or ""
    raw = getattr(document, "raw", "") or ""
    dateline = dateline_of(raw or text)
    year = infer_year(text or raw)
    header = _header_year(raw, text)
    if header is not None and (year is None or header > year):
        year = header   # "Santiago, 2008", "Trade press, Seoul / Lima, 2024": a dropped dateline
    if dateline is not None and (year is None or dateline.year >= year):
        return dateline
    return TimeValue(year, granularity="year", text="inferred") if year else None


def _header_year(raw: str, text: str) -> int | None:
    """The latest year in the short lines cleaning dropped before the article's text (a
    dateline or masthead such as "Vientiane, 2019 - regional outlet")."""
    if not raw or not text:
        return None
    start = raw.find(text[:40])
    if start <= 0:
        return None
    lines = [line for line in raw[:start].splitlines() if 0 < len(line.split()) <= 12]
    return infer_year("\n".join(lines))


def dateline_of(text: str, window: int = 240) -> TimeValue | None:
    """A full date at the very start or end of an article ("(Xinhua News Agency August 2,
    2005)", "BRATISLAVA, 8 April 2022 -"): the date it was written."""
    if not text:
        return None
    pattern, _ = _patterns()
    found = None
    for piece in (text[:window], text[-window:]):
        for match in pattern.finditer(piece):
            if not (match.lastgroup or "").startswith("date"):
                continue
            value = _interpret(match.group(0), None, None)
            if value is not None and value.year and value.granularity == "day" and \
                    value.year <= date.today().year:
                if found is None or (value.year, value.month, value.day) > (found.year, found.month, found.day):
                    found = replace(value, text="dateline")
    return found


class PublicationDate(date):
    """A ``date`` that remembers how much of it is known (``granularity``): a year read
    from the text is 1 January of that year with granularity "year", so relative
    expressions resolved against it stay at year precision."""
    granularity: str = "day"

    def __new__(cls, year: int, month: int = 1, day: int = 1, granularity: str = "day"):
        value = super().__new__(cls, year, month, day)
        value.granularity = granularity
        return value


def publication_date(document) -> date | None:
    """``publication_time`` as a ``date`` (unknown month/day -> 1, see
    :class:`PublicationDate`); None if unknown."""
    value = publication_time(document)
    if value is None or value.year is None:
        return None
    return PublicationDate(value.year, value.month or 1, value.day or 1, value.granularity or "year")


_FUTURE_CONTEXT = re.compile(
    r"(?i)\b(?:will|shall|'ll|plans?|planned|planning|expected|scheduled|intends?|aims?|"
    r"going\s+to|is\s+to|are\s+to|would)\b")
_FUTURE_PREPOSITION = re.compile(r"(?i)\b(?:by|until|till|through|before|to|and)\s+(?:the\s+end\s+of\s+)?$")


def infer_year(text: str, today: date | None = None) -> int | None:
    """The latest explicit year of the text that can be a date of writing: years in a
    future context ("by 2030", "will ... in 2027") or after ``today`` are skipped."""
    this_year = (today or date.today()).year
    best = None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        future = bool(_FUTURE_CONTEXT.search(sentence))
        for match in re.finditer(r"(?<![\w$€£.,])(?<![A-Za-z$€£]-)(1[89]\d\d|20\d\d)(?![\w,.]\d|\d)", sentence):
            year = int(match.group(1))
            if in_designation(sentence, match.start(1), match.end(1)):
                continue   # "Mirage 2000-5", "PzH 2000": a weapon's name
            if year > this_year or future:
                continue
            if _FUTURE_PREPOSITION.search(sentence[max(0, match.start() - 20):match.start()]):
                continue
            best = year if best is None else max(best, year)
    return best


# ------------------------------------------------------------------------ finding spans



def find_times(span: Span | Doc) -> list[Span]:
    """Time expressions in a sentence (or doc), longest first at each position, as Spans
    labelled DATE. Bare numbers that count things ("2000 troops") are not years."""
    doc = span.doc if isinstance(span, Span) else span
    offset = span.start_char if isinstance(span, Span) else 0
    pattern, _ = _patterns()
    out: list[Span] = []
    for match in pattern.finditer(span.text):
        kind = re.sub(r"\d+$", "", match.lastgroup or "")
        start, end = match.span()
        # drop trailing punctuation picked up by abbreviations ("Oct.")
        while end > start and span.text[end - 1] in ".,":
            end -= 1
        piece = doc.char_span(offset + start, offset + end, label="DATE", alignment_mode="expand")
        if piece is None or len(piece) == 0:
            continue
        if kind == "year" and _counts_things(piece) or any(t.ent_type_ == "system" for t in piece):
            continue   # (and "Mirage 2000s": a weapon's name, not the decade)
        if kind == "present" and piece.text.lower() == "now" and _is_discourse_now(piece):
            continue
        out.append(piece)
    return out


def _counts_things(piece: Span) -> bool:
    """True when a bare 4-digit number is a quantity ("2000 troops", "more than 1900")."""
    tokens = [t for t in piece if t.like_num]
    if not tokens:    # the digits inside a name the entity layer made one token ("PzH 2000")
        return any(t.ent_type_ == "system" for t in piece)
    token = tokens[-1]
    if token.ent_type_ == "system":
        return True   # "Mirage 2000", "ATMOS 2000": part of a weapon's name
    if token.i > 0 and token.doc[token.i - 1].text in ("$", "€", "£"):
        return True
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("than", "some", "about", "approximately",
                                                          "nearly", "almost", "around", "over"):
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and token.head == nxt:
        return nxt.lower_ not in vocabulary()["unit"]
    return False


def _is_discourse_now(piece: Span) -> bool:
    token = piece[0]
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","


# --------------------------------------------------------------------------- resolution

def resolve_time(expression, reference=None, direction: str | None = None) -> TimeValue | None:
    """Normalise a time expression against a reference date.

    ``expression``: a Span, a list of Tokens or a string ("last October", "on 16 June").
    ``reference``: the publication date (date, TimeValue, ISO string or year) or None.
    ``direction``: "past" or "future" (the tense of the event); it decides the year of
    "16 June" or the day of "Tuesday" when the text leaves it open.
    Returns None when nothing in the expression can be read as a time, or when a
    relative expression has no reference to resolve against.
    """
    if isinstance(expression, str):
        text = expression
    elif isinstance(expression, (Span, Doc)):
        text = expression.text
    else:
        text = " ".join(t.text for t in expression)
    return _interpret(text.strip(), _as_reference(reference), direction)


def _interpret(text: str, ref: TimeValue | None, direction: str | None) -> TimeValue | None:
    voc = vocabulary()
    low = text.lower()
    _, parts = _patterns()
    decade = re.search(r"(1[89]\d0|20\d0)'?s\b", low)
    if decade:
        return TimeValue(int(decade.group(1)), granularity="decade", text=text)
    years = [int(y) for y in parts["year"].findall(low)]
    ranged = re.search(r"(1[89]\d\d|20\d\d)\s*(?:[-–—/]|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
                       r"(1[89]\d\d|20\d\d|\d\d)(?!\d)", low)
    if ranged:
        start, end = int(ranged.group(1)), ranged.group(2)
        end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if end_year >= start:
            return TimeValue(start, granularity="year", end_year=end_year, text=text)
    month_match = parts["month"].search(text)
    month = int(voc["month"][month_match.group(1).lower()]) if month_match else None
    day = _day_near_month(text, month_match) if month_match else None
    words = re.findall(r"[a-z]+", low)
    offset = next((int(voc["offset"][w]) for w in words if w in voc["offset"]), None)
    if years:
        year = years[0]
        if month and day:
            return TimeValue(year, month, day, "day", text=text)
        if month:
            return TimeValue(year, month, None, "month", text=text)
        season = next((w for w in words if w in voc["season"]), None)
        if season:
            return TimeValue(year, int(voc["season"][season]), None, "year", text=text)
        return TimeValue(year, granularity="year", text=text)
    if month:
        return _month_without_year(month, day, offset, ref, direction, text)
    later = re.search(r"\b([a-z]+|\d+)\s+([a-z]+)\s+(later|earlier|on)\b", low)
    if later and later.group(2) in voc["unit"]:   # "two years later": from the time told before
        count = 1 if later.group(1) in ("a", "an") else \
            int(later.group(1)) if later.group(1).isdigit() else numbers().get(later.group(1))
        if count is not None:
            return _shift(ref, voc["unit"][later.group(2)], -count if later.group(3) == "earlier" else count, text)
    ago = re.search(r"([a-z]+|\d+)(?:\s+and\s+a\s+half)?\s+([a-z]+)\s+ago\b", low)
    ahead = re.search(r"\b(?:in|within)\s+(?:the\s+next\s+)?([a-z]+|\d+)\s+([a-z]+)\b", low)
    for match, sign in ((ago, -1), (ahead, 1)):
        if match and match.group(2) in voc["unit"]:
            count = int(match.group(1)) if match.group(1).isdigit() else numbers().get(match.group(1))
            if count is not None:
                return _shift(ref, voc["unit"][match.group(2)], sign * count, text)
    weekday = next((w for w in words if w in voc["weekday"]), None)
    if weekday:
        return _weekday(int(voc["weekday"][weekday]), offset, ref, direction, text)
    season = next((w for w in words if w in voc["season"]), None)
    unit = next((voc["unit"][w] for w in words if w in voc["unit"]), None)
    if unit and (offset is not None or re.search(r"\bthe\s+(?:year|month|decade)\b", low)):
        return _shift(ref, unit, offset or 0, text)
    if season and offset is not None and ref is not None and ref.year:
        month = int(voc["season"][season])
        return replace(_month_without_year(month, None, offset, ref, direction, text),
                       granularity="year")
    present = next((w for w in words if w in voc["present"]), None)
    if present is not None:
        step = int(voc["present"][present])
        if present in ("yesterday", "today", "tomorrow", "tonight"):
            return _shift(ref, "day", step, text)
        return _shift(ref, "year", 0, text)
    return None


def _day_near_month(text: str, month_match: re.Match) -> int | None:
    before = re.search(r"(?<![\d.,])([0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–]\s*[0-3]?\d\s+)?(?:of\s+)?$",
                       text[:month_match.start()])
    after = re.match(r"\.?\s+([0-3]?\d)(?:st|nd|rd|th)?(?!\d)", text[month_match.end():])
    for found in (before, after):
        if found and 1 <= int(found.group(1)) <= 31:
            return int(found.group(1))
    return None


def _month_without_year(month, day, offset, ref, direction, text) -> TimeValue:
    if ref is None or ref.year is None:
        return TimeValue(None, month, day, "day" if day else "month", text=text)
    year = ref.year
    ref_month = ref.month if ref.granularity in ("day", "month") else None
    if offset == -1:
        year = ref.year - 1 if ref_month is None or month >= ref_month else ref.year
    elif offset == 1:
        year = ref.year + 1 if ref_month is None or month <= ref_month else ref.year
    elif ref_month is not None:
        ref_day = ref.day if ref.granularity == "day" else None
        later = month > ref_month or (month == ref_month and day and ref_day and day > ref_day + 7)
        earlier = month < ref_month
        if direction == "past" and later and month - ref_month >= 1:
            year = ref.year - 1
        elif direction == "future" and earlier and ref_month - month >= 2:
            year = ref.year + 1
    if day and day > calendar.monthrange(year, month)[1]:
        day = None
    return TimeValue(year, month, day, "day" if day else "month", text=text)


def _weekday(weekday, offset, ref, direction, text) -> TimeValue | None:
    if ref is None or ref.year is None:
        return None
    if ref.granularity != "day":
        return TimeValue(ref.year, ref.month, None, ref.granularity or "year", text=text)
    base = ref.as_date()
    if direction == "future" or offset == 1:
        step = (weekday - base.weekday()) % 7 or 7
        when = base + timedelta(days=step)
    else:
        step = (base.weekday() - weekday) % 7
        if offset == -1 and step == 0:
            step = 7
        when = base - timedelta(days=step)
    return TimeValue(when.year, when.month, when.day, "day", text=text)


def _shift(ref: TimeValue | None, unit: str, amount: int, text: str) -> TimeValue | None:
    """Move the reference by ``amount`` units; the result is no finer than the reference."""
    if ref is None or ref.year is None:
        return None
    if unit == "decade":
        return TimeValue((ref.year + 10 * amount) // 10 * 10, granularity="decade", text=text)
    if unit == "year" or ref.granularity == "year":
        if unit in ("month", "week", "day") and ref.granularity == "year":
            years = int(amount / 12) if unit == "month" else 0
            return TimeValue(ref.year + years, granularity="year", text=text)
        return TimeValue(ref.year + amount, granularity="year", text=text)
    if unit == "month" or ref.granularity == "month":
        months = amount if unit == "month" else 0
        index = ref.year * 12 + (ref.month - 1) + months
        return TimeValue(index // 12, index % 12 + 1, None, "month", text=text)
    days = amount * (7 if unit == "week" else 1)
    when = ref.as_date() + timedelta(days=days)
    if unit == "day":
        return TimeValue(when.year, when.month, when.day, "day", text=text)
    return TimeValue(when.year, when.month, None, "month", text=text)


# ----------------------------------------------------------------- governing expression

_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "csubjpass", "conj"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
_FUTURE_GOVERNORS = {"plan", "expect", "intend", "schedule", "aim", "promise", "pledge", "agree",
                     "decide", "want", "seek", "hope", "prepare", "set", "go", "propose", "offer",
                     "be", "need", "try", "wish"}


def _chain(token: Token) -> list[Token]:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


# participles that date the deal noun they describe, however deep in its phrase
SIGNING = {"sign", "conclude", "ink", "finalise", "finalize", "exercise", "place", "award"}


def _cost(trigger: Token, target: Token) -> int | None:
    """Tree distance from the trigger to a time expression's head, with a penalty for each
    clause boundary climbed; None when the expression sits inside another clause below."""
    up, down = _chain(trigger), _chain(target)
    down_index = {t.i: n for n, t in enumerate(down)}
    for steps_up, token in enumerate(up):
        if token.i in down_index:
            steps_down = down_index[token.i]
            break
    else:
        return None
    cost = steps_up + steps_down
    for token in up[:steps_up]:
        # an infinitive on a noun ("its plans to get X") shares the noun's clause
        if token.dep_ in _CLAUSE_DEPS and not (token.dep_ == "acl" and token.tag_ == "VB"):
            cost += 2
    for token in down[:steps_down]:
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and trigger.pos_ == "NOUN" and \
                (token.head.i == trigger.i or token.lemma_.lower() in SIGNING):
            continue   # "the contracts concluded in 2006", "the order for 16 jets, signed in 2018": it dates the deal
        if token.dep_ in _CLAUSE_DEPS and (token.pos_ in ("VERB", "AUX") or token.dep_ != "conj"):
            return None
    return cost


def time_of(trigger: Token, reference=None, direction: str | None = None,
            expressions: list[Span] | None = None, max_cost: int = 8) -> TimeValue | None:
    """The normalised time governing ``trigger`` (a verb or event noun): the time expression
    of its sentence with the shortest dependency path to it, skipping expressions that
    belong to another clause. ``direction`` defaults to ``tense_of(trigger)``.
    ``expressions`` may pass ``find_times(sentence)`` when computed already."""
    if expressions is None:
        expressions = find_times(trigger.sent)
    if direction is None:
        tense = tense_of(trigger)
        direction = tense if tense in ("past", "future") else None
    best: tuple | None = None
    for expression in expressions:
        if trigger.i in range(expression.start, expression.end):
            if anchors.NAMED_YEAR.fullmatch(expression.text):
                return resolve_time(expression, reference, direction)   # "Kavkaz-2020" names its year
            continue
        cost = _cost(trigger, expression.root)
        if cost is None or cost > max_cost:
            continue
        vague = expression.root.lower_ in vocabulary()["present"]
        # an expression inside the trigger's own phrase ("the establishment of a base in
        # 2016") is more specific than one on the verbs above it ("announced last October")
        below = any(t.i == trigger.i for t in expression.root.ancestors)
        # a deadline ("through 2015", "until 2020") bounds a programme more often than it
        # dates the event
        deadline = _preposition(expression) in DEADLINE_PREPOSITIONS
        if deadline:
            below, cost = False, cost + 3
        rank = (0 if below else 1, cost + (3 if vague else 0), abs(expression.root.i - trigger.i))
        if best is None or rank < best[:3]:
            best = (*rank, expression)
    if best is None:
        return None
    if anchors.anaphoric(best[3]):   # "the following year", "two years later": after the year told before
        reference = anchors.told_before(best[3]) or reference
    return resolve_time(best[3], reference, direction)


DEADLINE_PREPOSITIONS = {"through", "until", "till", "thru", "up"}


def _preposition(expression: Span) -> str | None:
    head = expression.root.head
    if expression.root.dep_ == "pobj" and head.pos_ == "ADP":
        return head.lower_
    first = expression[0]
    if first.i > 0 and first.doc[first.i - 1].pos_ == "ADP":
        return first.doc[first.i - 1].lower_
    return None


def event_verb(trigger: Token) -> Token:
    """The verb an event noun hangs from ("signed a contract for supply"), or the trigger."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def present_perfect(trigger: Token) -> bool:
    """Whether the event is told in the present perfect ("has handed over")."""
    verb = event_verb(trigger)
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'s", "'ve")
                                      for c in verb.children)


def tense_of(trigger: Token) -> str:
    """"past", "future" or "present" for the event a verb or event noun denotes, from its
    auxiliaries and the verbs governing it ("is expected to deliver" -> future)."""
    token = event_verb(trigger)
    seen = 0
    while True:
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & _FUTURE_AUX:
            return "future"
        if any(a.lower_ == "going" for a in auxes) and token.tag_ == "VB":
            return "future"
        if any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had") for a in auxes) and \
                not any(a.lower_ == "to" for a in auxes):
            return "past"
        if token.tag_ == "VBD" and not words:
            return "past"
        if token.dep_ in ("xcomp", "ccomp") and token.tag_ == "VB" and seen < 3 and \
                any(a.lower_ == "to" for a in auxes):
            head = token.head
            if head.lemma_.lower() in _FUTURE_GOVERNORS:
                head_tense = tense_of(head)
                return "future" if head_tense != "past" or head.lemma_ in ("plan", "agree", "decide",
                                                                          "promise", "pledge", "expect") \
                    else "past"
            token, seen = head, seen + 1
            continue
        if token.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "do", "does"}:
            return "present"
        if token.tag_ == "VBN" and token.dep_ in ("amod", "acl"):
            return "past"
        return "present"
