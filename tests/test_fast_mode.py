"""Fast mode: HTML rendered to text by resiliparse and read by cleanread's own text scorer alone."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import cleanread
from cleanread import pipeline
from cleanread.cli import cli
from cleanread.errors import ContentError
from cleanread.limits import Limits
from conftest import FIXTURES, fixture_bytes

PROSE = (
    "The harbour board agreed on Tuesday to rebuild the old stone pier, which has been closed to the public "
    "since the winter storms washed away part of its outer wall and left the lighthouse cut off from the town."
)
SECOND = (
    "Work will begin in the spring and should take about eighteen months, the board said, and the fishing "
    "boats that moor along the inner wall will be moved to the new pontoons while the masons are at work."
)


def page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


NEWS_PAGE = page(
    head=(
        "<title>Harbour board to rebuild the stone pier | The Coast Gazette</title>"
        "<meta property='og:site_name' content='The Coast Gazette'>"
        "<meta property='og:url' content='https://www.coastgazette.example/news/pier'>"
        "<meta property='article:published_time' content='2024-03-05T09:30:00Z'>"
        "<meta name='author' content='Morwenna Tregear'>"
    ),
    body=(
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/login'>Log in</a></li></ul></nav>"
        "<article><h1>Harbour board to rebuild the stone pier</h1>"
        f"<p>{PROSE}</p><p>{SECOND}</p></article>"
        "<aside><h3>Related stories</h3><ul><li><a href='/a'>Lifeboat crew honoured</a></li>"
        "<li><a href='/b'>Ferry timetable changes</a></li></ul></aside>"
        "<footer><p>© 2024 The Coast Gazette. All rights reserved.</p><a href='/privacy'>Privacy policy</a></footer>"
    ),
)


FURNITURE = ("Sport", "Log in", "Related stories", "Lifeboat crew", "All rights reserved", "Privacy policy")


def test_fast_mode_does_not_render_what_the_page_marks_as_its_navigation_aside_and_footer():
    document = cleanread.extract(NEWS_PAGE, fast=True)
    assert document.kind == "html"
    assert PROSE in document.text and SECOND in document.text
    for furniture in FURNITURE:
        assert not any(furniture in block.text for block in document.blocks)


def test_fast_mode_drops_and_explains_the_same_furniture_built_from_plain_divs():
    divs_only = NEWS_PAGE
    for element in (b"nav", b"aside", b"footer"):
        divs_only = divs_only.replace(b"<" + element + b">", b"<div>").replace(b"</" + element + b">", b"</div>")
    document = cleanread.extract(divs_only, fast=True)
    assert PROSE in document.text and SECOND in document.text
    for furniture in FURNITURE:
        assert furniture not in document.text
    assert all(block.reasons for block in document.blocks)
    assert any(not block.kept and "Sport" in block.text for block in document.blocks)


def test_fast_mode_reads_metadata_from_the_head():
    document = cleanread.extract(NEWS_PAGE, fast=True)
    assert document.title == "Harbour board to rebuild the stone pier"
    assert document.date == "2024-03-05"
    assert document.author == "Morwenna Tregear"
    assert document.source == "The Coast Gazette"
    assert document.site == "coastgazette.example"
    assert document.language == "en"


def test_meta_tags_after_an_element_that_closes_the_head_early_are_still_the_heads():
    """An HTML5 parser moves everything after a <noscript> image into the body; the source puts it in the head."""
    source = NEWS_PAGE.replace(b"<head>", b"<head><noscript><img src='/pixel.gif'></noscript>")
    document = cleanread.extract(source, fast=True)
    assert (document.date, document.author, document.source) == ("2024-03-05", "Morwenna Tregear", "The Coast Gazette")


def test_a_title_tag_that_disagrees_with_the_text_wins_over_a_guessed_headline():
    html = NEWS_PAGE.replace(b"<h1>Harbour board to rebuild the stone pier</h1>", b"<h1>Weekend weather outlook</h1>")
    assert cleanread.extract(html, fast=True).title == "Harbour board to rebuild the stone pier"


def test_fast_mode_runs_neither_trafilatura_nor_lxml_on_the_page(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the full HTML path ran")

    monkeypatch.setattr(pipeline, "main_content", refuse)
    monkeypatch.setattr(pipeline, "parse_markup", refuse)
    assert PROSE in cleanread.extract(NEWS_PAGE, fast=True).text
    with pytest.raises(AssertionError):
        cleanread.extract(NEWS_PAGE)


def test_posts_served_in_noscript_are_read():
    """Forum software that renders with scripts serves the posts to script-less clients in <noscript>."""
    html = page(
        "<section id='main'></section>"
        f"<noscript><div class='post'><p>{PROSE}</p></div><div class='post'><p>{SECOND}</p></div></noscript>"
        "<script>window.app = {start: true};</script>"
    )
    text = cleanread.extract(html, fast=True).text
    assert PROSE in text and SECOND in text and "window.app" not in text


def test_the_fixture_pages_keep_their_prose():
    article = cleanread.extract(fixture_bytes("article-page.html"), fast=True)
    assert "river otters have been filmed" in article.text and "Privacy policy" not in article.text
    forum = cleanread.extract(fixture_bytes("forum-page.html"), fast=True)
    assert "hooch" in forum.text and "Popular threads" not in forum.text


def test_fast_mode_refuses_a_page_too_large_as_the_full_path_does():
    html = page("<p>cell</p>" * 500)
    with pytest.raises(ContentError, match="too large"):
        cleanread.extract(html, fast=True, limits=Limits(max_html_nodes=100))


def test_fast_mode_leaves_text_inputs_as_they_are():
    data = fixture_bytes("news-dump-todayheadline.txt")
    assert cleanread.extract(data, fast=True).text == cleanread.extract(data).text


def test_cli_fast_option_with_explain():
    result = CliRunner().invoke(cli, ["--fast", "--explain", "-w", "0", str(FIXTURES / "article-page.html")])
    assert result.exit_code == 0
    assert "densest run of prose" in result.stderr  # the text scorer's reasons, not the HTML votes'
    record = json.loads(result.stdout)
    assert record["kind"] == "html" and "river otters" in record["text"]


def test_dates_and_authors_marked_in_the_body_are_read_when_the_head_has_none():
    body = (
        "<article><h1>Harbour board to rebuild the stone pier</h1>"
        "<p class='byline'><span itemprop='author' content='Morwenna Tregear'></span>"
        "<time datetime='2024-03-05T09:30'>5 March</time></p>"
        f"<p>{PROSE}</p><p>{SECOND}</p></article>"
    )
    document = cleanread.extract(page(body, head="<title>Harbour board to rebuild the stone pier</title>"), fast=True)
    assert document.date == "2024-03-05"
    assert document.author == "Morwenna Tregear"


def test_og_title_is_preferred_to_a_title_tag_that_carries_more():
    head = ("<title>Pier to be rebuilt - Harbour news - Local - The Coast Gazette</title>"
            "<meta property='og:title' content='Harbour board to rebuild the stone pier'>")
    body = f"<article><p>{PROSE}</p><p>{SECOND}</p></article>"
    assert cleanread.extract(page(body, head=head), fast=True).title == "Harbour board to rebuild the stone pier"


def test_a_str_with_lone_surrogates_is_read_as_the_full_path_reads_it():
    html = f"<html><body><p>{PROSE[:60]}\ud800{PROSE[60:]}</p></body></html>"
    assert cleanread.extract(html, fast=True).text == cleanread.extract(html).text
