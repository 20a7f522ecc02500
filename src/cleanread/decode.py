"""Bytes to text: refuse what is not text, decode the rest without ever raising on bad bytes."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from .errors import ContentError

SNIFF_BYTES = 8192
MAX_CONTROL_CHAR_SHARE = 0.05  # text dumps have none; binary data has many
SPARSE_HIGH_BYTE_SHARE = 0.1  # below this, non-ASCII bytes are accents, not a multi-byte script
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)

_MAGIC_NUMBERS = {
    b"%PDF-": "a PDF file: convert it to text first (for example with pdftotext)",
    b"\x1f\x8b": "gzip-compressed data: decompress it first",
    b"PK\x03\x04": "a ZIP archive, not a document",
    b"\x89PNG": "a PNG image, not a document",
    b"\xff\xd8\xff": "a JPEG image, not a document",
    b"GIF8": "a GIF image, not a document",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode `data` to text and return it with any warnings about how it was decoded.

    `declared` is a charset named outside the data (an HTTP header); it is tried after UTF-8 and
    before the page's own <meta> declaration. Raises ContentError for empty input and for data that is clearly not text.

    >>> decode_bytes("café".encode("utf-8"))
    ('café', [])
    >>> decode_bytes("We ordered a café au lait and a crème brûlée.".encode("cp1252"))
    ('We ordered a café au lait and a crème brûlée.', ['not valid UTF-8; decoded as cp1252'])
    """
    if not data.strip():
        raise ContentError("empty input: nothing to extract")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _refuse_binary_text(data.decode(encoding, errors="replace")), []
    _refuse_known_binary(data)
    try:
        return _refuse_binary_text(data.decode("utf-8"), b"\x00" in data or b"\x7f" in data), []
    except UnicodeDecodeError:
        pass
    encoding = _known_charset(declared) or _declared_charset(data) or _guessed_charset(data)
    if encoding:
        text = data.decode(encoding, errors="replace")
        warning = f"not valid UTF-8; decoded as {encoding}"
    else:
        text = data.decode("utf-8", errors="replace")
        warning = "not valid UTF-8; undecodable bytes replaced with U+FFFD"
    return _refuse_binary_text(text), [warning]


def check_text(text: str) -> str:
    """The same checks for text handed over already decoded."""
    if not text.strip():
        raise ContentError("empty input: nothing to extract")
    return _refuse_binary_text(_without_lone_surrogates(text))


def _without_lone_surrogates(text: str) -> str:
    """A str read from JSON ("\\ud800") can hold half of a UTF-16 pair, which no output can encode:
    each of its bytes becomes U+FFFD, as undecodable bytes do."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def _refuse_known_binary(data: bytes) -> None:
    for magic, description in _MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise ContentError(f"binary input: {description}")
    sample = data[:SNIFF_BYTES]
    if sample.count(b"\x00") > MAX_CONTROL_CHAR_SHARE * len(sample):  # a stray NUL is dropped, many mean binary
        raise ContentError("binary input: NUL bytes found, this is not text or HTML")


def _refuse_binary_text(text: str, deletable: bool | None = None) -> str:
    """`deletable` says whether the text holds NUL or DEL, when the UTF-8 bytes told it: in the bytes the
    check is a tenth of its cost in a str that holds one emoji (four bytes a character)."""
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL_CHARS.findall(sample)) / len(sample) > MAX_CONTROL_CHAR_SHARE:
        raise ContentError("binary input: too many control characters to be text")
    if deletable is None:
        deletable = "\x00" in text or "\x7f" in text
    return _CONTROL_CHARS.sub("", text) if deletable else text


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return _known_charset(match.group(1).decode("ascii", errors="ignore")) if match else None


def _known_charset(name: str | None) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name if name else None
    except LookupError:
        return None


def _guessed_charset(data: bytes) -> str | None:
    """Sparse high bytes are accents in a Western single-byte text; dense ones need a real guess."""
    sample = data[: 16 * SNIFF_BYTES]
    if sum(byte >= 0x80 for byte in sample) / len(sample) < SPARSE_HIGH_BYTE_SHARE:
        return "cp1252"
    best = charset_normalizer.from_bytes(sample).best()
    return best.encoding if best else None
