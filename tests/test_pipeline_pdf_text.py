"""End to end on OCR'd paper text: unwrapped paragraphs, citations as [n], no figure or table residue."""

from __future__ import annotations

import re

import pytest

import cleanread
from conftest import fixture_bytes

OCR_PAPER = "ocr-paper-soft-power.txt"
GARBLED_TOKENS = ["!!!", "!?", "'™", "[%!", "'%!", "®", "™", "¥", "Figurel", "Tablel"]


@pytest.fixture(scope="module")
def paper() -> cleanread.Document:
    return cleanread.extract(fixture_bytes(OCR_PAPER))


def test_detected_as_pdf_text(paper):
    assert paper.kind == "pdf-text"


def test_citation_markers_numbered_in_order(paper):
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", paper.text)]
    assert numbers == list(range(1, 16))
    assert "accurately[1]. There" in paper.text
    assert "nature[3]. Horizontally" in paper.text  # the 'l' of 'naturel®' was the superscript
    assert "wave of globalization[9]." in paper.text
    assert "national power[13].\n" in paper.text


@pytest.mark.parametrize("token", GARBLED_TOKENS)
def test_no_garbled_token_left(paper, token):
    assert token not in paper.text


def test_no_citations_option_drops_markers():
    document = cleanread.extract(fixture_bytes(OCR_PAPER), citations=False)
    assert not re.search(r"\[\d+\]", document.text)
    assert "more accurately. There are" in document.text


def test_paragraphs_are_unwrapped_and_headings_stand_alone(paper):
    paragraphs = paper.text.split("\n\n")
    assert all("\n" not in paragraph for paragraph in paragraphs)
    for heading in ("1. Introduction", "3.2.1 Provides impetus for national cultural innovation", "5. Conclusion"):
        assert heading in paragraphs
    # A paragraph cut by a page break is one paragraph again.
    assert any(p.startswith("The inherent cohesiveness") and "of national cultural soft power." in p for p in paragraphs)


def test_captions_fixed_and_figure_and_table_residue_removed(paper):
    paragraphs = paper.text.split("\n\n")
    assert "Figure 1 Structure of comprehensive national power" in paragraphs
    assert "Table 1 International competitiveness measurement system" in paragraphs
    for residue in ("Role level: Spirituality", "Tier 1 Indicators", "Overseas Market Share", "Soft environment creation"):
        assert residue not in paper.text
    labels = {block.label for block in paper.blocks if not block.kept}
    assert {"figure", "table"} <= labels


def test_repairs_are_reported(paper):
    assert any(step.startswith("citation_markers") for step in paper.repairs)


def _two_page_paper(title_lines: list[str]) -> str:
    prose = ("The survey covered forty river towns and asked how each one kept its water clean over the "
             "last decade, which methods worked, and what they cost the people who paid for them.")
    page = "\n".join([prose[i:i + 70] for i in range(0, len(prose), 70)])
    return "\n\n".join([
        "Journal of River Studies", "Vol. 12", *title_lines,
        "Abstract: We compare how river towns keep their water clean and what it costs them.",
        "1. Introduction", page, "1",
        "Journal of River Studies", "Vol. 12", "2. Methods", page, "2",
    ])


@pytest.mark.parametrize("title_lines", [
    ["Clean Water in River Towns: A Survey", "Ann Lee, Bo Chan"],
    ["Clean Water in River Towns: A Survey? Ann Lee, Bo Chan"],  # OCR lost the line break
])
def test_front_matter_gives_title_authors_and_the_journal_of_the_running_header(title_lines):
    document = cleanread.extract(_two_page_paper(title_lines), kind="pdf-text")
    assert document.title.startswith("Clean Water in River Towns: A Survey")
    assert document.author == "Ann Lee, Bo Chan"
    assert document.source == "Journal of River Studies"
    assert "Journal of River Studies" not in document.text
