from __future__ import annotations

import pytest

from cleanread.article_runs import bridged, densest_run, densest_runs
from cleanread.classify import classify_web_blocks
from cleanread.model import Block
from cleanread.repetition import repeats_per_copy
from cleanread.score import BAD_PENALTY, normalized, score_web_blocks
from cleanread.segment.text import segment_web_text

PROSE = (
    "The committee met on Tuesday and agreed that the new library would open in the spring, "
    "after the builders have finished the roof and the shelves have been delivered to the site."
)

OWN_PARAGRAPHS = [  # paragraphs of their own wording: text copied from PROSE would be a second copy of it
    "Builders started on the roof in the first week of the month, and they expect to finish it before the "
    "first storms of the autumn reach the town and its narrow streets near the old harbour.",
    "The shelves were ordered from a small workshop in the hills, where three carpenters build every one of "
    "them by hand from oak that the town council bought from a forest nearby last year.",
    "Volunteers have offered to carry the books across from the old building, which will become a cafe with "
    "a reading room once the new library has opened its doors to the public in the spring.",
    "The mayor said that the opening day would include a concert in the square, a reading for children and "
    "a tour of the building for anyone who wants to see how the work was done over the year.",
]


def scored(scores: list[float]) -> list[Block]:
    return [Block(text=str(i), score=s) for i, s in enumerate(scores)]


def test_densest_run_spans_short_gaps_but_not_boilerplate_walls():
    assert densest_run(scored([-6, 30, -2, 40, -40, 20])) == (1, 3)
    assert densest_run(scored([-1, -2])) is None


def test_headings_inside_prose_are_kept_and_menus_around_it_dropped():
    dump = "\n".join(["• Home", "• News", "• Sport", "", PROSE, "", "What happens next", "", PROSE.replace("Tuesday", "Friday"),
                      "", "Related Posts", "", "Some other story headline here", "", "© 2024 Example News"])
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    labels = {block.text: block.label for block in blocks}
    assert labels["Home"] == "nav"
    assert labels["What happens next"] == "heading"
    assert labels["Related Posts"] == "related"
    assert labels["Some other story headline here"] == "related"
    assert labels["© 2024 Example News"] == "footer"
    assert [block.label for block in blocks if block.text.startswith("The committee")] == ["body", "body"]


def test_a_documentation_heading_with_its_permalink_sign_is_neither_a_related_box_nor_a_repeated_menu_line():
    """Sphinx prints "¶" after every heading; its table of contents repeats the headings' words above."""
    contents = ["• Forms", "• More on fields", "• Widgets"]
    dump = "\n\n".join([*contents, "Forms¶", OWN_PARAGRAPHS[0], OWN_PARAGRAPHS[1], "More on fields¶", OWN_PARAGRAPHS[2],
                          OWN_PARAGRAPHS[3], "Widgets¶", PROSE])
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    headings = [block for block in blocks if block.text.endswith("¶")]
    assert not any(block.features["section_marker"] or block.features["class"] == "bad" for block in headings)
    assert [block.text for block in blocks if block.kept] == dump.split("\n\n")[len(contents) + 1 :]  # from the prose


def test_a_table_row_of_prose_weighs_as_prose():
    rows = [f"{name}      {sentence}" for name, sentence in zip(("Capital Works", "Skill Alliance", "Learning Center"),
                                                                OWN_PARAGRAPHS)]
    blocks = score_web_blocks(segment_web_text("\n".join(["Provider      Services", *rows])))
    assert all(block.features.get("table_row") for block in blocks)
    assert [block.features["class"] for block in blocks] == ["short", "good", "good", "good"]


def test_page_without_prose_keeps_its_plausible_blocks():
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("Price list\n\nApples 2.00\n\nShare on Facebook")))
    assert [block.label for block in blocks] == ["body", "body", "share"]


def test_the_link_titles_lynx_prints_above_a_page_are_never_its_content():
    """lynx opens a dump with the page's <link> titles after a "#" ("#alternate", "#Forum Search next")."""
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("   #BGG Game Search\n\nPrice list\n\nApples 2.00")))
    assert not blocks[0].kept and any("<link>" in reason for reason in blocks[0].reasons)
    assert [block.kept for block in blocks[1:]] == [True, True]
    later = segment_web_text("Price list\n\n#BGG Game Search")  # only the dump's first line is lynx's
    numbered = segment_web_text("#1 Resume Expert in the State\n\nPrice list")  # a ranking's first entry
    assert not any(block.features.get("head_links") for block in [*later, *numbered])


def test_the_link_titles_lynx_wraps_stay_one_block_on_a_page_with_nothing_else():
    """Too few lines to find a wrap width by: the titles' second line is still theirs, and the page is empty."""
    dump = "   #alternate alternate alternate alternate alternate alternate alternate\n   alternate alternate\n"
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    assert len(blocks) == 1 and blocks[0].features.get("head_links") and not blocks[0].kept
    assert [block.text for block in segment_web_text(dump + "\nPrice list\nApples 2.00")][1:] == ["Price list",
                                                                                                "Apples 2.00"]


def test_further_runs_in_the_same_section_are_kept_but_not_behind_a_wall():
    def block(score, marker=None):
        return Block(text="x", score=score, features={"section_marker": marker, "class": "good" if score > 0 else "bad"})

    gap = [block(-4) for _ in range(20)]  # user names, dates, counters between posts
    posts = [block(60), *gap, block(40), *gap, block(30)]
    assert densest_runs(posts) == [(0, 0), (21, 21), (42, 42)]
    walled = [block(60), block(-4), block(-40, marker="related"), block(40)]
    assert densest_runs(walled) == [(0, 0)]
    faint = [block(100), *gap, block(10)]
    assert densest_runs(faint) == [(0, 0)]


def test_further_runs_behind_a_related_wall_are_kept_as_in_the_articles_own_section():
    def block(score, marker=None):
        return Block(text="x", score=score, features={"section_marker": marker, "class": "good" if score > 0 else "bad"})

    gap = [block(-4) for _ in range(20)]  # a comparison widget printed line by line
    wall = block(-40, marker="related")
    before = [block(40), *gap, block(45), wall, block(300)]  # reviews, the widget, the closing advice, a box, more
    assert densest_runs(before) == [(0, 0), (21, 21), (23, 23)]
    after = [block(100), wall, block(200), *gap, block(150), *gap, block(20)]  # weighed down; the faint one stays out
    assert densest_runs(after) == [(0, 0), (2, 2), (23, 23)]


def test_a_shops_policies_under_its_closing_copyright_are_not_the_article_however_long():
    """Below "© … All rights reserved" a shop prints its refund and privacy policies, longer than the article."""
    article = OWN_PARAGRAPHS[:2]
    policy = [PROSE.replace("library", kind).replace("Tuesday", day) for kind in ("museum", "school", "pool")
              for day in ("Monday", "Friday", "Sunday")]
    labels = dict(_labels(["• Shop", "• Sale", *article, "• Help", "• Returns",
                           "© 2025 Valley Shoes, Inc. All Rights Reserved", "Privacy policy", *policy]))
    assert all(labels[text] == "body" for text in article) and not any(labels[text] == "body" for text in policy)
    credit = "Photo: Tom Lake, AP / Copyright 2019 The Associated Press. All rights reserved."  # a caption's
    labels = dict(_labels(["• Home", OWN_PARAGRAPHS[0], credit, *OWN_PARAGRAPHS[1:4]]))
    assert all(labels[text] == "body" for text in OWN_PARAGRAPHS[:4])


def test_prose_under_a_copyright_line_after_the_article_is_not_a_further_run():
    def block(score, copyright=False):
        return Block(text="x", score=score, features={"class": "good" if score > 0 else "bad", "copyright": copyright})

    gap = [block(-4) for _ in range(20)]  # the footer's links
    page = [block(60), *gap, block(-4, copyright=True), *gap, block(40)]  # the site's contact notice under its ©
    assert densest_runs(page) == [(0, 0)]
    posts = [block(60), *gap, block(40), *gap, block(-4, copyright=True)]  # a second post, then the footer
    assert densest_runs(posts) == [(0, 0), (21, 21)]
    credited = [block(-4, copyright=True), block(60), *gap, block(40)]  # a © over the article closes nothing
    assert densest_runs(credited) == [(1, 1), (22, 22)]


def _labels(dump_lines: list[str]) -> list[tuple[str, str]]:
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join(dump_lines))))
    return [(block.text, block.label) for block in blocks]


def test_comments_open_at_a_titled_count_or_at_stamped_comment_headers():
    prose = [PROSE, PROSE.replace("Tuesday", "Friday"), PROSE.replace("library", "museum")]
    comment = "I think the roof should have been finished first, because the rain will ruin the new shelves anyway."
    for opening in (["12 responses to “The new library opens in the spring after all the delays”"],
                    ["reader42 says:", "November 19, 2019 at 6:34 am"],
                    ["Milan Griffes on November 19, 2019 at 6:34 am said:"]):  # stamped on its own line
        labels = dict(_labels([*prose, "Share this:", "Click to share on Facebook (Opens in new window)",
                               *opening, comment, "jo_b says:", "November 19, 2019 at 7:02 am", comment.upper()]))
        assert labels[comment] == "comments", opening
        assert labels["Click to share on Facebook (Opens in new window)"] == "share"
        assert labels[PROSE] == "body"



def test_a_shops_customer_reviews_are_its_comments():
    description = [OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[0]]
    review = "I bought two of these for the kitchen and they have held up well through a whole year of daily use."
    for heading in ("Customer Reviews", "Ratings & Reviews", "Write a review"):
        labels = dict(_labels([*description, heading, review, review.replace("two", "three")]))
        assert labels[review] == "comments", heading
        assert [labels[text] for text in description] == ["body", "body"]

