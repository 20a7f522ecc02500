"""Mojibake in a web page's text: UTF-8 read as Latin-1 or a Windows code page ("itâ€™s" for "it’s"), by the text
browser that dumped it or by the page itself. ftfy undoes it; a cheap scan first says whether there can be any, since
one page in twenty has some and ftfy's own test costs a tenth of an extraction."""

from __future__ import annotations

import re

import ftfy

from ..model import Block, replace_text

MOJIBAKE_REASON = "mojibake undone: UTF-8 that was read as Latin-1 or a Windows code page"

# a UTF-8 sequence's first byte as Latin-1 or Windows-1252/1250 prints it ("Â", "Ã", "â", "ð", "Ă", "đ"), then a
# continuation byte as they print it: a C1 control, a Latin-1 sign or letter, a Windows letter or punctuation
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4\u0102\u0103\u0111][\u0080-\u00bf\u0100-\u02ff\u2010-\u203a\u20ac\u2122]")


def may_hold_mojibake(text: str) -> bool:
    return _MOJIBAKE_HINT.search(text) is not None


def without_mojibake(text: str) -> str:
    """`text` with its mojibake undone; text with none comes back as it was.

    >>> without_mojibake("It was the firmâ€™s plan â€” and it worked.")
    'It was the firm’s plan — and it worked.'
    >>> without_mojibake("Â« Déjà vu », dit-elle.")
    '« Déjà vu », dit-elle.'
    """
    return ftfy.fix_encoding(text) if may_hold_mojibake(text) else text


def repair_mojibake(blocks: list[Block]) -> None:
    """Each block's text without mojibake, the original kept in its features: "Ã©" is no copyright sign and
    "Cafã©" no word to the scorer, and the title and byline are read from blocks the article leaves out."""
    for block in blocks:
        clean = without_mojibake(block.text)
        if clean != block.text:
            replace_text(block, clean)
            block.reasons.append(MOJIBAKE_REASON)
