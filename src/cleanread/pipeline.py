"""The pipeline, top to bottom: decode → detect kind → segment → score → classify (HTML: votes) → repair → metadata.

`extract` runs it on one document; `extract_many` on a stream of inputs, turning every
failure into an error result so that no input is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import model
from .classify import classify_web_blocks
from .classify_pdf import classify_pdf_blocks
from .decode import check_text, decode_bytes
from .detect import check_kind, detect_kind
from .errors import CleanreadError, ContentError
from .limits import DEFAULT_LIMITS, Limits, split_long_lines
from .extractors import main_content, resiliparse_text
from .metadata import (
    TextMetadata, detect_language, detect_prose_language, html_metadata, page_evidence, pdf_metadata, text_metadata,
)
from .metadata.head import fast_html_metadata
from .model import Block, Document
from .readers import InputRecord
from .render import plain_text
from .repair import RepairOptions, repair_paragraphs, restore_reading_order
from .repair.mojibake import may_hold_mojibake, repair_mojibake
from .score import block_key, normalized, score_web_blocks
from .segment.html import html_markup, parse_markup, segment_html
from .segment.pdf import segment_pdf_text
from .segment.rendered import parse_fast, rendered_text
from .segment.text import segment_web_text
from .text_browsers import without_control_marks
from .votes import classify_html_blocks


def extract(
    data: str | bytes,
    *,
    kind: str = "auto",
    url: str | None = None,
    encoding: str | None = None,
    citations: bool = True,
    comments: bool = False,
    fast: bool = False,
    template_lines: frozenset[str] = frozenset(),
    limits: Limits = DEFAULT_LIMITS,
) -> Document:
    """Extract the main text and metadata of one document (HTML, web-page text dump or PDF text).

    `kind` forces 'html', 'web-text' or 'pdf-text' instead of detecting it; `citations=False`
    drops repaired citation markers; `comments=True` keeps an HTML page's comments; `fast=True`
    reads HTML with cleanread's own text scorer alone, on the page rendered to text by resiliparse
    (about nine times faster, a little less accurate; no comments); `encoding` is
    a charset declared outside the bytes (an HTTP header), used when they are not UTF-8;
    `template_lines` are text-dump lines known to recur on other pages of the same site;
    `limits` bounds line length and HTML size (see cleanread.limits).
    Raises CleanreadError (or a subclass) when the input holds nothing to extract.
    """
    text, warnings = decode_bytes(data, declared=encoding) if isinstance(data, bytes) else (check_text(data), [])
    kind = detect_kind(text) if check_kind(kind) == "auto" else kind
    if kind != "html":
        text = _bounded_text(text, limits)
    if kind == "html" and fast:
        document = _extract_html_fast(text, url=url, limits=limits)
    elif kind == "html":
        markup = html_markup(text, max_nodes=limits.max_html_nodes)
        del text  # on the largest pages the str takes 2-4 bytes a character: the bytes stand in for it
        document = _extract_html(markup, url=url, comments=comments)
    elif kind == "pdf-text":
        document = _extract_pdf_text(text, citations=citations)
    else:
        document = _extract_web_text(text, template_lines, url=url)
    document.url = document.url or url
    document.language = document.language or detect_language(document.text)
    document.warnings = warnings
    return document


def _bounded_text(text: str, limits: Limits) -> str:
    if text.count("\n") >= limits.max_lines:
        raise ContentError(f"too many lines: more than {limits.max_lines:,} (see --max-lines)")
    return split_long_lines(text, limits.max_line_chars)


def _extract_html(markup: bytes, *, url: str | None, comments: bool) -> Document:
    tree = parse_markup(markup)
    dom_blocks = segment_html(tree)
    evidence = page_evidence(tree, url=url)
    language = detect_prose_language([block.text for block in dom_blocks])
    dom_blocks = classify_web_blocks(score_web_blocks(dom_blocks, language=language))
    second_opinion = resiliparse_text(tree, markup)
    chosen = main_content(
        tree, markup, url=url, comments=comments, second_opinion_chars=len(second_opinion), dom_blocks=dom_blocks,
        language=language,
    )
    blocks = classify_html_blocks(dom_blocks, chosen.blocks, chosen.extractor, second_opinion, comments=comments)
    repair_mojibake(blocks)  # a page that was itself written in the wrong encoding
    metadata = html_metadata(evidence, chosen.metadata, url=url)
    if metadata.date is None:  # no date in the markup's tags or near its headline: one the article's text shows
        metadata.date = text_metadata(blocks, url=url, wanted=frozenset({"date"})).date
    return _document("html", blocks, metadata, url=url or chosen.metadata.get("url"))


def _extract_html_fast(text: str, *, url: str | None, limits: Limits) -> Document:
    """The page as a text browser shows it, then the web-text path; the head's tags for metadata."""
    tree = parse_fast(text, max_nodes=limits.max_html_nodes)
    blocks, language = _classified_text_blocks(_bounded_text(rendered_text(tree), limits))
    metadata = fast_html_metadata(tree, text, blocks, url=url)
    document = _document("html", blocks, metadata, url=url)
    document.language = language if document.text else None
    return document


