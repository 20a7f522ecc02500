"""Language identification, offline and fast: py3langid's bundled model."""

from __future__ import annotations

import py3langid

LANGUAGE_SAMPLE_CHARS = 2000
MIN_LANGUAGE_CHARS = 20  # fewer letters than this say nothing reliable


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text.

    >>> detect_language("The quick brown fox jumps over the lazy dog and runs away.")
    'en'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LANGUAGE_CHARS:
        return None
    language, _probability = py3langid.classify(sample)
    return language
