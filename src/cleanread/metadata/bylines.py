"""Bylines: who wrote the page, as the page prints it ("By Ann Lee and Bo Chan, Staff Writers")."""

from __future__ import annotations

import re
from typing import Callable, Iterable

MAX_AUTHOR_WORDS = 12
MAX_AUTHOR_CHARS = 100
SHORT_BYLINE_CHARS = 60  # "Written by Lisa Jennings" away from the headline; longer lines are prose
BYLINE_SCAN_ELEMENTS = 40  # a byline sits within the first elements under the headline

_BYLINE_MARK = re.compile(r"(?:^|[\s_-])(?:author|byline|by-line|writer|contributor)s?(?:$|[\s_-])", re.I)
_BY_PREFIX = re.compile(
    r"^(?:(?:written|posted|reviewed|authored|published|words|story|text)\s+)?by\s*:?\s+|^authors?\s*:\s*|^authors?\s+(?=[A-Z])",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TRAILER = re.compile(
    rf"\s*(?:(?:\b|(?<=[a-z])(?=[A-Z])){_MONTH}\s+\d|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|"
    r"\b(?:on|updated|published|posted|last\s+updated|modified)\b\s*:?\s*(?:\d|[A-Z][a-z]{2,}\.?\s+\d)|"
    r"\d+\s*min(?:ute)?s?\b|\|).*$",
    re.I,
)
_AFFILIATION_MARK = re.compile(r"(?<=[a-z])\d{1,2}(?:,\d{1,2})*(?=\s|,|;|$)")  # "Jennifer Huberty1"
_BARE_BY = re.compile(r"^\s*(?:(?:written|posted|reviewed)\s+)?by\s*:?\s*$", re.I)
_MONTH_NAME = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december)", re.I)
_PERSON_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:big|post|thread|message)?(?:user|author|poster)[_-]?name(?:$|[\s_-])", re.I)
_AUTHOR_PAGE = re.compile(r"/(?:authors?|writers?|contributors?|byline|people|staff)/[\w.%-]+/?(?:$|[?#])", re.I)
_NOT_A_NAME = re.compile(
    r"@|https?:|www\.|©|\b(?:privacy|cookies?|comments?|share|follow|subscribe|read more|newsletter|"
    r"sign in|log in|view all|posts?|articles?|says|reply|members?|joined|messages|cite|citation|updated|"
    r"account|menu|profile|bio|moderator|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$)\b",
    re.I,
)


def clean_author(text: str) -> str | None:
    """The names in a byline, without "By", the date after them or a "| Section" trailer.

    >>> clean_author("By Ann Lee | Guest Columnist")
    'Ann Lee'
    >>> clean_author("Written by Bo Chan, Staff Writer, on May 3, 2024")
    'Bo Chan, Staff Writer'
    >>> clean_author("By AnthonyJanuary 4, 2026")
    'Anthony'
    >>> clean_author("Share on Facebook") is None, clean_author("Cite this Webpage"), clean_author("Updated March")
    (True, None, None)
    >>> clean_author("Jennifer Huberty1, Jeni Green2,3")
    'Jennifer Huberty, Jeni Green'
    """
    text = " ".join(text.split())
    if _BARE_BY.match(text):
        return None
    text = _BY_PREFIX.sub("", text)
    text = _TRAILER.sub("", text).strip(" ,;:-–—•·|")
    text = re.sub(r",?\s+on$", "", text)
    if " " in text:  # a single word is a handle ("reefkeeper42"), whose digits are its own
        text = _AFFILIATION_MARK.sub("", text)
    if len(words := text.split()) >= 3 and _MONTH_NAME.fullmatch(words[-1]):  # "Luke Kim December": a date's remains
        text = " ".join(words[:-1]).rstrip(" ,;")
    return text if _looks_like_names(text) else None


def byline_near(elements: Iterable, text_of: Callable) -> str | None:
    """The first element under the headline that is marked as a byline or starts with "By "; a bare
    "By" takes its name from the element after it."""
    after_by = False
    for count, element in enumerate(elements):
        if count >= BYLINE_SCAN_ELEMENTS:
            break
        if after_by and (name := clean_author(text_of(element))):
            return name
        marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('rel') or ''} {element.get('itemprop') or ''}"
        own = " ".join((element.text or "").split()) + " "
        if _BYLINE_MARK.search(marks) or _BY_PREFIX.match(own) or _is_author_link(element):
            name = _name_inside(element, text_of)
            if name:
                return name
            after_by = _BARE_BY.match(text_of(element)) is not None
    return None


def marked_author(elements: Iterable, text_of: Callable, *, keep: Callable = lambda element: True) -> str | None:
    """The first name the page marks as a person's: schema.org microdata (itemprop=author) or a
    class naming a user's or author's name, as forum software and blog themes print posters.
    `keep` says which marked elements count (not a signed-in reader's name in the menu)."""
    for element in elements:
        by_microdata = (element.get("itemprop") or "").lower() == "author"
        if not (by_microdata or _PERSON_NAME_CLASS.search(element.get("class") or "")) or not keep(element):
            continue
        if name := _name_inside(element, text_of) if by_microdata else clean_author(text_of(element)):
            return name
    return None


def by_line_anywhere(elements: Iterable, text_of: Callable, *, keep: Callable = lambda element: True) -> str | None:
    """The name in the short lines that start "By …" or "Written by …", wherever they stand, when
    they all name the same people: several names are a list of items ("by Acme", "by Globex"), not a byline.
    `keep` says which of those lines count (not the ones in a page's menus)."""
    names = set()
    for element in elements:
        own = " ".join((element.text or "").split())
        if not (own and _BY_PREFIX.match(own + " ") and keep(element)):
            continue
        if len(text := text_of(element)) <= SHORT_BYLINE_CHARS:
            if (name := clean_author(text)) and _capitalised_names(name):
                names.add(name)
                if len(names) > 1:
                    return None
    return names.pop() if names else None


def _capitalised_names(text: str) -> bool:
    """"Lisa Jennings", "Md Aynal Haque": two to five capitalised words, not "Category" or "value"."""
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 5 and all(word[0].isupper() for word in words) and not re.search(r"[:;]|\.\.", text)


def author_link(elements: Iterable, text_of: Callable) -> str | None:
    """The first link to an author's page: its text is the name."""
    for element in elements:
        if _is_author_link(element) and (name := clean_author(text_of(element))):
            return name
    return None


def _is_author_link(element) -> bool:
    return element.tag == "a" and (element.get("rel") == "author" or bool(_AUTHOR_PAGE.search(element.get("href") or "")))


def _name_inside(element, text_of: Callable) -> str | None:
    """A nested itemprop=name or author link names the author more precisely than the whole line."""
    for inner in element.iter():
        if inner is element:
            continue
        if (inner.get("itemprop") or "") == "name" or _is_author_link(inner):
            name = clean_author(text_of(inner))
            if name:
                return name
    text = text_of(element)
    return clean_author(text) if len(text) <= 3 * MAX_AUTHOR_CHARS else None


def _looks_like_names(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_AUTHOR_WORDS or len(text) > MAX_AUTHOR_CHARS:
        return False
    if not (text[0].isupper() or text[0].isdigit()) and not re.fullmatch(r"[\w.@-]+", text):
        return False
    if len(words) == 1 and _MONTH_NAME.fullmatch(text):  # "August": a date's remains
        return False
    # three digits on their own are a year or a count; glued to letters they are a handle ("ggailey777")
    return not _NOT_A_NAME.search(text) and not re.search(r"(?<![^\W\d_])\d{3,}", text)
