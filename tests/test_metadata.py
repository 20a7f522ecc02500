from __future__ import annotations

import datetime as dt

import pytest

from cleanread.metadata import find_date, normalize_date
from cleanread.metadata.html import PageEvidence, html_metadata
from cleanread.model import Block
from cleanread.metadata.text import text_metadata
from cleanread.score import words_of


def line(text: str, label: str = "unclassified", **features) -> Block:
    """A dump block as the scorer leaves it: its word count, and any other features given."""
    return Block(text, label=label, features={"words": len(words_of(text)), **features})


def test_dates_are_iso_and_plausible():
    today = dt.date(2026, 1, 1)
    assert find_date("Nov 19, 2019, 10:31 pm CST", today=today) == "2019-11-19"
    assert find_date("on 3 March 2024 at noon", today=today) == "2024-03-03"
    assert find_date("February 30, 2024", today=today) is None
    assert find_date("founded 1850-01-01", today=today) is None
    assert normalize_date("2023-06-14T08:30:00+00:00", today=today) == "2023-06-14"
    assert normalize_date(None) is None


def test_html_metadata_prefers_the_given_url_for_site():
    found = {"title": "T", "sitename": "The Paper", "hostname": "paper.example", "date": "2020-01-02"}
    metadata = html_metadata(PageEvidence(), found, url="https://www.other.example/a")
    assert (metadata.source, metadata.site, metadata.date) == ("The Paper", "other.example", "2020-01-02")


def test_text_metadata_without_headline_separator_takes_nearest_headline():
    blocks = [
        line("Menu"),
        line("Local Bakery Wins National Bread Award"),
        line("By Sam Reed, staff writer"),
        line("12 May 2021", date_line=True),
        line("A long paragraph of the article.", label="body"),
    ]
    metadata = text_metadata(blocks)
    assert metadata.title == "Local Bakery Wins National Bread Award"
    assert metadata.author == "Sam Reed"
    assert metadata.date == "2021-05-12"
    assert metadata.source is None


def test_text_metadata_uses_the_url_slug_to_pick_among_headline_lines():
    blocks = [
        line("Spring Sale Now On Across The Store"),
        line("River Otters Return to the Valley"),
        line("Community Garden Opens Its Gates Today"),
        line("The town council met on Monday to discuss the budget.", label="body"),
    ]
    assert text_metadata(blocks).title == "Community Garden Opens Its Gates Today"
    with_url = text_metadata(blocks, url="https://news.example/2024/05/river-otters-return-valley")
    assert with_url.title == "River Otters Return to the Valley"


def test_text_metadata_takes_a_short_headline_the_url_names_and_one_below_a_kept_notice():
    blocks = [
        line("Menu"),
        line("Vibe Coding"),
        line("Posts about writing software by talking to a model, collected in one place.", label="body"),
    ]
    assert text_metadata(blocks).title is None  # two words are a menu entry unless something vouches for them
    assert text_metadata(blocks, url="https://blog.example/topics/vibe-coding/").title == "Vibe Coding"
    notice_first = [
        line("We use cookies to improve this site and to show you offers you may like.", label="body"),
        line("Reliable Music Lesson Reviews", label="boilerplate"),
        line("Finding a reliable music teacher is hard, but these reviews from our students help.", label="body"),
    ]
    assert text_metadata(notice_first).title == "Reliable Music Lesson Reviews"


def test_text_metadata_prefers_the_line_naming_all_of_the_slug_over_one_naming_part_of_it():
    blocks = [
        line("Living in a Tiny House Stinks (Sometimes)"),
        line("Cons"),
        line("What are the cons of living in a tiny house? I get asked this all the time.", label="body"),
    ]
    url = "https://tiny.example/2018/07/02/tiny-house-cons/"
    assert text_metadata(blocks, url=url).title == "Living in a Tiny House Stinks (Sometimes)"


def test_text_metadata_takes_the_headline_a_byline_stands_under_over_a_nearer_caption():
    blocks = [
        line("Our Six Favourite Bread Machines for Any Loaf"),
        line("By"),
        line("Donna Currie"),
    ]
    blocks += [line(f"Menu entry {n}", label="nav") for n in range(6)]
    blocks += [
        line("Bread machines lined up on a counter"),
        line("I adore baking bread at home, but I rarely have a free afternoon for it.", label="body"),
    ]
    assert text_metadata(blocks).title == "Our Six Favourite Bread Machines for Any Loaf"
    del blocks[1:3]
    assert text_metadata(blocks).title == "Bread machines lined up on a counter"  # nothing vouches for the far one


