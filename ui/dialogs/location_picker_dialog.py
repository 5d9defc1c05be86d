"""Pick a complaint's position: click or drag a pin on the map, or type/paste coordinates.

A pasted Google Maps link is the usual way a position arrives at the counter (a citizen shows
their phone); it is read by the same parser as the intake form, so both accept the same text.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, RuleViolation
from fondue_desk.domain.geo import parse_coordinates
from fondue_desk.services import map_data, map_places, map_tiles
from fondue_desk.services.views import OfficeView

from ..labels import ui_language
from ..map.bridge import emit_signal
from ..map.map_view import MapView
from ..messages import field_error_text
from ..style import HINT
from ..widgets.field_feedback import error_label

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

Position = tuple[float, float]


def format_position(position: Position) -> str:
    """The text the coordinates field holds: "lat, lon", 6 decimals (about 0.1 m)."""
    return f"{position[0]:.6f}, {position[1]:.6f}"


class LocationPickerDialog(QDialog):
    def __init__(self, db: Database, office: OfficeView | None, center: Position | None = None,
                 initial: Position | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the position on the map"))
        self._picked: Position | None = initial
        self._ready = False
        # No office yet (the set-up assistant): default map settings, no boundary.
        office_id = office.id if office is not None else None
        lang = ui_language()
        self.view = MapView(self, boundary=lambda: (
            map_places.labelled_boundary(db, office_id, lang) if office_id is not None else None))
        self.view.bridge.location_picked.connect(self._map_picked)
        self.view.bridge.page_ready.connect(self._page_ready)
        self.coordinates = QLineEdit(self)
        self.coordinates.setPlaceholderText(
            self.tr("e.g. 18.7883, 98.9853 or paste a Google Maps link"))
        self.coordinates.textEdited.connect(self._typed)
        self.coordinates.editingFinished.connect(self._typing_finished)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        # Spelled out: Qt's own Thai translation of the standard buttons is not on every PC.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this location"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        if initial is not None:
            self.coordinates.setText(format_position(initial))
        self._update_ok()
        self.resize(900, 640)
        options = map_data.page_options(db, office_id, mode="picker", center=initial or center,
                                        lang=ui_language())
        self.view.load_page(options, map_tiles.tile_source(db, office_id, options))

    def _build_layout(self) -> None:
        hint = QLabel(self.tr("Click the map or drag the pin; or type the coordinates below."),
                      self)
        hint.setObjectName(HINT)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Coordinates"), self))
        row.addWidget(self.coordinates, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ results
    def picked(self) -> Position | None:
        return self._picked

    def is_ready(self) -> bool:
        """The map page is up and listening (tests and the intake form wait for this)."""
        return self._ready

    def accept(self) -> None:
        # Enter in the line edit lands here too: what is typed there must be read first.
        if self.coordinates.text().strip() and not self._read_typed(show_errors=True):
            return
        if self._picked is None:
            return
        super().accept()

    # ------------------------------------------------------------------ behaviour
    def _page_ready(self) -> None:
        self._ready = True
        if self._picked is not None:
            self._show_on_map(self._picked)

    def _map_picked(self, lat: float, lon: float) -> None:
        self._picked = (lat, lon)
        self.coordinates.setText(format_position(self._picked))
        self._show_error(None)
        self._update_ok()

    def _typed(self, _text: str) -> None:
        # Quietly while typing: "18.7" is not wrong yet, only unfinished. A paste is whole.
        self._read_typed(show_errors=False)

    def _typing_finished(self) -> None:
        if self.coordinates.text().strip():
            self._read_typed(show_errors=True)

    def _read_typed(self, *, show_errors: bool) -> bool:
        try:
            position = parse_coordinates(self.coordinates.text())
        except RuleViolation as exc:
            if show_errors:
                self._show_error(FieldError("location", exc.code, exc.params))
            return False
        self._show_error(None)
        if position is not None and position != self._picked:
            self._picked = position
            self._show_on_map(position)
        self._update_ok()
        return position is not None

    def _show_on_map(self, position: Position) -> None:
        if self._ready:
            self.view.run_js(f"fondue.setPicked({float(position[0])!r}, "
                             f"{float(position[1])!r})")

    def _show_error(self, error: FieldError | None) -> None:
        self.error.setText("" if error is None else field_error_text(error))
        self.error.setVisible(error is not None)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self._picked is not None)

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisible() else ""


class MapPickerButton(QPushButton):
    """"Pick on map…" beside a coordinates field: opens the picker and writes the result back."""

    position_chosen = Signal()

    def __init__(self, field: QLineEdit, center: Callable[[], Position | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pick on map…"), parent)
        self.setToolTip(self.tr("Click the spot on a map instead of typing it"))
        self._field = field
        self._center = center
        self._source: tuple[Database, OfficeView] | None = None
        self.dialog: LocationPickerDialog | None = None
        self.clicked.connect(self.pick)
        self.hide()  # a form alone has no database to draw the map from

    def enable(self, db: Database, office: OfficeView) -> None:
        self._source = (db, office)
        self.show()

    def pick(self) -> bool:
        """Open the picker at the field's position, else `center()`, else the office's."""
        if self._source is None:
            return False
        db, office = self._source
        try:
            initial = parse_coordinates(self._field.text())
        except RuleViolation:
            initial = None  # unreadable text: start from the village and let the map decide
        # No village position: the page opens on the office (page_options knows it best).
        self.dialog = LocationPickerDialog(db, office, self._center(), initial, self.window())
        try:
            chosen = self.dialog.exec() == QDialog.DialogCode.Accepted and self.dialog.picked()
            if chosen:
                self._field.setText(format_position(self.dialog.picked()))
                emit_signal(self, "position_chosen")
            return bool(chosen)
        finally:
            self.dialog.deleteLater()
            self.dialog = None
