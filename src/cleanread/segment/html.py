"""Parse HTML once and cut the DOM into text blocks, each with its tag and link density."""

from __future__ import annotations

import re
from itertools import repeat

from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, repair_faulty_html

from ..errors import ContentError
from ..limits import DEFAULT_MAX_HTML_NODES, check_html_size
from ..model import Block

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table "
    "td th tr ul".split()
)
CONTAINER_CHARS = 600  # the nearest boxes' names; deeper history only costs memory on hostile pages
_DISPLAY_NONE = re.compile(r"display\s*:\s*none\s*;?", re.I)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])  # trafilatura's INVALID_XML_CHARS
# libxml2 drops all a page prints after its </html>, and sets what follows </body> outside the body; a browser
# reads both into the body. Some pages print their article after an early "</body></html>".
_DOCUMENT_END = re.compile(rb"</(?:body|html)\s*>", re.I)
_DOCUMENT_END_OPENING = re.compile(rb"</(?:body|html)", re.I)  # one pass: a fifth of the cost of four finds
_START_TAG = re.compile(rb"<[a-zA-Z]")
_NONCHARACTERS = re.compile(rb"\xef\xbf[\xbe\xbf]")  # U+FFFE, U+FFFF in UTF-8: one pass, a fifth of two `in`s
SKIPPED_TAGS = frozenset("script style noscript template svg head iframe object embed".split())
# trafilatura's parser options (trafilatura.utils.HTML_PARSER), with lxml.html's element classes chosen in C:
# lxml.html's own lookup calls Python for every element touched, to give forms and inputs classes of their
# own that nothing here uses: 6% of the time of a ScrapingHub page, 4% of a WCXB one.
PAGE_PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
PAGE_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
))


def parse_html(text: str, *, max_nodes: int = DEFAULT_MAX_HTML_NODES) -> lxml_html.HtmlElement:
    """The page's tree, parsed once and shared by every later step (see `html_markup`, `parse_markup`)."""
    return parse_markup(html_markup(text, max_nodes=max_nodes))


def html_markup(text: str, *, max_nodes: int = DEFAULT_MAX_HTML_NODES) -> bytes:
    """The page as the UTF-8 bytes libxml2 reads, repaired as trafilatura's load_html would, and with
    what it prints after an early </html> kept.

    Pages with more than `max_nodes` elements are refused before the extractors spend minutes on
    them. The str is copied only when a repair is needed, and the bytes stand in for it from here
    on: a page with one emoji is a str of four bytes per character.
    """
    check_html_size(text, max_nodes)
    beginning = text[:50].lower()
    markup = text.encode("utf-8", "surrogatepass")
    if _needs_repair(markup, text, beginning):
        markup = repair_faulty_html(text, beginning).encode("utf-8", "surrogatepass")
    return _without_early_document_end(markup)


def _without_early_document_end(markup: bytes) -> bytes:
    """The page without its </body> and </html> when elements follow them, as a browser reads it."""
    end = _DOCUMENT_END_OPENING.search(markup)
    if end is None or _START_TAG.search(markup, end.start()) is None:
        return markup
    return _DOCUMENT_END.sub(b"", markup)


def parse_markup(markup: bytes) -> lxml_html.HtmlElement:
    """The tree of `html_markup`'s bytes, parsed as trafilatura parses them (see PAGE_PARSER).

    lxml's HTML parser reads no DTD, fetches nothing and expands no entity declared in the page,
    and libxml2 caps nesting depth.
    """
    try:
        tree = lxml_html.fromstring(markup, parser=PAGE_PARSER)
    except (ParserError, ValueError) as error:
        raise ContentError(f"cannot parse HTML: {error}") from None
    beginning = markup[:200].decode("utf-8", "ignore")[:50].lower()
    if tree is None or ("html" not in beginning and len(tree) < 2):  # as load_html: a fragment, not a page
        raise ContentError("cannot parse HTML: no document element")
    return tree


