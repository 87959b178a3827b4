"""Which weapon mentions of a sentence a transfer trigger governs.

For each system or category mention, the nearest transfer trigger above it in the
dependency tree (``data/transfer.tsv``) whose frame puts the mention in its system slot;
participles and relative clauses on the weapon ("drones exported to Kazakhstan"); and the
named systems that pronouns and descriptions in a trigger's system slot stand for. The
general nouns that only announce examples, and the weapons other goods are *for*, are
left out. :mod:`.transfer` turns what is found here into claims.
"""
from __future__ import annotations

from . import letters, parties, patterns, recall, roles, sellers, topical
from .context import Context, Ref
from .triggers import Trigger, cues, lexicon, trigger_of
from .weaponclauses import VAGUE_GOODS, participle

LEXICON = "transfer"
# relations climbed from a weapon mention to the trigger that governs it
NP_DEPS = {"compound", "nmod", "amod", "appos", "conj", "nummod", "npadvmod", "quantmod",
           "pobj", "prep", "dobj", "nsubjpass", "nsubj", "attr", "poss", "dep", "oprd",
           "acl", "pcomp", "advcl", "xcomp", "relcl", "ccomp"}
CLAUSE_DEPS = {"acl", "advcl", "xcomp", "relcl", "ccomp", "pcomp"}
NP_PREPS = {"of", "including", "like", "as", "with", "for", "on", "over", "to", "from", "in", "into",
            "about"}
# nouns of an amount of goods ("a second batch of Gripens")
AMOUNT_NOUNS = {"batch", "tranche", "lot", "number", "batches", "tranches", "lots", "consignment"}
# prepositions of a deal's subject matter; one misattached to a party still names the goods
TOPIC_PREPS = {"for", "about", "on", "over", "regarding", "concerning"}
MAX_CLIMB = 8
# verbs a weapon may be the object of on its way up to the trigger ("complete the delivery")
PASS_THROUGH_VERBS = {"include", "complete", "confirm", "approve", "finalise", "finalize",
                      "announce", "make", "conclude", "sign", "ink", "seal", "secure", "win",
                      "cancel", "suspend", "block", "halt", "resume", "continue", "discuss",
                      "consider", "negotiate", "have", "need"}
# verbs of putting a part into the buyer's weapon: what a seller offers to fit it offers
FITTING_VERBS = {"fit", "install", "mount", "integrate"}
# verbs that end a deal and may carry its noun's phrases (parties.ENDING_VERBS)
ENDING_VERBS = parties.ENDING_VERBS
ENDING_NOUNS = {"termination", "cancellation", "suspension", "annulment", "freezing", "scrapping"}
# verbs through which a contract names its goods ("the contract covers 180 tanks")
CONTENT_VERBS = {"cover", "include", "comprise", "involve", "envisage", "foresee", "concern",
                 "encompass", "span"}
HELP_NOUNS = {"help", "assistance", "support", "expertise", "training", "advice", "know-how"}
WEAPON_HEADS = {"system", "systems", "batteries", "battery", "units", "unit", "launchers",
                "complexes", "version", "versions", "variant", "variants", "batch", "batches"}


# units named by their weapon ("an S-400 regiment") and verbs that move forces rather than
# hand weapons over
WEAPON_UNITS = {"regiment", "regiments", "battalion", "battalions", "brigade", "brigades",
                "division", "divisions"}
CHOOSING = {"choose", "select", "pick", "prefer", "favour", "favor", "opt"}
SUPPLIES = {"category:ammunition"}   # (parts for a system keep its name: mode components)
MOVING_VERBS = {"send", "dispatch", "move", "deploy", "redeploy", "station", "relocate",
                "transfer", "base", "rotate"}
# nouns of a design's lineage: the weapon they are "of" is the ancestor, not the goods
LINEAGE_NOUNS = {"derivative", "version", "variant", "copy", "clone", "development", "descendant",
                 "offshoot", "evolution", "successor", "adaptation", "upgrade", "modification"}


def _deal_named_before(ctx: Context, pronoun):
    """The deal "it" stands for: the last contract, deal or package named in this sentence
    or the one before ("Rosoboronexport signed the $1 billion package with Luanda. ... it
    is understood to cover helicopters")."""
    here = ctx.sentence_number(pronoun)
    start = ctx.sentences[max(0, here - 1)].start
    for token in reversed(ctx.doc[start:pronoun.i]):
        trigger = trigger_of(token, LEXICON) if token.pos_ == "NOUN" else None
        if trigger is not None and (trigger.frame == "deal" or token.lemma_.lower() in parties.DEAL_NOUNS | {"package"}):
            return token
    return None


