"""Citation superscripts that OCR turned into punctuation soup, rewritten as [n].

OCR reads a superscript "[3]" as "!!!", "!?", "'™", "l®", "[%!" or just "!" or '"),',
glued to the word it follows and usually followed by the sentence's punctuation or, when OCR
swallowed the period, by the next sentence. OCR often reads the full stop after a superscript
as a comma; before a capitalised word it is written back as a full stop.

Each glued run is a candidate with a strength: unmistakable soup ("!*!", "'®)") counts
on its own; a lone "!", a stray quote or an unbalanced ")" only counts in a document that
already shows unmistakable markers, so "Wow! Then" in an ordinary text stays as written.
Markers are numbered in order of appearance; the digits OCR kept ("!7]", "l4!?") move the
count forward only when later digits agree, so one misread digit cannot shift the rest.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .numbering import sequential_numbers

_MARKER_START = r"!'’‘?%™®¥\[\]|”“\"*°#>§()/{}¢"
_MARKER_BODY = _MARKER_START + r"0-9lIJS_<"
_STRONG_SIGNS = set("™®¥%[]|*°#>§/{}¢0123456789")
_QUOTES = "\"“”'‘’"
MIN_STRONG_FOR_EVIDENCE = 3  # unmistakable markers that make lone "!" and stray quotes count too
MIN_WORDS_BEFORE_LONE_MARK = 8
PARAGRAPH_WINDOW = 3000  # characters looked back for an opening quote or bracket

_CANDIDATE = re.compile(
    rf"(?<=\w)(?P<marker>[{_MARKER_START}][{_MARKER_BODY}]*)(?P<space>[ \t]*)"
    rf"(?:(?P<punct>[.,;:]|\|)(?=[\"”’]?(?:\s|$))|(?=[ \t]*$)|(?<=[ \t])(?=[\"“”‘']?[A-Z0-9]))"
    rf"|(?<=\w)[ \t]+(?P<punct_first>[.,;:])(?P<trailing>\[[{_MARKER_BODY}]*)(?=[ \t]*$)",
    re.M,
)
_WELL_FORMED = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]")  # already a clean reference: leave it
_GLUED_SUFFIX = re.compile(r"(?<=[^\W\d_]{3})(?:(?P<unmistakable>l\d|[lI]S|\d{1,2})|[lI1t])$")  # "coursel4", "naturel"
_OPENS_IN_WORD = re.compile(r"[\[(]\w+$")  # "[12]", "f(x)": the closer ends a bracket of its own
_LETTER_WORD = re.compile(r"[^\W\d_]\w*$")  # "3/4", "914" are numbers, not cited words
_SENTENCE_AFTER = re.compile(r"[ \t]+[\"“‘']?[A-Z][a-z]")  # a capitalised word: the next sentence
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)$")  # starts only at a word start: linear


@dataclass
class Candidate:
    start: int
    end: int
    marker: str
    punct: str
    strength: str  # "strong"; "weak", counted once the document shows strong ones; or "optional"
    at_line_end: bool
    glued: str = ""  # letters OCR glued to the word that belong to the marker
    digits: str = ""  # digits OCR kept of the reference number


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
    ('land[1]. Finally, the definition[2]. And disabilities[3]. Providing', 3)
    >>> citation_markers("[1] Sara Rossi. Questions models.")
    ('[1] Sara Rossi. Questions models.', 0)
    >>> citation_markers("as she said: 'yes'. Wow! Then", drop=True)
    ("as she said: 'yes'. Wow! Then", 0)
    >>> citation_markers("cultures'™ . More", drop=True)
    ('cultures. More', 1)
    >>> citation_markers("in Asia!*!, and in Europe!®!, Then")
    ('in Asia[1], and in Europe[2]. Then', 2)

    Once a document shows unmistakable markers, lone ones count too; a lone "!" inside a line
    only when the numbers OCR kept say a marker is missing there:

    >>> citation_markers("did!!! So it!*!, Then it!®. Then games!, Now time\\"), And ends (here), Done")
    ('did[1]. So it[2]. Then it[3]. Then games[4]. Now time[5]. And ends (here), Done', 5)
    >>> citation_markers("did!!! So it!*!, Then it!®. Then cards! In so on!5!. And on!6!.")[0]
    'did[1]. So it[2]. Then it[3]. Then cards[4]. In so on[5]. And on[6].'
    >>> citation_markers("did!!! So it!*!, Then it!®. Wow! Then so on!4!. And on!5!.")[0]
    'did[1]. So it[2]. Then it[3]. Wow! Then so on[4]. And on[5].'
    """
    vocabulary = Counter(word.lower() for word in re.findall(r"\w+", text))
    candidates = list(_candidates(text, vocabulary))
    strong = sum(c.strength == "strong" for c in candidates)
    pool = [c for c in candidates if c.strength == "strong" or strong >= MIN_STRONG_FOR_EVIDENCE]
    numbers = sequential_numbers([c.digits for c in pool], start=start,
                                 optional=[c.strength == "optional" for c in pool])
    accepted = [(c, n) for c, n in zip(pool, numbers) if n is not None]
    pieces: list[str] = []
    position = 0
    for candidate, number in accepted:
        preceding = text[position : candidate.start - len(candidate.glued)]
        ending = {"|": ".", "": "." if candidate.at_line_end else ". "}.get(candidate.punct, candidate.punct)
        if candidate.punct == "," and _SENTENCE_AFTER.match(text, candidate.end):
            ending = "."  # the full stop after a superscript, read as a comma
        pieces.append(preceding + ("" if drop else f"[{number}]") + ending)
        position = candidate.end
    pieces.append(text[position:])
    return "".join(pieces), len(accepted)


