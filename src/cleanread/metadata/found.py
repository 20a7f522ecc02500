"""trafilatura's metadata of a page, each field read only when it is asked for.

trafilatura's `extract_metadata` reads every field on every page: its htmldate search and its
author search are a third of its extraction time, its categories, tags and licence are never
used here, and most pages print a date and a byline that decide before trafilatura's pick is
looked at. The fields come from trafilatura's own functions, in the order `extract_metadata`
calls them, so a field read here equals the one it would have returned (but for the date: htmldate's
plain search, not its extensive one, see `_date`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any

from courlan import extract_domain
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura import metadata as trafilatura_metadata
from trafilatura.settings import Document, set_date_params

FIELDS = ("title", "author", "date", "sitename", "hostname", "url")
LOGGER = logging.getLogger(__name__)
# The attributes trafilatura's author XPaths (trafilatura.xpaths.AUTHOR_XPATHS) test, and every string they
# look for there: a page where none occurs cannot give an author, and their search costs 10-25 ms.
_AUTHOR_ATTRIBUTES = etree.XPath(
    "//@class|//@id|//@itemprop|//@rel|//@data-testid|//@data-component", smart_strings=False
)
_AUTHOR_TOKENS = re.compile(
    r"uthor|byl|BBL|yline|username|screenname|writer|channel-name|submitted-by|posted-by|journalist-name"
    r"|zuozhe|bianji|xiaobian"
)
_AUTHOR_ELEMENTS = etree.XPath("boolean(//author|//rel)")  # <author>, and the <rel> child one XPath asks about


class TrafilaturaMetadata(Mapping):
    """A mapping of FIELDS, each read from the tree the first time it is asked for; `override` lets a
    fallback extractor's fields win."""

    def __init__(self, tree: lxml_html.HtmlElement, *, url: str | None) -> None:
        self._tree = tree
        self._default_url = url
        self._overrides: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key not in FIELDS:
            raise KeyError(key)
        if key in self._overrides:
            return self._overrides[key]
        try:
            return getattr(self, f"_{key}")
        except Exception as error:  # metadata that cannot be read is only missing metadata
            LOGGER.debug("trafilatura metadata %s not read: %s", key, error)
            return None

    def __iter__(self) -> Iterator[str]:
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    def override(self, values: Mapping[str, Any]) -> TrafilaturaMetadata:
        """Let another extractor's non-empty fields (readability's title) win from now on."""
        self._overrides.update((key, value) for key, value in values.items() if value)
        return self

    @cached_property
    def _meta(self) -> Document:
        """The head's meta tags, then JSON-LD over them (trafilatura drops a one-word author there)."""
        found = trafilatura_metadata.examine_meta(self._tree)
        if found.author and " " not in found.author:
            found.author = None
        try:
            found = trafilatura_metadata.extract_meta_json(self._tree, found)
        except Exception as error:  # trafilatura's JSON-LD reader fails on odd markup; the tags stay
            LOGGER.debug("JSON-LD metadata not read: %s", error)
        return found

    @cached_property
    def _title(self) -> str | None:
        return _trimmed(self._meta.title or trafilatura_metadata.extract_title(self._tree))

    @cached_property
    def _author(self) -> str | None:
        if self._meta.author:
            return _trimmed(self._meta.author)
        if not _may_name_author(self._tree):
            return None
        return _trimmed(trafilatura_metadata.extract_author(self._tree))

    @cached_property
    def _url(self) -> str | None:
        return _trimmed(self._meta.url or trafilatura_metadata.extract_url(self._tree, self._default_url))

    @cached_property
    def _hostname(self) -> str | None:
        return _trimmed(extract_domain(self._url, fast=True)) if self._url else None

    @cached_property
    def _date(self) -> str | None:
        """htmldate's plain search: the markup's date attributes and elements, and the URL. Its extensive
        search through the page's text raised peak memory by a quarter on WCXB dev (181 to 234 MB) for one
        more right date of 782, once the dates shown near the headline and stated in the head come first;
        it also takes a sidebar's or a footer's year for the page's."""
        return _trimmed(find_date(self._tree, **set_date_params(False), url=self._url))

    @cached_property
    def _sitename(self) -> str | None:
        sitename = self._meta.sitename or trafilatura_metadata.extract_sitename(self._tree)
        if sitename:
            sitename = sitename.lstrip("@")
            if sitename and "." not in sitename and not sitename[0].isupper():
                sitename = sitename.title()
        elif self._url and (match := trafilatura_metadata.META_URL.match(self._url)):
            sitename = match[1]
        return _trimmed(sitename)


def _may_name_author(tree: lxml_html.HtmlElement) -> bool:
    """Whether trafilatura's author search could find anything, from the attribute values alone,
    instead of its copy of the tree and three XPaths with regular expressions over every element."""
    return bool(_AUTHOR_TOKENS.search("\n".join(_AUTHOR_ATTRIBUTES(tree)))) or _AUTHOR_ELEMENTS(tree)


def _trimmed(value: str | None) -> str | None:
    """trafilatura's last step on every field: length cap, entities, spaces and control characters."""
    if not isinstance(value, str):
        return value
    holder = Document()
    holder.title = value
    holder.clean_and_trim()
    return holder.title
