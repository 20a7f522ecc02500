"""JSON Lines: one document per line, its page in a configurable field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import ContentError, InputError
from .files import too_large
from .record import InputRecord

DEFAULT_FIELDS = ("html", "text", "content", "raw_content", "raw_html", "body")
SKIP_CHUNK = 1 << 20


def read_jsonl(source: str, stream: BinaryIO, *, max_bytes: int, field: str | None = None) -> Iterator[InputRecord]:
    """One InputRecord per non-blank line, named by its line number; a bad line becomes an error record."""
    for number, line in _numbered_lines(stream, max_bytes):
        if line is None:
            yield InputRecord(source, line=number, error=InputError(too_large(max_bytes)))
        elif line.strip():
            yield _line_record(source, number, line, field)


def _numbered_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Lines with their numbers; None for a line over the limit, which is skipped without being held."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(SKIP_CHUNK)
            yield number, None
        else:
            yield number, line


def _line_record(source: str, number: int, line: bytes, field: str | None) -> InputRecord:
    record = InputRecord(source, line=number)
    try:
        value = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        record.error = ContentError(f"not valid JSON ({error})")
        return record
    if not isinstance(value, dict):
        record.error = ContentError("not a JSON object")
        return record
    names = (field,) if field else DEFAULT_FIELDS
    page = next((value[name] for name in names if isinstance(value.get(name), str)), None)
    if page is None:
        wanted = f"'{field}'" if field else "'html' or 'text'"
        record.error = ContentError(f"no {wanted} field holding the page (choose one with --field)")
        return record
    record.data = page
    record.url = value["url"] if isinstance(value.get("url"), str) else None
    return record
