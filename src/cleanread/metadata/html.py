"""HTML metadata: the page's own statements (headline, <title>, OpenGraph, JSON-LD, byline, visible
date) weighed against what trafilatura and htmldate found.

What a reader sees wins over what the page tells search engines: the visible headline over a
SEO-tuned <title>, the date and byline printed under the headline over a CMS's modified-time
meta tag. Hidden tags decide when the page shows nothing usable.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import ftfy
import ftfy.fixes
from lxml import html as lxml_html

from ..urls import host_of
from . import jsonld
from .bylines import author_link, by_line_anywhere, byline_near, clean_author, marked_author
from .dates import normalize_date
from .html_dates import dated_just_above, jsonld_date, shown_date, shown_date_read_right, tagged_date
from .text import TextMetadata
from .visible import INVISIBLE, readable_element, visible_text

HEADLINE_MAX_WORDS = 40
HEADLINE_H2_LIMIT = 3  # without an echoed H1, the first H2s may hold the headline; later ones are sections
AGREEMENT = 0.7  # share of a headline's words the <title> or og:title must repeat; below it the <title> speaks
NEAR_HEADLINE_ELEMENTS = 60  # elements after the headline searched for its date and byline

_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:·•»/~]{1,2}|::)\s+")
_WORDS = re.compile(r"\w+")
_MINOR_WORDS = frozenset("a an and at by for from in is of on or our the to with you your we".split())
_CHROME = re.compile(r"(?:^|[\s_-])(?:site-?header|masthead|logo|brand|navbar|nav|menu|sidebar|footer|breadcrumbs?)(?:$|[\s_-])", re.I)
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary"})
# XPath prefilters, narrowed in bylines: elements that may mark a person's name, text that may open with "By"
_PERSON_MARKS = "//body//*[@itemprop='author' or contains(@class, 'ame')]"  # "name", "Name", "userName"
_BY_LINES = "//body//*[text()[contains(., 'by') or contains(., 'By') or contains(., 'BY') or contains(., 'uthor')]]"


@dataclass
class PageEvidence:
    """What the page states about itself, read from the tree before any extractor cleans it."""

    host: str = ""
    title_tag: str | None = None
    og_title: str | None = None
    og_type: str | None = None
    site_name: str | None = None
    publisher: str | None = None
    meta_authors: list[str] = field(default_factory=list)
    works: list[dict[str, Any]] = field(default_factory=list)
    headline: str | None = None
    shown_date: str | None = None
    stated_date: str | None = None  # the publication date the head's tags or JSON-LD state
    byline: str | None = None
    tree: lxml_html.HtmlElement | None = field(default=None, repr=False, compare=False)

    # Authors anywhere on the page, searched through the whole tree only when no byline, JSON-LD, meta tag
    # or trafilatura names one. (show_tab_panels changes no attribute or text these searches read.)
    @cached_property
    def linked_author(self) -> str | None:
        return author_link(self._found(".//a"), visible_text)

    @cached_property
    def marked_author(self) -> str | None:
        return marked_author(self._found(_PERSON_MARKS), visible_text, keep=_outside_chrome_boxes)

    @cached_property
    def by_line(self) -> str | None:
        return by_line_anywhere(self._found(_BY_LINES), visible_text, keep=_outside_chrome_boxes)

    def _found(self, xpath: str) -> list[lxml_html.HtmlElement]:
        return self.tree.xpath(xpath) if self.tree is not None else []


def page_evidence(tree: lxml_html.HtmlElement, *, url: str | None) -> PageEvidence:
    """Read the head's tags, JSON-LD, the headline and what is printed next to it."""
    metas, authors = meta_tags(tree)
    title_element = next(tree.iter("title"), None)
    works = jsonld.creative_works(jsonld.jsonld_objects(tree))
    page_url = url or metas.get("og:url") or ""
    evidence = PageEvidence(
        host=host_of(page_url),
        title_tag=visible_text(title_element) or None if title_element is not None else None,
        og_title=metas.get("og:title") or metas.get("twitter:title"),
        og_type=metas.get("og:type"),
        site_name=metas.get("og:site_name") or metas.get("application-name"),
        publisher=next((p["name"] for w in works if isinstance(p := w.get("publisher"), dict)
                        and isinstance(p.get("name"), str)), None),
        meta_authors=authors,
        works=works,
        stated_date=tagged_date(metas) or jsonld_date(works),
        tree=tree,
    )
    h1s = [(h, text) for h in tree.iter("h1") if (text := visible_text(h)) and not _in_chrome(h)]
    headline = _headline(h1s, evidence, site_name_words(evidence.host, evidence.site_name))
    if headline is None:
        headline = _section_headline(tree, evidence)
    if headline is not None:
        near = list(_near(headline))
        evidence.headline = visible_text(headline)
        evidence.shown_date = shown_date(near) or dated_just_above(headline)
        evidence.byline = byline_near(near, visible_text)
    elif h1s:
        evidence.byline = byline_near(_near(h1s[0][0]), visible_text)  # a byline under an H1 the <title> does not echo
    return evidence


