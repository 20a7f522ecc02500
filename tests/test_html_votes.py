"""HTML votes: trafilatura's choice stands, but two other votes bring a block it left out back, and outside
the content all three keep, two votes drop what it alone kept."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanread import model
from cleanread.model import Block
from cleanread.extractors import resiliparse_text
from cleanread.segment.html import html_markup, parse_html, segment_html
from cleanread.votes import classify_html_blocks

PROSE = "The valley's river otters returned this spring after twenty years away from the water."
SPECS = "Battery life is twelve hours and the charger fills it in under two hours of waiting."
ENDING = "Volunteers will count the otters again next year along the same stretch of river."


def dom_block(
    text: str, label: str = model.BODY, container: str = "", link_density: float = 0.0, word_class: str = "good"
) -> Block:
    """A DOM block as our scorer leaves it: labelled, with the container names from the page and the class
    its own words give it (a paragraph is "good", a short sentence "neargood")."""
    features = {"container": container, "link_density": link_density, "class": word_class}
    return Block(text=text, label=label, score=5.0, features=features)


def main_block(text: str) -> Block:
    return Block(text=text, label=model.BODY, score=1.0, reasons=["main content per trafilatura"])


def decide(dom_blocks, second_opinion: str, *, comments: bool = False) -> list[Block]:
    main = [main_block(PROSE), main_block(ENDING)]
    return classify_html_blocks(dom_blocks, main, "trafilatura", second_opinion, comments=comments)


def test_a_block_both_other_votes_keep_returns_in_page_order():
    blocks = decide([dom_block(PROSE), dom_block(SPECS), dom_block(ENDING)], f"{PROSE}\n{SPECS}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]
    returned = blocks[1]
    assert "kept by cleanread's scorer and by resiliparse; trafilatura left it out" in returned.reasons


def test_after_the_main_content_only_a_paragraph_comes_back_on_two_votes():
    paragraph = "The survey team will publish its count of the otters, den by den, in the valley's autumn report."
    teaser, heading = "Beavers are back in the northern lakes.", "More stories from the valley"
    page = [dom_block(PROSE), dom_block(ENDING), dom_block(paragraph),
            dom_block(heading, label=model.HEADING, word_class="short"), dom_block(teaser, word_class="neargood")]
    blocks = decide(page, " ".join(block.text for block in page))
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING, paragraph]
    for text in (heading, teaser):
        left_out = next(block for block in blocks if block.text == text)
        assert any("where only a paragraph comes back" in reason for reason in left_out.reasons)


def test_one_vote_against_trafilatura_is_not_enough():
    blocks = decide([dom_block(PROSE), dom_block(SPECS), dom_block(ENDING)], f"{PROSE}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING]
    dropped = next(block for block in blocks if block.text == SPECS)
    assert dropped.label == model.BOILERPLATE and dropped.score < 0
    assert any("resiliparse left it out" in reason for reason in dropped.reasons)

    blocks = decide([dom_block(PROSE), dom_block(SPECS, label=model.RELATED), dom_block(ENDING)], SPECS)
    dropped = next(block for block in blocks if block.text == SPECS)
    assert dropped.label == model.RELATED and not dropped.kept


def test_inside_the_main_content_our_scorer_alone_decides_when_resiliparse_found_next_to_nothing():
    after = "The survey team will publish its count of the otters, den by den, in the valley's autumn report."
    page = [dom_block(PROSE), dom_block(SPECS), dom_block(ENDING), dom_block(after)]
    blocks = decide(page, "Subscribe")
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]
    assert "resiliparse found next to nothing to vote on" in blocks[1].reasons[-1]
    assert not blocks[3].kept  # past the main content, one opinion is still not enough


def test_a_heading_resiliparse_keeps_inside_the_main_content_returns_when_our_scorer_found_it_only_short():
    heading = "Battery and charging"

    def page(label: str = model.BOILERPLATE, tag: str = "h3") -> list[Block]:
        short = dom_block(heading, label=label, word_class="short")
        short.features["tag"] = tag
        return [dom_block(PROSE), short, dom_block(ENDING)]

    second = f"{PROSE}\n{heading}\n{ENDING}"
    blocks = decide(page(), second)
    assert [block.text for block in blocks if block.kept] == [PROSE, heading, ENDING]
    assert blocks[1].label == model.HEADING and "kept by resiliparse" in blocks[1].reasons[-1]
    assert not decide(page(), f"{PROSE}\n{ENDING}")[1].kept  # resiliparse left it out too
    assert not decide(page(label=model.NAV), second)[1].kept  # our scorer read it as a menu
    assert not decide(page(tag="li"), second)[1].kept  # list items and cells are not bridged
    after = decide([dom_block(PROSE), dom_block(ENDING), *page()[1:2]], second)
    assert not after[2].kept  # past the main content


def test_a_paragraph_of_prose_inside_the_main_content_returns_on_our_scorer_alone():
    def page(tag: str = "p", word_class: str = "good") -> list[Block]:
        specs = dom_block(SPECS, word_class=word_class)
        specs.features["tag"] = tag
        return [dom_block(PROSE), specs, dom_block(ENDING)]

    second = f"{PROSE}\n{ENDING}"  # resiliparse read the page but left this paragraph out
    blocks = decide(page(), second)
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]
    assert "a paragraph of prose inside the main content" in blocks[1].reasons[-1]
    assert not decide(page(tag="div"), second)[1].kept  # only a <p>
    assert not decide(page(word_class="neargood"), second)[1].kept  # a short sentence needs a second vote
    after = decide([dom_block(PROSE), dom_block(ENDING), page()[1]], second)
    assert not after[2].kept  # past the main content, one opinion is not enough


def test_a_heading_or_list_item_only_our_scorer_keeps_returns_between_two_kept_parts_of_the_content():
    def ours_only(text: str, tag: str = "h3") -> Block:  # our scorer keeps it, short as it is
        block = dom_block(text, label=model.LIST_ITEM if tag == "li" else model.HEADING, word_class="short")
        block.features["tag"] = tag
        return block

    question, follow_up = "How many otters are there?", "Where do they den?"
    second = f"{PROSE}\n{ENDING}"  # resiliparse read the article but left the headings out
    blocks = decide([dom_block(PROSE), ours_only(question), ours_only(follow_up, "h4"), dom_block(ENDING)], second)
    assert [block.text for block in blocks if block.kept] == [PROSE, question, follow_up, ENDING]
    assert blocks[1].label == model.HEADING and "between two kept parts" in blocks[1].reasons[-1]
    assert not decide([dom_block(PROSE), ours_only(question, "div"), dom_block(ENDING)], second)[1].kept  # not a heading
    items = [ours_only("Twelve adult otters", "li"), ours_only("Four cubs born in May", "li")]  # a list inside the content
    kept = [block.text for block in decide([dom_block(PROSE), *items, dom_block(ENDING)], second) if block.kept]
    assert kept == [PROSE, items[0].text, items[1].text, ENDING]
    stray = dom_block(SPECS, word_class="neargood")  # a short sentence only our scorer keeps: it stays out
    blocks = decide([dom_block(PROSE), ours_only(question), stray, dom_block(ENDING)], second)
    assert not blocks[1].kept  # what follows the heading is out, so it heads nothing that is kept


def decide_with_feed(summaries: list[str], *, beat: int) -> list[Block]:
    """An article, then paragraphs every `beat` blocks, each between a linked title and a date, all of which
    our scorer and resiliparse keep."""
    article = [PROSE, SPECS, ENDING]
    page = [dom_block(text) for text in article]
    for number, summary in enumerate(summaries):
        title = dom_block(f"Story number {number} from the valley", label=model.NAV, link_density=1.0)
        filler = [dom_block(f"March {number + 1}, 2026", label=model.BOILERPLATE)] * (beat - 2)
        page += [title, dom_block(summary), *filler] if beat > 1 else [dom_block(summary)]
    second = " ".join(block.text for block in page)
    return classify_html_blocks(page, [main_block(text) for text in article], "trafilatura", second)


def test_paragraphs_back_past_the_content_at_a_steady_beat_are_a_feed_of_teasers():
    summaries = ["Beavers are back in the northern lakes this year.", "A heron colony nests by the old mill again.",
                 "Trout numbers doubled after the weir came down."]
    blocks = decide_with_feed(summaries, beat=3)
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]
    teaser = next(block for block in blocks if block.text == summaries[0])
    assert teaser.label == model.RELATED and "a feed of teaser cards" in teaser.reasons[-1]
    kept = [block.text for block in decide_with_feed(summaries, beat=1) if block.kept]
    assert kept == [PROSE, SPECS, ENDING, *summaries]  # paragraph after paragraph: the article going on
    longer = [f"{summary} {PROSE}" for summary in summaries]  # the feed outweighs the main content: a listing
    assert all(text in [block.text for block in decide_with_feed(longer, beat=3) if block.kept] for text in longer)


def test_comment_boxes_return_only_when_comments_are_asked_for():
    page = [dom_block(PROSE), dom_block(SPECS, container="post comment-list"), dom_block(ENDING)]
    second = f"{PROSE} {SPECS} {ENDING}"
    dropped = next(block for block in decide(page, second) if block.text == SPECS)
    assert not dropped.kept and "inside a 'comment' box" in dropped.reasons
    page = [dom_block(PROSE), dom_block(SPECS, container="post comment-list"), dom_block(ENDING)]
    assert SPECS in [block.text for block in decide(page, second, comments=True) if block.kept]


def test_consent_banners_never_return():
    page = [dom_block(PROSE), dom_block(SPECS, container="div cookie-banner p"), dom_block(ENDING)]
    kept = [block.text for block in decide(page, f"{PROSE} {SPECS} {ENDING}", comments=True) if block.kept]
    assert SPECS not in kept


def test_a_left_out_menu_is_labelled_nav_by_its_links():
    blocks = decide([dom_block("Home News Sport", label=model.UNCLASSIFIED, link_density=1.0), dom_block(PROSE)], "")
    assert blocks[0].label == model.NAV and "link density 1.00" in blocks[0].reasons


def test_dom_blocks_carry_the_class_and_id_names_of_their_boxes():
    tree = lxml_html.fromstring(
        '<html><body><div id="Main"><section class="Reviews list"><p>Great <a href="#">kettle</a>.</p>'
        "</section></div><ul class='menu'><li>Home</li></ul></body></html>"
    )
    paragraph, item = segment_html(tree)
    assert paragraph.features["container"].split() == ["html", "body", "div", "main", "section", "reviews", "list", "p"]
    assert paragraph.features["link_density"] > 0 and paragraph.features["bullet"] is None
    assert item.features["container"].split() == ["html", "body", "ul", "menu", "li"]
    assert item.features["bullet"] == "•"


def test_an_inline_element_around_blocks_leaves_their_text_to_them():
    """A custom element around the article, a link around a card: their blocks are read once, each on its own,
    and a stylesheet or a script inside an inline element is not read as text."""
    tree = lxml_html.fromstring(
        "<html><body><main><site-content><article><style>:root { --radius: 24px; }</style>"
        f"<p>{PROSE}</p><p>{ENDING}</p></article></site-content></main>"
        '<div>More: <a href="/card"><div><h3>Storm closes the coast road</h3></div></a> today</div>'
        "<p>Read <span>the <script>track('story')</script>whole story</span> here.</p></body></html>"
    )
    texts = [block.text for block in segment_html(tree)]
    assert texts == [PROSE, ENDING, "More: today", "Storm closes the coast road", "Read the whole story here."]


def test_nothing_returns_above_the_main_content_or_twice():
    standfirst = "A short standfirst that sums the story up in one sentence for the reader."
    page = [dom_block(standfirst), dom_block(PROSE), dom_block(SPECS), dom_block(SPECS), dom_block(ENDING)]
    blocks = decide(page, f"{standfirst} {PROSE} {SPECS} {ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]
    assert any("above the main content" in reason for reason in blocks[0].reasons)
    assert any("repeats a block already kept" in reason for reason in blocks[3].reasons)


def test_what_both_votes_keep_above_a_late_start_returns():
    """trafilatura chose only the last entries of a page: above them, our scorer and resiliparse keep more than it
    did. Those blocks come back; the element wrapping the content and a block our scorer alone keeps do not."""
    entries = ["The harbour ferry now runs every half hour between the old town and the island beaches.",
               "The mountain railway reopened its upper section after the long repairs to the viaduct."]
    wrapper, alone = f"Otters in the valley {PROSE} {ENDING}", "A line only our scorer keeps, about a ticket office on the quay."
    page = [*(dom_block(entry) for entry in entries), dom_block(alone), dom_block(wrapper), dom_block(PROSE),
            dom_block(ENDING)]
    blocks = decide(page, " ".join([*entries, wrapper]))
    assert [block.text for block in blocks if block.kept] == [*entries, PROSE, ENDING]
    assert "above where trafilatura began; what the two keep there outweighs its choice" in blocks[0].reasons[-1]
    reasons = {block.text: " ".join(block.reasons) for block in blocks}
    assert "kept by cleanread's scorer only" in reasons[alone] and "above the main content" in reasons[wrapper]


STORY_CARDS = ["Storm closes the coast road for a week", "Library opens its new reading room"]


def decide_with_tail(tail: list[str], second_opinion: str, *, tail_label: str = model.RELATED) -> list[Block]:
    """trafilatura read on past the article into `tail`; our scorer kept the article and labelled the tail."""
    dom_blocks = [dom_block(PROSE), dom_block(ENDING), *(dom_block(text, label=tail_label) for text in tail)]
    main = [main_block(text) for text in (PROSE, ENDING, *tail)]
    return classify_html_blocks(dom_blocks, main, "trafilatura", second_opinion)


def test_what_trafilatura_alone_keeps_after_the_agreed_content_goes():
    blocks = decide_with_tail(STORY_CARDS, f"{PROSE}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING]
    for card in (block for block in blocks if block.text in STORY_CARDS):
        assert card.label == model.RELATED and card.score < 0
        assert "kept by trafilatura alone, left out by cleanread's scorer and resiliparse" in card.reasons[-1]


def test_a_trailing_block_with_a_second_vote_stays():
    blocks = decide_with_tail(STORY_CARDS, f"{PROSE}\n{ENDING}\n{STORY_CARDS[1]}")
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING, STORY_CARDS[1]]
    blocks = decide_with_tail(STORY_CARDS, f"{PROSE}\n{ENDING}", tail_label=model.BODY)
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING, *STORY_CARDS]


def test_a_long_trailing_run_only_trafilatura_keeps_stays():
    """A list as long as the content before it is more often the page's own (an index) than furniture."""
    index = [f"{language} programming language, first released in {1960 + number}" for number, language in
             enumerate(["ALGOL", "Simula", "Pascal", "Smalltalk", "Prolog", "Modula", "Ada", "Eiffel"])]
    blocks = decide_with_tail(index, f"{PROSE}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING, *index]


def test_nothing_goes_before_the_last_block_all_three_keep():
    dom_blocks = [dom_block(PROSE), dom_block(SPECS, label=model.RELATED), dom_block(ENDING)]
    main = [main_block(PROSE), main_block(SPECS), main_block(ENDING)]
    blocks = classify_html_blocks(dom_blocks, main, "trafilatura", f"{PROSE}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, SPECS, ENDING]


def test_a_block_trafilatura_merged_keeps_the_vote_of_a_part_our_scorer_kept():
    battery, charger = "Battery life is twelve hours.", "Charger sold separately."
    merged = f"{battery} {charger}"
    dom_blocks = [dom_block(PROSE), dom_block(ENDING), dom_block(battery), dom_block(charger, label=model.NAV)]
    main = [main_block(PROSE), main_block(ENDING), main_block(merged)]
    blocks = classify_html_blocks(dom_blocks, main, "trafilatura", f"{PROSE}\n{ENDING}")
    assert merged in [block.text for block in blocks if block.kept]


def test_a_dom_block_trafilatura_kept_with_words_run_together_is_not_kept_twice():
    """trafilatura joins the lines of a post without a space where the page had a line break."""
    in_page = "The library was written at Google By default it runs every step on the processor."
    in_main = "The library was written at GoogleBy default it runs every step on the processor."
    dom_blocks = [dom_block(PROSE), dom_block(in_page), dom_block(ENDING)]
    main = [main_block(PROSE), main_block(in_main), main_block(ENDING)]
    blocks = classify_html_blocks(dom_blocks, main, "trafilatura", f"{PROSE}\n{in_page}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, in_main, ENDING]


def test_what_trafilatura_alone_keeps_before_the_agreed_content_goes():
    links = ["Chapter one: getting started", "Chapter two: the basics"]
    dom_blocks = [*(dom_block(text, label=model.NAV) for text in links), dom_block(PROSE), dom_block(ENDING)]
    main = [main_block(text) for text in (*links, PROSE, ENDING)]
    blocks = classify_html_blocks(dom_blocks, main, "trafilatura", f"{PROSE}\n{ENDING}")
    assert [block.text for block in blocks if block.kept] == [PROSE, ENDING]
    assert all(block.label == model.NAV and block.reasons[-1].startswith("before the content all three keep")
               for block in blocks if block.text in links)


def test_the_second_opinion_reads_the_article_a_header_left_open_swallowed():
    """An unclosed <div> in the menu: libxml2 nests the rest of the page inside <header>, where resiliparse would
    find no main content in our tree; a browser, and lexbor reading the page's own markup, close it with </nav>."""
    paragraphs = [PROSE, SPECS, ENDING]
    page = ("<html><head><title>Otters</title></head><body><header><nav><div class='menu'><a href='/'>Home</a> "
            "<a href='/news'>News</a></nav></header><main><article><h1>Otters return</h1>"
            + "".join(f"<p>{text}</p>" for text in paragraphs) + "</article></main></body></html>")
    tree = parse_html(page)
    assert tree.xpath("//p/ancestor::header")  # the tree libxml2 builds
    opinion = resiliparse_text(tree, html_markup(page))
    assert all(text in opinion for text in paragraphs) and "News" not in opinion


APP_SHELL = "You need to enable JavaScript to run this app."


def shell_blocks() -> list[Block]:
    """An app shell's DOM as our scorer leaves it: a menu link and a notice, neither of them a run of prose."""
    return [Block(text="Express", label=model.NAV, score=-4.0, features={"link_density": 1.0, "class": "bad"}),
            Block(text=APP_SHELL, label=model.BOILERPLATE, score=-1.5, features={"class": "short"})]


def test_a_page_no_opinion_finds_an_article_on_gives_no_text():
    blocks = classify_html_blocks(shell_blocks(), [main_block(f"Express {APP_SHELL}")], "trafilatura", "")
    assert not [block for block in blocks if block.kept]
    assert any("no article on the page" in reason for block in blocks for reason in block.reasons)


def test_a_paragraph_of_header_words_resiliparse_finds_nothing_beside_outvotes_our_scorer():
    """A listing its scripts fill in: trafilatura keeps a paragraph from the header, resiliparse finds no main content,
    and our scorer's best run is a line it reads as prose. Two opinions against one: no text."""
    with_prose = [*shell_blocks(), dom_block(PROSE)]
    main = [main_block(f"Express {APP_SHELL} {PROSE} {SPECS}")]
    blocks = classify_html_blocks(with_prose, main, "trafilatura", "")
    assert not [block for block in blocks if block.kept]
    assert any("resiliparse no main content at all" in reason for block in blocks for reason in block.reasons)


def test_a_short_main_content_another_opinion_backs_stays():
    main = [main_block(f"Express {APP_SHELL}")]
    assert [b for b in classify_html_blocks(shell_blocks(), main, "trafilatura", APP_SHELL) if b.kept]
    long_main = [main_block(" ".join([PROSE, SPECS, ENDING] * 3))]  # three paragraphs' worth
    assert [b for b in classify_html_blocks(shell_blocks(), long_main, "trafilatura", "") if b.kept]
