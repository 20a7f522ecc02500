"""Files and standard input, read whole but never past the size limit."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import CleanreadError, InputError

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024  # trafilatura's own default ceiling
STDIN_NAME = "-"


@dataclass
class InputRecord:
    """One input document: its name for messages and output, and its bytes or why there are none."""

    source: str
    data: bytes | None = None
    error: CleanreadError | None = None


def read_inputs(
    names: Iterable[str], *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES, stdin: BinaryIO | None = None
) -> Iterator[InputRecord]:
    """Yield one record per name, in order; '-' is standard input. Failures become records too."""
    for name in names:
        try:
            if name == STDIN_NAME:
                data = read_stream(stdin or sys.stdin.buffer, max_bytes=max_bytes)
                yield InputRecord(source="<stdin>", data=data)
            else:
                yield InputRecord(source=name, data=read_file(Path(name), max_bytes=max_bytes))
        except CleanreadError as error:
            yield InputRecord(source=name if name != STDIN_NAME else "<stdin>", error=error)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
    """Read a regular file, refusing directories and anything over `max_bytes`."""
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(_too_large(size, max_bytes))
        with path.open("rb") as handle:
            return read_stream(handle, max_bytes=max_bytes)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None


def read_stream(stream: BinaryIO, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
    """Read a stream to its end, stopping with an error as soon as it passes `max_bytes`."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(_too_large(None, max_bytes))
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    limit = f"{max_bytes / 1_048_576:.1f} MB"
    actual = f"{size / 1_048_576:.1f} MB" if size is not None else "more than that"
    return f"input is too large ({actual}; the limit is {limit}, see --max-size)"