def test_text_metadata_prefers_the_headline_above_the_article_to_a_section_heading_inside_it():
    """A heading inside the article shares its words by being part of it; the headline above need not."""
    blocks = [
        line("Why the Valley Changed Forever"),
        line("The otters return to the river each spring, and the river welcomes the otters back.", label="body"),
        line("Otters Return to the River", label="heading"),
        line("More otters return to the river than ever before, say the people who count them.", label="body"),
    ]
    assert text_metadata(blocks).title == "Why the Valley Changed Forever"
    assert text_metadata(blocks[1:]).title == "Otters Return to the River"  # with nothing above, the heading may be it


def test_text_metadata_publisher_line_competes_with_other_headlines():
    blocks = [
        line("Quiet Week Ahead For The Markets - Daily Wire"),
    ]
    blocks += [line(f"Menu entry {n}", label="nav") for n in range(20)]
    blocks += [
        line("Mobile Design: The Ultimate Guide 2025"),
        line("3 January 2025", date_line=True),
        line("Designing for small screens asks more of a team than shrinking a desktop layout.", label="body"),
    ]
    metadata = text_metadata(blocks, url="https://design.example/blog/mobile-design-guide/")
    assert (metadata.title, metadata.source) == ("Mobile Design: The Ultimate Guide 2025", None)
    seed_like = text_metadata([line("Talks Stall Over Water Rights – The Diplomat")] + blocks[-1:])
    assert (seed_like.title, seed_like.source) == ("Talks Stall Over Water Rights", "The Diplomat")


def test_text_metadata_finds_a_publication_date_the_page_names_far_from_the_headline():
    blocks = [line("River Otters Return to the Valley")]
    blocks += [line(f"Menu entry {n}", label="nav") for n in range(40)]
    blocks += [line("The town council met on Monday to discuss the budget for the coming year.", label="body")]
    blocks += [line(f"Related story {n}", label="related") for n in range(40)]
    blocks += [line("Published: 23.07.2025")]
    assert text_metadata(blocks).date == "2025-07-23"
    blocks[-1] = line("Last reviewed 23.07.2025")
    assert text_metadata(blocks).date is None  # an uncued date that far away says nothing


def test_text_metadata_takes_a_date_shown_under_the_article_when_none_is_near_its_headline():
    headline = [line("River Otters Return to the Valley")] + [line(f"Menu entry {n}", label="nav") for n in range(20)]
    prose = [line(f"Otters were seen on the river this spring, the first time in {n} decades.", label="body")
             for n in range(2, 30)]
    assert text_metadata(headline + prose + [line("Share this")]).date is None
    assert text_metadata(headline + prose + [line("Share this"), line("12 May 2021", date_line=True)]).date == "2021-05-12"
    assert text_metadata(headline + prose + [line("Last updated: 3 June 2022")]).date == "2022-06-03"
    facts = line("June 9, 2020 · 6 Comments", sentence_end=False)  # a post's facts under its last paragraph
    assert text_metadata(headline + prose + [facts]).date == "2020-06-09"
    sentence = line("The bill was signed by the governor on May 3, 2021.", sentence_end=True)
    assert text_metadata(headline + prose + [sentence]).date is None
    far = [line(f"Related story {n}", label="related") for n in range(12)]
    assert text_metadata(headline + prose + far + [line("12 May 2021", date_line=True)]).date is None


def test_text_metadata_reads_only_the_fields_asked_for_besides_title_and_publisher():
    blocks = [line("Talks Stall Over Water Rights – The Diplomat"), line("By Ana Ruiz"), line("12 May 2021", date_line=True),
              line("The two governments met again this week and again failed to agree on the river's water.", label="body"),
              line("© 2021 The Diplomat", copyright=True)]
    everything = text_metadata(blocks)
    assert (everything.date, everything.author, everything.site) == ("2021-05-12", "Ana Ruiz", "The Diplomat")
    only_date = text_metadata(blocks, wanted=frozenset({"date"}))
    assert (only_date.title, only_date.source, only_date.date) == ("Talks Stall Over Water Rights", "The Diplomat", "2021-05-12")
    assert only_date.author is None and only_date.site is None


def test_text_metadata_takes_the_date_a_url_spells_out_over_a_related_post_date():
    blocks = [
        line("How Many Wine Styles Are There?"),
        line("Related: Autumn tasting notes, 10 March 2023"),
        line("Wine comes in more styles than most drinkers ever taste in a lifetime of dinners.", label="body"),
    ]
    assert text_metadata(blocks).date == "2023-03-10"
    url = "https://wine.example/blog/2023/october/03/how-many-wine-styles"
    assert text_metadata(blocks, url=url).date == "2023-10-03"
    assert text_metadata(blocks, url="https://wine.example/2023/99/03/x").date == "2023-03-10"  # no such month


