"""End to end on HTML: at least trafilatura's text, plus metadata, with dropped blocks explained."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections import Counter

import pytest
import trafilatura

import cleanread
from conftest import fixture_bytes

HTML_FIXTURES = ["article-page.html", "forum-page.html"]


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def recall_of(reference: str, candidate: str) -> float:
    reference_words, candidate_words = words(reference), words(candidate)
    total = sum(reference_words.values())
    return sum((reference_words & candidate_words).values()) / total if total else 1.0


@pytest.mark.parametrize("name", HTML_FIXTURES)
def test_html_text_contains_trafilaturas_text(name):
    data = fixture_bytes(name)
    document = cleanread.extract(data)
    assert document.kind == "html"
    found = f"{document.title}\n{document.text}"  # the headline trafilatura keeps in its text is cleanread's title
    assert recall_of(trafilatura.extract(data.decode("utf-8")) or "", found) >= 0.99


def test_article_page_metadata_and_boilerplate():
    document = cleanread.extract(fixture_bytes("article-page.html"))
    assert document.title == "River Otters Return to the Millbrook Valley"
    assert document.date == "2023-06-14"
    assert document.author == "Priya Natarajan"
    assert document.source == "The Valley Courier"
    assert document.site == "valleycourier.example"
    assert document.language == "en"
    for boilerplate in ("Related stories", "Heron colony", "newsletter", "Privacy policy", "Share on Facebook"):
        assert boilerplate not in document.text
    dropped = [block for block in document.blocks if not block.kept]
    assert any(block.label == "nav" and "News" in block.text for block in dropped)
    assert all(block.reasons for block in document.blocks)


def test_url_argument_sets_url_and_site():
    document = cleanread.extract(fixture_bytes("forum-page.html"), url="https://bakers.example/t/99")
    assert document.url == "https://bakers.example/t/99"
    assert document.site == "bakers.example"
    assert "hooch" in document.text and "Popular threads" not in document.text


def test_scrapinghub_pages_keep_the_article_text_trafilatura_finds(shared_datasets):
    """On real pages, what cleanread leaves out of trafilatura's text is not the article's: it finds
    as much of the article as trafilatura does."""
    articles = json.loads((shared_datasets / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((shared_datasets / "scrapinghub" / "html").glob("*.html.gz"))[:12]
    for page in pages:
        data = gzip.decompress(page.read_bytes())
        article = articles[page.name.removesuffix(".html.gz")]["articleBody"]
        found_by_trafilatura = recall_of(article, trafilatura.extract(data) or "")
        assert recall_of(article, cleanread.extract(data).text) >= found_by_trafilatura - 0.01, page.name


def test_trafilaturas_full_cascade_runs_only_when_its_fast_pass_found_too_little(monkeypatch):
    from cleanread import extractors
    from cleanread.segment.html import parse_html

    html = fixture_bytes("article-page.html").decode("utf-8")
    passes = []
    real_pass = extractors.trafilatura_content

    def recorded_pass(tree, **options):
        passes.append("fast" if options["fast"] else "cascade")
        return real_pass(tree, **options)

    monkeypatch.setattr(extractors, "trafilatura_content", recorded_pass)

    def choose(second_opinion_chars):
        passes.clear()
        return extractors.main_content(parse_html(html), html.encode(), url=None, comments=False,
                                       second_opinion_chars=second_opinion_chars)

    fast = choose(0)
    assert passes == ["fast"] and fast.char_count > 0
    cascade = choose(10 * fast.char_count)
    assert passes == ["fast", "cascade"] and cascade.char_count > 0
    assert cascade.metadata["title"] == fast.metadata["title"] and fast.metadata["title"]

    html = "<html><head><title>A Short Note</title></head><body><p>Only a few words here.</p></body></html>"
    choose(0)  # almost nothing found by the fast pass: the cascade runs whatever the second opinion says
    assert passes == ["fast", "cascade"]


def test_the_full_cascade_runs_when_the_fast_pass_falls_back_on_a_page_of_menus(monkeypatch):
    from cleanread import extractors
    from cleanread.extractors import MainContent
    from cleanread.model import Block
    from cleanread.segment.html import parse_html

    menus = [f"Menu entry number {i} of the site" for i in range(12)]
    article = "The council met on Tuesday and agreed to open the new library in the spring."
    listing = [f"A listed product number {i} with its price" for i in range(4)]
    passes = []

    def recorded_pass(tree, **options):
        passes.append("fast" if options["fast"] else "cascade")
        return MainContent("trafilatura", [Block(text=" ".join(page_text))] if options["fast"] else [Block(text=article)])

    monkeypatch.setattr(extractors, "trafilatura_content", recorded_pass)

    def choose(dom_texts, second_opinion_chars):
        passes.clear()
        dom_blocks = [Block(text=text, features={"link_density": 1.0 if text in menus else 0.0}) for text in dom_texts]
        extractors.main_content(parse_html("<html><body><p>x</p></body></html>"), b"<html></html>", url=None,
                                comments=False, second_opinion_chars=second_opinion_chars, dom_blocks=dom_blocks)
        return passes

    page_text = [*menus, article]  # the page's whole text, nine tenths menus
    assert choose(page_text, second_opinion_chars=len(article)) == ["fast", "cascade"]
    assert choose(page_text, second_opinion_chars=len(" ".join(page_text))) == ["fast"]  # resiliparse read as much
    page_text = [*menus[:4], *listing, article]  # half of it a listing's entries: the fallback stands
    assert choose(page_text, second_opinion_chars=len(article)) == ["fast"]


SHORT_NOTE = """<html><head><title>A Short Note</title>{meta}</head><body>
<p>Only a few words here, in English, for the reader of this note.</p></body></html>"""


def test_the_full_cascade_reads_the_page_in_its_language_without_merging_every_stoplist():
    """jusText's stoplist merged from all its languages stays in memory for the life of the process: a fresh
    interpreter shows whether reading a page built it."""
    script = (
        "import cleanread, trafilatura.external as justext_step; "
        f"text = cleanread.extract({SHORT_NOTE.format(meta='')!r}).text; "
        "print(repr(text), justext_step.JT_STOPLIST is None)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    text, merged_list_unbuilt = result.stdout.strip().rsplit(" ", 1)
    assert "Only a few words here" in text
    assert merged_list_unbuilt == "True"


def test_a_page_whose_meta_tags_name_another_language_is_read_by_the_cascade_all_the_same():
    from cleanread.extractors import trafilatura_content
    from cleanread.segment.html import parse_html

    page = SHORT_NOTE.format(meta='<meta http-equiv="content-language" content="fr">')
    blocks = trafilatura_content(parse_html(page), url=None, comments=False, fast=False, language="en").blocks
    assert any("Only a few words here" in block.text for block in blocks)


def test_both_trafilatura_passes_leave_the_shared_tree_whole():
    from lxml import html as lxml_html

    from cleanread.extractors import main_content
    from cleanread.segment.html import parse_html

    page = fixture_bytes("article-page.html").decode("utf-8")
    tree = parse_html(page)
    before = lxml_html.tostring(tree)
    main_content(tree, page.encode(), url=None, comments=False, second_opinion_chars=10**6)  # forces the cascade too
    assert lxml_html.tostring(tree) == before


TABBED_GUIDE = """<!DOCTYPE html><html><head><title>Send your first message | Example Docs</title></head><body>
<nav><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/pricing">Pricing</a></nav>
<main><article><h1>Send your first message</h1>
<p>This guide shows how to send a message from your own application in a few minutes, with the
client library of the language you write in. Every step below has one tab per language.</p>
<h2>Install the client library</h2>
<div role="tablist"><button role="tab">Python</button><button role="tab">Ruby</button><button role="tab">Go</button></div>
<div role="tabpanel" id="p1"><p>Install the Python library with pip, then import the client in your script and
create it with the account key you copied from the settings page of your account.</p></div>
<div role="tabpanel" id="p2" hidden style="display:none"><p>Install the Ruby gem with bundler, then require the client
in your program and create it with the account key you copied from the settings page.</p></div>
<div role="tabpanel" id="p3" hidden="" style="color: black; display: none;"><p>Fetch the Go module with go get, then
import the client package and create the client with the account key from the settings page.</p></div>
<h2>Send the message</h2>
<p>Call the send method with the number you want to reach and the text of the message. The call returns
the message identifier, which you can use later to look up whether the message was delivered.</p>
</article></main><footer><p>Copyright 2026 Example Inc. All rights reserved.</p></footer></body></html>"""


def test_hidden_tab_panels_are_content():
    """Tabs show one panel at a time; the steps for every language are part of the guide."""
    document = cleanread.extract(TABBED_GUIDE, kind="html")
    for panel_text in ("Install the Python library", "Install the Ruby gem", "Fetch the Go module"):
        assert panel_text in document.text
    assert "Call the send method" in document.text
    assert "All rights reserved" not in document.text


def test_show_tab_panels_unhides_only_tab_panels():
    from cleanread.segment.html import parse_html, show_tab_panels

    tree = show_tab_panels(parse_html(
        '<html><body><div role="tabpanel" hidden style="display:none;color:red">a</div>'
        '<div hidden style="display:none">b</div><div role="tabpanel" aria-hidden="true">c</div></body></html>'
    ))
    panel, other, third = tree.xpath("//body/div")
    assert "hidden" not in panel.attrib and "none" not in panel.get("style") and "color:red" in panel.get("style")
    assert "hidden" in other.attrib and "none" in other.get("style")
    assert "aria-hidden" not in third.attrib


def test_page_without_text_still_gets_its_metadata():
    """A script-rendered forum page: trafilatura extracts no text and with it drops the metadata it read."""
    shell = """<!DOCTYPE html><html><head><title>Which first telescope should I buy? - Stargazers Forum</title>
