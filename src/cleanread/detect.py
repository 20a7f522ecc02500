"""Decide what kind of document a text is from its content alone, never from its file name."""

from __future__ import annotations

import re

from .errors import CleanreadError
from .model import KINDS

SNIFF_CHARS = 65536
MIN_HTML_TAGS = 5  # distinct structural tags before a text counts as markup

_HTML_START = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(html|head|body|div|p|span|a|meta|title|script|style|table|li|ul|br|h[1-6])\b", re.I)

# Evidence that a text came out of a PDF or OCR: the furniture of academic papers.
_PDF_SIGNS = {
    "abstract line": re.compile(r"^\s*(abstract|keywords|key words)\b\s*[:.\-—]", re.I | re.M),
    "numbered section heading": re.compile(r"^\s*\d{1,2}(\.\d{1,2})*\.?\s+[A-Z][^\n.]{3,80}$", re.M),
    "figure or table caption": re.compile(r"^\s*(fig\.|figure|table)\s*([0-9]+|[IlV|])(?=[\s.:]|$)", re.I | re.M),
    "garbled citation superscript": re.compile(r"[a-z][!'’?%™®\]]{2,}(?=\s*[.,;:|])"),
    "line-end hyphenation": re.compile(r"[a-z]-\n[a-z]"),
    "references heading": re.compile(r"^\s*(references|bibliography)\s*$", re.I | re.M),
}

# Evidence that a text is a whole web page rendered to text.
_WEB_SIGNS = {
    "bullet lines": re.compile(r"^\s*[•*+□■▪◦·]\s+\S", re.M),
    "boilerplate vocabulary": re.compile(
        r"\b(share on|sign in|log ?in|subscribe|newsletter|cookies?|privacy policy|"
        r"all rights reserved|previous post|next post|related posts?|read more|skip to)\b|©",
        re.I,
    ),
    "link or button markers": re.compile(r"\((BUTTON|IMG)\)|\[(IMG|image|\d+)\]|https?://", re.I),
}


def detect_kind(text: str) -> str:
    """Return 'html', 'web-text' or 'pdf-text' for the given document text.

    >>> detect_kind("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    'html'
    >>> detect_kind("Abstract: We study things.\\n1. Introduction\\nText of the paper.")
    'pdf-text'
    """
    sample = text[:SNIFF_CHARS]
    if looks_like_html(sample):
        return "html"
    pdf_evidence = sum(_count_signs(sample, _PDF_SIGNS).values())
    web_evidence = sum(_count_signs(sample, _WEB_SIGNS).values())
    return "pdf-text" if pdf_evidence > web_evidence else "web-text"


def looks_like_html(sample: str) -> bool:
    if _HTML_START.match(sample):
        return True
    return len({tag.lower() for tag in _HTML_TAG.findall(sample)}) >= MIN_HTML_TAGS


def check_kind(kind: str) -> str:
    """Validate a kind given by a caller; 'auto' passes through."""
    if kind != "auto" and kind not in KINDS:
        raise CleanreadError(f"unknown kind {kind!r}; expected auto, {', '.join(KINDS)}")
    return kind


def _count_signs(sample: str, signs: dict[str, re.Pattern[str]]) -> dict[str, int]:
    """Count matches per sign, capped so one repeated sign cannot outvote all others."""
    return {name: min(len(pattern.findall(sample)), 10) for name, pattern in signs.items()}