def _extract_web_text(text: str, template_lines: frozenset[str] = frozenset(), *, url: str | None = None) -> Document:
    blocks, language = _classified_text_blocks(text, template_lines)
    _without_browser_marks(blocks)  # a text browser's; fast mode's own rendering prints no controls
    document = _document("web-text", blocks, text_metadata(blocks, url=url), url=url)
    document.language = language if document.text else None
    return document


def _classified_text_blocks(text: str, template_lines: frozenset[str] = frozenset()) -> tuple[list[Block], str | None]:
    blocks = segment_web_text(text, template_lines=template_lines)
    if may_hold_mojibake(text):  # once segmented: a text browser wrapped the lines as the mojibake printed them
        repair_mojibake(blocks)
    language = detect_prose_language([block.text for block in blocks])
    return classify_web_blocks(score_web_blocks(blocks, language=language)), language


def _without_browser_marks(blocks: list[Block]) -> None:
    """The web-text repair: kept text loses a text browser's "(BUTTON)", text boxes and image file names, which
    are no words of the page, and a block of nothing else goes. The scorer has used them as evidence already; the
    original text stays in the features."""
    for block in blocks:
        if block.label not in model.KEPT_LABELS:  # not `block.kept`: a property call on every block of the page
            continue
        clean = without_control_marks(block.text)
        if not clean:
            block.label = model.PAGE_FURNITURE
            block.reasons.append("nothing but a text browser's marks: a rule, a button or an image's file name")
        elif clean != block.text:
            model.replace_text(block, clean)


def _extract_pdf_text(text: str, *, citations: bool) -> Document:
    blocks, reordering = restore_reading_order(classify_pdf_blocks(segment_pdf_text(text)))
    kept = [block for block in blocks if block.kept]
    repaired, steps = repair_paragraphs([block.text for block in kept], RepairOptions(citations=citations))
    steps = [reordering, *steps] if reordering else steps
    for block, clean in zip(kept, repaired):
        model.replace_text(block, clean)
    document = _document("pdf-text", blocks, pdf_metadata(blocks))
    document.repairs = steps
    return document


def _document(kind: str, blocks, metadata: TextMetadata, *, url: str | None = None) -> Document:
    if kind != "pdf-text":
        _headline_out_of_text(blocks, metadata.title)
    return Document(
        text=plain_text(blocks),
        title=metadata.title,
        date=metadata.date,
        source=metadata.source,
        site=metadata.site,
        author=metadata.author,
        url=url,
        kind=kind,
        blocks=blocks,
    )


def _headline_out_of_text(blocks: list[Block], title: str | None) -> None:
    """A web page's text opening with its own headline gives it as the title, not a second time as the
    text's first line: news and article text, in the benchmarks' gold as in corpora, starts under it.
    (A PDF's title stays: it is the paper's first line.)"""
    first = next((block for block in blocks if block.kept), None)
    if first is not None and title and block_key(first) == normalized(title):  # words alike, quotes aside
        first.label = model.HEADLINE
        first.reasons.append("the page's headline: given as the title, not repeated in the text")


def extract_record(record: InputRecord, *, kind: str = "auto", url: str | None = None, **options) -> Document:
    """Extract one reader record, taking its container's hints (kind, URL, charset) unless overridden."""
    if kind == "auto" and record.kind:
        kind = record.kind
    return extract(record.data, kind=kind, url=url or record.url, encoding=record.encoding,
                   template_lines=record.template_lines, **options)


@dataclass
class Result:
    """The outcome for one input: a Document, or the error that stopped it."""

    source: str
    document: Document | None = None
    error: CleanreadError | None = None


def extract_many(inputs: Iterable[InputRecord | tuple[str, str | bytes]], **options) -> Iterator[Result]:
    """Extract each input in order; every input yields exactly one Result, failures included."""
    for item in inputs:
        record = item if isinstance(item, InputRecord) else InputRecord(source=item[0], data=item[1])
        if record.error is not None:
            yield Result(record.source, error=record.error.for_source(record.source))
            continue
        try:
            yield Result(record.source, document=extract_record(record, **options))
        except CleanreadError as error:
            yield Result(record.source, error=error.for_source(record.source))
        except Exception as error:  # a bug must not lose the record; it is reported, not hidden
            message = f"internal error ({type(error).__name__}: {error}); please report it"
            yield Result(record.source, error=CleanreadError(message, source=record.source))
