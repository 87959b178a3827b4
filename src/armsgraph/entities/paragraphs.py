"""The spaCy component ("armsgraph_paragraphs") that ends a sentence at a paragraph break.

Cleaned text keeps one paragraph per line block; the small parser, left alone, runs a
headline without a full stop into the next paragraph ("FACT BOX – Europe's orders\\n\\n
Compiled by ...") and a bullet into the next one. The component runs before the parser
(which respects sentence starts set before it) and marks the first word after a blank
line, or after a line break before a bullet, as a sentence start. A single line break
inside running text (hard-wrapped plain text) is left to the parser. It also ends a
dateline ("LONDON, March 3 (Reuters) -") before the lede it opens (``DATELINE``).

``parse_text`` is the text the model reads: a bullet that opens a line ("• Caracas ordered
...", "▪️ 2021 — ...", "- TKMS handed over ...") becomes an asterisk (padded with blanks
to the bullet's length, so offsets into the document's text still hold). The small model
reads most bullets as a word of the sentence (a verb, an adjective, the subject) and
misparses the line around it; an asterisk it reads as punctuation. A line that ends with
no stop before a blank line (a title, a navigation line, a caption) gets a full stop in
place of its line break: left open, it runs into the parse of the paragraph after it ("the
arms trade\n\nTKMS handed over ..." read "TKMS" as a headline's noun, "handed" a clause
on it). Reference marks of an encyclopedia page ("in accidents.[4] Myanmar took ...",
"[5][6]", "[citation needed]") become blanks: the model does not end a sentence at a
full stop with a mark after it, and reads a paragraph of them as one sentence. Emoji
become blanks, or a full stop where one ends a sentence before a capital ("cannot forgive
it 😏 And the Turks ...", as social-media posts write).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "armsgraph_paragraphs"
TEXT_KEY = "armsgraph.text"     # doc.user_data: the Doc's text, once built

BULLETS = "•▪●◦·*–—►▶➤■◆▸‣⁃-"   # ("-" last: a hyphen inside a character class makes a range)
# what a bullet opening a line becomes in the text the model reads
PARSED_BULLET = "*"
LINE_BULLET = re.compile(rf"(?:^|(?<=\n))([ \t]*)([{BULLETS}]\ufe0f?)(?=[ \t])")
# a reference mark ("[4]", "[a]", "[citation needed]")
REFERENCE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|note \d{1,3})\]")
# an editor's aside in brackets ("(see map)", "(pictured)", "(file photo)", "(video)"): the
# model reads "see map" as a clause on the noun before it
EDITORIAL_WORDS = ("see", "pictured", "photo", "file photo", "video", "watch", "listen", "above", "below",
                   "left", "right", "top", "inset", "map", "chart", "graphic", "read more")
EDITORIAL_ASIDE = re.compile(r"\((?i:" + "|".join(EDITORIAL_WORDS) + r")\b[^()\n]{0,30}\)")
# a hyphen standing alone between words, as a dash: the model reads "system - reports say"
# as one compound; it reads an en dash there as the break it is
SPACED_HYPHEN = re.compile(r"(?<=[^\s-]) - (?=[^\s-])")
# a run of emoji (pictographs, flags, dingbats, with their modifiers and joiners)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
                   "[\uFE0F\u200D\U0001F000-\U0001FAFF\u2600-\u27BF]*")
# ... ending a sentence: after a word, before a capital
EMOJI_STOP = re.compile(r"(?<=[\w\"'”)])[ \t]*$")
# a line ending in a letter or digit before a blank line: its line break, where the stop goes
OPEN_LINE_END = re.compile(r"(?<=[A-Za-z0-9])\n(?=[ \t\r\f\v]*\n)")
# a sentence starts after a blank line (in the text the model reads, after a stopped open
# line: see parse_text), or after a line break before a bullet ("•", "▪", "-", "*", "–"
# then a space), or after a line that is only a time stamp ("09:40", "14.05 GMT") or a
# short title without a full stop ("Background", "Key facts:"), as live blogs and fact boxes have
BREAK = re.compile(rf"\n[ \t\r\f\v]*\n\s*|(?<=[A-Za-z0-9]\.)\n\s*|\n[ \t]*(?=[{BULLETS}][ \t])"
                   r"|(?:^|(?<=\n))[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?"
                   r"|[A-Z][^\s.!?]*(?:[ \t]+[^\s.!?]+){0,3}:?)[ \t]*\n")


# a dateline opening one of the first lines ("LONDON, March 3 (Reuters) - ", "BEIRUT (AP) — ",
# "NEW DELHI: ", "Moscow, 3 March (TASS) - "): the parser, left alone, takes its city for the
# subject of the lede ("Moscow ... North Korea launched"), so the lede starts a sentence of
# its own. Capitals alone, or a title-case place with a date or an agency in brackets.
_AGENCY = r"\([A-Za-z.&/ -]{1,25}\)"
_DATE = r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"
DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+){{0,2}}(?:,[ \t]*(?:{_DATE}|[A-Z][A-Za-z.'-]+(?:[ \t][A-Z][A-Za-z.'-]+)?)){{0,2}}"
    rf"(?:[ \t]*{_AGENCY})?"
    rf"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:,[ \t]*{_DATE})?[ \t]*{_AGENCY}"
    rf"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]*{_DATE})"
    r"[ \t]*(?:—|–|--|-|:)[ \t]+(?=[A-Z\"'‘“])")
LEDE_KEPT = 4           # words after a forced sentence start the parser may not cut off
DATELINE_LINES = 6      # a dateline opens one of the first lines (after a title, a byline)


def parse_text(text: str) -> str:
    """``text`` as the model reads it: reference marks, editorial asides and emoji blanked,
    lone hyphens as dashes, line bullets as asterisks, open lines before a blank line stopped (see the module doc); the same length, so
    offsets hold."""
    if "[" in text:
        text = REFERENCE_MARK.sub(lambda m: " " * len(m.group()), text)
    if "(" in text:
        text = EDITORIAL_ASIDE.sub(lambda m: " " * len(m.group()), text)
    if " - " in text:
        text = SPACED_HYPHEN.sub(" \u2013 ", text)
    if EMOJI.search(text):
        text = EMOJI.sub(lambda m: _emoji_blank(m, text), text)
    if "\n" not in text:
        return text
    text = OPEN_LINE_END.sub(".", text)
    if not any(mark in text for mark in BULLETS):
        return text
    return LINE_BULLET.sub(lambda m: m.group(1) + PARSED_BULLET.ljust(len(m.group(2))), text)


def _emoji_blank(match, text: str) -> str:
    """Blanks for a run of emoji, opening with a full stop where the run ends a sentence
    (a word before it on its line, a capital after it)."""
    size = len(match.group())
    after = text[match.end():match.end() + 3].lstrip(" \t")
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    if after[:1].isupper() and EMOJI_STOP.search(line):
        return ".".ljust(size)
    return " " * size


def _dateline_end(text: str) -> int | None:
    """Where the lede begins after a dateline opening one of the first lines, else None."""
    start = 0
    for _ in range(DATELINE_LINES):
        while start < len(text) and text[start] in " \t\n":
            start += 1
        match = DATELINE.match(text, start)
        if match and text[start] not in BULLETS:
            return match.end()
        start = text.find("\n", start)
        if start < 0:
            return None
    return None


def text_of(doc: Doc) -> str:
    """``doc.text``, built once and kept in ``doc.user_data`` (``Doc.text`` joins every
    token's text each time it is asked). A kept text is used only when it still fits
    the Doc's tokens (a Doc cut from another one may carry its user data)."""
    kept = doc.user_data.get(TEXT_KEY)
    if isinstance(kept, str) and len(doc):
        first, last = doc[0], doc[-1]
        if (len(kept) == last.idx + len(last.text_with_ws) and kept.startswith(first.text)
                and kept.endswith(last.text_with_ws)):
            return kept
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def _start_at(doc: Doc, i: int) -> None:
    """A sentence starts at token ``i``, and not again in its first words: the parser, given
    a start, tends to cut the first word off as a sentence of its own ("Russian" | "and
    Chinese ships began ..."), which loses the subject."""
    doc[i].is_sent_start = True
    first = i + 1 if doc[i].text in BULLETS else i     # (the bullet stays with its line)
    for token in doc[first + 1:first + 1 + LEDE_KEPT]:
        if token.is_punct or token.is_space:
            break
        token.is_sent_start = False
    if first > i and first < len(doc):
        doc[first].is_sent_start = False


def mark_paragraphs(doc: Doc) -> Doc:
    text = text_of(doc)
    lede = _dateline_end(text)
    if "\n" not in text and lede is None:
        return doc
    starts = doc.to_array([IDX]).tolist()
    marks = [bisect_left(starts, match.end()) for match in BREAK.finditer(text)]
    if lede is not None:
        marks.append(bisect_left(starts, lede))   # "MOSCOW, 3 March (TASS) -" | "North Korea launched ..."
    for i in sorted(set(marks)):
        if 0 < i < len(doc) and not doc[i].is_space:
            _start_at(doc, i)
    return doc


@Language.component(PARAGRAPHS)
def paragraphs_component(doc: Doc) -> Doc:
    return mark_paragraphs(doc)
