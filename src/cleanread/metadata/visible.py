"""The text of an HTML element as a reader sees it: words apart where a block or a line break parts them,
nothing from scripts, styles or other elements no reader sees."""

from __future__ import annotations

import re

from lxml import html as lxml_html

from ..segment.html import SKIPPED_TAGS, collect_text

INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_BREAKING_TAGS = frozenset("br p div li td th tr h1 h2 h3 h4 h5 h6 section article header footer ul ol dd dt".split())


def visible_text(element: lxml_html.HtmlElement) -> str:
    """The element's text with a space wherever a line break or block boundary separates words."""
    parts: list[str] = []
    collect_text(element, parts, _BREAKING_TAGS)
    return " ".join(INVISIBLE.sub("", "".join(parts)).split())


def readable_element(element: lxml_html.HtmlElement) -> bool:
    """An element a reader sees: not a script, a style or a comment, nor directly inside one."""
    return isinstance(element.tag, str) and element.tag not in SKIPPED_TAGS and not _inside_skipped(element)


def _inside_skipped(element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag in SKIPPED_TAGS
