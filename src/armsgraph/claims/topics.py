"""The party a transfer with no named recipient goes to when nothing in its clause or the
deals told before names one: the subject of the surrounding discourse.

``discourse_recipient`` weighs the parties named up to three sentences before the trigger
(not only the nearest three: "Peru's air force is weighing offers from Sweden, France and
the United States ... Saab is pitching the Gripen E" is Peru's, though three sellers stand
nearer):

1. a state the trigger's own sentence names before it, not as the source of a report (a
   round-up's item is about its own state: "Korwa. The joint venture of India's ordnance
   firms ... handed over 35,000 rifles", after an item about Japan);
2. the party the text has named most so far ("the Ethiopian government ... Addis Ababa
   ... the US government ... delivered drones": Ethiopia);
3. one the title names; else the nearest.

The states the title names are weighed too, however far back they were last named ("FACT
BOX: Qatar's air force ... * Also in service: German Leopard 2A7 tanks, ordered in 2013",
after items on Turkish and US forces in Qatar). When the window names no party at all,
the recipient is the one state the title names, or else the state the text opens with.
"""
from __future__ import annotations

from . import memory, roles
from .context import Context

CANDIDATES = 6   # parties of the window weighed
COUNTED_KINDS = ("state", "place", "organisation", "person")


def discourse_recipient(ctx: Context, token, exclude: tuple[str, ...] = ()) -> list[str]:
    near = roles.antecedents(ctx, token, CANDIDATES, exclude=exclude)
    mains = roles.main_states(ctx)
    # (a source, "according to South Korean officials", reports the event: no party to it)
    speaker = roles.speaker_of(ctx, token)
    if near:   # (the states the title names stand by, however far back)
        near += [a for a in mains if a not in near and a not in exclude and a != speaker]
    else:
        # nobody named in the window: the one state the title names, else the state the
        # text opens with (roles.document_voice); not the first of several in the title
        # ("Russia's doorstep: Washington confirms delivery to Ukraine")
        titled = roles.title_states(ctx)
        voice = roles.document_voice(ctx)
        pool = titled if len(titled) == 1 else [voice] if voice not in titled else []
        if pool == [voice] and memory.supplier_only(ctx, token, voice):
            # (a text that names a donor most, "Moscow announced it would give Lebanon ten
            # MiG-29s", is still about who received: the recipients told so far, latest first)
            pool = memory.received(ctx, token)
        near = [a for a in pool if a and a not in exclude and a != speaker][:1]
    if len(near) < 2:
        return near
    start = ctx.sentence_of(token).start
    counts = {a: 0 for a in near}
    local = {a: False for a in near}
    for ref in ctx.refs:
        if ref.start >= token.i:
            break
        if ref.actor in counts and ref.kind in COUNTED_KINDS:
            counts[ref.actor] += 1
            if ref.start >= start and ref.kind == "state" and ref.role != "origin" and not roles.seat_of_power(ref):
                # (not an institution any state may have: "Congress approved the financing")
                local[ref.actor] = ref.actor != speaker
    # (of equals, one the title names; else the nearest: max keeps it)
    return [max(near, key=lambda a: (local[a], counts[a], a in mains))]