def goods_phrases(deal) -> list:
    """The objects of a deal noun's "for" phrase, also where the parser hung it on the
    verb or noun that ends the deal ("cancelled the contract with Russia for Mi-35s",
    "the termination of the contract with HAL for the Dhruv helicopters")."""
    found = patterns.prep_objects(deal, {"for"})
    ender = deal.head if deal.dep_ == "dobj" else deal.head.head if deal.dep_ == "pobj" and \
        deal.head.lower_ == "of" else None
    if ender is not None and (ender.lemma_.lower() in ENDING_VERBS | ENDING_NOUNS):
        found += patterns.prep_objects(ender, {"for"})
    return found


def governing_trigger(ctx: Context, ref: Ref) -> tuple | None:
    """The nearest transfer trigger governing ``ref`` with ``ref`` in its system slot."""
    span = ctx.doc[ref.start:ref.end]
    starts = [span.root] + [t for t in span if t.i != span.root.i and
                            not (ref.start <= t.head.i < ref.end)]
    for node in starts:
        found = _climb(ctx, ref, node)
        if found is not None:
            return found
    # no governing trigger: a participle on the weapon ("drones exported to Kazakhstan")
    node = span.root
    for _ in range(3):
        found = participle(ctx, node)
        if found is not None:
            return found
        if node.dep_ not in ("compound", "nmod", "amod", "appos", "conj", "pobj") or node.head.i == node.i:
            break
        node = node.head
    return None


def _under_talks(verb) -> tuple | None:
    """"... is under discussion / negotiation": the talk noun and its trigger."""
    for talk in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
                 for o in p.children if o.dep_ == "pobj"):
        trigger = trigger_of(talk, LEXICON)
        if trigger is not None and trigger.frame == "deal" and trigger.status == "negotiating":
            return talk, trigger
    return None


def _cleared_for(verb) -> tuple | None:
    """"The F-16s were approved for sale to Turkey", "the tanks had been cleared for export":
    the goods a passive cue verb decides on through the "for" noun of a handover, which
    the goods are not the object of (the noun and its trigger; its status from the verb)."""
    cue = cues().get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or cue is None or cue.strength < 2 or cue.status == "keep":
        return None
    for noun in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"):
        trigger = trigger_of(noun, LEXICON)
        if trigger is not None and trigger.frame == "give" and not patterns.prep_objects(noun, {"of"}):
            return noun, trigger
    return None


def _verb_read_as_noun(ctx: Context, node, head) -> Trigger | None:
    """"The first Mi-35Ms arrive in Iraq", "The first four F-16IQs land at Balad" (a
    chronology's present tense): the parser reads the verb as a noun heading the sentence
    (or a clause joined to another: "it is back on, and the first Mi-35Ms arrive") with the
    weapon as its modifier; an arrival verb there is the arrival."""
    clause = head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX")   # ("..., and the first Mi-35Ms arrive")
    if node.dep_ != "compound" or head.pos_ not in ("NOUN", "PROPN") or ctx.ref_at(head) is not None or \
            head.dep_ not in ("ROOT", "appos") and not clause or \
            head.dep_ == "appos" and ctx.ref_at(head.head) is None or \
            any(c.dep_ in ("det", "poss") and c.i > node.i for c in head.children):
        return None   # (an apposition of the date that opens a chronology's entry)
    table = lexicon(LEXICON)
    for word in (head.lemma_.lower(), head.lower_, head.lower_[:-1] if head.lower_.endswith("s") else ""):
        found = table.get((word, "VERB"))
        if found is not None:
            return found if found.frame == "arrive" else None
    return None


def _object_noun_phrase(head, prep, via_for: bool) -> tuple | None:
    """"India signed a deal with France for 26 Rafale jets": a signing verb carries the
    phrases of its object noun, the trigger."""
    if head.pos_ != "VERB" or head.lemma_ not in patterns.LIGHT_VERBS and head.lemma_ not in ENDING_VERBS:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        trigger = trigger_of(obj, LEXICON)
        if trigger is None or obj.pos_ != "NOUN":
            continue
        preps = patterns.slot_preps(patterns.frame_of(trigger.frame, obj), ("system",))
        # "announced a package of aid for Ukraine, including Patriot interceptors"
        if prep.lower_ in preps or via_for and preps & TOPIC_PREPS or prep.lower_ == "including":
            return obj, trigger
    return None


