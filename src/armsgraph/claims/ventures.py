"""Joint ventures that make a named weapon: "Indo-Russia Rifles, a joint venture of India's
AWEIL and Russia's Rosoboronexport, has handed the army 35,000 AK-203 rifles", "Rheinmetall's
joint venture with Algeria's defence ministry keeps turning out Fuchs vehicles".

A venture with members of two states (:func:`.coopparts.venture_states`) and a named weapon
in its sentence is cooperation of those states on that weapon (``done`` unless the sentence
says otherwise). A joint project of two states is the same for the named weapon it is
said to be ("the Akash is a joint project of India and Russia", "BrahMos, a joint
programme between India and Russia, ..."): the weapon of the copula's subject, of the
phrase the project stands in apposition to, or named inside the project phrase.
:mod:`.cooperation` calls this for the sentences its own frames left without a
cooperation claim.
"""
from __future__ import annotations

from . import patterns
from .context import Context
from .coopparts import VENTURE_NOUNS, is_joint, venture_states
from .makers import named_below
from .status import statuses_of
from .typeroles import make_claim

# (general company words name no joint venture by themselves)
VENTURES = VENTURE_NOUNS - {"company", "firm", "group", "team"}
# a shared undertaking, which names its weapon only in its own phrase or the copula's subject
PROJECTS = {"project", "programme", "program", "effort", "product", "undertaking", "initiative",
            "endeavour", "endeavor", "design", "creation"}


def venture_claims(ctx: Context, sent) -> list:
    out = []
    for token in sent:
        project = token.lemma_.lower() in PROJECTS and is_joint(token)
        if not project and (token.lemma_.lower() not in VENTURES or not (is_joint(token) or token.lower_ == "jv")):
            continue
        members = venture_states(ctx, token, token)
        named = [w[1] for w in named_below(ctx, _project_phrases(token))] if project else \
            [r for r in ctx.refs_in(sent.start, sent.end) if r.is_system and not r.is_category]
        if len(members) < 2 or not named:
            continue
        for status in statuses_of(token, "done", "supplier"):
            for ref in {r.id: r for r in named}.values():
                out.append(make_claim(ctx, "cooperation", token, status, ref, confidence=0.45,
                                      partners=sorted(members)))
    return out


def _project_phrases(noun) -> list:
    """The phrases that say which weapon a joint project is: the subject of its copula
    ("the Akash is a joint project"), the phrase it stands in apposition to, the words
    before it ("the joint BrahMos project") and "on / for" objects."""
    phrases = [noun.doc[i] for i in range(noun.left_edge.i, noun.i)]
    phrases += patterns.prep_objects(noun, {"on", "for"})
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        phrases += [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "appos":
        phrases.append(noun.head)
    return phrases
