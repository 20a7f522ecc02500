"""Split a plain-text page dump into blocks that survive every renderer.

w3m and inscriptis write one paragraph per line; lynx wraps paragraphs at a fixed width.
Blocks are runs of lines that belong together: one paragraph, one list item, one menu entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block

MIN_WRAP_WIDTH = 50  # narrower "wrapping" is just short lines
WRAPPED_SHARE = 0.25  # share of long lines ending near the widest one that marks a wrapped render
WRAP_SLACK = 22  # a wrapped line ends within this many columns of the width

_BULLET = re.compile(r"^(?P<marker>[•*+□■▪◦·‣o-]|\d{1,3}[.)])\s+(?=\S)")
_BULLET_FIRST_CHARS = frozenset("•*+□■▪◦·‣o-")
_WORD = re.compile(r"\S+")


@dataclass
class Line:
    number: int  # 1-based
    text: str  # stripped
    indent: int
    bullet: str | None  # the bullet marker, when the line starts a list item

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Lines with indentation and bullet markers noted; bullet markers are removed from the text."""
    lines = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        expanded = (raw.expandtabs(4) if "\t" in raw else raw).rstrip()
        stripped = expanded.lstrip()
        first = stripped[:1]
        bullet = _BULLET.match(stripped) if first in _BULLET_FIRST_CHARS or first.isdigit() else None
        marker = bullet.group("marker") if bullet else None
        if marker == "o" and not _looks_like_lynx_o_bullet(stripped):
            marker, bullet = None, None
        body = stripped[bullet.end():] if bullet else stripped
        lines.append(Line(number, body, len(expanded) - len(stripped), marker))
    return lines


def wrap_width(lines: list[Line]) -> int | None:
    """The column a renderer wrapped at, or None when lines were left unwrapped."""
    lengths = [line.indent + len(line.text) for line in lines if len(line.text) >= 30]
    if len(lengths) < 5:
        return None
    widest = max(lengths)
    if widest < MIN_WRAP_WIDTH:
        return None
    near_width = sum(1 for length in lengths if length >= widest - WRAP_SLACK)
    return widest if near_width / len(lengths) >= WRAPPED_SHARE and widest <= 200 else None


def line_key(raw_line: str) -> str:
    """A line as other pages of the same site would repeat it: no bullet, spacing or case differences.

    >>> line_key("  *  Privacy   Policy ")
    'privacy policy'
    """
    stripped = raw_line.strip()
    bullet = _BULLET.match(stripped) if stripped[:1] in _BULLET_FIRST_CHARS or stripped[:1].isdigit() else None
    return " ".join((stripped[bullet.end():] if bullet else stripped).lower().split())


def segment_web_text(text: str, *, template_lines: frozenset[str] = frozenset()) -> list[Block]:
    """Blocks of a text dump, each with its first line number and layout features.

    `template_lines` are line keys seen on other pages of the same site in this run; a block made
    only of such lines is marked as template.
    """
    lines = split_lines(text)
    width = wrap_width(lines)
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if current and (line.blank or not _continues(current[-1], line, width)):
            blocks.append(_make_block(current, template_lines))
            current = []
        if not line.blank:
            current.append(line)
    if current:
        blocks.append(_make_block(current, template_lines))
    return blocks


def _continues(previous: Line, line: Line, width: int | None) -> bool:
    """Does `line` carry on the paragraph `previous` was wrapped out of?"""
    if width is None or line.bullet:
        return False
    first_word = _WORD.match(line.text)
    room_left = width - (previous.indent + len(previous.text))
    wrapped = first_word is not None and len(first_word.group()) + 1 > room_left - 2
    same_column = line.indent == previous.indent or (
        previous.bullet is not None and line.indent >= previous.indent
    )
    return wrapped and same_column


def _make_block(lines: list[Line], template_lines: frozenset[str]) -> Block:
    text = lines[0].text if len(lines) == 1 else " ".join(line.text for line in lines)
    block = Block(text=text, line=lines[0].number, features={"bullet": lines[0].bullet})
    if template_lines:
        block.features["template"] = all(" ".join(line.text.lower().split()) in template_lines for line in lines)
    return block


def _looks_like_lynx_o_bullet(stripped: str) -> bool:
    """lynx marks third-level items with 'o '; only trust it before a capital or digit."""
    return len(stripped) > 2 and (stripped[2].isupper() or stripped[2].isdigit())
