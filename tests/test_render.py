from __future__ import annotations

import json

from cleanread.model import Block, Document
from cleanread.render import explain_table, markdown, plain_text, render


def sample() -> Document:
    blocks = [
        Block("Menu", label="nav", reasons=["short bullet item"]),
        Block("Intro paragraph.", label="body"),
        Block("Section", label="heading"),
        Block("first", label="list"),
        Block("second", label="list"),
        Block("Closing paragraph.", label="body"),
    ]
    return Document(text=plain_text(blocks), title="Title", kind="web-text", blocks=blocks)


def test_plain_text_separates_paragraphs_and_keeps_list_items_together():
    assert sample().text == "Intro paragraph.\n\nSection\n\nfirst\nsecond\n\nClosing paragraph."


def test_markdown_marks_headings_and_items():
    assert markdown(sample()) == "# Title\n\nIntro paragraph.\n\n## Section\n\n- first\n- second\n\nClosing paragraph.\n"


def test_markdown_writes_a_headline_that_opens_the_article_once():
    blocks = [Block("River otters return", label="heading"), Block("Intro paragraph.", label="body"),
              Block("Where they were seen", label="heading"), Block("Closing paragraph.", label="body")]
    document = Document(text=plain_text(blocks), title="River otters return", kind="html", blocks=blocks)
    assert markdown(document) == ("# River otters return\n\nIntro paragraph.\n\n## Where they were seen\n\n"
                                  "Closing paragraph.\n")


def test_jsonl_is_one_line_with_identity_first():
    line = render(sample(), "jsonl", extra={"input": "a.txt"})
    assert line.count("\n") == 1
    record = json.loads(line)
    assert list(record)[0] == "input" and record["title"] == "Title" and "blocks" not in record


def test_explain_table_has_a_row_per_block():
    assert explain_table(sample()).row_count == 6
