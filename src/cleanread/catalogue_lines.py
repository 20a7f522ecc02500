"""Lines of a shop's catalogue page that are not its content, whatever list they stand in.

lynx and w3m print a collection page's filters and a product's carousel line by line, where they read as a list
inside the article; classify.py asks these checks about the short blocks inside it.
"""

from __future__ import annotations

import re

from .model import Block

# a filter's name and its count of products; "Zephyrus G14 (2023)" is a year, not a count
_FILTER_OPTION = re.compile(r"[^()\n]{1,40} \((?!(?:19|20)\d\d\))\d[\d,]*\)")
_NUMBERED_NAME = re.compile(r"(.+) (\d{1,2})")
NUMBERED_PICTURES_MIN = 3  # "Coast Headlamp 0" to "… 2": fewer may be a list's own numbering


def among_filter_options(blocks: list[Block], index: int, first: int, last: int) -> bool:
    """ "Merino Wool (2)" over "Alpaca (4)": a shop's filters, each with how many products it holds."""
    return _is_filter_option(blocks[index].text) and any(
        _is_filter_option(blocks[i].text) for i in (index - 1, index + 1) if first <= i <= last)


def numbered_picture(blocks: list[Block], index: int) -> bool:
    """ "Coast Headlamp 0", "Coast Headlamp 1", "Coast Headlamp 2": a product's pictures, as a carousel names them."""
    numbered = _numbered(blocks[index].text)
    if numbered is None:
        return False
    name, number = numbered
    run = 1
    for step in (-1, 1):
        offset = step
        while 0 <= index + offset < len(blocks) and _numbered(blocks[index + offset].text) == (name, number + offset):
            run, offset = run + 1, offset + step
    return run >= NUMBERED_PICTURES_MIN


def _numbered(text: str) -> tuple[str, int] | None:
    if not text[-1:].isdigit():
        return None
    match = _NUMBERED_NAME.fullmatch(text)
    return (match.group(1), int(match.group(2))) if match else None


def _is_filter_option(text: str) -> bool:
    return text.endswith(")") and _FILTER_OPTION.fullmatch(text) is not None
