"""Command-line names to input files: '-', files, folders (with recursion) and quoted globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from ..errors import InputError
from .files import STDIN_NAME

GLOB_CHARACTERS = frozenset("*?[")


def expand_names(names: Iterable[str], *, recursive: bool = False) -> Iterator[str | tuple[str, InputError]]:
    """Yield input file names in a stable order, or (name, error) for a name that gives none.

    A folder is read only with `recursive` (its files sorted, hidden ones and symlinked folders
    skipped, so a symlink loop cannot trap the walk); a name with glob characters that is not
    itself a file is expanded, so `'crawl/**/*.warc.gz'` works past the shell's argument limit.
    """
    for name in names:
        if name == STDIN_NAME or os.path.isfile(name):
            yield name
        elif os.path.isdir(name):
            yield from _folder(name) if recursive else [name]  # open_input reports the folder
        elif GLOB_CHARACTERS & set(name):
            yield from _glob(name, recursive=recursive)
        else:
            yield name  # missing or unreadable: open_input names the problem


def _folder(folder: str) -> Iterator[str]:
    for root, subfolders, files in os.walk(folder, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for file_name in sorted(files):
            if not file_name.startswith("."):
                yield os.path.join(root, file_name)


def _glob(pattern: str, *, recursive: bool) -> Iterator[str | tuple[str, InputError]]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield pattern, InputError("no files match this pattern")
    for match in matches:
        if os.path.isdir(match):
            if recursive:
                yield from _folder(match)
        else:
            yield match