def test_the_article_resumes_after_a_related_box_but_not_after_comments():
    first = [PROSE, PROSE.replace("Tuesday", "Friday")]
    rest = [f"{OWN_PARAGRAPHS[0]} {OWN_PARAGRAPHS[1]}", f"{OWN_PARAGRAPHS[2]} {OWN_PARAGRAPHS[3]}"]
    box = ["More from UK", "Prince opens a bridge in the north", "Lottery winner buys a castle"]
    labels = _labels([*first, *box, *rest, "More stories", "Next article Kidnapped cat found"])
    kept = [text for text, label in labels if label == "body"]
    assert kept == first + rest
    assert dict(labels)["Prince opens a bridge in the north"] == "related"
    after_comments = dict(_labels([*first, "Comments", *rest]))
    assert after_comments[rest[0]] == "comments"


def test_a_most_read_box_is_a_related_box():
    article = [PROSE, OWN_PARAGRAPHS[0]]
    teasers = ["The river festival returns to the old harbour this summer with boats, music and food stalls.",
               "A baker in the market square has won the prize for the best bread in the region this year."]
    for heading in ("Most Read", "Most viewed this week", "Most shared", "Hot Network Questions"):
        labels = dict(_labels([*article, heading, *teasers]))
        assert labels[heading] == "related" and {labels[teaser] for teaser in teasers} == {"related"}, heading
        assert labels[PROSE] == "body"


def test_the_article_begins_before_a_related_box_when_its_prose_is_dense_and_runs_up_to_the_box():
    opening = [PROSE]  # thinner than the rest, even with the rest weighed down for coming after a box
    rest = [f"{OWN_PARAGRAPHS[0]} {OWN_PARAGRAPHS[1]}", f"{OWN_PARAGRAPHS[2]} {OWN_PARAGRAPHS[3]}", OWN_PARAGRAPHS[1]]
    box = ["Related", "Prince opens a bridge in the north", "Lottery winner buys a castle"]
    labels = _labels(["• Home", "• News", *opening, *box, *rest])
    assert [text for text, label in labels if label == "body"] == opening + rest
    assert dict(labels)["Lottery winner buys a castle"] == "related"
    teaser = "A castle for sale in the north draws a crowd of buyers on its first open day."
    lone = dict(_labels(["• Home", teaser, *box, *opening, *rest]))
    assert lone[teaser] != "body"
    menu = ["Cars", "Money", "Sport", "Weather", "Travel", "Music", "Books", "Health"]
    far = dict(_labels(["• Home", *opening, *menu, *box, *rest]))  # a promo far above the box
    assert far[PROSE] != "body" and far[rest[0]] == "body"


def test_the_opening_is_found_behind_two_related_boxes_in_a_row_even_when_short():
    opening = [PROSE]
    rest = OWN_PARAGRAPHS
    boxes = ["Related", "Prince opens a bridge in the north", "Lottery winner buys a castle",
             "Related", "Storm closes the coast road", "Mayor names a new harbour master"]
    labels = _labels(["• Home", "• News", *opening, *boxes, *rest])
    assert [text for text, label in labels if label == "body"] == opening + rest
    assert dict(labels)["Storm closes the coast road"] == "related"


def test_a_comment_forms_title_run_into_its_cancel_link_opens_the_comments_in_any_language():
    for title in ("Leave a Reply Cancel reply", "Leave a ReplyCancel reply", "Lascia un commento Annulla risposta",
                  "Deixe uma resposta Cancelar resposta"):
        assert score_web_blocks(segment_web_text(title))[0].features["section_marker"] == "comments", title
    assert score_web_blocks(segment_web_text("How to cancel reply emails"))[0].features["section_marker"] is None


def test_a_reported_refusal_to_comment_is_a_sentence_of_the_article_not_a_comments_heading():
    first = [PROSE, PROSE.replace("Tuesday", "Friday")]
    rest = [PROSE.replace("library", "museum"), PROSE.replace("committee", "council")]
    labels = dict(_labels([*first, "Builders declined to comment.", *rest, "Comments are closed."]))
    assert labels[rest[1]] == "body"
    assert labels["Builders declined to comment."] != "comments"
    assert labels["Comments are closed."] == "comments"


def test_a_heading_that_only_mentions_comments_opens_no_comments_section():
    """A guide's "Respond to review comments" is one of its sections; "Top Rated Comments" opens a thread."""
    first = [PROSE, PROSE.replace("Tuesday", "Friday")]
    rest = [PROSE.replace("library", "museum"), PROSE.replace("committee", "council")]
    for heading in ("Respond to review comments", "Some initial comments:"):
        labels = dict(_labels([*first, heading, *rest]))
        assert labels[rest[0]] == "body", heading
    for heading in ("Top Rated Comments", "(BUTTON) Comments", "Loading Comments", "View all 12 comments"):
        labels = dict(_labels([*first, heading, *rest]))
        assert labels[rest[0]] == "comments", heading