def html_metadata(evidence: PageEvidence, found: Mapping[str, Any], *, url: str | None) -> TextMetadata:
    """Title, date, author, publication and site of an HTML page.

    A stated publication date goes before htmldate's: where no published-time tag is present,
    htmldate takes the modified time over the datePublished that JSON-LD states."""
    page_url = url or found.get("url")
    host = host_of(page_url) or (found.get("hostname") or evidence.host or "").removeprefix("www.")
    site_words = site_name_words(host, evidence.site_name or _trafilatura_site_name(found, host))
    return TextMetadata(
        title=readable(_title(evidence, found, site_words)),
        source=readable(found.get("sitename") or evidence.site_name or evidence.publisher),
        date=shown_date_read_right(evidence.shown_date, evidence.stated_date) or evidence.stated_date or normalize_date(found.get("date")),
        author=readable(evidence.byline or _stated_author(evidence, found)),
        site=host or None,
    )


def _title(evidence: PageEvidence, found: Mapping[str, Any], site_words: set[str]) -> str | None:
    """The headline, else trafilatura's title, else the <title> without the site's name; a title that
    only names the site ("Bogleheads.org", "Doom9's Forum") yields to one that says more."""
    titles = [title for title in (evidence.headline, found.get("title"), _title_tag(evidence, site_words)) if title]
    return next((title for title in titles if not _only_names_site(title, site_words)), titles[0] if titles else None)


def _trafilatura_site_name(found: Mapping[str, Any], host: str) -> str | None:
    """trafilatura's site name, unless it took the two halves of "Thread title - Doom9's Forum" the
    wrong way round: a title that names the host and a site name that does not."""
    site_name, title = found.get("sitename"), found.get("title")
    host_words = site_name_words(host, None)
    if site_name and title and _names_site(title, host_words) and not _names_site(site_name, host_words):
        return None
    return site_name


def _only_names_site(title: str, site_words: set[str]) -> bool:
    """"Bogleheads.org", "Doom9's Forum" on forum.doom9.org: every word is the site's name."""
    words = {word for word in _content_words(title) if len(word) > 1}
    return words <= site_words or "".join(_WORDS.findall(title.lower())) in site_words


def readable(value: str | None) -> str | None:
    """Mojibake ("Investorâ€™s") and entities escaped twice ("Maria &amp; Katerina") undone;
    nothing else about the text changed.

    >>> readable("Maria &amp; Katerina"), readable("AT&T")
    ('Maria & Katerina', 'AT&T')
    """
    return ftfy.fixes.unescape_html(ftfy.fix_encoding(value)) if value else None


def meta_tags(tree: lxml_html.HtmlElement) -> tuple[dict[str, str], list[str]]:
    metas: dict[str, str] = {}
    authors, citation_authors = [], []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = " ".join((meta.get("content") or "").split())
        if key and content:
            metas.setdefault(key, content)
            if key in ("author", "article:author", "dc.creator") and not content.startswith("http"):
                authors.append(content)
            elif key == "citation_author":  # Highwire Press tags of journals and preprint servers, one per author
                citation_authors.append(" ".join(reversed(content.split(",", 1))).strip())
    if citation_authors:
        authors.append(", ".join(citation_authors))
    return metas, authors


def _outside_chrome_boxes(element: lxml_html.HtmlElement) -> bool:
    """Not inside <nav>, <footer> or <aside> (a logged-in user's menu, a sign-up box). Class names are
    not asked, unlike _in_chrome: wrappers named "content-sidebar-wrap" hold the posts too."""
    return not any(_is_chrome_box(node) for node in element.iterancestors())


def _is_chrome_box(node: lxml_html.HtmlElement) -> bool:
    return node.tag in _CHROME_TAGS or (node.get("role") or "").lower() in _CHROME_ROLES