@pytest.mark.parametrize(("cued", "expected"), [
    ("asked Feb 11, 2011 at 23:49", "2011-02-11"),
    ("Start date Mar 27, 2025", "2025-03-27"),
    ("Postby anna » Tue Aug 27, 2019 1:47 am", "2019-08-27"),
])
def test_text_metadata_takes_the_date_a_post_is_dated_by_over_an_earlier_uncued_one(cued, expected):
    blocks = [
        line("How do I undo the last commit?"),
        line("Modified 14 June 2021", date_line=True),
        line(cued),
        line("I committed the wrong files to the repository and want to take the commit back.", label="body"),
    ]
    assert text_metadata(blocks).date == expected


@pytest.mark.parametrize("member_card", [
    [line("Joined Aug 24, 2006 Messages 23,243 Reaction score 8,583")],  # inscriptis and lynx: one line
    [line("Joined"), line("Aug 24, 2006", date_line=True)],  # w3m: the card's label and value apart
    [line("changingtimes Posts: 524 Joined: Mon Aug 24, 2006 9:28 am")],  # the label inside the card's line
])
def test_text_metadata_never_takes_a_forum_members_join_date_for_the_posts(member_card):
    blocks = [
        line("Discussion of the new tablet review"),
        *member_card,
        line("The keyboard feels far better than the last one, and the screen is brighter in daylight.", label="body"),
        line("Sep 21, 2024", date_line=True),
    ]
    assert text_metadata(blocks).date == "2024-09-21"


def test_text_metadata_never_takes_a_copyright_line_or_a_code_listing_for_the_title():
    blocks = [
        line("for name in os.listdir(path):\n    print(name)", code_lines=2),
        line("The committee met on Tuesday and agreed that the new library would open in spring.", label="body"),
        line("© 2024 Example Docs", label="footer", copyright=True),
    ]
    assert text_metadata(blocks).title is None


def test_language_of_text_with_control_characters_and_mojibake():
    from cleanread.metadata import detect_language

    text = "The council voted on the new bridge \x85 after a long debate\x00 about its cost and its route."
    assert detect_language(text) == "en"
    assert detect_language("Der Stadtrat hat nach langer Debatte über die Kosten der neuen Brücke abgestimmt.") == "de"
    assert detect_language("12 34 56 | 78 90") is None


def test_the_language_of_a_page_is_read_from_its_sentences_before_its_menus():
    from cleanread.metadata import detect_prose_language

    menus = [
        "Gas Barbecue (All) Gas Barbecue Weber Gas Barbecue Napoleon Gas Barbecue Campingaz Small Gas Barbecue",
        "Charcoal Barbecue (All) Charcoal Barbecue Weber Charcoal Barbecue with Lid Vertical Charcoal Barbecue",
        "Electric Barbecue (All) Electric Barbecue Weber Portable Electric Barbecue Table Electric Barbecue",
        "Pellet Barbecue (All) Pellet Barbecue Traeger Pellet Barbecue Pit Boss Pellet Barbecue Weber",
        "Plancha (All) Gas Plancha Electric Plancha Plancha Accessories Plancha Covers Plancha Cleaning",
        "Outdoor Kitchen (All) Outdoor Kitchen Modules Outdoor Kitchen Furniture Outdoor Kitchen Sinks",
        "Gift Ideas (All) Gift Ideas under 50 Gift Ideas under 100 Gift Ideas for Christmas Gift Ideas",
    ]
    prose = ("Le barbecue à gaz est bien plus qu'un simple appareil de cuisson : c'est le coeur de votre "
             "cuisine d'été, et nous choisissons des modèles qui allient puissance et contrôle de la température.")
    assert detect_prose_language(menus + [prose]) == "fr"
    assert detect_prose_language(menus) == "en"
    # a text browser runs a menu into one line, which may end as a sentence does; its words are capitalised
    run_together = [f"{menu} Livraison Offerte Dès 49 €." for menu in menus]
    assert detect_prose_language(run_together + [prose]) == "fr"


def test_a_malformed_url_gives_text_metadata_no_slug_and_no_error():
    blocks = [line("Bridge repairs begin in spring", "title"),
              line("The council met on Tuesday and agreed to repair the bridge over the river.", "body")]
    assert text_metadata(blocks, url="http://[broken/2024/05/01/bridge-repairs").title == "Bridge repairs begin in spring"