def test_a_section_heading_under_each_of_the_articles_items_opens_no_section():
    """A guide that follows every course with "Recommended courses:" is one article, not an article and
    four "related" boxes; printed once, the same heading still closes the article."""
    opening = [PROSE.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday")]
    courses = [PROSE.replace("library", kind) for kind in ("museum", "school", "pool", "theatre")]
    page = list(opening)
    for course in courses:
        page += ["Recommended courses:", "Intensive Foundation Course", course]
    labels = _labels(["• Home", "• News", *page])
    assert [text for text, label in labels if label == "body"] == opening + courses
    once = dict(_labels(["• Home", *opening, "Recommended courses:", "Intensive Foundation Course", "Evening Course",
                         courses[0]]))
    assert once["Recommended courses:"] == "related" and once[courses[0]] != "body"


def test_a_related_heading_between_two_paragraphs_is_the_articles_own():
    """"Popular Dishes" with a paragraph above and below, or with one short line (a picture's source, a single
    link) before the paragraph below, heads the article's next part; a box of several links stays a box."""
    above, below = OWN_PARAGRAPHS[:2], OWN_PARAGRAPHS[2:]
    for inside in (["Popular Dishes"], ["popular platform", "Source: example.org"], ["Related Links", "• Town hall"]):
        labels = dict(_labels(["• Home", "• News", *above, *inside, *below]))
        assert all(labels[text] == "body" for text in above + below)
        assert labels[inside[0]] != "related"
    boxed = dict(_labels(["• Home", *above, "Popular Dishes", "Lamb stew", "Pea soup", *below]))
    assert boxed["Popular Dishes"] == "related" and boxed["Lamb stew"] == boxed["Pea soup"] == "related"


def test_a_related_heading_over_sentences_inside_the_article_is_its_own_but_a_labelled_widget_is_not():
    """A box inside the article with its one teaser ("Related Story", a headline in a sentence), or a heading over
    "Name: what it does." entries, has the article going on under it; "Recent Reviews:" labels a widget's fields."""
    above, below = OWN_PARAGRAPHS[:2], OWN_PARAGRAPHS[2:]
    teaser = ["Can the new library on the harbour pay for itself within ten years of opening?"]
    entries = ["Oak shelves: built by hand in the hills by the three carpenters of the workshop.",
               "Reading lamps: made in the town from brass that was left over from the old mill."]
    for heading, inside in (("Related Story", teaser), ("Popular Library Furniture", entries)):
        labels = dict(_labels(["• Home", "• News", *above, heading, *inside, *below]))
        assert all(labels[text] == "body" for text in above + below), heading
        assert labels[heading] != "related"
    labelled = dict(_labels(["• Home", "• News", *above, "Recent Reviews:", *entries, *below]))
    assert labelled["Recent Reviews:"] == "related"


def test_a_related_heading_over_a_picture_inside_the_article_is_its_own_but_a_rule_ends_the_article():
    """lynx and w3m print the teaser's picture under "Related Story" (its file name, a bullet) where inscriptis
    prints nothing; the marker is still between the article's paragraphs. A rule across the page is no picture."""
    above, below = OWN_PARAGRAPHS[:2], OWN_PARAGRAPHS[2:]
    teaser = "Can the new library on the harbour pay for itself within ten years of opening?"
    for picture in (["[harbour-library-768x432]", "●"], ["[harbour-library.jpg]"]):
        labels = dict(_labels(["• Home", "• News", *above, "Related Story", *picture, teaser, *below]))
        assert all(labels[text] == "body" for text in above + below), picture
        assert labels["Related Story"] != "related"
    ruled = dict(_labels(["• Home", "• News", *above, "━━━━━━━━━━━━━━━━", "Related Story", teaser, *below]))
    assert ruled["Related Story"] == "related"


def test_the_fallback_text_of_a_video_between_paragraphs_is_furniture():
    notice = "Your browser does not support the video tag."
    labels = dict(_labels(["• Home", OWN_PARAGRAPHS[0], notice, OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]))
    assert labels[notice] not in ("body", "list") and labels[OWN_PARAGRAPHS[2]] == "body"
    lookalike = ("If your browser does not support the new format, the site sends the older one, which is a little "
                 "larger but plays everywhere, so no reader is left without the recording of the concert.")
    labels = dict(_labels(["• Home", OWN_PARAGRAPHS[0], lookalike, OWN_PARAGRAPHS[1]]))
    assert labels[lookalike] == "body"


def test_a_blogs_archive_of_months_run_into_one_line_is_furniture_but_prose_naming_months_is_not():
    months = ["October", "September", "August", "July", "June", "May", "April", "March", "February", "January"]
    archive = "Archives Select Month " + " ".join(f"{month} {year}" for year in (2019, 2018) for month in months)
    history = ("The roof was started in May 2019 and finished in October 2019, the shelves arrived in March 2020, "
               "and the doors opened to readers in June 2020 after a winter of work on the old reading room.")
    labels = dict(_labels(["• Home", OWN_PARAGRAPHS[0], history, OWN_PARAGRAPHS[1], archive, "© 2024 Town Library"]))
    assert labels[archive] != "body" and labels[history] == "body"


def test_a_page_printed_three_times_over_keeps_its_article_once():
    """One copy per screen size: each paragraph is said three times, in the same order each time."""
    copy = ["Building the new library", *OWN_PARAGRAPHS[:3]]
    labels = _labels(["• Home", "• News", *copy, *copy, *copy, "© 2024 Town Library"])
    assert [text for text, label in labels if label == "body"] == OWN_PARAGRAPHS[:3]
    widget = [normalized(PROSE.replace("Tuesday", day)) for day in ("Monday", "Friday", "Sunday")]  # beside it
    article = [normalized(paragraph.replace("the", word)) for paragraph in OWN_PARAGRAPHS for word in ("the", "a")]
    words = {key: len(key.split()) for key in [*widget, *article]}  # the long keys
    repeats = repeats_per_copy(["home", *widget, *article, *widget, "contact", *widget], words)
    assert [repeats[key] for key in widget] == [3, 3, 3]  # more prose said once than in one copy: no copies
    assert [repeats_per_copy(widget * 3, words)[key] for key in widget] == [1, 1, 1]
    between = repeats_per_copy([*widget, article[0], *widget, *widget], words)  # said once among the copies
    assert [between[key] for key in widget] == [3, 3, 3]


def test_a_paragraph_printed_three_times_is_a_teaser_not_the_article():
    teaser = PROSE.replace("committee", "council") + " Read the full story on our site today."
    labels = _labels([teaser, "Get short URL", PROSE, PROSE.replace("Tuesday", "Friday"), teaser, "Podcasts", teaser])
    assert [label for text, label in labels if text == teaser] == ["boilerplate"] * 3
    assert dict(labels)[PROSE] == "body"


def test_a_text_printed_twice_is_judged_by_its_own_layout_each_time():
    """Features of a repeated text are found once, but each block keeps its own layout and its own features."""
    bullet, plain, _ = score_web_blocks(segment_web_text("\n\n".join(["• Garden tools", "Garden tools", PROSE])))
    assert bullet.text == plain.text and bullet.features["repeats"] == plain.features["repeats"] == 2
    assert "short bullet item" in bullet.reasons and "short bullet item" not in plain.reasons
    bullet.features["section_marker"] = "related"
    assert plain.features["section_marker"] is None


def test_a_code_listing_inside_the_article_is_kept_as_code_and_one_in_the_menu_is_not():
    listing = "import os\n\nfor name in os.listdir(path):\n    print(name)"
    dump = "\n\n".join(["• Home", listing, "• News", "• Sport", "• Login", PROSE, "Run it like this:",
                         listing.replace("name", "entry"),
                         PROSE.replace("Tuesday", "Friday"), "© 2024 Example Docs"])
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    code = [block for block in blocks if block.features.get("code_lines")]
    assert [block.label for block in code] == ["boilerplate", "code"]
    assert "for entry in os.listdir(path):" in "\n".join(block.text for block in blocks if block.kept)


def test_a_credited_photo_caption_inside_the_article_is_dropped_but_prose_about_photos_is_not():
    caption = (
        "Volunteers stack sandbags along the river bank on Monday as the water keeps rising after "
        "a week of heavy rain in the valley. (AP Photo/Jane Roe)"
    )
    credit_card = (
        "The card also gives you a travel credit: every year you can spend up to two hundred dollars "
        "on fees that the airline of your choice charges, and it is paid back to you."
    )
    labels = dict(_labels([PROSE, caption, PROSE.replace("Tuesday", "Friday"), credit_card]))
    assert labels[caption] == "photo-caption"
    assert labels[credit_card] == "body"
    assert [label for text, label in labels.items() if text.startswith("The committee")] == ["body", "body"]


def test_a_heading_over_its_anchor_button_still_introduces_its_paragraph():
    """lynx prints a heading's permalink button, which has no label, as "(BUTTON)" on the line under it."""
    page = ["• Home", "• News", *OWN_PARAGRAPHS[:2], "Where the shelves come from", "(BUTTON)", *OWN_PARAGRAPHS[2:]]
    labels = dict(_labels(page))
    assert labels["Where the shelves come from"] == "heading"
    assert labels["(BUTTON)"] != "heading"
    two_buttons = dict(_labels(page[:4] + ["Where the shelves come from", "(BUTTON)", "(BUTTON) Menu", *page[6:]]))
    assert two_buttons["Where the shelves come from"] != "heading"


def test_a_short_photo_credit_between_paragraphs_is_a_caption_not_a_heading():
    credit = "Photo by Jane Roe/Getty Images"
    labels = dict(_labels([OWN_PARAGRAPHS[0], credit, OWN_PARAGRAPHS[1], "Opening day", OWN_PARAGRAPHS[2]]))
    assert labels[credit] == "photo-caption"
    assert labels["Opening day"] == "heading"


def test_a_caption_without_a_credit_is_dropped_by_how_it_points_into_its_picture():
    captions = [
        "The mayor, left, and the chief librarian, Anna Berg, right, cut the ribbon in front of the new "
        "library on Tuesday, May 14, 2024.",
        "In this photo provided by the town council, volunteers carry the last boxes of books across the square.",
        "This illustration shows how the reading room will look once the shelves have been put in place.",
    ]
    sentences = [  # the same words as prose: a sentence's first word, or "right" as in correct
        "That's right, the roof was finished a week early, and the builders moved on to the shelves the next day.",
        "The council did it right, and the builders finished the roof a week before the first storm of the autumn.",
    ]
    labels = dict(_labels([OWN_PARAGRAPHS[0], captions[0], OWN_PARAGRAPHS[1], captions[1], sentences[0],
                           OWN_PARAGRAPHS[2], captions[2], sentences[1], OWN_PARAGRAPHS[3]]))
    assert [labels[caption] for caption in captions] == ["photo-caption"] * 3
    assert [labels[sentence] for sentence in sentences] == ["body", "body"]


def test_a_long_paragraph_that_names_a_photographer_stays_body():
    long_paragraph = " ".join([PROSE] * 4) + " Photo by: the author."
    labels = dict(_labels([PROSE, long_paragraph]))
    assert labels[long_paragraph] == "body"


OTHER_PROSE = (
    "Most of the money goes to the venue and the food, so those are the numbers to settle first, "
    "long before anyone argues about the colour of the napkins or the order of the speeches."
)


def test_an_article_broken_by_short_headings_and_lists_is_kept_whole():
    dump = [
        "• Home", "• Venues", "• Gallery", "• Contact Us",
        PROSE, OTHER_PROSE,
        "Twelve Months Before", "Before booking anyone, you need clarity.", "Ask yourselves:",
        "• Elegant or rustic?", "• Indoor or outdoor?", "• Large or small?",
        "Core Budget Categories", "• Venue", "• Catering", "• Photography", "• Florals",
        "Pro tip: keep a tenth of the budget for surprises.",
        "Ten Months Before", "Your vendors shape the whole day.",
        PROSE.replace("Tuesday", "Monday"), OTHER_PROSE.replace("napkins", "tablecloths"),
        "• Home", "• Venues", "• Gallery", "• Contact Us", "© 2026 Example Hall",
    ]
    labels = _labels(dump)
    kept = [text for text, label in labels if label in ("body", "heading", "list")]
    assert kept[kept.index("Twelve Months Before"):kept.index("Your vendors shape the whole day.") + 1] == [
        "Twelve Months Before", "Before booking anyone, you need clarity.", "Ask yourselves:",
        "Elegant or rustic?", "Indoor or outdoor?", "Large or small?",
        "Core Budget Categories", "Venue", "Catering", "Photography", "Florals",
        "Pro tip: keep a tenth of the budget for surprises.", "Ten Months Before", "Your vendors shape the whole day.",
    ]
    assert dict(labels)["Venue"] == "list"
    assert [label for text, label in labels if text == "Home"] == ["nav", "nav"]


def test_a_list_of_short_items_inside_the_article_is_kept_without_a_colon_before_it():
    packing = ["• Warm jacket", "• Walking boots", "• Two water bottles", "• Sun hat"]
    menu = ["• Home", "• Trails", "• Shop", "• Contact Us"]
    dump = [*menu, PROSE, "What to pack", *packing, OTHER_PROSE, "• Sun hat", "• Share on Facebook", *menu]
    labels = _labels(dump)
    inside = labels[len(menu) + 2 : len(menu) + 2 + len(packing)]
    assert [label for _, label in inside[:3]] == ["list", "list", "list"]
    assert inside[3][1] != "list"  # "Sun hat" comes back after the article: not the article's own
    assert [label for text, label in labels if text == "Home"] == ["nav", "nav"]
    one_word = _labels([PROSE, "• Deals", "• Insights", "• Offers", OTHER_PROSE])
    assert all(label != "list" for text, label in one_word if text in ("Deals", "Insights", "Offers"))


def test_article_parts_are_joined_across_a_share_bar_but_not_across_a_related_box():
    share_bar = ["• Share", "• Tweet", "• Subscribe", "• Print"]
    dump = [PROSE, *share_bar, OTHER_PROSE]
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join(dump))))
    assert bridged(blocks, [(0, 0), (5, 5)]) == [(0, 5)]
    assert [block.kept for block in blocks] == [True, False, False, False, False, True]  # the bar itself stays out
    box = ["Related Posts", "• Call the hall", "• Book a room"]
    walled = score_web_blocks(segment_web_text("\n\n".join([PROSE, *box, OTHER_PROSE])))
    assert bridged(walled, [(0, 0), (4, 4)]) == [(0, 0), (4, 4)]


