from __future__ import annotations

from cleanread.classify_pdf import classify_pdf_blocks
from cleanread.segment.pdf import line_role, segment_pdf_text

LINE = "This line of the paper runs all the way to the right margin of the page and on"


def test_line_roles():
    assert line_role("12", starts_paragraph=False) == "page-number"
    assert line_role("2.1 Related work", starts_paragraph=True) == "heading"
    assert line_role("2.1 Related work", starts_paragraph=False) is None
    assert line_role("Figure 3 Results by year", starts_paragraph=True) == "caption"
    assert line_role("References", starts_paragraph=True) == "heading"


def test_page_break_inside_a_paragraph_is_joined_and_page_number_set_aside():
    text = "\n".join([LINE, LINE, LINE, "", "7", "", "continues here after the break.", "", "Next paragraph is short."])
    blocks = classify_pdf_blocks(segment_pdf_text(text))
    kept = [block for block in blocks if block.kept]
    assert kept[0].text.endswith("continues here after the break.")
    assert [block.label for block in blocks if block.text == "7"] == ["page-furniture"]


def test_running_headers_are_page_furniture():
    page = "\n".join(["Journal of Examples", "", LINE, LINE, "ends here.", ""])
    blocks = classify_pdf_blocks(segment_pdf_text(page * 3))
    assert {block.label for block in blocks if block.text == "Journal of Examples"} == {"page-furniture"}


def test_column_lines_stay_one_paragraph_when_pdftotext_ran_some_lines_of_two_columns_together():
    column = [
        "When couples start planning the wedding, one of the",
        "biggest choices they face is picking the right cook.",
        "Food is at the heart of the day, it is how cultures",
        "come together, how families meet, and how the guests",
        "remember the day. With so many cuisines and costs to",
        "weigh, the first question is where to start with it.",
    ]
    merged = "Menus can reflect every couple and their own story. Reading the small print early prevents surprises."
    text = "\n".join(column + [merged] + column + ["", merged, ""] + column + ["", *column[:3], merged])
    blocks = classify_pdf_blocks(segment_pdf_text(text))
    first = blocks[0]
    assert first.label == "body" and first.text.startswith(column[0]) and first.features["line_count"] >= len(column)
    assert not [block for block in blocks if block.label in ("figure", "table")]


def test_body_width_is_a_columns_width_only_when_the_fullest_band_is_column_wide():
    from cleanread.segment.pdf import body_width

    prose = [LINE] * 10
    assert body_width(prose + ["Cell 12 value"] * 40) == len(LINE)  # table cells are not a column
    column = ["biggest choices they face is picking the right cook."] * 20
    merged = [column[0] + " " + column[0]] * 4
    assert body_width(column + merged) == len(column[0])


def test_heading_of_the_other_column_glued_to_a_line_becomes_its_own_block():
    text = "\n".join([
        "1. Introduction",
        "",
        "Freelancers pay for their tools themselves, and the software",
        "they buy must not reach too deep into those freelancer pock2. Background",
        "ets, since every month counts for someone who works alone.",
        "",
        "3. Results",
        "",
        "Every one of the tools we tried kept the books in order. But the",
        "one that cost least was not the one the freelancers liked 3. Results",
    ])
    blocks = classify_pdf_blocks(segment_pdf_text(text))
    texts = [block.text for block in blocks]
    assert "2. Background" in texts
    assert [block.label for block in blocks if block.text == "2. Background"] == ["heading"]
    assert any(text.endswith("those freelancer pock-") for text in texts)  # the hyphen pdftotext dropped
    assert any(text.endswith("the freelancers liked 3. Results") for text in texts)  # the paper has a 3.
    lines = text.split("\n")
    assert all(block.text.split("\n")[0][:10] in lines[block.line - 1] for block in blocks)  # the input's lines


def test_a_numbered_line_as_wide_as_the_text_starts_a_list_item_not_a_heading():
    text = "\n".join([
        LINE, LINE, "and so the paragraph before the list ends here.",
        "",
        "2. Methods",
        "",
        "6. Pothos (Epipremnum aureum): A favourite for beginners, it grows well in low light and",
        "recovers quickly from missed waterings, and its trailing habit makes it easy to place.",
    ])
    blocks = classify_pdf_blocks(segment_pdf_text(text))
    heading = next(block for block in blocks if block.text.startswith("2. Methods"))
    item = next(block for block in blocks if block.text.startswith("6. Pothos"))
    assert heading.label == "heading"
    assert item.label != "heading" and item.text.endswith("easy to place.")