def _talks_been_in(copula) -> tuple | None:
    """The talks noun of "is in (the final stages of) negotiations with X": what the
    parser hangs on the copula ("over three frigates") is their subject matter."""
    for place in (o for c in copula.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in c.children if o.dep_ == "pobj"):
        for noun in [place] + [o for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                               for o in c.children if o.dep_ == "pobj"]:
            trigger = trigger_of(noun, LEXICON) if noun.pos_ == "NOUN" else None
            if trigger is not None and trigger.frame == "deal" and trigger.status == "negotiating":
                return noun, trigger
    return None


def _for_object_noun(verb, prep) -> tuple | None:
    """"Brunei is weighing an offer from Turkey for six Hurjets": a for-phrase the parser
    hangs on the verb is that of the verb's object when that is a request, offer or deal
    noun whose frame reads "for" as no party ("turned down an offer ... for", "signed a
    contract with Hanwha for")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i):
        trigger = trigger_of(obj, LEXICON)
        if trigger is None or trigger.frame not in ("offer", "ask", "deal"):
            continue
        if "for" not in patterns.slot_preps(patterns.frame_of(trigger.frame, obj), patterns.FRAME_ROLES):
            return obj, trigger
    return None


def _deployed(node) -> bool:
    """"missiles placed in Belarus": a deployment participle on the weapon."""
    try:
        deploy = lexicon("deployment")
    except (OSError, ValueError):
        return False
    for child in node.children:
        if child.dep_ in ("acl", "relcl", "ccomp", "oprd", "xcomp") and child.pos_ == "VERB":
            hit = deploy.get((child.lemma_.lower(), "VERB"))
            if hit is not None and hit.frame == "deploy" and not any(
                    c.dep_ == "agent" for c in child.children):
                return True
    return False


def _climb(ctx: Context, ref: Ref, node) -> tuple | None:
    if _deployed(node) or _deployed(node.head):
        return None
    through_relative = False
    via_for = via_state = False
    for _ in range(MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "advmod" and node.lower_ == "up" and any(c.lower_ == "to" for c in node.children):
            # "offered Pakistan up to 40 of its fighters": the quantity stands as the object
            trigger = trigger_of(head, LEXICON)
            if trigger is not None and "dobj" in patterns.frame_of(trigger.frame, head).get("system", ()):
                return head, trigger
            return None
        if node.dep_ == "prep" and node.lower_ in TOPIC_PREPS and head.lemma_ == "be":
            found = _talks_been_in(head)
            if found is not None:
                return found   # "Greece is in (the final stages of) talks with France over frigates"
        if node.dep_ == "prep" and patterns.cause_prep(node):
            return None   # "granted Turkey a waiver over the S-400": a cause, not the goods
        if node.dep_ == "prep" and node.lower_ == "of" and head.dep_ == "appos" and \
                head.lemma_.lower() in LINEAGE_NOUNS and ctx.ref_at(head.head) is not None:
            return None   # "eight Hangor submarines, an export derivative of the Type 039B"
        if node.dep_ in ("nsubj", "nsubjpass"):
            talks = _under_talks(head) or (_cleared_for(head) if node.dep_ == "nsubjpass" else None)
            if talks is not None:
                return talks   # "more helicopters are under discussion", "the jets were cleared for export"
        if node.dep_ == "prep" and node.lower_ == "for" and letters.letter_of(head) is not None:
            return head, letters.trigger_for(head)   # "a letter of offer for 32 F-35s"
        if node.dep_ == "prep" and node.lower_ == "for" and head.lemma_.lower() in parties.LICENCE_NOUNS:
            # "refused export licences for Leopard tanks to Saudi Arabia": the export the
            # licence is for (its status comes from what was done to the licence)
            for kind in (c for c in head.children if c.dep_ == "compound"):
                trigger = trigger_of(kind, LEXICON)
                if trigger is not None and trigger.frame == "give":
                    return kind, trigger
        if node.dep_ == "appos" and head.dep_ == "dative" and not ref.is_category:
            # "will loan Ukraine its Brimstone missiles": the parser makes the goods an
            # apposition of the receiver
            trigger = trigger_of(head.head, LEXICON)
            if trigger is not None and "dobj" in patterns.frame_of(trigger.frame, head.head).get("system", ()):
                return head.head, trigger
        if head.lemma_ in roles.CARRYING and node.dep_ == "dobj" and head.dep_ in ("advcl", "acl", "xcomp", "conj"):
            # "six Y-20 planes landed at Belgrade carrying the FK-3 system": the cargo arrived
            verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)   # (the parser
            trigger = trigger_of(verb, LEXICON) if verb is not None else None   # may hang it on the place)
            if trigger is not None and trigger.frame == "arrive":
                return verb, trigger
        if via_state and node.dep_ == "prep" and node.lower_ == "by" and node.i > 0:
            # "the acquisition by the Armed Forces of Armenia of 36 CAESAR howitzers": the
            # parser hangs "by" on the verb and "of ..." on the buyer; the noun before "by" governs
            noun = ctx.doc[node.i - 1]
            trigger = trigger_of(noun, LEXICON) if noun.pos_ == "NOUN" else None
            if trigger is not None and trigger.frame in ("get", "give"):
                return noun, trigger
        if node.dep_ == "prep" and head.pos_ == "VERB" and (
                node.lower_ == "with" and any(c.lower_ in ("together", "along") for c in node.children) or
                node.lower_ in ("together", "along") and any(c.lower_ == "with" for c in node.children)):
            # "orders 100,000 rifles from X, together with 15 helicopters" ("along with"): a
            # second object
            trigger = trigger_of(head, LEXICON)
            if trigger is not None and "dobj" in patterns.frame_of(trigger.frame, head).get("system", ()) \
                    and any(c.dep_ == "dobj" and ctx.ref_at(c) is not None for c in head.children):
                return head, trigger
        if node.dep_ == "dative" and node.lower_ == "for":
            # "Rafael won a contract worth $300 million for the Spyder": the parser hangs the
            # noun's "for" on the verb as its beneficiary
            return _object_noun_phrase(head, node, via_for)
        if node.dep_ == "conj" and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                getattr(ctx.ref_at(head), "kind", None) == "state" and head.head.head.pos_ == "VERB":
            # "bought Pantsirs from Russia and nine FK-3 batteries from China": the parser
            # joins the second weapon to the first seller; it is the verb's second object
            verb = head.head.head
            trigger = trigger_of(verb, LEXICON)
            if trigger is not None and "dobj" in patterns.frame_of(trigger.frame, verb).get("system", ()) \
                    and any(c.dep_ == "dobj" for c in verb.children):
                return verb, trigger
            return None
        if node.dep_ == "prep" and node.lower_ == "for" and head.pos_ == "VERB":
            found = _for_object_noun(head, node)
            if found is not None:
                return found
        if node.dep_ not in NP_DEPS or node.dep_ == "prep" and head.lemma_.lower() in HELP_NOUNS:
            return None   # "asked for help with satellites": cooperation, not goods
        if node.dep_ == "prep" and node.lower_ not in NP_PREPS:
            return None
        if node.dep_ == "prep" and node.lower_ in ("over", "instead") and CHOOSING & {
                head.lemma_.lower(), head.head.lemma_.lower() if head.dep_ == "dobj" else "",
                head.head.head.lemma_.lower() if head.dep_ == "pobj" else ""}:
            return None   # "chose the Gripen over the Rafale", "opted for X over Y": the rival
        if node.dep_ in ("compound", "amod", "nmod") and ctx.ref_at(head) is not None and \
                ctx.ref_at(head).id in parties.NOT_TRANSFERRED and not (
                    head.lower_ in WEAPON_UNITS and not ref.is_category and
                    head.head.lemma_.lower() not in MOVING_VERBS):
            # "drone production", "missile plant": not the weapon itself ("delivered an
            # S-400 regiment" is the weapon; "sent an Iskander brigade" moves forces)
            return None
        if ref.is_category and node.dep_ in ("compound", "amod", "nmod") and \
                ctx.ref_at(head) is None and trigger_of(head, LEXICON) is None and \
                head.lower_ not in WEAPON_HEADS:
            return None   # "arms industry", "defence exports": not a weapon itself
        if head.pos_ == "VERB" and node.dep_ == "dobj" and head.lemma_ in patterns.LIGHT_VERBS | {"take"}:
            # "take delivery of the jets, as well as two corvettes": the parser makes the
            # added weapon a second object of the light verb
            for other in (c for c in head.children if c.dep_ == "dobj" and c.i < node.i):
                trigger = trigger_of(other, LEXICON)
                if trigger is not None and other.pos_ == "NOUN" and trigger.frame != "deal":
                    return other, trigger
        misread = _verb_read_as_noun(ctx, node, head)
        if misread is not None:
            return head, misread
        trigger = trigger_of(head, LEXICON)
        if trigger is not None and trigger.frame == "sign" and any(
                c.dep_ == "dobj" and trigger_of(c, LEXICON) is not None for c in head.children):
            trigger = None   # "signed a contract with X for S-400s": the contract governs
        if trigger is not None and trigger.lemma in ("expect", "await") and any(
                c.dep_ in ("xcomp", "ccomp") for c in head.children):
            trigger = None   # "are expected to be delivered": the infinitive governs
        if trigger is not None and trigger.frame == "licence" and parties.licence_source(ctx, head) is None \
                and not sellers.built_for(ctx, head):
            trigger = None   # "will be jointly produced": production, not licensed from abroad
        if trigger is not None and trigger.frame == "deal" and head.pos_ == "VERB" and \
                node.dep_ == "dobj" and (ctx.ref_at(node) is not ref and node.lemma_.lower() not in AMOUNT_NOUNS
                                         or ref.id in parties.NOT_TRANSFERRED):
            trigger = None   # "discussed the deployment of Iskanders": talks about another act
            # (not "discussing a second batch of Gripens": an amount of the goods)
        if trigger is not None and trigger.frame == "fleet" and head.dep_ == "dobj":
            outer = trigger_of(head.head, LEXICON)
            if outer is not None and outer.frame in ("give", "get"):
                return head.head, outer   # "Slovakia donated its MiG-29 fleet to Ukraine"
        if trigger is not None and trigger.frame != "origin":
            frame = patterns.frame_of(trigger.frame, head)
            role = patterns.slot_of_child(head, node, frame)
            if role != "system" and (node.dep_ == "dobj" and "dobj" in frame.get("system", ())
                                     or node.dep_ == "prep" and patterns.fills(head, node, frame, "system")
                                     or ctx.ref_at(node) is ref and (node.dep_ == "compound" or not ref.is_category)
                                     and patterns.fills(head, node, frame, "system")):
                role = "system"   # "supply drones to X, with ...": the weapon is the object
            if role != "system" and node.dep_ == "amod" and ctx.ref_at(node) is ref and \
                    not ref.is_category and trigger.frame == "deal" and "compound" in frame.get("system", ()):
                role = "system"   # "Poland's K2 deal": a name the parser took for an adjective
            if head.pos_ == "NOUN" and head.dep_ == "compound" and \
                    head.head.lemma_.lower() not in cues() and trigger_of(head.head, LEXICON) is None:
                return None   # "arms export agency", "export license": no event
            if role == "system" or role == "parties" and via_for or role is not None and via_state:
                # "a contract with an undisclosed buyer for S-400s", "the sale to Morocco
                # of 18 HIMARS": the weapon's phrase hung on a party
                return head, trigger
            if role is not None and not through_relative:
                return None   # the mention sits in an actor phrase of this trigger
        if head.pos_ == "NOUN" and node.dep_ == "prep" and node.lower_ == "for" and \
                head.lemma_.lower() in ENDING_NOUNS:
            # "the termination of the contract with Embraer for the Super Tucano": the
            # parser hangs "for" on the noun that ends the deal
            for deal in (o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj"):
                trigger = trigger_of(deal, LEXICON)
                if trigger is not None and trigger.frame == "deal":
                    return deal, trigger
        if node.dep_ == "prep":
            found = _object_noun_phrase(head, node, via_for)
            if found is not None:
                return found
        if head.lemma_ == "be" and node.dep_ == "nsubj":
            # "the first jets are due in 2027": an adjective after the copula (not "due for
            # an upgrade", nor "due to be retired", whose verb governs)
            for adjective in (c for c in head.children if c.dep_ == "acomp" and not any(
                    d.dep_ == "xcomp" or d.dep_ == "prep" and d.lower_ == "for" for d in c.children)):
                trigger = trigger_of(adjective, LEXICON)
                if trigger is not None and "subj" in patterns.frame_of(trigger.frame, adjective).get("system", ()):
                    return adjective, trigger
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("nsubj", "nsubjpass"):
            # "Polonez-M was integrated into the army and supplied to Azerbaijan"
            for verb in head.conjuncts:
                trigger = trigger_of(verb, LEXICON)
                if trigger is None or trigger.frame in ("origin", "deal"):
                    continue
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                    continue   # "it received MiGs, and Y-20 planes flew ...": its own subject
                slots = patterns.frame_of(trigger.frame, verb).get("system", ())
                if "subjpass" in slots or "subj" in slots:
                    return verb, trigger
        if head.pos_ == "VERB" and node.dep_ == "dobj" and head.lemma_.lower() in CONTENT_VERBS and \
                ref.id not in VAGUE_GOODS:
            # "contracts, signed in August, cover 180 tanks", "agreements covering 48 jets"
            deals = ([head.head] if head.dep_ in ("acl", "relcl") else []) + patterns.subjects(head)
            deals = [_deal_named_before(ctx, d) if d.lower_ in ("it", "this") and d.pos_ == "PRON" else d
                     for d in deals]
            for deal in (d for d in deals if d is not None):
                trigger = trigger_of(deal, LEXICON)
                # "a contract covering 48 jets", "a package that also included Harop drones"
                if trigger is not None and deal.pos_ == "NOUN" and (
                        trigger.frame == "deal" or trigger.frame in ("give", "get") and deal.head is not head):
                    return deal, trigger
        if head.pos_ in ("VERB", "AUX") and node.dep_ == "nsubj":
            stolen = _stolen_object(ctx, node, head) or _on_order(head)
            if stolen is not None:
                return stolen
        if head.pos_ == "VERB" and node.dep_ == "dobj" and head.lemma_ in HAVING:
            placed = _on_order(head)
            if placed is not None:
                return placed   # "Croatia has 12 Rafales on order"
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("nsubj", "nsubjpass") and \
                ref.start <= node.i < ref.end + 2:   # (the weapon's own phrase, not "the fuel in it")
            raised = raised_trigger(head)
            if raised is not None:
                return raised
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("nsubj", "ccomp", "advcl"):
            return None   # another verb governs the mention
        if head.pos_ == "VERB" and node.dep_ == "dobj" and head.lemma_.lower() in FITTING_VERBS and \
                head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            offer = trigger_of(head.head, LEXICON)
            if offer is not None and offer.frame == "offer" and head.head.pos_ == "VERB":
                return head.head, offer   # "has offered to fit its own CHD620 engine instead"
        if head.pos_ == "VERB" and node.dep_ in ("dobj", "nsubjpass", "attr") and \
                head.lemma_ not in PASS_THROUGH_VERBS:
            return None   # the weapon is the object of another act ("testing missiles")
        if node.dep_ == "prep" and node.lower_ in TOPIC_PREPS:
            via_for = True
        if node.dep_ == "prep" and node.lower_ == "of" and ctx.ref_at(head) is not None and \
                ctx.ref_at(head).kind == "state":
            via_state = True   # a state "of" a weapon is a misattached phrase
        if node.dep_ == "relcl" and head.pos_ == "PROPN":
            # "a package to Ukraine that would include HIMARS": the clause is misattached
            through_relative = True
        node = head
    return None


def raised_trigger(verb) -> tuple | None:
    """"The jets are due to arrive in 2025", "the S-400s are expected to be delivered", "are
    set to be handed over": the subject of the clause is the weapon of the infinitive."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    for holder in holders:
        for inner in holder.children:
            if inner.dep_ != "xcomp" or inner.pos_ != "VERB" or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in inner.children):
                continue
            trigger = trigger_of(inner, LEXICON)
            if trigger is None or trigger.frame in ("origin", "deal"):
                continue
            slots = patterns.frame_of(trigger.frame, inner).get("system", ())
            if "subjpass" in slots and patterns.is_passive(inner) or \
                    "subj" in slots and not patterns.is_passive(inner):
                return inner, trigger
    return None


