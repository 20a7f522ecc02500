from __future__ import annotations

from cleanread.segment.text import line_key, segment_web_text, split_lines, wrap_width

WRAPPED = """\
   This paragraph was wrapped by a text browser at a fixed width, so every line but
   the last one runs nearly to the right margin, and the words carry on to the next
   line without any blank line in between them.

     * First item of a list
     * Second item that is long enough that the browser had to wrap it onto another
       line below the bullet

   A second paragraph that is short.
"""


def test_bullets_are_recognised_and_removed():
    lines = split_lines("  • Home\n* Tech\n+ Sub\n1. First\nPlain")
    assert [line.bullet for line in lines] == ["•", "*", "+", "1.", None]
    assert lines[0].text == "Home"


def test_lynx_fourth_and_fifth_level_bullets_are_items_only_at_lynx_columns():
    nested = (
        "     * Sections\n          + World\n               o Latest\n"
        "                    # Storm hits the coast\n                         @ Live updates\n"
    )
    lines = split_lines(nested + "    # a comment in a listing\n@ mention\n")
    assert [line.bullet for line in lines[:5]] == ["*", "+", "o", "#", "@"]
    assert lines[3].text == "Storm hits the coast"
    assert [(line.bullet, line.text) for line in lines[5:7]] == [(None, "# a comment in a listing"), (None, "@ mention")]


def test_w3m_bullets_at_every_level_are_items():
    """w3m marks a list's items "•", then "□", "☆" and "○" a level deeper each."""
    nested = "• Sections\n    □ World\n        ☆ Latest\n            ○ Storm hits the coast"
    lines = split_lines(nested)
    assert [(line.bullet, line.text) for line in lines] == [
        ("•", "Sections"), ("□", "World"), ("☆", "Latest"), ("○", "Storm hits the coast")]


def test_a_template_line_key_drops_the_same_markers_the_segmenter_does():
    """Batch runs compare lines of other pages by line_key with a block's lines as split_lines reads them."""
    raws = ["                    # Storm hits the coast", "    # a comment in a listing", "o lowercase word", "   o Latest",
            "\t* Tab item", "@ mention", "                         @ Live updates", "12. Twelfth"]
    assert [line_key(raw) for raw in raws] == [" ".join(split_lines(raw)[0].text.lower().split()) for raw in raws]


def test_a_long_lynx_item_is_not_joined_with_the_item_under_it():
    prose = "   " + " ".join(["This paragraph runs to the margin of the wrapped text, as lynx prints it."] * 2)
    items = [f"                    # Headline number {n} that runs long enough to reach the wrapping margin here"
             for n in range(3)]
    page = "\n".join(_wrapped_at(prose, 100) + [""] * 2 + items)
    texts = [block.text for block in segment_web_text(page)]
    assert [text for text in texts if "Headline" in text] == [item.strip()[2:] for item in items]


def test_japanese_wrapped_at_any_character_joins_without_spaces():
    paragraph = ("今日は晴れていたので、私たちは近くの公園まで歩いて行き、そこで昼ご飯を食べました。午後には図書館へ"
                 "移動して、新しく入った歴史の本を何冊か借りることにしました。夕方になると風が強くなってきたので、"
                 "早めに家へ帰って温かいお茶を飲みながら、借りてきた本を読み始めました。")
    wrapped = [paragraph[start : start + 60] for start in range(0, len(paragraph), 60)]
    menu = [f"   * Menu entry number {n} of the site's navigation" for n in range(20)]
    page = "\n".join(menu + ["   " + line for line in wrapped] + ["   短い文です。", "   次の行も短い文です。"])
    texts = [block.text for block in segment_web_text(page)]
    assert paragraph in texts
    assert "短い文です。" in texts and "次の行も短い文です。" in texts


