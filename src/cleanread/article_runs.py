"""Where the article is among a page's blocks: the densest runs of prose, and what they may cross.

Block scores are summed over contiguous spans (a maximum-sum search); section markers such as
"Related Posts" are walls no span crosses. classify labels the blocks inside and around the spans.
"""

from __future__ import annotations

from .model import Block
from .score import FURNITURE_WORDS

SECONDARY_RUN_SHARE = 0.25  # another run this dense is more of the main content (posts, entries)
RESUMED_RUN_SHARE = 0.3  # prose behind a "related" box this dense (after weighting) is the article going on
OPENING_MAX_GAP = 6  # prose above the article's "related" box is its opening only if it runs up to the box
OPENING_MIN_SHARE = 0.1  # ...and, since it must run up to the box, may be much shorter than prose resumed after one
RELATED_BOX_MAX_BLOCKS = 6  # a box of teaser titles this short between two "related" walls is stepped over
AFTER_SECTION_WEIGHT = 0.4  # prose after "Comments"/"Related" counts this much: it must be far denser to win
CARD_STREAM_MIN = 3  # teaser cards in a row, a steady number of blocks apart, that make a feed

WALL = float("-inf")


def article_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """(first, last) of each part of the article, in page order; empty when the page has no prose."""
    return [_before_teaser_cards(blocks, span) for span in bridged(blocks, densest_runs(blocks))]


