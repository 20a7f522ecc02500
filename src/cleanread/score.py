"""Context-free evidence on each web-text block: features, a score, and the reasons for it.

The shape follows jusText: judge every block on its own first (length, stopword density,
punctuation, boilerplate vocabulary, repetition), then let classify.py revise by neighbours.
"""

from __future__ import annotations

import re
from typing import Any

from .boilerplate_vocabulary import (
    AUTHOR_BIO, AUTHOR_CONTACT, BOILERPLATE_PHRASES, BROWSER_NOTICE, BROWSER_WORDS, CANCEL_REPLY, CANCEL_REPLY_ENDS,
    COMMENT_HEADING_WORDS, COMMENT_WORDS, COMMON_WORDS_BY_LANGUAGE, CONSENT_WORDS, CONTACT_WORDS, COOKIE_NOTICE,
    ENGLISH_COMMENT_WORDS, NEWSLETTER_NOTICE, NEWSLETTER_WORDS, RELATED_PREFIXES, SECTION_MARKERS, SHARE_BUTTON,
    SHARE_BUTTON_WORDS, SHARE_RUN, SHOP_FILTER, SKIP_LINK_OPENINGS, SKIP_LINKS, asks_consent,
)
from .dated_lines import DATE_LINE, HAS_DIGIT, MONTH_LIST_MIN_ENTRIES, lists_months
from .model import Block
from .repetition import COPY_PARAGRAPH_MIN_WORDS, repeats_per_copy
from .section_context import headings_between_paragraphs, mark_about_boxes, mark_comment_headers
from .segment.tables import cell_count
from .segment.wrap_width import UNSPACED_LETTERS
from .sentences import capitalised_share, ends_sentence
from .stopwords import has_stoplist, prose_stopword_density, stopwords_for
from .text_browsers import (
    ALT_TEXTS_MIN_WORDS, ALT_TEXTS_REASONS, BUTTON_MARK, alt_texts_in, describes_an_image, holds_choices,
    is_button_label, is_form_field, is_image_name, runs_identifiers,
)

# Named thresholds; first values chosen on the two seeds, to be tuned on the benchmark.
GOOD_MIN_WORDS = 20  # a block this long with enough stopwords is prose
NEARGOOD_MIN_WORDS = 8
GOOD_MIN_STOPWORD_DENSITY = 0.25
NEARGOOD_MIN_STOPWORD_DENSITY = 0.15
# most words capitalised: a title or names run together, however many stopwords ("… for Men, with …"), not prose
TITLE_MIN_CAPITALISED, TITLE_MAX_WORDS = 0.6, 60
TABLE_ROW_SCORE = 0.0  # neither prose nor furniture: a run passes through a table, and starts from prose
SHORT_PENALTY = -1.5  # what a short block costs a run of prose passing through it (webtext sample sweep)
BAD_PENALTY = -4.0  # what a boilerplate block costs (webtext sample sweep)
BOUNDARY_PENALTY = -40.0  # section markers ("Related Posts") that prose never runs through
PROSE_REPEAT_LIMIT = 3  # a paragraph printed this often is a teaser or a widget; a pull quote appears twice
SHORT_LINE_MAX_WORDS = 12  # longer blocks are never a date line, menu entry or section marker
HORIZONTAL_RULE = "━"  # w3m's <hr>: where inscriptis prints nothing, it says nothing of the blocks around it
CODE_LINE_SCORE = 1.0  # a code listing carries the run of prose around it, a little per line
CODE_SCORE_MAX_LINES = 10  # a long listing weighs no more than ten lines: it must not outweigh the prose
CARD_GRID_MAX_GAP = 6  # blocks from one card's (or post's) pictures to the next one's: name, price, rating, swatches

