"""Settings → Map: which base map, the tile cache's size, the boundary outline and the hotspot rule.

Base map, tile cache limit and hotspot rule are saved by OK, each through its own service call. The boundary is
different: importing one is checked and stored at once (the clerk sees straight away whether
the province's file is usable), so Cancel cannot undo it and the page says so.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.maps.boundary import MAX_BYTES
from fondue_desk.maps.page import OSM_TILE_URL
from fondue_desk.services import map_tiles
from fondue_desk.services.changes import ChangeSet
from fondue_desk.services.map_settings import (
    MIN_COUNT_RANGE,
    RADIUS_RANGE_M,
    MapSettings,
    clear_boundary,
    import_boundary,
    map_settings,
    set_base_map,
    set_hotspot_rule,
)

from ...messages import field_error_text
from ...style import HINT
from ...widgets.field_feedback import FieldFeedback, error_label
from ..page import SettingsContext, SettingsPage, settings_page

INDENT = 24  # the fields that belong to one radio button sit under its text


@settings_page
class MapPage(SettingsPage):
    NAME = "map"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Map")
    SORT_ORDER = 80
    CHANGES = ChangeSet(map=True)
    KEYWORDS = ("OpenStreetMap", "MBTiles", "GeoJSON", "boundary", "hotspot", "cache",
                "offline")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._settings = map_settings(context.db, context.office.id)
        self._cache_mb = map_tiles.tile_cache_mb(context.db, context.office.id)
        self._clear_boundary = False
        # True once anything reached the database, Cancel or not: the map must then be redrawn.
        self.changed = False

        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._build_base_map())
        layout.addWidget(self._build_tile_cache())
        layout.addWidget(self._build_boundary())
        layout.addWidget(self._build_hotspots())
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self._base_map_chosen()
        self._show_boundary_status()

    def load(self) -> None:
        settings = self._settings = map_settings(self._db, self._office.id)
        self._radios.get(settings.base_map, self.osm_radio).setChecked(True)
        self.tile_url.setText(settings.tile_url or OSM_TILE_URL)
        self.tile_url.setCursorPosition(0)
        self.mbtiles_path.setText(settings.mbtiles_path)
        self.min_count.setValue(settings.hotspot_min_count)
        self.radius.setValue(settings.hotspot_radius_m)
        self._cache_mb = map_tiles.tile_cache_mb(self._db, self._office.id)
        self.cache_mb.setValue(self._cache_mb)
        self._clear_boundary = False
        self._base_map_chosen()
        self._show_boundary_status()

    # ------------------------------------------------------------------ building
    def _build_base_map(self) -> QGroupBox:
        settings = self._settings
        box = QGroupBox(self.tr("Base map"), self)
        self.osm_radio = QRadioButton(self.tr("OpenStreetMap (needs the internet)"), box)
        self.mbtiles_radio = QRadioButton(self.tr("Map file on this computer (MBTiles)"), box)
        self.none_radio = QRadioButton(self.tr("No base map"), box)
        self.base_maps = QButtonGroup(self)
        self._radios = {"osm": self.osm_radio, "mbtiles": self.mbtiles_radio,
                        "none": self.none_radio}
        for radio in self._radios.values():
            self.base_maps.addButton(radio)
        self._radios.get(settings.base_map, self.osm_radio).setChecked(True)

        self.tile_url = QLineEdit(settings.tile_url or OSM_TILE_URL, box)
        self.tile_url.setCursorPosition(0)  # the host is what tells one server from another
        self.tile_url.setToolTip(self.tr(
            "Advanced: another tile server's address, with {z}, {x} and {y}"))
        self.default_url_button = QPushButton(self.tr("Default"), box)
        self.default_url_button.setToolTip(self.tr("Use the OpenStreetMap server again"))
        self.default_url_button.clicked.connect(lambda: self.tile_url.setText(OSM_TILE_URL))
        url_row = QHBoxLayout()
        url_row.addWidget(QLabel(self.tr("Tile server (advanced):"), box))
        url_row.addWidget(self.tile_url, 1)
        url_row.addWidget(self.default_url_button)
        tile_url_error = error_label(box)

        # Read-only: the path must come from the file dialog, so it names a real file.
        self.mbtiles_path = QLineEdit(settings.mbtiles_path, box)
        self.mbtiles_path.setReadOnly(True)
        self.mbtiles_path.setPlaceholderText(self.tr("No file chosen"))
        self.choose_file_button = QPushButton(self.tr("Choose file…"), box)
        self.choose_file_button.clicked.connect(self.choose_mbtiles)
        file_row = QHBoxLayout()
        file_row.addWidget(self.mbtiles_path, 1)
        file_row.addWidget(self.choose_file_button)
        mbtiles_error = error_label(box)

        self.feedback.add("tile_url", self.tile_url, tile_url_error, (self.tile_url.textEdited,))
        self.feedback.add("mbtiles_path", self.choose_file_button, mbtiles_error)
        self.base_maps.buttonToggled.connect(lambda *_: self._base_map_chosen())

        layout = QVBoxLayout(box)
        layout.addWidget(self.osm_radio)
        layout.addLayout(_indented(url_row))
        layout.addLayout(_indented(tile_url_error))
        layout.addWidget(self.mbtiles_radio)
        layout.addLayout(_indented(file_row))
        layout.addLayout(_indented(mbtiles_error))
        layout.addWidget(self.none_radio)
        return box

    def _build_tile_cache(self) -> QGroupBox:
        box = QGroupBox(self.tr("Map for use without internet"), self)
        self.cache_mb = QSpinBox(box)
        # The service's own range, so the value can hardly be refused.
        self.cache_mb.setRange(*map_tiles.CACHE_MB_RANGE)
        self.cache_mb.setSingleStep(50)
        self.cache_mb.setValue(self._cache_mb)
        self.cache_mb.setSuffix(self.tr(" MB"))
        cache_error = error_label(box)
        self.feedback.add("tile_cache_mb", self.cache_mb, cache_error,
                          (self.cache_mb.valueChanged,))
        hint = QLabel(self.tr(
            "Map tiles shown while online are kept on each computer and shown when the "
            "internet is down. Beyond this size the tiles not seen for longest are removed. "
            "Only tiles someone has looked at are downloaded (OpenStreetMap's rules)."), box)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Keep at most:"), self.cache_mb)
        form.addRow("", cache_error)
        form.addRow(hint)
        return box

    def _build_boundary(self) -> QGroupBox:
        box = QGroupBox(self.tr("Office boundary"), self)
        self.boundary_status = QLabel(box)
        self.import_button = QPushButton(self.tr("Import GeoJSON file…"), box)
        self.import_button.clicked.connect(self.import_geojson)
        self.clear_button = QPushButton(self.tr("Remove boundary"), box)
        self.clear_button.clicked.connect(self._remove_boundary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.boundary_status, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.clear_button)
        hint = QLabel(self.tr("An imported boundary is saved at once, even if you press Cancel."),
                      box)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.boundary_error = error_label(box)
        self.boundary_message = QLabel(box)
        self.boundary_message.setWordWrap(True)
        self.boundary_message.hide()
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.boundary_message)
        layout.addWidget(self.boundary_error)
        layout.addWidget(hint)
        return box

    def _build_hotspots(self) -> QGroupBox:
        box = QGroupBox(self.tr("Repeated complaints (hotspots)"), self)
        self.min_count = QSpinBox(box)
        # The spin boxes hold the service's own ranges, so the rule can hardly be refused.
        self.min_count.setRange(*MIN_COUNT_RANGE)
        self.min_count.setValue(self._settings.hotspot_min_count)
        self.min_count.setSuffix(self.tr(" complaints"))
        self.radius = QSpinBox(box)
        self.radius.setRange(*RADIUS_RANGE_M)
        self.radius.setSingleStep(10)
        self.radius.setValue(self._settings.hotspot_radius_m)
        self.radius.setSuffix(self.tr(" m"))
        min_count_error = error_label(box)
        radius_error = error_label(box)
        self.feedback.add("hotspot_min_count", self.min_count, min_count_error,
                          (self.min_count.valueChanged,))
        self.feedback.add("hotspot_radius_m", self.radius, radius_error,
                          (self.radius.valueChanged,))
        hint = QLabel(self.tr("Open complaints of one category this close together "
                              "are shown as a hotspot."), box)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        form = QFormLayout(box)
        # A two- or four-digit number needs no field as wide as the dialog.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("At least:"), self.min_count)
        form.addRow("", min_count_error)
        form.addRow(self.tr("Within:"), self.radius)
        form.addRow("", radius_error)
        form.addRow(hint)
        return box

    # ------------------------------------------------------------------ behaviour
    def chosen_base_map(self) -> str:
        return next(name for name, radio in self._radios.items() if radio.isChecked())

    def _base_map_chosen(self) -> None:
        chosen = self.chosen_base_map()
        for widget in (self.tile_url, self.default_url_button):
            widget.setEnabled(chosen == "osm")
        self.choose_file_button.setEnabled(chosen == "mbtiles")
        self.mbtiles_path.setEnabled(chosen == "mbtiles")
        self.cache_mb.setEnabled(chosen == "osm")  # only an online map fills the cache

    def choose_mbtiles(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a map file"), self.mbtiles_path.text(),
            self.tr("MBTiles map files (*.mbtiles)"))
        if path:
            self.mbtiles_path.setText(path)
            self.feedback.clear("mbtiles_path")  # checked again on OK, by the service

    def import_geojson(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the office boundary"), "",
            self.tr("GeoJSON files (*.geojson *.json)"))
        if not path:
            return
        self.boundary_message.hide()
        self.boundary_error.hide()
        try:
            # Checked before reading: a wrongly chosen huge file would freeze the dialog.
            if os.path.getsize(path) > MAX_BYTES:
                raise InvalidInput([FieldError("boundary", "boundary.too_large",
                                               {"max_bytes": MAX_BYTES})])
            # utf-8-sig: Windows tools often start a UTF-8 file with a BOM, which JSON refuses.
            with open(path, encoding="utf-8-sig") as file:
                text = file.read()
        except (OSError, UnicodeDecodeError):
            self._boundary_failed(FieldError("boundary", "file.unreadable"))
            return
        except InvalidInput as exc:
            self._boundary_failed(exc.errors[0])
            return
        try:
            self._settings = import_boundary(self._db, self._user.id, text)
        except InvalidInput as exc:
            self._boundary_failed(exc.errors[0])
            return
        self.changed = True
        self.changed_now.emit(self.CHANGES)
        self._clear_boundary = False  # the new outline replaces a removal asked for earlier
        self._show_boundary_status()
        self.boundary_message.setText(self.tr("Boundary imported and saved."))
        self.boundary_message.show()

    def _boundary_failed(self, error: FieldError) -> None:
        self.boundary_error.setText(field_error_text(error))
        self.boundary_error.show()

    def _remove_boundary(self) -> None:
        # Unlike an import, a removal waits for OK: it is the one boundary change Cancel undoes.
        self._clear_boundary = True
        self.boundary_message.hide()
        self.boundary_error.hide()
        self._show_boundary_status()

    def _show_boundary_status(self) -> None:
        if self._clear_boundary:
            self.boundary_status.setText(self.tr("The boundary will be removed when you press OK"))
        elif self._settings.has_boundary:
            self.boundary_status.setText(self.tr("A boundary is set"))
        else:
            self.boundary_status.setText(self.tr("No boundary yet"))
        self.clear_button.setEnabled(self._settings.has_boundary and not self._clear_boundary)

    def error_text(self, field: str) -> str:
        if field == "boundary":
            return self.boundary_error.text() if not self.boundary_error.isHidden() else ""
        return self.feedback.message(field)

    def save(self) -> ChangeSet | None:
        """Base map, then hotspot rule, then a pending removal; stop at the first refusal.
        Nothing changed on the page: nothing written, the map is not rebuilt."""
        self.feedback.clear_all()
        chosen = self.chosen_base_map()
        arguments = self._base_map_arguments(chosen)
        before = self._settings
        if self.cache_mb.value() != self._cache_mb:
            # Not map data: the map need not be rebuilt, open caches shrink by themselves.
            try:
                self._cache_mb = map_tiles.set_tile_cache_mb(self._db, self._user.id,
                                                             self.cache_mb.value())
            except InvalidInput as exc:
                self._show(list(exc.errors))
                return None
        if not self._clear_boundary and (
                chosen, self.min_count.value(), self.radius.value()) == (
                before.base_map, before.hotspot_min_count, before.hotspot_radius_m) and (
                chosen != "osm" or arguments["tile_url"] == (before.tile_url or OSM_TILE_URL)
                ) and (chosen != "mbtiles" or arguments["mbtiles_path"] == before.mbtiles_path):
            return ChangeSet()
        try:
            self._settings = set_base_map(self._db, self._user.id, chosen, **arguments)
        except InvalidInput as exc:
            self._show(list(exc.errors))
            return None
        self.changed = True
        try:
            self._settings = set_hotspot_rule(self._db, self._user.id, self.min_count.value(),
                                              self.radius.value())
        except InvalidInput as exc:
            self._show(list(exc.errors))
            self.changed_now.emit(self.CHANGES)  # the base map is saved already
            return None
        if self._clear_boundary:
            self._settings = clear_boundary(self._db, self._user.id)
            self._clear_boundary = False
        return self.CHANGES

    def settings(self) -> MapSettings:
        return self._settings

    def first_error_widget(self) -> QWidget | None:
        return getattr(self, "_first", None)

    def _base_map_arguments(self, chosen: str) -> dict[str, str]:
        if chosen == "osm":
            url = self.tile_url.text().strip()
            arguments = {"tile_url": url}
            # The service blanks the credit of a non-OSM server unless told; keep the one
            # already stored for this same server rather than losing it on every OK.
            if url == self._settings.tile_url and self._settings.attribution:
                arguments["attribution"] = self._settings.attribution
            return arguments
        if chosen == "mbtiles":
            return {"mbtiles_path": self.mbtiles_path.text()}
        return {}

    def _show(self, errors: list[FieldError]) -> None:
        self._first = self.feedback.show_errors(errors)


def _indented(item) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(INDENT, 0, 0, 0)
    if isinstance(item, QWidget):
        row.addWidget(item)
    else:
        row.addLayout(item)
    return row
