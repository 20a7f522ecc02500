"""Lines of two columns that pdftotext printed run together are taken apart again."""

from __future__ import annotations

import cleanread
from cleanread.segment.interleave import separate_columns

TITLE = "Salt and Patience\nAnn Example, Ben Sample"
OPENING = [  # printed column by column, as pdftotext prints most of a page
    "Abstract: Cooks have long argued about salt and how",
    "much of it a dish can take before it is spoiled[1].",
    "",
    "1. Introduction",
    "Most of what a cook knows is learned by tasting the",
    "food again and again, and a notebook helps as well.",
    "Old recipes rarely give amounts, so that every cook",
    "had to learn them by taste and by watching others.",
    "Some cooks keep a notebook of what worked and what",
    "failed, and they read it before they cook a dish a",
    "second time; a single spoon of salt too much is all",
    "it takes to spoil a broth that took a day to make.",
    "",
    "2. Methods",
    "We asked ten cooks how they season a soup and how",
    "often they taste it before it goes to the table, and",
    "we wrote down every answer that they gave to us[2].",
    "Each cook tasted the soup twice before serving it,",
    "and most of them added salt only at the very end.",
    "Two of the cooks never measured anything at all, and",
    "one of them kept no notes, but her soup was the best.",
]
# Justified columns: every line but a paragraph's last is about as wide as the column.
LEFT = [
    "Wedding food trends are changing fast, and cooks",
    "report two clear favourites this year. Mocktails",
    "are a crowd favourite, and drinks without alco-",
    "hol are quickly becoming a staple of the meal. A",
    "cook mixes them so they can stand alone or take a",
    "splash of spirits, which makes them right for any",
    "celebration that a couple might plan for the day.",
]
RIGHT = [
    "Texas-shaped chocolate cakes, locally sourced bour-",
    "bon cocktails and a risotto bar with chefs cooking",
    "in front of the guests show a style that everyone",
    "remembers. The leaves of the plant on each table",
    "have a shape that, as many of the guests say, resem-",
    "bles the arrowheads that were found near the farm,",
    "and the guests take them home when the day ends.",
]


def _printed() -> str:
    """Each row as pdftotext prints it: left line, a space, right line; a row ending in a hyphen
    is glued to the next row without it."""
    rows = [f"{left} {right}" for left, right in zip(LEFT, RIGHT)]
    text = "\n".join(rows)
    return "\n".join(OPENING) + "\n\n" + text.replace("-\n", "")


def test_run_together_columns_are_read_left_column_then_right_column():
    document = cleanread.extract(f"{TITLE}\n\n{_printed()}\n", kind="pdf-text")
    paragraphs = document.text.split("\n\n")
    assert paragraphs[:2] == ["Salt and Patience", "Ann Example, Ben Sample"]
    left = next(p for p in paragraphs if p.startswith("Wedding food"))
    right = next(p for p in paragraphs if p.startswith("Texas-shaped"))
    assert "drinks without alcohol are quickly" in left
    assert left.endswith("so they can stand alone or take a splash of spirits, which makes them right for any celebration that a couple might plan for the day.")
    assert "locally sourced bourbon cocktails and a risotto bar" in right
    assert "as many of the guests say, resembles the arrowheads" in right  # "resem" + "splash" glued, taken apart
    assert right.endswith("when the day ends.")
    assert document.text.index("Wedding food") < document.text.index("Texas-shaped")


def test_text_without_run_together_lines_is_left_alone():
    one_column = "\n".join(LEFT + RIGHT)
    assert separate_columns(one_column, 50) == one_column
    hyphen_inside = "Both pre- and post-war recipes ask for salt, and a cook who has tasted both will say so at once"
    assert separate_columns(hyphen_inside, 50) == hyphen_inside


def test_title_lines_opening_a_run_stay_in_front():
    text = separate_columns(f"{TITLE}\n{_printed()}", 50)
    assert text.split("\n")[:3] == ["Salt and Patience", "Ann Example, Ben Sample", OPENING[0]]


def test_blocks_keep_the_input_line_they_were_printed_on():
    printed = f"{TITLE}\n\n{_printed()}\n"
    document = cleanread.extract(printed, kind="pdf-text")
    input_lines = printed.split("\n")
    for block in document.blocks:
        first_words = block.text.split("\n")[0][:20]
        assert first_words in input_lines[block.line - 1], (block.line, first_words)


def test_threading_stops_at_the_documents_budget(monkeypatch):
    """Past the budget, runs keep their printed order: hostile input costs bounded time."""
    from cleanread.segment import interleave

    run = _printed().split("\n\n")[-1]
    pages = "\n\n".join([run] * 3)
    width = 53
    monkeypatch.setattr(interleave, "MAX_THREADED_LINES", 2 * len(run.split("\n")))
    runs = separate_columns(pages, width).split("\n\n")
    assert runs[-1] == run  # the third run is past the budget: printed as it came
    assert runs[0] != run
