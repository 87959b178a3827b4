"""Statuses of deployments that the shared status reading leaves open, for
:mod:`.deployment`: a permission refused above the deployment ("Hungary refused to allow
NATO troops to be stationed on its territory") is a refusal, not an agreement."""
from __future__ import annotations

from . import status as status_mod
from .typeroles import governors, type_cues


def refused_permission(trigger, statuses: list[str]) -> list[str]:
    """``statuses`` with an ``agreed`` that a permission cue gives turned into ``refused``
    when a refusing verb governs that cue."""
    if "agreed" not in statuses:
        return statuses
    nodes = governors(trigger)
    for depth, node in enumerate(nodes[1:], start=1):
        if type_cues().get(node.lemma_.lower()) == "agreed" or type_cues().get(
                f"{node.lemma_.lower()}/{node.pos_.lower()}") == "agreed":
            if any(status_mod.refusing(above) for above in nodes[depth + 1:depth + 3]):
                return ["refused" if s == "agreed" else s for s in statuses]
            break
    return statuses
