"""How a count reads on screen, on paper and on the command line: "16,669", never "16669".

Thai government documents group thousands with a comma, as English does, so one format serves
both languages. Only counts go through here: tracking numbers, years, phone, house and page
numbers are identifiers, and a separator would make them wrong ("2,569" is not a year).
"""
from __future__ import annotations

import re

_COUNT_PLACEHOLDER = re.compile(r"%n")


def format_count(n: int) -> str:
    """12345 → "12,345"; negative counts keep their sign ("-1,200")."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"a count is an int, not {type(n).__name__}")
    return f"{n:,}"


def fill_count(text: str, n: int) -> str:
    """Put the count into every "%n" of a (translated) text, grouped: Qt's own "%n" is not."""
    return _COUNT_PLACEHOLDER.sub(format_count(n), text)
