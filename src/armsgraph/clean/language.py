"""Language identification with py3langid."""
from __future__ import annotations

from functools import lru_cache

MIN_WORDS = 12          # below this, text is too short to judge: no skip
MIN_CONFIDENCE = 0.80   # normalised probability needed to call a text non-English


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier
    return _load_identifier(norm_probs=True)


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``; (None, 0) when there is no text."""
    sample = text[:5000]
    if not sample.strip():
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def is_foreign(text: str, expected: str = "en") -> tuple[bool, str | None]:
    """(skip?, language): skip when confidently not ``expected`` and long enough to judge."""
    lang, prob = identify(text)
    if lang is None:
        return False, None
    if lang != expected and prob >= MIN_CONFIDENCE and len(text.split()) >= MIN_WORDS:
        return True, lang
    return False, lang if prob >= MIN_CONFIDENCE or lang == expected else expected
