"""PDF text layers printed out of order: paragraphs go back in citation and section order, and only then."""

from __future__ import annotations

import re

import cleanread

HEADER = "Journal of Kitchen Studies\n\nVol. 3\n\nSalt and Patience in the Kitchen\nAnn Example, Ben Sample\n"
ABSTRACT = (
    "Abstract: Column layouts confuse the tools that read a printed page line by line\n"
    "and then print its paragraphs in an order of their own[1] . This sample paper\n"
    "checks that the order of a paper comes back[2] .\n"
)
INTRODUCTION = (
    "1. Introduction\n"
    "Cooking is an old craft that many people have studied for a very long time,\n"
    "and recipes were written down early in most of the places that had a script[3] .\n"
    "Old recipes rarely give amounts, so that every cook had to learn them by taste[4] .\n"
)
OPEN_PARAGRAPH = (
    "Some cooks keep a notebook of what worked and what failed in their kitchen[5] ,\n"
    "and they read it before they cook a dish again, but a single spoon from the con-\n"
)
CONTINUATION = (
    "tainer of salt is all it takes to spoil a broth that took a whole day to make[6] .\n"
    "Every cook learns that rule once and remembers it for the rest of a long life[7] .\n"
)
METHODS = (
    "2. Methods\n"
    "We asked ten cooks how they season a soup and how often they taste it before\n"
    "it goes to the table, and we wrote down every answer that they gave to us[8] .\n"
    "Each cook tasted the soup twice before serving it to the guests of the house[9] .\n"
)


def _references(order: list[int]) -> str:
    entries = [f"[{n}] Ann Example. Kitchen study number {n}. Journal of Kitchen Studies, 2001." for n in order]
    return "References\n" + "\n".join(entries) + "\n"


def _paper(*parts: str) -> str:
    return HEADER + "\n" + "\n".join(parts) + "\n1\n"


def _positions(text: str, *phrases: str) -> list[int]:
    return [text.index(phrase) for phrase in phrases]


def test_scrambled_columns_come_back_in_citation_order_and_resumed_paragraph_is_joined():
    references = _references([2, 3, 1, 4, 5, 6, 7, 8, 9])
    printed = _paper(ABSTRACT, CONTINUATION, INTRODUCTION, OPEN_PARAGRAPH, references, METHODS)
    document = cleanread.extract(printed, kind="pdf-text")
    starts = _positions(
        document.text, "Abstract:", "1. Introduction", "Cooking is", "Some cooks", "2. Methods", "References",
        "[1] Ann", "[2] Ann", "[9] Ann",
    )
    assert starts == sorted(starts)
    paragraphs = document.text.split("\n\n")
    joined = [p for p in paragraphs if p.startswith("Some cooks")]
    assert len(joined) == 1 and "a single spoon from the container of salt is all it takes" in joined[0]
    assert any(step.startswith("reading_order:") for step in document.repairs)


def test_text_in_order_is_left_as_printed():
    printed = _paper(ABSTRACT, INTRODUCTION, OPEN_PARAGRAPH + CONTINUATION, METHODS, _references(range(1, 10)))
    document = cleanread.extract(printed, kind="pdf-text")
    assert not any(step.startswith("reading_order:") for step in document.repairs)
    assert [block.line for block in document.blocks] == sorted(block.line for block in document.blocks)


def test_alphabetical_reference_numbers_alone_do_not_reorder():
    """Citations out of number order, but every paragraph follows on and the sections count up."""
    renumbered = {1: 7, 2: 3, 3: 9, 4: 1, 5: 5, 6: 2, 7: 8, 8: 4, 9: 6}
    body = "\n".join((ABSTRACT, INTRODUCTION, OPEN_PARAGRAPH + CONTINUATION, METHODS))
    body = re.sub(r"\[(\d)\]", lambda m: f"[{renumbered[int(m.group(1))]}]", body)
    document = cleanread.extract(_paper(body, _references(range(1, 10))), kind="pdf-text")
    assert not any(step.startswith("reading_order:") for step in document.repairs)
    starts = _positions(document.text, "Abstract:", "Cooking is", "Some cooks", "2. Methods", "References")
    assert starts == sorted(starts)


def test_citing_an_earlier_reference_again_is_not_disorder():
    again = "\nA later test confirmed what the first study had found about the salt[2] .\n"
    references = _references([2, 1, *range(3, 10)])
    printed = _paper(ABSTRACT, INTRODUCTION, OPEN_PARAGRAPH + CONTINUATION, METHODS + again, references)
    document = cleanread.extract(printed, kind="pdf-text")
    assert "reading_order: sorted the reference list" in document.repairs
    starts = _positions(document.text, "Cooking is", "2. Methods", "A later test", "[1] Ann", "[2] Ann")
    assert starts == sorted(starts)


def test_reference_list_printed_out_of_order_is_sorted_and_put_last():
    references = _references([4, 5, 6, 7, 8, 9, 1, 2, 3])
    printed = _paper(ABSTRACT, references, INTRODUCTION, OPEN_PARAGRAPH + CONTINUATION, METHODS)
    document = cleanread.extract(printed, kind="pdf-text")
    starts = _positions(
        document.text, "Abstract:", "Cooking is", "2. Methods", "References", "[1] Ann", "[4] Ann", "[9] Ann"
    )
    assert starts == sorted(starts)


def test_resumed_paragraph_goes_to_the_open_paragraph_its_citations_allow():
    """Two paragraphs break off; their halves come later, and the nearer open one is cited too late for the first."""
    first_open = (
        "1. Introduction\n"
        "Cooking is an old craft that many people have studied for a very long time[3] ,\n"
        "and every cook knows that a single spoon too many from the salt con-\n"
    )
    second_open = (
        "2. Methods\n"
        "We asked ten cooks how they season a soup and how they greet the guests[8] ,\n"
        "and each of them said that they always welcome their guests with a\n"
    )
    between = (
        "The first studies of the craft were written by cooks for other cooks[5] ,\n"
        "and the later ones by those who ate what they had made in their homes[6] .\n"
        "Both kinds agree that patience matters more than the price of the salt[7] .\n"
    )
    first_rest = "tainer can spoil a broth that took a whole day to make, as we found[4] .\n"
    second_rest = "smile and a bowl of the soup that they cooked for them that morning[9] .\n"
    blocks = [part + "\n" for part in (first_open, second_open, between, first_rest, second_rest)]  # pdftotext's gaps
    document = cleanread.extract(_paper(ABSTRACT, *blocks, _references(range(1, 10))), kind="pdf-text")
    assert "a single spoon too many from the salt container can spoil a broth" in document.text
    assert "always welcome their guests with a smile and a bowl" in document.text
    starts = _positions(document.text, "Cooking is", "The first studies", "2. Methods", "We asked")
    assert starts == sorted(starts)


def test_a_title_block_before_the_abstract_stays_in_front():
    """A title as wide as the column runs into the author line: one block of two lines, still front matter."""
    header = HEADER.replace(
        "Salt and Patience in the Kitchen\n",
        "Salt and Patience in the Kitchen: What Ten Cooks Taught Us About a Good Broth\n",
    )
    references = _references([2, 3, 1, 4, 5, 6, 7, 8, 9])
    printed = header + "\n" + "\n".join((ABSTRACT, CONTINUATION, INTRODUCTION, OPEN_PARAGRAPH, references, METHODS))
    document = cleanread.extract(printed, kind="pdf-text")
    assert any(step.startswith("reading_order:") for step in document.repairs)
    starts = _positions(document.text, "Salt and Patience", "Ann Example, Ben", "Abstract:", "1. Introduction")
    assert starts == sorted(starts)
