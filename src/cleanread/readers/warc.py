"""WARC and ARC files (gzipped or not), read with warcio: HTML responses, resources and WET text."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import ContentError, InputError
from .files import too_large
from .record import InputRecord

DOCUMENT_RECORD_TYPES = frozenset({"response", "resource", "conversion"})  # conversion: WET text
OTHER_RECORD_TYPES = frozenset({"warcinfo", "request", "metadata", "revisit", "continuation"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"application/xml", "application/json"})
NOT_PAGES = ("dns:", "whois:")  # crawler bookkeeping, not documents
_READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error)


def read_warc(source: str, stream: BinaryIO, *, max_bytes: int, arc: bool = False) -> Iterator[InputRecord]:
    """One InputRecord per document record; request, metadata, warcinfo and revisit records are skipped.

    A record that is not text (an image, a PDF) becomes an error record, so every document record
    of the archive has an output line; a corrupt archive ends with one error record saying where.
    ARC records have no record ID (warcio invents a new one on every read), so `arc` names them
    by their byte offset, which a resumed run finds again.
    """
    counted = _CountingReader(stream)
    archive = ArchiveIterator(counted, arc2warc=True)
    read = 0
    try:
        for record in archive:
            document = _document_record(source, record, max_bytes=max_bytes)
            if document is not None and arc:
                document.record_id = f"arc-offset:{archive.get_record_offset()}"
            if document is not None:
                read += 1
                yield document
    except Exception as error:  # warcio on a corrupt archive raises more than its own exception types
        problem = one_line(str(error)) or type(error).__name__
        yield InputRecord(source, error=InputError(f"unreadable WARC after {read} documents ({problem})"))
        return
    if archive.offset < counted.position:  # warcio ends quietly on a record cut short
        tail = counted.position - archive.offset
        yield InputRecord(source, error=InputError(f"truncated WARC: {tail} bytes after document {read} are not a whole record"))


def _document_record(source: str, record, *, max_bytes: int) -> InputRecord | None:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    if record.rec_type not in DOCUMENT_RECORD_TYPES | OTHER_RECORD_TYPES:
        malformed = InputRecord(source, record_id=headers.get_header("WARC-Record-ID"), url=url)
        malformed.error = InputError(f"malformed WARC record: WARC-Type is {record.rec_type or 'missing'}")
        return malformed
    if record.rec_type not in DOCUMENT_RECORD_TYPES or (url or "").startswith(NOT_PAGES):
        return None
    content_type = _content_type(record)
    mime, _, parameters = content_type.partition(";")
    mime = mime.strip().lower()
    document = InputRecord(source, record_id=headers.get_header("WARC-Record-ID"), url=url)
    if mime and not (mime.startswith("text/") or mime in HTML_TYPES or mime in TEXT_TYPES):
        document.error = ContentError(f"not a text document ({mime})")
        return document
    try:
        data = record.content_stream().read(max_bytes + 1)
    except _READ_ERRORS as error:
        document.error = InputError(f"cannot read the record's content ({one_line(str(error))})")
        return document
    if len(data) > max_bytes:
        document.error = InputError(too_large(max_bytes))
        return document
    document.data = data
    document.kind = "html" if mime in HTML_TYPES else None
    document.encoding = _charset(parameters)
    return document


def one_line(message: str, limit: int = 200) -> str:
    """A library's multi-line message as one line of at most `limit` characters.

    >>> one_line("ERROR: bad block\\n    beyond single record.")
    'ERROR: bad block beyond single record.'
    """
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _content_type(record) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


class _CountingReader:
    """The bytes warcio has read, so a record cut short at the end of the archive is noticed."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.position += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position
