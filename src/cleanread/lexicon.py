"""Which words English knows: a broken or glued word is only mended into a word that exists.

The word list is pyspellchecker's English frequency list, loaded on first use; a document's
own repeated words count as known too, so names and terms of the field are not taken apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

COMMON_WORD_COUNT = 1000  # in the list's corpus of 1.6 billion words: about one in a million
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _english():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


class Lexicon:
    """English words plus the words a document uses more than once."""

    def __init__(self, text: str = "") -> None:
        counts = Counter(word.lower() for word in _WORD.findall(text))
        self._repeated = {word for word, count in counts.items() if count > 1}

    def knows(self, word: str) -> bool:
        """
        >>> Lexicon().knows("Subtropical"), Lexicon().knows("resemtropical")
        (True, False)
        >>> Lexicon("Ferah Catering and Ferah again").knows("Ferah")
        True
        """
        word = word.lower()
        return word in self._repeated or _english()[word] > 0

    @staticmethod
    def is_common(word: str) -> bool:
        return _english()[word.lower()] >= COMMON_WORD_COUNT
