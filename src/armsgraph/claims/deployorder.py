"""Lists paired in order, for :mod:`.deployment`: "The battlegroups in Poland and Romania
are led by the United States and France respectively" is USA -> POL and FRA -> ROU, not
every actor in every host."""
from __future__ import annotations

from .context import Context

PAIRING_WORDS = {"respectively"}


def paired(ctx: Context, sent, found: list) -> list:
    """The deployments ``found`` on ``sent``, with a full actor x host cross product cut
    to the pairs in the order the sentence names them when it says "respectively"."""
    if not any(t.lower_ in PAIRING_WORDS for t in sent) or len(found) < 4:
        return found
    first: dict[str, int] = {}
    for ref in ctx.refs_in(sent.start, sent.end):
        if ref.actor and ref.actor not in first:
            first[ref.actor] = ref.start
    groups: dict[tuple, list] = {}
    for claim in found:
        groups.setdefault((claim.system, claim.status), []).append(claim)
    out = []
    for claims in groups.values():
        actors = sorted({c.actor for c in claims}, key=lambda a: first.get(a, 1 << 30))
        hosts = sorted({c.host for c in claims}, key=lambda h: first.get(h, 1 << 30))
        crossed = {(c.actor, c.host) for c in claims} == {(a, h) for a in actors for h in hosts}
        if len(actors) < 2 or len(actors) != len(hosts) or not crossed or \
                not all(a in first for a in actors) or not all(h in first for h in hosts):
            out += claims
            continue
        pairs = set(zip(actors, hosts))
        out += [c for c in claims if (c.actor, c.host) in pairs]
    return out
