"""End to end on web-page text dumps: the article, and nothing but the article."""

from __future__ import annotations

import re

import pytest

import cleanread
from cleanread.repair.mojibake import may_hold_mojibake
from conftest import fixture_bytes, fixture_text

NEWS_DUMP = "news-dump-todayheadline.txt"
BLOG_DUMP = "blog-dump-lynx.txt"


def paragraphs_between(text: str, first: str, last: str) -> str:
    """The dump's own lines from `first` to the end of `last`, one paragraph per blank-line block."""
    start = text.index(first)
    end = text.index(last) + len(last)
    blocks = re.split(r"\n\s*\n", text[start:end])
    return "\n\n".join(" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks)


@pytest.fixture(scope="module")
def news_document() -> cleanread.Document:
    return cleanread.extract(fixture_bytes(NEWS_DUMP))


def test_news_dump_text_is_exactly_the_article(news_document):
    expected = paragraphs_between(
        fixture_text(NEWS_DUMP), "On February 17, the Chinese animated film", "with soft power influence."
    )
    assert news_document.text == expected


def test_news_dump_keeps_section_headings_on_their_own_lines(news_document):
    lines = news_document.text.split("\n")
    for heading in (
        "Cultivating a Cultural Rejuvenation at Home",
        "Expanding Culture Influence Abroad to Build a Great Power Image at Home",
        "Conclusion",
    ):
        assert heading in lines


@pytest.mark.parametrize(
    "boilerplate",
    ["Share on Facebook", "SHARES", "Previous Post", "Related Posts", "Recent News", "Browse by Category",
     "Login to your account", "©", "View All Result", "Kennedy Center cancels", "2025 Indy 500"],
)
def test_news_dump_drops_page_furniture(news_document, boilerplate):
    assert boilerplate not in news_document.text


def test_news_dump_metadata(news_document):
    assert news_document.kind == "web-text"
    assert news_document.title == "How the CCP Pursues Domestic Legitimacy Through Soft Power"
    assert news_document.date == "2025-02-19"
    assert news_document.source == "The Diplomat"
    assert news_document.site in ("Today Headline", "todayheadline.co")
    assert news_document.language == "en"


def test_dropped_blocks_carry_labels_and_reasons(news_document):
    dropped = [block for block in news_document.blocks if not block.kept]
    assert dropped and all(block.reasons for block in news_document.blocks)
    labels = {block.label for block in dropped}
    assert {"nav", "share", "related", "footer"} <= labels


def test_blog_dump_of_another_layout_gives_its_article():
    """A lynx-style dump (hard-wrapped, '*' bullets, comments) written for these tests."""
    document = cleanread.extract(fixture_bytes(BLOG_DUMP))
    text = fixture_text(BLOG_DUMP)
    expected = paragraphs_between(text, "Every autumn I watch", "before spring planting begins.")
    # The in-article bullet list stands apart from the paragraph, one item per line.
    expected = expected.replace(
        "bucket of greens: * Greens: vegetable peelings, coffee grounds, fresh grass clippings "
        "* Browns: dry leaves, shredded cardboard, straw and woody prunings "
        "* Never: meat, dairy, cooked food or diseased plants",
        "bucket of greens:\n\nGreens: vegetable peelings, coffee grounds, fresh grass clippings\n"
        "Browns: dry leaves, shredded cardboard, straw and woody prunings\n"
        "Never: meat, dairy, cooked food or diseased plants",
    )
    assert document.text == expected
    assert document.title == "How to Start a Compost Heap That Actually Works"
    assert document.author == "Maria Lopez"
    assert document.date == "2024-03-03"
    assert document.site == "Greenfield Gardening Journal"
    for boilerplate in ("Share this", "Leave a Reply", "Great post", "Recent Posts", "Copyright", "Tags:"):
        assert boilerplate not in document.text


JAPANESE_DUMP = """ホーム
ニュース
暮らし
お問い合わせ

新しい図書館が春に開館

東京の図書館は来年の春に新しい建物へ移ることが決まりました。工事は屋根の修理から始まり、秋の嵐が来る前に終わる予定だと市の担当者は説明しています。

本棚は山の工房で三人の職人が一つずつ手作りしています。材料の木は市が昨年、近くの森から買い取ったもので、どれも丈夫で長く使えるそうです。

ボランティアの人たちが古い建物から本を運ぶ手伝いを申し出ました。古い建物は閲覧室のあるカフェに生まれ変わり、開館の後も市民が集まる場所になります。

市長は開館の日に広場で演奏会と子ども向けの読み聞かせを行うと話しました。建物の中を案内するツアーも一日に何度か開かれる予定です。

関連記事
古い駅舎を改装したカフェが駅前にオープン
市内の公園で桜まつりの準備が始まる
夏休みの自由研究におすすめの博物館まとめ
"""


def test_a_japanese_dump_keeps_its_paragraphs_and_drops_the_list_of_titles_beside_them():
    """Japanese has no spaces between words and jusText no Japanese stopwords: its sentences count their
    characters two to a word, and prose is what ends a sentence ("。")."""
    document = cleanread.extract(JAPANESE_DUMP)
    assert document.language == "ja"
    assert "東京の図書館は来年の春に新しい建物へ移ることが決まりました。" in document.text
    assert "建物の中を案内するツアーも一日に何度か開かれる予定です。" in document.text
    assert "桜まつり" not in document.text and "お問い合わせ" not in document.text


LYNX_MARKS_DUMP = """   Harbour Town News

     * Home
     * Local

Ferry Service Returns to the Island

   The ferry to the island will run again from next Monday, the harbour office said on Friday, after a
   winter in which storms kept the old boat in dock for eleven weeks. [ferry-dock.jpg] The new timetable
   has four crossings a day in each direction.

   ___________________________________________

   Tickets can be bought at the harbour office or on board, and the price has not changed since last
   year, which the islanders' association had asked for at the council's autumn meeting. (BUTTON) Read
   the timetable

   Residents who travel for hospital appointments can book a seat a week ahead, the office added, and a
   bus will wait for the evening boat so that nobody is left at the pier after dark.

   © 2025 Harbour Town News
"""


def test_kept_text_loses_the_text_browsers_marks_for_buttons_rules_and_image_names():
    """lynx writes a button as "(BUTTON)", a rule as underscores and an image without alt text as its file name;
    none is a word of the article, and the block that was only a rule goes, with a reason."""
    document = cleanread.extract(LYNX_MARKS_DUMP)
    assert "eleven weeks. The new timetable has four crossings" in document.text
    assert "autumn meeting. Read the timetable" in document.text
    assert "(BUTTON)" not in document.text and "____" not in document.text and ".jpg" not in document.text
    assert document.text.count("\n\n") == 2  # three paragraphs, no empty one where the rule was
    rule = next(block for block in document.blocks if block.text.startswith("____"))
    assert not rule.kept and "text browser's marks" in rule.reasons[-1]
    repaired = next(block for block in document.blocks if "Read the timetable" in block.text)
    assert "(BUTTON)" in repaired.features["original_text"]



def test_kept_text_loses_the_marks_around_a_deleted_or_inserted_passage_but_keeps_the_passage():
    """lynx and w3m print <del> and <ins> between "[DEL:" and ":DEL]" (a crossed-out price, an edit)."""
    dump = LYNX_MARKS_DUMP.replace("has not changed", "went from [DEL:four pounds:DEL] to [INS:three:INS]")
    dump = dump.replace("Tickets can", "Tickets[INS:and passes:INS]can")
    text = cleanread.extract(dump).text
    assert "went from four pounds to three since last" in text
    assert "Tickets and passes can be bought" in text  # a mark that joined two words parts them
    assert "DEL" not in text and "INS" not in text


def test_kept_text_loses_lynxs_line_for_an_embedded_frame_but_not_a_sentence_that_names_one():
    """lynx prints an <iframe> (a video, a map) on a line of its own as "IFRAME:" and its address."""
    frame = "   IFRAME: https://video.example.org/embed/ferry-returns?autoplay=0\n\n"
    wrapped = ("   IFRAME: https://maps.example.org/embed?pb=!1m18!1m12!1m3!1d14858.5764!2d81.8967!3d21.4039!2m3!1f0!2f0!3f\n"
               "   0!3m2!1i1024!2i768!4f13.1\n\n")  # an address longer than the width, wrapped
    dump = LYNX_MARKS_DUMP.replace("   Residents who travel", frame + wrapped + "   Residents who travel")
    dump = dump.replace("bus will wait", "bus (an IFRAME: map shows its stops) will wait")
    text = cleanread.extract(dump).text
    assert not any(part in text for part in ("video.example.org", "maps.example.org", "1i1024", "\nIFRAME"))
    assert "an IFRAME: map shows its stops" in text

FLATTENED_TABLE_DUMP = """   Harbour Town News

     * Home
     * Local

Busier Harbours Along the Coast

   More ships called at the coast's harbours last year than in any year since the records began, the
   port authority said in its annual report, and the largest of them grew fastest of all.

   The figures for the five largest harbours are in the table below.
   Rank Harbour Ships in 2023 Ships in 2024 Change
   1 Northport 1,204 1,310 +8.8%
   2 Eastbay 986 1,002 +1.6%
   3 Harbour Town 640 712 +11.3%
   4 Saltmarsh 402 398 -1.0%
   5 Greywater 377 401 +6.4%

   The authority expects the growth to continue this year, when the new quay at Northport opens for
   container ships and the ferry service to the island runs again from the spring.

   © 2025 Harbour Town News
"""


def test_a_table_lynx_flattened_to_lines_of_figures_stays_in_the_article():
    """lynx prints a row's cells one space apart, so there is no padding to find columns by; a run of lines
    of figures, about as many on each, is the table's rows all the same."""
    document = cleanread.extract(FLATTENED_TABLE_DUMP)
    rows = [line for line in FLATTENED_TABLE_DUMP.splitlines() if line.strip()[:1].isdigit()]
    assert len(rows) == 5
    for row in rows:
        assert row.strip() in document.text.splitlines()
    assert "the new quay at Northport" in document.text and "Home" not in document.text


WORD_TABLE_DUMP = """   Harbour Town News

     * Home
     * Local

What the New Ferry Timetable Changes

   The ferry company published its timetable for the summer on Monday, and the crossings to the
   island change more than they have in years, the harbour master said when she presented it to the
   council, because the new quay at Northport takes the larger boats from the first of June onwards.

   The changes for each of the crossings are in the table below, with the reason the company gave.
   Crossing Old time New time Reason for the change
   Morning boat from the harbour to the island leaves earlier to meet the first train
   Midday boat from the island to the harbour now calls at Northport on the way
   Evening boat from the harbour to the island runs only on weekdays until the end of June

   The harbour master said that the company will review the evening boat in the autumn, when it knows
   how many people took it over the summer, and that the island's school bus will wait for the boat as
   it always has, whatever time it arrives at the quay in the morning.

   © 2025 Harbour Town News
"""


def test_a_tables_rows_lynx_printed_one_under_another_stay_in_the_article():
    """lynx sets a table's cells one space apart and its rows one under another, with no blank line between them
    as there is between paragraphs; rows of words, not figures, are rows all the same."""
    rows = [line.strip() for line in WORD_TABLE_DUMP.splitlines() if line.strip().startswith(("Morning", "Midday",
                                                                                             "Evening"))]
    assert len(rows) == 3
    text = cleanread.extract(WORD_TABLE_DUMP).text
    assert all(row in text.splitlines() for row in rows) and "Home" not in text
    unwrapped = re.sub(r"(?<=\S)\n   (?=[a-z])", " ", WORD_TABLE_DUMP)  # one line a paragraph: no lynx wrap to read
    text = cleanread.extract(unwrapped).text
    assert "review the evening boat" in text and not any(row in text for row in rows)


MOJIBAKE_ARTICLE = """   Harbour Town News

     * Home
     * Local

The Island’s Ferry Is Back — and So Is the Café

   The ferry to the island will run again from next Monday, the harbour office said on Friday, after a
   winter in which storms kept the old boat in dock for eleven weeks. The café on the pier, which closed
   with it, opens on the same day, and its owner says the menu hasn’t changed.

   Tickets can be bought at the harbour office or on board, and the price is the same as last year’s —
   the islanders’ association had asked for that at the council’s autumn meeting in the old town hall.

   © 2025 Harbour Town News
"""


def test_mojibake_is_undone_in_the_article_and_its_title():
    """UTF-8 read as Windows-1252 ("hasnâ€™t" for "hasn’t"), by the text browser or by the page itself, is
    undone once the dump is segmented; the blocks keep what the dump said."""
    garbled = MOJIBAKE_ARTICLE.encode("utf-8").decode("cp1252")
    assert "hasnâ€™t" in garbled and "CafÃ©" in garbled
    clean, repaired = cleanread.extract(MOJIBAKE_ARTICLE), cleanread.extract(garbled)
    assert repaired.text == clean.text and "hasn’t changed" in repaired.text
    assert repaired.title == "The Island’s Ferry Is Back — and So Is the Café"
    block = next(block for block in repaired.blocks if "hasn’t changed" in block.text)
    assert "hasnâ€™t" in block.features["original_text"] and any("mojibake" in reason for reason in block.reasons)


def test_text_that_only_looks_like_mojibake_is_left_as_it_is():
    """Legitimate "é–" and "Ø’" look like the start of mojibake, so ftfy is asked, and changes nothing."""
    dump = MOJIBAKE_ARTICLE.replace("The café on the pier", "The café–bar on the pier (Ørsted’s old office)")
    assert may_hold_mojibake(dump)
    document = cleanread.extract(dump)
    assert "The café–bar on the pier (Ørsted’s old office)" in document.text
