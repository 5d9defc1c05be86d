"""English counted texts from a source written with "(s)": "%n page(s)" → "1 page" / "7 pages".

The English sources need no translation but their plural. Counted strings lupdate sees as such
(tr(text, "", n)) get both forms in fondue_desk_en.ts, made by this rule and corrected by hand
where it falls short; a counted translate() call lupdate does not mark as plural (its Python
parser only knows tr()) gets the rule at run time from the count translator.
"""
from __future__ import annotations

import re

# A verb right after the counted noun follows it: "%n complaint(s) are" → "1 complaint is".
_VERB_AFTER_PLURAL = ((re.compile(r"\(s\) are\b"), " is"), (re.compile(r"\(s\) have\b"), " has"))


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English counted source written with "(s)"."""
    singular = source
    for pattern, verb in _VERB_AFTER_PLURAL:
        singular = pattern.sub(verb, singular)
    return singular.replace("(s)", ""), source.replace("(s)", "s")


def english_plural(source: str, n: int) -> str:
    """`source` in the form English uses for `n` (only 1 is singular)."""
    singular, plural = english_forms(source)
    return singular if n == 1 else plural
