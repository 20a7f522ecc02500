"""Limits that keep hostile input from exhausting time or memory; every one has an option.

| limit | default | option |
|---|---|---|
| document size, after decompression | 20 MB | --max-size |
| characters per line seen by the text stages | 20,000 | --max-line |
| lines per text document | 200,000 | --max-lines |
| decompressed bytes per input file | 16 GB | --max-decompressed |
| HTML elements per page | 200,000 | --max-nodes |
| HTML nesting depth | 255 (libxml2's own limit: the page is cut off where it goes deeper) | – |
| time per document in a worker | 60 s | --timeout |
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ContentError

DEFAULT_MAX_LINE_CHARS = 20_000  # far above any real paragraph; bounds what each regex scans at once
DEFAULT_MAX_LINES = 200_000  # a 500-page book is about 20,000 lines; every line costs a block's memory
DEFAULT_MAX_HTML_NODES = 200_000  # the largest WCXB and ScrapingHub pages have about 30,000 elements
DEFAULT_MAX_DECOMPRESSED_BYTES = 16 * 1024**3  # a Common Crawl WARC is about 5 GB decompressed
_START_TAG = re.compile(r"<[a-zA-Z]")
LINE_BREAK_LOOKBACK = 200  # look this far back from the limit for a space to break an over-long line at


@dataclass(frozen=True)
class Limits:
    """Per-document limits the pipeline enforces itself (sizes are enforced by the readers)."""

    max_line_chars: int = DEFAULT_MAX_LINE_CHARS
    max_lines: int = DEFAULT_MAX_LINES
    max_html_nodes: int = DEFAULT_MAX_HTML_NODES


DEFAULT_LIMITS = Limits()


def check_html_size(text: str, max_nodes: int) -> None:
    """Refuse a page with more than `max_nodes` elements before any parser spends minutes on it. A start
    tag takes two characters at least, so a shorter page is not scanned (a scan costs 2% of fast mode)."""
    if len(text) > 2 * max_nodes and text.count("<") > max_nodes and len(_START_TAG.findall(text)) > max_nodes:
        raise ContentError(f"HTML page too large: more than {max_nodes:,} elements (see --max-nodes)")


def split_long_lines(text: str, max_chars: int = DEFAULT_MAX_LINE_CHARS) -> str:
    """Break lines over `max_chars` at a space near the limit (or at the limit), losing no word.

    >>> split_long_lines("aaaa bbbb cccc", max_chars=9)
    'aaaa bbbb\\ncccc'
    >>> split_long_lines("short\\nlines", max_chars=9)
    'short\\nlines'
    """
    if len(text) <= max_chars or all(len(line) <= max_chars for line in text.split("\n")):
        return text
    return "\n".join(piece for line in text.split("\n") for piece in _pieces(line, max_chars))


def _pieces(line: str, max_chars: int) -> list[str]:
    pieces = []
    while len(line) > max_chars:
        cut = line.rfind(" ", max(0, max_chars - LINE_BREAK_LOOKBACK), max_chars + 1)
        if cut <= 0:
            pieces.append(line[:max_chars])
            line = line[max_chars:]
        else:
            pieces.append(line[:cut])
            line = line[cut + 1:]
    pieces.append(line)
    return pieces