def effective_scores(blocks: list[Block]) -> list[float]:
    """Block scores as the run search sees them.

    Section markers ("Related Posts", "12 Comments") and the page's closing copyright notice are walls no run
    crosses, and prose after such a wall that follows earlier prose weighs less: it is comments or teasers, not
    the article.
    """
    scores, weight, seen_prose = [], 1.0, False
    for block in blocks:
        if block.features.get("section_marker") or block.features.get("closing_copyright"):
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
    (forum posts, listing entries); teasers behind a "Related"/"Comments" wall never join, nor does
    prose under a copyright line after the run (the site's contact notice, its trademark legalese)."""
    scores = effective_scores(blocks)
    best = best_run(scores, 0, len(blocks) - 1)
    if best is None:
        return []
    best = _above_the_closing_copyright(blocks, scores, best)
    section_start = max((i + 1 for i in range(best[1]) if scores[i] == WALL), default=0)
    section_end = min((i - 1 for i in range(best[2] + 1, len(scores)) if scores[i] == WALL), default=len(scores) - 1)
    footer = next((i for i in range(best[2] + 1, section_end + 1) if blocks[i].features.get("copyright")), None)
    secondary_end = section_end if footer is None else footer - 1
    spans = [(best[1], best[2]), *_secondary_runs(blocks, scores, (section_start, secondary_end), best)]
    return sorted(spans + _runs_around_related_boxes(blocks, scores, (section_start, section_end), best[0],
                                                     resumes=footer is None))


def _above_the_closing_copyright(
    blocks: list[Block], scores: list[float], best: tuple[float, int, int]
) -> tuple[float, int, int]:
    """The densest run above the page's closing "© … All rights reserved", when one holds a paragraph: below it
    a shop prints its refund and privacy policies, longer than any article (webtext: wcxb-dev +0.0015 to +0.0018 a
    renderer, scrapinghub +0.0006 to +0.0012; lost where a site prints its footer above the article)."""
    closing = next((index for index in range(best[1]) if blocks[index].features.get("closing_copyright")), None)
    above = best_run(scores, 0, closing - 1) if closing else None
    return above if above is not None and _holds_a_paragraph(blocks, (above[1], above[2])) else best


def _secondary_runs(
    blocks: list[Block], scores: list[float], section: tuple[int, int], best: tuple[float, int, int]
) -> list[tuple[int, int]]:
    """Runs of `section` outside the best one, at least SECONDARY_RUN_SHARE as dense and holding a paragraph."""
    spans, pending = [], [(section[0], best[1] - 1), (best[2] + 1, section[1])]
    while pending:
        low, high = pending.pop()
        found = best_run(scores, low, high) if low <= high else None
        if found and found[0] >= SECONDARY_RUN_SHARE * best[0]:
            spans.append((found[1], found[2]))
            pending += [(low, found[1] - 1), (found[2] + 1, high)]
    return [span for span in spans if _holds_a_paragraph(blocks, span)]


def _holds_a_paragraph(blocks: list[Block], span: tuple[int, int]) -> bool:
    """Another run is more of the content only with a paragraph in it: short sentences alone are a menu's
    descriptions ("Staff Picks: take it from us!") or a box of teasers (webtext wcxb-dev +0.0008 to +0.0012 a
    renderer; requiring a paragraph or three sentences measured the same)."""
    return any(blocks[index].features["class"] == "good" for index in range(span[0], span[1] + 1))


def _runs_around_related_boxes(
    blocks: list[Block], scores: list[float], section: tuple[int, int], best_total: float, *, resumes: bool = True
) -> list[tuple[int, int]]:
    """Prose on the far side of a "Related" or "More from UK" box set inside the article, when it is
    nearly as dense as the article (teaser lists are titles, not paragraphs). After the article such
    prose is the article going on; before it, only prose that runs up to the box is the article's
    opening (a promo further up is not). Never across a comments marker, nor after the article when
    `resumes` is False (a copyright line closed it)."""
    first, last = section
    walls_after = [i for i in range(last + 1, len(scores)) if scores[i] == WALL] if resumes else []
    walls_after.append(len(scores))
    walls_before = [i for i in range(first - 1, -1, -1) if scores[i] == WALL] + [-1]
    return (_runs_behind(blocks, scores, walls_after, best_total)
            + _runs_behind(blocks, scores, walls_before, best_total, max_gap=OPENING_MAX_GAP, min_share=OPENING_MIN_SHARE))


def _runs_behind(
    blocks: list[Block], scores: list[float], walls: list[int], best_total: float, *, max_gap: int | None = None,
    min_share: float = RESUMED_RUN_SHARE,
) -> list[tuple[int, int]]:
    """Walking away from the article wall by wall, the densest run behind each "related" wall,
    at most `max_gap` blocks from its wall when that is given, and every other run there at least
    SECONDARY_RUN_SHARE as dense as the article, as in the article's own section: a buyer's guide's
    reviews sit apart from its closing advice behind a comparison widget lynx prints line by line
    (webtext wcxb-dev +0.0011 to +0.0015 a renderer)."""
    runs = []
    for wall, next_wall in zip(walls, walls[1:]):
        if blocks[wall].features.get("section_marker") != "related":
            break
        low, high = min(wall, next_wall) + 1, max(wall, next_wall) - 1
        found = best_run(scores, low, high) if low <= high else None
        if not found and high - low < RELATED_BOX_MAX_BLOCKS:
            continue  # two "Related" boxes in a row: the prose may go on behind the second
        if not found or found[0] < min_share * best_total:
            break
        gap = found[1] - wall if wall < found[1] else wall - found[2]
        if max_gap is not None and gap > max_gap:
            break
        runs.append((found[1], found[2]))
        runs += _secondary_runs(blocks, scores, (low, high), (best_total, found[1], found[2]))
    return runs


def bridged(blocks: list[Block], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Article parts joined across every gap no section marker walls off. The prose runs stop at headings, lists,
    tables, code and share bars set inside the article; inside it each block is still labelled by what it is, so a
    share bar stays out while the steps of a recipe come back. (Joining only gaps with at most a quarter of blocks
    marked as furniture kept less: webtext wcxb-dev +0.0027 to +0.0035 a renderer, WCXB HTML fast +0.0033.)"""
    joined: list[tuple[int, int]] = []
    for first, last in spans:
        if joined and not any(block.features.get("section_marker") for block in blocks[joined[-1][1] + 1 : first]):
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


def _before_teaser_cards(blocks: list[Block], span: tuple[int, int]) -> tuple[int, int]:
    """A run that goes on past the article into a feed of teaser cards (headline, author, date,
    one paragraph of summary, at a steady beat) ends where the cards begin. Only behind prose
    that is not a card: a page of cards alone is a listing, and its cards are the content."""
    first, last = span
    cards = [i for i in range(first, last - 1) if blocks[i].features["date_line"] and is_prose(blocks[i + 1])
             and not is_prose(blocks[i + 2])]
    if card_beats(cards) is None:
        return span
    # the article ends at the last prose above the first card, and is more than one paragraph
    article_end = cards[0] - 1
    while article_end > first and not is_prose(blocks[article_end]):
        article_end -= 1
    if article_end <= first or not is_prose(blocks[article_end - 1]):
        return span
    return (first, article_end)


def card_beats(positions: list[int]) -> tuple[int, int] | None:
    """(shortest, longest) gap between `positions` (in order) when CARD_STREAM_MIN or more of them come at a steady
    beat, no gap more than twice the shortest (a card whose summary is too short to count skips one beat); else None."""
    if len(positions) < CARD_STREAM_MIN:
        return None
    beats = [later - earlier for earlier, later in zip(positions, positions[1:])]
    return (min(beats), max(beats)) if max(beats) <= 2 * min(beats) else None


def has_boilerplate_evidence(block: Block) -> bool:
    """Words or repetition that mark a block as page furniture, beyond being short."""
    features = block.features
    repeated = features["repeats"] > 1 and not is_prose(block)
    return repeated or any(features.get(name) for name in FURNITURE_WORDS)


def is_prose(block: Block) -> bool:
    """Classed a paragraph by its own words (jusText's good or near-good)."""
    return block.features["class"] in ("good", "neargood")
