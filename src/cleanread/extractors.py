"""Main-content votes from established extractors: trafilatura first, readability-lxml as fallback,
resiliparse as a fast second opinion.

trafilatura runs its fast pass; its full cascade (its own readability and jusText comparisons) runs
only when the fast pass found much less text than resiliparse did, which is where the cascade helps.
The cascade is told the page's language, so jusText reads it with that language's stopwords, as jusText
is meant to be used, instead of a list merged from all its languages.

Their output becomes Blocks (so text, markdown and --explain work the same as for text
inputs) and a mapping of trafilatura's metadata, read on demand.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from . import model
from .metadata.found import TrafilaturaMetadata
from .model import Block
from .score import block_key, normalized
from .segment.html import show_tab_panels

MIN_MAIN_TEXT_CHARS = 250  # below this, trafilatura probably missed the article: ask readability
FULL_CASCADE_SHARE = 0.5  # a fast pass with less than this share of resiliparse's text missed content
WHOLE_PAGE_SHARE = 2.0  # ...and one block holding this many times resiliparse's text is the page's whole text,
MENU_TEXT_SHARE = 0.75  # ...a fallback to ask the cascade about when this much of it is link-dense blocks (menus)
MENU_LINK_DENSITY = 0.5
# resiliparse's main-content pass is quadratic in nesting depth (20,000 nested divs: 8 s); libxml2 caps depth
DEEP_NESTING = 200
# an element with DEEP_NESTING ancestors, found by walking down level by level: each element is visited once, where
# testing every element's ancestors cost twice as much on every page
_NESTED_DEEPLY = etree.XPath("boolean(/" + "/".join(["*"] * (DEEP_NESTING + 1)) + ")")
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class MainContent:
    """What one extractor chose as the page's main content."""

    extractor: str
    blocks: list[Block] = field(default_factory=list)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def char_count(self) -> int:
        return sum(len(block.text) for block in self.blocks)


def main_content(
    tree: lxml_html.HtmlElement,
    markup: bytes,
    *,
    url: str | None,
    comments: bool,
    second_opinion_chars: int,
    dom_blocks: Sequence[Block] = (),
    language: str | None = None,
) -> MainContent:
    """trafilatura's fast choice; its full cascade when the fast pass found less than
    FULL_CASCADE_SHARE of the second opinion's text or almost nothing, or the page's menus; readability's when the
    cascade found too little too. The metadata is trafilatura's, read from `tree` field by field
    when asked for (see metadata.found). `dom_blocks`, the page's own blocks, tell its menus; `language`
    (ISO 639-1, None when unknown) is the one the cascade's jusText reads the page in.

    trafilatura (from 2.3) prunes a copy of the tree it is given, so both passes and the metadata
    share the page's one parse.
    """
    if b"tabpanel" in markup:  # the markup says so at a twentieth of the cost of looking in the tree
        tree = show_tab_panels(tree)
    found = TrafilaturaMetadata(tree, url=url)
    chosen = trafilatura_content(tree, url=url, comments=comments, fast=True)
    if chosen.char_count < max(FULL_CASCADE_SHARE * second_opinion_chars, MIN_MAIN_TEXT_CHARS) or _whole_page_of_menus(
        chosen, second_opinion_chars, dom_blocks
    ):
        chosen = trafilatura_content(tree, url=url, comments=comments, fast=False, language=language)
    chosen.metadata = found
    if chosen.char_count < MIN_MAIN_TEXT_CHARS:
        fallback = readability_content(markup.decode("utf-8", "surrogatepass"))
        if fallback.char_count > chosen.char_count:
            fallback.metadata = found.override(fallback.metadata)
            return fallback
    return chosen


def _whole_page_of_menus(chosen: MainContent, second_opinion_chars: int, dom_blocks: Sequence[Block]) -> bool:
    """One block far longer than resiliparse's text and made mostly of the page's menus: the fast pass found no
    article and fell back on the page's whole text, where the full cascade compares readability's and jusText's
    choices. (Where less of it is menus, the cascade measured worse: the fallback had read a listing's page right.)"""
    if len(chosen.blocks) != 1 or not chosen.char_count > WHOLE_PAGE_SHARE * second_opinion_chars > 0:
        return False
    text = normalized(chosen.blocks[0].text)
    inside = [block for block in dom_blocks if block_key(block) in text]
    menus = sum(len(block.text) for block in inside if block.features.get("link_density", 0.0) >= MENU_LINK_DENSITY)
    return menus >= MENU_TEXT_SHARE * sum(len(block.text) for block in inside) > 0


def trafilatura_content(
    tree: lxml_html.HtmlElement, *, url: str | None, comments: bool, fast: bool, language: str | None = None
) -> MainContent:
    """trafilatura's main content, without its metadata: that is read on demand from our own tree.

    Without a language, trafilatura's jusText merges the stopwords of all its languages into one list,
    built once and held for the life of the process (about 30 MB). With one, trafilatura also refuses a
    page whose meta tags name another language: such a page is asked again without it."""
    result = _bare_extraction(tree, url=url, comments=comments, fast=fast, language=language)
    if result is None and language:
        result = _bare_extraction(tree, url=url, comments=comments, fast=fast, language=None)
    if result is None:
        return MainContent("trafilatura")
    blocks = list(_blocks_from_trafilatura_body(result.body, "trafilatura"))
    if comments and result.commentsbody is not None:
        blocks.extend(_blocks_from_trafilatura_body(result.commentsbody, "trafilatura (comments)"))
    return MainContent("trafilatura", blocks)


