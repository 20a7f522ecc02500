"""Turn block scores into labels, revising each verdict by the block's neighbours.

Web text: the article is the densest run of prose (a maximum-sum span over block scores);
inside it, short blocks become headings, list items or bylines when their neighbours say so.
Outside it, each block is labelled by the zone it sits in (navigation, related, comments, footer).
"""

from __future__ import annotations

import re

from . import model
from .model import Block
from .score import normalized

HEADING_MAX_WORDS = 16
SECONDARY_RUN_SHARE = 0.25  # another run this dense is more of the main content (posts, entries)
RESUMED_RUN_SHARE = 0.3  # prose behind a "related" box this dense (after weighting) is the article going on
OPENING_MAX_GAP = 6  # prose above the article's "related" box is its opening only if it runs up to the box
AFTER_SECTION_WEIGHT = 0.4  # prose after "Comments"/"Related" counts this much: it must be far denser to win
LIST_ITEM_MIN_WORDS = 3
_BYLINE = re.compile(r"^(by|written by|posted by|author:?)\s+\S", re.I)


WALL = float("-inf")


def effective_scores(blocks: list[Block]) -> list[float]:
    """Block scores as the run search sees them.

    Section markers ("Related Posts", "12 Comments") are walls no run crosses, and prose after
    such a marker that follows earlier prose weighs less: it is comments or teasers, not the article.
    """
    scores, weight, seen_prose = [], 1.0, False
    for block in blocks:
        if block.features.get("section_marker"):
            scores.append(WALL)
            weight = AFTER_SECTION_WEIGHT if seen_prose else weight
            continue
        scores.append(block.score * (weight if block.score > 0 else 1.0))
        seen_prose = seen_prose or block.features.get("class") == "good"
    return scores


def best_run(scores: list[float], low: int, high: int) -> tuple[float, int, int] | None:
    """(total, first, last) of the highest-scoring span within scores[low:high+1], if positive."""
    best, total, start = None, 0.0, low
    for index in range(low, high + 1):
        if scores[index] == WALL:
            total, start = 0.0, index + 1
            continue
        if total <= 0:
            total, start = 0.0, index
        total += scores[index]
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    return best


def densest_run(blocks: list[Block]) -> tuple[int, int] | None:
    """Indices (first, last) of the contiguous span with the highest total score, if positive."""
    found = best_run(effective_scores(blocks), 0, len(blocks) - 1)
    return (found[1], found[2]) if found else None


