"""Decide what kind of document a text is from its content alone, never from its file name."""

from __future__ import annotations

import re

from .errors import CleanreadError
from .model import KINDS

SNIFF_CHARS = 8192  # the head of a document says what kind it is
MIN_HTML_TAGS = 5  # distinct structural tags before a text counts as markup
MIN_PDF_SIGNS = 2  # one sign alone (a numbered list, a "Table 2") is common on web pages
PAPER_ONLY_SIGNS = ("abstract line", "references heading", "garbled citation superscripts")
_MIN_MATCHES = {"garbled citation superscripts": 2}  # one "e']" is a typo, two are OCR
_PAPER_WORDS = ("abstract", "keywords", "key words", "references", "bibliography")  # in the paper-only signs

_HTML_START = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(html|head|body|div|p|span|a|meta|title|script|style|table|li|ul|br|h[1-6])\b", re.I)

# Evidence that a text came out of a PDF or OCR: the furniture of academic papers.
_PDF_SIGNS = {
    "abstract line": re.compile(r"^\s*(abstract|keywords|key words)\b\s*[:.\-—]", re.I | re.M),
    "numbered section heading": re.compile(r"^\s*\d{1,2}(\.\d{1,2})*\.?\s+[A-Z][^\n.]{3,80}$", re.M),
    "figure or table caption": re.compile(r"^\s*(fig\.|figure|table)\s*([0-9]+|[IlV|])(?=[\s.:]|$)", re.I | re.M),
    "garbled citation superscripts": re.compile(r"[a-z][!'’?%™®\]]{2,}(?=\s*[.,;:|])"),
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
    lowered = sample.lower()
    if not any(word in lowered for word in _PAPER_WORDS) and not _PDF_SIGNS["garbled citation superscripts"].search(sample):
        return "web-text"  # no paper-only sign can be present: skip the rest of the evidence
    pdf_signs, web_signs = signs_present(sample, _PDF_SIGNS), signs_present(sample, _WEB_SIGNS)
    specific = [name for name in pdf_signs if name in PAPER_ONLY_SIGNS]
    is_pdf = bool(specific) and len(pdf_signs) >= MIN_PDF_SIGNS and len(pdf_signs) > len(web_signs)
    return "pdf-text" if is_pdf else "web-text"


def looks_like_html(sample: str) -> bool:
    """A document or fragment that starts as markup; tags quoted inside prose do not count."""
    if _HTML_START.match(sample):
        return True
    starts_with_tag = sample.lstrip()[:1] == "<"
    return starts_with_tag and len({tag.lower() for tag in _HTML_TAG.findall(sample)}) >= MIN_HTML_TAGS


def check_kind(kind: str) -> str:
    """Validate a kind given by a caller; 'auto' passes through."""
    if kind != "auto" and kind not in KINDS:
        raise CleanreadError(f"unknown kind {kind!r}; expected auto, {', '.join(KINDS)}")
    return kind


def signs_present(sample: str, signs: dict[str, re.Pattern[str]]) -> list[str]:
    """The kinds of evidence found: variety counts, not volume (a long numbered list is one sign)."""
    return [name for name, pattern in signs.items() if _occurs(pattern, sample, _MIN_MATCHES.get(name, 1))]


def _occurs(pattern: re.Pattern[str], sample: str, times: int) -> bool:
    if times == 1:
        return pattern.search(sample) is not None
    return sum(1 for _ in zip(range(times), pattern.finditer(sample))) >= times
