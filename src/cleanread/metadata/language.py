"""Language identification, offline and fast: py3langid's bundled model."""

from __future__ import annotations

import re

import py3langid

LANGUAGE_SAMPLE_CHARS = 600  # py3langid's cost grows with the sample; 600 chars of prose suffice
MIN_LANGUAGE_CHARS = 20  # fewer letters than this say nothing reliable
_LETTERS = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text.

    >>> detect_language("The quick brown fox jumps over the lazy dog and runs away.")
    'en'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(_LETTERS.findall(sample)) < MIN_LANGUAGE_CHARS:
        return None
    language, _probability = py3langid.classify(sample)
    return language


PROSE_MIN_WORDS = 8  # menus and buttons are often in English on pages that are not


def detect_prose_language(texts: list[str]) -> str | None:
    """Language of the longer passages among `texts`: what the page's own prose is written in."""
    sample, size = [], 0
    for text in texts:
        if len(text.split()) >= PROSE_MIN_WORDS:
            sample.append(text)
            size += len(text)
            if size >= LANGUAGE_SAMPLE_CHARS:
                break
    return detect_language(" ".join(sample)) if sample else None
