"""Split PDF-derived text (pdftotext or OCR) into paragraph blocks, keeping each block's lines.

Paragraphs end at blank lines and at lines clearly shorter than the body width; headings,
captions and page numbers stand alone. A paragraph cut by a page break is joined again.
"""

from __future__ import annotations

import bisect
import re

from ..model import Block
from .columns import reorder_page_columns
from .interleave import separate_run_together_columns
from .lines import SENTENCE_END, Line, numbered_pages

BODY_WIDTH_QUANTILE = 0.9  # the width most full lines reach
PARAGRAPH_END_RATIO = 0.7  # a line shorter than this share of the body width ends a paragraph
FULL_LINE_RATIO = 0.85  # a line this wide was wrapped, so its paragraph goes on
COLUMN_MIN_RATIO = 0.4  # a column is at least this share of the body width; narrower bands are cells or lists

NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}\.?\s+[A-Z][^.!?]{2,120}$")
NAMED_HEADING = re.compile(
    r"^(abstract|introduction|background|methods?|results|discussion|conclusions?|"
    r"references|bibliography|acknowledge?ments?|appendix)\s*:?$",
    re.I,
)
CAPTION = re.compile(r"^[‘’'\"~]?\s*(fig\.|figure|table)\s*([0-9]+|[lI|!])(?=[\s.:]|$)", re.I)
REFERENCE_ENTRY = re.compile(r"^\[(\d{1,3})\]\s+\S")
PAGE_NUMBER = re.compile(r"^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
SECTION_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\.?\s+[A-Z]\S*(?:\s+\S+){0,5}$")
GLUED_HEADING = re.compile(
    r"^(?P<before>.*?\S)(?P<gap>-? ?)(?P<number>\d{1,2}\.|\d{1,2}\.\d{1,2}\.?) +(?P<title>[A-Z][a-z]+(?: [a-z]+){0,2})$"
)
GLUED_HEADING_MIN_WORDS_BEFORE = 4  # "Tier 2 Every" is a table row, not a line with a heading glued on


def body_width(lines: list[str]) -> int:
    """The width most full lines reach; a column's width when most lines fill a narrower band.

    pdftotext without -layout prints two-column pages column by column but runs some lines of
    both columns together; those long lines must not make every column line look short.
    """
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 0
    widest = lengths[min(len(lengths) - 1, int(len(lengths) * BODY_WIDTH_QUANTILE))]
    band = _fullest_band(lengths)
    return band if COLUMN_MIN_RATIO * widest <= band < widest else widest


def _fullest_band(lengths: list[int]) -> int:
    """The width W whose band [FULL_LINE_RATIO * W, W] holds the most lines (the widest on ties)."""
    best_count, best_width = -1, 0
    for width in sorted(set(lengths)):
        count = bisect.bisect_right(lengths, width) - bisect.bisect_left(lengths, FULL_LINE_RATIO * width)
        if count >= best_count:
            best_count, best_width = count, width
    return best_width


def line_role(line: str, *, starts_paragraph: bool) -> str | None:
    """'page-number', 'heading' or 'caption' for a line that stands alone, else None."""
    if PAGE_NUMBER.match(line):
        return "page-number"
    if REFERENCE_ENTRY.match(line):
        return "reference"
    if not starts_paragraph:
        return None
    if NUMBERED_HEADING.match(line) or NAMED_HEADING.match(line):
        return "heading"
    if CAPTION.match(line):
        return "caption"
    return None


def segment_pdf_text(text: str) -> list[Block]:
    """Paragraph blocks whose text keeps the original line breaks (repair unwraps them)."""
    pages = [reorder_page_columns(page) for page in numbered_pages(text.replace("\r\n", "\n").replace("\r", "\n"))]
    width = body_width([line.text.strip() for page in pages for line in page])
    pages = separate_run_together_columns(pages, width)
    lines = split_glued_headings([Line(number, text.strip()) for page in pages for number, text in page])
    blocks: list[Block] = []
    current: list[tuple[int, str]] = []

    def flush(role: str | None = None) -> None:
        if current:
            blocks.append(_make_block(current, width, role))
            current.clear()

    for number, line in lines:
        if not line:
            flush()
            continue
        previous_ended = not current or bool(SENTENCE_END.search(current[-1][1]))
        role = line_role(line, starts_paragraph=previous_ended)
        if role:
            flush()
            current.append((number, line))
            if not _opens_paragraph(role, line, width):
                flush(role)
            continue
        current.append((number, line))
        if len(line) < PARAGRAPH_END_RATIO * width and not line.endswith("-"):
            flush(_role_of(current))
    flush(_role_of(current))
    return _join_page_breaks(blocks)


def split_glued_headings(lines: list[Line]) -> list[Line]:
    """Lines with a section heading of the other column, glued to their end, split off it.

    Where the columns nearly touch, pdftotext runs a heading into the line beside it, and drops
    the hyphen of a word broken there ("freelancer pock2. Background"). Only a section number
    the paper lacks as a heading line of its own is split off.

    >>> def split(*texts): return [line.text for line in split_glued_headings([Line(1, text) for text in texts])]
    >>> split("2.1 Prior studies", "they paid out of their own pock2. Background", "ets.")
    ['2.1 Prior studies', 'they paid out of their own pock-', '', '2. Background', '', 'ets.']
    >>> split("2. Background", "the rate fell from 4 to 2. Background")
    ['2. Background', 'the rate fell from 4 to 2. Background']
    """
    headed = {match.group(1) for line in lines if (match := SECTION_LINE.match(line.text))}
    split: list[Line] = []
    for number, text in lines:
        match = GLUED_HEADING.match(text)
        section = match.group("number").rstrip(".") if match else None
        if not match or section in headed or len(match.group("before").split()) < GLUED_HEADING_MIN_WORDS_BEFORE:
            split.append(Line(number, text))
            continue
        before, gap = match.group("before"), match.group("gap")
        broken_word = gap.startswith("-") or (not gap and before[-1].islower())
        heading = f"{match.group('number')} {match.group('title')}"
        split += [Line(number, piece) for piece in (before + ("-" if broken_word else ""), "", heading, "")]
        headed.add(section)
    return split


def _opens_paragraph(role: str, line: str, width: int) -> bool:
    """A caption or reference that runs on, or a numbered line as wide as the text: a list item, not a heading."""
    if role == "heading":
        return len(line) >= FULL_LINE_RATIO * width
    return role in ("caption", "reference") and len(line) >= PARAGRAPH_END_RATIO * width


def _role_of(lines: list[tuple[int, str]]) -> str | None:
    if lines and CAPTION.match(lines[0][1]):
        return "caption"
    if lines and REFERENCE_ENTRY.match(lines[0][1]):
        return "reference"
    return None


def _make_block(lines: list[tuple[int, str]], width: int, role: str | None) -> Block:
    texts = [text for _, text in lines]
    widest = max(len(text) for text in texts)
    return Block(
        text="\n".join(texts),
        line=lines[0][0],
        features={
            "role": role,
            "line_count": len(texts),
            "width_ratio": widest / width if width else 1.0,
            "last_line_ratio": len(texts[-1]) / width if width else 1.0,
            "sentence_end": bool(SENTENCE_END.search(texts[-1])),
        },
    )


def _join_page_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph whose last line ran full width into the next one starting in lowercase."""
    joined: list[Block] = []
    held: list[Block] = []  # page numbers met between the two halves
    for block in blocks:
        open_paragraph = _last_open_paragraph(joined)
        if block.features["role"] == "page-number" and open_paragraph is not None:
            held.append(block)
            continue
        if open_paragraph is not None and block.features["role"] is None and block.text[:1].islower():
            join_continuation(open_paragraph, block)
            joined.extend(held)
        else:
            joined.extend(held)
            joined.append(block)
        held = []
    return joined + held


def join_continuation(paragraph: Block, continuation: Block) -> None:
    """Append the paragraph's other half, found after a page break or elsewhere on the page."""
    paragraph.text += "\n" + continuation.text
    features, more = paragraph.features, continuation.features
    features["sentence_end"] = more["sentence_end"]
    features["last_line_ratio"] = more["last_line_ratio"]
    features["width_ratio"] = max(features["width_ratio"], more["width_ratio"])
    features["line_count"] += more["line_count"]


def _last_open_paragraph(blocks: list[Block]) -> Block | None:
    if not blocks:
        return None
    last = blocks[-1]
    features = last.features
    is_open = (
        features["role"] is None
        and not features["sentence_end"]
        and features["last_line_ratio"] >= FULL_LINE_RATIO
    )
    return last if is_open else None
