"""Lines of PDF text with their place in the input, and what a line says about itself.

The layout stages move lines (columns read one after the other) and cut them (two columns run
together, a heading glued on); each piece keeps the number of the input line it came from, so
that `--explain` points at the input.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")  # a line that ends a sentence (or a clause before a list)


class Line(NamedTuple):
    number: int  # 1-based line of the input (form feeds do not count as line breaks)
    text: str


def numbered_pages(text: str) -> list[list[Line]]:
    """The input's pages, split at form feeds, each a list of its lines.

    >>> numbered_pages("one\\ntwo\\fthree\\nfour")
    [[Line(number=1, text='one'), Line(number=2, text='two')], [Line(number=2, text='three'), Line(number=3, text='four')]]
    """
    pages: list[list[Line]] = [[]]
    for number, line in enumerate(text.split("\n"), 1):
        first, *rest = line.split("\f")
        pages[-1].append(Line(number, first))
        for piece in rest:
            pages.append([Line(number, piece)])
    return pages


def page_text(pages: list[list[Line]]) -> str:
    """The pages as text again, form feeds between them."""
    return "\f".join("\n".join(line.text for line in page) for page in pages)
