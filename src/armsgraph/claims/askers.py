"""Who asks, for whom a buyer buys, and who buys alike, where the slots of a transfer
trigger say otherwise or stop short.

- ``request_from_asker``: "a request from the Iraqi defence ministry for more Mi-28s": the
  "from" phrase of a request noun that comes before the goods names who asks (the
  recipient), not who would give ("a request for F-16s from the United States" keeps its
  seller);
- ``bought_for``: "the British government signed a contract with Otokar for 40 Cobra
  vehicles for the Kenyan army": a buyer acting for another state; the state the goods'
  own "for" phrase names receives them;
- ``client_of``: "Cairo, already a client for 24 Rafale fighters": the state a client noun
  describes buys the goods of its phrase;
- ``seller_as_buyer``: "approved the sale of Tomahawks to Australia. We have signed for
  them": the buyer of recalled weapons is not their seller of the sentence before.

(A state that "followed" the buyers is read by :mod:`.followers`.)
"""
from __future__ import annotations

from . import memory, parties, patterns, roles
from .context import Context, Ref

# nouns of asking whose "from" phrase may name the asker
REQUEST_NOUNS = {"request", "appeal", "plea", "demand", "bid", "application"}


def request_from_asker(ctx: Context, token, ref: Ref, suppliers: list[str], recipients: list[str]) -> bool:
    """Whether the suppliers a request noun's "from" phrase gave are its askers: the phrase
    stands before the goods, and the noun names no asker of its own ("Iraq's request")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in REQUEST_NOUNS or not suppliers or recipients:
        return False
    if any(c.dep_ in ("poss", "amod", "compound") and roles.actors_of(ctx, c) for c in token.children):
        return False
    askers = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "from" and p.i < ref.start
              for o in p.children if o.dep_ == "pobj"]
    return bool(askers) and set(suppliers) <= {a for o in askers for a in roles.actors_of(ctx, o)}


def bought_for(ctx: Context, ref: Ref, suppliers: list[str], recipients: list[str], verb=None) -> list[str]:
    """The state the goods' own "for" phrase names when it is neither side the deal gave
    ("a contract with Rosoboronexport for 21 Mi-17s for the Afghan air force", signed by the
    US Army): the buyer bought for it, and it receives them; [] otherwise. With the buying
    ``verb``, its own "for" phrase counts too, and one the parser hangs on the seller ("will
    buy 14 tanks from Rheinmetall for Ukraine")."""
    if not suppliers or not recipients:
        return []
    own = [a for a in parties.np_recipients(ctx, ref) if a not in suppliers]
    if not own and verb is not None and verb.pos_ == "VERB":
        holders = [verb] + patterns.prep_objects(verb, {"from"})
        own = [a for h in holders for o in patterns.prep_objects(h, {"for"}) for a in roles.actors_of(ctx, o)
               if a not in suppliers]
    return own if own and not set(own) & set(recipients) else []


# nouns that make a state the buyer of the goods their "for"/"of" phrase holds
CLIENT_NOUNS = {"client", "customer", "buyer", "purchaser", "importer", "operator", "user"}


def client_of(ctx: Context, ref: Ref) -> list[str]:
    """"Cairo, already a client for 24 Rafale fighters and a FREMM frigate bought in 2015",
    "Algeria is the biggest customer of Russian tanks": the state a client noun describes
    (by apposition, or as what the state "is") gets the goods of its phrase."""
    node = parties.root_of(ctx, ref)
    while node.dep_ in ("compound", "nmod", "amod", "conj", "appos") and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return []
    client = prep.head
    if client.pos_ != "NOUN" or client.lemma_.lower() not in CLIENT_NOUNS:
        return []
    if client.dep_ == "appos":
        return roles.actors_of(ctx, client.head)
    if client.dep_ == "attr":
        return [a for s in patterns.subjects(client.head) for a in roles.actors_of(ctx, s)]
    return []


def seller_as_buyer(ctx: Context, token, family: str, recipients: list[str]) -> tuple[str, str] | None:
    """"Washington approved the sale of 220 Tomahawks to Australia. We have signed for them",
    with "we" read as Washington: a first-person buyer of weapons recalled from a transfer
    told just before that stands for that transfer's seller signs for them as its buyer;
    (seller, buyer) of that transfer, or None."""
    verb = token if token.pos_ in ("VERB", "AUX") else patterns.clause_verb(token)
    if len(recipients) != 1 or verb is None or not any(
            s.lower_ in roles.FIRST_PERSON for s in patterns.subjects(verb)):
        return None   # (only a first-person buyer, whose voice the text may leave unclear)
    for _, supplier, recipient, system in memory.recent_entries(ctx, token):
        if system == family and supplier == recipients[0] and recipient not in ("UNK", supplier):
            return supplier, recipient
    return None