def _dump_with_paragraphs(lines: list[str], paragraphs: list[str], indent: str) -> str:
    """A page's top lines, then its paragraphs as lynx sets them (indented, a blank line after each)."""
    return "\n".join(lines + [f"{indent}{paragraph}\n" for paragraph in paragraphs])


def test_a_lynx_dump_s_flush_left_heading_is_its_title_when_its_paragraphs_are_indented():
    from cleanread import extract

    paragraphs = [
        "Digital marketing costs vary widely from one agency to the next, and most small businesses find it hard "
        "to tell what a fair monthly price for the work they need really is.",
        "In this guide we break the costs down by channel, from search and social media to email and content, "
        "so that you can compare the quotes you receive with what the market usually charges.",
        "Whatever your budget, ask every agency for a written plan with the results it expects, and review "
        "those results with the agency every month before you agree to pay for another quarter.",
    ]
    headline = "Digital Marketing Costs Demystified: What Agencies Charge"

    def dump(indent: str) -> str:
        lines = [f"{indent}* Home", f"{indent}* Services", "", headline, "", f"{indent}Digital marketing pricing", ""]
        return _dump_with_paragraphs(lines, paragraphs, indent)

    url = "https://agency.example/digital-marketing-pricing/"
    assert extract(dump("   "), kind="web-text", url=url).title == headline
    # no margin to tell a heading by: the line the URL names wins, as before
    assert extract(dump(""), kind="web-text", url=url).title == "Digital marketing pricing"


def test_a_lynx_dump_s_two_word_product_name_at_the_margin_is_its_title():
    from cleanread import extract

    paragraphs = [
        "Our smart feeder takes a photo of every bird that visits, names the species for you and sends the "
        "picture to your phone, so that you never miss a rare guest in the garden again.",
        "The camera records in full colour and the solar roof keeps the battery charged through the winter, "
        "while the feeder holds enough seed for a week of visits from the busiest flocks.",
        "Setting it up takes a few minutes with the app, which also keeps a diary of every visit that you "
        "can share with your family, your friends and the other bird lovers in the community.",
    ]
    lines = ["   * Shop", "   * Community", "", "Birdbuddy Pro", "", "   Free shipping on orders over $50", ""]
    dump = _dump_with_paragraphs(lines, paragraphs, "   ")
    assert extract(dump, kind="web-text").title == "Birdbuddy Pro"


def test_a_headline_asked_as_a_question_and_kept_as_the_first_sentence_is_the_title():
    from cleanread import extract

    paragraphs = [
        "Robotic lawnmowers have become much cheaper in recent years, and many garden owners now wonder whether "
        "one of them could take over the weekly chore of mowing the lawn for them.",
        "The answer depends on the size of the lawn, its slopes and the obstacles in it, and on how much time "
        "the mower is allowed to spend on the grass every day of the week.",
        "A small, flat lawn needs only a basic model, while a large garden with steep slopes needs a mower with "
        "strong wheels, a bigger battery and a boundary wire that covers every corner.",
    ]
    question = "Which robotic lawnmower is suitable for which lawn?"
    dump = "\n\n".join(["Home", "Garden", "Shop", question, paragraphs[0], "It all depends on the area output",
                        paragraphs[1], paragraphs[2]])
    document = extract(dump, kind="web-text")
    assert document.title == question
    assert document.text.startswith(paragraphs[0])  # given as the title, not repeated as the text's first line
    assert document.blocks[3].label == "headline" and document.blocks[3].text == question


@pytest.mark.parametrize(("start", "expected"), [
    ("asked Jun 29, 2012 at 10:51", "2012-06-29"),
    ("Start date Jul 5, 2024", "2024-07-05"),
    ("#1 · Jan 3, 2024", "2024-01-03"),
    ("TatyanaBol January 28, 2024, 3:36pm 1", "2024-01-28"),  # Discourse numbers its posts
    ("Published: 2 May 2024", "2024-05-03"),  # a publication cue that far from the headline is a teaser's
])
def test_text_metadata_takes_a_threads_start_date_wherever_the_forum_prints_it(start, expected):
    blocks = [line(start), *[line(f"Sidebar entry {n}", label="nav") for n in range(40)]]
    blocks += [line("How do I back up my whole system?")]
    blocks += [line("I want one archive of every file, so that a new disk can be set up from it in an hour.", label="body")]
    blocks += [line("3 May 2024 at 10:12", date_line=True)]  # the first reply
    assert text_metadata(blocks).date == expected
