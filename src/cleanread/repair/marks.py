"""Stray marks OCR leaves at the start of a paragraph: a bullet read as '~', a speck read as a quote."""

from __future__ import annotations

import re

_TILDE_BULLET = re.compile(r"^~(?=\s)", re.M)
_LEADING_QUOTE = re.compile(r"^[‘'](?=[A-Z])(?P<rest>[^\n]{0,80})", re.M)
_CLOSING_QUOTE = re.compile(r"[’'](?![a-z])")


def stray_paragraph_marks(text: str) -> str:
    """Turn a '~' bullet into '-', and drop an opening quote that nothing closes.

    >>> stray_paragraph_marks("~ Lead paint kit\\n'You can't just do it, they said.")
    "- Lead paint kit\\nYou can't just do it, they said."
    >>> stray_paragraph_marks("'Hello' is a greeting.")
    "'Hello' is a greeting."
    """
    text = _TILDE_BULLET.sub("-", text)

    def drop_unclosed(match: re.Match[str]) -> str:
        rest = match.group("rest")
        return match.group(0) if _CLOSING_QUOTE.search(rest) else rest

    return _LEADING_QUOTE.sub(drop_unclosed, text)
