"""Metadata of PDF-derived text: the title, the author line under it and the journal that the
running header names, read off the front matter above the abstract."""

from __future__ import annotations

import re

from .. import model
from ..model import Block
from .dates import find_date
from .text import TextMetadata

TITLE_MAX_WORDS = 25
NAME_MAX_WORDS = 4  # "Maria de la Cruz"
FRONT_MAX_BLOCKS = 8  # headers, a title perhaps broken by OCR, the authors, their affiliation
_ABSTRACT = re.compile(r"^\s*abstract\b", re.I)
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d+\.(?:\d+\.?)*|[IVX]+\.)\s+[A-Z]")  # not "6 Expert Tips"
_VOLUME = re.compile(r"^\s*(?:vol(?:ume)?\.?|no\.?|issue|pp?\.)\s*\d", re.I)
_LAYOUT_GAP = re.compile(r"\s{3,}")  # `pdftotext -layout` puts header cells apart by runs of spaces
_NAME_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|de|del|della|da|van|von|der|la|le|bin|al)$")


def pdf_metadata(blocks: list[Block]) -> TextMetadata:
    """Title: the lines above the author line; author: a line of names before the abstract;
    source: the journal named by the running header; date: the first date in the front matter."""
    repeated = _repeated_lines(blocks)
    front_blocks = _front_matter(blocks)
    lines = [line for b in front_blocks if not _is_furniture(b, repeated) for line in _lines(b.text)]
    lines = [part for line in lines if line.lower() not in repeated for part in split_title_and_names(line)]
    author_at = next((i for i in range(len(lines) - 1, 0, -1) if looks_like_names(lines[i])), None)
    title = " ".join(lines[:author_at] if author_at is not None else lines[:1]) or None
    if title and len(title.split()) > TITLE_MAX_WORDS:
        title = None
    return TextMetadata(
        title=title,
        author=lines[author_at] if author_at is not None else None,
        source=_journal(front_blocks, repeated),
        date=next((d for d in (find_date(b.text) for b in front_blocks) if d), None),
    )


def looks_like_names(text: str) -> bool:
    """A line of authors: names of two to four capitalised words, separated by commas or "and".

    >>> looks_like_names("Li Wei, Sara Rossi"), looks_like_names("Ann B. Lee and Bo Chan")
    (True, True)
    >>> looks_like_names("Real Estate Investing for Beginners 101"), looks_like_names("1. Introduction")
    (False, False)
    """
    names = [part for part in _NAME_SEPARATOR.split(" ".join(text.split())) if part]
    if not names:
        return False
    return all(2 <= len(name.split()) <= NAME_MAX_WORDS and all(_NAME_WORD.match(w) for w in name.split())
               for name in names)


def split_title_and_names(line: str) -> list[str]:
    """OCR may put the title and the author line on one line; the names are its tail.

    >>> split_title_and_names("What Software Do Freelancers Use? Li Wei, Maria Garcia")
    ['What Software Do Freelancers Use?', 'Li Wei, Maria Garcia']
    >>> split_title_and_names("River Otters Return to the Valley")
    ['River Otters Return to the Valley']
    """
    words = line.split()
    if len(words) > TITLE_MAX_WORDS + 2 * NAME_MAX_WORDS:
        return [line]
    for cut in range(1, len(words) - 1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        several = len([n for n in _NAME_SEPARATOR.split(tail) if n]) >= 2
        if (several or head[-1] in "?.:!") and looks_like_names(tail) and not looks_like_names(head):
            return [head, tail]
    return [line]


def _front_matter(blocks: list[Block]) -> list[Block]:
    front = []
    for block in blocks[:FRONT_MAX_BLOCKS]:
        if _ABSTRACT.match(block.text) or _NUMBERED_HEADING.match(block.text):
            break
        front.append(block)
    return front


def _folded(text: str) -> str:
    return " ".join(text.split())


def _lines(text: str) -> list[str]:
    return [_folded(line) for line in text.split("\n") if line.strip()]


def _repeated_lines(blocks: list[Block]) -> set[str]:
    """Short lines (or layout cells) printed more than once: running headers, whatever the
    classifier called them."""
    seen: dict[str, int] = {}
    for block in blocks:
        for line in block.text.split("\n"):
            for cell in {_folded(line).lower()} | {_folded(c).lower() for c in _LAYOUT_GAP.split(line)}:
                if cell and len(cell.split()) <= TITLE_MAX_WORDS:
                    seen[cell] = seen.get(cell, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def _is_furniture(block: Block, repeated: set[str]) -> bool:
    return (block.label == model.PAGE_FURNITURE or _folded(block.text).lower() in repeated
            or bool(_VOLUME.match(block.text)) or not re.search(r"[^\W\d_]{2}", block.text))


def _journal(front: list[Block], repeated: set[str]) -> str | None:
    """The running header's words: the first repeated line above the title that is neither a page
    number nor a volume."""
    for block in front:
        text = _folded(block.text)
        header = block.label == model.PAGE_FURNITURE or text.lower() in repeated
        if header and not _VOLUME.match(text) and len(re.findall(r"[^\W\d_]{2,}", text)) >= 2:
            return text
    return None
