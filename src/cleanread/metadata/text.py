"""Title, publisher, date, author and site from a text dump alone, read off the blocks around the article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..model import BODY, STANDFIRST, Block
from ..urls import split_url
from .dates import find_date, has_year, url_date

TITLE_LOOKBACK_BLOCKS = 80  # headlines sit before the first paragraph, after menus that may be long
TITLE_LOOKAHEAD_BLOCKS = 10  # ...or just after it, when a standfirst or notice was kept first
BELOW_ARTICLE_START_COST = 10  # extra distance for a headline below the first kept block
BELOW_ARTICLE_START_PENALTY = 1.0  # ...and, past the distance cap, for being a heading the article's words echo
DATE_LOOKAHEAD_BLOCKS = 15  # a dateline may sit under a standfirst, a byline and a share bar
DATE_LOOKBACK_BLOCKS = 30  # when no date sits under the headline, look this far above the article
DATE_AFTER_ARTICLE_BLOCKS = 10  # ...and when none is there either, the article's end, where "Posted …" lines sit
HEADLINE_DISTANCE_COST = 0.15  # per candidate line between a headline and the article
HEADLINE_DISTANCE_CAP = 15  # beyond this, a line's words decide, not how far up it sits
CAPITALIZED_WEIGHT = 0.5  # Title Case is a headline's habit, not its rule
TOPIC_WEIGHT = 2.0  # a headline whose words the article uses beats a nearer menu line
TOPIC_BLOCKS = 20  # the article's opening, where a headline's words come back
SLUG_COVER_WEIGHT = 5.0  # a line naming every word of the URL's slug is the headline the URL was made from
SLUG_SHARE_WEIGHT = 1.5  # ...and one made only of slug words, more so than one that adds a site's tagline
BYLINE_FOLLOWS_WEIGHT = 1.0  # a byline, dateline or "5 min read" just under a line marks it as the headline
BYLINE_FOLLOWS_SPAN = 4  # blocks under a headline where its byline or dateline sits
FLUSH_LEFT_WEIGHT = 3.0  # lynx's headings sit at the margin, its paragraphs indented (webtext lynx sweep, 2 to 6)
FLUSH_LEFT_LOOKAHEAD_BLOCKS = 60  # ...and that heading counts even far under a standfirst kept first (10, 30, 60 tried)
FLUSH_LEFT_MIN_WORDS = 2  # a product's name ("Birdbuddy Pro") at the margin is its heading
INDENTED_PROSE_MIN_BLOCKS = 3
INDENTED_PROSE_SHARE = 0.8
SLUG_BACKED_SHARE = 0.5  # a line this much made of the slug's words is a candidate whatever its shape
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 30
QUESTION_HEADLINE_BLOCKS, QUESTION_HEADLINE_MAX_WORDS = 3, 16  # (first 1 or 3 blocks tried on the webtext dumps)
PUBLISHER_MAX_WORDS = 6

_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[–—|:-]{1,2}\s+")  # starts only at a run start: linear
_BYLINE = re.compile(r"^(?:by|written by|posted by|author:?)\s+(?P<name>[^,|\d]{3,60}?)(?:\s*[,|•·-]\s.*|\s+on\s.*)?$", re.I)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*"
    r"(?P<name>\w[\w .&'-]*?(?:\.[a-z]{2,6})?)(?=\s*(?:[.,|•]\s|[.,]?$|all rights|\d{4}))",
    re.I,
)
_NOT_A_HEADLINE = re.compile(
    r"\b(\d+\s*(min|minute)s?\s*read|reading time|share on|sign in|log in|subscribe|cookies?|"
    r"advertisement|photo|image|video)\b",
    re.I,
)
_ARTICLE_BYLINE = re.compile(
    r"\b(\d+\s*min(ute)?s?\s*read|read(ing)? time)\b|^(by|written by|posted by|author:?|reviewed by)$", re.I
)
# words that call a date a question's or a thread's start, which a forum prints once, wherever it is on the page;
# the first post's number says so too: "#1 · Jan 3, 2024", Discourse's "TatyanaBol January 28, 2024, 3:36pm 1"
_THREAD_START_WORDS = "asked|start date|started by"
_THREAD_START_CUE = re.compile(rf"\b({_THREAD_START_WORDS})\b|(?<!\S)#1\b|\d:\d\d ?[ap]m 1$", re.I)
# ...and those that call it the publication's: a post's, as well as a thread's start
_DATE_CUE = re.compile(rf"\b(published|posted|written|{_THREAD_START_WORDS}|submitted on|postby)\b", re.I)
CUED_DATE_MAX_WORDS = 20
# a page's own last revision ("Last updated: …", "This page was last edited on …"), when it shows no other date
_UPDATE_CUE = re.compile(r"\b(updated|modified|edited)\b", re.I)
_POST_META = re.compile(r"\b(by|categor(y|ies)|comments?|tags|filed under|posted in)\b", re.I)  # a post's facts
# a forum member's card under each post: "Joined Aug 24, 2006 Messages 23,243"; the member's date, not the page's
_MEMBER_SINCE = re.compile(r"\W*(joined|member since|registered|user since)\b", re.I)
# ...or wherever the card prints it on the line: "changingtimes Posts: 524 Joined: Mon Jul 24, 2017 9:28 am"
_MEMBER_CARD = re.compile(rf"^{_MEMBER_SINCE.pattern}|\b(?:(?:joined|registered)\s*:|member since|user since)", re.I)
MEMBER_LABEL_MAX_WORDS = 2  # "Joined", "Member since" alone on a line: the date is on the next
_PLACEHOLDER = re.compile(r"^\s*\[[^\]]*\]\s*$")  # "[hero-image]": an image's alt text as lynx shows it
_WORDS = re.compile(r"\w+")
_URL_NOISE = frozenset("html htm php aspx index amp www blog blogs news article articles post posts products product category".split())
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}$", re.I)


@dataclass
class TextMetadata:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None


OPTIONAL_FIELDS = frozenset({"date", "author", "site"})  # the fields a caller that has them already may skip


def text_metadata(
    blocks: list[Block], *, url: str | None = None, wanted: frozenset[str] = OPTIONAL_FIELDS
) -> TextMetadata:
    """Metadata of a web-text dump whose blocks are already classified; a crawl record's URL, when
    known, names the article's topic in its slug. Title and publisher are always read (the date is
    looked for under the headline); of the other fields only the `wanted` ones, since an HTML page's
    tags often state them already."""
    # the article opens at its standfirst, where there is one; a listing's entries are no article
    prose = [(block.kept or block.label == STANDFIRST) and not block.features.get("entry") for block in blocks]
    first_kept = _first(prose)
    if first_kept == len(blocks):
        first_kept = _first([block.kept for block in blocks])
    lookback_start = max(0, first_kept - TITLE_LOOKBACK_BLOCKS)
    before = blocks[lookback_start:first_kept]
    slug_words = url_slug_words(url)
    above = [i for i in range(lookback_start, first_kept) if _is_title_candidate(blocks[i], slug_words)]
    below = [
        i for i in range(first_kept, min(len(blocks), first_kept + TITLE_LOOKAHEAD_BLOCKS))
        if (not (prose[i] and blocks[i].label in (BODY, STANDFIRST)) or _is_question_headline(blocks[i], i - first_kept))
        and _is_title_candidate(blocks[i], slug_words)
    ]
    candidates = [(i, len(above) - rank) for rank, i in enumerate(above)]
    candidates += [(i, rank + 1 + BELOW_ARTICLE_START_COST) for rank, i in enumerate(below)]
    opening = [blocks[i].text for i in range(first_kept, min(len(blocks), first_kept + TOPIC_BLOCKS)) if prose[i]]
    article_words = set(_WORDS.findall(" ".join(opening).lower()))
    flush_left = _flush_left_heading(blocks, lookback_start, min(len(blocks), first_kept + FLUSH_LEFT_LOOKAHEAD_BLOCKS))
    if flush_left is not None and all(i != flush_left for i, _ in candidates):
        candidates.append((flush_left, _distance(flush_left, first_kept, above, below)))
    title, source = _title_and_publisher(candidates, blocks, first_kept, article_words, slug_words, flush_left)
    title_index = next((i for i, b in enumerate(before) if title and title in b.text), 0)
    near_title = before[title_index:] + blocks[first_kept : first_kept + DATE_LOOKAHEAD_BLOCKS]
    around_start = before[-DATE_LOOKBACK_BLOCKS:] + blocks[first_kept : first_kept + DATE_LOOKAHEAD_BLOCKS]
    date = None
    if "date" in wanted:
        pages_date = _PagesDate(blocks)
        date = _date(url, near_title, around_start, pages_date) or _shown_late(blocks, first_kept, pages_date)
    return TextMetadata(
        title=title,
        source=source,
        date=date,
        author=_byline_author(near_title) if "author" in wanted else None,
        site=_site_name(blocks) if "site" in wanted else None,
    )


def _is_question_headline(block: Block, offset: int) -> bool:
    """A headline asked as a question ("Which robotic lawnmower suits which lawn?") reads as a short
    sentence, so it is kept as the article's first block; it may still be the title."""
    return (offset < QUESTION_HEADLINE_BLOCKS and block.features.get("words", 0) <= QUESTION_HEADLINE_MAX_WORDS
            and block.text.rstrip().endswith("?"))


