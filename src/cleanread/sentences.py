"""Whether a block's words read as a sentence or as a title: a sentence ends in punctuation, a title capitalises
most of its words. score.py asks both of every block before it calls one prose."""

from __future__ import annotations

import re

_SENTENCE_END_CHARS = frozenset(".!?…:;。！？")
_CLOSING_CHARS = "\"'”’)]」』）"
# after a sentence's end: an emoji, a text browser's table border, a zero-width mark
_TRAILING_SYMBOLS = re.compile(r"[\s\u200b-\u200f\u2060\ufe0f\u2500-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]+$")


def ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, perhaps inside closing quotes or brackets.

    >>> ends_sentence('He said "yes."'), ends_sentence("Read more")
    (True, False)
    """
    stripped = text.rstrip()
    if stripped and stripped[-1] >= "\u200b":  # one comparison first: this runs on every block
        stripped = _TRAILING_SYMBOLS.sub("", stripped[-40:])
    stripped = stripped.rstrip(_CLOSING_CHARS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END_CHARS


def capitalised_share(text: str) -> float:
    """The share of a text's words that open with a capital: a product's name or a headline capitalises most of
    them, a sentence few.

    >>> capitalised_share("Soundcore AeroClip by Anker, Open-Ear Earbuds, Clip-On Headphones")
    0.875
    >>> capitalised_share("The ferry leaves the harbour at noon and is back by dusk.")
    0.083...
    """
    words = capitals = 0
    for token in text.split():  # a plain loop: this runs on most blocks of every page
        if token[0].isalpha():
            words += 1
            capitals += token[0].isupper()
    return capitals / words if words else 0.0
