from __future__ import annotations

import pytest

from cleanread.detect import check_kind, detect_kind
from cleanread.errors import CleanreadError
from conftest import fixture_text


@pytest.mark.parametrize(
    "name, kind",
    [
        ("news-dump-todayheadline.txt", "web-text"),
        ("blog-dump-lynx.txt", "web-text"),
        ("ocr-paper-soft-power.txt", "pdf-text"),
        ("article-page.html", "html"),
        ("forum-page.html", "html"),
    ],
)
def test_fixtures_are_detected_from_content(name, kind):
    assert detect_kind(fixture_text(name)) == kind


def test_html_fragment_without_doctype_is_html():
    fragment = "<div><p>Hello <a href='/'>there</a></p><ul><li>one</li></ul><span>x</span></div>"
    assert detect_kind(fragment) == "html"


def test_text_that_mentions_a_tag_is_not_html():
    assert detect_kind("Use the <p> element for paragraphs, people say.") == "web-text"


def test_plain_prose_defaults_to_web_text():
    assert detect_kind("Just one sentence of ordinary prose.") == "web-text"


def test_unknown_kind_is_refused():
    with pytest.raises(CleanreadError, match="unknown kind"):
        check_kind("docx")