def test_a_few_japanese_lines_filled_to_one_column_among_shorter_lines_give_the_width():
    menu = [f"   Entry {n} of a menu that runs {'on ' * (n % 9)}a while" for n in range(30)]
    text = "".join(chr(0x3042 + n % 80) for n in range(300))
    page = menu + ["   " + text[start : start + 91] for start in range(0, len(text), 91)]
    assert wrap_width(split_lines("\n".join(page))) == 94
    assert wrap_width(split_lines("\n".join(page[:-2]))) is None  # only two lines reach the column


def test_a_rendered_table_is_marked_where_its_header_runs_two_columns_together():
    rows = [
        "Attribute    Data Type Supported Values    Description",  # "Type Supported": one space, one cell
        "item_id      String      none      Merchant product ID",
        "gtin         String      GTIN      Universal product identifier",
        "title        String      none      Product title",
    ]
    prose = "The feed is read once a day, and changes show up the next morning. " * 3  # one unwrapped line
    blocks = segment_web_text("\n".join([prose, "", *rows, "", prose[:90]]))
    assert [bool(block.features.get("table_row")) for block in blocks] == [False] + [True] * 4 + [False]


def test_a_header_that_runs_three_columns_together_still_opens_its_table():
    rows = [
        "Attribute     Data Type  Supported Values  Description",  # two spaces: three columns in one cell
        "Stock         Boolean    true, false       Can the shop sell it today",
        "Origin        String     ISO 3166          Where the parcel leaves from",
    ]
    prose = "The feed is read once a day, and changes show up the next morning. " * 3
    blocks = segment_web_text("\n".join([prose, "", *rows, "", prose[:90]]))
    assert [bool(block.features.get("table_row")) for block in blocks] == [False] + [True] * 3 + [False]


def test_a_tables_widest_cell_may_leave_two_spaces_before_a_figure():
    rows = [
        "   1. Northport, ME      84.7",
        "   2. South Harbourside  83.4",  # the widest name: two spaces to the next column
        "   3. Eastwick, VT       69.0",
        "   4. Lowtide, NH        68.6",
        "   5. Upper Saltmarsh, ME 65.2",  # as wide as the column: one space, one cell, and a row all the same
        "   6. Dunmore, NH        64.8",
        "   7. Westbay, VT        61.0",
        "   8. Ferrytown, ME      60.5",
    ]
    prose = "The feed is read once a day, and changes show up the next morning. " * 3
    blocks = segment_web_text("\n".join([prose, "", *rows, "", prose[:90]]))
    assert [bool(block.features.get("table_row")) for block in blocks] == [False] + [True] * 8 + [False]
    # two spaces in a sentence ("the end.  Next") make no table
    lines = [f"Step {n} is done.  Then the next one starts" for n in range(4)]
    blocks = segment_web_text("\n\n".join([prose, *lines, prose[:90]]))
    assert len(blocks) == 6 and not any(block.features.get("table_row") for block in blocks)


