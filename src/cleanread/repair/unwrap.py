"""Undo hard wrapping: one paragraph per line, line-end hyphens removed where the word says so."""

from __future__ import annotations

import re
from collections.abc import Container

from ..lexicon import Lexicon

MIN_COMPOUND_PART = 2  # "e-\nmail" is too little to tell a compound by
_LINE_END_HYPHEN = re.compile(r"(?<!\w)(\w+)-\n(\w+)")  # starts only at a word start: linear on long words


def dehyphenate(text: str, vocabulary: Container[str] = frozenset(), lexicon: Lexicon | None = None) -> str:
    """Join words split by a line-end hyphen; keep the hyphen when the document writes it so.

    With a lexicon, a hyphen also stays between two words that English knows when the joined
    word is not one ("well-known", but "significant").

    >>> dehyphenate("a signif-\\nicant result")
    'a significant result'
    >>> dehyphenate("a well-\\nknown result", vocabulary={"well-known"})
    'a well-known result'
    >>> dehyphenate("a well-\\nknown and signif-\\nicant result", lexicon=Lexicon())
    'a well-known and significant result'
    """

    def join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        hyphenated = f"{head}-{tail}"
        keep_hyphen = (
            hyphenated.lower() in vocabulary or tail[:1].isupper() or head.isdigit()
            or (lexicon is not None and _compound(head, tail, lexicon))
        )
        return hyphenated if keep_hyphen else head + tail

    return _LINE_END_HYPHEN.sub(join, text)


def _compound(head: str, tail: str, lexicon: Lexicon) -> bool:
    if len(head) < MIN_COMPOUND_PART or len(tail) < MIN_COMPOUND_PART or not (head + tail).isalpha():
        return False
    return not lexicon.knows(head + tail) and lexicon.knows(head) and lexicon.knows(tail)


def unwrap_lines(text: str) -> str:
    """Join the lines of one paragraph with single spaces.

    >>> unwrap_lines("one line\\n  and the next")
    'one line and the next'
    """
    return " ".join(line.strip() for line in text.split("\n") if line.strip())