def _first(flags: list[bool]) -> int:
    return next((i for i, flag in enumerate(flags) if flag), len(flags))


def _date(url: str | None, near_title: list[Block], around_start: list[Block], pages_date: _PagesDate) -> str | None:
    """A date the URL spells out is the publication's own; else one the page calls so near the headline
    ("asked Feb 11, 2011" above a later "modified" date), or a thread's start anywhere; else the first date
    under the headline."""
    return (url_date(url) or pages_date.cued(near_title + around_start)
            or pages_date.cued_on_the_page(_THREAD_START_CUE) or pages_date.first(near_title)
            or pages_date.first(around_start) or pages_date.cued_on_the_page())


def _shown_late(blocks: list[Block], first_kept: int, pages_date: _PagesDate) -> str | None:
    """A date on a line of its own inside the article or just after it ("Posted in News | March 3, 2024"
    under the last paragraph), or the page's last revision: the date a reader sees when the headline
    has none near it."""
    last_kept = next((i for i in range(len(blocks) - 1, first_kept, -1) if blocks[i].kept), first_kept)
    shown = (b for b in blocks[first_kept : last_kept + DATE_AFTER_ARTICLE_BLOCKS] if b.features.get("date_line")
             or (b.features.get("words", 0) <= CUED_DATE_MAX_WORDS and _UPDATE_CUE.search(b.text))
             or _is_post_meta_line(b))
    return pages_date.first(shown)


