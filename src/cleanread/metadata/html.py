"""HTML metadata from what trafilatura (and htmldate under it) read off the page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .dates import normalize_date
from .text import TextMetadata


def html_metadata(found: dict[str, Any], *, url: str | None) -> TextMetadata:
    """The publication is og:site_name or its like; the site is the host the page came from."""
    page_url = url or found.get("url")
    host = urlsplit(page_url).hostname if page_url else None
    site = (host or found.get("hostname") or "").removeprefix("www.") or None
    return TextMetadata(
        title=found.get("title") or None,
        source=found.get("sitename") or None,
        date=normalize_date(found.get("date")),
        author=found.get("author") or None,
        site=site,
    )
