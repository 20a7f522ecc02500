"""Figure and table numbers that OCR glued to the word or read as a letter."""

from __future__ import annotations

import re

_GLUED_NUMBER = re.compile(r"\b(Figure|Fig\.|Table)(?:\s?[lI|](?=[\s.:,]|$)|(\d+)\b)", re.M)


def glued_figure_numbers(text: str) -> str:
    """Rewrite 'Figurel', 'Table|' and 'Figure2' as 'Figure 1', 'Table 1', 'Figure 2'.

    >>> glued_figure_numbers("Figurel Structure of power")
    'Figure 1 Structure of power'
    >>> glued_figure_numbers("see Table | and Figure2.")
    'see Table 1 and Figure 2.'
    >>> glued_figure_numbers("Tables and Figures stay as they are")
    'Tables and Figures stay as they are'
    """

    def fix(match: re.Match[str]) -> str:
        return f"{match.group(1)} {match.group(2) or '1'}"

    return _GLUED_NUMBER.sub(fix, text)
