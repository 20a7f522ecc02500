"""Writing outcomes so that a killed run loses nothing: whole lines, appended, and a resume that trusts them.

Each record is one `os.write` of one complete line to a file opened for appending. A run killed
mid-write can leave at most one partial last line; `completed_keys` cuts it off and returns the
identity of every record that made it, so a resumed run skips exactly those.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import IO

from ..errors import InputError
from ..readers import record_key
from .work import Outcome

STDOUT = "-"
EXTENSIONS = {"json": ".json", "jsonl": ".json", "text": ".txt", "markdown": ".md"}
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_output_folder(path: str) -> bool:
    """`-o` names a folder (one file per document) when it is one, or ends with a slash."""
    return path != STDOUT and (os.path.isdir(path) or path.endswith(("/", os.sep)))


def open_writer(path: str, output_format: str, *, as_array: bool | None = False, append: bool = False):
    if is_output_folder(path):
        return FolderWriter(path, output_format)
    return OutputWriter(path, output_format, as_array=as_array, append=append)


class OutputWriter:
    """Writes outcomes in one format: error records go only into JSON Lines, where they keep their place.

    JSON output of several documents is an array; `as_array=None` decides when a second document
    comes (a single input file that turns out to be a container), so one document stays an object.
    """

    def __init__(self, path: str, output_format: str, *, as_array: bool | None = False, append: bool = False) -> None:
        self.output_format = output_format
        self.as_array = as_array if output_format == "json" else False
        self.written = 0
        self._held: str | None = None
        self._stream: IO[str] | None = sys.stdout if path == STDOUT else None
        self._descriptor: int | None = None
        if self._stream is None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            try:
                self._descriptor = os.open(path, flags, 0o644)
            except OSError as error:
                raise InputError(f"cannot write {path}: {error.strerror or error}") from None
        if self.as_array:
            self._emit("[\n")

    def write(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            if self.output_format == "jsonl":
                self._emit(outcome.error_record())
            return
        self.written += 1
        if self.as_array is None:  # undecided: hold the first document until a second one comes
            if self._held is None:
                self._held = outcome.output
                return
            self.as_array = True
            self._emit("[\n" + self._held)
        separator = ",\n" if self.as_array and self.written > 1 else ""
        self._emit(separator + outcome.output)

    def close(self) -> None:
        if self.as_array is None and self._held is not None:
            self._emit(self._held)
        if self.as_array:
            self._emit("]\n")
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    def _emit(self, text: str) -> None:
        if self._stream is not None:
            self._stream.write(text)
            self._stream.flush()
            return
        data = text.encode("utf-8")
        while data:
            data = data[os.write(self._descriptor, data):]


class FolderWriter:
    """One file per document inside a folder, never outside it, whatever the input names hold.

    A file's name comes from its input's identity with every character outside [A-Za-z0-9._-]
    replaced, so it has no path separator and cannot be '..'; files are created relative to the
    folder's descriptor, never through a symlink, never over an existing file (a counter is added).
    """

    def __init__(self, path: str, output_format: str) -> None:
        self.output_format = "json" if output_format == "jsonl" else output_format
        try:
            os.makedirs(path, exist_ok=True)
            self._folder = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as error:
            raise InputError(f"cannot write into {path}: {error.strerror or error}") from None
        self.written = 0

    def write(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            return
        text = outcome.output if self.output_format != "json" else _indented(outcome.output)
        descriptor = self._create(safe_file_name(outcome.identity) + EXTENSIONS[self.output_format])
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        self.written += 1

    def close(self) -> None:
        os.close(self._folder)

    def _create(self, name: str) -> int:
        stem, extension = os.path.splitext(name)
        for attempt in range(1, 10_000):
            candidate = name if attempt == 1 else f"{stem}-{attempt}{extension}"
            try:
                return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=self._folder)
            except FileExistsError:
                continue
        raise InputError(f"too many outputs named {name}")


def safe_file_name(identity: dict) -> str:
    """A file name from an input's identity that stays inside the output folder.

    >>> safe_file_name({"input": "../../etc/passwd", "line": 3})
    'passwd-3'
    >>> safe_file_name({"input": "crawl.warc.gz", "record": "<urn:uuid:12ab>"})
    'crawl.warc.gz-_urn_uuid_12ab_'
    >>> safe_file_name({"input": ".."})
    'document'
    """
    parts = [os.path.basename(str(identity.get("input", "")).replace("\\", "/"))]
    parts += [str(identity[key]) for key in ("record", "line") if identity.get(key) is not None]
    name = "-".join(_UNSAFE.sub("_", part) for part in parts if part).lstrip(".-")[:MAX_NAME_CHARS]
    return name or "document"


def _indented(line: str) -> str:
    return json.dumps(json.loads(line), ensure_ascii=False, indent=2) + "\n"


def completed_keys(path: str) -> set[tuple]:
    """The identities already in an output file, after cutting off a partial last line."""
    if not os.path.exists(path):
        return set()
    _drop_partial_last_line(path)
    keys: set[tuple] = set()
    with open(path, "rb") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                keys.add(record_key(record))
    return keys


def _drop_partial_last_line(path: str) -> None:
    with open(path, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(65536, end)
            handle.seek(end - step)
            chunk = handle.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end != size:
            handle.truncate(end)