def test_french_comment_meaning_how_opens_no_comments_section():
    from cleanread import extract

    paragraph = ("Le barbecue à gaz est bien plus qu'un simple appareil de cuisson : c'est le coeur de votre "
                 "cuisine d'été, et nous choisissons des modèles qui allient puissance et contrôle de la température.")
    second = paragraph.replace("Le barbecue", "Ce barbecue").replace("nous choisissons", "vous trouverez")
    dump = "\n\n".join([paragraph, "Comment choisir son barbecue ?", second, "Commentaires", "Super article, merci !"])
    document = extract(dump, kind="web-text")
    labels = {block.text: block.label for block in document.blocks}
    assert document.language == "fr"
    assert labels["Comment choisir son barbecue ?"] == "heading"
    assert labels[second] == "body"
    assert labels["Commentaires"] == "comments"


def test_a_listing_with_next_to_no_prose_keeps_its_entries_but_not_its_furniture():
    entries = []
    for number, topic in enumerate(["river otters", "glacier melt", "urban bees", "coral spawning", "desert rain",
                                    "night herons", "kelp forests", "alpine moss"], start=1):
        entries += [f"[{number}] Field notes on {topic} in the northern valleys", f"Written by the survey team {number}",
                    "Filed under: Natural history"]
    dump = "\n\n".join(["Log in", "Subscribe", "Privacy Policy", "Field notes archive",
                        "Notes from this week's surveys are listed below, newest first, with their authors and their topics.",
                        *entries, "© 2024 Valley Survey"])
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    labels = {block.text: block.label for block in blocks}
    assert labels["[3] Field notes on urban bees in the northern valleys"] == "body"
    assert labels["Written by the survey team 5"] == "body"
    assert labels["Filed under: Natural history"] != "body"  # repeated on every entry: template
    assert labels["Subscribe"] != "body" and labels["© 2024 Valley Survey"] != "body"


def test_an_article_page_does_not_keep_the_short_lines_around_it():
    dump = "\n\n".join(["Recent field notes", "Field notes on urban bees in the northern valleys", PROSE,
                        PROSE.replace("Tuesday", "Friday"), PROSE.replace("spring", "autumn"),
                        "Field notes on kelp forests in the northern valleys", "Valley Survey newsroom team"])
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(dump)))
    labels = {block.text: block.label for block in blocks}
    assert labels["Valley Survey newsroom team"] != "body"


def test_a_data_table_inside_the_article_is_kept_and_does_not_cut_it():
    rows = [f"{month}/1/2024      +{rise}.1%      {homes} homes" for month, rise, homes in
            [(1, 13, 410), (2, 12, 388), (3, 11, 402), (4, 9, 415), (5, 8, 420), (6, 7, 433), (7, 6, 450)]]
    before = [PROSE.replace("Tuesday", day) for day in ("Monday", "Tuesday")]
    after = [PROSE.replace("library", kind) for kind in ("museum", "school")]
    labels = _labels(["• Home", "• News", *before, "Home sale prices", *rows, *after, "• Contact"])
    assert [text for text, label in labels if label == "body"] == [*before, *rows, *after]
    table_only_in_menu = dict(_labels(["• Home", *rows[:3], "Subscribe now", *before]))
    assert table_only_in_menu[rows[0]] != "body"  # a table outside the article's run is not pulled in


def test_a_table_w3m_rules_in_box_drawing_characters_is_kept_whole_inside_the_article():
    """w3m draws a border line between every two rows and "│" between cells; the rows are still a table."""
    from cleanread import extract
    from cleanread.render import markdown

    rows = [f"│{rank:<4}│{school:<30}│{rate:<6}│" for rank, school, rate in
            [(1, "Northern Valley College", "30%"), (2, "Harbour Business School", "31%"), (3, "Hill Town Institute", "23%"),
             (4, "Old Port University", "15%")]]
    border = "├────┼──────────────────────────────┼──────┤"
    table = ["┌────┬──────────────────────────────┬──────┐", rows[0]]
    for row in rows[1:]:
        table += [border, row]
    table.append("└────┴──────────────────────────────┴──────┘")
    before = [PROSE.replace("Tuesday", day) for day in ("Monday", "Tuesday")]
    after = [PROSE.replace("library", kind) for kind in ("museum", "school")]
    dump = "\n\n".join(["• Home", "• News", *before, "\n".join(table), *after, "• Contact"])
    document = extract(dump, kind="web-text")
    assert [block.text for block in document.blocks if block.kept] == [*before, *rows, *after]
    assert "| 1 | Northern Valley College | 30% |" in markdown(document)


def test_a_table_row_becomes_a_markdown_row_with_its_cells():
    from cleanread import extract
    from cleanread.render import markdown

    rows = ["1/1/2024      +13.1%      410", "2/1/2024      +12.1%      388", "3/1/2024      +11.1%      402"]
    document = extract("\n\n".join([PROSE, *rows, PROSE.replace("library", "museum")]), kind="web-text")
    assert "| 1/1/2024 | +13.1% | 410 |" in markdown(document)
    assert "1/1/2024      +13.1%      410\n2/1/2024" in document.text  # plain text keeps the layout, rows tight


def test_a_second_copy_of_the_article_further_down_is_dropped_but_side_by_side_variants_stay():
    first = [PROSE, PROSE.replace("library", "museum").replace("Tuesday", "Friday"),
             PROSE.replace("committee", "council").replace("roof", "hall")]
    menu = ["Home", "News", "Sport", "Weather"]
    copy = " ".join(first[:2])  # the same paragraphs, joined differently
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join([*first, *menu, copy]))))
    labels = {block.text: block for block in blocks}
    assert all(labels[text].label == "body" for text in first)
    assert labels[copy].label != "body" and "a second copy" in labels[copy].reasons[-1]
    variants = [PROSE, "EU", PROSE.replace("spring", "summer")]  # terms for each region, nearly the same
    kept = [b.text for b in classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join(variants)))) if b.kept]
    assert PROSE.replace("spring", "summer") in kept


def test_a_paragraph_printed_twice_in_a_row_is_kept_once():
    """A page's mobile and desktop layouts, or a slider's cloned slide, print the same paragraph twice, side by
    side: word for word, not a variant for another region."""
    page = [OWN_PARAGRAPHS[0], OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join(page))))
    assert [block.text for block in blocks if block.kept] == [OWN_PARAGRAPHS[0], OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]
    assert "a second copy" in blocks[2].reasons[-1]


def test_headings_listed_in_a_table_of_contents_above_the_article_stay_headings():
    headings = ["Why the roof came first", "Where the shelves come from", "Who carries the books"]
    contents = ["In this article", *headings]
    article = [OWN_PARAGRAPHS[3]]
    for heading, paragraph in zip(headings, OWN_PARAGRAPHS):
        article += [heading, paragraph]
    labels = _labels([*contents, *article])
    assert [label for text, label in labels[len(contents):] if text in headings] == ["heading"] * 3
    assert [label for text, label in labels[: len(contents)] if text in headings] == ["boilerplate"] * 3


def test_teaser_titles_of_a_menu_above_do_not_become_headings_when_they_come_back_out_of_order():
    teasers = ["Storm closes the harbour road", "Council votes on the bus fares"]
    article = [OWN_PARAGRAPHS[0], teasers[1], OWN_PARAGRAPHS[1], teasers[0], OWN_PARAGRAPHS[2]]
    labels = dict(_labels([*teasers, *article]))
    assert labels[teasers[0]] == labels[teasers[1]] == "boilerplate"


TEASER_SUMMARIES = [
    "Fishermen say the new quay has cut the time it takes to land a catch by half, and the market opens earlier.",
    "The bakery on the corner will close for a month while the ovens are replaced and the shop floor is tiled again.",
    "Parents asked the council for a crossing near the school after two near misses on the main road this winter.",
    "A choir from the valley will sing in the square on Saturday, the first concert there since the spring fair.",
]


def _teaser_cards() -> list[str]:
    cards = []
    for number, summary in enumerate(TEASER_SUMMARIES):
        cards += [f"Headline of story {number + 1}", f"Reporter {'ABCD'[number]}", f"November {10 + number}, 2024", summary]
    return cards


def test_a_stream_of_teaser_cards_after_the_article_is_not_the_article():
    labels = dict(_labels([*OWN_PARAGRAPHS, *_teaser_cards()]))
    assert [labels[paragraph] for paragraph in OWN_PARAGRAPHS] == ["body"] * 4
    assert not any(labels[summary] == "body" for summary in TEASER_SUMMARIES)


def test_teaser_cards_with_no_article_before_them_are_the_page_content():
    labels = dict(_labels(["News from the town", *_teaser_cards()]))
    assert [labels[summary] for summary in TEASER_SUMMARIES] == ["body"] * 4


def test_a_forms_labelled_text_boxes_inside_the_article_are_dropped_but_a_rule_line_is_no_form():
    fields = ["First Name [                    ]", "Last Name [                    ]", "Email Address * [                    ]"]
    labels = dict(_labels([OWN_PARAGRAPHS[0], *fields, OWN_PARAGRAPHS[1], "____________________", OWN_PARAGRAPHS[2]]))
    assert [labels[field] for field in fields] == ["boilerplate"] * 3
    blocks = score_web_blocks(segment_web_text("Subscribe\n\nEmail ____________________\n\n____________________"))
    assert [block.features["form_field"] for block in blocks] == [False, True, False]


def test_a_long_legal_notice_that_opens_with_the_copyright_mark_is_footer_but_an_article_on_copyright_is_not():
    notice = ("© 2024 Example Media Group. All rights reserved. Example and the Example logo are registered "
              "trademarks of Example Media Group, and every other name on this site belongs to its owner, who "
              "has not endorsed the site or anything sold on it.")
    about = ("The court found that copyright does not protect the ideas in a book, only the way they are written, "
             "so the library may keep lending its scanned copies to one reader at a time as it has for years.")
    labels = dict(_labels([OWN_PARAGRAPHS[0], about, OWN_PARAGRAPHS[1], notice]))
    assert labels[notice] == "footer"
    assert labels[about] == "body"


