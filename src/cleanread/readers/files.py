"""Opening files and standard input, and reading one document whole but never past the size limit."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from ..errors import CleanreadError, InputError

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024  # trafilatura's own default ceiling
STDIN_NAME = "-"
STDIN_SOURCE = "<stdin>"
PEEK_BYTES = 65536


def open_input(name: str, stdin: BinaryIO) -> io.BufferedReader:
    """A buffered stream whose first bytes can be peeked at, for a file name or '-'."""
    if name == STDIN_NAME:
        return stdin if isinstance(stdin, io.BufferedReader) else io.BufferedReader(_Raw(stdin), PEEK_BYTES)
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file (use -r to read the files in it)")
        return open(path, "rb", buffering=PEEK_BYTES)  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
    """Read a regular file, refusing directories and anything over `max_bytes`."""
    with open_input(str(path), stdin=io.BytesIO()) as handle:
        return read_stream(handle, max_bytes=max_bytes)


def read_stream(stream: BinaryIO, *, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
    """Read a stream to its end, stopping with an error as soon as it passes `max_bytes`."""
    try:
        data = stream.read(max_bytes + 1)
    except CleanreadError:
        raise
    except (OSError, EOFError, ValueError) as error:  # truncated or corrupt compressed data among them
        raise InputError(f"cannot read: {error}") from None
    if len(data) > max_bytes:
        raise InputError(too_large(max_bytes))
    return data


def too_large(max_bytes: int) -> str:
    return f"input is too large (the limit is {max_bytes / 1_048_576:.1f} MB, see --max-size)"


class _Raw(io.RawIOBase):
    """Any binary stream (a BytesIO in tests, a pipe) as a raw stream that BufferedReader can wrap."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
