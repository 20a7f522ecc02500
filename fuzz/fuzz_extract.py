"""Coverage-guided fuzzing of cleanread.extract with atheris (see CONTRIBUTING.md).

    pip install atheris && python fuzz/fuzz_extract.py -max_total_time=600 fuzz/corpus

Any exception other than CleanreadError is a bug, and so is a document that cannot be serialised.
"""

import json
import sys

import atheris

with atheris.instrument_imports():
    import cleanread

KINDS = ("auto", "html", "web-text", "pdf-text")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    kind = KINDS[provider.ConsumeIntInRange(0, len(KINDS) - 1)]
    payload = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        document = cleanread.extract(payload, kind=kind)
    except cleanread.CleanreadError:
        return
    json.dumps(document.to_dict(include_blocks=True))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
