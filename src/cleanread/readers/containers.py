"""Which container an input is (one document, WARC/ARC, JSON Lines, any of them gzipped), from its first bytes."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import CleanreadError, InputError
from ..limits import DEFAULT_MAX_DECOMPRESSED_BYTES
from .files import DEFAULT_MAX_INPUT_BYTES, PEEK_BYTES, STDIN_NAME, STDIN_SOURCE, open_input, read_stream
from .jsonl import read_jsonl
from .paths import expand_names
from .record import InputRecord

INPUT_FORMATS = ("auto", "document", "warc", "jsonl")
GZIP_MAGIC = b"\x1f\x8b"
ARC_MAGIC = b"filedesc://"
SNIFF_BYTES = 64


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read. `field` names the JSON Lines field holding the page."""

    max_bytes: int = DEFAULT_MAX_INPUT_BYTES
    max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES
    input_format: str = "auto"
    field: str | None = None
    recursive: bool = False


def read_inputs(
    names: Iterable[str], *, options: ReadOptions | None = None, stdin: BinaryIO | None = None, **overrides
) -> Iterator[InputRecord]:
    """Yield one record per input document, in order; failures become records too, so none is lost."""
    options = options or ReadOptions(**overrides)
    for item in expand_names(names, recursive=options.recursive):
        if isinstance(item, tuple):
            yield InputRecord(item[0], error=item[1])
        else:
            yield from read_name(item, options, stdin=stdin)


def read_name(name: str, options: ReadOptions, *, stdin: BinaryIO | None = None) -> Iterator[InputRecord]:
    """The documents of one file (or of standard input for '-')."""
    source = STDIN_SOURCE if name == STDIN_NAME else name
    try:
        stream = open_input(name, stdin or sys.stdin.buffer)
    except CleanreadError as error:
        yield InputRecord(source, error=error)
        return
    with stream:
        yield from _documents(source, stream, options)


def _documents(source: str, stream: io.BufferedReader, options: ReadOptions) -> Iterator[InputRecord]:
    head = stream.peek(PEEK_BYTES)[:PEEK_BYTES]
    compressed = head.startswith(GZIP_MAGIC)
    container = options.input_format
    inner_head = _gunzipped_head(head) if compressed else head
    if container == "auto":
        container = sniff_container(inner_head)
    body = _BoundedReader(gzip.GzipFile(fileobj=stream, mode="rb"), options.max_decompressed_bytes) if compressed else stream
    if container == "warc":  # decompressed here: warcio refuses archives gzipped as one member
        from .warc import read_warc  # warcio is loaded only for crawl archives: library users of extract() never pay it

        yield from read_warc(source, body, max_bytes=options.max_bytes, arc=inner_head.startswith(ARC_MAGIC))
        return
    if container == "jsonl":
        try:
            yield from read_jsonl(source, body, max_bytes=options.max_bytes, field=options.field)
        except CleanreadError as error:
            yield InputRecord(source, error=error)
        except (OSError, EOFError, zlib.error) as error:  # truncated or corrupt gzip
            yield InputRecord(source, error=InputError(f"cannot read the rest of the file ({error})"))
        return
    try:
        yield InputRecord(source, data=read_stream(body, max_bytes=options.max_bytes))
    except CleanreadError as error:
        yield InputRecord(source, error=error)


def sniff_container(head: bytes) -> str:
    """'warc', 'jsonl' or 'document', from the first bytes of the (decompressed) input.

    >>> sniff_container(b"WARC/1.0\\r\\nWARC-Type: warcinfo")
    'warc'
    >>> sniff_container(b'{"url": "https://example.org/", "html": "<html>')
    'jsonl'
    >>> sniff_container(b"<!DOCTYPE html><html>")
    'document'
    """
    if head.startswith((b"WARC/", ARC_MAGIC)):
        return "warc"
    if head.lstrip().startswith(b'{"'):
        return "jsonl"
    return "document"


def _gunzipped_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


class _BoundedReader:
    """A decompressing stream that stops with an error past `limit` bytes: a bomb ends here."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._read = 0

    def read(self, size: int = -1) -> bytes:
        return self._count(self._stream.read(self._limit - self._read + 1 if size is None or size < 0 else size))

    def readline(self, size: int = -1) -> bytes:
        return self._count(self._stream.readline(size))

    def _count(self, data: bytes) -> bytes:
        self._read += len(data)
        if self._read > self._limit:
            raise InputError(f"decompressed data passed {self._limit / 1024**3:g} GB (see --max-decompressed)")
        return data

    def close(self) -> None:
        self._stream.close()