def _is_post_meta_line(block: Block) -> bool:
    """A post's line of facts under it: "June 9, 2020 · 6 Comments", "August 12, 2025 By The Diggs Team",
    "Monday, August 11th, 2025 | Categories: …"; not a sentence that names a date ("signed by the governor on …")."""
    return (block.features.get("words", 0) <= CUED_DATE_MAX_WORDS and block.features.get("sentence_end") is False
            and _POST_META.search(block.text) is not None)


class _PagesDate:
    """Reads dates off a dump's blocks, but never a forum member's join date: "Joined Aug 24, 2006
    Messages 23,243", or the line under a lone "Joined" (w3m prints the card's label and value apart).
    Only a block that holds a date is asked, so most of a dump is never looked at for the card."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._position: dict[int, int] = {}

    def first(self, blocks: Iterable[Block]) -> str | None:
        """The first date among `blocks` that is the page's."""
        return next((date for block in blocks if (date := find_date(block.text)) and not self._joined(block)), None)

    def cued(self, blocks: list[Block], cue: re.Pattern[str] = _DATE_CUE) -> str | None:
        """A date the page itself calls the publication date ("Published: Nov. 19, 2025") among `blocks`, or what
        `cue` calls it (a thread's start)."""
        return self.first(b for b in _short_dated(blocks) if cue.search(b.text))

    def cued_on_the_page(self, cue: re.Pattern[str] = _DATE_CUE) -> str | None:
        """As `cued`, anywhere on the page."""
        return self.first(b for b in self._short_dated_on_the_page if cue.search(b.text))

    @cached_property
    def _short_dated_on_the_page(self) -> list[Block]:  # asked for by up to two cues: found once
        return _short_dated(self.blocks)

    def _joined(self, block: Block) -> bool:
        if _MEMBER_CARD.search(block.text):
            return True
        if not self._position:
            self._position = {id(b): index for index, b in enumerate(self.blocks)}
        index = self._position[id(block)]
        label = self.blocks[index - 1].text if index else ""
        return len(label.split()) <= MEMBER_LABEL_MAX_WORDS and _MEMBER_SINCE.match(label) is not None


