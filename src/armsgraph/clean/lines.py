"""Line-level cleaning of already-extracted article text.

``clean_lines(text, boilerplate)`` runs these steps, in order, on the lines of one
document (each step only marks lines; nothing is rewritten except whitespace):

1. metadata prefixes (`` date 2022-08-01 ``) and date lines ("Added On ...") -> date;
2. corpus-learned boilerplate (lines repeating across documents of one source);
3. pattern lines from ``data/boilerplate.tsv`` (subscription and donation prompts,
   share bars, "Read more" teasers, read counters, captions, disclaimers, navigation);
4. keyword-stuffed spam and navigation strings (many words, few distinct, no sentence);
5. a short heading-like line standing right before a "Read more" teaser (its title);
6. author lines and bios: "By X", a bare name line near the end, "X is an analyst at";
7. the title: the first line when it is short and not a sentence;
8. truncated teaser copies: a line cut off with "..." whose words open a later line, and
   the first copy of a long paragraph that appears twice;
9. echoes of dropped lines (a tagline repeating a dropped disclaimer);
10. a trailing list of teasers of other articles, recognised by an item shown twice;
11. non-sentence lines left at the end (headlines of other articles, section or site
    names, tag lists).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…:;\"”’)»\]]\s*$")
FULL_STOP = re.compile(r"[.!?…。！？][\"'”’)»\]」』]*\s*$")
ELLIPSIS_END = re.compile(r"(\.\.\.|…|\[\.\.\.\]|\[…\])\s*$")
DATE_PREFIX = re.compile(r"^\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z]*)?\s+",
                         re.I)
BY_LINE = re.compile(r"^\s*(?i:by|written by|author:?)\s+([A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})"
                     r"(?:\s*(?:,|\||and|&)\s*.*)?\s*$", re.U)
WRITES = re.compile(r"\bwrites\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\.?\s*$", re.U)
NAME_LINE = re.compile(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-\.]+){1,3}$", re.U)
SEPARATORS = re.compile(r"\s[|•»›·/]\s|\s[-–]\s(?=[A-Z])")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
TEXT_DATE = re.compile(r"(?:(\d{1,2})\s+)?(january|february|march|april|may|june|july|august|september|"
                       r"october|november|december)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})", re.I)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# A pattern kind applies only to lines up to this many words (long lines are prose).
MAX_WORDS = {"subscribe": 25, "donate": 15, "share": 12, "readmore": 40, "counter": 6,
             "caption": 45, "disclaimer": 80, "cookie": 40, "nav": 20, "date": 10, "contact": 30, "credit": 40, "agency": 6}


@dataclass
class Line:
    text: str
    drop: str | None = None        # reason when dropped

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    dropped: list[tuple[str, str]] = field(default_factory=list)   # (reason, line)


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = resources.files("armsgraph.clean").joinpath("data/boilerplate.tsv").read_text("utf-8")
    out = []
    for row in data.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        kind, expr = row.split("\t", 1)
        out.append((kind, re.compile(expr, re.I | re.U)))
    return out


def normalise_line(text: str) -> str:
    """Key under which a line is compared across documents."""
    return " ".join(WORD.findall(text.lower()))


# Rules that can be switched off (CleanOptions / the HTML profile); see the steps above.
RULES = ("boilerplate", "patterns", "spam", "teaser-title", "authors", "title", "truncated-teaser",
         "echo", "teaser-list", "trailing")
# After HTML extraction the page structure has already removed most junk: lists at the
# end of an article are real content, name lines are captions or credits, repeated lines
# are refrains or questions. Those rules run on plain text only.
HTML_SKIP = frozenset({"trailing", "authors", "truncated-teaser"})


def clean_lines(text: str, boilerplate: frozenset[str] = frozenset(), *,
                title: str | None = None, find_title: bool = True,
                skip: frozenset[str] = frozenset()) -> Cleaned:
    """Clean one document's extracted text; see the module docstring for the steps.

    ``boilerplate``: normalised lines learned for the document's source; ``title``: the
    title already known (a first line equal to it is dropped); ``skip``: names of RULES
    not to run.
    """
    text = normalise_text(text)
    out = Cleaned(text="")
    lines = [Line(t) for t in text.split("\n")]
    _metadata_prefix(lines, out)
    rows = _table_rows(lines)
    for k, line in enumerate(lines):
        if line.blank or line.drop:
            continue
        if k in rows:
            if not any(ch.isalnum() for ch in line.text):
                line.drop = "table rule"   # "-----|-----|----"
            continue   # a table's row is content, however many bars it has
        if boilerplate and "boilerplate" not in skip and normalise_line(line.text) in boilerplate:
            line.drop = "boilerplate"
        elif "patterns" not in skip and (kind := pattern_kind(line.text)) is not None:
            line.drop = kind
            if kind == "date" and not out.date:
                out.date = parse_date(line.text)
        elif "spam" not in skip and is_spam(line.text):
            line.drop = "spam"
    steps = (("teaser-title", _teaser_titles), ("authors", lambda ls: _authors(ls, out)),
             ("title", lambda ls: _title_step(ls, out, title, find_title)),
             ("truncated-teaser", _truncated_teasers), ("echo", _echoes),
             ("teaser-list", _trailing_teaser_list), ("trailing", _trailing_short))
    for name, step in steps:
        if name not in skip:
            step(lines)
    out.dropped = [(ln.drop, ln.text) for ln in lines if ln.drop]
    out.text = _join(lines)
    return out


def _title_step(lines: list[Line], out: Cleaned, title: str | None, find_title: bool) -> None:
    if title:
        _known_title(lines, title)
    elif find_title:
        out.title = _title(lines, out)


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return "\n".join(re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in text.split("\n"))


TABLE_RULE = re.compile(r"^[\s|:\-–—=+]+$")


def _table_rows(lines: list[Line]) -> set[int]:
    """Indices of the lines of tables rendered as text: a run of three or more lines with
    the same number (two or more) of "|" bars, or rows around a rule line ("---|---").
    Navigation bars ("Home | World | Defence | Opinion") stand alone."""
    bars = [ln.text.count("|") if not ln.blank else 0 for ln in lines]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        if bars[k] < 2:
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and bars[end + 1] >= 2 and abs(bars[end + 1] - bars[k]) <= 1:
            end += 1
        run = range(k, end + 1)
        if len(run) >= 3 or any(TABLE_RULE.match(lines[i].text) for i in run):
            found.update(run)
        k = end + 1
    return found


def pattern_kind(text: str) -> str | None:
    n = len(WORD.findall(text))
    for kind, expr in patterns():
        if n <= MAX_WORDS.get(kind, 20) and expr.search(text):
            return kind
    return None


def is_spam(text: str) -> bool:
    """Keyword stuffing / tag clouds: many words, few distinct, no sentence punctuation."""
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 12:
        return False
    distinct = len(set(words)) / len(words)
    punctuation = len(re.findall(r"[.,;:!?]", text))
    if distinct < 0.5 and punctuation <= len(words) / 25:
        return True
    return len(SEPARATORS.findall(text)) >= 4 and punctuation <= 1


def parse_date(text: str) -> str | None:
    m = ISO_DATE.search(text)
    if m:
        return m.group(0)
    m = TEXT_DATE.search(text)
    if m:
        day = m.group(1) or m.group(3)
        month = MONTHS[m.group(2).lower()]
        return f"{m.group(4)}-{month:02d}-{int(day):02d}" if day else f"{m.group(4)}-{month:02d}"
    return None


def _content(lines: list[Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if not ln.blank and not ln.drop]


def _metadata_prefix(lines: list[Line], out: Cleaned) -> None:
    for line in lines[:3]:
        m = DATE_PREFIX.match(line.text)
        if m:
            out.date = m.group(1)
            line.text = line.text[m.end():].strip()
            return


def _is_heading(text: str, max_words: int = 14) -> bool:
    words = WORD.findall(text)
    return 0 < len(words) <= max_words and not FULL_STOP.search(text) and not re.search(r"[;,]\s*$", text)


def _teaser_titles(lines: list[Line]) -> None:
    """The headline line right before a 'Read more' teaser belongs to the teaser; the
    headlines listed under a bare "Related articles" / "Read also:" header belong to it."""
    for i, line in enumerate(lines):
        if line.drop != "readmore":
            continue
        if len(line.words) <= 5:
            for follower in lines[i + 1:]:
                if follower.blank:
                    continue
                if follower.drop or not _is_heading(follower.text, 20):
                    break
                follower.drop = "teaser title"
        j = i - 1
        while j >= 0 and lines[j].blank:
            j -= 1
        if j >= 0 and not lines[j].drop and _is_heading(lines[j].text):
            lines[j].drop = "teaser title"


def _truncated_teasers(lines: list[Line]) -> None:
    """A line cut off with an ellipsis (or mid-word) whose words open a later line."""
    live = _content(lines)
    words = {i: [w.lower() for w in lines[i].words] for i in live}
    for pos, i in enumerate(live):
        mine = words[i]
        if len(mine) < 6:
            continue
        ellipsis = bool(ELLIPSIS_END.search(lines[i].text))
        probe = mine[:-1] if ellipsis else mine
        for j in live[pos + 1:]:
            later = words[j]
            # without an ellipsis the later line must go on well past the copy
            if len(later) < len(probe) + (0 if ellipsis else 5) or later[:2] != probe[:2]:
                continue
            if _prefix_overlap(probe, later) >= (0.8 if ellipsis else 0.97):
                lines[i].drop = "truncated teaser"
                break
        if not lines[i].drop and not ellipsis and len(mine) >= 15:
            # the same paragraph twice (a standfirst repeating the lead): keep the later
            if any(words[j] == mine for j in live[pos + 1:]):
                lines[i].drop = "repeated paragraph"


def _prefix_overlap(probe: list[str], later: list[str]) -> float:
    """Share of the probe's word 3-grams found in the same-length opening of ``later``."""
    window = later[:len(probe) + 5]
    grams = {tuple(window[k:k + 3]) for k in range(len(window) - 2)}
    mine = [tuple(probe[k:k + 3]) for k in range(len(probe) - 2)]
    if not mine:
        return 0.0
    return sum(g in grams for g in mine) / len(mine)


