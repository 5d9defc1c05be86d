"""The intake's "Reads: Thai / English" choice: the language the complainant's receipt and
later notices print in (services.receipts).

A clerk rarely asks a walk-in which language they read, so the form suggests English as soon
as the name is typed in Latin letters (domain.complainant_language.suggest_language) and back
to Thai when it is retyped in Thai. Once the clerk has chosen themselves, by mouse or keyboard,
the name no longer moves it: the person at the counter knows better than their spelling.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from fondue_desk.domain.complainant_language import (
    COMPLAINANT_LANGUAGES,
    ENGLISH,
    THAI,
    suggest_language,
)

from ..style import HINT


def language_name(code: str) -> str:
    """"Thai" / "English" in the interface's language (the detail pane, the history)."""
    names = {
        THAI: QCoreApplication.translate("ComplainantLanguage", "Thai"),
        ENGLISH: QCoreApplication.translate("ComplainantLanguage", "English"),
    }
    return names.get(code, code)


class ComplainantLanguageWidget(QWidget):
    """The choice and, beside it, why it changed by itself when it did."""

    language_changed = Signal(str)

    def __init__(self, name: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("complainantLanguage")
        for code in COMPLAINANT_LANGUAGES:
            self.combo.addItem(language_name(code), code)
        self.combo.setToolTip(self.tr("The language the receipt and later notices print in"))
        self.hint = QLabel(self)
        self.hint.setObjectName(HINT)
        self.hint.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.hint, 1)
        self.setFocusProxy(self.combo)
        self._manual = False
        # activated: only the clerk's own choice (mouse, arrows, typed letters), never ours.
        self.combo.activated.connect(self._chosen)
        self.combo.currentIndexChanged.connect(
            lambda _index: self.language_changed.emit(self.language()))
        name.textEdited.connect(self._name_edited)

    def language(self) -> str:
        return self.combo.currentData() or THAI

    def is_manual(self) -> bool:
        return self._manual

    def set_language(self, code: str, *, manual: bool = True) -> None:
        """A saved complaint's language (an edit) counts as chosen: retyping the name keeps it."""
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))
        self._manual = manual
        self.hint.clear()

    def restored(self, name: str) -> None:
        """After a snapshot put the form back (undoing a clear, a switch of the interface's
        language): a choice the name would not have made was the clerk's own."""
        self._manual = self.language() != (suggest_language(name) or THAI)
        self.hint.clear()

    def reset(self) -> None:
        """Thai again, and following the name again: the next complainant."""
        self.set_language(THAI, manual=False)

    def _chosen(self, _index: int) -> None:
        self._manual = True
        self.hint.clear()

    def _name_edited(self, text: str) -> None:
        if self._manual:
            return
        wanted = suggest_language(text) or THAI
        if wanted != self.language():
            self.combo.setCurrentIndex(self.combo.findData(wanted))
        # Short, beside the choice: the clerk sees that it moved, and why.
        self.hint.setText(self.tr("Suggested by the name") if wanted == ENGLISH else "")