def _short_dated(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.features.get("words", 0) <= CUED_DATE_MAX_WORDS and has_year(b.text)]


_NEVER_A_HEADLINE = ("bullet", "phrase_label", "section_marker", "code_lines", "copyright", "table_row")
_NEVER_AT_THE_MARGIN = (*_NEVER_A_HEADLINE, "date_line", "counter")


def _is_title_candidate(block: Block, slug_words: set[str] = frozenset()) -> bool:
    features = block.features
    if any(features.get(name) for name in _NEVER_A_HEADLINE):
        return False
    if _PLACEHOLDER.match(block.text):
        return False
    words = features.get("words", len(block.text.split()))
    if slug_words and shared_word_share(block.text, slug_words) >= SLUG_BACKED_SHARE and 0 < words <= TITLE_MAX_WORDS:
        return not (features.get("date_line") or features.get("counter"))  # the URL vouches for its shape
    if features.get("date_line") or features.get("counter") or _BYLINE.match(block.text.strip()):
        return False
    if _NOT_A_HEADLINE.search(block.text):
        return False
    words = features.get("words", len(block.text.split()))
    return TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not block.text.rstrip().endswith(".")


def shared_word_share(text: str, article_words: set[str]) -> float:
    """Share of a line's longer words found in `article_words`: a headline names the article's topic, and a
    <title> repeats the headline."""
    words = [w.lower() for w in _WORDS.findall(text) if len(w) > 3]
    return sum(1 for w in words if w in article_words) / len(words) if words else 0.0


def headline_score(text: str, distance: int) -> float:
    """How much a line looks like the article's headline: shape first, then nearness to the article.

    >>> headline_score("River Otters Return to the Valley", 1) > headline_score("a photo of a river at dusk with trees", 1)
    True
    """
    words = text.split()
    capitalized = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit()) / len(words)
    shape = (CAPITALIZED_WEIGHT if capitalized >= 0.5 else 0.0) + (1.0 if 4 <= len(words) <= 16 else 0.0)
    shape -= 1.0 if text.rstrip().endswith(":") else 0.0
    return shape - HEADLINE_DISTANCE_COST * min(distance, HEADLINE_DISTANCE_CAP)


def url_slug_words(url: str | None) -> set[str]:
    """Words of a URL's path: "/2024/05/river-otters-return" names its article.

    >>> sorted(url_slug_words("https://news.example/2024/05/river-otters-return.html?x=1"))
    ['otters', 'return', 'river']
    """
    parts = split_url(url)
    if parts is None:
        return set()
    path = parts.path.lower()
    return {word for word in re.split(r"[^a-z0-9]+", path) if len(word) > 3 and not word.isdigit()} - _URL_NOISE


def _flush_left_heading(blocks: list[Block], start: int, end: int) -> int | None:
    """lynx sets headings at the margin and indents paragraphs: in a dump whose prose is indented, the
    first line at the margin between `start` and `end` that is no furniture is the page's first heading."""
    prose = [block.features.get("indent", 0) for block in blocks if block.features.get("class") == "good"]
    if len(prose) < INDENTED_PROSE_MIN_BLOCKS or sum(1 for indent in prose if indent >= 2) < INDENTED_PROSE_SHARE * len(prose):
        return None
    for index in range(start, end):
        block, features = blocks[index], blocks[index].features
        if features.get("indent", 1) != 0 or not FLUSH_LEFT_MIN_WORDS <= features.get("words", 0) <= TITLE_MAX_WORDS:
            continue
        if any(features.get(name) for name in _NEVER_AT_THE_MARGIN):
            continue
        if not _PLACEHOLDER.match(block.text) and not block.text.rstrip().endswith("."):
            return index
    return None


def _distance(index: int, first_kept: int, above: list[int], below: list[int]) -> int:
    """A line's distance in candidate lines from the article's start, as the other candidates have it."""
    if index < first_kept:
        return sum(1 for i in above if i > index) + 1
    return sum(1 for i in below if i < index) + 1 + BELOW_ARTICLE_START_COST