def test_counts_of_posts_reviews_and_minutes_to_read_are_counters_but_the_bare_words_are_not():
    counters = ["1.2k views", "3.4k posts", "8 Reviews", "5 min read"]
    others = ["Reviews", "Posts", "1,113 ratings", "Read the full story"]
    blocks = score_web_blocks(segment_web_text("\n\n".join(counters + others)))
    assert [block.features["counter"] for block in blocks] == [True] * 4 + [False] * 4


def test_a_lettered_third_item_or_code_is_no_copyright_line_but_a_parenthesised_c_and_year_is():
    items = "The work was written by me, or (b) based on earlier work, or (c) given to me by a person who wrote it."
    scored = score_web_blocks(segment_web_text(f"{items}\n\nSELECT a, sum(c) FROM tab\n\n(c) 2024 Example Media"))
    assert [block.features["copyright"] for block in scored] == [False, False, True]


TOUR_DATES = [f"June {day} – {city} @ {venue}" for day, city, venue in [
    (3, "Portland, OR", "Harbour Pavilion"), (5, "Seattle, WA", "North Shore Arena"), (8, "Boise, ID", "Riverside Hall"),
    (10, "Denver, CO", "Red Mesa Theatre"), (13, "Omaha, NE", "Prairie Music Park"), (15, "Chicago, IL", "Lakeside Hall"),
    (18, "Detroit, MI", "Motor City Stage"), (20, "Toledo, OH", "Maumee Bay Centre"), (23, "Albany, NY", "Capitol Hall"),
]]


def test_a_long_list_straight_after_the_article_is_kept_but_the_footer_after_it_is_not():
    labels = dict(_labels([*OWN_PARAGRAPHS, *TOUR_DATES, "• Home", "• Contact us", "Terms of use"]))
    assert [labels[line] for line in TOUR_DATES] == ["list"] * len(TOUR_DATES)
    assert labels["Home"] != "list" and labels["Terms of use"] not in ("list", "body")
    short_list = dict(_labels([*OWN_PARAGRAPHS, *TOUR_DATES[:4], "• Home"]))
    assert not any(short_list[line] in ("list", "body") for line in TOUR_DATES[:4])


OFFERS = [("Oak reading lamp with brass switch", "https://shop.example/lamp"),
          ("Set of six linen bookmarks", "https://shop.example/bookmarks"),
          ("Folding library step stool", "https://shop.example/stool"),
          ("Cotton tote with the town's crest", "https://shop.example/tote")]


def test_a_numbered_list_the_article_announces_with_a_colon_is_kept_with_its_links():
    closing = "The library's friends have picked a few gifts for readers, on sale until the opening day:"
    numbered = [line for i, (item, link) in enumerate(OFFERS, 1) for line in (f"{i}) {item}", link)]
    labels = dict(_labels([*OWN_PARAGRAPHS, closing, *numbered, "• Home", "• Contact us"]))
    assert [labels[line] for pair in OFFERS for line in pair] == ["list"] * 2 * len(OFFERS)
    assert labels["Home"] != "list"


def test_a_numbered_list_is_not_kept_without_a_colon_before_it_or_with_its_numbers_out_of_order():
    numbered = [line for i, (item, link) in enumerate(OFFERS, 1) for line in (f"{i}) {item}", link)]
    labels = dict(_labels([*OWN_PARAGRAPHS, *numbered]))
    assert not any(labels[line] in ("list", "body") for pair in OFFERS for line in pair)
    closing = "The library's friends have picked a few gifts for readers, on sale until the opening day:"
    shuffled = [line for i, (item, link) in zip((1, 3, 2, 4), OFFERS) for line in (f"{i}) {item}", link)]
    labels = dict(_labels([*OWN_PARAGRAPHS, closing, *shuffled]))
    assert not any(labels[line] in ("list", "body") for pair in OFFERS for line in pair)


def test_links_built_from_one_template_after_the_article_are_not_its_list():
    cities = ["Austin", "Boston", "Chicago", "Denver", "El Paso", "Fresno", "Houston", "Miami", "Newark", "Omaha"]
    links = [f"Average cleaning costs in {city}" for city in cities]
    labels = dict(_labels([*OWN_PARAGRAPHS, *links]))
    assert not any(labels[link] in ("list", "body") for link in links)
    doubled = [title for city in cities for title in (f"Storm damage reported in {city}[vid]", f"Storm damage reported in {city}")]
    labels = dict(_labels([*OWN_PARAGRAPHS, *doubled]))
    assert not any(labels[title] in ("list", "body") for title in doubled)


def test_a_long_cookie_banner_is_furniture_but_an_article_paragraph_about_cookies_is_not():
    banner = ("We use cookies to give you the best experience on our website, to show you content that suits you "
              "and to measure how the site is used. By continuing to browse, you agree to our use of cookies.")
    about = ("Browsers will soon block the tracking files that advertisers leave on a reader's computer, and the "
             "largest publishers say their income from advertising could fall by a third when the change arrives.")
    labels = dict(_labels([banner, OWN_PARAGRAPHS[0], about, OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]))
    assert labels[banner] not in ("body", "list") and labels[about] == "body"
    blocks = score_web_blocks(segment_web_text(f"{banner}\n\n{OWN_PARAGRAPHS[0]}"))
    assert [block.features["cookie_notice"] for block in blocks] == [True, False]
    # no article runs through the banner: a paragraph under it, after the article, is another box's
    labels = dict(_labels([*OWN_PARAGRAPHS, banner, about]))
    assert [labels[text] for text in OWN_PARAGRAPHS] == ["body"] * len(OWN_PARAGRAPHS)
    assert labels[banner] == "footer" and labels[about] != "body"


def test_a_consent_platforms_purposes_are_furniture_but_a_company_naming_its_partners_is_not():
    purposes = ["We and our 100 partners store and/or access information on a device, such as unique IDs in cookies, "
                "to process personal data. You may accept or manage your choices by clicking below.",
                "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use "
                "of a specific service explicitly requested by the subscriber or user.",
                "Use precise geolocation data. Actively scan device characteristics for identification."]
    partners = ("We and our partners have planted four thousand trees along the river this year, and the volunteers "
                "who joined us will be back in the spring to plant the next thousand near the old mill.")
    _assert_furniture_above_an_article_with_its_lookalike_inside(purposes, partners)


def test_a_notice_to_enable_javascript_is_furniture_but_a_how_to_on_enabling_it_is_not():
    notices = ["JavaScript is disabled. For a better experience, please enable JavaScript in your browser before "
               "proceeding to read the rest of the page and the replies to it.",
               "You are using an out of date browser. It may not display this or other websites correctly, and you "
               "should upgrade it or use an alternative browser to see the forum as it was meant to be seen."]
    how_to = ("To enable JavaScript in Chrome, open the settings menu, choose privacy and security, then site settings, "
              "and set the option for scripts so that every site you visit is allowed to run them again.")
    _assert_furniture_above_an_article_with_its_lookalike_inside(notices, how_to)


def _assert_furniture_above_an_article_with_its_lookalike_inside(furniture: list[str], lookalike: str) -> None:
    labels = dict(_labels([*furniture, OWN_PARAGRAPHS[0], lookalike, OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]))
    assert not any(labels[text] in ("body", "list") for text in furniture)
    assert labels[lookalike] == "body"


def test_an_image_file_name_between_paragraphs_is_no_heading_but_a_bracketed_aside_is_text():
    icons = " ".join(f"[Social-{name}-34.png]" for name in ("Facebook", "Twitter", "LinkedIn", "Email", "Print", "Share"))
    images = ["[hero_banner_2]", "[team-photo-2024.jpg]", icons]  # a row of share icons as lynx prints it
    aside = "[Editor's note: the council meeting was moved to Thursday.]"
    dump = [OWN_PARAGRAPHS[0], images[0], OWN_PARAGRAPHS[1], images[1], aside, OWN_PARAGRAPHS[2], images[2], OWN_PARAGRAPHS[3]]
    labels = dict(_labels(dump))
    assert [labels[image] for image in images] == ["boilerplate"] * 3
    assert labels[aside] == "body"
    # a picture named like a section's heading ("[Trending-l]") is a picture: the article goes on below it
    named = dict(_labels([OWN_PARAGRAPHS[0], "[Trending-l]", "Library works", OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]))
    assert named["[Trending-l]"] == "boilerplate" and named[OWN_PARAGRAPHS[2]] == "body"
    # w3m prints a linked picture by its bare file name: it costs the run around it nothing, as lynx's "[x.png]" does
    bare, mention = "Harbour-map-drawn-for-the-2024-council-report.PNG", "The plan is in harbour-map.png."
    blocks = score_web_blocks(segment_web_text("\n\n".join([OWN_PARAGRAPHS[0], bare, mention, OWN_PARAGRAPHS[1]])))
    scores = {block.text: (block.score, block.reasons[-1]) for block in blocks}
    assert scores[bare] == (0.0, "an image's file name, as a text browser prints it")
    assert scores[mention][0] != 0.0


