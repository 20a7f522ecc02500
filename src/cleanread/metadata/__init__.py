"""Metadata stage: title, date, source, site, author, url and language for every input kind."""

from .dates import find_date, normalize_date
from .html import html_metadata, page_evidence
from .language import detect_language, detect_prose_language
from .pdf import pdf_metadata
from .text import TextMetadata, text_metadata

__all__ = [
    "TextMetadata", "detect_language", "detect_prose_language", "find_date", "html_metadata", "normalize_date", "page_evidence", "pdf_metadata",
    "text_metadata",
]