def _wrapped_at(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = "   " + word
        else:
            line = f"{line} {word}" if line else f"   {word}"
    return lines + [line]


def test_wrap_width_found_for_wrapped_text_only():
    assert wrap_width(split_lines(WRAPPED)) is not None
    unwrapped = "\n".join(["short line"] * 3 + ["a much longer line of prose " * 5, "mid length line of words here"])
    assert wrap_width(split_lines(unwrapped)) is None


def test_wrapped_paragraphs_and_items_become_single_blocks():
    blocks = segment_web_text(WRAPPED)
    texts = [block.text for block in blocks]
    assert texts[0].startswith("This paragraph was wrapped") and texts[0].endswith("in between them.")
    assert texts[1] == "First item of a list"
    assert texts[2].endswith("onto another line below the bullet")
    assert blocks[2].features["bullet"] == "*"
    assert texts[3] == "A second paragraph that is short."
    assert [block.line for block in blocks] == [1, 5, 6, 9]


def test_a_few_wrapped_paragraphs_among_many_menu_lines_are_still_unwrapped():
    menu = "\n".join(f"   * Menu entry number {n} of the site's long navigation" for n in range(40))
    page = f"{menu}\n\n{WRAPPED}\n{WRAPPED}\n{WRAPPED}"
    assert wrap_width(split_lines(page)) is not None
    texts = [block.text for block in segment_web_text(page)]
    assert sum(text.startswith("This paragraph was wrapped") and text.endswith("in between them.") for text in texts) == 3


def test_one_overlong_line_does_not_hide_a_wrapped_render():
    link = "   https://example.org/" + "a-very-long-address-that-no-browser-wraps/" * 3
    page = "\n".join([WRAPPED, link, "", WRAPPED, WRAPPED, WRAPPED])
    assert wrap_width(split_lines(page)) is not None
    texts = [block.text for block in segment_web_text(page)]
    assert sum(text.startswith("This paragraph was wrapped") and text.endswith("in between them.") for text in texts) == 4


def test_one_longer_line_alone_does_not_widen_the_width_paragraphs_were_wrapped_at():
    import textwrap

    prose = ("The harbour board met on a wet Tuesday to talk about the pier, and it took a vote at the end of a "
             "long day. It is to be rebuilt in stone, as it was, and it is to be open by the spring of a year to "
             "come, if the weather and the money allow it to be done on time.")
    paragraph = textwrap.indent(textwrap.fill(prose, 60), "   ")
    head_links = "#The Harbour Gazette » Feed The Harbour Gazette » Comments Feed Topics"
    page = "\n\n".join([head_links, paragraph, paragraph, paragraph])
    assert wrap_width(split_lines(page)) <= 63
    assert [block.text for block in segment_web_text(page)][1:] == [" ".join(prose.split())] * 3


def test_a_line_a_few_columns_wider_alone_does_not_widen_the_width_either():
    """An unbreakable address three columns past the paragraphs' width: lines that end at the width itself are not
    lines that end near the address."""
    import textwrap

    prose = ("The harbour board met on a wet Tuesday to talk about the pier, and it took a vote at the end of a "
             "long day. It is to be rebuilt in stone, as it was, and it is to be open by the spring of a year to "
             "come, if the weather and the money allow it to be done on time.")
    paragraph = textwrap.indent(textwrap.fill(prose, 60), "   ")  # its widest line ends at column 63
    address = "   " + "https://harbour.example/gazette/2024/the-pier-is-to-be-rebuilt-in-stone"[:63]
    assert wrap_width(split_lines("\n\n".join([paragraph, address, paragraph]))) == 63


def test_paragraphs_keep_their_own_width_when_many_listing_lines_run_wider():
    import textwrap

    prose = ("The harbour board met on a wet Tuesday to talk about the pier, and it took a vote at the end of a "
             "long day. It is to be rebuilt in stone, as it was, and it is to be open by the spring of a year to "
             "come, if the weather and the money allow it to be done on time.")
    paragraph = textwrap.indent(textwrap.fill(prose, 60), "   ")
    listing = "\n".join(f"result_{n:02d} = harbour.pier.rebuild(stone=True, year={2000 + n}, budget=limit).x" for n in range(5))
    page = "\n\n".join([paragraph, listing, paragraph, paragraph, paragraph])
    assert wrap_width(split_lines(page)) <= 63
    assert [block.text for block in segment_web_text(page)].count(" ".join(prose.split())) == 4


def test_unwrapped_lines_stay_separate_blocks():
    blocks = segment_web_text("Headline of the page\nA paragraph of text on one line.\nAnother one.")
    assert len(blocks) == 3



def _words_up_to(columns: int, word: str) -> str:
    """A line of `word`s as long as it can be without passing `columns`, and the next word would pass them."""
    return " ".join([word] * ((columns + 1) // (len(word) + 1)))


def test_a_paragraph_w3m_broke_at_its_line_limit_is_joined_again_but_a_rule_or_a_shorter_line_is_not():
    """w3m breaks a line longer than 1,024 columns at the last space before the limit."""
    broken = _words_up_to(1024, "harbour")  # 1,023 columns
    assert 1010 <= len(broken) <= 1024
    blocks = segment_web_text(f"Headline\n{broken}\nand the ferry leaves at noon.\nAnother line.")
    assert [block.text for block in blocks] == ["Headline", f"{broken} and the ferry leaves at noon.", "Another line."]
    rule = "━" * 1023
    assert len(segment_web_text(f"{rule}\nThe next section starts here.")) == 2
    shorter = _words_up_to(900, "harbour")
    assert len(segment_web_text(f"{shorter}\nThe next line, a paragraph of its own.")) == 2
    wide = "港" * 511  # two columns a character: 1,022 columns
    assert len(segment_web_text(f"{wide}\n続き")) == 1


def test_an_sql_query_is_one_listing_but_a_line_of_capitals_is_not():
    dump = "\n".join([
        "   To list the ferries that sail more than twice a day, count the crossings of each:",
        "-- crossings per ferry",
        "SELECT ferry, count(*) AS crossings",
        "    FROM timetable",
        "    GROUP BY ferry",
        "    HAVING count(*) > 2;",
        "",
        "   The harbour office publishes the timetable every spring.",
    ])
    blocks = segment_web_text(dump)
    listing = next(block for block in blocks if "SELECT" in block.text)
    assert listing.features.get("code_lines") and "GROUP BY ferry" in listing.text and "HAVING" in listing.text
    shouting = segment_web_text("SELECT COMFORT MATTRESS (QUEEN)\nFROM THE HARBOUR SHOP\nOnly $499 this week.")
    assert not any(block.features.get("code_lines") for block in shouting)

LISTING_PAGE = """\
Roughly equivalent to:

def accumulate(iterable, function=operator.add):
    'Return running totals'
    # accumulate([1, 2, 3]) gives 1 3 6
    iterator = iter(iterable)
    try:
        total = next(iterator)
    except StopIteration:
        return

    yield total

The function defaults to addition, and the total starts with the first element of the iterable.
"""


def test_a_code_listing_becomes_one_block_with_its_lines_and_indentation():
    blocks = segment_web_text(LISTING_PAGE)
    code = [block for block in blocks if block.features.get("code_lines")]
    assert len(code) == 1
    assert code[0].text.splitlines()[0] == "def accumulate(iterable, function=operator.add):"
    assert "    try:\n        total = next(iterator)" in code[0].text
    assert code[0].text.rstrip().endswith("yield total")
    assert blocks[0].text == "Roughly equivalent to:" and blocks[-1].text.startswith("The function defaults")


NUMBERED_LISTING = """Paste this into a new file called greet.py:

    1
        import sys
    2
        from pathlib import Path
    3
    4
        name = sys.argv[1]
    5
        target = Path("greetings.txt")
    6
        target.write_text(
    7
            f"Hello, {name}!"
    8
        )
    9
    10
        print(target.read_text())

Run it with your name as its argument.
"""


def test_a_listing_with_its_line_numbers_on_lines_of_their_own_is_one_block_without_them():
    blocks = segment_web_text(NUMBERED_LISTING)
    code = [block for block in blocks if block.features.get("code_lines")]
    assert len(code) == 1
    assert code[0].text.splitlines()[0] == "import sys" and code[0].text.rstrip().endswith("print(target.read_text())")
    assert not any(line.strip().isdigit() for line in code[0].text.splitlines())
    assert code[0].features["code_lines"] == 8
    alone = "Set the retries:\n\n    retries = (\n        0\n    )\n    client.connect(retries)\n\nThat is all.\n"
    code = [block for block in segment_web_text(alone) if block.features.get("code_lines")]
    assert len(code) == 1 and "\n    0\n" in code[0].text  # a number with no neighbour one off is the code's own


def test_shell_commands_under_their_comments_are_one_listing_but_a_menu_under_a_hash_is_not():
    page = ("The commands I use most:\n\n# start a repository\ngit init\n\n# see what changed\ngit status\n\n"
            "# stage every change\ngit add -A\n\nEach has options of its own, described in the manual.\n")
    code = [block for block in segment_web_text(page) if block.features.get("code_lines")]
    assert len(code) == 1 and code[0].text.startswith("# start a repository\ngit init")
    assert code[0].text.rstrip().endswith("git add -A")
    menu = "# Services\nconsulting\ndesign\n\n# More\nabout us\ncareers\n"
    assert not any(block.features.get("code_lines") for block in segment_web_text(menu))


def test_a_commands_help_is_a_listing_but_a_signature_or_a_dash_before_words_is_not():
    page = ("Run it with --help to see its options:\n\n"
            "  -h, --help            show this help message and exit\n"
            "  -v, --verbose         print each file as it is read\n"
            "  -o FILE, --output FILE\n"
            "                        write the result to FILE\n\n"
            "The options can be combined in any order you like.\n")
    code = [block for block in segment_web_text(page) if block.features.get("code_lines")]
    assert len(code) == 1 and code[0].text.startswith("-h, --help") and "write the result to FILE" in code[0].text
    signed = "Thanks to everyone who wrote in.\n\n-Maren Holt\n-Team Lead, Support\n"
    assert not any(block.features.get("code_lines") for block in segment_web_text(signed))


def test_prose_with_brackets_a_leaked_script_and_wrapped_lines_are_not_listings():
    prose = "Read the guide (it takes five minutes) before you start.\nThe price is $5 (or $4 for members).\n"
    assert not any(b.features.get("code_lines") for b in segment_web_text(prose))
    script = 'var a={x:1};b();c={};\nd.e=function(){f();g();h()};\n'
    assert not any(b.features.get("code_lines") for b in segment_web_text(script))
    quoted = 'e={\\"id\\":\\"S9\\",\\"name\\":\\"ad\\"};\nloggingManager = new Manager(e);\nf(\\"x\\");\n'
    assert not any(b.features.get("code_lines") for b in segment_web_text(quoted))


def test_a_pictures_words_printed_twice_in_a_row_are_kept_once():
    blocks = segment_web_text("Storm hits the coastStorm hits the coast\n\nRiver otters return River otters return\n\nNew New")
    assert [block.text for block in blocks] == ["Storm hits the coast", "River otters return", "New New"]
    assert [block.features["doubled"] for block in blocks] == [True, True, False]


def test_list_entries_opening_alike_stay_apart_when_one_reaches_the_width():
    prose = "   " + " ".join(["This paragraph runs to the margin of the wrapped text, as lynx prints it."] * 3)
    dates = ["   June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek",
             "   June 23 – Virginia Beach, VA @ Veterans United Home Loans Amphitheater at Virginia Beach, VA",
             "   June 24 – Bristow, VA @ Jiffy Lube Live"]
    page = "\n".join(_wrapped_at(prose, 100) + [""] + dates)
    assert wrap_width(split_lines(page)) is not None
    texts = [block.text for block in segment_web_text(page)]
    assert [text for text in texts if text.startswith("June")] == [date.strip() for date in dates]
    assert sum(text.startswith("This paragraph runs") for text in texts) == 1  # the paragraph itself still unwraps


MAN_PAGE_PROSE = ("grep searches for patterns in each file named on its command line, and prints each line that "
                  "matches one of them. When no file is given, recursive searches examine the working directory, "
                  "and other searches read their standard input, one line at a time, to the end of the input.")


def _lynx_page_with(section: list[str]) -> str:
    """A lynx dump wrapped at 94 columns, with `section` among its paragraphs."""
    intro = " ".join(["The site's own paragraphs run to the margin lynx wraps them at, as usual."] * 6)
    return "\n".join(_wrapped_at(intro, 94) + [""] + section + [""] + _wrapped_at(intro, 94))


def test_a_man_page_set_narrower_than_the_page_unwraps_at_its_own_width():
    import textwrap

    man_page = []
    for _ in range(6):  # a <pre> man page: its paragraphs set at 80 columns, indented by 7
        man_page += textwrap.indent(textwrap.fill(MAN_PAGE_PROSE, 66), "       ").split("\n") + [""]
    page = _lynx_page_with(man_page)
    assert wrap_width(split_lines(page)) >= 90
    texts = [block.text for block in segment_web_text(page)]
    assert texts.count(" ".join(MAN_PAGE_PROSE.split())) == 6


def test_a_listing_cut_at_100_columns_whatever_its_words_does_not_widen_the_paragraphs_wrap():
    """lynx cuts a <pre> block's long lines at 100 columns, inside a word ("fo" / "r"); its paragraphs, wrapped at 94,
    end short of that column, where the next word would have fitted."""
    markdown = "".join(f"As the [harbour master](https://harbour.example/people/{n}) says, the ferry is late. "
                       for n in range(20))
    listing = [markdown[start : start + 100] for start in range(0, len(markdown), 100)]
    page = _lynx_page_with(listing)
    assert wrap_width(split_lines(page)) == 94

    def paragraphs(dump: str) -> list[str]:
        return [block.text for block in segment_web_text(dump) if block.text.startswith("The site's own")]

    assert paragraphs(page) == paragraphs(_lynx_page_with(["   A line of its own."]))  # as on a page with no listing


def test_a_paragraph_opening_with_a_space_of_its_own_still_unwraps():
    """A paragraph whose text opens with a space: lynx prints its first line one column further in."""
    paragraph = ("The harbour master is like the unsung hero of a film; she may not always be in the limelight but "
                 "still plays a part in every crossing the ferry makes.")
    lines = _wrapped_at(paragraph, 94)
    page = _lynx_page_with([" " + lines[0], *lines[1:]])
    assert " ".join(paragraph.split()) in [block.text for block in segment_web_text(page)]


def test_rows_ending_at_one_narrower_column_stay_apart_when_no_line_carries_on_in_lower_case():
    names = [f"   Harbour Outfitters Trail Runner {n} Waterproof Boots - Women's" for n in range(10, 30)]
    page = _lynx_page_with(names)
    texts = [block.text for block in segment_web_text(page)]
    assert [text for text in texts if text.startswith("Harbour")] == [name.strip() for name in names]


def test_a_dash_or_plus_lynx_wrapped_to_a_lines_start_carries_the_paragraph_on():
    wrapped = ["   The ferry left the harbour at noon, reached the island an hour later and came back by dusk",
               "   - a crossing of six hours in all. To book a seat on the harbour office's page, press Ctrl",
               "   + D and the clerk does the rest."]
    texts = [block.text for block in segment_web_text(_lynx_page_with(wrapped))]
    assert " ".join(line.strip() for line in wrapped) in texts
    listed = ["   The ferry left the harbour at noon.", "   - It reached the island an hour later.",
              "   - It came back by dusk."]  # under a line with room left, a dash opens an item
    texts = [block.text for block in segment_web_text(_lynx_page_with(listed))]
    assert "It reached the island an hour later." in texts and "It came back by dusk." in texts


def test_a_wrapped_list_item_joins_where_its_marker_left_no_room_for_the_next_word():
    """A list item's line ends two columns further right than its text: lynx counts the marker and its space."""
    item = "     * Harbour Ferry Pass: one season ticket covers each crossing to the island so the"
    page = _lynx_page_with([item, "       harbour fee is paid once a year.", "     * Day Return: two crossings."])
    texts = [block.text for block in segment_web_text(page)]
    assert f"{item.strip()[2:]} harbour fee is paid once a year." in texts
    assert "Day Return: two crossings." in texts
