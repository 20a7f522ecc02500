"""Whatever the input, extract returns a Document or raises CleanreadError, and the CLI keeps every record."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanread
from cleanread.cli import cli

TAGS = ["p", "div", "span", "a", "li", "ul", "h1", "table", "td", "script", "nav", "article"]
html_ish = st.lists(
    st.one_of(st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"), st.text(max_size=40)),
    max_size=60,
).map(lambda parts: "<html><body>" + "".join(parts))
text_ish = st.lists(
    st.one_of(st.text(max_size=80), st.sampled_from(["• Home", "* Menu", "Share on Facebook", "© 2024 X", "1. Intro", "Figurel", "word!!! ."])),
    max_size=40,
).map("\n".join)


def check_extract(data) -> None:
    try:
        document = cleanread.extract(data)
    except cleanread.CleanreadError as error:
        assert str(error)
        return
    assert isinstance(document.text, str) and document.kind in ("html", "web-text", "pdf-text")
    json.dumps(document.to_dict(include_blocks=True))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(html_ish, text_ish, st.text(max_size=300)))
def test_extract_never_crashes_on_text(data):
    check_extract(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=500))
def test_extract_never_crashes_on_bytes(data):
    check_extract(data)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=200), text_ish.map(str.encode)), min_size=1, max_size=4))
def test_cli_yields_one_record_per_input(tmp_path_factory, contents):
    folder = tmp_path_factory.mktemp("inputs")
    paths = []
    for index, content in enumerate(contents):
        path = folder / f"input-{index}"
        path.write_bytes(content)
        paths.append(str(path))
    result = CliRunner().invoke(cli, ["-f", "jsonl", *paths])
    assert result.exit_code in (0, 1)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    records = [json.loads(line) for line in result.stdout.strip().split("\n") if line]
    assert [record["input"] for record in records] == paths
