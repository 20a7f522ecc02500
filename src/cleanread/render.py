"""Documents to text, markdown, JSON and the --explain table. Pure functions returning strings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import model
from .model import Block, Document
from .segment.tables import cells

if TYPE_CHECKING:  # rich is loaded for --explain only, not by every extract() call
    from rich.console import Console
    from rich.table import Table

FORMATS = ("json", "jsonl", "text", "markdown")
EXPLAIN_TEXT_CHARS = 70
_TIGHT_LABELS = {model.LIST_ITEM}  # consecutive items sit on consecutive lines


def plain_text(blocks: list[Block]) -> str:
    """Kept blocks as paragraphs separated by a blank line; list items and table rows one per line."""
    pieces: list[str] = []
    previous: Block | None = None
    for block in (b for b in blocks if b.kept):
        if previous is not None:
            pieces.append("\n" if _tight(previous, block) else "\n\n")
        pieces.append(block.text)
        previous = block
    return "".join(pieces)


def _tight(previous: Block, block: Block) -> bool:
    same_list = previous.label in _TIGHT_LABELS and block.label == previous.label
    same_table = previous.features.get("table_row") and block.features.get("table_row")
    return bool(same_list or same_table)


def markdown(document: Document) -> str:
    kept = [b for b in document.blocks if b.kept]
    title_block = kept[0] if kept and _is_title_block(kept[0], document.title) else None
    lines: list[str] = [f"# {document.title}", ""] if document.title and title_block is None else []
    previous: Block | None = None
    for block in kept:
        if previous is not None and not _tight(previous, block):
            lines.append("")
        lines.append(f"# {block.text}" if block is title_block else _markdown_block(block))
        previous = block
    return "\n".join(lines).strip() + "\n"


def _is_title_block(block: Block, title: str | None) -> bool:
    """The article's own headline opens the kept blocks: it is the title, not a second heading under it."""
    if block.label == model.TITLE:
        return True
    return block.label == model.HEADING and bool(title) and " ".join(block.text.split()) == " ".join(title.split())


def _markdown_block(block: Block) -> str:
    if block.label == model.TITLE:
        return f"# {block.text}"
    if block.label == model.HEADING:
        return f"## {block.text}"
    if block.label == model.LIST_ITEM:
        return f"- {block.text}"
    if block.label == model.QUOTE:
        return f"> {block.text}"
    if block.label == model.CODE:
        return f"```\n{block.text}\n```"
    if block.features.get("table_row"):
        return f"| {' | '.join(cells(block.text))} |"
    return block.text


def json_record(document: Document, *, extra: dict[str, Any] | None = None, include_blocks: bool = False) -> dict[str, Any]:
    record = dict(extra or {})
    record.update(document.to_dict(include_blocks=include_blocks))
    return record


def to_json(record: dict[str, Any], *, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def render(document: Document, output_format: str, *, extra: dict[str, Any] | None = None, include_blocks: bool = False) -> str:
    """One document in the chosen format, ending with a newline."""
    if output_format == "text":
        return document.text + "\n"
    if output_format == "markdown":
        return markdown(document)
    record = json_record(document, extra=extra, include_blocks=include_blocks)
    return to_json(record, indent=2 if output_format == "json" else None) + "\n"


def explain_table(document: Document, *, title: str | None = None) -> Table:
    """Every block with its label, score and reasons, kept ones highlighted."""
    from rich.table import Table

    table = Table(title=title or f"{document.kind}: {len(document.blocks)} blocks", show_lines=False)
    for column, style in (("#", "dim"), ("line", "dim"), ("label", None), ("score", None), ("text", None), ("reasons", "dim")):
        table.add_column(column, style=style, overflow="fold")
    for index, block in enumerate(document.blocks, 1):
        style = "green" if block.kept else None
        preview = " ".join(block.text.split())
        if len(preview) > EXPLAIN_TEXT_CHARS:
            preview = preview[: EXPLAIN_TEXT_CHARS - 1] + "…"
        table.add_row(
            str(index), str(block.line or ""), block.label, f"{block.score:.1f}", preview,
            "; ".join(block.reasons), style=style,
        )
    return table


def print_explanation(document: Document, console: Console, *, title: str | None = None) -> None:
    console.print(explain_table(document, title=title))
    if document.repairs:
        console.print("repairs: " + "; ".join(document.repairs))
