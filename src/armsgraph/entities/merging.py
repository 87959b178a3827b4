"""Merge each multi-token weapon designation into one token before the model reads it.

"Type 054A/P frigates", "Leopard 2A6 tanks", "F-16 Block 70 jets": split into pieces, the
small model takes the digits for numerals, the slash for a coordination and capitalised
pieces for clause subjects, and the parse around the system falls apart. The component
``SystemMerger`` runs FIRST in the pipeline (before ``tok2vec``: the tagger and parser read
its vectors, so merging any later would misalign them), looks the tokens up in the
catalog matcher's own alias index (no second alias table) and merges every multi-token
name of a system with ``doc.retokenize()``. The merged token keeps its characters (so
Mention offsets do not move) and looks to ``tok2vec`` like one capitalised word whose norm
is the name's first word ("Leopard 2A6" reads as "leopard", see ``SystemMerger.attrs``).

The aliases found are left in ``doc.user_data[MERGED_KEY]`` (token index -> aliases) for
the catalog component, which turns them into candidates instead of matching them again.

Switch (environment, read once at import):
``ARMSGRAPH_MERGE_SYSTEMS``: ``marked`` (default: names with a digit, a joiner or a Roman
numeral piece: "HQ-9/P", "Leopard 2A6", "Hsiung Feng III"), ``all`` (every multi-token
name, also "Apache Guardian") or ``off`` (no merging: the pipeline has no merger).
The merged token looks to ``tok2vec`` like a capitalised word whose norm is the name's
first word (other norms, shapes and spaCy's own features of the merged text were tried
in the sixth session; this was the only one that lowered no development set).
"""
from __future__ import annotations

import os

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..catalog import Alias
from .ruler import HYPHENS, MERGED_KEY, CatalogMatcher

MODE = os.environ.get("ARMSGRAPH_MERGE_SYSTEMS", "marked")
JOINERS = frozenset("-/" + HYPHENS)
ROMAN = frozenset("I II III IV V VI VII VIII IX X".split())


def worth_merging(words: tuple[str, ...], mode: str) -> bool:
    """A name made of capitalised words, digits and joiners; a generic noun inside it
    ("DF-31 missiles", "Anka drone") stays a word of its own, except after a hyphen
    ("Sa'ar 5-class"). ``mode`` "marked" also wants a digit, a joiner or a Roman numeral
    piece."""
    if len(words) < 2:
        return False
    for k, word in enumerate(words):
        if word.isalpha() and word.islower() and len(word) > 1 and (
                k == 0 or words[k - 1] not in JOINERS):
            return False
    if mode == "all":
        return True
    return any(w in JOINERS or w in ROMAN or any(ch.isdigit() for ch in w) for w in words)


class SystemMerger:
    """Finds multi-token system names by their token hashes and merges each into one token.

    ``starts`` maps the hash of a first word to the catalog keys (as hash tuples, longest
    first) beginning with it: every exact key of two or more words, so that a longer name
    of another kind ("Leopard 2 Industries") still wins over the system inside it (such a
    key has no aliases and ``blocks``). A longer system key with a generic noun
    ("Type 054A/P frigates") gives way to the name it starts with ("Type 054A/P"); the
    noun stays a word of its own and the linker joins it to the mention as before.
    """

    def __init__(self, vocab, matcher: CatalogMatcher, mode: str = MODE):
        self.mode = mode
        self.starts: dict[int, list[tuple[tuple[int, ...], list[Alias], bool]]] = {}
        if mode == "off":
            return
        table = matcher.tables[True]
        mergeable: dict[tuple[str, ...], list[Alias]] = {}
        for key, aliases in table.items():
            systems = [a for a in aliases if not a.needs_context
                       and matcher.kind_of(a) == "system"]
            if systems and worth_merging(key, mode):
                mergeable[key] = systems
        firsts = {key[0] for key in mergeable}
        for key, aliases in table.items():
            if len(key) < 2 or key[0] not in firsts:
                continue
            hashes = tuple(vocab.strings.add(w) for w in key)
            blocks = all(matcher.kind_of(a) != "system" for a in aliases)
            self.starts.setdefault(hashes[0], []).append(
                (hashes, mergeable.get(key, []), blocks))
        for options in self.starts.values():
            options.sort(key=lambda option: -len(option[0]))

    def __call__(self, doc: Doc) -> Doc:
        if not self.starts or len(doc) < 2:
            return doc
        orths = doc.to_array([ORTH]).tolist()
        found: list[tuple[int, int, list[Alias]]] = []
        i, n = 0, len(orths)
        covered = 0      # end of the longest name matched so far: nothing inside it merges
        while i < n:
            options = self.starts.get(orths[i]) if i >= covered else None
            if options is not None:
                for key, aliases, blocks in options:
                    if tuple(orths[i:i + len(key)]) != key:
                        continue
                    if aliases:
                        found.append((i, i + len(key), aliases))
                        i += len(key) - 1
                        break
                    # a longer name: of another kind it wins; a system name with a noun
                    # gives way to a shorter name at the same start only ("Dassault
                    # Rafale F4" keeps "Rafale F4" unmerged, as the matcher reads it)
                    covered = max(covered, i + len(key))
                    if blocks:
                        break
            i += 1
        if not found:
            return doc
        merged: dict[int, list[Alias]] = {}
        shift = 0
        with doc.retokenize() as retokenizer:
            for start, end, aliases in found:
                span = doc[start:end]
                retokenizer.merge(span, attrs=self.attrs(span, aliases))
                merged[start - shift] = aliases
                shift += end - start - 1
        doc.user_data[MERGED_KEY] = merged
        return doc

    @staticmethod
    def attrs(span, aliases: list[Alias]) -> dict:
        """NORM, SHAPE, PREFIX and SUFFIX for the merged token: a capitalised word whose
        norm is the name's first word ("Leopard 2A6" reads as "leopard")."""
        out = features(span.text)
        out["NORM"] = span.text.split()[0].lower()
        return out


def features(text: str) -> dict:
    """NORM, SHAPE, PREFIX and SUFFIX of a one-word proper noun for a merged name: the
    shape of a capitalised word ("Xxxxx"), the first letter, the last three characters of
    the last word and, as the norm, the name with its spaces taken out."""
    last = text.split()[-1]
    shape = "Xxxxx" if text[:1].isupper() else "xxxx"
    return {"NORM": "".join(text.split()).lower(), "SHAPE": shape,
            "PREFIX": text[:1], "SUFFIX": last[-3:]}
