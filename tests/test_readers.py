from __future__ import annotations

import io

from cleanread.errors import InputError
from cleanread.readers import read_inputs


def test_each_name_yields_one_record_in_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("hello")
    names = [str(good), str(tmp_path / "missing.txt"), str(tmp_path)]
    records = list(read_inputs(names))
    assert [r.source for r in records] == names
    assert records[0].data == b"hello" and records[0].error is None
    assert isinstance(records[1].error, InputError) and "no such file" in records[1].error.message
    assert "directory" in records[2].error.message


def test_size_limit_applies_to_files_and_stdin(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    [record] = read_inputs([str(big)], max_bytes=1000)
    assert record.data is None and "too large" in record.error.message
    [record] = read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(b"y" * 2000))
    assert record.source == "<stdin>" and "too large" in record.error.message
    [record] = read_inputs(["-"], max_bytes=1000, stdin=io.BytesIO(b"small"))
    assert record.data == b"small"