def test_a_consent_platforms_long_notice_is_furniture_but_a_report_on_data_rules_is_not():
    notice = ("We process your data to deliver content or advertisements and measure the delivery of such content or "
              "advertisements to extract insights about our website. We share this information with our partners on "
              "the basis of consent and legitimate interest. You may exercise your right to consent or object to a "
              "legitimate interest, based on a specific purpose below or at a partner level in the link under each "
              "purpose. These choices will be signaled to our vendors participating in the Transparency and Consent "
              "Framework, and you can change them at any time from the privacy link at the bottom of every page.")
    report = ("Under the new rules, a shop that wants to keep a record of what its customers buy must first ask them, "
              "and the regulator may fine a company a share of its yearly turnover when it fails to do so.")
    assert len(notice.split()) > 80  # longer than a cookie banner: a consent platform states its purposes at length
    _assert_furniture_above_an_article_with_its_lookalike_inside([notice], report)


def test_a_forms_radio_buttons_are_furniture_however_long_their_options():
    """lynx and w3m print a radio button as "( )", or "(*)" when chosen, before each option's text."""
    options = ("(*) Option: Sofa, light beige A three-seat sofa with rolled arms, a deep seat and a cover that you can "
               "take off and wash. ( ) Option: Sofa, dark blue A three-seat sofa with rolled arms and deep cushions, "
               "made for comfort in a cosy and embracing style. ( ) Option: Sofa, grey green A sofa with plush arms.")
    icon = ("To change the layout, click the gear icon ( ) at the top of the page, then choose the view that suits "
            "you best and save it so that the site remembers your choice the next time you visit.")
    glued = ("More optionsSofa( )Option: Sofa, light beige A three-seat sofa with rolled arms, a deep seat and a cover "
             "that you can take off and wash.( )Option: Sofa, dark blue A three-seat sofa with rolled arms.")  # w3m's
    labels = dict(_labels([OWN_PARAGRAPHS[0], options, OWN_PARAGRAPHS[1], icon, glued, OWN_PARAGRAPHS[2]]))
    assert labels[options] not in ("body", "list") and labels[glued] not in ("body", "list")
    assert labels[icon] == "body"


def test_an_images_description_between_paragraphs_is_furniture_but_prose_about_a_photo_is_text():
    """lynx and w3m print an image's alt text as a line of its own, where it reads like prose."""
    descriptions = ["Screenshot of a web design tool showing a museum website with artwork on the walls, a menu along "
                    "the top and a gallery of paintings in a grid below it.",
                    "Close-up of a person holding a sheet of bubble wrap with both hands over a cardboard box."]
    about = ["The photo shows the flooded square at dawn, and the photographer said that she waited for three hours "
             "on a roof across the street before the light was right and the water had stopped rising.",
             "Pictures of the old harbour taken by the town's first photographer will hang in the new library's hall, "
             "where visitors can compare them with the view from its windows."]
    _assert_dropped_between_paragraphs_and_kept_as_text(descriptions, about)


def _assert_dropped_between_paragraphs_and_kept_as_text(descriptions: list[str], text: list[str]) -> None:
    """Two image descriptions, each after one of the page's paragraphs, then `text` before the last paragraph."""
    labels = dict(_labels([OWN_PARAGRAPHS[0], descriptions[0], OWN_PARAGRAPHS[1], descriptions[1], *text,
                           OWN_PARAGRAPHS[2]]))
    assert [labels[description] for description in descriptions] == ["boilerplate"] * 2
    assert [labels[sentence] for sentence in text] == ["body"] * len(text)


def _label_between_paragraphs(text: str) -> str:
    return dict(_labels([*OWN_PARAGRAPHS[:2], text, *OWN_PARAGRAPHS[2:]]))[text]


def test_an_alt_text_that_names_who_is_in_the_picture_and_what_they_do_is_furniture_but_a_sentence_is_not():
    """Alt text often reads "Young man wearing a jacket, standing against a wall": a noun phrase, then what it is
    doing; a sentence that uses the same verb has a subject that acts, an auxiliary or a clause before it."""
    descriptions = ["Young man with short hair wearing a dark wool coat over a grey shirt and jeans, standing with his "
                    "hands in his pockets against a plain white background.",
                    "Two mobile devices displaying a library's catalogue app, one open on a search for harbour "
                    "histories and the other on the page of a borrowed book."]
    sentences = ["When looking at the plans for the new reading room, the board asked the architects to keep the "
                 "tall windows on the harbour side and to move the stacks to the back of the hall.",
                 "The library is holding an open day on Saturday, and the volunteers will show visitors the new "
                 "shelves, the reading room and the children's corner from ten until four.",
                 "A video showing the move of the oldest books from the old building was released by the council "
                 "on Friday, together with photographs of the empty shelves in the old hall."]
    _assert_dropped_between_paragraphs_and_kept_as_text(descriptions, sentences)


def test_a_charts_or_a_views_description_is_furniture_but_a_heading_or_a_sentence_about_one_is_not():
    """ "Diagram illustrating …", "Aerial view of …": the alt text of a chart or a photograph from somewhere."""
    descriptions = ["Diagram illustrating how the ferry timetable connects the island's three piers with the "
                    "harbour, the bus station and the car park by the old mill.",
                    "Aerial view of the harbour at low tide with the new pier, the fish market and a row of "
                    "fishing boats tied up along the old stone wall."]
    sentences = ["The dashboard shows the ferry's position every minute, and the harbour office says that the screens "
                 "on the pier will show it too once the cables have been laid along the quay in the spring.",
                 "The lighthouse keeper showed the visitors the lamp, the logbook from the great storm and the small "
                 "room where the keepers slept during the long winter nights on the rock."]
    _assert_dropped_between_paragraphs_and_kept_as_text(descriptions, sentences)
    heading = "View of the harbour from the lighthouse"
    assert _label_between_paragraphs(heading) == "heading"


def test_a_photos_description_of_someone_doing_something_is_furniture_but_a_story_about_them_is_not():
    """ "Man working at a desk wearing …": a photo's alt text names a person and what they wear, hold or do."""
    descriptions = ["Man working at a harbour office desk wearing a knitted hat and holding a mug of tea.",
                    "A woman's hand holds a paper ferry ticket above the rail, with the island behind it."]
    sentences = ["A woman I met on the ferry holds the island's record for the crossing: she swam it in four hours, "
                 "in the summer the old boat broke down and the ferry did not run for a month.",
                 "Two men standing on the pier were waiting for the morning boat with their bicycles and a crate "
                 "of fish for the market in the town on the other side of the bay."]
    _assert_dropped_between_paragraphs_and_kept_as_text(descriptions, sentences)
    assert _label_between_paragraphs("Men's Hiking Boots") == "heading"


@pytest.mark.parametrize("descriptions, sentences", [
    pytest.param(  # how a network describes a picture for its alt text, and a model modelling clothes
        ["May include: A handmade ceramic mug with a blue glaze, standing on a table by the harbour window.",
         "A woman models a knitted fisherman's jumper in grey wool with a rolled collar and long sleeves."],
        ["May include the harbour master, the ferry company and the town council, who will meet in the spring "
         "to decide which of the three piers is repaired first and who pays for the work on it."],  # a list's item
        id="generated-or-modelling"),
    pytest.param(  # alt texts that say how a picture looks before what it shows
        ["Line drawing illustration of the harbour with the new pier, the ferry and two fishing boats.",
         "A vibrant abstract background with overlapping blue and green waves behind the harbour's name."],
        ["Background of the vote: the harbour board met in March and chose to rebuild the old pier in stone, "
         "as it was built a hundred years ago, rather than in concrete as the engineers had proposed."],
        id="described-by-its-look"),
])
def test_more_pictures_descriptions_are_furniture_but_sentences_alike_are_not(descriptions, sentences):
    """ "May include: A ceramic mug …", "A woman models …", "Line drawing illustration of …": pictures' alt texts."""
    _assert_dropped_between_paragraphs_and_kept_as_text(descriptions, sentences)


def test_identifiers_run_together_are_furniture_but_a_sentence_that_quotes_one_is_not():
    keys = ("3f2504e0-4f89-11d3-9a0c-0305e82c3301Sa1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5dp9f8e7d6c-5b4a-4c3d-9e2f-"
            "1a0b9c8d7e6f")
    sentence = ("The harbour office gave each ferry ticket a number, such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, so "
                "that a lost ticket can be found again and its passenger told where to collect it.")
    labels = dict(_labels([*OWN_PARAGRAPHS[:2], keys, sentence, *OWN_PARAGRAPHS[2:]]))
    assert (labels[keys], labels[sentence]) == ("boilerplate", "body")


def test_a_shops_filter_headings_are_navigation_but_a_sentence_on_filtering_is_not():
    headings = ["Filter by Brand", "Filter by Heel-to-Toe Drop (mm)"]
    sentence = "Filter by repo, workflow, or job."
    assert [_label_between_paragraphs(text) for text in [*headings, sentence]] == ["nav", "nav", "body"]


def test_a_logo_or_a_headshot_by_name_is_furniture_but_a_heading_about_a_logo_is_not():
    """lynx and w3m print a partner's logo as "Harbour Ferries logo" and a writer's photo as "Headshot of …"."""
    pictures = ["Harbour Ferries logo", "Headshot of Anna Berg, the harbour master, on the old pier."]
    labels = dict(_labels([OWN_PARAGRAPHS[0], pictures[0], OWN_PARAGRAPHS[1], pictures[1], *OWN_PARAGRAPHS[2:]]))
    assert [labels[picture] for picture in pictures] == ["boilerplate"] * 2
    for heading in ("Our new logo", "How the harbour chose its logo"):
        assert _label_between_paragraphs(heading) == "heading"


def test_a_buttons_label_is_furniture_but_an_faq_question_on_a_button_is_kept():
    """lynx prints a <button> as "(BUTTON)" before its label; an FAQ's questions are buttons that open the answers."""
    buttons = ["(BUTTON) Add to cart", "(BUTTON) Show more"]
    question = "(BUTTON) How early should the books be returned before the move?"
    answer = ("Return them by the end of the month: the volunteers will pack the shelves in the first week of the "
              "next one, and the old building closes its doors on the day the packing starts.")
    labels = dict(_labels([OWN_PARAGRAPHS[0], buttons[0], OWN_PARAGRAPHS[1], buttons[1], question, answer,
                           OWN_PARAGRAPHS[2]]))
    assert not any(labels[text] in ("body", "list", "heading") for text in buttons)
    assert labels[question] in ("body", "heading") and labels[answer] == "body"


