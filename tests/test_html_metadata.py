"""HTML metadata: visible headline, byline and dateline weighed against the page's hidden tags."""

from __future__ import annotations

import json

import pytest

import cleanread
from cleanread.metadata.bylines import clean_author
from cleanread.metadata.html import PageEvidence, html_metadata, page_evidence
from cleanread.segment.html import parse_html

ARTICLE_TEXT = " ".join(["The council voted on the new bridge after a long debate about its cost and its route."] * 6)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def metadata_of(html_text: str, *, found: dict | None = None, url: str = "https://www.valleynews.example/a/1"):
    tree = parse_html(html_text)
    return html_metadata(page_evidence(tree, url=url), found or {}, url=url)


def test_visible_headline_byline_and_dateline_win_over_hidden_tags():
    html_text = page(
        '<title>Bridge vote delayed again | Valley News</title>'
        '<meta property="og:site_name" content="Valley News">'
        '<meta property="article:modified_time" content="2024-05-20T10:00:00Z">',
        '<header class="site-header"><h1 class="logo">Valley News</h1></header>'
        '<article><h1>Bridge vote delayed again after <br>a long night</h1>'
        '<div class="meta"><span class="byline">By <a href="/authors/ann-lee/">Ann Lee</a></span>'
        '<time datetime="2024-03-02T08:00:00Z">March 2, 2024</time></div>'
        f"<p>{ARTICLE_TEXT}</p></article>",
    )
    found = {"title": "Bridge vote delayed again", "date": "2024-05-20", "author": "Valley News Staff"}
    metadata = metadata_of(html_text, found=found)
    assert metadata.title == "Bridge vote delayed again after a long night"
    assert metadata.author == "Ann Lee"
    assert metadata.date == "2024-03-02"
    assert metadata.site == "valleynews.example"


def test_without_a_headline_the_title_tag_loses_only_the_site_name():
    html_text = page(
        '<title>How to plant garlic in autumn – Green Fingers</title>'
        '<meta property="og:site_name" content="Green Fingers">',
        f"<div><p>{ARTICLE_TEXT}</p></div>",
    )
    assert metadata_of(html_text).title == "How to plant garlic in autumn"


def test_a_headline_the_title_does_not_echo_is_not_taken_on_a_non_article_page():
    html_text = page(
        "<title>Cloud accounting software for small firms | Ledgerly</title>",
        f"<h1>Keep your books in order</h1><p>{ARTICLE_TEXT}</p>",
    )
    assert metadata_of(html_text, url="https://ledgerly.example/").title == "Cloud accounting software for small firms"


@pytest.mark.parametrize(("title_tag", "site_title", "url"), [
    ("Investment strategy review request, 2024 version - Bogleheads.org", "Bogleheads.org",
     "https://www.bogleheads.org/forum/t/1"),
    # the forum's host is a subdomain of the domain the title names
    ("Discuss the 7.1 release here - boxware.org", "boxware.org", "https://forums.boxware.org/viewtopic.php?t=9"),
])
def test_a_title_that_only_names_the_site_yields_to_the_topic(title_tag, site_title, url):
    html_text = page(f"<title>{title_tag}</title>", f"<div class='topic'><p>{ARTICLE_TEXT}</p></div>")
    metadata = metadata_of(html_text, found={"title": site_title}, url=url)
    assert metadata.title == title_tag.rsplit(" - ", 1)[0]


def test_bare_by_takes_the_name_from_the_next_element():
    html_text = page(
        "<title>Ten trails for a spring walk</title>",
        '<h1>Ten trails for a spring walk</h1><p class="by">By</p><span>Maya Ortiz</span>'
        f"<p>{ARTICLE_TEXT}</p>",
    )
    assert metadata_of(html_text).author == "Maya Ortiz"


def test_jsonld_people_are_listed_when_no_byline_is_printed():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Lab Notes"},
            {"@type": "BlogPosting", "headline": "Measuring soil moisture cheaply",
             "author": [{"@type": "Person", "name": "Ines Berg"}, {"@type": "Person", "name": "Tom Hale"}],
             "publisher": {"@type": "Organization", "name": "Lab Notes Press"}},
        ],
    }
    html_text = page(
        f'<title>Measuring soil moisture cheaply</title><script type="application/ld+json">{json.dumps(data)}</script>',
        f"<h1>Measuring soil moisture cheaply</h1><p>{ARTICLE_TEXT}</p>",
    )
    metadata = metadata_of(html_text)
    assert metadata.author == "Ines Berg, Tom Hale"
    assert metadata.source == "Lab Notes Press"


