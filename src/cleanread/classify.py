"""Turn block scores into labels, revising each verdict by the block's neighbours.

Web text: the article is the densest run of prose (article_runs finds it);
inside it, short blocks become headings, list items or bylines when their neighbours say so.
Outside it, each block is labelled by the zone it sits in (navigation, related, comments, footer).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import Any

from . import model
from .article_edges import BYLINE, drop_second_copies, drop_standfirst
from .article_runs import article_spans, has_boilerplate_evidence, is_prose
from .captions import photo_caption
from .catalogue_lines import among_filter_options, numbered_picture
from .model import Block
from .score import GOOD_MIN_WORDS, bad_only_for_repeating, says_furniture
from .text_browsers import BUTTON_MARK, lines_one_under_another

HEADING_MAX_WORDS = 16
LIST_ITEM_MIN_WORDS = 3
SHORT_LIST_ITEM_MIN_WORDS = 2  # a one-word bullet inside the article is as often "Deals" or "Sources" (webtext dumps)
# a page whose prose is below this share of its words and this many words has no article: its short
# entries are the content (both picked on the webtext dumps, where they gain on every renderer)
SPARSE_PAGE_KEPT_SHARE = 0.2
SPARSE_PAGE_MAX_PROSE_WORDS = 75
CONTENTS_MAX_GAP = 4  # blocks between two entries of a table of contents (sub-entries, page numbers)
NUMBERED_LIST_MIN_ITEMS = 3
NUMBERED_ITEM_MAX_GAP = 4  # lines from one numbered item to the next (its link, picture name, price)
LIST_AFTER_MIN_ITEMS = 8  # fewer short lines after an article are a footer's or a share bar's
LIST_AFTER_MIN_WORDS = 3  # "About Us", "Contact": link text, not an entry
# "Headquarters: Wausau, WI", "Pricing: $0 (free) up to $1,495": one to three words, capitalised, then the value
_FIELD = re.compile(r"\s*[A-Z][\w&/'’-]*(?: [\w&/'’-]+){0,2}: \S")


def classify_web_blocks(blocks: list[Block]) -> list[Block]:
    """Label every block; the kept ones form the article."""
    spans = article_spans(blocks)
    if not spans:
        _keep_everything_plausible(blocks)
        return blocks
    wrapped = any("last_line" in block.features for block in blocks)  # lynx's dumps: rows under one another
    for first, last in spans:
        lists, contents = _content_lists(blocks, first, last), _listed_in_contents(blocks, first, last)
        rows = lines_one_under_another(blocks, first, last) if wrapped else frozenset()
        for index in range(last, first - 1, -1):  # from the end: a heading is known by what follows it
            _label_inside(blocks, index, first, last, lists, contents, rows)
        _keep_lists_inside(blocks, first, last)
    _label_outside(blocks[: spans[0][0]], zone_default=model.BOILERPLATE, where="before the article", follow_sections=False)
    for (_, previous_last), (next_first, _) in zip(spans, spans[1:]):
        _label_outside(blocks[previous_last + 1 : next_first], zone_default=model.BOILERPLATE, where="between article parts")
    _label_outside(blocks[spans[-1][1] + 1 :], zone_default=model.BOILERPLATE, where="after the article")
    _keep_list_after_article(blocks, spans[-1][1])
    _keep_numbered_list_introduced(blocks, spans[-1][1])
    _keep_entries_of_a_sparse_page(blocks)
    drop_second_copies(blocks)
    drop_standfirst(blocks)
    return blocks


def _keep_list_after_article(blocks: list[Block], last: int) -> None:
    """A long list straight after the article's last paragraph (a tour's dates, a catalogue's sections,
    a table's rows that lost their cells) is the article's too: at least LIST_AFTER_MIN_ITEMS lines in a
    row of a few words each, no bullets (those are menus), no words or repetition of furniture, and no
    section heading before or among them. A list of links built from one template is not."""
    run = []
    for block in blocks[last + 1 :]:
        if not _listed_line(block):
            break
        run.append(block)
    if len(run) < LIST_AFTER_MIN_ITEMS or _templated_or_doubled(run):
        return
    for block in run:
        block.label = model.LIST_ITEM
        block.reasons.append(f"one of {len(run)} lines listed straight after the article")


def _keep_lists_inside(blocks: list[Block], first: int, last: int) -> None:
    """A long list inside the article, of lines dropped one by one as short fragments (a schedule, a directory's
    addresses): as long and as plain as a list kept after the article (webtext wcxb-dev +0.0003 to +0.0008 a
    renderer; five lines measured -0.0002 to -0.0008 on scrapinghub)."""
    run: list[Block] = []
    echoes: list[Block] = []  # the first of two copies in a row, left out of the list
    index = first
    while index <= last + 1:
        block = blocks[index] if index <= last else None
        if block is not None and not block.kept:
            if index < last and _twins(block, blocks[index + 1]):  # lynx and w3m: a picture's alt text, then its link
                echoes.append(block)
                run.append(blocks[index + 1])
                index += 2
                continue
            if _listed_line(block):
                run.append(block)
                index += 1
                continue
        if len(run) >= LIST_AFTER_MIN_ITEMS and not _templated_or_doubled(run):
            for listed in run:
                listed.label = model.LIST_ITEM
                listed.reasons.append(f"one of {len(run)} lines listed in a row inside the article")
            for echo in echoes:
                echo.reasons.append("said again on the next line, which the list keeps (a picture's text, its link)")
        run, echoes = [], []
        index += 1


def _twins(block: Block, following: Block) -> bool:
    """A line said twice in a row and nowhere else, and listed but for that: a card's picture and its link."""
    features = block.features
    return (features["repeats"] == 2 and following.features["key"] == features["key"] and not following.kept
            and _listed_line(block, repeated=True))


