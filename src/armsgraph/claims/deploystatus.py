"""Statuses of deployments that the shared status reading leaves open, for
:mod:`.deployment`: a permission refused above the deployment ("Hungary refused to allow
NATO troops to be stationed on its territory") is a refusal, not an agreement; evidence
that "suggests" a deployment ("Satellite imagery suggests China has stationed jets in
Cambodia") reports a fact, not a proposal."""
from __future__ import annotations

from . import patterns, roles, status as status_mod
from .triggers import data_lines
from .typeroles import governors, type_cues

EVIDENCE = {row[0].lower() for row in data_lines("deploy_evidence.tsv")}


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


def evidenced(ctx, trigger, statuses: list[str]) -> list[str]:
    """``statuses`` with a ``proposed`` that an evidence verb gives ("imagery suggests ...")
    turned into ``done`` when the verb's subject is no party (a party that suggests a
    deployment proposes it: "Poland suggested that NATO station troops ...")."""
    if "proposed" not in statuses or status_mod.modality(trigger) == "planned":
        return statuses
    for node in governors(trigger)[1:3]:
        if node.lemma_.lower() in EVIDENCE and node.pos_ == "VERB":
            subjects = patterns.subjects(node)
            if subjects and not any(roles.actors_of(ctx, s) for s in subjects):
                return ["done" if s == "proposed" else s for s in statuses]
            break
    return statuses