def test_a_shops_checkbox_filters_are_furniture_but_a_to_do_items_one_box_is_no_form():
    filters = ("[ ] Oak (14) [ ] Walnut (5) [ ] Pine (6) [ ] Birch (3) [X] Beech (1) [ ] Ash (2) [ ] Cherry (8) "
               "[ ] Maple (4) [ ] Teak (1) [ ] Elm (2) [ ] Cedar (3) [ ] Larch (1) [ ] Spruce (6) [ ] Alder (2)")
    to_do = ["[ ] Move the reference books to the reading room on the first floor before the painters arrive",
             "[X] Ask the carpenters when the last of the oak shelves will be delivered to the new building"]
    labels = dict(_labels([OWN_PARAGRAPHS[0], filters, OWN_PARAGRAPHS[1], *to_do, OWN_PARAGRAPHS[2]]))
    assert labels[filters] not in ("body", "list")
    blocks = score_web_blocks(segment_web_text("\n\n".join([filters, *to_do])))
    assert [block.features["form_choices"] for block in blocks] == [True, False, False]  # one box is no form


def test_a_fact_sheets_fields_inside_the_article_are_kept_but_a_lone_kicker_is_not():
    fields = ["Headquarters: Wausau, WI", "Revenue: $260 million", "CEO: Jane Doe", "Founded: 1998 by two brothers"]
    kicker = "Lakers vs Nets: a late comeback"
    dump = ["• Home", "• Rankings", "• Contact Us", PROSE, *fields, OTHER_PROSE, kicker, "Tickets at the box office",
            PROSE.replace("Tuesday", "Monday"), "• Home", "• Rankings"]
    labels = dict(_labels(dump))
    assert [labels[field] for field in fields] == ["body"] * len(fields)  # fields, not headings over each other
    assert labels[kicker] == "boilerplate"


def test_japanese_and_chinese_words_are_counted_two_characters_to_a_word():
    from cleanread.score import words_of

    assert words_of("東京の図書館") == ["東京", "の図", "書館"]
    assert words_of("iPhoneを改造した") == ["iPhone", "を改", "造し", "た"]
    assert words_of("l'été 2024, naïve café") == ["l", "été", "2024", "naïve", "café"]


def test_a_sentence_ends_before_an_emoji_a_table_border_or_a_zero_width_mark():
    lines = ["We hope to see you at the festival soon! 🙂", "The vote was close.\u200d", "Rent a car for the day. │ │",
             "Check them out below ⬇️", "Read more"]
    blocks = score_web_blocks(segment_web_text("\n\n".join(lines)))
    assert [block.features["sentence_end"] for block in blocks] == [True, True, True, False, False]


def test_the_authors_bio_under_the_article_is_not_its_text():
    bio = ("Meg James is a corporate media reporter for the Los Angeles Times, covering the business of television "
           "and the companies that make it.")
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join([PROSE, OTHER_PROSE, bio]))))
    assert [block.kept for block in blocks] == [True, True, False]
    assert blocks[2].label == "footer" and any("the author's bio" in reason for reason in blocks[2].reasons)
    # ...and closes the article: a teaser's paragraph under the bio is not the article going on
    teaser = ("Women and people of color directed a greater proportion of TV shows in the last season, but the "
              "studios still hire the same few names when a new series is ordered, the report found.")
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join([PROSE, OTHER_PROSE, bio, teaser]))))
    assert [block.kept for block in blocks] == [True, True, False, False]
    tools = ["Flatliner is a handy code editor that helps you test the expressions you write before you run them.",
             "Who is the author? Nobody knows who wrote the letter that the committee received on Tuesday."]
    assert not any(block.features["author_bio"] for block in score_web_blocks(segment_web_text("\n\n".join(tools))))
    contact = "Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik."
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join([PROSE, OTHER_PROSE, contact]))))
    assert [block.kept for block in blocks] == [True, True, False]


def test_an_about_box_under_the_article_is_furniture_but_a_section_about_the_article_is_not():
    about = ("Ascom is a global solutions provider focused on healthcare technology and mobile workflow solutions, "
             "with subsidiaries in many countries.")
    labels = _labels([PROSE, OTHER_PROSE, "About Ascom", about])
    assert [label for _, label in labels] == ["body", "body", "footer", "footer"]
    guide = ("This guide explains how the committee chose the library's site and who paid for the new roof, "
             "step by step and with the figures the council published.")
    assert [label for _, label in _labels([PROSE, OTHER_PROSE, "About This Guide", guide])][3] == "body"


def test_the_summary_above_the_byline_is_the_standfirst_not_the_article():
    summary = ("There are more ways to pay for games than ever before, and the committee wants to know which of them "
               "the town's libraries should lend.")
    labels = _labels([summary, "By Jane Doe", "Nov. 19, 2019 8:03 am ET", PROSE, OTHER_PROSE])
    assert [label for _, label in labels] == ["standfirst", "byline", "boilerplate", "body", "body"]
    assert [label for _, label in _labels([summary, PROSE, OTHER_PROSE])] == ["body", "body", "body"]
    assert _labels([summary, "By", "Jane Doe", PROSE, OTHER_PROSE])[0][1] == "standfirst"  # the name a link below "By"


def test_a_newsletters_sign_up_box_is_furniture():
    boxes = ["Sign up for our newsletter to get the latest in streaming and entertainment.",
             "Get the day’s top headlines delivered to your inbox every morning.",
             "Get breaking news alerts and special reports, delivered weekday mornings."]
    blocks = score_web_blocks(segment_web_text("\n\n".join([*boxes, PROSE])))
    assert [block.features["newsletter_notice"] for block in blocks] == [True, True, True, False]
    labels = _labels([PROSE, boxes[0], OTHER_PROSE])
    assert [label for _, label in labels] == ["body", "boilerplate", "body"]


def test_a_long_plain_list_inside_the_article_is_kept():
    dates = [f"June {day} – Amphitheatre in the park, town {day}" for day in range(1, 10)]
    labels = _labels([PROSE, *dates, OTHER_PROSE])
    assert [label for _, label in labels[1:9]] == ["list"] * 8  # the ninth heads the paragraph under it
    labels = _labels([PROSE, *dates[:4], OTHER_PROSE])  # a few short lines are as often a share bar's or a menu's
    assert "list" not in [label for _, label in labels]


def test_a_list_inside_the_article_whose_every_line_comes_twice_is_kept_once():
    """lynx and w3m print a card's title twice, as its picture's alt text and as its link: the list is the same."""
    parts = ["Puffin engine gaskets and seals", "Gannet propeller shaft bearings", "Kittiwake fuel pump kit",
             "Oak deck planks for the Guillemot", "Brass portholes from the Razorbill", "Fulmar steering cables",
             "Lifebuoys and rope for every ferry", "Shearwater bilge pump", "New benches for the Petrel's deck"]
    blocks = classify_web_blocks(score_web_blocks(segment_web_text(
        "\n\n".join([PROSE, *[line for part in parts for line in (part, part)], OTHER_PROSE]))))
    kept = [block.text for block in blocks if block.kept]
    assert kept[1:-1] == parts[:-1] or kept[1:-1] == parts  # the last may head the paragraph under it
    assert "one of" in next(block for block in blocks if block.text == parts[0] and block.kept).reasons[-1]
    assert "said again on the next line" in next(block for block in blocks if block.text == parts[0]).reasons[-1]
    # a line said a third time elsewhere in the page is the page's own (a menu's), and no list is made of it
    repeated = _labels([parts[0], PROSE, *[line for part in parts for line in (part, part)], OTHER_PROSE])
    assert "list" not in [label for text, label in repeated if text == parts[0]]


def test_a_menus_short_descriptions_far_above_the_article_are_not_more_of_it():
    menu = ["Staff Picks: take it from us, these are the rings our staff are crushing on right now.",
            "The Essentials: the jewels every girl needs to build a collection that will last for years.",
            "Hoops: earrings in all shapes and sizes to make your hoop dreams come true this season."]
    designers = [f"• Designer number {n}" for n in range(40)]
    labels = _labels([*menu, *designers, *OWN_PARAGRAPHS[:2]])
    assert [label for _, label in labels[:3]] == ["boilerplate"] * 3
    assert not any(label in ("body", "list") for _, label in labels[3:-2])
    assert [label for _, label in labels[-2:]] == ["body", "body"]


def test_an_english_post_on_a_page_in_another_language_is_prose_by_english_stopwords():
    post = ("Yeah, the payment module usually stores its data in a separate table of the database, so when you change "
            "the order there it is overwritten again the next time the module syncs with the payment provider.")
    french = ("Le comité a décidé que la nouvelle bibliothèque ouvrira au printemps, après que les ouvriers auront "
              "terminé le toit et que les étagères auront été livrées sur le chantier de la ville.")
    blocks = score_web_blocks(segment_web_text(f"{post}\n\n{french}"), language="fr")
    assert [block.features["class"] for block in blocks] == ["good", "good"]
    menu = "Accueil Boutique Forum Contact Panier Connexion Livraison Retours Aide Mentions légales Plan du site"
    assert score_web_blocks(segment_web_text(menu), language="fr")[0].features["class"] != "good"