def _listed_line(block: Block, *, repeated: bool = False) -> bool:
    """A few words, no bullet (menus have them), no furniture's words or repetition (unless `repeated` allows it),
    no section heading."""
    features = block.features
    furniture = says_furniture(features) if repeated else has_boilerplate_evidence(block)
    return not (features["bullet"] or features.get("section_marker") or furniture
                or not LIST_AFTER_MIN_WORDS <= features["words"] <= HEADING_MAX_WORDS
                or features["class"] not in ("bad", "short"))


def _keep_numbered_list_introduced(blocks: list[Block], last: int) -> None:
    """The list the article's last paragraph announces with a colon, numbered 1, 2, 3… in order: its
    items and the short lines printed with each (a link, a price), up to the last number."""
    items = _numbered_items(blocks, last) if blocks[last].text.rstrip().endswith(":") else []
    if len(items) < NUMBERED_LIST_MIN_ITEMS:
        return
    stride = max(b - a for a, b in zip(items, items[1:]))
    for index in range(items[0], min(items[-1] + stride, len(blocks))):
        block = blocks[index]
        if index > items[-1] and block.features["bullet"]:
            break
        if not (block.kept or has_boilerplate_evidence(block) or block.features.get("section_marker")):
            block.label = model.LIST_ITEM
            block.reasons.append(f"in the list of {len(items)} numbered items the article's last paragraph introduces")


def _numbered_items(blocks: list[Block], last: int) -> list[int]:
    """Positions of the items numbered 1, 2, 3… after `last`, while the numbers follow each other."""
    items: list[int] = []
    for index in range(last + 1, len(blocks)):
        marker = blocks[index].features["bullet"] or ""
        number = int(marker[:-1]) if marker[:-1].isdigit() else None
        if number == len(items) + 1:
            items.append(index)
        elif number is not None or blocks[index].features.get("section_marker"):
            break
        elif index - (items[-1] if items else last) > NUMBERED_ITEM_MAX_GAP:
            break
    return items


def _templated_or_doubled(run: list[Block]) -> bool:
    """Links made by a template ("Cleaning costs in Austin", "… in Boston") share their opening words;
    teaser links print each headline twice (the picture's caption, then the link)."""
    openings = Counter(" ".join(block.text.lower().split()[:3]) for block in run)
    if openings.most_common(1)[0][1] >= len(run) / 2:
        return True
    keys = [block.features["key"] for block in run]
    doubled = sum(1 for a, b in zip(keys, keys[1:]) if a in b or b in a)
    return doubled >= len(run) / 4


def _keep_entries_of_a_sparse_page(blocks: list[Block]) -> None:
    """A page with next to no prose is a listing, a catalogue or a feed: its content is the short
    entries around that prose, so every short block outside a section and without boilerplate
    words or repetition is kept too, marked as an entry (not where an article starts)."""
    total = sum(block.features["words"] for block in blocks)
    kept = sum(block.features["words"] for block in blocks if block.kept)
    if not total or kept >= SPARSE_PAGE_KEPT_SHARE * total or kept >= SPARSE_PAGE_MAX_PROSE_WORDS:
        return
    for block in blocks:
        if block.label == model.BOILERPLATE and not has_boilerplate_evidence(block):
            block.label = model.BODY
            block.features["entry"] = True
            block.reasons.append(f"an entry of a page with little prose ({kept} words, {kept / total:.0%} of the page)")


