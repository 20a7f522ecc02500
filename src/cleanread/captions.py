"""Which of the article's blocks is a photo's caption: its credit, or the words that point into the picture.

A caption is dropped, as news extractors drop it; classify asks only of the blocks inside the article.
"""

from __future__ import annotations

import re

from .model import Block

CAPTION_MAX_WORDS = 120  # a photo caption is a few sentences; a longer block naming a photographer is prose
CAPTION_CUE_MAX_WORDS = 80  # ...and one without a credit says what the picture shows in fewer words
# A photo's credit line: "(AP Photo/Jane Roe)", "Photo by: …", "Credit: NASA", "… via Getty Images".
PHOTO_CREDIT = re.compile(
    r"\((AP|AFP|Reuters|Getty)?\s*Photo\b|\bAP Photo\b|\bPhoto(graph)?( by| credit)?:|\bImage( credit)?:"
    r"|(^|[.!?)]\s+)Credits?:|Getty Images\b|\bfile photo\b|\bPhoto courtesy\b|\bShutterstock\)?\s*$"
    r"|\(Photo[^)]*\)$|/\s*(AP|Reuters|AFP|Getty)\)?$",
    re.I,
)
# How a caption without a credit points into its picture: "Jane Roe, left, and …" (a name, not a sentence's
# first word: "That's right, …"), "In this photo issued by …", "This illustration shows …", "… looks on as …",
# "took this image", "…, pictured at …".
CAPTION_CUE = re.compile(
    r"(?<=\w )[A-Z][\w.'’-]*,? \(?(?:left|right|center|centre|second from (?:left|right))\)?[,)]"
    r"|\bIn this (?:\w+ ){0,3}(?:photo|image|picture|photograph)\b"
    r"|\bThis (?:\w+ )?(?:photo|image|picture|photograph|illustration) (?:shows|of)\b"
    r"|\blooks on as\b|\btook this (?:image|photo|picture)\b|, pictured (?:at|in|on|with|during)\b"
)
_CREDIT_AGENCIES = ("ap", "afp", "reuters")  # a credit without a photo word ends on an agency's name


def photo_caption(block: Block) -> str | None:
    """Why a block reads as a photo's caption (its credit, or how it points into the picture), or None.
    Asked only of the article's blocks, not of every block of every page."""
    text, key, words = block.text.strip(), block.features["key"], block.features["words"]
    credit = _photo_credit(text, key) if words <= CAPTION_MAX_WORDS else None
    if credit:
        return f"credit {credit!r}"
    cue = _caption_cue(text, key) if words <= CAPTION_CUE_MAX_WORDS else None
    return f"{cue!r} points into a picture" if cue else None


def _photo_credit(text: str, key: str) -> str | None:
    """The credit line a caption carries; the regex only runs on blocks that name one of its words,
    since on every block of a dump it costs as much as all other features together."""
    named = "photo" in key or "image" in key or "credit" in key or "getty" in key or "shutterstock" in key
    if not named and not key.endswith(_CREDIT_AGENCIES):
        return None
    credit = PHOTO_CREDIT.search(text)
    return credit.group().strip() if credit else None


def _caption_cue(text: str, key: str) -> str | None:
    """The words by which a caption without a credit points into its picture; guarded like `_photo_credit`,
    by the words each of CAPTION_CUE's patterns needs."""
    if not ("left" in key or "right" in key or "center" in key or "centre" in key or "photo" in key
            or "image" in key or "picture" in key or "illustration" in key or "looks on" in key):
        return None
    cue = CAPTION_CUE.search(text)
    return cue.group().strip() if cue else None