def _echoes(lines: list[Line]) -> None:
    """A kept line whose words are all inside a dropped disclaimer/boilerplate line."""
    dropped = [set(normalise_line(ln.text).split()) for ln in lines
               if ln.drop in ("disclaimer", "boilerplate", "subscribe", "donate") and len(ln.words) >= 8]
    if not dropped:
        return
    for line in lines:
        if line.blank or line.drop:
            continue
        words = set(normalise_line(line.text).split())
        if len(words) >= 4 and any(words <= d for d in dropped):
            line.drop = "echo of boilerplate"


def _authors(lines: list[Line], out: Cleaned) -> None:
    live = _content(lines)
    if not live:
        return
    # "By Name" near the top
    for i in live[:4]:
        m = BY_LINE.match(lines[i].text)
        if m and len(lines[i].words) <= 10:
            out.author = out.author or m.group(1).strip()
            lines[i].drop = "byline"
            break
    # "... writes Name." in a standfirst: keep the line, take the name
    for i in live[:3]:
        m = WRITES.search(lines[i].text)
        if m and not out.author:
            out.author = m.group(1)
    # bare name lines and bios at the end (after the last long paragraph)
    long_lines = [i for i in live if len(lines[i].words) >= 25]
    tail_start = long_lines[-1] + 1 if long_lines else len(lines)
    names: list[str] = []
    for i in range(tail_start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if NAME_LINE.match(line.text) and len(line.words) <= 4:
            names.append(line.text)
            line.drop = line.drop or "author name"
    for i in range(tail_start, len(lines)):
        line = lines[i]
        if line.blank:
            continue
        if any(line.text.startswith(n + " ") for n in names) and re.search(
                r"\b(is|was|has been|serves as)\b", line.text):
            line.drop = line.drop or "author bio"
    # a name counts as the author when it repeats or opens a bio (else it is a label)
    bios = [ln.text for ln in lines if ln.drop == "author bio"]
    for name in names:
        if not out.author and (names.count(name) > 1 or any(b.startswith(name) for b in bios)):
            out.author = name


def _known_title(lines: list[Line], title: str) -> None:
    """Drop a first line repeating the known title (or most of it: sites add their name
    or a section to one of the two)."""
    key = set(normalise_line(title).split())
    for i in _content(lines)[:2]:
        line = lines[i]
        words = set(normalise_line(line.text).split())
        if not words or not key or len(line.words) > 30 or FULL_STOP.search(line.text) and words != key:
            continue
        overlap = len(words & key) / min(len(words), len(key))
        if words == key or (overlap >= 0.9 and len(words & key) >= 3):
            line.drop = "title"
            return


BYLINE_SEPARATOR = re.compile(r"\s[|·•]\s")


def _title(lines: list[Line], out: Cleaned | None = None) -> str | None:
    """The headline: the last of the short non-sentence lines that open the text.

    Lines above it in that opening block (at most three) are mastheads, kickers
    ("TÜRKİYE") or leftover navigation and are dropped with it. A headline has 2-25 words
    and does not end like a sentence or a fragment (".", ",", ":", "-", "...").
    A dated byline in the block ("NAVAL FORCES WEEKLY | 12 August 2024", "Defence
    correspondent | 30 June 2024") is not the headline: it gives the date and goes.
    """
    live = _content(lines)
    block: list[int] = []
    for i in list(live):
        text = lines[i].text
        if (not 0 < len(lines[i].words) <= 25 or ELLIPSIS_END.search(text)
                or re.search(r"[.;,:…。][\"'”’)»\]」』]*\s*$", text)):
            break
        if block and BYLINE_SEPARATOR.search(text) and parse_date(text):
            lines[i].drop = "byline"
            if out is not None and not out.date:
                out.date = parse_date(text)
            live.remove(i)
            continue
        block.append(i)
    if not block or len(block) == len(live) or len(block) > 3:
        block = block[:1]
    if not block or len(live) < 2:
        return None
    # a headline has no " | " separators: an outlet or section line under it
    # ("Defence Industry Weekly | Programmes") is a masthead
    plain = [i for i in block if not BYLINE_SEPARATOR.search(lines[i].text)]
    chosen = plain[-1] if plain and BYLINE_SEPARATOR.search(lines[block[-1]].text) else block[-1]
    title = lines[chosen]
    text = title.text.rstrip()
    if not 2 <= len(title.words) <= 25 or re.search(r"[.;,:\-–—]\s*$", text):
        # not a headline; a lone upper-case kicker above the text still goes
        return None
    for i in block:
        if i != chosen:
            lines[i].drop = "masthead"
    title.drop = "title"
    return text


def _trailing_teaser_list(lines: list[Line]) -> None:
    """A related-articles list at the end, recognised by a repeated item.

    Teaser widgets list one-sentence summaries of other articles and often show the same
    item twice (in "latest" and "most read"). When the last lines of a document are all
    one- or two-sentence lines and one of them repeats word for word a line in that same
    trailing block, the block from the first copy of the repeated line to the end is
    dropped. Items listed above the first repeated one stay: nothing tells them apart
    from the one-sentence paragraphs news articles are written in. (A paragraph of the article never repeats verbatim, so a repeat is a
    strong signal; novelty of vocabulary alone is not: news articles end with background
    paragraphs full of new words.)
    """
    rows = [i for i, ln in enumerate(lines) if not ln.blank]
    if len(rows) < 6:
        return
    block: list[int] = []
    for i in reversed(rows):
        line = lines[i]
        if not line.drop and not (5 <= len(line.words) <= 60
                                  and len(re.findall(r"[.!?](?:\s|$)|[。！？]", line.text)) <= 2):
            break
        block.append(i)
    block.reverse()
    first: dict[str, int] = {}
    start = None
    for i in block:
        key = normalise_line(lines[i].text)
        if len(key.split()) < 5:
            continue
        if key in first:
            start = first[key] if start is None else min(start, first[key])
        else:
            first[key] = i
    if start is None or start < rows[len(rows) // 2]:
        return
    for i in block:
        if i >= start:
            lines[i].drop = lines[i].drop or "trailing teaser list"


def _trailing_short(lines: list[Line]) -> None:
    """Lines at the very end that are not sentences (no full stop, <= 20 words): headlines
    of other articles, section and site names, tag lists, "Read also on the topic:".

    A run of three or more such lines is a list and goes whole; otherwise only lines of
    at most six words go (a longer single line is more likely prose cut off at the end).
    """
    run: list[Line] = []
    for line in reversed(lines):
        if line.blank or line.drop:
            continue
        if len(line.words) <= 20 and not FULL_STOP.search(line.text):
            run.append(line)
            continue
        break
    if len(run) < 3:
        short = []
        for line in run:
            if len(line.words) > 6:
                break
            short.append(line)
        run = short
    for line in run:
        line.drop = "trailing label"


def _join(lines: list[Line]) -> str:
    paragraphs = [ln.text for ln in lines if not ln.blank and not ln.drop]
    return "\n\n".join(paragraphs)
