"""Section markers known only by the blocks around them.

score.py reads a marker ("Related Posts", "12 Comments") from a block's own words. Some headings open a
section only in context: a "said:" line over a timestamp opens a comment, an "About Ascom" line over a
paragraph about Ascom opens a press release's box; and a "Popular Dishes" line between two paragraphs is
the article's own heading, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Block
from .text_browsers import past_pictures

COMMENT_HEADER_MAX_WORDS = 6
DATED_COMMENT_HEADER_MAX_WORDS = 16  # "Gary M on September 17, 2018 at 8:50 pm said:"
_ON_A_DATE = re.compile(r"\s(?:on|at)\s.*\b(?:19|20)\d\d\b", re.I)  # "… on September 12, 2018 at …"
_COMMENT_HEADER = re.compile(r"\s(says|said|wrote)\s*:\s*$", re.I)
# "About Ascom" over "Ascom is a global solutions provider …": a press release's or an author's box ("About This
# Guide" over "This guide …" is the article's own section)
_ABOUT_BOX = re.compile(r"About (?:the )?(?!(?:This|These|That|Those|Our|Your|My|Us|Me|It)\b)([A-Z][\w&.'’-]*)"
                        r"(?: [A-Z][\w&.'’-]*){0,4}:?")
ABOUT_BOX_MIN_WORDS = 15  # ...over a paragraph, not a line of links
CAPTION_MAX_WORDS = 5  # a picture's caption or source line between a heading and its paragraph


def mark_comment_headers(blocks: list[Block]) -> None:
    """ "joetoronto says:" over a timestamp opens a comment, even where no "Comments" heading does, and so does
    "Milan Griffes on September 12, 2018 at 4:47 pm said:", stamped on its own line."""
    for index, block in enumerate(blocks):
        words = block.features["words"]
        if words > DATED_COMMENT_HEADER_MAX_WORDS or not block.text.rstrip().endswith(":"):  # as every header does
            continue
        if not _COMMENT_HEADER.search(block.text):
            continue
        if words <= COMMENT_HEADER_MAX_WORDS:
            stamped = any(b.features["date_line"] for b in blocks[index + 1 : index + 3])
        else:
            stamped = _ON_A_DATE.search(block.text) is not None  # the header's own date, before its "said:"
        if stamped and not block.features["section_marker"]:
            block.features["section_marker"] = "comments"


def mark_about_boxes(blocks: list[Block]) -> None:
    """An "About <name>" box is a section of the page's furniture, as "Related posts" is: a wall no article run
    crosses, and a footer after the article (webtext: scrapinghub +0.0005, wcxb-dev +0.0002 a renderer). Marked
    here, as comment headers are, so that it is classed and scored as the section marker it is."""
    for block, following in zip(blocks, blocks[1:]):
        if "About " not in block.text[:40]:  # a plain test first: this runs on every block
            continue
        match = _ABOUT_BOX.fullmatch(block.text.strip())
        if (match and not block.features["section_marker"] and following.features["words"] >= ABOUT_BOX_MIN_WORDS
                and following.text.lstrip().removeprefix("The ").startswith(match.group(1))):
            block.features["section_marker"] = "footer"


def headings_between_paragraphs(blocks: list[Block]) -> Iterator[Block]:
    """ "Related" markers with a paragraph right above and prose right below: "Popular Dishes", "Recent
    Developments", an image's "popular platform" inside an article. A box of related links opens with titles;
    the teasers of one run together into a line of titles that is not prose. Needs the blocks' context-free
    classes."""
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        if block.features["section_marker"] != "related":
            continue
        above, below = past_pictures(blocks, index - 1, -1), past_pictures(blocks, index + 1, 1)
        if above < 0 or blocks[above].features["class"] != "good" or below >= len(blocks):
            continue
        if _prose_follows(blocks, below, labelled=block.text.rstrip().endswith(":")):
            yield block


def _prose_follows(blocks: list[Block], start: int, *, labelled: bool) -> bool:
    """A paragraph at `start`, or one right after a caption's few words (a picture's source, a single link) or
    after a sentence or two: the one teaser of a box inside the article, with the article going on under it, or a
    list of "Name: what it does." entries. Sentences with no paragraph under them are a box's teasers ("Most
    Read"); a marker `labelled` with a colon ("Recent Reviews:") introduces a widget's fields."""
    following = blocks[start].features
    if following["class"] == "good":
        return True
    classes = [block.features["class"] for block in blocks[start + 1 : start + 3]]
    if following["words"] <= CAPTION_MAX_WORDS and classes[:1] == ["good"]:
        return True
    return (following["class"] == "neargood" and not labelled
            and (classes[:1] == ["good"] or classes == ["neargood", "good"]))