def test_broken_jsonld_and_no_evidence_fall_back_to_the_extractor():
    html_text = page('<script type="application/ld+json">{"@type": "Article", "author": </script>', "<p>x</p>")
    found = {"title": "From trafilatura", "author": "A. Writer; B. Writer", "date": "2023-01-05T00:00:00"}
    metadata = metadata_of(html_text, found=found)
    assert (metadata.title, metadata.author, metadata.date) == ("From trafilatura", "A. Writer, B. Writer", "2023-01-05")
    assert html_metadata(PageEvidence(), {}, url=None).title is None


def test_dates_inside_the_article_text_are_not_the_publication_date():
    html_text = page(
        "<title>A history of the old mill</title>",
        f"<h1>A history of the old mill</h1><p>{ARTICLE_TEXT} It closed on June 3, 1998.</p>"
        "<p>Seen on January 5, 2020</p>",
    )
    assert metadata_of(html_text).date is None


def test_a_stated_publication_date_goes_before_htmldates_modified_time():
    html_text = page(
        '<meta property="article:modified_time" content="2024-05-03T10:57:58+00:00">'
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Language apps compared",'
        ' "datePublished": "2024-03-17T19:47:39+00:00", "dateModified": "2024-05-03T10:57:58+00:00"}</script>',
        f"<h1>Language apps compared</h1><p>{ARTICLE_TEXT}</p>",
    )
    assert metadata_of(html_text, found={"date": "2024-05-03"}).date == "2024-03-17"
    tagged = html_text.replace("<head>", '<head><meta property="article:published_time" content="2024-03-16">')
    assert metadata_of(tagged, found={"date": "2024-05-03"}).date == "2024-03-16"


