"""The `cleanread` command: parse options, call the library, report what it returns."""

from __future__ import annotations

import os
import sys

import click
from rich.console import Console

from . import __version__
from .batch import ENGINES, BatchOptions, Settings, is_output_folder, run_batch
from .batch.local import DEFAULT_TIMEOUT_SECONDS, default_workers
from .batch.progress import Reporter, estimated_total
from .errors import CleanreadError
from .limits import (
    DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_HTML_NODES, DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_LINES, Limits,
)
from .model import KINDS
from .readers import DEFAULT_MAX_INPUT_BYTES, INPUT_FORMATS, ReadOptions, expand_names
from .readers.paths import GLOB_CHARACTERS
from .render import FORMATS

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
EXPLAIN_WIDTH_WHEN_PIPED = 200  # rich would fold the table to 80 columns in a log file
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CRAWL_SUFFIXES = (".warc", ".arc", ".wet", ".jsonl", ".ndjson", ".warc.gz", ".arc.gz", ".wet.gz", ".jsonl.gz", ".ndjson.gz")

EPILOG = """\b
Examples:
  cleanread page.html                      # JSON: text, title, date, source, site, author, ...
  cat dump.txt | cleanread --format text   # article text of a web-page text dump
  cleanread paper.txt --explain            # every block, its label, score and reasons (stderr)
  cleanread pages/*.html -o out.jsonl      # one JSON line per input, errors as records
  cleanread -r crawl/ CC-MAIN-*.warc.gz -o out.jsonl --resume   # restartable batch run
  cleanread pages.jsonl.gz --field raw_html --workers 8 -o out.jsonl
  cleanread --engine dask --scheduler tcp://10.0.0.5:8786 'crawl/*.warc.gz' -o out.jsonl

\b
Exit status: 0 all inputs extracted; 1 at least one input failed (each failure is one
line on stderr, and an error record in JSON Lines output); 2 usage error.
"""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-f", "--format", "output_format", type=click.Choice(FORMATS),
              help="Output format. Default: json for one document, jsonl for several inputs or a crawl file.")
@click.option("-o", "--output", default="-", metavar="FILE|DIR/",
              help="Write here instead of standard output; a folder (or a name ending in /) gets one file per document.")
@click.option("--kind", type=click.Choice(("auto", *KINDS)), default="auto", show_default=True,
              help="Input kind; auto detects it from the content.")
@click.option("--url", help="The page's URL, recorded in the output and used for metadata.")
@click.option("--explain", is_flag=True, help="Show every block's label, score and reasons on stderr.")
@click.option("--no-citations", is_flag=True, help="PDF text: drop citation markers instead of writing [n].")
@click.option("--comments", is_flag=True, help="HTML: keep the page's comments in the text.")
@click.option("--fast", is_flag=True,
              help="HTML: cleanread's own scorer alone on the page rendered to text; about 9x faster, less accurate.")
@click.option("--with-blocks", is_flag=True, help="JSON output: include every block with label, score and reasons.")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_INPUT_BYTES / 1_048_576,
              show_default=True, metavar="MB", help="Refuse documents larger than this many megabytes.")
@click.option("--max-line", type=click.IntRange(min=1000), default=DEFAULT_MAX_LINE_CHARS, show_default=True,
              metavar="CHARS", help="Text inputs: break longer lines before the text stages see them.")
@click.option("--max-lines", type=click.IntRange(min=100), default=DEFAULT_MAX_LINES, show_default=True,
              metavar="N", help="Refuse text inputs with more lines than this.")
@click.option("--max-nodes", type=click.IntRange(min=100), default=DEFAULT_MAX_HTML_NODES, show_default=True,
              metavar="N", help="Refuse HTML pages with more elements than this.")
@click.option("--max-decompressed", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_DECOMPRESSED_BYTES / 1024**3,
              show_default=True, metavar="GB", help="Stop reading a gzipped input file past this many decompressed gigabytes.")
@click.option("-r", "--recursive", is_flag=True, help="Read the files in folders given as inputs.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="What each input file holds: one document, a WARC/ARC/WET archive or JSON Lines.")
@click.option("--field", metavar="NAME", help="JSON Lines: the field holding the page (default: html, text, content…).")
@click.option("-w", "--workers", type=click.IntRange(min=0), default=default_workers(), show_default="all cores",
              help="Worker processes; 0 extracts in this process.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT_SECONDS, show_default=True,
              metavar="SECONDS", help="Per-document time limit in worker processes; a slower document becomes an error record.")
@click.option("--unordered", is_flag=True, help="Write records as they finish instead of in input order (faster on mixed sizes).")
@click.option("--resume", is_flag=True, help="Skip the documents already in --output (JSON Lines) and append the rest.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: worker processes on this machine; dask: a Dask cluster (needs cleanread[dask]).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (implies --engine dask); default: a local cluster.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.version_option(__version__, "-V", "--version", prog_name="cleanread")
def cli(inputs, output_format, output, kind, url, explain, no_citations, comments, fast, with_blocks, max_size, max_line,
        max_lines, max_nodes, max_decompressed, recursive, input_format, field, workers, timeout, unordered, resume, engine,
        scheduler, quiet):
    """Extract the article text and metadata from HTML pages, web-page text dumps and
    PDF-derived text, one by one or from crawl files (WARC, ARC, WET, JSON Lines, gzipped or
    not) and folders. INPUT is a file, a folder (with -r), a quoted glob, or - for standard
    input (the default)."""
    names = inputs or ("-",)
    many = len(names) > 1 or recursive or any(GLOB_CHARACTERS & set(name) for name in names)
    output_format = output_format or _default_format(names, output, many)
    if resume and (output == "-" or output_format != "jsonl" or is_output_folder(output)):
        raise click.UsageError("--resume needs -o FILE with JSON Lines output")
    stderr = Console(stderr=True, width=None if sys.stderr.isatty() else EXPLAIN_WIDTH_WHEN_PIPED)
    settings = Settings(kind=kind, url=url, citations=not no_citations, comments=comments, fast=fast,
                        output_format=output_format,
                        with_blocks=with_blocks, explain=explain, explain_width=stderr.width,
                        explain_color=stderr.is_terminal, limits=Limits(max_line_chars=max_line, max_lines=max_lines,
                                                                   max_html_nodes=max_nodes))
    read_options = ReadOptions(max_bytes=int(max_size * 1_048_576), max_decompressed_bytes=int(max_decompressed * 1024**3),
                               input_format=input_format, field=field, recursive=recursive)
    batch_options = BatchOptions(workers=workers, timeout=timeout, ordered=not unordered, engine=engine,
                                 scheduler=scheduler)
    show_progress = stderr.is_terminal and not quiet and not explain and (many or output != "-")
    total = estimated_total([n for n in expand_names(names, recursive=recursive) if isinstance(n, str)]) if show_progress else None
    try:
        with Reporter(stderr, show_progress=show_progress, total=total) as reporter:
            summary = run_batch(names, output, read_options=read_options, settings=settings,
                                batch_options=batch_options, resume=resume, as_array=True if many else None,
                                report=reporter.report)
    except CleanreadError as error:
        raise click.UsageError(str(error)) from None
    sys.exit(EXIT_INPUT_FAILED if summary.failures else EXIT_OK)


def _default_format(names: tuple[str, ...], output: str, many: bool) -> str:
    if is_output_folder(output):
        return "json"
    if many or output.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "jsonl" if names[0].lower().endswith(CRAWL_SUFFIXES) else "json"


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
