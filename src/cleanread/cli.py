"""The `cleanread` command: parse options, call the library, write what it returns."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import IO, Iterator

import click
from rich.console import Console

from . import __version__
from .model import KINDS
from .pipeline import Result, extract_many
from .readers import DEFAULT_MAX_INPUT_BYTES, read_inputs
from .render import FORMATS, print_explanation, render, to_json

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
EXPLAIN_WIDTH_WHEN_PIPED = 200  # rich would fold the table to 80 columns in a log file

EPILOG = """\b
Examples:
  cleanread page.html                      # JSON: text, title, date, source, site, author, ...
  cat dump.txt | cleanread --format text   # article text of a web-page text dump
  cleanread paper.txt --explain            # every block, its label, score and reasons (stderr)
  cleanread pages/*.html -o out.jsonl      # one JSON line per input, errors as records
  cleanread --kind pdf-text --no-citations ocr.txt

\b
Exit status: 0 all inputs extracted; 1 at least one input failed (each failure is one
line on stderr, and an error record in JSON Lines output); 2 usage error.
"""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS),
              help="Output format. Default: json for one input, jsonl for several.")
@click.option("-o", "--output", default="-", metavar="FILE", help="Write here instead of standard output.")
@click.option("--kind", type=click.Choice(("auto", *KINDS)), default="auto", show_default=True,
              help="Input kind; auto detects it from the content.")
@click.option("--url", help="The page's URL, recorded in the output and used for metadata.")
@click.option("--explain", is_flag=True, help="Show every block's label, score and reasons on stderr.")
@click.option("--no-citations", is_flag=True, help="PDF text: drop citation markers instead of writing [n].")
@click.option("--comments", is_flag=True, help="HTML: keep the page's comments in the text.")
@click.option("--with-blocks", is_flag=True, help="JSON output: include every block with label, score and reasons.")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_INPUT_BYTES / 1_048_576,
              show_default=True, metavar="MB", help="Refuse inputs larger than this many megabytes.")
@click.version_option(__version__, "-V", "--version", prog_name="cleanread")
def cli(inputs, output_format, output, kind, url, explain, no_citations, comments, with_blocks, max_size):
    """Extract the article text and metadata from HTML pages, web-page text dumps and
    PDF-derived text. INPUT is a file or - for standard input (the default)."""
    names = inputs or ("-",)
    output_format = output_format or ("jsonl" if len(names) > 1 else "json")
    records = read_inputs(names, max_bytes=int(max_size * 1_048_576))
    results = extract_many(records, kind=kind, url=url, citations=not no_citations, comments=comments)
    stderr = Console(stderr=True, width=None if sys.stderr.isatty() else EXPLAIN_WIDTH_WHEN_PIPED)
    with _opened(output) as stream:
        failures = _write_results(results, stream, output_format, stderr, explain=explain, with_blocks=with_blocks,
                                  as_array=output_format == "json" and len(names) > 1)
    sys.exit(EXIT_INPUT_FAILED if failures else EXIT_OK)


def _write_results(results: Iterator[Result], stream: IO[str], output_format: str, stderr: Console, *,
                   explain: bool, with_blocks: bool, as_array: bool) -> int:
    """Write each result as it comes; return how many inputs failed."""
    failures, written = 0, 0
    if as_array:
        stream.write("[\n")
    for result in results:
        if result.error is not None:
            failures += 1
            _say(f"{result.error}")
            if output_format == "jsonl":
                stream.write(to_json({"input": result.source, "error": result.error.message}) + "\n")
            continue
        document = result.document
        for warning in document.warnings:
            _say(f"{result.source}: warning: {warning}")
        if explain:
            print_explanation(document, stderr, title=f"{result.source} ({document.kind})")
        if as_array and written:
            stream.write(",\n")
        stream.write(render(document, output_format, extra={"input": result.source}, include_blocks=with_blocks))
        stream.flush()
        written += 1
    if as_array:
        stream.write("]\n")
    return failures


@contextmanager
def _opened(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
        return
    try:
        stream = open(output, "w", encoding="utf-8")
    except OSError as error:
        raise click.UsageError(f"cannot write {output}: {error.strerror or error}") from None
    with stream:
        yield stream


def _say(message: str) -> None:
    click.echo(f"cleanread: {message}", err=True)


def main() -> None:
    """Entry point: no traceback reaches the user for interrupts or a closed pipe."""
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
