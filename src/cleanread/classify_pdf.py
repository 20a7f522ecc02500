"""Label the blocks of PDF-derived text: paragraphs, headings, captions, front matter, page
furniture (running headers, page numbers) and the figure labels and table cells spilled into the prose.
"""

from __future__ import annotations

import re

from . import model
from .model import Block

RESIDUE_WIDTH_RATIO = 0.6  # every line of a figure label or table cell block is at most this wide
RUNNING_HEADER_MIN_REPEATS = 2  # a short line printed again on a later page is page furniture
FRONT_MATTER_MAX_BLOCKS = 4  # title, authors, affiliation, date
_ABSTRACT = re.compile(r"^\s*abstract\b", re.I)
PDF_HEADING_MAX_WORDS = 12


def classify_pdf_blocks(blocks: list[Block]) -> list[Block]:
    """Label paragraphs, headings, captions, page furniture and figure/table residue."""
    repeats = _line_repeats(blocks)
    for block in blocks:
        _label_by_role(block, repeats)
    _label_front_matter(blocks)
    for run in _short_block_runs(blocks):
        _label_short_run(blocks, run)
    return blocks


def _line_repeats(blocks: list[Block]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for block in blocks:
        if block.features["line_count"] == 1:
            counts[block.text] = counts.get(block.text, 0) + 1
    return counts


def _label_by_role(block: Block, repeats: dict[str, int]) -> None:
    role = block.features["role"]
    if role == "page-number":
        block.label, block.score = model.PAGE_FURNITURE, -5.0
        block.reasons.append("bare page number")
    elif repeats.get(block.text, 0) >= RUNNING_HEADER_MIN_REPEATS and len(block.text) < 100:
        block.label, block.score = model.PAGE_FURNITURE, -5.0
        block.reasons.append(f"running header or footer: repeats {repeats[block.text]} times")
    elif role == "heading":
        block.label, block.score = model.HEADING, 1.0
        block.reasons.append("numbered or named section heading")
    elif role == "caption":
        block.label, block.score = model.CAPTION, 1.0
        block.reasons.append("figure or table caption")
    elif role == "reference":
        block.label, block.score = model.BODY, 1.0
        block.reasons.append("reference list entry")
    else:
        block.label, block.score = model.BODY, float(block.features["line_count"])
        block.reasons.append(f"paragraph of {block.features['line_count']} lines")


def _label_front_matter(blocks: list[Block]) -> None:
    """Short lines above the abstract or first section are the title and the author line."""
    front = []
    for block in blocks:
        if block.label == model.PAGE_FURNITURE:
            continue
        is_paragraph = block.label != model.BODY or block.features["width_ratio"] > RESIDUE_WIDTH_RATIO
        if is_paragraph or _ABSTRACT.match(block.text) or len(front) == FRONT_MATTER_MAX_BLOCKS:
            break
        front.append(block)
    for position, block in enumerate(front):
        block.label = model.TITLE if position == 0 else model.BODY
        block.features["front_matter"] = True
        block.reasons.append("front matter: " + ("title" if position == 0 else "author or affiliation line"))


def _is_short_block(block: Block) -> bool:
    narrow = block.features["width_ratio"] <= RESIDUE_WIDTH_RATIO
    return block.label == model.BODY and narrow and not block.features.get("front_matter")


def _short_block_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """(first, last) index of each maximal run of narrow blocks, skipping page furniture."""
    runs, start = [], None
    for index, block in enumerate(blocks):
        if block.label == model.PAGE_FURNITURE and start is not None:
            continue
        if _is_short_block(block):
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index - 1))
            start = None
    if start is not None:
        runs.append((start, len(blocks) - 1))
    return runs


def _label_short_run(blocks: list[Block], run: tuple[int, int]) -> None:
    first, last = run
    captions = [
        blocks[i] for i in (first - 1, last + 1) if 0 <= i < len(blocks) and blocks[i].label == model.CAPTION
    ]
    members = [b for b in blocks[first : last + 1] if b.label != model.PAGE_FURNITURE]
    if captions or len(members) > 1:
        label = model.TABLE_CELL if any(c.text.lower().startswith("tab") for c in captions) else model.FIGURE
        for block in members:
            block.label, block.score = label, -3.0
            block.reasons.append(
                f"narrow lines in a run of {len(members)} short blocks"
                + (" next to a caption" if captions else "")
            )
        return
    block = members[0]
    following = blocks[last + 1] if last + 1 < len(blocks) else None
    if (
        not block.features["sentence_end"]
        and len(block.text.split()) <= PDF_HEADING_MAX_WORDS
        and following is not None
        and following.label == model.BODY
    ):
        block.label, block.score = model.HEADING, 1.0
        block.reasons.append("short line standing alone before a paragraph")
