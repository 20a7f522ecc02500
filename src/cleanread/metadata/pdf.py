"""Metadata of PDF-derived text: the title line above the abstract, when there is one."""

from __future__ import annotations

import re

from .. import model
from ..model import Block
from .dates import find_date
from .text import TextMetadata

TITLE_MAX_WORDS = 25
_ABSTRACT = re.compile(r"^\s*abstract\b", re.I)


def pdf_metadata(blocks: list[Block]) -> TextMetadata:
    """Title: the first short line before the abstract; date: the first date in the front matter."""
    front: list[Block] = []
    for block in blocks:
        if _ABSTRACT.match(block.text) or block.label == model.HEADING:
            break
        front.append(block)
    title = next(
        (b.text.replace("\n", " ").strip() for b in front
         if b.label != model.PAGE_FURNITURE and len(b.text.split()) <= TITLE_MAX_WORDS),
        None,
    )
    date = next((d for d in (find_date(b.text) for b in front) if d), None)
    return TextMetadata(title=title, date=date)