def _in_chrome(element: lxml_html.HtmlElement) -> bool:
    """Inside the page's navigation, footer, sidebar or logo: a site's name, not a headline."""
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            break  # their classes describe the page's layout ("wp-custom-logo", "has-sidebar"), not a box
        if _is_chrome_box(node):
            return True
        if _CHROME.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return bool(_CHROME.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _content_words(text: str | None) -> set[str]:
    return set(_WORDS.findall((text or "").lower())) - _MINOR_WORDS


def site_name_words(host: str, site_name: str | None) -> set[str]:
    labels = host.split(".")
    words = set(labels[:-1]) | _content_words(site_name)
    # "forums.virtualbox.org" is also called "virtualbox.org"
    words.update("".join(labels[start:]).replace("-", "") for start in range(len(labels) - 1))
    return {word for word in words if word and word != "www"}


def _names_site(text: str, site_words: set[str]) -> bool:
    """True for "Acme", "Acme Blog" or "acme.com" on acme.com."""
    words = _content_words(text)
    if not words:
        return True
    joined = "".join(_WORDS.findall(text.lower()))
    return joined in site_words or len(words & site_words) / len(words) >= 0.5


def _section_headline(tree: lxml_html.HtmlElement, evidence: PageEvidence) -> lxml_html.HtmlElement | None:
    """On a book or docs page whose H1 names the book ("What is Ownership? - The Rust Programming
    Language"), one of the first H2s that is, word for word, a part of the <title> or og:title."""
    pieces = {_folded(piece) for title in (evidence.title_tag, evidence.og_title) if title
              for piece in _TITLE_SEPARATOR.split(title)}
    h2s = (h for h in tree.iter("h2") if not _in_chrome(h))
    return next((h for h in itertools.islice(h2s, HEADLINE_H2_LIMIT) if _folded(visible_text(h)) in pieces), None)


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _headline(headlines: list[tuple[lxml_html.HtmlElement, str]], evidence: PageEvidence,
              site_words: set[str]) -> lxml_html.HtmlElement | None:
    """The page's visible headline among its H1s outside the chrome (with their text): the first that
    the <title> or og:title echoes (or that holds every word of a shortened <title>), else, on an
    article page, its only H1."""
    reference = _content_words(f"{evidence.title_tag or ''} {evidence.og_title or ''} "
                               f"{jsonld.first_text(evidence.works, 'headline', 'name') or ''}")
    short_title = _content_words(_title_tag(evidence, site_words)) - site_words
    candidates = []
    for element, text in headlines:
        words = _content_words(text)
        if not words or len(text.split()) > HEADLINE_MAX_WORDS:
            continue
        if len(words) <= 3 and _names_site(text, site_words):
            continue
        if len(words & reference) / len(words) >= AGREEMENT or (short_title and short_title <= words):
            return element  # echoed, or the <title> is a shortened headline
        candidates.append((element, text))
    article = jsonld.is_article(evidence.works) or (evidence.og_type or "").lower() == "article"
    if article and len(candidates) == 1 and len(headlines) == 1 and len(candidates[0][1].split()) >= 3:
        return candidates[0][0]
    return None


def _title_tag(evidence: PageEvidence, site_words: set[str]) -> str | None:
    for title in (evidence.title_tag, evidence.og_title, jsonld.first_text(evidence.works, "headline")):
        if title and (cleaned := strip_site_name(title, site_words)):
            return cleaned
    return None


def strip_site_name(title: str, site_words: set[str]) -> str:
    """The <title> without the parts that only name the site.

    >>> strip_site_name("Zero Waste - A Guide – Eartheasy", {"eartheasy"})
    'Zero Waste - A Guide'
    >>> strip_site_name("Acme | Widgets for everyone", {"acme"})
    'Widgets for everyone'
    """
    title = " ".join(INVISIBLE.sub("", title).split())
    pieces = _TITLE_SEPARATOR.split(title)
    if len(pieces) == 1:
        return title
    start, end = 0, len(pieces)
    while end - start > 1 and _names_site(pieces[end - 1], site_words):
        end -= 1
    while end - start > 1 and _names_site(pieces[start], site_words):
        start += 1
    first = title.find(pieces[start])
    last = title.rfind(pieces[end - 1]) + len(pieces[end - 1])
    return title[first:last] if 0 <= first < last else title


def _near(headline: lxml_html.HtmlElement):
    """Elements just after the headline in reading order, skipping scripts and styles."""
    for element in headline.xpath(f"following::*[position() <= {NEAR_HEADLINE_ELEMENTS}]"):
        if readable_element(element):
            yield element


def _stated_author(evidence: PageEvidence, found: Mapping[str, Any]) -> str | None:
    """JSON-LD's authors, else the author meta tags, trafilatura's pick, a link to an author page, a
    name the page marks as a user's."""
    for candidate in _author_candidates(evidence, found):
        if candidate and (cleaned := clean_author(candidate)):
            return cleaned
    return None


def _author_candidates(evidence: PageEvidence, found: Mapping[str, Any]) -> Iterator[str | None]:
    """In order of trust; a generator, so that trafilatura's author search runs only when asked."""
    people = jsonld.person_names(evidence.works)
    yield ", ".join(people) if people else None
    yield from evidence.meta_authors
    yield (found.get("author") or "").replace("; ", ", ")
    yield from (evidence.linked_author, evidence.marked_author, evidence.by_line)