_WORD = re.compile(r"\w+", re.UNICODE)
# Japanese and Chinese write no spaces between words: their characters count two to a word (the mean length of
# a Japanese or Chinese word), so a sentence is as many words long as its translation would be, not one
_HAS_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]").search
_WORD_OR_PAIR = re.compile(f"[{UNSPACED_LETTERS}]{{1,2}}|[^\\W{UNSPACED_LETTERS}]+")

# "2 SHARES", "1.2k views", a forum's "3.4k posts", a shop's "8 Reviews", a post's "5 min read"
_COUNTER = re.compile(
    r"^(\d[\d.,]*\s*[kKmM]?\s*)?(shares?|views?|comments?|likes?|reads?|votes?|replies)?$"
    r"|^\d[\d.,]*\s*[kKmM]?\s*(posts?|messages?|reviews?)$|^\d+\s*min(ute)?s?\s+read$",
    re.I,
)
COUNTER_MAX_WORDS = 3
_COPYRIGHT_OPENING = re.compile(r"\W*(©|\([cC]\)|copyright\b)", re.I)
# "(c) 2024 Acme"; a bare "(c)" is more often a list's third item, "501(c)(3)" or code's "sum(c)"
_PARENTHESISED_C_YEAR = re.compile(r"\([cC]\)\s*(19|20)\d\d")
BROWSER_NOTICE_MAX_WORDS = 40
AUTHOR_BIO_MAX_WORDS = 120
NEWSLETTER_NOTICE_MAX_WORDS = 60
FORM_CONSENT_MAX_WORDS = 120  # a consent to text messages states its terms at length ("… Reply STOP to cancel")
AUTHOR_CONTACT_MAX_WORDS = 40  # a longer paragraph that asks readers to follow the author is the article's
COOKIE_NOTICE_MAX_WORDS = 200  # a consent platform lists its purposes at length: "We and our 977 partners store …"

MARKER_MAX_WORDS = 4  # "Top Rated Comments", "View all 12 comments"
# a section heading printed this often labels the content's own repeated items ("Recommended courses:"
# under each of nine courses, "RECOMMENDED ROUTE" on each route): it opens no section
REPEATED_MARKER_LIMIT = 3
TITLED_MARKER_MAX_WORDS = 40
_NUMBERED_COMMENTS = re.compile(r"^\d+\s+(comments?|responses?|replies)$", re.I)
_COMMENTS_ON = re.compile(r"^\d+\s+(comments?|responses?|replies|thoughts)\s+(to|on)\s", re.I)  # WordPress


def words_of(text: str) -> list[str]:
    """Words, and in Japanese or Chinese text pairs of characters (see UNSPACED_LETTERS)."""
    if text.isascii() or not _HAS_UNSPACED(text):  # a plain scan first: this runs on every block
        return _WORD.findall(text)
    return _WORD_OR_PAIR.findall(text)


def normalized(text: str) -> str:
    return " ".join(words_of(text.lower()))


def block_key(block: Block) -> str:
    """A block's lowercased words joined: the key the scorer stored, or computed for a block it did not read
    (an extractor's)."""
    return block.features.get("key") or normalized(block.text)


def score_web_blocks(blocks: list[Block], *, language: str | None = None) -> list[Block]:
    """Attach features, a context-free class, a score and reasons to each block.

    `language` (ISO 639-1) picks the stopword list; English when unknown, none for a language jusText has no list
    for (see stopwords.has_stoplist).
    """
    stopwords = stopwords_for(language) if has_stoplist(language) else None
    comment_words = COMMENT_WORDS - COMMON_WORDS_BY_LANGUAGE.get(language or "", frozenset())
    # a quarter of a dump's blocks repeat an earlier block's text (menus, share bars): each text is read once
    words_by_text = {text: words_of(text.lower()) for text in {block.text for block in blocks}}
    key_by_text = {text: " ".join(words) for text, words in words_by_text.items()}
    long_words = {key_by_text[text]: len(words) for text, words in words_by_text.items()
                  if len(words) >= COPY_PARAGRAPH_MIN_WORDS}
    repeats = repeats_per_copy([key_by_text[block.text] for block in blocks], long_words)
    features_by_text = {
        text: _text_features(text, words, key_by_text[text], repeats[key_by_text[text]], stopwords, comment_words)
        for text, words in words_by_text.items()
    }
    for block in blocks:
        block.features.update(features_by_text[block.text])
    _cards_only(blocks)
    mark_comment_headers(blocks)
    mark_about_boxes(blocks)
    for block in blocks:
        block.features["class"], block.score = _context_free_class(block)
    for block in list(headings_between_paragraphs(blocks)):  # a marker's class and score, read again without it
        block.features["section_marker"] = None
        block.reasons.pop()
        block.features["class"], block.score = _context_free_class(block)
        block.reasons.append("a section marker's words, but between paragraphs: a heading of the article's own")
    return blocks