<meta property="og:title" content="Which first telescope should I buy?">
<meta property="og:site_name" content="Stargazers Forum">
<meta property="article:published_time" content="2025-02-20T14:19:26+00:00">
</head><body><section id="splash"><div class="dots"></div><div class="dots"></div></section>
<script>window.app.boot()</script></body></html>"""
    document = cleanread.extract(shell, kind="html")
    assert document.date == "2025-02-20"
    assert document.title == "Which first telescope should I buy?"


GUIDE_PAGE = """<html><head><title>Wine regions for beginners</title></head><body>
<nav><a href="/">Home</a> <a href="/wine">Wine</a></nav>
<article><h1>Wine regions for beginners</h1>
<p>Knowing where a wine comes from tells you a great deal about what is in the bottle before you open it,
because each region grows its own grapes and makes its own styles of wine.</p>
<p>Here is a short tour of the regions a beginner meets most often on the shelves of a wine shop.</p>
<ul>
<li>France
  <ul><li>Bordeaux: blends of Cabernet Sauvignon and Merlot that age for decades in the cellar.</li>
      <li>Burgundy: Pinot Noir and Chardonnay grown on small plots along a single slope.</li></ul></li>
<li>Italy
  <ul><li>Tuscany: Sangiovese, the grape of Chianti, grown on the hills around Florence.</li></ul></li>