def _content_lists(blocks: list[Block], first: int, last: int) -> set[int]:
    """Bullet runs inside the article that a line introduces ("Choose:", "Core Budget Categories")
    and that carry no boilerplate words or repetition: the article's own lists, however short each item."""
    items: set[int] = set()
    index = first + 1
    while index <= last:
        if not blocks[index].features["bullet"]:
            index += 1
            continue
        end = index
        while end + 1 <= last and blocks[end + 1].features["bullet"]:
            end += 1
        run = blocks[index : end + 1]
        if _introduces(blocks[index - 1]) and not any(has_boilerplate_evidence(b) or _is_long_fragment(b) for b in run):
            items.update(range(index, end + 1))
        index = end + 1
    return items


def _is_long_fragment(block: Block) -> bool:
    """Many words and no sentence: a select box's options or a tag cloud, not a list item."""
    return block.features["class"] in ("bad", "short") and block.features["words"] > HEADING_MAX_WORDS


def _introduces(block: Block) -> bool:
    """A line ending in a colon, or a short title-like line, announces what follows it."""
    text = block.text.rstrip()
    if block.features["bullet"] or has_boilerplate_evidence(block):
        return False
    return text.endswith(":") or (not block.features["sentence_end"] and block.features["words"] <= HEADING_MAX_WORDS)


def _label_inside(
    blocks: list[Block], index: int, first: int, last: int,
    lists: Collection[int] = frozenset(), contents: Collection[int] = frozenset(), rows: Collection[int] = frozenset(),
) -> None:
    block = blocks[index]
    kind = block.features["class"]
    if kind in ("bad", "short") and among_filter_options(blocks, index, first, last):
        block.label = model.BOILERPLATE
        block.reasons.append("a shop's filter option and its count (\"Merino Wool (2)\"), among others")
        return
    if kind in ("bad", "short") and numbered_picture(blocks, index):
        block.label = model.BOILERPLATE
        block.reasons.append("one of a product's pictures, by their alt texts: its name numbered 0, 1, 2 …")
        return
    if index in lists and kind in ("bad", "short"):
        block.label = model.LIST_ITEM
        block.reasons.append("list item: a line inside the article introduces its list")
        return
    if block.features.get("table_row") and kind == "short":
        block.label = model.BODY
        block.reasons.append("a row of a table inside the article")
        return
    caption = photo_caption(block) if kind in ("good", "neargood", "short") else None  # a caption, or a credit alone
    if caption:
        block.label = model.PHOTO_CAPTION
        block.reasons.append(f"photo caption inside the article: {caption}")
    elif kind in ("good", "neargood"):
        block.label = model.BODY
        block.reasons.append("inside the densest run of prose")
    elif kind == "code":
        block.label = model.CODE
        block.reasons.append("code listing inside the article")
    elif kind == "bad" and index in contents and _is_heading(blocks, index, last):
        block.label = model.HEADING
        block.reasons.append("heading of the article, listed once more in its table of contents")
    elif kind == "bad" and _echoed_by_its_picture(blocks, index, last) and _is_heading(blocks, index, last):
        block.label = model.HEADING
        block.reasons.append("heading of the article, said again by the picture under it (its alt text)")
    elif kind == "bad" and _is_short_list_item(blocks, index, first, last):
        block.label = model.LIST_ITEM
        block.reasons.append("one of a list's short items inside the article")
    elif kind == "bad":
        block.label = _own_label(block) or model.BOILERPLATE
    elif BYLINE.match(block.text):
        block.label = model.BYLINE
        block.reasons.append("byline inside the article")
    elif _is_list_item(blocks, index, first, last):
        block.label = model.LIST_ITEM
        block.reasons.append("list item among article blocks")
    elif block.text.rstrip().endswith(":") and index + 1 in lists:
        block.label = model.BODY
        block.reasons.append("line introducing the list that follows")
    elif _is_field(blocks, index):
        block.label = model.BODY
        block.reasons.append("one of the article's fields: a label, a colon and its value, next to another")
    elif _is_heading(blocks, index, last):
        block.label = model.HEADING
        block.reasons.append("short line introducing the prose that follows")
    elif block.features["sentence_end"] and block.features["words"] >= LIST_ITEM_MIN_WORDS:
        block.label = model.BODY
        block.reasons.append("short sentence between article blocks")
    elif index in rows:
        block.label = model.BODY
        block.reasons.append("a table's row or a grid's card inside the article: lines printed one under another")
    else:
        block.label = model.BOILERPLATE
        block.reasons.append("short fragment inside the article, neither heading nor sentence")


def _echoed_by_its_picture(blocks: list[Block], index: int, last: int) -> bool:
    """lynx and w3m print a section's picture by its alt text, often the heading's words: heading, paragraph, the
    heading again, more of the section's prose. That echo is the only thing against it. (A stream of cards prints
    title, teaser, title again, and then the next card.)"""
    features = blocks[index].features
    return (index + 3 <= last and blocks[index + 2].features["key"] == features["key"]
            and _only_echoed_once(features) and is_prose(blocks[index + 3]))