def _candidates(text: str, vocabulary: Counter[str]):
    for match in _CANDIDATE.finditer(text):
        marker = match.group("marker") or match.group("trailing")
        before = text[max(0, match.start() - 40) : match.start()]
        if _WELL_FORMED.fullmatch(marker) or _OPENS_IN_WORD.search(before) or not _LETTER_WORD.search(before):
            continue
        punct = match.group("punct") if match.group("marker") else match.group("punct_first")
        at_line_end = match.end() == len(text) or text[match.end()] == "\n"
        strength = _strength(marker, text, match.start(), bool(match.group("space")), punct or "", at_line_end)
        if strength is None:
            continue
        glued = _glued_suffix(before, vocabulary)
        digits = "".join(re.findall(r"\d", glued + marker))  # a glued "l" is as often the "[" as a 1
        yield Candidate(match.start(), match.end(), marker, punct or "", strength, at_line_end, glued, digits)


def _strength(marker: str, text: str, position: int, spaced: bool, punct: str, at_line_end: bool) -> str | None:
    """How sure a glued run is a superscript; None when it reads as ordinary punctuation."""
    if _STRONG_SIGNS & set(marker) or len(marker) >= 3 or (len(marker) == 2 and "!" in marker):
        return "strong"
    if "?" in marker:
        return None  # a question
    if not (punct or at_line_end):  # "cards! In", "wrap! Covering": a citation or an exclamation
        return "optional" if marker == "!" else None
    if marker[0] in ")" + _QUOTES and _closes_nothing(marker[0], text, position):
        return "strong" if spaced and marker[0] in "'’" else "weak"
    if marker == "!" and (punct or _long_sentence(text, position)):
        return "weak"  # "games!," and "considerations!" ending a line; "Yes! Fun? No!" stays
    if marker in ("‘", "'", "’") or (spaced and marker[0] in "'’"):
        return "weak"
    return "optional" if marker == "!" else None


def _long_sentence(text: str, position: int) -> bool:
    """Exclamations are short ("Don't skimp!"); a citation ends a sentence of some length."""
    sentence = re.split(r"[.!?:]\s", text[max(0, position - 300) : position])[-1]
    return len(sentence.split()) >= MIN_WORDS_BEFORE_LONE_MARK


def _closes_nothing(closer: str, text: str, position: int) -> bool:
    """A ")" or quote with no opener earlier in its paragraph is OCR's reading of a bracket."""
    window_start = max(0, position - PARAGRAPH_WINDOW)
    paragraph = text[text.rfind("\n", window_start, position) + 1 or window_start : position]
    if closer == ")":
        return paragraph.count("(") <= paragraph.count(")")
    if closer in "'’":
        return not re.search(r"(?<!\w)['‘]", paragraph)  # apostrophes inside words do not open
    return sum(paragraph.count(q) for q in "\"“”") % 2 == 0


def _glued_suffix(preceding: str, vocabulary: Counter[str]) -> str:
    """'naturel®', 'coursel4!?': the tail is the superscript's bracket or digits when the
    word without it is one the document uses and the word with it is not."""
    word_match = _WORD_BEFORE.search(preceding)
    if not word_match:
        return ""
    word = word_match.group(1)
    suffix = _GLUED_SUFFIX.search(word)
    if not suffix:
        return ""
    stem = word[: suffix.start()].lower()
    if suffix.group("unmistakable") or (vocabulary[stem] >= 1 and vocabulary[word.lower()] <= 1):
        return suffix.group(0)
    return ""