def test_a_button_without_a_label_costs_a_run_of_prose_nothing_but_a_labelled_one_does():
    """lynx prints a heading's anchor button as a lone "(BUTTON)": it says nothing about the blocks around it."""
    blocks = score_web_blocks(segment_web_text("\n\n".join([PROSE, "(BUTTON)", "(BUTTON) Add to cart", OTHER_PROSE])))
    assert [block.score for block in blocks[1:3]] == [0.0, BAD_PENALTY]
    assert "without a label" in blocks[1].reasons[0]


def test_a_horizontal_rule_w3m_draws_costs_a_run_of_prose_nothing():
    """inscriptis prints nothing for an <hr>; w3m a line of "━", which should weigh as little."""
    rule = "━" * 60
    blocks = score_web_blocks(segment_web_text("\n\n".join([PROSE, rule, "Key points:", rule, OTHER_PROSE])))
    assert [block.score for block in blocks if block.text.startswith("━")] == [0.0, 0.0]
    assert "horizontal rule" in blocks[1].reasons[0]


def test_a_forms_consent_to_be_contacted_is_furniture_but_a_paragraph_on_consent_is_not():
    consents = ["By submitting this form, you authorize the University and its representatives to contact you by "
                "phone, text message or email about its programmes, and you understand that this is not a condition.",
                "I agree to receive recurring automated marketing text messages (e.g. cart reminders) at the phone "
                "number provided. Consent is not a condition to purchase. Msg & data rates may apply. Reply STOP to "
                "cancel at any time, and HELP for help.",
                "By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy "
                "Policy and the rules of every community you join here."]
    lookalike = ("By the time the council met, most residents had agreed to the plan, and the few who had not "
                 "consented said they would take their objections to the regional court before the summer.")
    _assert_furniture_above_an_article_with_its_lookalike_inside(consents, lookalike)
    blocks = score_web_blocks(segment_web_text("\n\n".join([*consents, lookalike])))
    assert [block.features["form_consent"] for block in blocks] == [True, True, True, False]


SHOP_CARDS = [  # w3m prints a card's two pictures by their alt texts, run together, then the card's name and price
    ("Oak reading lamp with a brass switch, a linen shade and a round base.Reading corner with an oak lamp, "
     "a green armchair and a wool rug.", "HARBOUR Reading lamp, oak", "$49.00"),
    ("Tall white bookcase with five shelves, rounded corners and a plinth.Living room with a white bookcase, "
     "potted plants and framed prints.", "QUAY Bookcase, white", "$89.00"),
    ("Low pine bench with a slatted seat, a shoe rack and metal feet.Hallway with a pine bench, a coat rack "
     "and a striped runner.", "MOLE Bench, pine", "$35.00"),
]


def test_a_grids_run_together_alt_texts_are_furniture_but_a_paragraphs_typo_is_not():
    """A card's pictures come out of w3m as "...round base.Reading corner with...": no sentence of the page runs
    on like that card after card, though one sentence may once ("...to the public.The mayor...")."""
    typo = ("The volunteers carried the books across in a single day.The mayor thanked every one of them at the "
            "opening and promised a bench in the square with their names on it.")
    cards = [line for card in SHOP_CARDS for line in card]
    labels = dict(_labels([*cards, "About our workshop", *OWN_PARAGRAPHS[:3], typo, OWN_PARAGRAPHS[3]]))
    assert [labels[pictures] for pictures, _, _ in SHOP_CARDS] == ["boilerplate"] * 3
    assert labels[typo] == "body"
    blocks = score_web_blocks(segment_web_text("\n\n".join([OWN_PARAGRAPHS[0], *cards])))
    reasons = [block.reasons for block in blocks if block.text == SHOP_CARDS[1][0]][0]
    assert any("pictures' descriptions run together" in reason for reason in reasons)


def test_a_heading_said_again_by_the_picture_under_it_is_still_a_heading():
    """lynx and w3m print a section's picture by its alt text, often its heading's words, after the first paragraph."""
    heading = "Walks along the old harbour wall"
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n\n".join(
        [OWN_PARAGRAPHS[0], heading, OWN_PARAGRAPHS[1], heading, OWN_PARAGRAPHS[2], OWN_PARAGRAPHS[3]]))))
    labels = [(block.text, block.label) for block in blocks]
    assert labels[1] == (heading, "heading") and labels[3] == (heading, "boilerplate")
    assert "said again by the picture under it" in blocks[1].reasons[-1]
    # a card prints its title, its teaser, its title again, and then the next card: no heading of the article
    cards = [OWN_PARAGRAPHS[0], heading, "A short walk for a windy day.", heading, "Cafes by the lighthouse",
             OWN_PARAGRAPHS[1], OWN_PARAGRAPHS[2]]
    assert "heading" not in [label for text, label in _labels(cards) if text == heading]


FEED_CAPTIONS = [
    "Nets are mended on the quay every morning and dried in the sun before the boats go out again at dusk.",
    "The lighthouse keeper's cottage opens to visitors this weekend, with tea and cake in the garden for all.",
    "Our harbour walk starts at the fish market at ten, and the guide will tell the story of the old wall.",
]


def test_a_feed_of_posts_printed_as_caption_cut_short_then_caption_is_not_the_article():
    """lynx and w3m print an Instagram post's picture by its caption cut short (its alt text), then the caption."""
    posts = [" ".join(caption.split()[:8] * 2 + caption.split()[8:]) for caption in FEED_CAPTIONS]
    labels = dict(_labels([*OWN_PARAGRAPHS, "Follow us on Instagram", *posts]))
    assert [labels[post] for post in posts] == ["boilerplate"] * 3
    assert all(labels[paragraph] == "body" for paragraph in OWN_PARAGRAPHS)
    blocks = score_web_blocks(segment_web_text("\n\n".join(posts)))
    assert all("cut short, then the caption" in block.reasons[-1] for block in blocks)
    # cut at a fixed number of characters, inside a word, and spaced differently from the caption
    cut = [caption[:24] + caption[24:47].replace(" ", "  ", 1) + " " + caption for caption in FEED_CAPTIONS]
    assert all(caption[46].isalpha() and caption[47].isalpha() for caption in FEED_CAPTIONS)
    assert [dict(_labels([*OWN_PARAGRAPHS, "Follow us on Instagram", *cut]))[post] for post in cut] == ["boilerplate"] * 3
    # a shop prints a product's name twice, then the next product's: no caption goes on from it
    names = ["Oak reading lamp with a brass switch", "Pine bench with a slatted seat", "White bookcase with five shelves"]
    doubled = [f"{name} {name} {following} $49" for name, following in zip(names, names[1:] + names[:1])]
    assert not any(block.features["alt_texts"] for block in score_web_blocks(segment_web_text("\n\n".join(doubled))))


def test_a_shops_filter_options_with_their_counts_are_not_the_article_but_names_with_years_are():
    filters = ["• Merino Wool (2)", "• Alpaca (14)", "• Organic Cotton (1,204)"]
    models = ["• Harbour Ferry 40 (2023)", "• Harbour Ferry 32 (2021)", "• Lighthouse Tender (1998)"]
    labels = dict(_labels([OWN_PARAGRAPHS[0], *filters, OWN_PARAGRAPHS[1], "Our boats:", *models, OWN_PARAGRAPHS[2]]))
    assert [labels[item[2:]] for item in filters] == ["boilerplate"] * 3
    assert [labels[item[2:]] for item in models] == ["list"] * 3
    blocks = classify_web_blocks(score_web_blocks(segment_web_text("\n".join([OWN_PARAGRAPHS[0], *filters,
                                                                                OWN_PARAGRAPHS[1]]))))
    assert "filter option" in next(block for block in blocks if block.text == "Alpaca (14)").reasons[-1]


def test_a_products_pictures_named_and_numbered_are_not_the_article_but_a_short_numbered_list_is():
    """A carousel names its pictures after the product, numbered: lynx and w3m print each alt text as a line."""
    pictures = [f"• Harbour Ferry 40 Lifejacket - Adult {number}" for number in range(5)]
    steps = ["• Untie the boat from berth 1", "• Untie the boat from berth 2"]  # two in a row: a list's own
    labels = dict(_labels([OWN_PARAGRAPHS[0], "Pictures:", *pictures, OWN_PARAGRAPHS[1], "Steps:", *steps,
                           OWN_PARAGRAPHS[2]]))
    assert [labels[picture[2:]] for picture in pictures] == ["boilerplate"] * 5
    assert [labels[step[2:]] for step in steps] == ["list"] * 2


def test_a_product_name_capitalised_word_by_word_is_no_prose_however_many_stopwords():
    name = ("Harbour Outfitters Waterproof Trail Runner for Men and Women, with Grippy Soles, Breathable Mesh Upper "
            "and a Padded Collar for Long Walks on the Pier")
    named = ("The harbour master, Anna Lake, told the Ferry Company of Northport on Monday that the Island Road "
             "would close for a week while the builders of Harbour Works repair the old sea wall.")
    name_block, sentence_block = score_web_blocks(segment_web_text(f"{name}\n\n{named}"))
    assert name_block.features["class"] == "short" and "most words capitalised" in name_block.reasons[-1]
    assert sentence_block.features["class"] == "good"


def test_a_pages_links_to_its_own_parts_are_navigation_but_a_sentence_that_says_skip_to_is_prose():
    dump = "\n\n".join(["Skip to main contentSkip to footer", "Jump to Review", "What happens next", OWN_PARAGRAPHS[0],
                        "Skip to step 3 if you have your reader's card already.", OWN_PARAGRAPHS[1]])
    blocks = {block.text: block for block in score_web_blocks(segment_web_text(dump))}
    for link in ("Skip to main contentSkip to footer", "Jump to Review"):
        assert blocks[link].features["phrase_label"] == "nav" and "boilerplate phrase (nav)" in blocks[link].reasons
    assert blocks["Skip to step 3 if you have your reader's card already."].features["phrase_label"] is None
