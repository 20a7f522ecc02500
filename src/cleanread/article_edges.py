"""Second looks at the article once its blocks are labelled: the standfirst over its byline, a second copy of its
paragraphs."""

from __future__ import annotations

import re

from . import model
from .model import Block

COPY_RUN_WORDS = 5  # word runs this long that recur are copied text, not shared phrasing
COPY_MIN_RUNS = 6  # a block of ten words or more; shorter ones are left to the repetition feature
COPY_MIN_WORDS = COPY_RUN_WORDS + COPY_MIN_RUNS - 1
COPY_SHARE = 0.8  # of a block's word runs kept further up: a copy (0.6 and 0.8 tried on the webtext dumps)
COPY_GAP_BLOCKS = 3  # dropped blocks in a row that part a page's copies (without it: -0.66 on regional terms)
BYLINE = re.compile(r"^(by|written by|posted by|author:?)(\s+\S|\s*$)", re.I)  # "By" alone: the name is a link below
STANDFIRST_MAX_GAP = 8  # blocks between a standfirst and the article's next paragraph: byline, date, share bar


def drop_standfirst(blocks: list[Block]) -> None:
    """The article's first paragraph, where its byline or date comes between it and the next, is the standfirst a
    news page prints under the headline (webtext: scrapinghub +0.0012 to +0.0015 a renderer, none down; wcxb-dev
    +0.0000, whose gold keeps it as often as not)."""
    kept = [index for index, block in enumerate(blocks) if block.kept]
    if len(kept) < 3 or blocks[kept[0]].label != model.BODY or not 0 < kept[1] - kept[0] - 1 <= STANDFIRST_MAX_GAP:
        return
    # ...and the article goes on under it: a feed's cards each have their own date
    if _dates_or_signs(blocks[kept[0] + 1 : kept[1]]) and not _dates_or_signs(blocks[kept[1] + 1 : kept[2]]):
        blocks[kept[0]].label = model.STANDFIRST
        blocks[kept[0]].reasons.append("the article's standfirst: its summary, above its byline or date")


def _dates_or_signs(blocks: list[Block]) -> bool:
    return any(block.features["date_line"] or BYLINE.match(block.text.strip()) for block in blocks)


def drop_second_copies(blocks: list[Block]) -> None:
    """A page that prints its article, or paragraphs of it, a second time (a print or app copy, a
    summary box, its paragraphs joined differently) keeps them once: a kept block made mostly of word
    runs kept in an earlier part of the page (before a gap of dropped blocks) goes. Near-identical
    paragraphs side by side (terms for each region) stay, but not a paragraph said again word for word (a page's
    mobile and desktop layouts, a slider's cloned slide: webtext +0.0002 to +0.0004 a renderer and dataset)."""
    earlier: set[tuple[str, ...]] = set()
    said: set[str] = set()  # the keys of kept blocks of COPY_MIN_WORDS or more
    # word runs are only needed once there is an earlier part to compare with; a block's are kept once read
    current: list[tuple[Block, set[tuple[str, ...]] | None]] = []
    dropped_in_a_row = 0
    for block in blocks:
        if not block.kept:
            dropped_in_a_row += 1
            continue
        words = block.features["words"]
        if words >= COPY_MIN_WORDS and _drop_if_said_before(block, said):
            continue
        if dropped_in_a_row >= COPY_GAP_BLOCKS:
            for part, runs in current:
                earlier.update(_word_runs(part) if runs is None else runs)
            current = []
        dropped_in_a_row = 0
        runs = _word_runs(block) if earlier and words >= COPY_MIN_WORDS else None
        copied = len(runs & earlier) if runs else 0
        if runs and len(runs) >= COPY_MIN_RUNS and copied >= COPY_SHARE * len(runs):
            block.label = model.BOILERPLATE
            block.reasons.append(f"a second copy: {copied / len(runs):.0%} of its wording is kept further up")
        elif words >= COPY_RUN_WORDS:
            current.append((block, runs))


def _drop_if_said_before(block: Block, said: set[str]) -> bool:
    """Labels `block` a second copy if its words were all `said` by a kept block before it, else notes them."""
    key = block.features["key"]
    if key in said:
        block.label = model.BOILERPLATE
        block.reasons.append("a second copy: said word for word further up")
        return True
    said.add(key)
    return False


def _word_runs(block: Block) -> set[tuple[str, ...]]:
    words = block.features["key"].split()
    return set(zip(*(words[start:] for start in range(COPY_RUN_WORDS))))
