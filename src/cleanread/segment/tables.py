"""Tables in a text dump: rows a renderer padded into columns or ruled, and rows lynx flattened to one line.

Their rows are short lines that scoring would otherwise cost like menu items, cutting an article in two at its
table; marked, they count as table rows and stay with the article around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..model import Block

# consecutive one-line blocks of two cells or more, as many give or take one (a header may run columns together):
# a table a renderer laid out
TABLE_MIN_ROWS = 3
CELL_RULE = "│"  # w3m's rule between cells
# renderers pad table columns with spaces; the widest cell may leave two before a figure ("San Francisco, CA  83.4")
CELL_GAP = re.compile(r"(?<=\S)(?: {3,}(?=\S)|\t+(?=\S)|  (?=[$€£(+-]?\d))")
ROW_MIN_FIGURES = 3  # a line of a flattened table holds this many figures ("37% / 40% 3.6 729 $175,000")
ROW_MAX_CHARS = 200  # two lines of lynx's 100 columns; longer, figures and words are prose about figures
_FIGURE = re.compile(r"[$€£(+-]*\d[\d.,:/%-]*[%)kKmM]*")
# two tokens after a space that open with a figure: a row of three figures has them, and most blocks do not
_TWO_FIGURES_AFTER_SPACES = re.compile(r"\s[$€£(+-]*\d.*\s[$€£(+-]*\d")


def mark_table_rows(blocks: list[Block]) -> None:
    _mark_padded_rows(blocks)
    _mark_flattened_rows(blocks)
    _mark_rows_between_rows(blocks)


def _mark_rows_between_rows(blocks: list[Block]) -> None:
    """A line between two rows of a table is a row too: lynx may leave a row's widest cell one space from the next
    ("Virginia Beach, VA 65.2" among "Oakland, CA        69.0"), which counts as one cell."""
    for previous, block, following in zip(blocks, blocks[1:], blocks[2:]):
        if (previous.features.get("table_row") and following.features.get("table_row")
                and "\n" not in block.text and len(block.text) <= ROW_MAX_CHARS):
            block.features["table_row"] = True


def _mark_padded_rows(blocks: list[Block]) -> None:
    """A data table rendered as text ("1/1/2013    +13.1%" a row, 150 rows) is rows of short lines:
    marked, so that scoring does not cost each row as much as a menu item and cut the article in two."""
    def cells_of(block: Block) -> int:
        return cell_count(block.text) if _may_have_cells(block.text) else 1

    for stretch in _stretches(blocks, cells_of, 2):
        _mark_steady_rows(blocks, stretch, tolerance=1, header_may_merge=True)


def _mark_flattened_rows(blocks: list[Block]) -> None:
    """lynx prints a table row's cells one space apart ("2 Kellogg School 3 (tie) 38% / 48% 3.7 729 $165,000"):
    no padding to count, but each row is a line of figures, about as many as the rows around it."""
    for stretch in _stretches(blocks, _figure_count, ROW_MIN_FIGURES):
        _mark_steady_rows(blocks, stretch, tolerance=2)


def _mark_steady_rows(
    blocks: list[Block], stretch: tuple[int, int, dict[int, int]], *, tolerance: int, header_may_merge: bool = False
) -> None:
    """Within a stretch, each run of TABLE_MIN_ROWS rows or more whose values (cells, figures) stay within
    `tolerance` of its first row's; or of its second row's, when the first is a header that runs several columns
    together (`header_may_merge`)."""
    first, last, values = stretch
    start = first
    while start <= last:
        end, reference = start + 1, values[start]
        if header_may_merge and end <= last and values[end] > reference + tolerance:
            reference = values[end]
        while end <= last and abs(values[end] - reference) <= tolerance:
            end += 1
        if end - start >= TABLE_MIN_ROWS:
            for block in blocks[start:end]:
                block.features["table_row"] = True
        start = end


def _stretches(
    blocks: list[Block], value_of: Callable[[Block], int], minimum: int
) -> Iterator[tuple[int, int, dict[int, int]]]:
    """(first, last, values) of each stretch of consecutive blocks whose value is at least `minimum`.

    Every stretch of TABLE_MIN_ROWS blocks or more holds a block whose index is a multiple of it: only those
    are probed, and the blocks around a probe that has the value, so that most blocks of a page are never read.
    Shorter stretches may be missed; they are too short to be a table.
    """
    values: dict[int, int] = {}

    def value(index: int) -> int:
        if index not in values:
            values[index] = value_of(blocks[index])
        return values[index]

    done = 0
    for probe in range(0, len(blocks), TABLE_MIN_ROWS):
        if probe < done or value(probe) < minimum:
            continue
        first = last = probe
        while first > done and value(first - 1) >= minimum:
            first -= 1
        while last + 1 < len(blocks) and value(last + 1) >= minimum:
            last += 1
        yield first, last, values
        done = last + 1


def _figure_count(block: Block) -> int:
    """The figures on a one-line block, when they are at least a quarter of its tokens."""
    text = block.text
    if len(text) > ROW_MAX_CHARS or not _TWO_FIGURES_AFTER_SPACES.search(text):
        return 0
    if "\n" in text or block.features.get("table_row"):
        return 0
    tokens = text.split()
    figures = sum(1 for token in tokens if _FIGURE.fullmatch(token))
    return figures if figures * 4 >= len(tokens) else 0


def _may_have_cells(text: str) -> bool:
    return "  " in text or "\t" in text or CELL_RULE in text  # most blocks have no padding at all: skip the regex


def cell_count(text: str) -> int:
    """Columns of a one-line block as a renderer padded or w3m ruled them; a block of several lines is one cell."""
    return 1 if "\n" in text.strip() else len(cells(text))


def cells(text: str) -> list[str]:
    """The cells of a one-line table row, between w3m's rules or the padding of other renderers."""
    text = text.strip()
    if CELL_RULE in text:
        return [cell.strip() for cell in text.strip(CELL_RULE).split(CELL_RULE)]
    return CELL_GAP.split(text)