def _bare_extraction(tree: lxml_html.HtmlElement, *, url: str | None, comments: bool, fast: bool, language: str | None):
    """The "txt" format leaves the extraction as it is and only skips serialising the body to text (its
    default, "python", does that for the result's `text`), which nothing here reads: the blocks come from
    the body itself."""
    return trafilatura.bare_extraction(
        tree, url=url, fast=fast, with_metadata=False, include_comments=comments, include_tables=True,
        target_language=language, output_format="txt",
    )


def readability_content(html_text: str) -> MainContent:
    """readability-lxml's choice; imported here, since few pages need it and it loads chardet too."""
    from readability import Document as ReadabilityDocument

    try:
        document = ReadabilityDocument(html_text)
        summary = lxml_html.fromstring(document.summary(html_partial=True))
        title = document.short_title()
    except Exception:  # readability raises bare Exceptions on pages it cannot read
        return MainContent("readability")
    blocks = []
    for element in summary.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td"):
        text = " ".join(element.text_content().split())
        if text:
            label = model.HEADING if element.tag.startswith("h") else model.BODY
            blocks.append(Block(text=text, label=label, score=1.0, reasons=["main content per readability"]))
    return MainContent("readability", blocks, {"title": title})


def resiliparse_text(tree: lxml_html.HtmlElement, markup: bytes) -> str:
    """resiliparse's main-content text: an independent opinion at a few milliseconds a page.

    It reads the page's own markup, which lexbor parses as a browser does: where libxml2 nested
    the whole page inside its header (a stray end tag, an element it does not know), our tree
    has no main content left to find. A page nested DEEP_NESTING elements deep is read from our
    tree re-serialised instead, where libxml2 has already cut nesting to a sane depth.
    Call it before trafilatura, which prunes the tree it is given.
    """
    try:
        if _NESTED_DEEPLY(tree):
            markup = lxml_html.tostring(tree, encoding="utf-8")
        return extract_plain_text(HTMLTree.parse_from_bytes(markup, "utf-8"), main_content=True)
    except Exception:  # a second opinion that fails is only a missing vote
        return ""


_TAG_LABELS = {"head": model.HEADING, "quote": model.QUOTE, "code": model.CODE}
_PAGE_ELEMENTS = frozenset({"p", "head", "list", "quote"})  # what a data table's cells do not hold


def _blocks_from_trafilatura_body(body, extractor: str):
    """Blocks from trafilatura's XML body. Its <lb/> is the page's <br>: a line break, which the text
    would otherwise lose between two lines ("Tampa, FL" then "June 10 ..." read "FLJune 10")."""
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    yield from _contained_blocks(body, f"main content per {extractor}")


def _contained_blocks(parent, reason: str):
    """Blocks from an element's children; loose text between them is a paragraph too."""
    yield from _loose_text(parent.text, reason)
    for element in parent:
        yield from _element_blocks(element, reason)
        yield from _loose_text(element.tail, reason)


def _loose_text(text: str | None, reason: str):
    text = " ".join((text or "").split())
    if text:
        yield Block(text=text, label=model.BODY, score=1.0, reasons=[reason])


def _item_text(item) -> str:
    """A list item's own words: an item holding a nested list would otherwise repeat every nested
    item's text, which comes again as blocks of their own."""
    pieces = [item.text]
    for child in item:
        if child.tag != "list":
            pieces.extend(child.itertext())
        pieces.append(child.tail)
    return " ".join(" ".join(piece for piece in pieces if piece).split())


def _lays_out_page(table) -> bool:
    """A table whose cells hold paragraphs, headings or lists lays out a page (an old site's article
    with the stories beside and under it); a data table's cells hold text. A layout table's paragraphs
    are blocks of their own, as outside a table, so that the votes can tell the article from the rest."""
    return any(child.tag in _PAGE_ELEMENTS for cell in _cells(table) for child in cell)


def _cells(table):
    return (cell for row in table.iterchildren("row") for cell in row.iterchildren("cell"))


def _element_blocks(element, reason: str):
    if element.tag == "list":
        for item in element.iter("item"):
            text = _item_text(item)
            if text:
                yield Block(text=text, label=model.LIST_ITEM, score=1.0, reasons=[reason])
    elif element.tag == "table" and _lays_out_page(element):
        for cell in _cells(element):
            yield from _contained_blocks(cell, reason)
    elif element.tag == "table":
        for row in element.iter("row"):
            cells = [" ".join(" ".join(cell.itertext()).split()) for cell in row.iter("cell")]
            text = " | ".join(cell for cell in cells if cell)
            if text:
                yield Block(text=text, label=model.BODY, score=1.0, reasons=[reason, "table row"],
                            features={"table_row": True})
    else:
        text = "".join(element.itertext())
        text = text.strip("\n") if element.tag == "code" else " ".join(text.split())
        if text:
            yield Block(text=text, label=_TAG_LABELS.get(element.tag, model.BODY), score=1.0, reasons=[reason])
