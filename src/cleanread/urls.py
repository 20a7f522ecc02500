"""URLs from pages and crawl records, read without trusting them: a malformed one is no URL."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def split_url(url: str | None) -> SplitResult | None:
    """urlsplit's parts, or None where it refuses the URL ("http://[broken": a bracketed host that is not IPv6)."""
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def host_of(url: str | None) -> str:
    """The URL's host without "www.", or "" when it has none."""
    parts = split_url(url)
    return (parts.hostname or "").removeprefix("www.") if parts else ""
