"""Readers turn names, streams and crawl containers into InputRecords; nothing past them touches files."""

from .containers import INPUT_FORMATS, ReadOptions, read_inputs, read_name, sniff_container
from .files import DEFAULT_MAX_INPUT_BYTES, STDIN_NAME
from .paths import expand_names
from .record import InputRecord, record_key

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES", "INPUT_FORMATS", "STDIN_NAME", "InputRecord", "ReadOptions", "expand_names",
    "read_inputs", "read_name", "record_key", "sniff_container",
]