def _cards_only(blocks: list[Block]) -> None:
    """Alt texts run into a card's or a post's text are a grid's or a feed's only where there is one: another such
    block close by."""
    found = [index for index, block in enumerate(blocks) if block.features["alt_texts"]]
    for position, index in enumerate(found):
        before = found[position - 1] if position else None
        after = found[position + 1] if position + 1 < len(found) else None
        if not (before is not None and index - before <= CARD_GRID_MAX_GAP
                or after is not None and after - index <= CARD_GRID_MAX_GAP):
            blocks[index].features["alt_texts"] = None


def _text_features(
    text: str, words: list[str], key: str, repeats: int, stopwords: frozenset[str] | None,
    comment_words: frozenset[str],
) -> dict[str, Any]:
    """Cheap features of a block's text; the short-line checks only where they can match.

    `words` are the text's lowercased words and `key` those words joined. This runs on every
    block of every dump, so each check is guarded by a cheaper one that must hold for it to match.
    """
    text = text.strip()
    count = len(words)
    short = count <= SHORT_LINE_MAX_WORDS
    numbered = key[:1].isdigit()  # "12 comments", "34 responses to …"
    permalinked = text.endswith("¶")  # a documentation heading's permalink: the page's own section, not a box
    marker = _section_marker(key, words, numbered, comment_words) if short and not permalinked else None
    if marker is None and numbered and count <= TITLED_MARKER_MAX_WORDS and _COMMENTS_ON.match(key):
        marker = "comments"  # "34 responses to “A Headline Long Enough to Pass Twelve Words”"
    says_who = " is " in key or " was " in key or " has been " in key  # as every bio does: a cheap test first
    author_bio = (count <= AUTHOR_BIO_MAX_WORDS and says_who and AUTHOR_BIO.match(text) is not None
                  or count <= AUTHOR_CONTACT_MAX_WORDS and _says(key, CONTACT_WORDS, AUTHOR_CONTACT, text))
    cookie_notice = count <= COOKIE_NOTICE_MAX_WORDS and _says(key, CONSENT_WORDS, COOKIE_NOTICE)
    # the author's box closes the article, as an "About Ascom" box does, and no article runs through a consent box
    if (author_bio or cookie_notice) and marker is None:
        marker = "footer"
    image_name = is_image_name(text)  # "[Trending-l]": a picture's file name, whatever its words say
    copyright = has_copyright_mark(text, key) and (count <= 25 or _is_copyright_notice(text, key))
    density = prose_stopword_density(words, stopwords, GOOD_MIN_STOPWORD_DENSITY)
    sentence_end = ends_sentence(text)
    return {
        "key": key,  # the words the votes and the copy checks compare blocks by
        "permalinked": permalinked,
        "words": count,
        "stopword_density": density,
        "sentence_end": sentence_end,
        # asked only where it can matter: a block that could be prose or a sentence by its length and stopwords
        "capitalised": capitalised_share(text) if NEARGOOD_MIN_WORDS <= count <= TITLE_MAX_WORDS and (
            density is None or density >= NEARGOOD_MIN_STOPWORD_DENSITY) and (
            count >= GOOD_MIN_WORDS or sentence_end) else 0.0,
        "repeats": repeats,
        "date_line": short and HAS_DIGIT(text) is not None and DATE_LINE.match(text) is not None,
        "counter": count <= COUNTER_MAX_WORDS and _COUNTER.match(text) is not None,
        # two words an entry ("october 2019"), and the list ends on a year
        "month_list": count >= 2 * MONTH_LIST_MIN_ENTRIES and key[-1:].isdigit() and lists_months(key, count),
        "form_field": is_form_field(text, count),
        "form_choices": holds_choices(text),
        "button_label": is_button_label(text, count),
        "phrase_label": _phrase_label(key, words, text) if short else None,
        "section_marker": marker if repeats < REPEATED_MARKER_LIMIT and not image_name else None,
        "copyright": copyright,
        # "© 2025 Allbirds, Inc. All Rights Reserved": the page's own notice, where its content has ended (a photo's
        # "Photo: AP / Copyright 2019 The Associated Press. All rights reserved." is a caption's)
        "closing_copyright": copyright and "rights reserved" in key and _COPYRIGHT_OPENING.match(text) is not None,
        "image_name": image_name,
        "identifiers": runs_identifiers(text),
        "image_description": describes_an_image(key),
        "alt_texts": alt_texts_in(text, count) if count >= ALT_TEXTS_MIN_WORDS else None,
        "browser_notice": count <= BROWSER_NOTICE_MAX_WORDS and _says(key, BROWSER_WORDS, BROWSER_NOTICE),
        "author_bio": author_bio,
        "cookie_notice": cookie_notice,
        "newsletter_notice": (count <= NEWSLETTER_NOTICE_MAX_WORDS
                              and _says(key, NEWSLETTER_WORDS, NEWSLETTER_NOTICE, text)),
        "form_consent": count <= FORM_CONSENT_MAX_WORDS and asks_consent(key),
    }


