"""The column a text browser wrapped a dump's paragraphs at, if it wrapped them.

lynx wraps at a fixed width (94 or 100 columns); w3m and inscriptis write one paragraph per line, but keep a <pre>
block's own line breaks, so a man page comes wrapped at 80 columns whatever the renderer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Line

MIN_WRAP_WIDTH = 50  # narrower "wrapping" is just short lines
WRAPPED_SHARE = 0.25  # share of long lines ending near the widest one that marks a wrapped render
WRAP_SLACK = 22  # a wrapped line ends within this many columns of the width
WRAPPED_MIN_LINES = 8  # ...or this many lines end near a width no wider than a terminal's
TERMINAL_MAX_WIDTH = 120
OVERLONG_SHARE = 0.02  # a wrapped render may hold a few longer lines (a URL, a table row): looked past
WIDTH_BAND, WIDTH_MIN_LINES, WIDTH_MIN_SHARE = 3, 3, 0.01  # lines wrapped at a width end near it, and several do
# the paragraphs' width may sit this close under the widest lines, if this many times more lines end near it
LISTING_WIDTH_GAP, LISTING_WIDTH_RATIO = 8, 2
# lines ending at the very column, this share of those near it or more, were cut there whatever their words (a <pre>
# block's, which lynx breaks at 100 inside a word): wrapped prose ends spread over the columns under its width
HARD_CUT_SHARE = 0.5
# a second, narrower width: it holds this share of the long lines, and this share of those carry on in lower case
INNER_WIDTH_SHARE, INNER_CARRIED_SHARE = 0.25, 0.3

# Japanese and Chinese are written without spaces: lynx breaks their lines at any character, so each wrapped line ends
# at the same column, and a paragraph's lines join without a space (kana, ideographs, their punctuation, full width)
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana and CJK ideographs
_UNSPACED_CHAR = re.compile(f"[\u3000-\u303f{UNSPACED_LETTERS}\uff00-\uffef]").match


def wrap_width(lines: list[Line]) -> int | None:
    """The column a renderer wrapped at, or None when lines were left unwrapped."""
    long_lines = [line for line in lines if len(line.text) >= 30]
    lengths = sorted(line.indent + len(line.text) for line in long_lines)
    if len(lengths) < 5:
        return _unspaced_width(long_lines)
    width = _widest_if_wrapped(_without_lone_longest(lengths))
    if width is None:  # a man page in a <pre> wrapped at 78 columns, plus one 148-column line
        width = _widest_if_wrapped(lengths[: len(lengths) - max(1, int(len(lengths) * OVERLONG_SHARE))])
    return _paragraph_width(lengths, width) if width else _unspaced_width(long_lines)


def _unspaced_width(long_lines: list[Line]) -> int | None:
    """The column of the widest lines ending in Japanese or Chinese text, when WIDTH_MIN_LINES or more end there: text
    wrapped at any character, which the share of lines near the width misses on a page of short lines. Only lines as
    long as a wrapped one can be (`long_lines`) are looked at."""
    ends = [line.indent + len(line.text) for line in long_lines if unspaced(line.text[-1:])]
    widest = max(ends, default=0)
    return widest if widest >= MIN_WRAP_WIDTH and ends.count(widest) >= WIDTH_MIN_LINES else None


def _paragraph_width(lengths: list[int], width: int) -> int:
    """A few columns under `width`, the length far more lines end near: lynx wraps paragraphs at 94
    columns and a <pre> listing's lines at 100, and a page with many listings has many lines at 100."""
    below = range(width - LISTING_WIDTH_GAP, width - WIDTH_BAND)
    best = max(below, key=lambda column: _ending_near(lengths, column), default=width)
    near_width = _ending_near(lengths, width)
    cut_at_width = _ending_near(lengths, width, band=0)
    if cut_at_width >= WRAPPED_MIN_LINES and cut_at_width > HARD_CUT_SHARE * near_width:
        near_width -= cut_at_width  # a listing's lines, cut at the width: no evidence of the paragraphs' wrap
    return best if _ending_near(lengths, best) > LISTING_WIDTH_RATIO * near_width else width


def _without_lone_longest(lengths: list[int]) -> list[int]:
    """`lengths` sorted, less the longest that few lines (WIDTH_MIN_LINES, or WIDTH_MIN_SHARE of them) come
    within WIDTH_BAND - 1 columns of, up to OVERLONG_SHARE of them: lynx wraps a page's paragraphs at 94
    columns and prints an unbreakable line, or its first line of <link> titles, up to 100. A line at 97 is
    alone though the paragraphs' lines end at 94, three columns under it."""
    end, last_droppable = len(lengths), len(lengths) - max(1, int(len(lengths) * OVERLONG_SHARE))
    enough = max(WIDTH_MIN_LINES, WIDTH_MIN_SHARE * len(lengths))
    while end > last_droppable and _ending_near(lengths, lengths[end - 1], end, WIDTH_BAND - 1) < enough:
        end -= 1
    return lengths[:end]


def _ending_near(lengths: list[int], column: int, end: int | None = None, band: int = WIDTH_BAND) -> int:
    """How many of `lengths[:end]` (sorted) end within `band` columns under `column`, or at it."""
    end = len(lengths) if end is None else end
    return bisect_right(lengths, column, 0, end) - bisect_left(lengths, column - band, 0, end)


def _widest_if_wrapped(lengths: list[int]) -> int | None:
    """`lengths` sorted: the longest is the width, if enough lines end near it."""
    widest = lengths[-1]
    if widest < MIN_WRAP_WIDTH:
        return None
    near_width = sum(1 for length in lengths if length >= widest - WRAP_SLACK)
    if near_width / len(lengths) >= WRAPPED_SHARE and widest <= 200:
        return widest
    # a page of menus and short lines with a few paragraphs, each wrapped at a terminal's width
    return widest if near_width >= WRAPPED_MIN_LINES and widest <= TERMINAL_MAX_WIDTH else None


def inner_wrap_width(lines: list[Line], width: int | None) -> int | None:
    """A narrower column than `width` that many more lines end near, where wrapped prose ends: a man page's <pre>
    text, set at 80 columns, on a page that lynx wraps at 94 (webtext wcxb-dev lynx +0.0006, w3m +0.0001: one page,
    0.04 to 0.97 on lynx). A table's rows, a list's items and a grid of product names end at one column too, but the
    line under them seldom carries on in lower case."""
    if width is None:
        return None
    ends = [(line.indent + len(line.text), following.text[:1].islower())
            for line, following in zip(lines, lines[1:])
            if len(line.text) >= 30 and not line.bullet and "   " not in line.text]  # no table rows
    lengths = sorted(end for end, _ in ends)
    below = range(MIN_WRAP_WIDTH, width - LISTING_WIDTH_GAP)
    best = max(below, key=lambda column: (_ending_near(lengths, column), column), default=None)
    if best is None:
        return None
    count = _ending_near(lengths, best)
    if count < INNER_WIDTH_SHARE * len(lengths) or count <= LISTING_WIDTH_RATIO * _ending_near(lengths, width):
        return None
    carried_on = sum(lower for end, lower in ends if best - WIDTH_BAND <= end <= best)
    return best if carried_on >= INNER_CARRIED_SHARE * count else None


def unspaced(char: str) -> bool:
    """Is `char` (one character, or none) written without spaces around it? Most are ASCII: one comparison."""
    return char >= "\u3000" and _UNSPACED_CHAR(char) is not None