def _is_field(blocks: list[Block], index: int) -> bool:
    """ "Headquarters: Wausau, WI" over "Revenue: $260 million": a fact sheet's fields come in runs. One such
    line alone is as often a teaser's kicker ("Lakers vs Nets: …") or furniture ("Read more: …")."""
    return _FIELD.match(blocks[index].text) is not None and any(
        _FIELD.match(blocks[i].text) for i in (index - 1, index + 1) if 0 <= i < len(blocks))


def _is_heading(blocks: list[Block], index: int, last: int) -> bool:
    block = blocks[index]
    if block.features["bullet"] or block.features["words"] > HEADING_MAX_WORDS:
        return False
    if block.features["sentence_end"] and not block.text.rstrip().endswith((":", "?")):
        return False
    below = index + 1 + (index < last and blocks[index + 1].text == BUTTON_MARK)  # lynx: the heading's anchor
    if below > last:
        return False
    following = blocks[below]
    return is_prose(following) or (following.kept and following.label != model.HEADING)


def _listed_in_contents(blocks: list[Block], first: int, last: int) -> set[int]:
    """Short lines of the article printed once more above it, in the same order as at least one
    other such line near them: a table of contents, whose echo is the only thing against them.
    (Teaser titles of a "trending" menu come back in another order, or alone.)"""
    echoed = [i for i in range(first, last + 1) if _only_echoed_once(blocks[i].features)]
    if len(echoed) < 2:
        return set()
    wanted = {blocks[i].features["key"]: i for i in echoed}
    copies: dict[int, int] = {}
    for position, block in enumerate(blocks[:first]):
        index = wanted.get(block.features["key"]) if block.features["repeats"] == 2 else None
        if index is not None:
            copies[index] = position
    listed = sorted(copies)
    in_order: set[int] = set()
    for earlier, later in zip(listed, listed[1:]):
        if 0 < copies[later] - copies[earlier] <= CONTENTS_MAX_GAP:
            in_order.update((earlier, later))
    return in_order


def _only_echoed_once(features: dict[str, Any]) -> bool:
    return features["repeats"] == 2 and features["words"] < GOOD_MIN_WORDS and bad_only_for_repeating(features)


def _is_list_item(blocks: list[Block], index: int, first: int, last: int) -> bool:
    """A bullet inside the article stays when it reads like content and sits among other items."""
    block = blocks[index]
    if not block.features["bullet"] or block.features["words"] < LIST_ITEM_MIN_WORDS:
        return False
    neighbours = [blocks[i] for i in (index - 1, index + 1) if first <= i <= last]
    return any(n.features["bullet"] or is_prose(n) for n in neighbours)


def _is_short_list_item(blocks: list[Block], index: int, first: int, last: int) -> bool:
    """A bullet bad only for being short (no furniture words, not repeated), next to another bullet of
    the article: a packing list, a directory's entries. The article's run holds few menus."""
    features = blocks[index].features
    if (not features["bullet"] or features["words"] < SHORT_LIST_ITEM_MIN_WORDS or features["repeats"] > 1
            or says_furniture(features)):
        return False
    return any(blocks[i].features["bullet"] for i in (index - 1, index + 1) if first <= i <= last)


def _label_outside(
    blocks: list[Block], *, zone_default: str, where: str, follow_sections: bool = True
) -> None:
    """Label blocks around the article by their own evidence or the section they fall in."""
    zone = zone_default
    for block in blocks:
        marker = block.features.get("section_marker")
        if not follow_sections:
            pass
        elif marker:
            zone = marker
        elif block.features.get("copyright") or block.features.get("phrase_label") == model.FOOTER:
            zone = model.FOOTER
        block.label = _own_label(block) or zone
        block.reasons.append(f"{where}, in the {zone} zone")


def _own_label(block: Block) -> str | None:
    """The label a block's own words give it, whatever zone it is in."""
    features = block.features
    if features.get("section_marker"):
        return features["section_marker"]
    if features.get("copyright"):
        return model.FOOTER
    if features.get("phrase_label"):
        return features["phrase_label"]
    if features.get("bullet") and features.get("words", 0) <= 6:
        return model.NAV
    return None


def _keep_everything_plausible(blocks: list[Block]) -> None:
    """No run of prose: keep every block that is not boilerplate, so nothing real is lost."""
    for block in blocks:
        if block.features["class"] == "bad":
            block.label = _own_label(block) or model.BOILERPLATE
        else:
            block.label = model.BODY
            block.reasons.append("no run of prose in the page; kept as not boilerplate")