def _title_and_publisher(
    candidates: list[tuple[int, int]], blocks: list[Block], article_start: int, article_words: set[str],
    slug_words: set[str], flush_left: int | None = None,
) -> tuple[str | None, str | None]:
    """The best-scoring headline; a 'Headline – Publisher' line is scored on its headline and names the publisher.

    `candidates` pairs each line's index in `blocks` with its distance, in candidate lines, from the article's start
    (`article_start`); `flush_left` is the candidate a lynx dump sets at the margin, if any. A line inside the
    article shares its words by being part of it, so it pays BELOW_ARTICLE_START_PENALTY on top of its distance."""
    best_score, best = float("-inf"), (None, None)
    bylines: dict[int, bool] = {}  # whether a line is a byline or dateline: candidates share the lines under them
    for index, distance in candidates:
        text = blocks[index].text.strip()
        split = _publisher_split(text)
        headline = split[0] if split else text
        score = (
            headline_score(headline, distance)
            + TOPIC_WEIGHT * shared_word_share(headline, article_words)
            + SLUG_COVER_WEIGHT * _slug_cover(headline, slug_words)
            + SLUG_SHARE_WEIGHT * shared_word_share(headline, slug_words)
            + BYLINE_FOLLOWS_WEIGHT * _byline_follows(blocks, index, bylines)
            + FLUSH_LEFT_WEIGHT * (index == flush_left)
            - BELOW_ARTICLE_START_PENALTY * (index >= article_start)
        )
        if score > best_score:
            best_score, best = score, split or (text, None)
    return best


def _publisher_split(text: str) -> tuple[str, str] | None:
    """("Headline", "Publisher") when a line ends in a separator and a short capitalised name."""
    parts = _TITLE_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    headline, publisher = " ".join(parts[:-1]), parts[-1]
    if _is_publisher_name(publisher) and len(headline.split()) >= TITLE_MIN_WORDS:
        return headline, publisher
    return None


def _byline_follows(blocks: list[Block], index: int, bylines: dict[int, bool]) -> bool:
    for below in range(index + 1, min(len(blocks), index + 1 + BYLINE_FOLLOWS_SPAN)):
        if below not in bylines:
            block, text = blocks[below], blocks[below].text.strip()
            bylines[below] = bool(block.features.get("date_line") or _BYLINE.match(text) or _ARTICLE_BYLINE.search(text))
        if bylines[below]:
            return True
    return False


def _slug_cover(text: str, slug_words: set[str]) -> float:
    """Share of the slug's words a line names: a headline names them all, a menu item one of them.

    >>> _slug_cover("Living in a Tiny House Stinks", {"tiny", "house", "cons"}) > _slug_cover("Cons", {"tiny", "house", "cons"})
    True
    """
    if not slug_words:
        return 0.0
    words = {word.lower() for word in _WORDS.findall(text) if len(word) > 3}
    return len(words & slug_words) / len(slug_words)


def _is_publisher_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= PUBLISHER_MAX_WORDS and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _byline_author(blocks: list[Block]) -> str | None:
    for block in blocks:
        match = _BYLINE.match(block.text.strip())
        if match:
            return match.group("name").strip()
    return None


def _site_name(blocks: list[Block]) -> str | None:
    """The site's name from its copyright line, preferring the page's own spelling of a domain."""
    for block in reversed(blocks):
        if not block.features.get("copyright"):
            continue
        match = _COPYRIGHT_NAME.search(block.text)
        name = match.group("name").strip(" .,") if match else ""
        name = re.sub(r"\s*all rights reserved\s*", "", name, flags=re.I).strip(" .,")
        if not name:
            continue
        return _spelled_out_domain(name, blocks) if _DOMAIN.match(name) else name
    return None


def _spelled_out_domain(domain: str, blocks: list[Block]) -> str:
    """'todayheadline.co' becomes 'Today Headline' when the page writes its name that way."""
    stem = domain.lower().split(".")[0].replace("-", "")
    for block in blocks:
        text = block.text.strip()
        if len(text) <= 60 and re.sub(r"[\s-]", "", text).lower() == stem:
            return text
    return domain.lower()
