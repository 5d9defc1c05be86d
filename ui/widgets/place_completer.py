"""Type-ahead over every Thai sub-district: a clerk types "แม่เหียะ" and picks the right one."""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from fondue_desk.services.places import Place, all_places

_VISIBLE_ROWS = 12


class PlaceCompleter(QCompleter):
    """Completes on the full label ("ต.แม่เหียะ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50100").

    Matching the whole label lets a clerk narrow 7,000 names by typing the district or even
    the postal code; many tambon names exist in several provinces.
    """

    place_chosen = Signal(object)  # Place

    def __init__(self, line_edit: QLineEdit) -> None:
        places = all_places()
        self._by_label: dict[str, Place] = {place.label: place for place in places}
        super().__init__(QStringListModel(list(self._by_label), line_edit), line_edit)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(_VISIBLE_ROWS)
        self._line_edit = line_edit
        line_edit.setCompleter(self)
        # QLineEdit re-connects its own "write the completion into the field" on every focus-in,
        # so it would always run after a direct connection of ours. Queued, ours runs last and
        # the field keeps the tambon name alone; the other parts go to their own fields.
        self.activated[str].connect(self._activated, Qt.ConnectionType.QueuedConnection)

    def place_for(self, label: str) -> Place | None:
        return self._by_label.get(label)

    def _activated(self, label: str) -> None:
        place = self._by_label.get(label)
        if place is None:
            return
        self._line_edit.setText(place.tambon)
        self.place_chosen.emit(place)
