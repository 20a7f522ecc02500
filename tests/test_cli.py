"""The command line: formats, options, and one-line errors with the documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cleanread.cli import cli
from conftest import FIXTURES

NEWS = str(FIXTURES / "news-dump-todayheadline.txt")
PAPER = str(FIXTURES / "ocr-paper-soft-power.txt")
ARTICLE = str(FIXTURES / "article-page.html")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The installed command as a user runs it, in its own process."""
    return subprocess.run([sys.executable, "-m", "cleanread", *args], input=stdin, capture_output=True, timeout=120)


def test_single_input_writes_one_json_document():
    result = CliRunner().invoke(cli, [NEWS])
    assert result.exit_code == 0
    record = json.loads(result.output)
    assert record["title"] == "How the CCP Pursues Domestic Legitimacy Through Soft Power"
    assert record["kind"] == "web-text" and record["input"] == NEWS
    assert set(record) >= {"text", "title", "date", "source", "site", "author", "url", "language", "kind"}


def test_several_inputs_default_to_jsonl_in_order():
    result = CliRunner().invoke(cli, [NEWS, PAPER, ARTICLE])
    lines = result.output.strip().split("\n")
    assert result.exit_code == 0 and len(lines) == 3
    assert [json.loads(line)["kind"] for line in lines] == ["web-text", "pdf-text", "html"]


def test_json_format_with_several_inputs_is_an_array():
    result = CliRunner().invoke(cli, ["--format", "json", NEWS, ARTICLE])
    assert [record["kind"] for record in json.loads(result.output)] == ["web-text", "html"]


def test_text_and_markdown_formats():
    text = CliRunner().invoke(cli, ["-f", "text", NEWS]).output
    assert text.startswith("On February 17") and not text.lstrip().startswith("{")
    markdown = CliRunner().invoke(cli, ["-f", "markdown", NEWS]).output
    assert markdown.startswith("# How the CCP Pursues")
    assert "\n## Conclusion\n" in markdown


def test_stdin_is_read_when_no_input_is_given():
    result = CliRunner().invoke(cli, ["-f", "text"], input=(FIXTURES / "blog-dump-lynx.txt").read_bytes())
    assert result.exit_code == 0 and result.output.startswith("Every autumn I watch")


def test_kind_option_overrides_detection():
    record = json.loads(CliRunner().invoke(cli, ["--kind", "web-text", PAPER]).output)
    assert record["kind"] == "web-text"


def test_no_citations_and_with_blocks():
    record = json.loads(CliRunner().invoke(cli, ["--no-citations", "--with-blocks", PAPER]).output)
    assert "[1]" not in record["text"]
    assert {block["label"] for block in record["blocks"]} >= {"body", "heading", "figure", "table", "caption"}


def test_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = CliRunner().invoke(cli, [ARTICLE, "-o", str(target)])
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(target.read_text())["author"] == "Priya Natarajan"


def test_explain_prints_every_block_on_stderr():
    completed = run("--explain", "-f", "text", NEWS)
    assert completed.returncode == 0
    stderr = completed.stderr.decode()
    for expected in ("label", "reasons", "nav", "share", "related", "footer", "densest run of prose"):
        assert expected in stderr
    assert completed.stdout.decode().startswith("On February 17")


def test_usage_errors_exit_2():
    assert CliRunner().invoke(cli, ["--format", "yaml", NEWS]).exit_code == 2
    assert CliRunner().invoke(cli, ["--kind", "docx", NEWS]).exit_code == 2


def test_help_and_version():
    help_text = CliRunner().invoke(cli, ["--help"]).output
    assert "Examples:" in help_text and "--explain" in help_text
    assert CliRunner().invoke(cli, ["--version"]).output.startswith("cleanread, version")


@pytest.fixture
def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Crème brûlée is a dessert that many people order after dinner.".encode("latin-1"))
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.write(b"word " * (50 * 1024 * 1024 // 5))
    return {
        "missing": (str(tmp_path / "missing.txt"), "no such file"),
        "directory": (str(tmp_path), "is a directory"),
        "empty": (str(tmp_path / "empty.txt"), "empty input"),
        "binary": (str(tmp_path / "binary.bin"), "binary input"),
        "huge": (str(tmp_path / "huge.txt"), "too large"),
    }, str(tmp_path / "latin1.txt")


def test_bad_inputs_get_one_line_each_and_good_ones_are_still_written(bad_inputs):
    failures, latin1 = bad_inputs
    names = [path for path, _ in failures.values()]
    completed = run(NEWS, *names, latin1)
    assert completed.returncode == 1
    stderr_lines = completed.stderr.decode().strip().split("\n")
    assert "Traceback" not in completed.stderr.decode()
    for path, problem in failures.values():
        assert any(line.startswith(f"cleanread: {path}: ") and problem in line for line in stderr_lines), path
    assert any("latin1.txt: warning: not valid UTF-8" in line for line in stderr_lines)
    assert len(stderr_lines) == len(failures) + 1
    records = [json.loads(line) for line in completed.stdout.decode().strip().split("\n")]
    assert [r["input"] for r in records] == [NEWS, *names, latin1]  # count in = count out
    assert [bool(r.get("error")) for r in records] == [False, True, True, True, True, True, False]
    assert "Crème brûlée" in records[-1]["text"]


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "binary", "huge"])
def test_single_bad_input_exits_1_with_one_line(bad_inputs, kind):
    failures, _ = bad_inputs
    path, problem = failures[kind]
    completed = run(path)
    stderr = completed.stderr.decode()
    assert completed.returncode == 1 and completed.stdout == b""
    assert stderr.count("\n") == 1 and problem in stderr and path in stderr


def test_max_size_option(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Some words of prose that make a sentence. " * 100)
    completed = run("--max-size", "0.001", str(page))
    assert completed.returncode == 1 and "too large" in completed.stderr.decode()


def test_a_crawl_file_defaults_to_jsonl_and_a_folder_needs_recursive(tmp_path):
    from crawl_files import write_warc

    warc = write_warc(tmp_path / "crawl.warc.gz", 3, with_image=False)
    completed = run(str(warc), "--workers", "2")
    assert completed.returncode == 0
    assert [json.loads(line)["url"].rsplit("/", 1)[1] for line in completed.stdout.decode().splitlines()] == ["0", "1", "2"]
    folder = run(str(tmp_path))
    assert folder.returncode == 1 and "use -r" in folder.stderr.decode()
    recursive = run("-r", str(tmp_path), "-w", "0")
    assert recursive.returncode == 0 and len(recursive.stdout.decode().splitlines()) == 3


def test_resume_needs_a_jsonl_output_file():
    result = CliRunner().invoke(cli, [NEWS, "--resume"])
    assert result.exit_code == 2 and "--resume needs -o FILE" in result.output


def test_resume_skips_what_the_output_already_holds(tmp_path):
    output = tmp_path / "out.jsonl"
    first = CliRunner().invoke(cli, [NEWS, ARTICLE, "-o", str(output), "-w", "0"])
    assert first.exit_code == 0
    lines = output.read_text().splitlines()
    output.write_text(lines[0] + "\n" + lines[1][:40])  # as a kill mid-write leaves it
    again = CliRunner().invoke(cli, [NEWS, ARTICLE, "-o", str(output), "-w", "0", "--resume"])
    assert again.exit_code == 0 and output.read_text().splitlines() == lines


def test_dask_engine_without_stdin():
    pytest.importorskip("distributed")
    result = CliRunner().invoke(cli, ["--engine", "dask"], input="hello")
    assert result.exit_code == 2 and "standard input cannot be sent to Dask" in result.output
