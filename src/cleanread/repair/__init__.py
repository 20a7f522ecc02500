"""Repairs for PDF-derived text: small pure fixers, composed like ftfy's, each reporting its change. (Web text and
HTML need one repair of their own, in mojibake.py.)

The stage has two entry points: `restore_reading_order` puts the blocks of a text layer back
in reading order, then `repair_paragraphs` takes the kept paragraphs in that order and returns
the repaired text with the list of steps that changed something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

from ..lexicon import Lexicon
from .citations import citation_markers
from .figures import glued_figure_numbers
from .marks import stray_paragraph_marks
from .reading_order import restore_reading_order
from .unwrap import dehyphenate, unwrap_lines

__all__ = [
    "RepairOptions", "citation_markers", "dehyphenate", "glued_figure_numbers", "repair_paragraphs",
    "restore_reading_order", "stray_paragraph_marks", "unwrap_lines",
]

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
_HYPHENATED_WORD = re.compile(r"(?<!\w)\w+-\w+")  # starts only at a word start: linear on long words
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w\]])[ \t]+(?=[.,;:](?:\s|$))")


@dataclass(frozen=True)
class RepairOptions:
    citations: bool = True  # False drops citation markers instead of writing [n]


def repair_paragraphs(paragraphs: list[str], options: RepairOptions = RepairOptions()) -> tuple[list[str], list[str]]:
    """Repair each paragraph (lines still wrapped) and return them with a log of what changed."""
    steps: list[str] = []
    vocabulary = _hyphenated_words(paragraphs)
    lexicon = Lexicon("\n".join(paragraphs))
    unwrapped = [unwrap_lines(dehyphenate(paragraph, vocabulary, lexicon)) for paragraph in paragraphs]
    if unwrapped != [unwrap_lines(paragraph) for paragraph in paragraphs]:
        steps.append("dehyphenate: joined words split across lines")
    text = "\n".join(unwrapped)
    text = _apply(stray_paragraph_marks, text, "stray_paragraph_marks: fixed OCR specks at paragraph starts", steps)
    text = _apply(glued_figure_numbers, text, "glued_figure_numbers: wrote figure/table numbers apart", steps)
    text, markers = citation_markers(text, drop=not options.citations)
    if markers:
        verb = "rewrote" if options.citations else "dropped"
        steps.append(f"citation_markers: {verb} {markers} garbled citation superscripts")
    text = _apply(lambda t: ftfy.fix_text(t, _FTFY_CONFIG), text, "ftfy: fixed mojibake or ligatures", steps)
    text = _apply(space_before_punctuation, text, "spacing: removed spaces before punctuation", steps)
    return text.split("\n"), steps


def space_before_punctuation(text: str) -> str:
    """Text layers put a space between a superscript and the sentence's punctuation.

    >>> space_before_punctuation("simply incorrect[1] . Nutrition advice , too")
    'simply incorrect[1]. Nutrition advice, too'
    """
    return _SPACE_BEFORE_PUNCT.sub("", text)


def _apply(fixer, text: str, description: str, steps: list[str]) -> str:
    fixed = fixer(text)
    if fixed != text:
        steps.append(description)
    return fixed


def _hyphenated_words(paragraphs: list[str]) -> set[str]:
    """Hyphenated words the document writes inside a line: evidence a line-end hyphen is real."""
    return {word.lower() for paragraph in paragraphs for word in _HYPHENATED_WORD.findall(paragraph)}
