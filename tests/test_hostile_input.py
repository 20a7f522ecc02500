"""Hostile and broken input: never a crash, never a hang, never a lost record.

Inputs are generated here, thousands of them; set CLEANREAD_FUZZ_EXAMPLES to run the
hypothesis part longer (see CONTRIBUTING.md, which also has the atheris fuzz target).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanread
from cleanread.extractors import DEEP_NESTING, _NESTED_DEEPLY
from cleanread.segment.html import parse_html
from cleanread.segment.rendered import parse_fast, rendered_text

EXAMPLES = int(os.environ.get("CLEANREAD_FUZZ_EXAMPLES", "700"))
FRAGMENTS = [
    "<p>", "</p>", "<div>", "<!--", "-->", "<![CDATA[", "<script>", "<!DOCTYPE html [<!ENTITY x 'xx'>]>", "&x;",
    "&#0;", "&#xD800;", "\ud800", "\x00", "\x1b[31m", "\ufeff", "\u202e", "\r", "\t", "• Home", "* Menu", "Share on Facebook",
    "© 2024", "1. Intro", "Figurel", "word!!! .", "signif-\nicant", "[1]", "Abstract", "References", "—", "…",
    "ﬁ", "Ã©", "\n\n", "    ", "http://", "<" * 50, "!" * 200, "a" * 300, " " * 300, "-\n" * 20,
]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60)), max_size=50).map("".join)
hostile_bytes = st.one_of(st.binary(max_size=600), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
LIMITS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def extract_or_refuse(data, **options) -> None:
    try:
        document = cleanread.extract(data, **options)
    except cleanread.CleanreadError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(document.text, str)
    json.dumps(document.to_dict(include_blocks=True))


@LIMITS
@given(hostile_text, st.sampled_from(["auto", "html", "web-text", "pdf-text"]))
def test_generated_text_through_every_path(data, kind):
    extract_or_refuse(data, kind=kind)


@LIMITS
@given(hostile_bytes)
def test_generated_bytes(data):
    extract_or_refuse(data)


@LIMITS
@given(hostile_text)
def test_generated_text_as_html_in_fast_mode(data):
    extract_or_refuse(data, kind="html", fast=True)


def generated_documents(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = FRAGMENTS + ["The council met on Tuesday and agreed to repair the bridge. "] * 5
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleanread", *args], capture_output=True, timeout=timeout)


def test_thousands_of_generated_records_through_the_cli_lose_none(tmp_path):
    documents = generated_documents(1500)
    path = tmp_path / "generated.jsonl"
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in documents) + "{broken\n")
    completed = run_cli(str(path), "-o", str(tmp_path / "out.jsonl"), "--workers", "2")
    stderr = completed.stderr.decode("utf-8", "replace")
    assert completed.returncode in (0, 1) and "Traceback" not in stderr
    assert all(line.startswith("cleanread: ") for line in stderr.splitlines())
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [record["line"] for record in records] == list(range(1, 1502))  # blank documents are records too
    assert sum("error" in record for record in records) == len(stderr.splitlines())


def ten_megabytes_on_one_line(kind: str) -> bytes:
    rng = random.Random(1)
    words = "the council garden river survey!!! . Figurel signif-icant [1] and of to in".split()
    line = " ".join(rng.choice(words) for _ in range(1_400_000))[:10_000_000]
    return f"<html><body><p>{line}</p></body></html>".encode() if kind == "html" else line.encode()


@pytest.mark.parametrize("kind", ["auto", "web-text", "pdf-text", "html"])
def test_ten_megabyte_single_line_finishes_within_the_time_limit(tmp_path, kind):
    path = tmp_path / "line.txt"
    path.write_bytes(ten_megabytes_on_one_line(kind))
    completed = run_cli(str(path), "--kind", kind, "-f", "jsonl", "--max-size", "11", "--timeout", "60")
    [record] = [json.loads(line) for line in completed.stdout.decode().splitlines()]
    assert "took longer" not in record.get("error", "") and "Traceback" not in completed.stderr.decode()
    assert record.get("text") or record.get("error")


def test_a_million_element_page_is_refused_quickly_and_clearly(tmp_path):
    path = tmp_path / "nodes.html"
    path.write_text("<html><body>" + "<div><span>x</span></div>" * 500_000 + "</body></html>")
    completed = run_cli(str(path), "--max-size", "20")
    assert completed.returncode == 1
    assert completed.stderr.decode().strip() == f"cleanread: {path}: HTML page too large: more than 200,000 elements (see --max-nodes)"


def test_gzip_bombs_stop_at_the_limits(tmp_path):
    bomb = tmp_path / "page.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 100_000_000))  # about 1000:1
    lines = tmp_path / "pages.jsonl.gz"
    lines.write_bytes(gzip.compress(json.dumps({"html": "<p>" + "b" * 30_000_000 + "</p>"}).encode() + b"\n"
                                    + json.dumps({"text": "A short page that is fine."}).encode() + b"\n"))
    completed = run_cli(str(bomb), str(lines), "-o", str(tmp_path / "out.jsonl"))
    assert completed.returncode == 1 and b"Traceback" not in completed.stderr  # two inputs failed, none crashed
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [("error" in r, r.get("line")) for r in records] == [(True, None), (True, 1), (False, 2)]
    assert all("too large" in r["error"] for r in records[:2])
    capped = run_cli(str(lines), "--max-decompressed", "0.01", "-f", "jsonl")
    assert "decompressed data passed" in capped.stderr.decode()


def test_entities_declared_in_a_page_are_not_expanded_nor_files_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    laughs = "".join(f'<!ENTITY l{n} "{("&l%d;" % (n - 1)) * 10 if n else "lol"}">' for n in range(10))
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">{laughs}]>'
            "<html><body><article><p>The article says &xxe; and &l9; and then it goes on for a while "
            "with ordinary words so that there is something to keep.</p></article></body></html>")
    document = cleanread.extract(page, kind="html")
    assert "TOPSECRET" not in document.text and "lollollol" not in document.text


def test_symlink_loops_and_unreadable_names_are_one_line_errors(tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "cycle").symlink_to(folder)
    (folder / "page.txt").write_text("The council met on Tuesday and agreed to repair the old bridge by spring.")
    completed = run_cli(str(loop), "-r", str(folder), "-f", "jsonl")
    stderr = completed.stderr.decode().splitlines()
    assert completed.returncode == 1 and len(stderr) == 1 and str(loop) in stderr[0]
    records = [json.loads(line) for line in completed.stdout.decode().splitlines()]
    assert [r["input"] for r in records] == [str(loop), str(folder / "page.txt")]


def test_a_malformed_warc_record_ends_the_file_with_an_error_record(tmp_path):
    from crawl_files import write_warc

    good = write_warc(tmp_path / "good.warc", 3, with_image=False, compress=False).read_bytes()
    broken = tmp_path / "broken.warc"
    broken.write_bytes(good + b"WARC/1.0\r\nContent-Length: banana\r\n\r\n<html>")
    completed = run_cli(str(broken), "-f", "jsonl", "-w", "0")
    records = [json.loads(line) for line in completed.stdout.decode().splitlines()]
    assert len(records) == 4 and "error" in records[-1] and all("text" in r for r in records[:3])


def test_nul_bytes_and_control_characters_in_text(tmp_path):
    text = "The council met on Tuesday\x00 and agreed\x07 to repair the bridge before the spring floods.\x1b"
    document = cleanread.extract(text.encode())
    assert "\x00" not in document.text and "repair the bridge" in document.text


def test_an_output_folder_gets_one_file_per_document_and_nothing_outside_it(tmp_path):
    from cleanread.batch import BatchOptions, run_batch

    path = tmp_path / "pages.jsonl"
    names = ["../../escape", "/etc/passwd", "..", "a/../../b", "ok"]
    path.write_text("".join(json.dumps({"text": f"The council met about {n} and agreed to repair the bridge soon.",
                                        "url": n}) + "\n" for n in names))
    outside = tmp_path / "escape"
    out = tmp_path / "out" / "nested"
    out.parent.mkdir()
    (out.parent / "trap").symlink_to(tmp_path)  # a symlink inside must not be written through
    run_batch([str(path)], str(out) + "/", batch_options=BatchOptions(workers=0))
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"pages.jsonl-{n}.json" for n in range(1, 6)]
    assert not outside.exists() and sorted(p.name for p in (tmp_path / "out").iterdir()) == ["nested", "trap"]
    assert json.loads((out / "pages.jsonl-1.json").read_text())["url"] == "../../escape"
    run_batch([str(path)], str(out), batch_options=BatchOptions(workers=0))  # again: new names, no overwrite
    assert len(list(out.iterdir())) == 10


def test_nesting_deeper_than_libxml2_allows_ends_quietly(tmp_path):
    page = "<html><body><p>Before the nesting there is a paragraph of ordinary words to keep here.</p>"
    page += "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"
    document = cleanread.extract(page, kind="html")
    assert "deep" not in document.text


@pytest.mark.parametrize(("depth", "deep"), [(DEEP_NESTING - 2, False), (DEEP_NESTING - 1, True), (5_000, True)])
def test_a_tree_nested_past_the_limit_is_told_from_one_just_under_it(depth, deep):
    """resiliparse reads a page nested this deep from our re-serialised tree: the innermost <div> has <html>, <body>
    and the other divs above it."""
    tree = parse_html("<html><body>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>")
    assert _NESTED_DEEPLY(tree) is deep


def test_lists_nested_deep_stay_small_in_fast_mode():
    """Rendered as text, each nested list is indented further: 20,000 of them would be 400 MB of spaces."""
    page = "<html><body><p>Before the lists there is a paragraph of ordinary words to keep here.</p>"
    page += "<ul><li>item" * 20_000 + "</li></ul>" * 20_000 + "</body></html>"
    assert len(rendered_text(parse_fast(page))) < 1_000_000
    assert "ordinary words" in cleanread.extract(page, fast=True).text


def test_an_unreadable_file_is_a_one_line_error(tmp_path, monkeypatch):
    from cleanread.readers import read_inputs

    path = tmp_path / "locked.html"
    path.write_text("<p>x</p>")
    real_open = open

    def refusing_open(file, *args, **kwargs):  # chmod 000 does not stop root, so refuse like the kernel would
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    [record] = read_inputs([str(path)])
    assert record.data is None and record.error.message == "permission denied"
