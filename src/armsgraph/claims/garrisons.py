"""Forces and bases a document has already placed, for the sentences that go on about them.

News about a deployment names the force once with its owner and host ("The collective
peacekeeping forces of the CSTO have been sent to Kazakhstan", "Two fortified areas of the
Russian 102nd military base have been established in Armenia") and then goes on without
them:

- composition: "the peacekeeping forces include subdivisions of the Armed Forces of
  Russia, Belarus and Armenia" -> each of them is deployed where the forces are;
- contents: "The 102nd military base consists of several garrisons stationed in Gyumri"
  -> the garrisons belong to the base's owner;
- equipment: "It is equipped with S-300 systems and MiG-29 jets" -> those systems are
  deployed with the base.

:class:`Garrisons` remembers, per deployment claim, the nouns of the deployed phrase with
the claim's actor, host and status; :meth:`Garrisons.recall` finds the entry a later noun
(same lemma) or pronoun ("it", "they") points to.
"""
from __future__ import annotations

from dataclasses import dataclass

from .typeroles import noun_category

COMPOSE = {"include", "consist", "comprise", "incorporate", "encompass"}
EQUIP = {"equip", "arm"}
POINTERS = {"it", "they", "its", "their"}
UNIT_CATEGORIES = {"category:troops", "category:airbase", "category:military-facility"}
LOOK_BACK = 6


@dataclass
class Garrison:
    sentence: int
    lemmas: set[str]
    actor: str
    host: str
    status: str


class Garrisons:
    def __init__(self) -> None:
        self.entries: list[Garrison] = []

    def remember(self, sentence: int, phrase, actor: str, host: str, status: str) -> None:
        """Record the unit nouns of the deployed phrase ("areas of the ... base")."""
        lemmas = {t.lemma_.lower() for t in phrase.subtree
                  if t.pos_ in ("NOUN", "PROPN") and noun_category(t) in UNIT_CATEGORIES}
        lemmas.add(phrase.lemma_.lower())
        self.entries.append(Garrison(sentence, lemmas, actor, host, status))

    def recall(self, sentence: int, token) -> Garrison | None:
        """The unit ``token`` points to: the same noun placed up to six sentences back,
        or for a pronoun the last unit placed in the three sentences before."""
        pointer = token.lower_ in POINTERS
        for entry in reversed(self.entries):
            distance = sentence - entry.sentence
            if distance < 0 or distance > (3 if pointer else LOOK_BACK):
                continue
            if pointer or token.lemma_.lower() in entry.lemmas:
                return entry
        return None

    def container_of(self, sentence: int, token) -> Garrison | None:
        """The unit a phrase is part of: "the base consists of garrisons ...",
        "the forces include subdivisions of ..."."""
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head
        verb = node.head
        if node.dep_ not in ("prep", "dobj") or verb.lemma_.lower() not in COMPOSE:
            return None
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = self.recall(sentence, subject)
            if found is not None:
                return found
        return None