def densest_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The densest run, and every other run in its section at least SECONDARY_RUN_SHARE as dense
    (forum posts, listing entries); teasers behind a "Related"/"Comments" wall never join."""
    scores = effective_scores(blocks)
    best = best_run(scores, 0, len(blocks) - 1)
    if best is None:
        return []
    section_start = max((i + 1 for i in range(best[1]) if scores[i] == WALL), default=0)
    section_end = min((i - 1 for i in range(best[2] + 1, len(scores)) if scores[i] == WALL), default=len(scores) - 1)
    spans, pending = [(best[1], best[2])], [(section_start, best[1] - 1), (best[2] + 1, section_end)]
    while pending:
        low, high = pending.pop()
        found = best_run(scores, low, high) if low <= high else None
        if found and found[0] >= SECONDARY_RUN_SHARE * best[0]:
            spans.append((found[1], found[2]))
            pending += [(low, found[1] - 1), (found[2] + 1, high)]
    return sorted(spans + _runs_around_related_boxes(blocks, scores, (section_start, section_end), best[0]))


def _runs_around_related_boxes(
    blocks: list[Block], scores: list[float], section: tuple[int, int], best_total: float
) -> list[tuple[int, int]]:
    """Prose on the far side of a "Related" or "More from UK" box set inside the article, when it is
    nearly as dense as the article (teaser lists are titles, not paragraphs). After the article such
    prose is the article going on; before it, only prose that runs up to the box is the article's
    opening (a promo further up is not). Never across a comments marker."""
    first, last = section
    walls_after = [i for i in range(last + 1, len(scores)) if scores[i] == WALL] + [len(scores)]
    walls_before = [i for i in range(first - 1, -1, -1) if scores[i] == WALL] + [-1]
    return (_runs_behind(blocks, scores, walls_after, best_total)
            + _runs_behind(blocks, scores, walls_before, best_total, max_gap=OPENING_MAX_GAP))


def _runs_behind(
    blocks: list[Block], scores: list[float], walls: list[int], best_total: float, *, max_gap: int | None = None
) -> list[tuple[int, int]]:
    """Walking away from the article wall by wall, the densest run behind each "related" wall,
    at most `max_gap` blocks from its wall when that is given."""
    runs = []
    for wall, next_wall in zip(walls, walls[1:]):
        if blocks[wall].features.get("section_marker") != "related":
            break
        low, high = min(wall, next_wall) + 1, max(wall, next_wall) - 1
        found = best_run(scores, low, high) if low <= high else None
        if not found or found[0] < RESUMED_RUN_SHARE * best_total:
            break
        gap = found[1] - wall if wall < found[1] else wall - found[2]
        if max_gap is not None and gap > max_gap:
            break
        runs.append((found[1], found[2]))
    return runs


def classify_web_blocks(blocks: list[Block]) -> list[Block]:
    """Label every block; the kept ones form the article."""
    spans = densest_runs(blocks)
    if not spans:
        _keep_everything_plausible(blocks)
        return blocks
    for first, last in spans:
        for index in range(first, last + 1):
            _label_inside(blocks, index, first, last)
    _label_outside(blocks[: spans[0][0]], zone_default=model.BOILERPLATE, where="before the article", follow_sections=False)
    for (_, previous_last), (next_first, _) in zip(spans, spans[1:]):
        _label_outside(blocks[previous_last + 1 : next_first], zone_default=model.BOILERPLATE, where="between article parts")
    _label_outside(blocks[spans[-1][1] + 1 :], zone_default=model.BOILERPLATE, where="after the article")
    return blocks


def _label_inside(blocks: list[Block], index: int, first: int, last: int) -> None:
    block = blocks[index]
    kind = block.features["class"]
    if kind in ("good", "neargood") and block.features.get("photo_credit"):
        block.label = model.PHOTO_CAPTION
        block.reasons.append(f"photo caption inside the article: credit {block.features['photo_credit']!r}")
    elif kind in ("good", "neargood"):
        block.label = model.BODY
        block.reasons.append("inside the densest run of prose")
    elif kind == "code":
        block.label = model.CODE
        block.reasons.append("code listing inside the article")
    elif kind == "bad":
        block.label = _own_label(block) or model.BOILERPLATE
    elif _BYLINE.match(block.text):
        block.label = model.BYLINE
        block.reasons.append("byline inside the article")
    elif _is_list_item(blocks, index, first, last):
        block.label = model.LIST_ITEM
        block.reasons.append("list item among article blocks")
    elif _is_heading(blocks, index, last):
        block.label = model.HEADING
        block.reasons.append("short line introducing the prose that follows")
    elif block.features["sentence_end"] and block.features["words"] >= LIST_ITEM_MIN_WORDS:
        block.label = model.BODY
        block.reasons.append("short sentence between article blocks")
    else:
        block.label = model.BOILERPLATE
        block.reasons.append("short fragment inside the article, neither heading nor sentence")


def _is_heading(blocks: list[Block], index: int, last: int) -> bool:
    block = blocks[index]
    if block.features["bullet"] or block.features["words"] > HEADING_MAX_WORDS:
        return False
    if block.features["sentence_end"] and not block.text.rstrip().endswith((":", "?")):
        return False
    following = blocks[index + 1] if index < last else None
    return following is not None and following.features["class"] in ("good", "neargood")


def _is_list_item(blocks: list[Block], index: int, first: int, last: int) -> bool:
    """A bullet inside the article stays when it reads like content and sits among other items."""
    block = blocks[index]
    if not block.features["bullet"] or block.features["words"] < LIST_ITEM_MIN_WORDS:
        return False
    neighbours = [blocks[i] for i in (index - 1, index + 1) if first <= i <= last]
    return any(n.features["bullet"] or n.features["class"] in ("good", "neargood") for n in neighbours)


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


RESIDUE_WIDTH_RATIO = 0.6  # every line of a figure label or table cell block is at most this wide
RUNNING_HEADER_MIN_REPEATS = 2  # a short line printed again on a later page is page furniture
FRONT_MATTER_MAX_BLOCKS = 4  # title, authors, affiliation, date
_ABSTRACT = re.compile(r"^\s*abstract\b", re.I)
PDF_HEADING_MAX_WORDS = 12


def classify_pdf_blocks(blocks: list[Block]) -> list[Block]:
    """Label paragraphs, headings, captions, page furniture and figure/table residue."""
    repeats = _line_repeats(blocks)
    for block in blocks:
        _label_by_role(block, repeats)
    _label_front_matter(blocks)
    for run in _short_block_runs(blocks):
        _label_short_run(blocks, run)
    return blocks


def _line_repeats(blocks: list[Block]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for block in blocks:
        if block.features["line_count"] == 1:
            counts[block.text] = counts.get(block.text, 0) + 1
    return counts


def _label_by_role(block: Block, repeats: dict[str, int]) -> None:
    role = block.features["role"]
    if role == "page-number":
        block.label, block.score = model.PAGE_FURNITURE, -5.0
        block.reasons.append("bare page number")
    elif repeats.get(block.text, 0) >= RUNNING_HEADER_MIN_REPEATS and len(block.text) < 100:
        block.label, block.score = model.PAGE_FURNITURE, -5.0
        block.reasons.append(f"running header or footer: repeats {repeats[block.text]} times")
    elif role == "heading":
        block.label, block.score = model.HEADING, 1.0
        block.reasons.append("numbered or named section heading")
    elif role == "caption":
        block.label, block.score = model.CAPTION, 1.0
        block.reasons.append("figure or table caption")
    elif role == "reference":
        block.label, block.score = model.BODY, 1.0
        block.reasons.append("reference list entry")
    else:
        block.label, block.score = model.BODY, float(block.features["line_count"])
        block.reasons.append(f"paragraph of {block.features['line_count']} lines")


def _label_front_matter(blocks: list[Block]) -> None:
    """Short lines above the abstract or first section are the title and the author line."""
    front = []
    for block in blocks:
        if block.label == model.PAGE_FURNITURE:
            continue
        is_paragraph = block.label != model.BODY or block.features["width_ratio"] > RESIDUE_WIDTH_RATIO
        if is_paragraph or _ABSTRACT.match(block.text) or len(front) == FRONT_MATTER_MAX_BLOCKS:
            break
        front.append(block)
    for position, block in enumerate(front):
        block.label = model.TITLE if position == 0 else model.BODY
        block.features["front_matter"] = True
        block.reasons.append("front matter: " + ("title" if position == 0 else "author or affiliation line"))


def _is_short_block(block: Block) -> bool:
    narrow = block.features["width_ratio"] <= RESIDUE_WIDTH_RATIO
    return block.label == model.BODY and narrow and not block.features.get("front_matter")


def _short_block_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """(first, last) index of each maximal run of narrow blocks, skipping page furniture."""
    runs, start = [], None
    for index, block in enumerate(blocks):
        if block.label == model.PAGE_FURNITURE and start is not None:
            continue
        if _is_short_block(block):
            start = index if start is None else start
        elif start is not None:
            runs.append((start, index - 1))
            start = None
    if start is not None:
        runs.append((start, len(blocks) - 1))
    return runs


def _label_short_run(blocks: list[Block], run: tuple[int, int]) -> None:
    first, last = run
    captions = [
        blocks[i] for i in (first - 1, last + 1) if 0 <= i < len(blocks) and blocks[i].label == model.CAPTION
    ]
    members = [b for b in blocks[first : last + 1] if b.label != model.PAGE_FURNITURE]
    if captions or len(members) > 1:
        label = model.TABLE_CELL if any(c.text.lower().startswith("tab") for c in captions) else model.FIGURE
        for block in members:
            block.label, block.score = label, -3.0
            block.reasons.append(
                f"narrow lines in a run of {len(members)} short blocks"
                + (" next to a caption" if captions else "")
            )
        return
    block = members[0]
    following = blocks[last + 1] if last + 1 < len(blocks) else None
    if (
        not block.features["sentence_end"]
        and len(block.text.split()) <= PDF_HEADING_MAX_WORDS
        and following is not None
        and following.label == model.BODY
    ):
        block.label, block.score = model.HEADING, 1.0
        block.reasons.append("short line standing alone before a paragraph")
