"""What a whole text is about and who speaks in it: the state it speaks for ("we" outside a
quotation), the states and weapons its title names (metadata, not text), whether a token
stands inside a quotation, and the state a bulleted paragraph is headed by. :mod:`.roles`
resolves actors and antecedents with these."""
from __future__ import annotations

import re

from .context import BULLET_MARKS, Context


def document_voice(ctx: Context) -> str | None:
    """The state an article speaks for when it says "we" outside a quote with a named
    speaker (an interview's answers, an op-ed by a minister or officer): of the states
    its first three sentences name, the one the whole text names most."""
    if "voice" not in ctx.__dict__:
        counts: dict[str, int] = {}
        for ref in ctx.refs:
            if ref.actor and (ref.kind == "state" or ref.kind in ("place", "organisation") and ref.role == "metonym") \
                    and not _placed(ctx, ref):
                counts[ref.actor] = counts.get(ref.actor, 0) + 1
        # (a state "we" send to or serve in is not "we": "we sent Apache helicopters to Estonia")
        reached = _reached_by_us(ctx)
        for state in reached:
            counts.pop(state, None)
        end = ctx.sentences[min(2, len(ctx.sentences) - 1)].end if ctx.sentences else 0
        opening = [r.actor for r in ctx.refs_in(0, end) if r.actor in counts]
        maker = None if opening else _maker_voice(ctx)
        if maker:
            opening = [maker]
            counts.setdefault(maker, 0)
        if not opening and counts and reached:
            opening = list(counts)   # (the opening names only where "we" went)
        ctx.__dict__["voice"] = max(opening, key=lambda a: counts[a]) if opening else None
    return ctx.__dict__["voice"]


def _maker_voice(ctx: Context) -> str | None:
    """A text whose opening names no state but that says "our" of a weapon with one maker
    state ("the Australian variant of our K9": a maker's annual report) speaks for that
    state."""
    from .families import family_origins
    makers = set()
    for ref in ctx.refs:
        if ref.kind != "system" or ref.is_category:
            continue
        head = ctx.doc[ref.end - 1]
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children) or \
                ref.start > 0 and ctx.doc[ref.start - 1].lower_ == "our":
            origins = family_origins(ref.id)
            if len(origins) == 1:
                makers.add(origins[0])
    return makers.pop() if len(makers) == 1 else None


FIRST_PERSON = {"we", "our"}


def _reached_by_us(ctx: Context) -> set[str]:
    """States named as where a first-person clause sends or keeps something ("we sent a
    squadron to Estonia", "our troops in Estonia")."""
    from . import patterns
    found = set()
    for ref in ctx.refs:
        if ref.kind != "state" or not ref.actor or not _placed(ctx, ref):
            continue
        governor = ctx.doc[ref.start:ref.end].root.head.head
        doers = patterns.subjects(governor) if governor.pos_ in ("VERB", "AUX") else [governor]
        if any(d.lower_ in FIRST_PERSON or any(t.lower_ in FIRST_PERSON and t.dep_ == "poss" for t in d.children)
               for d in doers):
            found.add(ref.actor)
    return found


def _placed(ctx: Context, ref) -> bool:
    """A state named only as a place ("stationed in Estonia", "sent to Estonia"): a
    text that speaks for a state names it as a party, not as where things happen."""
    from .typeroles import HOST_PREPS    # (typeroles reads roles, which reads this module)
    head = ctx.doc[ref.start:ref.end].root
    return head.dep_ == "pobj" and head.head.lower_ in HOST_PREPS


def _from_title(ctx: Context, key: str, read) -> list[str]:
    """What ``read(title words' text, catalog)`` finds in the title (metadata, not text),
    worked out once per document and kept under ``key``."""
    if key not in ctx.__dict__:
        title = ctx.document.title or ""
        if title:
            from ..catalog import load
            ctx.__dict__[key] = read(title, load())
        else:
            ctx.__dict__[key] = []
    return ctx.__dict__[key]


def title_systems(ctx: Context) -> list[str]:
    """The weapon families the title names, in order."""
    def read(title, catalog) -> list[str]:
        found: list[str] = []
        for word in re.findall(r"[A-Z][\w/-]*", title):
            family = catalog.family_key(word) or (catalog.family_of(word) if re.search(r"\d", word) else None)
            if family and family not in found:
                found.append(family)
        return found
    return _from_title(ctx, "title_systems", read)


def title_states(ctx: Context) -> list[str]:
    """The states the title names, in order (the longest name at each word first)."""
    def read(title, catalog) -> list[str]:
        found: list[str] = []
        words = re.findall(r"[\w.-]+(?:'s)?", title)
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                if n == 1 and words[i].islower():
                    continue   # ("its arsenal": a word, not the Bulgarian maker Arsenal)
                state = catalog.state_of(" ".join(words[i:i + n])) if i + n <= len(words) else None
                if state is not None:
                    if state not in found:
                        found.append(state)
                    i += n - 1
                    break
            i += 1
        return found
    return _from_title(ctx, "title_states", read)


def main_states(ctx: Context) -> list[str]:
    """The states a text is about: those its title names, in order, then the state it
    speaks for (:func:`document_voice`)."""
    found = title_states(ctx)
    voice = document_voice(ctx)
    return found + ([voice] if voice and voice not in found else [])


def quoted(ctx: Context, token) -> bool:
    """Whether ``token`` stands inside a quotation opened earlier in its paragraph, or
    left open at the end of the paragraph before (speech running over paragraphs)."""
    text = ctx.document.text or ""   # (the parsed text: token offsets point into it)
    start = text.rfind("\n", 0, token.idx) + 1
    here = text[start:token.idx]
    if _open_quote(here):
        return True
    if any(mark in here for mark in '"“”'):
        return False
    end = start
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    return end > 0 and _open_quote(text[text.rfind("\n", 0, end) + 1:end])


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


HEADING_MARKS = {"–", "—", "-", ":", "|"}


def heading_state(ctx: Context, token) -> str | None:
    """The state a bulleted or headed paragraph is about: "• FINLAND – 64 F-35A fighters
    ... First jets due in 2026", "Poland: the first K2 tanks arrived". The paragraph's
    first words, after a bullet, are a state's name followed by a dash or colon."""
    number = ctx.sentence_number(token)
    while number > 0 and not opens_paragraph(ctx, ctx.sentences[number]):
        number -= 1
    sentence = ctx.sentences[number]
    first = sentence.start
    while first < sentence.end - 1 and (ctx.doc[first].is_space or ctx.doc[first].text in BULLET_MARKS):
        first += 1
    ref = ctx.ref_at(ctx.doc[first])
    if ref is None or ref.kind != "state" or ref.start != first or ref.end >= sentence.end or \
            ctx.doc[ref.end].text not in HEADING_MARKS:
        return None
    return ref.actor


def opens_paragraph(ctx: Context, sentence) -> bool:
    before = sentence.start - 1
    return before < 0 or ctx.doc[before].is_space and "\n" in ctx.doc[before].text
