"""Plain data passed between pipeline stages: a Document made of Blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("html", "web-text", "pdf-text")

# Labels a block can carry. Blocks labelled with one of KEPT_LABELS make up `text`.
BODY = "body"
HEADING = "heading"
LIST_ITEM = "list"
TABLE_CELL = "table"  # table cells spilled into PDF text; HTML tables are kept as body
CAPTION = "caption"
PHOTO_CAPTION = "photo-caption"  # a web photo's caption with its credit: dropped, as news extractors do
QUOTE = "quote"
CODE = "code"
TITLE = "title"
HEADLINE = "headline"  # a web page's headline opening its text: given as the document's title, not repeated in it
STANDFIRST = "standfirst"  # a news article's summary under its headline, above its byline: dropped, as news extractors do
BYLINE = "byline"
DATELINE = "date"
NAV = "nav"
SHARE = "share"
RELATED = "related"
FOOTER = "footer"
COMMENTS = "comments"
BOILERPLATE = "boilerplate"
FIGURE = "figure"
PAGE_FURNITURE = "page-furniture"
UNCLASSIFIED = "unclassified"

KEPT_LABELS = frozenset({TITLE, BODY, HEADING, LIST_ITEM, CAPTION, QUOTE, CODE})


@dataclass(slots=True)
class Block:
    """One unit of text as the segmenter found it, with the verdict on it and why."""

    text: str
    label: str = UNCLASSIFIED
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    line: int | None = None  # 1-based line of the input where the block starts
    features: dict[str, Any] = field(default_factory=dict)

    @property
    def kept(self) -> bool:
        return self.label in KEPT_LABELS

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "line": self.line,
        }


def replace_text(block: Block, text: str) -> None:
    """A repair's result as the block's text; the input's own text stays in its features, however many repairs
    follow (a text browser's marks, mojibake, a PDF's OCR)."""
    block.features.setdefault("original_text", block.text)
    block.text = text


@dataclass
class Document:
    """The result of one extraction: clean text, metadata and every block's verdict."""

    text: str = ""
    title: str | None = None
    date: str | None = None
    source: str | None = None
    site: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    kind: str = "web-text"
    blocks: list[Block] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # how the input was decoded, for stderr

    def to_dict(self, *, include_blocks: bool = False) -> dict[str, Any]:
        record: dict[str, Any] = {
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "site": self.site,
            "author": self.author,
            "url": self.url,
            "language": self.language,
            "kind": self.kind,
            "text": self.text,
        }
        if include_blocks:
            record["blocks"] = [block.to_dict() for block in self.blocks]
            record["repairs"] = list(self.repairs)
        return record