def _says(key: str, words: tuple[str, ...], notice: re.Pattern[str], text: str | None = None) -> bool:
    """Does `key` (or the `text` it was read from) word a notice? The regex runs only on keys holding one of the
    `words` every match holds."""
    for word in words:  # a loop, not any() over a generator: this runs on every text of every dump
        if word in key:
            return notice.search(key if text is None else text) is not None
    return False


def has_copyright_mark(text: str, key: str) -> bool:
    """`key` is the block's lowercased words, so only the marks made of symbols need the raw text."""
    if "©" in text or "copyright" in key or "rights reserved" in key:
        return True
    return ("(c)" in text or "(C)" in text) and _PARENTHESISED_C_YEAR.search(text) is not None


def _is_copyright_notice(text: str, key: str) -> bool:
    """A long block that opens with the copyright mark or reserves all rights is the page's legal
    notice (a trademark list, terms), however much it reads like prose; one that mentions copyright
    further in may be an article about it."""
    return "rights reserved" in key or _COPYRIGHT_OPENING.match(text) is not None


def _phrase_index(phrases_by_label: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalized(phrase): label for label, phrases in phrases_by_label.items() for phrase in phrases}


def _phrase_label(key: str, words: list[str], text: str) -> str | None:
    if ("share" in key or key.startswith(("tweet", "pin", "email"))) and SHARE_RUN.search(text):
        return "share"
    if not SHARE_BUTTON_WORDS.isdisjoint(words) and SHARE_BUTTON.search(key):
        return "share"  # "Click to share on Facebook (Opens in new window)"
    if key.startswith(SKIP_LINK_OPENINGS) and SKIP_LINKS.fullmatch(text):
        return "nav"
    return "nav" if key.startswith("filter by ") and SHOP_FILTER.fullmatch(text) else _BOILERPLATE_INDEX.get(key)


