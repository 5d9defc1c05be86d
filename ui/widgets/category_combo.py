"""The category picker: an editable combo that filters the office's categories as you type."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from fondue_desk.services.views import CategoryView

from ..icons import colour_chip
from ..labels import category_name


class CategoryComboWidget(QComboBox):
    """`category()` is the chosen CategoryView, or None while the typed text matches none.

    A clerk types any part of a name ("ไฟ" finds "ไฟฟ้าส่องสว่างชำรุด"), picks from the popup or
    just presses Enter when only one category contains the text. The English interface shows
    the English names; typed Thai still finds a category (a clerk may type what the citizen
    wrote).
    """

    category_changed = Signal(object)  # CategoryView | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[CategoryView] = []
        self._last: CategoryView | None = None
        self.setEditable(True)
        # A typed name that is not a category must never become one by pressing Enter.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search categories"))
        self.currentIndexChanged.connect(self._index_changed)
        self.lineEdit().textEdited.connect(self._text_edited)

    def set_categories(self, categories: list[CategoryView], *, keep: bool = False) -> None:
        """Offer these categories. With `keep`, the one chosen stays chosen (with its new name,
        colour or SLA) when it is still offered: settings changed while a clerk was typing."""
        chosen = self._last.id if keep and self._last is not None else None
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._categories = list(categories)
        for category in self._categories:
            self.addItem(colour_chip(category.colour), _shown(category), category.id)
        self.blockSignals(False)
        index = self.findData(chosen) if chosen is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
            self._notify(self._categories[index])
        elif keep and chosen is None and typed:
            self.setCurrentIndex(-1)
            self.setEditText(typed)  # a half-typed search survives
            self._notify(self.category())
        else:
            self.clear_choice()

    def clear_choice(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")
        self._notify(None)

    def category(self) -> CategoryView | None:
        """The category the text names exactly, else the only one containing it, else None."""
        text = self.currentText().strip()
        if not text:
            return None
        wanted = text.casefold()
        exact = [c for c in self._categories if wanted in _names(c)]
        if exact:
            return exact[0]
        partial = [c for c in self._categories if any(wanted in n for n in _names(c))]
        return partial[0] if len(partial) == 1 else None

    def resolve(self) -> CategoryView | None:
        """Settle a unique partial match into the combo, so the clerk sees what was chosen."""
        found = self.category()
        if found is not None and self.currentText() != _shown(found):
            self.setCurrentIndex(self._categories.index(found))
        self._notify(found)
        return found

    def has_text(self) -> bool:
        return bool(self.currentText().strip())

    def focusOutEvent(self, event) -> None:  # noqa: N802  (Qt override)
        super().focusOutEvent(event)
        self.resolve()

    def _index_changed(self, index: int) -> None:
        if 0 <= index < len(self._categories):
            self._notify(self._categories[index])

    def _text_edited(self, _text: str) -> None:
        self._notify(self.category())

    def _notify(self, category: CategoryView | None) -> None:
        if category != self._last:
            self._last = category
            self.category_changed.emit(category)


def _shown(category: CategoryView) -> str:
    return category_name(category.name_th, category.name_en)


def _names(category: CategoryView) -> tuple[str, ...]:
    """What typing may match, case-folded: the shown name first, then the Thai one."""
    return tuple(dict.fromkeys(n.casefold() for n in (_shown(category), category.name_th)))
