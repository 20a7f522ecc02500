"""When an HTML page says it was published: the date its head's tags or JSON-LD state, and the date it
shows next to its headline, not an update's or a later post's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml import html as lxml_html

from . import jsonld
from .dates import find_date, normalize_date
from .visible import readable_element, visible_text

ABOVE_HEADLINE_ELEMENTS = 8  # elements before the headline searched for a date when none is under it
SHORT_TEXT_CHARS = 120  # a dateline or byline; longer text is prose that may quote other dates
PROSE_WORDS = 40  # the article has begun: dates below here belong to something else
UPDATE_LABEL_CHARS = 40  # "Last updated:" sits within this many characters of its date
DATE_KEYS = (  # publication dates, in the order they are trusted; modified times are not among them
    "article:published_time", "datepublished", "og:published_time", "citation_publication_date",
    "dc.date.issued", "dc.date", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date",
    "og:publish_date", "publish_date", "publisheddate", "published_at", "published", "date-pub", "w-published-date",
    "cxenseparse:publishtime", "date",
)
_LATEST_ACTIVITY = re.compile(r"(?:\b|_)(?:last post|last reply|last edited|latest reply)(?:\b|_)", re.I)
_UPDATED = re.compile(r"(?:\b|_|(?<=[a-z]))(?:updated|modified)(?:\b|_)", re.I)  # "UpdatedJanuary 25", "meta-updated-date"


def tagged_date(metas: Mapping[str, str]) -> str | None:
    """The publication date the meta tags state, by the most trusted of DATE_KEYS."""
    return next((date for key in DATE_KEYS if (date := normalize_date(metas.get(key)))), None)


def jsonld_date(works: list[dict[str, Any]]) -> str | None:
    """The publication date the page's JSON-LD states for its content."""
    return normalize_date(jsonld.first_text(works, "datePublished"))


def shown_date_read_right(shown: str | None, stated: str | None) -> str | None:
    """The date shown under the headline, unless it is the stated date with day and month swapped: "09.10.2024"
    reads either way, and the machine-readable date says which."""
    if shown and stated and shown != stated and (shown[:4], shown[5:7], shown[8:]) == (stated[:4], stated[8:], stated[5:7]):
        return stated
    return shown


def shown_date(near: list[lxml_html.HtmlElement]) -> str | None:
    """The first <time> or short dated line under the headline, before the article's prose begins
    (dates inside the prose are about something else)."""
    for element in near:
        if element.tag != "time" and len((element.text or "").split()) >= PROSE_WORDS:
            return None
        if date := _element_date(element):
            return date
    return None


def dated_just_above(headline: lxml_html.HtmlElement) -> str | None:
    """A dateline set over the headline ("Travel · September 8, 2021", a title bar's date)."""
    above = headline.xpath(f"preceding::*[position() <= {ABOVE_HEADLINE_ELEMENTS}]")
    return next((date for element in reversed(above) if readable_element(element) and (date := _element_date(element))), None)


def _element_date(element: lxml_html.HtmlElement) -> str | None:
    """The publication date a <time> or a short line of text shows, not an update's."""
    if element.tag == "time":
        date = normalize_date(element.get("datetime")) or find_date(visible_text(element))
    else:
        own = " ".join(_own_text(element).split())
        date = find_date(own) if own and len(own) <= SHORT_TEXT_CHARS else None
    return date if date and not _not_the_publication(element) else None


def _own_text(element: lxml_html.HtmlElement) -> str:
    """The element's text, and its text after an icon (<svg>, <i class="icon-calendar">) that shows none: a date
    set after its icon is the icon's tail. Text after a child that shows some is another line's.

    Children are looked into only when a tail has words: a box's children (the whole article, under the
    headline) end in white space, and visible_text would walk each of them for nothing."""
    if not any(child.tail and not child.tail.isspace() for child in element):
        return element.text or ""  # the tails left out could only have been white space
    return "".join([element.text or "", *(child.tail or "" for child in element if not visible_text(child))])


def _not_the_publication(element: lxml_html.HtmlElement) -> bool:
    """"Updated on …", "Last updated:", "last post by … Jan 8": a later date than the publication's.
    The label sits in the element ("<time><b>Last Updated:</b> Dec 6</time>") or its class, in the text
    or the undated element just before it, or (for a thread's latest post) around it."""
    parent, previous = element.getparent(), element.getprevious()
    around = visible_text(parent if parent is not None else element)[:SHORT_TEXT_CHARS]
    before = (previous.tail if previous is not None else parent.text if parent is not None else None) or ""
    if previous is not None and not find_date(previous_text := visible_text(previous)[-UPDATE_LABEL_CHARS:]):
        before = f"{previous_text} {before}"
    own = visible_text(element)[:UPDATE_LABEL_CHARS] if element.tag == "time" else element.text or ""
    label = " ".join([element.get("class") or "", own, before[-UPDATE_LABEL_CHARS:],
                      parent.get("class") or "" if parent is not None else ""])
    return bool(_LATEST_ACTIVITY.search(around) or _UPDATED.search(label))
