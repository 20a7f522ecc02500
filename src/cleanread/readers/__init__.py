"""Readers turn paths and streams into InputRecords; nothing past them touches files."""

from .files import DEFAULT_MAX_INPUT_BYTES, InputRecord, read_inputs

__all__ = ["DEFAULT_MAX_INPUT_BYTES", "InputRecord", "read_inputs"]
