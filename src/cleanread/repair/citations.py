"""Citation superscripts that OCR turned into punctuation soup, rewritten as [n].

OCR reads a superscript "[3]" as "!!!", "!?", "'™", "l®" or "[%!", glued to the word it
follows and usually followed by a space and the sentence's punctuation. Markers are
numbered in order of appearance, since the garbled digits cannot be trusted.
"""

from __future__ import annotations

import re
from collections import Counter

_MARKER_START = r"!'’?%™®¥\[\]|”"
_MARKER_BODY = _MARKER_START + r"0-9lI"
_STRONG_SIGNS = set("™®¥%[]|0123456789")

_GARBLED_CITATION = re.compile(
    rf"(?<=[\w\"”’)])(?P<marker>[{_MARKER_START}][{_MARKER_BODY}]*)(?P<space>[ \t]*)"
    rf"(?P<punct>[.,;:]|\|(?=[ \t]*$))"
    rf"|(?<=\w)[ \t]+(?P<punct_first>[.,;:])(?P<trailing>\[[{_MARKER_BODY}]*)(?=[ \t]*$)",
    re.M,
)
_WORD_BEFORE = re.compile(r"(\w+)$")
_WELL_FORMED = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]")  # already a clean reference: leave it


def looks_like_citation(marker: str, space: str) -> bool:
    """A lone "!" or quote before punctuation only counts when OCR's telltale space follows it."""
    return bool(space) or bool(_STRONG_SIGNS & set(marker)) or (len(marker) >= 2 and "!" in marker)


def citation_markers(text: str, *, start: int = 1, drop: bool = False) -> tuple[str, int]:
    """Rewrite garbled superscripts as [n], numbered from `start`; return the text and how many.

    >>> citation_markers("grasp it more accurately!!! . There are two views")
    ('grasp it more accurately[1]. There are two views', 1)
    >>> citation_markers("in nature!? . And naturel® . So", start=2)
    ('in nature[2]. And nature[3]. So', 2)
    >>> citation_markers("the wave of globalization .[%!")
    ('the wave of globalization[1].', 1)
    >>> citation_markers("national power!!? |")
    ('national power[1].', 1)
    >>> citation_markers("as she said: 'yes'. Wow! Then", drop=True)
    ("as she said: 'yes'. Wow! Then", 0)
    >>> citation_markers("cultures'™ . More", drop=True)
    ('cultures. More', 1)
    """
    vocabulary = Counter(word.lower() for word in re.findall(r"\w+", text))
    count = 0
    pieces: list[str] = []
    position = 0
    for match in _GARBLED_CITATION.finditer(text):
        marker = match.group("marker") or match.group("trailing")
        if match.group("marker") and not looks_like_citation(marker, match.group("space")):
            continue
        if _WELL_FORMED.fullmatch(marker):
            continue
        punct = match.group("punct") or match.group("punct_first")
        preceding = _strip_glued_letter(text[position : match.start()], marker, vocabulary)
        reference = "" if drop else f"[{start + count}]"
        pieces.append(preceding + reference + ("." if punct == "|" else punct))
        position = match.end()
        count += 1
    pieces.append(text[position:])
    return "".join(pieces), count


def _strip_glued_letter(preceding: str, marker: str, vocabulary: Counter[str]) -> str:
    """'naturel®': the 'l' is the superscript's bracket when 'nature' is a word and 'naturel' not."""
    word_match = _WORD_BEFORE.search(preceding)
    if not word_match or not _STRONG_SIGNS & set(marker):
        return preceding
    word = word_match.group(1)
    if len(word) > 3 and word[-1] in "lI1":
        stem = word[:-1].lower()
        if vocabulary[stem] >= 1 and vocabulary[word.lower()] <= 1:
            return preceding[:-1]
    return preceding