def _section_marker(key: str, words: list[str], numbered: bool, comment_words: frozenset[str]) -> str | None:
    marker = _SECTION_INDEX.get(key)
    if marker is None and key.endswith(CANCEL_REPLY_ENDS):  # "Leave a Reply Cancel reply", "Leave a ReplyCancel reply"
        marker = _SECTION_INDEX.get(CANCEL_REPLY.sub("", key))
    if marker or len(words) > MARKER_MAX_WORDS:
        return marker
    if numbered and _NUMBERED_COMMENTS.match(key):
        return "comments"
    if not comment_words.isdisjoint(words) and _heads_comments(words, comment_words):
        return "comments"
    return "related" if key.startswith(RELATED_PREFIXES) else None


def _heads_comments(words: list[str], comment_words: frozenset[str]) -> bool:
    """A short line that names comments; in English, only words about them or numbers may come before."""
    opening = next(index for index, word in enumerate(words) if word in comment_words)
    if words[opening] not in ENGLISH_COMMENT_WORDS:
        return True  # "Kommentare (3)": other languages' headings are not read word by word
    return all(word in COMMENT_HEADING_WORDS or word.isdigit() for word in words[:opening])


_BOILERPLATE_INDEX = _phrase_index(BOILERPLATE_PHRASES)
_SECTION_INDEX = _phrase_index(SECTION_MARKERS)


_BIO_REASON = "the author's bio or where to reach them"
_COOKIE_REASON = "a cookie consent notice"


def _context_free_class(block: Block) -> tuple[str, float]:
    """jusText-style class ('bad', 'short', 'neargood', 'good') and a run score, with reasons."""
    features, reasons = block.features, block.reasons
    words = features["words"]
    if features.get("code_lines") and not features.get("template"):
        reasons.append(f"code: {features['code_lines']} lines of statements, operators or prompts")
        return "code", CODE_LINE_SCORE * min(features["code_lines"], CODE_SCORE_MAX_LINES)
    if features["section_marker"]:
        said = (_BIO_REASON if features["author_bio"]
                else _COOKIE_REASON if features["cookie_notice"] else repr(block.text.strip()))
        reasons.append(f"section marker ({features['section_marker']}): {said}")
        return "bad", BOUNDARY_PENALTY
    if features.get("table_row") and not (features["phrase_label"] or features["copyright"] or features["form_field"]
                                          or _reads_as_prose(features)):  # a table of paragraphs is prose
        reasons.append(f"table row: {cell_count(block.text)} cells, like the rows around it")
        return "short", TABLE_ROW_SCORE
    if block.text == BUTTON_MARK:  # lynx's button with no label (a heading's anchor, a slider's arrow), as the rule
        reasons.append("a button without a label, as lynx prints it")
        return "bad", 0.0
    if block.text[:1] == HORIZONTAL_RULE and not block.text.strip(HORIZONTAL_RULE):  # as an image name, below
        reasons.append("a horizontal rule, as w3m draws it")
        return "bad", 0.0
    if features["image_name"] or features["identifiers"]:  # says nothing of its neighbours: breaks no run, nor adds
        reasons.append("an image's file name, as a text browser prints it" if features["image_name"]
                       else "identifiers run together, no words: a widget's keys")
        return "bad", 0.0
    if features["image_description"]:  # an image as well, in words
        reasons.append("an image's description (its alt text), as a text browser prints it")
        return "bad", 0.0
    if features["alt_texts"]:
        reasons.append(ALT_TEXTS_REASONS[features["alt_texts"]])
        return "bad", 0.0
    bad_reasons = _bad_reasons(block)
    if bad_reasons:
        reasons.extend(bad_reasons)
        return "bad", BAD_PENALTY
    density = features["stopword_density"]
    said = "no stoplist for the language" if density is None else f"stopword density {density:.2f}"
    if _reads_as_prose(features):
        reasons.append(f"prose: {words} words, {said}")
        return "good", float(words)
    if (words >= NEARGOOD_MIN_WORDS and _dense_enough(features, NEARGOOD_MIN_STOPWORD_DENSITY)
            and features["sentence_end"]):
        reasons.append(f"sentence: {words} words, {said}")
        return "neargood", words / 2
    titled = ", most words capitalised" if features["capitalised"] >= TITLE_MIN_CAPITALISED else ""
    reasons.append(f"short: {words} words" + ("" if features["sentence_end"] else ", no sentence end") + titled)
    return "short", SHORT_PENALTY


