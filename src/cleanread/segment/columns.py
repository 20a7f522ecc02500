"""Undo two-column interleaving in `pdftotext -layout` output, where the evidence is clear.

-layout keeps each line's horizontal position: the right column starts near one fixed
column on a page. A line is split at a wide gap near that column, or, when the two halves
are set tightly, at the space that leaves both halves closest to their columns' widths.
Each page is then read left column first, right column second.
"""

from __future__ import annotations

import re
from collections import Counter

from .lines import Line, numbered_pages, page_text

MIN_COLUMN_LINES = 0.15  # share of a page's text lines that must show where the right column starts
MIN_COLUMN_EVIDENCE = 5  # and never fewer lines than this
MIN_GUTTER = 2  # spaces between columns when pdftotext kept a visible gap
SPLIT_WINDOW = 14  # how far left of the right column a tight split may fall
_GAP = re.compile(r" {%d,}" % MIN_GUTTER)


def reorder_columns(text: str) -> str:
    """Text with each two-column page rewritten as its left column followed by its right column.

    >>> rows = [f"Left column line {n}      Right column line {n}" for n in "abcde"]
    >>> print(reorder_columns("\\n".join(rows + ["left end.                 right end."])))
    Left column line a
    Left column line b
    Left column line c
    Left column line d
    Left column line e
    left end.
    Right column line a
    Right column line b
    Right column line c
    Right column line d
    Right column line e
    right end.
    """
    return page_text([reorder_page_columns(page) for page in numbered_pages(text)])


def right_column_start(lines: list[str]) -> int | None:
    """The column where right-column text starts on this page, if the page has two columns.

    Evidence: where text resumes after a gutter, and where right-column-only lines are indented
    to. Centred figure labels also start right of the middle, so the leftmost well-supported
    column wins over the most frequent one.
    """
    text_lines = [line for line in lines if line.strip()]
    if not text_lines:
        return None
    widest = max(len(line) for line in text_lines)
    starts: Counter[int] = Counter()
    for line in text_lines:
        indent = len(line) - len(line.lstrip())
        if indent >= MIN_GUTTER and indent > 0.3 * widest:
            starts[indent] += 1
        for gap in _GAP.finditer(line):
            if 0 < gap.start() and gap.end() < len(line):
                starts[gap.end()] += 1
    support = {c: starts[c - 1] + starts[c] + starts[c + 1] for c in starts if 0.3 * widest < c < 0.75 * widest}
    if not support:
        return None
    best = max(support.values())
    if best < max(MIN_COLUMN_EVIDENCE, MIN_COLUMN_LINES * len(text_lines)):
        return None
    return min(c for c, count in support.items() if count >= 0.5 * best)


def reorder_page_columns(page: list[Line]) -> list[Line]:
    """A page's lines, left column first when the page has two; each half keeps its line's number."""
    column = right_column_start([line.text for line in page])
    if column is None:
        return page
    left_width = _typical_width([line.text[:column].rstrip() for line in page if _gap_at(line.text, column)])
    right_width = _typical_width([line.text[column:].strip() for line in page if line.text[:column].strip() == ""])
    output: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for number, text in page:
        parts = _split(text, column, left_width, right_width)
        if parts is None:  # a line spanning both columns: what came before it is complete
            output += left + right + [Line(number, text.strip())]
            left, right = [], []
            continue
        left_part, right_part = parts
        if left_part or not right_part:
            left.append(Line(number, left_part))
        if right_part:
            right.append(Line(number, right_part))
    return output + left + right


def _split(line: str, column: int, left_width: int, right_width: int) -> tuple[str, str] | None:
    """(left, right) halves of a line; None when the line spans the page (a centred title)."""
    if len(line.rstrip()) <= column:
        return line.strip(), ""
    if not line[:column].strip():
        return "", line.strip()
    gap = next((g for g in _GAP.finditer(line) if abs(g.end() - column) <= SPLIT_WINDOW), None)
    if gap:
        return line[: gap.start()].strip(), line[gap.end():].strip()
    indent = len(line) - len(line.lstrip())
    if indent > 2 * MIN_GUTTER + 4:
        return None
    return _tight_split(line.rstrip(), column, left_width, right_width)


def _tight_split(line: str, column: int, left_width: int, right_width: int) -> tuple[str, str]:
    """Split at the space whose halves best fit the two column widths; a hyphen before it helps."""
    best, best_cost = None, None
    for position in range(max(1, column - SPLIT_WINDOW), min(len(line) - 1, column + 4)):
        if line[position] != " ":
            continue
        left, right = line[:position].rstrip(), line[position + 1 :].lstrip()
        cost = abs(len(left) - left_width) + abs(len(right) - right_width) - (4 if left.endswith("-") else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = (left.strip(), right.strip()), cost
    return best or (line.strip(), "")


def _gap_at(line: str, column: int) -> bool:
    return any(abs(g.end() - column) <= 1 for g in _GAP.finditer(line))


def _typical_width(parts: list[str]) -> int:
    lengths = sorted(len(p) for p in parts if p)
    return lengths[int(len(lengths) * 0.8)] if lengths else 0
