"""Every "%n" the desk shows is a count, so every one is grouped: "พบ 16,669 เรื่อง".

Qt fills "%n" in tr(text, "", n) with the bare number after the translators have answered.
This translator is installed last, so Qt asks it first; for counted texts only it asks the
real translators (or keeps the English source) and fills the count itself with the core's
format_count, leaving Qt nothing to fill. Other texts it leaves to the real translators.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTranslator

from fondue_desk.domain.numbers import fill_count

from .english_plurals import english_plural


class CountTranslator(QTranslator):
    def __init__(self, translators: Sequence[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators = list(translators)

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "%n" not in source:
            return None  # a null answer: Qt asks the next translator, as if we were not here
        for translator in reversed(self._translators):  # Qt's own order: last installed first
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return fill_count(text, n)
        # Nobody has it as a plural (the English desk, a translate() call lupdate did not mark
        # as counted): the English source in the form its count takes, never "7 page(s)".
        return fill_count(english_plural(source, n), n)

    def isEmpty(self) -> bool:  # Qt override: never skipped as holding nothing
        return False
