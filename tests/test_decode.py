from __future__ import annotations

import pytest

from cleanread.decode import check_text, decode_bytes
from cleanread.errors import ContentError


def test_utf8_with_bom():
    assert decode_bytes("hello".encode("utf-8-sig")) == ("hello", [])


def test_utf16_with_bom_is_text_not_binary():
    text, warnings = decode_bytes("hello world".encode("utf-16"))
    assert text == "hello world" and warnings == []


def test_declared_charset_is_used_for_invalid_utf8():
    html = '<html><head><meta charset="iso-8859-1"></head><body>Gr\xfc\xdfe</body></html>'.encode("latin-1")
    text, warnings = decode_bytes(html)
    assert "Grüße" in text
    assert warnings and "iso8859-1" in warnings[0].replace("_", "-").replace("iso-8859", "iso8859")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x1f\x8b\x08\x00rest", "gzip"),
        (b"abc\x00def", "NUL"),
        (bytes(range(1, 32)) * 50, "control characters"),
    ],
)
def test_refusals_name_the_problem(data, message):
    with pytest.raises(ContentError, match=message):
        decode_bytes(data)


def test_check_text_refuses_empty_strings():
    with pytest.raises(ContentError):
        check_text("   ")


def test_lone_surrogates_in_a_str_become_replacement_characters():
    """JSON can carry half of a UTF-16 pair ("\\ud800"); no output could encode it."""
    cleaned = check_text("The council met \ud800 on Tuesday.")
    assert cleaned == "The council met \ufffd\ufffd\ufffd on Tuesday."
    cleaned.encode("utf-8")