def show_tab_panels(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Unhide the panels of tabbed content: a page shows one tab at a time, but each tab is content.

    Documentation puts the same steps for each language in tabs; trafilatura drops what is
    hidden, so all but the open tab would be lost.
    """
    for panel in tree.xpath('//*[@role="tabpanel"]'):
        panel.attrib.pop("hidden", None)
        if panel.get("aria-hidden") == "true":
            del panel.attrib["aria-hidden"]
        style = panel.get("style")
        if style and _DISPLAY_NONE.search(style):
            panel.set("style", _DISPLAY_NONE.sub("", style))
    return tree


def _needs_repair(markup: bytes, text: str, beginning: str) -> bool:
    """Whether trafilatura's repair_faulty_html would change anything (it always copies the page).

    Its INVALID_XML_CHARS are looked for in the UTF-8 bytes, where deleting the control bytes is
    three times faster than the regular expression over the str: a byte below 0x20 is always that
    ASCII character, and U+FFFE and U+FFFF are always EF BF BE and EF BF BF."""
    if len(markup.translate(None, _CONTROL_BYTES)) != len(markup):
        return True
    if _NONCHARACTERS.search(markup):
        return True
    first_line_end = text.find("\n")
    if "doctype" in beginning and DOCTYPE_TAG.search(text, 0, first_line_end if first_line_end >= 0 else len(text)):
        return True
    return any("<html" in line and line.endswith("/>") and FAULTY_HTML.search(line)
               for line in text[:4096].splitlines()[:4])


def segment_html(tree: lxml_html.HtmlElement) -> list[Block]:
    """One block per block-level element that carries text of its own, in document order.

    Each block notes its tag, link density and `container`: the tag, class and id names of the
    element and its ancestors, where pages say what a box is ("comment", "cookie-banner", "figure").
    """
    blocks = []
    for element, tag, container in _elements_outside_skipped(tree):
        if tag not in BLOCK_TAGS:
            continue
        text, link_chars = _own_text(element)
        text = " ".join(text.split())
        if text:
            features = {
                "tag": tag,
                "link_density": link_chars / len(text),
                "words": len(text.split()),
                "bullet": "•" if tag == "li" else None,
                "container": container,
            }
            blocks.append(Block(text=text, line=element.sourceline, features=features))
    return blocks


def _elements_outside_skipped(tree: lxml_html.HtmlElement):
    """(element, tag, the tag, class and id names down to it) in document order, not descending into
    scripts, styles and the like. Every element of every page passes here: each lxml attribute is read once."""
    stack = [(tree, "")]
    pop, extend = stack.pop, stack.extend
    while stack:
        element, outer = pop()
        tag = element.tag
        if tag.__class__ is not str or tag in SKIPPED_TAGS:  # comments and processing instructions have no str tag
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".strip()
        container = (f"{outer} {tag} {names.lower()}" if names else f"{outer} {tag}")[-CONTAINER_CHARS:]
        yield element, tag, container
        if len(element):
            extend(zip(reversed(element), repeat(container)))


def _own_text(element: lxml_html.HtmlElement) -> tuple[str, int]:
    """Text of `element` and its inline descendants, leaving nested blocks to themselves."""
    parts, link_chars = [element.text or ""], 0
    for child in element:
        tag = child.tag
        if tag.__class__ is str and tag not in BLOCK_TAGS and tag not in SKIPPED_TAGS:
            inline_text = _inline_text(child) if len(child) else child.text
            if inline_text:  # None around blocks (a custom element, a link around a card): their text is theirs
                parts.append(inline_text)
                if tag == "a":
                    link_chars += len(inline_text.strip())
        parts.append(child.tail or "")
    return " ".join(parts), link_chars


def _inline_text(element: lxml_html.HtmlElement) -> str | None:
    """An inline element's text without the scripts and styles inside it; None when it holds blocks."""
    inside = {descendant.tag for descendant in element.iter(*BLOCK_TAGS, *SKIPPED_TAGS)}
    if not inside:
        return element.text_content()
    if not inside.isdisjoint(BLOCK_TAGS):
        return None
    parts: list[str] = []
    collect_text(element, parts)
    return "".join(parts)


def collect_text(element: lxml_html.HtmlElement, parts: list[str], breaking: frozenset[str] = frozenset()) -> None:
    """The text of `element` and its descendants, in order, into `parts`: none from scripts, styles or comments,
    and a space on each side of an element in `breaking` (a line break, a block) to keep words apart."""
    tag = element.tag if element.tag.__class__ is str else ""
    if not tag or tag in SKIPPED_TAGS:
        return
    spaced = tag in breaking
    if spaced:
        parts.append(" ")
    parts.append(element.text or "")
    for child in element:
        collect_text(child, parts, breaking)
        parts.append(child.tail or "")
    if spaced:
        parts.append(" ")