HAVING = {"have"}


def _on_order(verb) -> tuple | None:
    """"more trainers are on order", "six remain on order", "has six on order": the order
    noun of the copula (or of a verb of remaining or having) governs its goods."""
    if verb.lemma_ not in ("be", "remain", "stay") and verb.lemma_ not in HAVING:
        return None
    for order in (o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "order"):
        trigger = trigger_of(order, LEXICON)
        if trigger is not None:
            return order, trigger
    return None


def _stolen_object(ctx: Context, subject, verb) -> tuple | None:
    """"delivered Mohajer-6 drones, photographs of which appeared on TV": the small model
    makes the object of a transfer verb the subject of the clause that follows it. The
    noun phrase right after a transfer verb with no object of its own is that object."""
    trigger_token = verb.head
    if verb.dep_ not in ("ccomp", "advcl", "conj") or subject.i < trigger_token.i or \
            subject.left_edge.i != trigger_token.i + 1 or \
            any(c.dep_ in ("dobj", "nsubjpass") for c in trigger_token.children):
        return None
    trigger = trigger_of(trigger_token, LEXICON)
    if trigger is None or trigger.frame not in ("give", "get"):
        return None
    return trigger_token, trigger


def referenced_systems(ctx: Context, token, trigger: Trigger) -> tuple[list[Ref], object]:
    """The named systems a pronoun or description in the trigger's system slot stands
    for, and that phrase's head ("them", "the remaining two squadrons")."""
    frame = patterns.frame_of(trigger.frame, token)
    for slot in frame.get("system", ()):
        for filler in patterns.slot_fillers(token, slot):
            if ctx.ref_at(filler) is not None and ctx.ref_at(filler).kind != "quantity" and \
                    filler.lower_ not in roles.COUNTED_UNITS and not _count_read_as_date(ctx, filler):
                return [], None
            if filler.lower_ in parties.PARTITIVES or filler.like_num:
                # "buy more of these systems"
                filler = next((o for p in filler.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"), filler)
            if filler.lower_ in ("which", "whom") and filler.pos_ in ("PRON", "DET"):
                # "42 Rafales, the first of which are expected in 2026": the clause's noun
                clause = next((a for a in filler.ancestors if a.dep_ in ("relcl", "acl")), None)
                owner = ctx.ref_at(clause.head) if clause is not None else None
                if owner is None or not owner.is_system:
                    # (the clause hung on the seller: "42 Rafales from France, the first of which")
                    start = ctx.sentence_of(filler).start
                    before = [r for r in ctx.refs_in(start, filler.i) if r.is_system]
                    owner = before[-1] if before else None
                if owner is not None:
                    return [owner], filler
            if roles.is_reference(filler):
                return topical.antecedents(ctx, filler), filler
    pronoun = goods_pronoun(token) if trigger.frame in ("get", "give") else None
    if pronoun is not None:
        return topical.antecedents(ctx, pronoun), pronoun
    return [], None


def _count_read_as_date(ctx: Context, filler) -> bool:
    """"took its first eight in 2007": a count (not a year) the entity layer swallowed
    into a date ("first eight in 2007")."""
    return ctx.ref_at(filler).kind == "date" and filler.like_num and filler.pos_ == "NUM" and \
        not (filler.text.isdigit() and len(filler.text) == 4)


def goods_pronoun(verb):
    """"..., most of them bought from Ukraine": a partitive of a pronoun as the subject of
    a trade verb with no object of its own is the goods (a reduced passive); the pronoun,
    else None."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((o for s in verb.children if s.dep_ == "nsubj" and s.lower_ in parties.PARTITIVES
                 for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in ("them", "these", "those")), None)


def clause_actors(ctx: Context, token, ref: Ref, frames: tuple[str, ...], exclude: list[str]) -> list[str]:
    """The actors a participle or relative clause of one of ``frames`` on the weapon names
    (other than the trigger itself): the agent of a passive ("ordered by the UAE", "donated
    by France"), else its subject ("that Russia uses")."""
    stage = participle(ctx, ctx.doc[recall.np_head(ctx, ref)])
    if stage is None or stage[0].i == token.i or stage[1].frame not in frames:
        return []
    holders = patterns.slot_fillers(stage[0], "agent") if patterns.is_passive(stage[0]) \
        else patterns.subjects(stage[0])
    return [a for o in holders for a in roles.actors_of(ctx, o) if a not in exclude]
