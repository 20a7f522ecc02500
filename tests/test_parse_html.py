"""The shared tree: cleanread parses the page once, as trafilatura would, without copying the page text."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from trafilatura.utils import load_html

import cleanread
from cleanread.errors import ContentError
from cleanread.segment.html import html_markup, parse_html

PAGES = {
    "emoji and accents": "<html><head><title>Café 🎉</title></head><body><p>Crème brûlée — “quoted” 日本語.</p></body></html>",
    "xhtml doctype on the first line": (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
        "<html><body><p>Old page.</p></body></html>"
    ),
    "control characters": "<html><body><p>Bell\x07 and form\x0cfeed in text.</p></body></html>",
    "a NUL and a unit separator between CJK characters": "<html><body><p>日本\x00語\x1fの文章。</p></body></html>",
    "noncharacters U+FFFE and U+FFFF": "<html><body><p>Odd\ufffe bytes\uffff here, é.</p></body></html>",
    "self-closing html tag": '<html lang="en"/>\n<body><p>Broken start tag.</p></body>',
    "meta charset that disagrees": '<html><head><meta charset="iso-8859-1"></head><body><p>naïve café</p></body></html>',
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_tree_is_the_one_trafilatura_would_build(name):
    page = PAGES[name]
    assert lxml_html.tostring(parse_html(page)) == lxml_html.tostring(load_html(page))


def test_characters_survive_the_utf8_round_trip():
    tree = parse_html(PAGES["emoji and accents"])
    assert tree.findtext(".//title") == "Café 🎉"
    assert "日本語" in tree.find(".//p").text_content()


def test_a_fragment_without_a_page_is_refused():
    with pytest.raises(ContentError, match="no document element"):
        parse_html("just some words, no markup at all")


ARTICLE_AFTER_THE_END = (
    "<html><head><title>Six types of outsourcing</title></head><body><header><nav><ul>"
    "<li><a href='/'>Home</a></li><li><a href='/blog'>Blog</a></li></ul></nav></header></body></html>\n"
    "<div class='post'><h1>Six types of outsourcing</h1>"
    "<p>Outsourcing lets a small company hand its payroll to people who do nothing else all day long.</p>"
    "<p>The second kind covers benefits, where a provider negotiates plans for many employers at once.</p></div>"
    "<footer><p>Copyright 2025 Example Services</p></footer>"
)


@pytest.mark.parametrize("end_tags", ["</body></html>", "</Body></Html>"])
def test_what_a_page_prints_after_its_end_tags_is_read_into_its_body(end_tags):
    """libxml2 drops what follows </html>, whatever the tags' case; a browser shows it, and so does cleanread."""
    page = ARTICLE_AFTER_THE_END.replace("</body></html>", end_tags)
    body = parse_html(page).find("body")
    assert "hand its payroll" in body.text_content() and "Copyright 2025" in body.text_content()
    text = cleanread.extract(page).text
    assert "hand its payroll" in text and "negotiates plans" in text


@pytest.mark.parametrize("ending", ["</body></html>\n\n", "</BODY></HTML>\n<!-- served in 12 ms -->\n", "</body>"])
def test_a_page_that_ends_where_its_end_tags_are_is_read_as_it_is(ending):
    page = f"<html><body><p>An ordinary page with nothing after its end.</p>{ending}"
    assert html_markup(page) == page.encode("utf-8")