</ul>
<p>Each of these regions has many smaller ones inside it, which later chapters of the guide describe.</p>
</article></body></html>"""


def test_a_nested_list_comes_out_once():
    text = cleanread.extract(GUIDE_PAGE).text
    for item in ("Bordeaux: blends", "Burgundy: Pinot Noir", "Tuscany: Sangiovese"):
        assert text.count(item) == 1, text
    lines = text.split("\n")
    assert "France" in lines and "Italy" in lines


LAYOUT_TABLE_PAGE = """<html><body><table><tr><td>
<h1>Ferry service resumes after the winter storms</h1>
<p>The island ferry sailed again on Monday morning, three weeks after storms damaged the pier at the harbour.</p>
<p>Repairs to the pier took longer than planned because the divers could only work at low tide each day.</p>
<p>Top stories</p>
<p>The council approved the budget for the new school building on the hill above the village square.</p>
</td><td><p>Weather: rain later in the day, with strong winds from the west along the whole of the coast.</p></td></tr>
</table>
<table><tr><td>Crossing</td><td>Departs</td><td>Arrives</td></tr><tr><td>Morning</td><td>07:30</td><td>08:15</td></tr>
<tr><td>Evening</td><td>18:00</td><td>18:45</td></tr></table></body></html>"""


def test_a_layout_tables_paragraphs_are_blocks_and_a_data_tables_rows_are():
    from cleanread.extractors import trafilatura_content
    from cleanread.segment.html import parse_html

    blocks = trafilatura_content(parse_html(LAYOUT_TABLE_PAGE), url=None, comments=False, fast=True).blocks
    texts = [block.text for block in blocks]
    assert texts[texts.index("Top stories") - 1].startswith("Repairs to the pier")
    assert any(text.startswith("The council approved") for text in texts)
    assert any(text.startswith("Weather: rain later") for text in texts)
    assert "Morning | 07:30 | 08:15" in texts
    assert all(block.features.get("table_row") for block in blocks if "|" in block.text)


TOUR_PAGE = """<html><body><article><h1>The band sets its anniversary tour</h1>
<p>The band will play thirty dates across the country next summer, its first tour with all four founding
members since the record that made them famous came out half a century ago.</p>
<p>Tickets go on sale on Friday morning at the box offices of every venue and on the promoter's website.</p>
<p>The tour dates:<br>June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL<br>June 10 -- Credit Union
Amphitheatre, Tampa, FL<br>June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA</p>
</article></body></html>"""


def test_lines_broken_with_br_keep_a_space_between_them():
    from cleanread.extractors import trafilatura_content
    from cleanread.segment.html import parse_html

    blocks = trafilatura_content(parse_html(TOUR_PAGE), url=None, comments=False, fast=True).blocks
    dates = next(block.text for block in blocks if block.text.startswith("The tour dates:"))
    assert "dates: June 9" in dates and "FL June 10" in dates and "FL June 14" in dates


def test_the_headline_opening_the_text_is_the_title_and_not_repeated_in_the_text():
    document = cleanread.extract(TOUR_PAGE)
    assert document.title == "The band sets its anniversary tour"
    assert document.text.startswith("The band will play thirty dates")
    headline = next(block for block in document.blocks if block.text == document.title)
    assert headline.label == "headline" and not headline.kept
    assert any("given as the title" in reason for reason in headline.reasons)
    assert cleanread.render.markdown(document).startswith("# The band sets its anniversary tour\n")


def test_the_headline_is_known_by_its_words_whatever_its_quotes():
    from cleanread.model import Block
    from cleanread.pipeline import _headline_out_of_text

    blocks = [Block(text="Otters’ return: the valley’s “quiet” comeback", label="heading"),
              Block(text="The river otters came back this spring after twenty years away.", label="body")]
    _headline_out_of_text(blocks, "Otters' return: the valley's \"quiet\" comeback")
    assert [block.label for block in blocks] == ["headline", "body"]
    blocks = [Block(text="Otters return to the valley", label="heading")]
    _headline_out_of_text(blocks, "Otters return to the valley this spring")  # not the title: it stays
    assert blocks[0].label == "heading"
