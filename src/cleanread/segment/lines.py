"""What a printed line of PDF text says about itself, shared by the stages that read such lines."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")  # a line that ends a sentence (or a clause before a list)