def _reads_as_prose(features: dict[str, Any]) -> bool:
    return features["words"] >= GOOD_MIN_WORDS and _dense_enough(features, GOOD_MIN_STOPWORD_DENSITY)


def _dense_enough(features: dict[str, Any], min_density: float) -> bool:
    """Stopword density at least `min_density`, and not a title's capitals (webtext: wcxb-dev +0.0003 to +0.0007 a
    renderer, scrapinghub +0.0001 to +0.0010); without a stoplist for the language, which leaves nothing to tell
    prose from a list of titles by, a sentence's end instead."""
    density = features["stopword_density"]
    if features["capitalised"] >= TITLE_MIN_CAPITALISED:
        return False
    return features["sentence_end"] if density is None else density >= min_density


# what marks a block as page furniture by its own text, whatever its length (article_runs asks for these)
FURNITURE_WORDS = (
    "phrase_label", "counter", "date_line", "month_list", "copyright", "cookie_notice", "browser_notice", "author_bio",
    "image_name", "identifiers", "head_links", "image_description", "alt_texts", "form_choices", "button_label",
    "newsletter_notice", "form_consent",
)
# ...and everything else that makes a block bad by itself; _context_free_class words each of them
FURNITURE_FEATURES = (*FURNITURE_WORDS, "form_field", "template", "section_marker")


def says_furniture(features: dict[str, Any]) -> bool:
    """Bad by its own words or layout: one of FURNITURE_FEATURES is set."""
    return any(features.get(name) for name in FURNITURE_FEATURES)


def bad_only_for_repeating(features: dict[str, Any]) -> bool:
    """Bad because its text comes back elsewhere in the page, and for nothing it says itself."""
    return features["class"] == "bad" and features["repeats"] > 1 and not says_furniture(features)


def _bad_reasons(block: Block) -> list[str]:
    features, words = block.features, block.features["words"]
    reasons = []
    if features["phrase_label"]:
        reasons.append(f"boilerplate phrase ({features['phrase_label']})")
    if features["counter"]:
        reasons.append("counter or bare number")
    if features["form_field"]:
        reasons.append("a form's text box")
    if features["form_choices"]:
        reasons.append("a form's radio buttons or checkboxes, as a text browser prints them")
    if features["button_label"]:
        reasons.append("a button's label, as lynx prints it")
    if features["date_line"]:
        reasons.append("date on its own line")
    if features["month_list"]:
        reasons.append("a list of months: an archive's menu")
    if features["copyright"]:
        reasons.append("copyright line")
    if features["cookie_notice"]:
        reasons.append(_COOKIE_REASON)
    if features["newsletter_notice"]:
        reasons.append("a newsletter's sign-up box")
    if features["form_consent"]:
        reasons.append("a form's consent to be contacted or sent messages")
    if features["browser_notice"]:
        reasons.append("a notice to enable JavaScript or to change browsers")
    if features["author_bio"]:
        reasons.append(_BIO_REASON)
    if features.get("head_links"):
        reasons.append("the titles of the page's <link> elements (feeds, search), as lynx prints them first")
    if features["bullet"] and words <= 6 and not features["sentence_end"]:
        reasons.append("short bullet item")
    if ((features["repeats"] > 1 and words < GOOD_MIN_WORDS and not features["permalinked"])
            or features["repeats"] >= PROSE_REPEAT_LIMIT):
        reasons.append(f"repeats {features['repeats']} times in the page")
    if features.get("template"):
        reasons.append("template: on other pages of this site in this run")
    return reasons
