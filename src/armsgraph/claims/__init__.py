"""Claim extraction: typed claims with roles, status, time, quantity, hedging, provenance.

``extract(document, parsed) -> list[Claim]`` runs every registered claim-type module on
one document and returns its claims (duplicates within the document merged).

How a claim-type module plugs in
--------------------------------
1. Create ``armsgraph/claims/<type>.py`` exposing ``find(ctx: Context) -> list[Claim]``
   and add its module name to ``TYPE_MODULES`` below (a module that is missing or fails
   to import is skipped with a warning, so work in progress never breaks ``extract``).
2. Put its trigger words in ``claims/data/<type>.tsv`` (columns ``lemma pos frame status
   [mode]``) and read them with ``triggers.lexicon("<type>")`` /
   ``triggers.trigger_of(token, "<type>")``. Add a frame to ``patterns.FRAMES`` if none
   of the existing ones fits (a frame maps roles to syntactic slots).
3. ``ctx`` (:class:`~armsgraph.claims.context.Context`) gives:
   - ``ctx.document`` (the Document), ``ctx.doc`` (the spaCy Doc), ``ctx.sentences``
     (sentence Spans), ``ctx.skipped_sentences`` (captions and page furniture: skip them),
     ``ctx.reference`` (the publication date used for relative times);
   - ``ctx.refs`` / ``ctx.refs_in(start, end)`` / ``ctx.ref_at(token)``: mentions as token
     spans (:class:`~armsgraph.claims.context.Ref`, with ``.actor`` for parties and
     ``.is_system`` / ``.is_category`` for weapons);
   - ``roles.actors_of(ctx, token)``: actor ids of the phrase headed by a token (metonyms,
     "the Belarusian army", pronouns and "the two countries" -> antecedents, conjuncts);
     ``roles.antecedents(ctx, token, n)``; ``roles.system_antecedents(ctx, token)``;
   - ``patterns.slot_fillers(trigger_token, "subj" | "dobj" | "prep:in,at" | ...)`` and
     ``patterns.subjects(token)``: syntax helpers;
   - ``status.status_of(trigger_token, base_status, side)``: the GUIDELINES status from
     governing cues (``data/status_cues.tsv``), modality, negation and tense; ``None``
     means "no claim" (hypothetical, a denied allegation);
   - ``ctx.claim(type, trigger_token, status, system_ref_or_id, confidence, **roles)``:
     a finished Claim with sentence provenance, time (``time.time_of``), quantity
     (``quantity.quantity_of``) and hedging (``hedging.hedging_of``) filled in.
"""
from __future__ import annotations

import importlib
import logging

from ..model import Claim, Document
from .context import Context
from .misread import (repair_approximate, repair_bullets, repair_contact_clauses, repair_drill_nouns,
                      repair_heading_goods, repair_lists, repair_opening_place, repair_particle_in,
                      repair_quoted_phrases, repair_shifted_goods, repair_time_object, repair_verbs,
                      repair_worth, repair_year_subject)

log = logging.getLogger(__name__)

TYPE_MODULES = ("transfer", "deployment", "exercise", "cooperation", "testing")

__all__ = ["extract", "Context", "TYPE_MODULES", "claim_key"]


def _modules():
    loaded = []
    for name in TYPE_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ImportError as error:
            if getattr(error, "name", "") != f"{__name__}.{name}":
                log.warning("claims.%s cannot be imported: %s", name, error)
            continue
        if hasattr(module, "find"):
            loaded.append(module)
    return loaded


_LOADED: list | None = None


def modules():
    global _LOADED
    if _LOADED is None:
        _LOADED = _modules()
    return _LOADED


def claim_key(claim: Claim) -> tuple:
    """What makes two claims of one document the same fact (the scorer's key)."""
    roles = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in claim.roles().items())
    return (claim.type, roles, claim.system, claim.status)


def extract(document: Document, parsed) -> list[Claim]:
    """The claims of one annotated document (``parsed`` is its spaCy Doc).

    Each claim's ``start``/``end`` are its sentence's offsets in ``document.text``.
    """
    if parsed is None:
        return []
    repair_verbs(parsed)     # ("Pakistan co-produces the JF-17": a verb read as a plural noun)
    repair_bullets(parsed)   # ("• Caracas bought ...": the bullet read as the subject)
    repair_lists(parsed)     # ("from Kazakhstan, Kyrgyzstan, Tajikistan and Russia": broken at "Kyrgyzstan")
    repair_year_subject(parsed)   # ("In 2012 Azerbaijan signed": Azerbaijan read as the object of "In")
    repair_heading_goods(parsed)  # ("SWITZERLAND – 36 F-35A ..., both ordered": the goods read as the state's apposition)
    repair_contact_clauses(parsed)  # ("the drones Iran supplied to Russia": Iran read as an apposition)
    repair_quoted_phrases(parsed)  # ('"... in Hanoi," the minister said': "in Hanoi" hung on "said")
    repair_opening_place(parsed)  # ("In the Gulf of Oman, Iran, Russia and China held": names read as Oman's conjuncts)
    repair_approximate(parsed)    # ("maintains around 1,500 troops": "around" read as a preposition)
    repair_drill_nouns(parsed)    # ("joined the Vostok drills": "drills" read as a verb)
    repair_particle_in(parsed)    # ("flew in its Typhon launcher": "in" read as a preposition)
    repair_worth(parsed)     # ("signed deals worth $1bn with Israeli firms for drones": worth on "signed")
    repair_time_object(parsed)   # ("offered us Patriot years ago": the name read as the time's)
    repair_shifted_goods(parsed)  # ("handed over to Minsk four Mi-35M helicopters": Minsk read as their modifier)
    ctx = Context(document, parsed)
    found: list[Claim] = []
    for module in modules():
        try:
            found.extend(module.find(ctx))
        except Exception:  # noqa: BLE001 - one type module's bug must not lose the others
            log.exception("claims.%s failed on document %s", module.__name__, document.id)
    from .naming import in_text_words
    in_text_words(found)
    merged: dict[tuple, Claim] = {}
    for claim in found:
        key = claim_key(claim)
        kept = merged.get(key)
        if kept is None:
            merged[key] = claim
            continue
        if claim.confidence > kept.confidence:
            merged[key], kept, claim = claim, claim, kept
        _fill_missing(kept, claim, ctx.__dict__.get("guessed_years", {}))
    return sorted(merged.values(), key=lambda c: (c.start or 0, c.type))


def _fill_missing(kept: Claim, other: Claim, guessed: dict | None = None) -> None:
    """A time or quantity the kept reading of a fact lacks (or only guessed from the
    sentences before: ``guessed`` maps their ids to them), from another reading of the same
    fact ("came from Russia, which delivered them in 2019": 2019)."""
    guessed = guessed or {}
    kept_guessed, other_guessed = guessed.get(id(kept)) is kept, guessed.get(id(other)) is other
    if other.year is not None and (kept.year is None or kept_guessed and not other_guessed):
        kept.year, kept.month, kept.day, kept.granularity = other.year, other.month, other.day, other.granularity
    if not kept.quantity and other.quantity:
        kept.quantity = other.quantity
