"""trafilatura's metadata read field by field: the same fields as its own extract_metadata, and
the costly searches (htmldate, the author search) only when something asks for them."""

from __future__ import annotations

import re

import pytest
import trafilatura
import trafilatura.xpaths

import cleanread
from cleanread.metadata import found as found_module
from cleanread.metadata.found import FIELDS, TrafilaturaMetadata
from cleanread.segment.html import parse_html

PROSE = " ".join(["The harbour board met on Tuesday to weigh the cost of dredging the northern channel."] * 8)

PAGES = {
    "meta tags and a dated URL": (
        '<html><head><title>Dredging plan approved &amp; funded - Harbour Times</title>'
        '<meta name="author" content="Maria Olsen">'
        '<link rel="canonical" href="https://harbourtimes.example/2023/04/12/dredging-plan">'
        '</head><body><h1>Dredging plan approved</h1><p>' + PROSE + '</p></body></html>'
    ),
    "JSON-LD and a byline": (
        '<html><head><title>Channel report</title>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Channel report",'
        ' "datePublished": "2022-11-03", "author": {"@type": "Person", "name": "Tom Berg"},'
        ' "publisher": {"@type": "Organization", "name": "coastal wire"}}</script>'
        '</head><body><div class="byline">By Tom Berg</div><p>' + PROSE + '</p></body></html>'
    ),
    "nothing but a title tag": (
        '<html><head><title>@portnotes | untitled</title></head><body><p>' + PROSE + '</p></body></html>'
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_field_equals_what_trafilatura_extract_metadata_returns(name):
    url = "https://harbourtimes.example/a/1"
    expected = trafilatura.extract_metadata(parse_html(PAGES[name]), default_url=url)
    found = TrafilaturaMetadata(parse_html(PAGES[name]), url=url)
    assert {field: found[field] for field in FIELDS} == {field: getattr(expected, field) for field in FIELDS}


def test_a_field_nobody_asks_for_is_never_searched(monkeypatch):
    calls = []
    monkeypatch.setattr(found_module, "find_date", lambda *args, **kwargs: calls.append("date") or "2023-04-12")
    found = TrafilaturaMetadata(parse_html(PAGES["meta tags and a dated URL"]), url=None)
    assert (found["title"], found["author"], found["sitename"]) == ("Dredging plan approved", "Maria Olsen",
                                                                    "harbourtimes.example")
    assert calls == []
    assert found["date"] == "2023-04-12"
    assert found["date"] == "2023-04-12"
    assert calls == ["date"]


def test_a_page_that_prints_its_date_and_byline_runs_neither_search(monkeypatch):
    calls = []
    monkeypatch.setattr(found_module, "find_date", lambda *args, **kwargs: calls.append("date"))
    monkeypatch.setattr(found_module.trafilatura_metadata, "extract_author",
                        lambda *args, **kwargs: calls.append("author"))
    page = ('<html><head><title>Dredging plan approved</title></head><body><article>'
            '<h1>Dredging plan approved</h1><p class="byline">By Maria Olsen</p>'
            '<time datetime="2023-04-12">April 12, 2023</time>'
            '<p>' + PROSE + '</p></article></body></html>')
    document = cleanread.extract(page, kind="html")
    assert (document.date, document.author) == ("2023-04-12", "Maria Olsen")
    assert calls == []


AUTHOR_MARKUP = [
    '<a rel="author" href="/staff/olsen">Maria Olsen</a>',
    '<span class="AuthorName">Maria Olsen</span>',
    '<div id="zuozhe">Maria Olsen</div>',
    '<span itemprop="author name">Maria Olsen</span>',
    '<p class="byl">Maria Olsen</p>',
    '<div data-component="ArticleByline">Maria Olsen</div>',
    '<span class="post-writer">Maria Olsen</span>',
    '<author>Maria Olsen</author>',
]


@pytest.mark.parametrize("markup", AUTHOR_MARKUP)
def test_the_author_search_finds_what_trafilaturas_finds(markup):
    page = f"<html><body><div>{markup}</div><p>{PROSE}</p></body></html>"
    expected = trafilatura.metadata.extract_author(parse_html(page))
    assert expected is not None
    assert TrafilaturaMetadata(parse_html(page), url=None)["author"] == expected


def _author_xpath_strings():
    """Every string trafilatura's author XPaths compare an attribute with, regular expressions spelt out."""
    for xpath in trafilatura.xpaths.AUTHOR_XPATHS:
        for quoted in re.findall(r"'([^']*)'", xpath.path):
            for alternative in quoted.split("|"):
                yield re.sub(r"\[(.)[^]]*\]", r"\1", alternative).replace("-?", "-")


@pytest.mark.parametrize("attribute", ["class", "id", "itemprop", "rel", "data-testid", "data-component"])
def test_the_author_search_is_skipped_only_where_trafilaturas_would_find_nothing(attribute):
    for value in sorted(set(_author_xpath_strings())):
        for tag in ("span", "a", "div"):
            page = f'<html><body><{tag} {attribute}="{value}">Maria Olsen</{tag}><p>{PROSE}</p></body></html>'
            if trafilatura.metadata.extract_author(parse_html(page)) is not None:
                assert found_module._may_name_author(parse_html(page)), page


def test_the_author_search_is_skipped_where_no_attribute_could_name_an_author(monkeypatch):
    calls = []
    monkeypatch.setattr(found_module.trafilatura_metadata, "extract_author",
                        lambda *args, **kwargs: calls.append("author"))
    page = ('<html><body><nav class="menu"><a href="/author-guidelines">For authors</a></nav>'
            '<p class="lead">By the harbour, a board meets.</p><p>' + PROSE + '</p></body></html>')
    assert TrafilaturaMetadata(parse_html(page), url=None)["author"] is None
    assert calls == []


def test_a_copyright_year_is_no_publication_date_but_a_stated_new_years_day_is():
    """htmldate's extensive search ends on the copyright year as January 1st: a date the page never gives."""
    footer = "<footer><p>© 2024 Harbour Times</p></footer>"
    bare = "<html><head><title>Channel</title></head><body><p>" + PROSE + "</p>" + footer + "</body></html>"
    assert TrafilaturaMetadata(parse_html(bare), url=None)["date"] is None
    stated = bare.replace("</title>", '</title><meta property="article:published_time" content="2024-01-01">')
    assert TrafilaturaMetadata(parse_html(stated), url=None)["date"] == "2024-01-01"


def test_a_date_in_a_sidebars_text_is_not_the_pages():
    sidebar = '<aside><h3>From the archive</h3><p>Harbour reopens after storm. 14 March 2019</p></aside>'
    page = "<html><head><title>Channel</title></head><body><p>" + PROSE + "</p>" + sidebar + "</body></html>"
    assert TrafilaturaMetadata(parse_html(page), url=None)["date"] is None
    marked = page.replace("<p>", '<p><time datetime="2023-04-12">April 12, 2023</time> ', 1)
    assert TrafilaturaMetadata(parse_html(marked), url=None)["date"] == "2023-04-12"


def test_an_html_page_without_a_date_in_its_markup_takes_one_its_article_shows(monkeypatch):
    monkeypatch.setattr(found_module, "find_date", lambda *args, **kwargs: None)  # as when htmldate finds none
    paragraphs = "".join(f"<p>{PROSE.replace('Tuesday', day)}</p>" for day in ("Monday", "Wednesday", "Friday"))
    page = ("<html><head><title>Dredging plan approved</title></head><body><article><h1>Dredging plan approved</h1>"
            + paragraphs + "<p>Posted in Harbour news</p><p>January 23, 2025</p></article></body></html>")
    assert cleanread.extract(page, kind="html").date == "2025-01-23"


def test_an_unreadable_field_is_missing_not_an_error(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("odd markup")

    monkeypatch.setattr(found_module.trafilatura_metadata, "extract_title", broken)
    found = TrafilaturaMetadata(parse_html("<html><body><p>" + PROSE + "</p></body></html>"), url=None)
    assert found.get("title") is None


def test_an_override_wins_over_trafilatura():
    found = TrafilaturaMetadata(parse_html(PAGES["meta tags and a dated URL"]), url=None)
    found.override({"title": "Dredging plan approved", "author": None})
    assert found["title"] == "Dredging plan approved"
    assert found["author"] == "Maria Olsen"
