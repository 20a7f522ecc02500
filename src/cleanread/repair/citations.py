"""Citation superscripts that OCR turned into punctuation soup, rewritten as [n].

OCR reads a superscript "[3]" as "!!!", "!?", "'™", "l®" or "[%!", glued to the word it
follows and usually followed by a space and the sentence's punctuation (or, when OCR
swallowed the period, by the next sentence). Markers are numbered in order of appearance;
a digit OCR did keep ("criteria!4].") re-synchronises the count after a missed marker.
"""

from __future__ import annotations

import re
from collections import Counter

_MARKER_START = r"!'’?%™®¥\[\]|”“\"*°#>§"
_MARKER_BODY = _MARKER_START + r"0-9lIS_<"
_STRONG_SIGNS = set("™®¥%[]|*°#>§0123456789")
MAX_DIGIT_JUMP = 5  # a kept digit further ahead than this is more likely garble than a skipped marker

_GARBLED_CITATION = re.compile(
    rf"(?<=[\w\"”’)])(?P<marker>[{_MARKER_START}](?:[{_MARKER_BODY}]|(?<=[\d{_MARKER_START}])\))*)(?P<space>[ \t]*)"
    rf"(?P<punct>[.,;:]|\)(?=[.,;:])|\|(?=[ \t]*$)|(?=[A-Z])|$)"
    rf"|(?<=\w)[ \t]+(?P<punct_first>[.,;:])(?P<trailing>\[[{_MARKER_BODY}]*)(?=[ \t]*$)",
    re.M,
)
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)$")  # starts only at a word start: linear
_WELL_FORMED = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]")  # already a clean reference: leave it


def looks_like_citation(marker: str, space: str, punct: str, end_of_paragraph: bool = False) -> bool:
    """A lone "!" or quote before punctuation only counts when OCR's telltale space follows it;
    a marker running into the next sentence must be unmistakable ("did!!! The")."""
    strong = bool(_STRONG_SIGNS & set(marker)) or (len(marker) >= 2 and "!" in marker)
    if not punct:
        unmistakable = len(marker) >= 2 and marker[0] in "!'’" and "!" in marker
        return unmistakable and (bool(space) or end_of_paragraph)
    return bool(space) or strong


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
    >>> citation_markers('land!], Finally, the definition!4). And disabilities!" Providing')
    ('land[1], Finally, the definition[2]. And disabilities[3]. Providing', 3)
    >>> citation_markers("[1] Sara Rossi. Questions models.")
    ('[1] Sara Rossi. Questions models.', 0)
    >>> citation_markers("so I did!!! The paper says to get going!®). Set criteria!4].")
    ('so I did[1]. The paper says to get going[2]. Set criteria[4].', 3)
    >>> citation_markers("as she said: 'yes'. Wow! Then", drop=True)
    ("as she said: 'yes'. Wow! Then", 0)
    >>> citation_markers("cultures'™ . More", drop=True)
    ('cultures. More', 1)
    """
    vocabulary = Counter(word.lower() for word in re.findall(r"\w+", text))
    count = 0
    pieces: list[str] = []
    position = 0
    number = start
    for match in _GARBLED_CITATION.finditer(text):
        marker = match.group("marker") or match.group("trailing")
        punct = match.group("punct") if match.group("marker") else match.group("punct_first")
        at_end = match.end() == len(text) or text[match.end()] == "\n"
        if match.group("marker") and not looks_like_citation(marker, match.group("space"), punct, at_end):
            continue
        if _WELL_FORMED.fullmatch(marker):
            continue
        number = _resynchronised(number, marker)
        preceding = _strip_glued_letter(text[position : match.start()], marker, vocabulary)
        reference = "" if drop else f"[{number}]"
        ending = {"|": ".", "": "." if at_end else ". "}.get(punct, punct)
        pieces.append(preceding + reference + ending)
        position = match.end()
        count += 1
        number += 1
    pieces.append(text[position:])
    return "".join(pieces), count


def _resynchronised(expected: int, marker: str) -> int:
    """The number a marker stands for: the digit OCR kept, if it is a little ahead of the count."""
    digits = re.findall(r"(\d+)\]", marker)  # a digit right before "]" is the tail of a real "[n]"
    if digits and expected < int(digits[0]) <= expected + MAX_DIGIT_JUMP:
        return int(digits[0])
    return expected


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
