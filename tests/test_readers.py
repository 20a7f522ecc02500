from __future__ import annotations

import io

from cleanread.errors import InputError
from cleanread.readers import read_inputs


def test_each_name_yields_one_record_in_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("hello")
    names = [str(good), str(tmp_path / "missing.txt"), str(tmp_path)]
    records = list(read_inputs(names))
    assert [r.source for r in records] == names
    assert records[0].data == b"hello" and records[0].error is None
    assert isinstance(records[1].error, InputError) and "no such file" in records[1].error.message
    assert "directory" in records[2].error.message


def test_size_limit_applies_to_files_and_stdin(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    [record] = read_inputs([str(big)], max_bytes=1000)
    assert record.data is None and "too large" in record.error.message
    [record] = read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(b"y" * 2000))
    assert record.source == "<stdin>" and "too large" in record.error.message
    [record] = read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(b"small"))
    assert record.data == b"small"


def test_folders_are_read_only_with_recursive_and_skip_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<p>two</p>")
    (tmp_path / "one.txt").write_text("one")
    (tmp_path / ".hidden").write_text("no")
    [refused] = read_inputs([str(tmp_path)])
    assert "use -r" in refused.error.message
    found = [r.source for r in read_inputs([str(tmp_path)], recursive=True)]
    assert found == [str(tmp_path / "one.txt"), str(tmp_path / "b" / "two.html")]


def test_quoted_globs_are_expanded_and_an_empty_one_is_an_error(tmp_path):
    for name in ("a.html", "b.html", "c.txt"):
        (tmp_path / name).write_text(name)
    assert [r.data for r in read_inputs([str(tmp_path / "*.html")])] == [b"a.html", b"b.html"]
    [nothing] = read_inputs([str(tmp_path / "*.warc")])
    assert "no files match" in nothing.error.message


def test_containers_are_recognised_from_their_bytes_even_on_stdin(tmp_path):
    import gzip
    import json

    lines = b"".join(json.dumps({"text": f"page {n}", "url": f"u{n}"}).encode() + b"\n" for n in range(3))
    records = list(read_inputs(["-"], stdin=io.BytesIO(gzip.compress(lines))))
    assert [(r.source, r.line, r.data, r.url) for r in records] == [("<stdin>", n + 1, f"page {n}", f"u{n}") for n in range(3)]
    [document] = read_inputs(["-"], stdin=io.BytesIO(gzip.compress(b"<html><p>hi</p></html>")))
    assert document.data == b"<html><p>hi</p></html>" and document.line is None


def test_decompressed_size_counts_against_the_limit(tmp_path):
    import gzip

    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000))
    [record] = read_inputs([str(bomb)], max_bytes=1_000_000)
    assert record.data is None and "too large" in record.error.message


def test_an_over_long_jsonl_line_is_an_error_record_and_the_next_line_is_read(tmp_path):
    import json

    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "short"}) + "\n")
    first, second = read_inputs([str(path)], max_bytes=1000)
    assert "too large" in first.error.message and first.line == 1
    assert second.data == "short" and second.line == 2
