"""The village picker: type its number ("3", "หมู่ที่ 3", "ม.3", "๓") or part of its name, Thai
or English; it shows the village in the interface's language."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QListView, QWidget

from fondue_desk.domain.village_match import match_village, village_candidates
from fondue_desk.services.views import VillageView

from ..labels import village_label

NONE_LABEL = "—"


def village_of_view(village: VillageView) -> str:
    return village_label(village.number, village.name, village.name_en)


def _names(villages: list[VillageView]) -> list[tuple[int, str]]:
    """(number, name) for each name a village goes by: a clerk may type either."""
    return [(v.number, name) for v in villages for name in (v.name, v.name_en) if name]


class VillageComboWidget(QComboBox):
    """An editable combo: what is typed stays in the box, and the core's rule
    (`domain.village_match`) says which village it names while the clerk types; leaving the box
    (Tab, Enter) writes that village's full label in. A typed space is just a space: the list
    opens only on F4 / Alt+Down or the arrow, and the suggestions follow the same rule.
    """

    village_changed = Signal()  # the village the box names changed (typed or chosen)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._villages: list[VillageView] = []
        self._named: int | None = None
        self.setEditable(True)
        # Typed text that names no village must never become a new entry on Enter.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # A list view, so rows of retired villages can be hidden from the popup.
        self.setView(QListView(self))
        self.lineEdit().setPlaceholderText(self.tr("number or name, e.g. 3 or Moo 3"))
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        # Our own ranking decides the list; the completer only shows it.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        completer.activated[str].connect(self._suggestion_chosen)
        self.lineEdit().textEdited.connect(self._text_edited)
        self.currentIndexChanged.connect(self._index_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # ----------------------------------------------------------------- offering
    def set_villages(self, villages: list[VillageView], *, keep: bool = False) -> None:
        """Retired villages are kept as hidden, disabled rows: a complaint being edited still
        shows its village, but nobody can pick one. With `keep`, the choice (or the half-typed
        text) survives."""
        chosen = self.village_id() if keep else None
        typed = self.lineEdit().text() if keep else ""
        self.blockSignals(True)
        self.clear()
        self._villages = list(villages)
        self.addItem(NONE_LABEL, None)
        model = self.model()
        for village in villages:
            self.addItem(village_of_view(village), village.id)
            row = self.count() - 1
            if not village.active:
                if isinstance(model, QStandardItemModel):
                    model.item(row).setEnabled(False)
                self.view().setRowHidden(row, True)
        index = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.lineEdit().setText(self.itemText(index) if index > 0 else
                                "" if chosen is not None else typed)
        self.blockSignals(False)
        self._update_named()

    def offered_ids(self) -> list[int]:
        """The villages a clerk can pick (not retired)."""
        return [v.id for v in self._villages if v.active]

    def _offered(self) -> list[VillageView]:
        return [v for v in self._villages if v.active]

    # ----------------------------------------------------------------- reading
    def village_id(self) -> int | None:
        """The village the box names: the chosen row, or what the typed text names."""
        text = self.lineEdit().text()
        if not text.strip() or text == NONE_LABEL:
            return None
        if text == self.itemText(self.currentIndex()):
            return self.currentData()  # a retired village of an edited complaint included
        return self._typed_village(text)

    def has_text(self) -> bool:
        text = self.lineEdit().text().strip()
        return bool(text) and text != NONE_LABEL

    def names_nothing(self) -> bool:
        """Something is typed, and it names no village: the form flags it."""
        return self.has_text() and self.village_id() is None

    def _typed_village(self, text: str) -> int | None:
        offered = self._offered()
        number = match_village(text, _names(offered))
        return next((v.id for v in offered if v.number == number), None)

    # ----------------------------------------------------------------- choosing
    def choose(self, village_id: int | None) -> None:
        """Show this village (None: no village), as if picked from the list."""
        self.setCurrentIndex(max(self.findData(village_id), 0) if village_id is not None else 0)
        self._index_changed(self.currentIndex())

    def resolve(self) -> int | None:
        """Settle the typed text into the village it names, so the clerk sees its full label."""
        found = self.village_id()
        if found is not None and self.lineEdit().text() != self.itemText(self.findData(found)):
            self.setCurrentIndex(self.findData(found))
            self.lineEdit().setText(self.itemText(self.currentIndex()))
        self._update_named()
        return found

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the box (Tab, a click elsewhere) settles the text; the suggestions opening
        # do not count as leaving: the clerk is still typing.
        mine = (self, self.lineEdit(), self.completer().popup(), self.view())
        if old in mine and new is not None and new not in mine:
            self.completer().popup().hide()
            self.resolve()

    def _index_changed(self, index: int) -> None:
        # Row 0 is "no village": the box shows it as empty, ready for typing.
        if index == 0 and self.lineEdit().text() == NONE_LABEL:
            self.lineEdit().clear()
        self._update_named()

    def _text_edited(self, text: str) -> None:
        offered = self._offered()
        pairs = _names(offered)
        by_number = {v.number: village_of_view(v) for v in offered}
        labels = [by_number[n] for n in village_candidates(text, pairs)] if text.strip() else []
        self._suggestions.setStringList(labels)
        popup = self.completer().popup()
        if labels and self.hasFocus():
            self.completer().complete()
        elif popup.isVisible():
            popup.hide()
        self._update_named()

    def _suggestion_chosen(self, label: str) -> None:
        index = self.findText(label, Qt.MatchFlag.MatchExactly)
        if index > 0:
            self.setCurrentIndex(index)
            self.lineEdit().setText(label)
        self._update_named()

    def _update_named(self) -> None:
        named = self.village_id()
        if named != self._named:
            self._named = named
            self.village_changed.emit()
