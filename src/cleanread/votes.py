"""HTML: decide each DOM block by votes.

trafilatura's choice (or readability's, when trafilatura found too little) stands. A block it left out comes back
when two independent opinions keep it: cleanread's own block scorer (the same density-and-position model as for text
dumps, run on the DOM's blocks) and resiliparse's main-content extraction (or our scorer alone, inside the main
content, when resiliparse found next to nothing of what our scorer keeps or for a paragraph it reads as prose, or
resiliparse alone for a heading or paragraph our scorer found merely short or repeated, or our scorer alone for a
heading or list item between two kept parts), and only once the main content has begun (past its end, only a
paragraph, and not the summaries of a feed of teaser cards: the lines there are teasers and their headings; above
its start, only when what the two keep there outweighs its choice: it began late, in the middle of a listing or a
service page). Blocks inside boxes that pages name as consent banners, sign-up forms, author bios, captions or
galleries stay out, and comments and reviews unless comments were asked for; a block already kept is not kept twice.
The same two votes overrule it at the ends of what it chose: outside the blocks all three keep, what it alone keeps
is the related stories or sign-up box it read on into, or the links above.
A page that shows no article without scripts (an app shell, a listing its scripts fill in: the main extractor kept
under a paragraph's worth of header words, resiliparse nothing at all) gives no text, whatever our scorer kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import model
from .article_runs import card_beats
from .model import Block
from .score import block_key, normalized

NAV_LINK_DENSITY = 0.5  # mostly link text: a menu, not a paragraph
_ASIDE_BOX = re.compile(r"comment|review|rating")  # what readers wrote: kept only with --comments
# notices over the page and boxes around the article (sign-up forms, author bios), never its text
_OVERLAY_BOX = re.compile(r"cookie|consent|gdpr|modal|popup|signup|newsletter|subscribe|bio\b|author")
_CAPTION_BOX = re.compile(r"caption|credit|gallery|figure")  # what trafilatura leaves out on purpose, as we do
# outside the content all three opinions keep, what trafilatura alone keeps goes when it weighs less than this share
# of the content on the other side; a longer run is more often a list only trafilatura reads right (WCXB and
# ScrapingHub sweep of 0.3, 0.5, 0.8)
EXTRAS_MAX_SHARE = 0.5
# a main content this short, where resiliparse finds no main content at all, is words from the page's header and
# menus, not an article. On WCXB, of the 37 pages resiliparse finds nothing on, the eight whose main content holds
# 30 to 457 characters all have an empty gold text, the next (691 characters) a product's 308 words. At 500 and
# without our scorer's veto: +0.0027 (four pages, none down; with the veto, 250 as before or 500: +0.0007 at best);
# ScrapingHub has no such page
NO_ARTICLE_CHARS = 500
PIECE_MIN_CHARS = 20  # a DOM block this long inside a block trafilatura merged from several carries its vote
# above the main content, what our scorer and resiliparse both keep comes back when it weighs this share of the main
# content or more (WCXB sweep of 0.5, 0.7, 1, 2: +0.0016, +0.0019, +0.0014, +0.0004; ScrapingHub unchanged)
LATE_START_SHARE = 0.7
LATE_START = "above a late start"
_LATE_START_NOTE = ", above where {} began; what the two keep there outweighs its choice"
# resiliparse's text shorter than this share of what our scorer keeps missed the content: its silence is no vote
# against a block inside the main content (WCXB sweep of 0.05, 0.1, 0.2, 0.3, 0.4, 0.5: +0.0012, +0.0015, +0.0024,
# +0.0034, +0.0034, +0.0037, with more pages down past 0.3; ScrapingHub unchanged)
SILENT_SECOND_SHARE = 0.3
# inside the main content a <p> our scorer reads as prose ("good") needs no second vote: trafilatura's choice around it
# is one (WCXB +0.0015, ScrapingHub +0.0002; with short sentences too +0.0018 and +0.0000, with any tag +0.0009)
PROSE_PARAGRAPH = ("p", "good")  # tag, and the class our scorer gives its words
# inside the main content, a heading or paragraph resiliparse keeps comes back when our scorer's case against it is only
# the generic one (short, repeated, outside its densest run), not a menu, a related list or a footer: trafilatura's
# choice around it and resiliparse make two opinions (WCXB +0.0019: headings +0.0009, paragraphs +0.0011; list items,
# table cells and divs measured −0.0005 and +0.0010 with ScrapingHub −0.0013 and −0.0020)
BRIDGED_TAGS = {"p": model.BODY, "h2": model.HEADING, "h3": model.HEADING, "h4": model.HEADING}
# inside the main content, a heading or list item only our scorer keeps returns when the nearest blocks around it
# (other such blocks aside) are kept: it heads a part of the content (an FAQ's questions between their answers) or
# lists within it (WCXB: headings +0.0005, list items +0.0006; ScrapingHub +0.0006, ±0.0000; paragraphs too
# +0.0001 with ScrapingHub −0.0002, table and definition cells −0.0001, every tag without the "other such blocks
# aside" ±0.0000)
BETWEEN_KEPT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "summary", "li"})
# past the main content, paragraphs that came back every TEASER_BEAT blocks or more (title, summary, date) and no more
# irregularly than twice that, three of them or more (article_runs.card_beats), are a feed of teaser cards (WCXB
# +0.0003, none down; a beat of two measured −0.0004: an article's headings and paragraphs alternate so)
TEASER_BEAT = 3


def classify_html_blocks(
    dom_blocks: list[Block], main_blocks: list[Block], extractor: str, second_opinion: str, *, comments: bool = False
) -> list[Block]:
    """The main content in page order, with the blocks the votes bring back, every other DOM block
    labelled and explained. `dom_blocks` carry our scorer's labels; `second_opinion` is resiliparse's text."""
    no_article = _no_article(main_blocks, second_opinion)
    main_keys = [block_key(block) for block in main_blocks]
    main_set, main_letters = set(main_keys), "".join(main_keys).replace(" ", "")
    second = f" {normalized(second_opinion)} "
    dom_keys = [block_key(block) for block in dom_blocks]
    others = _OtherOpinions(  # our scorer's labels are read before any vote changes them
        ours={key for block, key in zip(dom_blocks, dom_keys) if block.kept},
        scored={key: block.label for block, key in zip(dom_blocks, dom_keys)},
        second=second,
    )
    started_late = _started_late(dom_blocks, dom_keys, main_keys, main_set, second, comments)
    ours_chars = sum(len(block.text) for block in dom_blocks if block.kept)
    second_silent = len(second_opinion) < SILENT_SECOND_SHARE * ours_chars
    blocks: list[Block] = []
    emitted, returned = 0, set()
    ours_alone: dict[int, tuple[str, float]] = {}  # index: our scorer's label and score, for a block it alone keeps
    returned_after: list[int] = []
    for block, key in zip(dom_blocks, dom_keys):
        if key in main_set:
            position = _find(main_keys, key, emitted)
            if position is not None:
                blocks.extend(main_blocks[emitted : position + 1])
                emitted = position + 1
            continue
        if len(key) >= 30 and key.replace(" ", "") in main_letters:  # "by Google By default", "by GoogleBy default"
            continue
        where = "before" if emitted == 0 else "after" if emitted == len(main_blocks) else "inside"
        if where == "before" and started_late and not _wraps(key, main_keys):
            where = LATE_START
        seconded = _seconded(key, second)
        box = _box(block.features.get("container", ""), comments) if block.kept else None  # only a kept block's matters
        verdict = (block.label, block.score) if _kept_by_ours_alone(block, seconded, box) else None
        _decide_left_out(block, box, extractor, seconded, comments, where=where, repeated=key in returned,
                         second_silent=second_silent)
        if block.kept:
            returned.add(key)
            if where == "after":
                returned_after.append(len(blocks))
        elif verdict and where == "inside" and key not in returned:
            ours_alone[len(blocks)] = verdict
        blocks.append(block)
    blocks.extend(main_blocks[emitted:])
    _vote_down_extras_at_the_ends(main_blocks, main_keys, others, extractor)
    _vote_down_teaser_feed(blocks, returned_after, main_keys)
    _return_between_kept(blocks, ours_alone, extractor)
    if no_article:
        _drop_all(blocks, f"no article on the page: {extractor} found under {NO_ARTICLE_CHARS} characters and "
                          "resiliparse no main content at all")
    return blocks


def _no_article(main_blocks: list[Block], second_opinion: str) -> bool:
    """A page that shows no article to a reader without scripts (a shop's app shell, a listing its scripts fill in):
    the main extractor kept a paragraph's worth of header and menu words, and resiliparse found nothing at all. The
    two outvote our scorer, which keeps the menu lines of such a page as the best it has."""
    return sum(len(block.text) for block in main_blocks) < NO_ARTICLE_CHARS and not second_opinion.strip()


def _started_late(
    dom_blocks: list[Block], dom_keys: list[str], main_keys: list[str], main_set: set[str], second: str, comments: bool
) -> bool:
    """Above the main extractor's first block, the blocks our scorer and resiliparse both keep weigh
    LATE_START_SHARE of its choice or more: it read only the last part of a listing or a service page."""
    weight = 0
    for block, key in zip(dom_blocks, dom_keys):
        if key in main_set:
            break
        if block.kept and _seconded(key, second) and not _wraps(key, main_keys) and not _box(
            block.features.get("container", ""), comments
        ):
            weight += _word_count(key)
    return weight > 0 and weight >= LATE_START_SHARE * sum(map(_word_count, main_keys))


def _wraps(key: str, main_keys: list[str]) -> bool:
    """A block holding the main content's first block: the element around the content, not more of it."""
    return bool(main_keys and main_keys[0]) and main_keys[0] in key


def _drop_all(blocks: list[Block], reason: str) -> None:
    for block in blocks:
        if block.kept:
            block.label = _dropped_label(block.label)
            block.score = min(block.score, -1.0)
            block.reasons.append(reason)


@dataclass
class _OtherOpinions:
    """What cleanread's scorer and resiliparse say of a main-content block, asked by its normalized text."""

    ours: set[str]  # the DOM blocks our scorer kept
    scored: dict[str, str]  # every DOM block, with our scorer's label
    second: str  # resiliparse's text, normalized and padded with spaces

    def keep(self, key: str) -> bool:
        """Does either keep it? A block trafilatura merged from several DOM blocks has our scorer's vote
        when it holds one our scorer kept."""
        if key in self.ours or _seconded(key, self.second):
            return True
        return key not in self.scored and any(piece in key for piece in self._pieces)

    @cached_property
    def _pieces(self) -> list[str]:
        return [key for key in self.ours if len(key) >= PIECE_MIN_CHARS]


def _vote_down_extras_at_the_ends(
    main_blocks: list[Block], main_keys: list[str], others: _OtherOpinions, extractor: str
) -> None:
    """trafilatura often reads on past the article into the stories or the sign-up box under it, and
    sometimes starts in the links above it. Outside the blocks all three opinions keep, a block neither
    cleanread's scorer nor resiliparse keeps is out, two votes to one, unless all such blocks on that side
    together weigh EXTRAS_MAX_SHARE of the content on the other side or more."""
    ours = [i for i in range(len(main_keys)) if main_keys[i] in others.ours]  # a set lookup before the text search
    first = next((i for i in ours if _seconded(main_keys[i], others.second)), None)
    if first is None:
        return
    last = next(i for i in reversed(ours) if _seconded(main_keys[i], others.second))
    sides = (("after", range(last + 1, len(main_keys)), main_keys[: last + 1]),
             ("before", range(first - 1, -1, -1), main_keys[first:]))
    for side, outside, inside in sides:
        for index in _extras(outside, main_keys, others, EXTRAS_MAX_SHARE * sum(map(_word_count, inside))):
            block = main_blocks[index]
            block.label = _dropped_label(others.scored.get(main_keys[index], model.BOILERPLATE))
            block.score = min(block.score, -1.0)
            block.reasons.append(
                f"{side} the content all three keep; kept by {extractor} alone, "
                "left out by cleanread's scorer and resiliparse"
            )


def _extras(outside: range, main_keys: list[str], others: _OtherOpinions, limit: float) -> list[int]:
    """The blocks in `outside` no other opinion keeps; none when together they reach `limit` words."""
    extras, weight = [], 0
    for index in outside:
        if not others.keep(main_keys[index]):
            weight += _word_count(main_keys[index])
            if weight >= limit:
                return []
            extras.append(index)
    return extras


def _word_count(key: str) -> int:
    return key.count(" ") + 1 if key else 0


def _seconded(key: str, second: str) -> bool:
    return bool(key) and f" {key} " in second


def _find(keys: list[str], key: str, start: int) -> int | None:
    return next((index for index in range(start, len(keys)) if keys[index] == key), None)


def _kept_by_ours_alone(block: Block, seconded: bool, box: re.Match | None) -> bool:
    """A heading or list item our scorer keeps and resiliparse does not, outside any named box."""
    return block.kept and block.features.get("tag") in BETWEEN_KEPT_TAGS and not seconded and box is None


def _return_between_kept(blocks: list[Block], ours_alone: dict[int, tuple[str, float]], extractor: str) -> None:
    """A heading or list item only our scorer kept comes back, with its label and score, when the blocks just
    around its run of such blocks are kept: nothing but the count of votes parts it from the content."""
    runs: list[list[int]] = []
    for index in ours_alone:  # in page order
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        before, after = run[0] - 1, run[-1] + 1
        if before < 0 or after >= len(blocks) or not (blocks[before].kept and blocks[after].kept):
            continue
        for index in run:
            block = blocks[index]
            block.label, block.score = ours_alone[index]
            block.reasons.append(f"between two kept parts of the main content (a heading, a list), kept by cleanread's "
                                 f"scorer; {extractor} and resiliparse left it out")


def _vote_down_teaser_feed(blocks: list[Block], returned_after: list[int], main_keys: list[str]) -> None:
    """Paragraphs brought back past the main content at a steady beat of TEASER_BEAT blocks or more are the
    summaries of a feed of teaser cards (title, summary, date) under the article, when they weigh less than it: a
    feed that outweighs what the main extractor chose is more likely the page's content, a listing."""
    beats = card_beats(returned_after)
    if beats is None or beats[0] < TEASER_BEAT:
        return
    if sum(_word_count(block_key(blocks[index])) for index in returned_after) >= sum(map(_word_count, main_keys)):
        return
    for index in returned_after:
        block = blocks[index]
        block.label, block.score = model.RELATED, min(block.score, -1.0)
        block.reasons.append(f"one of {len(returned_after)} summaries every {beats[0]}-{beats[1]} blocks past the "
                             "main content: a feed of teaser cards")


def _decide_left_out(
    block: Block, box: re.Match | None, extractor: str, seconded: bool, comments: bool, *, where: str, repeated: bool,
    second_silent: bool,
) -> None:
    """A block the main extractor left out: back in on two votes, else labelled by why it is out.

    Only once the main content has begun: above it sit headline, standfirst and byline, which
    the metadata carries and the main extractor leaves out on purpose. Past its last block, only a
    paragraph: the main extractor stopped there, and the short lines after it are teasers and their headings.
    `where` is the block's place: "before", "inside" or "after" the main content, or "above a late start"
    (before it, on a page where the main extractor began late). Inside the main content our scorer's vote is
    enough for a paragraph of prose, and for any block when resiliparse found next to nothing (`second_silent`);
    `seconded` says whether resiliparse keeps it, `box` names the box a kept block sits in."""
    why_back = None if repeated else _why_back(block, box, extractor, where, seconded, second_silent, comments)
    if why_back:
        block.reasons.append(why_back)
        if not block.kept:  # bridged: our scorer's verdict gives way
            block.label = BRIDGED_TAGS[block.features["tag"]]
        return
    block.reasons.append(_why_out(block.kept, box, extractor, seconded=seconded, where=where, repeated=repeated))
    link_density = block.features.get("link_density", 0.0)
    if link_density >= NAV_LINK_DENSITY:
        block.reasons.append(f"link density {link_density:.2f}")
    block.label = model.NAV if link_density >= NAV_LINK_DENSITY else _dropped_label(block.label)
    block.score = min(block.score, -1.0)


def _bridged(block: Block, comments: bool) -> bool:
    """A heading or paragraph our scorer left out on its generic verdict alone, outside any named box."""
    return (not block.kept and block.label == model.BOILERPLATE and block.features.get("tag") in BRIDGED_TAGS
            and block.features.get("link_density", 0.0) < NAV_LINK_DENSITY
            and _box(block.features.get("container", ""), comments) is None)


def _box(container: str, comments: bool) -> re.Match | None:
    named = _OVERLAY_BOX.search(container) or _CAPTION_BOX.search(container)
    return named or (None if comments else _ASIDE_BOX.search(container))


def _why_back(
    block: Block, box: re.Match | None, extractor: str, where: str, seconded: bool, second_silent: bool,
    comments: bool,
) -> str | None:
    """Why a block the main extractor left out comes back, or None: two votes where it stands, or inside the main
    content one vote (our scorer's for prose or when resiliparse is silent; resiliparse's for a bridged block)."""
    if not block.kept:
        if seconded and where == "inside" and _bridged(block, comments):
            return ("inside the main content and kept by resiliparse; cleanread's scorer left it out only as short, "
                    f"repeated or out of place, not as a menu or links; {extractor} left it out")
        return None
    if box is not None:
        return None
    if seconded and (where in ("inside", LATE_START) or (where == "after" and block.features.get("class") == "good")):
        return f"kept by cleanread's scorer and by resiliparse; {extractor} left it out" + (
            _LATE_START_NOTE.format(extractor) if where == LATE_START else "")
    if seconded or where != "inside":
        return None
    if second_silent:
        return (f"kept by cleanread's scorer inside the main content, where resiliparse found next to nothing "
                f"to vote on; {extractor} left it out")
    if (block.features.get("tag"), block.features.get("class")) == PROSE_PARAGRAPH:
        return f"a paragraph of prose inside the main content, kept by cleanread's scorer; {extractor} left it out"
    return None


def _why_out(kept: bool, box: re.Match | None, extractor: str, *, seconded: bool, where: str, repeated: bool) -> str:
    if not kept:
        return f"left out by {extractor}" + ("" if seconded else " and resiliparse")
    if repeated:
        return "repeats a block already kept (a gallery or mobile copy)"
    if where == "before":
        return f"above the main content {extractor} chose (headline, standfirst, byline)"
    if box:
        return f"inside a '{box.group()}' box"
    if where == "after" and seconded:
        return f"after the main content {extractor} chose, where only a paragraph comes back (a teaser, a heading)"
    return f"kept by cleanread's scorer only; {extractor} and resiliparse left it out"


def _dropped_label(label: str) -> str:
    return model.BOILERPLATE if label in model.KEPT_LABELS or label == model.UNCLASSIFIED else label