@pytest.mark.parametrize("tag", [
    '<meta name="published" content="July 17, 2025">',
    '<meta property="og:publish_date" content="2025-07-17T09:04:00+13:00">',
    '<meta name="cxenseParse:publishtime" content="2025-07-17T18:24:18.273Z">',
])
def test_publication_dates_under_less_common_tag_names_are_read_over_a_modified_time(tag):
    head = f'<title>Reading gauges</title><meta property="article:modified_time" content="2025-11-02">{tag}'
    html_text = page(head, f"<h1>Reading gauges</h1><p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text, found={"date": "2025-11-02"}).date == "2025-07-17"
    assert metadata_of(html_text.replace(tag, ""), found={"date": "2025-11-02"}).date == "2025-11-02"


def test_a_dateline_set_just_over_the_headline_is_the_date_when_none_is_under_it():
    over = '<div class="meta"><a href="/travel/">Travel</a> <time>September 8, 2021</time></div>'
    html_text = page("<title>How to rent a car</title>", f"{over}<h1>How to rent a car</h1><p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text).date == "2021-09-08"
    updated = over.replace("<time>", "Last updated: <time>")
    assert metadata_of(html_text.replace(over, updated)).date is None
    top_bar = '<div class="top-bar"><span>Wednesday, September 8, 2021</span></div>'
    menu = "<ul>" + "".join(f'<li><a href="/{n}/">Section {n}</a></li>' for n in range(6)) + "</ul>"
    far = page("<title>How to rent a car</title>", f"{top_bar}{menu}<h1>How to rent a car</h1><p>{ARTICLE_TEXT}</p>")
    assert metadata_of(far).date is None


def test_a_date_after_its_icon_is_read_and_a_labelled_one_is_not():
    icon = '<svg class="icon"><use href="/ui.svg#calendar"></use></svg>'
    headline, dateline = "<h1>Why Rust for embedded systems</h1>", f"<div>{icon} Dec 12, 2025</div>"
    html_text = page("<title>Why Rust for embedded systems</title>", f"{headline}{dateline}<p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text).date == "2025-12-12"
    above = page("<title>Why Rust for embedded systems</title>", f"{dateline}{headline}<p>{ARTICLE_TEXT}</p>")
    assert metadata_of(above).date == "2025-12-12"
    labelled = html_text.replace(icon, '<span class="label">Author:</span> Ann Lee,')
    assert metadata_of(labelled).date is None  # a tail after text is another line's, not the icon's


def test_an_update_label_inside_the_time_element_is_read():
    stated = '<meta property="article:published_time" content="2023-10-02T08:00:00+00:00">'
    meta = ('<div class="meta">By Ann Lee <time class="entry-date published" datetime="2024-12-06">'
            "<strong>Last Updated:</strong> December 6, 2024</time></div>")
    html_text = page(f"<title>Choosing a CRM</title>{stated}", f"<h1>Choosing a CRM</h1>{meta}<p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text).date == "2023-10-02"
    assert metadata_of(html_text.replace("<strong>Last Updated:</strong> ", "")).date == "2024-12-06"


def test_a_numeric_date_that_reads_either_way_is_read_the_way_the_stated_date_says():
    def dated(shown: str, stated: str) -> str:
        tag = f'<meta property="article:published_time" content="{stated}">'
        body = f'<h1>Kitchen remodels</h1><p class="post-date">{shown}</p><p>{ARTICLE_TEXT}</p>'
        return metadata_of(page(f"<title>Kitchen remodels</title>{tag}", body)).date

    assert dated("09.10.2024", "2024-09-10") == "2024-09-10"  # month first, as the stated date has it
    assert dated("09.10.2024", "2024-09-12") == "2024-10-09"  # the stated date is another day: the page's own reading
    assert dated("25.10.2024", "2024-10-20") == "2024-10-25"  # only one reading: the shown date


def test_layout_classes_on_body_do_not_hide_the_headline():
    html_text = (
        '<html><head><title>Ten trails for a spring walk | Hike Blog</title><meta property="og:type" content="article">'
        '</head><body class="single-post wp-custom-logo has-sidebar"><div class="content">'
        "<h1>Our ten favourite trails for a spring walk</h1>"
        '<p class="date">Last updated: May 3, 2024</p><p class="date">Published March 2, 2024</p>'
        f"<p>{ARTICLE_TEXT}</p></div></body></html>"
    )
    metadata = metadata_of(html_text)
    assert metadata.title == "Our ten favourite trails for a spring walk"
    assert metadata.date == "2024-03-02"


def test_a_threads_last_post_date_is_not_when_it_was_started():
    html_text = page(
        "<title>Pump keeps tripping the breaker</title>",
        "<h1>Pump keeps tripping the breaker</h1>"
        '<div class="meta"><span>last post by <a href="/m/7">tanklady</a> <time datetime="2024-06-05">Jun 5, 2024</time></span>'
        '<span>started <time datetime="2024-06-02">Jun 2, 2024</time></span></div>'
        f"<p>{ARTICLE_TEXT}</p>",
    )
    assert metadata_of(html_text).date == "2024-06-02"


def test_mojibake_in_metadata_is_repaired():
    html_text = page("<title>An investorâ€™s guide to bonds</title>", f"<p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text).title == "An investor’s guide to bonds"


def test_byline_cleaning_keeps_names_and_drops_dates_and_chrome():
    assert clean_author("Posted by: Laura / House Plant House") == "Laura / House Plant House"
    assert clean_author("By Ann Lee and Bo Chan | Staff") == "Ann Lee and Bo Chan"
    assert clean_author("by") is None
    assert clean_author("View all posts by Ray") is None
    assert clean_author("Updated January 4, 2026") is None


def test_extract_uses_the_page_evidence_end_to_end():
    html_text = page(
        "<title>Bridge vote delayed again | Valley News</title>",
        '<h1>Bridge vote delayed again</h1><p class="byline">By Ann Lee, May 2, 2023</p>'
        f"<p>{ARTICLE_TEXT}</p><p>{ARTICLE_TEXT}</p>",
    )
    document = cleanread.extract(html_text, url="https://valleynews.example/x")
    assert (document.title, document.author, document.date) == ("Bridge vote delayed again", "Ann Lee", "2023-05-02")


MARKED_AUTHORS = {  # case: (in <head>, in <body>, author)
    "a forum's poster, not the signed-in reader in the menu": (
        "",
        '<nav><span class="username">signed-in-reader</span></nav>'
        '<div class="message"><span class="message-userName">reefkeeper42</span><p>My pump trips the breaker.</p></div>'
        '<div class="message"><span class="message-userName">tanklady</span><p>Try another socket.</p></div>',
        "reefkeeper42",
    ),
    "schema.org microdata": (
        "",
        '<div itemprop="author" itemscope><span class="avatar"></span><span itemprop="name">Ivy Stone</span></div>',
        "Ivy Stone",
    ),
    "citation_author tags, surname first, read in order": (
        '<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">',
        "",
        "Aniruddha Roy, Jyoti Patel",
    ),
}


@pytest.mark.parametrize("case", sorted(MARKED_AUTHORS))
def test_a_name_the_page_marks_as_a_persons_is_the_author(case):
    head, body, author = MARKED_AUTHORS[case]
    html_text = page(f"<title>Pump keeps tripping the breaker</title>{head}", f"{body}<p>{ARTICLE_TEXT}</p>")
    assert metadata_of(html_text, url="https://fishforum.example/t/1").author == author


def test_a_by_line_far_from_any_headline_counts_only_when_it_names_one_author():
    article = page(
        "<title>Why sourdough needs time</title>",
        f"<div><p>{ARTICLE_TEXT}</p></div><div class='end'><p>Written by Lisa Jennings</p></div>",
    )
    shop = page(
        "<title>Teapots</title>",
        "<ul><li><p>Blue teapot</p><span>by Acme Pottery</span></li>"
        "<li><p>Red teapot</p><span>by Globex Ceramics</span></li></ul>",
    )
    assert metadata_of(article).author == "Lisa Jennings"
    assert metadata_of(shop).author is None


def test_author_cleaning_drops_month_remains_and_keeps_handles():
    assert clean_author("Luke Kim December") == "Luke Kim"
    assert clean_author("August") is None
    assert clean_author("ggailey777") == "ggailey777"
    assert clean_author("View Full Profile") is None
    assert clean_author("Lutfij Titan Moderator") is None


def test_a_forum_thread_keeps_its_title_when_trafilatura_swapped_thread_and_site():
    html_text = page(
        "<title>Wrong refresh rate after driver update - Pixel Forum</title>",
        f"<div class='post'><p>{ARTICLE_TEXT}</p></div>",
    )
    found = {"title": "Pixel Forum", "sitename": "Wrong refresh rate after driver update"}
    metadata = metadata_of(html_text, found=found, url="https://forum.pixel.example/showthread.php?t=42")
    assert metadata.title == "Wrong refresh rate after driver update"


def test_a_book_chapter_takes_its_title_from_the_h2_the_title_tag_repeats():
    html_text = page(
        "<title>Borrowing Rules - The Gardener's Handbook</title>",
        "<h1 class='menu-title'>The Gardener's Handbook</h1>"
        f"<main><h2>Borrowing Rules</h2><p>{ARTICLE_TEXT}</p><h2>Returning tools</h2><p>{ARTICLE_TEXT}</p></main>",
    )
    found = {"title": "The Gardener's Handbook"}
    assert metadata_of(html_text, found=found, url="https://book.gardeners.example/ch4.html").title == "Borrowing Rules"


def test_an_h2_that_only_resembles_the_title_tag_does_not_become_the_title():
    html_text = page(
        "<title>Counter Strike on Steam</title>",
        f"<main><h2>Play Counter Strike on Steam</h2><p>{ARTICLE_TEXT}</p></main>",
    )
    found = {"title": "Counter Strike on Steam"}
    assert metadata_of(html_text, found=found, url="https://store.steam.example/app/1").title == "Counter Strike on Steam"


@pytest.mark.parametrize("fast", [False, True])
def test_a_malformed_url_in_the_page_or_from_the_caller_names_no_site_and_stops_nothing(fast):
    page = ("<html><head><title>Bridge repairs</title><meta property='og:url' content='http://[broken/page'></head>"
            "<body><p>The council met on Tuesday and agreed to repair the bridge over the river before winter.</p>"
            "</body></html>")
    document = cleanread.extract(page, fast=fast)
    assert "repair the bridge" in document.text and document.site is None
    assert cleanread.extract(page, fast=fast, url="https://[oops/2024/05/01/x").text == document.text
