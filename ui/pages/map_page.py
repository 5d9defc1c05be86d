"""The register on a map: the same filter as the register page, as clusters, heat and hotspots.

The map starts (Chromium and all) only when the page is first shown, so a desk that never opens
the map pays nothing for it. Markers and hotspots are built off the GUI thread: a 100k-complaint
register takes a moment to walk, and the window must stay responsive meanwhile.

Complaints can be selected on the map (Shift + drag a box, Ctrl/⌘ + click a marker; the page
keeps the selection, see fondue_map.js) and handed on to be assigned to a crew: the toolbar above
the map counts them and its "Assign…" button emits `assign_requested` with their ids.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.maps.hotspots import Hotspot
from fondue_desk.services import map_data, map_places, map_tiles
from fondue_desk.services.map_settings import map_settings
from fondue_desk.services.views import OfficeView, UserView

from ..labels import ui_language
from ..map.bridge import emit_signal
from ..map.map_view import MapView
from ..style import HINT, PAGE_TITLE, PRIMARY_BUTTON
from ..tasks import BackgroundTask

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

PANEL_WIDTH = 280
# Tasks whose page may be gone: a QThread destroyed while running takes the process with it,
# so each task is kept here (not parented to the page) until it has finished.
_running: set[BackgroundTask] = set()


def finish_background_work() -> None:
    """Cancel the map's tasks and wait for them: the process may end once this returns.

    Runs when the application quits (hotspots are found after the markers are drawn, so one
    may still be at work when the window closes).
    """
    for task in list(_running):
        task.cancel()
        task.wait()
    _running.clear()


def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class MapPage(QWidget):
    complaint_requested = Signal(int)  # "open in the register" from a marker's popup
    markers_shown = Signal(int, int)   # markers drawn, complaints without coordinates
    selection_changed = Signal(list)   # complaint ids selected on the map, ascending
    assign_requested = Signal(list)    # "Assign…": the selected complaint ids

    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._office = office
        self._user = user
        self._filter = RegisterFilter()
        self._generation = 0
        self._hotspots_due = False  # found once the page has drawn the markers
        app = QCoreApplication.instance()
        if app is not None and not app.property("fondue_map_waits_at_quit"):
            app.setProperty("fondue_map_waits_at_quit", True)
            app.aboutToQuit.connect(finish_background_work)
        self._stale = True
        self._page_stale = False  # the map settings changed: the page itself must be rebuilt
        self.view: MapView | None = None
        self.hotspots: list[Hotspot] = []
        self._selected: list[int] = []
        self._may_assign = can(user.role, Action.ASSIGN)
        self._build_panel()
        self._build_toolbar()
        self._show_selection()

    # ------------------------------------------------------------------ building
    def _build_panel(self) -> None:
        title = QLabel(self.tr("Complaint map"), self)
        title.setObjectName(PAGE_TITLE)
        hint = QLabel(self.tr("Shows the complaints the register's filter finds"), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.count_label = QLabel(self.tr("Loading the map…"), self)
        self.count_label.setWordWrap(True)
        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName(HINT)
        self.skipped_label.setWordWrap(True)
        self.heat_box = QCheckBox(self.tr("Density map"), self)
        self.heat_box.setToolTip(self.tr("Show where complaints gather instead of single pins"))
        self.heat_box.toggled.connect(self._heat_toggled)
        self.hotspot_list = QListWidget(self)
        # A village and a landmark are long in Thai: entries wrap in the narrow panel.
        self.hotspot_list.setWordWrap(True)
        self.hotspot_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hotspot_list.setSpacing(2)
        self.hotspot_list.itemActivated.connect(self._hotspot_chosen)
        self.hotspot_list.itemClicked.connect(self._hotspot_chosen)
        hotspot_hint = QLabel(self.tr("Click one to zoom to it"), self)
        hotspot_hint.setObjectName(HINT)
        hotspots = QGroupBox(self.tr("Repeated complaints"), self)
        box = QVBoxLayout(hotspots)
        box.addWidget(self.hotspot_list, 1)
        box.addWidget(hotspot_hint)

        self.panel = QWidget(self)
        self.panel.setFixedWidth(PANEL_WIDTH)
        side = QVBoxLayout(self.panel)
        side.setContentsMargins(12, 16, 16, 16)
        side.setSpacing(10)
        for widget in (title, hint, self.count_label, self.skipped_label, self.heat_box):
            side.addWidget(widget)
        side.addWidget(hotspots, 1)
        self.map_area = QVBoxLayout()
        self.map_area.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.map_area, 1)
        layout.addWidget(self.panel)

    def _build_toolbar(self) -> None:
        """The row above the map: how many complaints are selected, clear, assign."""
        self.toolbar = QWidget(self)
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.selection_label = QLabel(self.toolbar)
        self.clear_selection_button = QPushButton(self.tr("Clear selection"), self.toolbar)
        self.clear_selection_button.clicked.connect(self.clear_selection)
        self.assign_button = QPushButton(self.tr("Assign…"), self.toolbar)
        self.assign_button.setObjectName(PRIMARY_BUTTON)
        self.assign_button.setToolTip(self.tr("Assign the selected complaints to a crew"))
        self.assign_button.clicked.connect(self._assign_clicked)
        # A role that may not assign is not offered the button (services check it anyway).
        self.assign_button.setVisible(self._may_assign)
        row.addWidget(self.selection_label, 1)
        row.addWidget(self.clear_selection_button)
        row.addWidget(self.assign_button)
        self.map_area.addWidget(self.toolbar)

    def _create_view(self) -> MapView:
        lang = ui_language()  # the popups' and outlines' words; read on the GUI thread
        view = MapView(self, boundary=lambda: map_places.labelled_boundary(
            self._db, self._office.id, lang))
        view.handler.details = lambda complaint_id: map_data.marker_details_json(
            self._db, self._office.id, complaint_id, lang=lang)
        view.bridge.complaint_requested.connect(self.complaint_requested)
        view.bridge.markers_loaded.connect(self._markers_loaded)
        view.bridge.page_ready.connect(self._page_ready)
        view.bridge.selection_changed.connect(self._selection_changed)
        self.map_area.addWidget(view, 1)
        return view

    # ------------------------------------------------------------------ behaviour
    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.view is None:
            self.view = self._create_view()
            self._rebuild(load_page=True)
        elif self._stale or self._page_stale:
            self._rebuild(load_page=self._page_stale)

    def current_filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, flt: RegisterFilter) -> None:
        """Show what the register shows; while the page is hidden, only remember it."""
        if flt == self._filter and not self._stale:
            return
        self._filter = flt
        self._stale = True
        if self.view is not None and self.isVisible():
            self._rebuild(load_page=False)

    def reload(self) -> None:
        """Read the markers again (a complaint was logged or changed).

        Selected complaints that are still on the map stay selected (so do they on a filter
        change); after an assignment, call clear_selection() first.
        """
        self._stale = True
        if self.view is not None and self.isVisible():
            self._rebuild(load_page=False)

    def reload_page(self) -> None:
        """Build the page again from the office's map settings (base map, boundary, hotspots)."""
        self._page_stale = True
        # A hidden page waits for its next showing: Leaflet sizes itself from a visible view.
        if self.view is not None and self.isVisible():
            self._rebuild(load_page=True)

    def _rebuild(self, *, load_page: bool) -> None:
        self._stale = False
        if load_page:
            self._page_stale = False
        self._generation += 1
        generation = self._generation
        for task in list(_running):
            if getattr(task, "owner", None) is self:
                task.cancel()
        db, office_id, flt = self._db, self._office.id, self._filter
        lang = ui_language()  # read here: the worker thread has no business with QLocale
        settings = map_settings(db, office_id)
        view = self.view
        view.markers_pending()
        if load_page:
            options = map_data.page_options(db, office_id, mode="register", lang=lang)
            tiles = map_tiles.tile_source(db, office_id, options)
            view.load_page(options, tiles)
            self._selection_changed([])  # a new page starts with nothing selected
        self.count_label.setText(self.tr("Loading the map…"))

        def work(_progress, _is_cancelled):
            return generation, load_page, map_data.markers_json(db, office_id, flt, lang=lang)

        def find_hotspots(_progress, is_cancelled):
            spots = [] if is_cancelled() else map_places.named_hotspots(
                db, office_id, map_data.hotspots(db, office_id, flt, settings, lang=lang), lang)
            return generation, spots

        self._hotspot_work = find_hotspots
        self._hotspots_due = False
        self._start_task(work, self._built)

    def _start_task(self, work, done) -> None:
        task = BackgroundTask(work)
        task.owner = self
        task.succeeded.connect(done)
        task.finished.connect(lambda t=task: _running.discard(t))
        _running.add(task)
        task.start()

    def _built(self, result) -> None:
        generation, page_loaded_with_it, markers = result
        if generation != self._generation or self.view is None:
            return  # a newer filter is on its way; these markers are already out of date
        # The page that was loaded together with these markers fetches them itself.
        self.view.set_markers(markers, redraw=not page_loaded_with_it)
        # Hotspots in a task of their own once the page has drawn these markers: found while
        # it draws, they took the CPU from it and the GIL from the GUI thread (stalls of
        # 100-300 ms at 300,000 markers on two cores).
        self._hotspots_due = True

    def _hotspots_found(self, result) -> None:
        generation, spots = result
        if generation == self._generation:
            self._show_hotspots(spots)

    def _page_ready(self) -> None:
        if self.heat_box.isChecked():
            self._heat_toggled(True)

    def _markers_loaded(self, count: int, skipped: int) -> None:
        self.count_label.setText(self.tr("%n complaint(s) on the map", "", count))
        self.skipped_label.setText(
            self.tr("%n complaint(s) have no coordinates", "", skipped) if skipped else "")
        emit_signal(self, "markers_shown", (int, count), (int, skipped))
        if self._hotspots_due:
            self._hotspots_due = False
            self._start_task(self._hotspot_work, self._hotspots_found)

    # ------------------------------------------------------------------ selection
    def selected_complaint_ids(self) -> list[int]:
        """The complaints selected on the map, ascending."""
        return list(self._selected)

    def clear_selection(self) -> None:
        """Unselect everything (e.g. once the selected complaints have been assigned)."""
        if self.view is not None:
            self.view.clear_selection()
        self._selection_changed([])

    def _selection_changed(self, ids: list) -> None:
        ids = [int(i) for i in ids]
        if ids == self._selected:
            return
        self._selected = ids
        self._show_selection()
        emit_signal(self, "selection_changed", ("QVariantList", list(ids)))

    def _show_selection(self) -> None:
        count = len(self._selected)
        self.selection_label.setText(
            self.tr("%n complaint(s) selected on the map (Shift+drag)", "", count))
        self.clear_selection_button.setEnabled(count > 0)
        self.assign_button.setEnabled(self._may_assign and count > 0)

    def _assign_clicked(self) -> None:
        if self._may_assign and self._selected:
            emit_signal(self, "assign_requested", ("QVariantList", list(self._selected)))

    def _heat_toggled(self, on: bool) -> None:
        if self.view is not None:
            self.view.run_js(f"fondue.setHeat({'true' if on else 'false'})")

    def _show_hotspots(self, spots: list[Hotspot]) -> None:
        self.hotspots = list(spots)
        self.hotspot_list.clear()
        for index, spot in enumerate(self.hotspots):
            # Where first (a clerk knows the village), what second, in the category's colour.
            text = self.tr("%1 · %n complaint(s)", "", spot.count).replace(
                "%1", spot.where) + "\n" + spot.category_name
            item = QListWidgetItem(colour_icon(spot.colour), text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.hotspot_list.addItem(item)
        if not self.hotspots:
            empty = QListWidgetItem(self.tr("None with the current filter"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hotspot_list.addItem(empty)

    def _hotspot_chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and self.view is not None:
            self.zoom_to_hotspot(index)

    def zoom_to_hotspot(self, index: int) -> None:
        spot = self.hotspots[index]
        # float() and repr: only numbers ever go into the script text.
        self.view.run_js(f"fondue.showArea({float(spot.lat)!r}, {float(spot.lon)!r}, "
                         f"{float(spot.radius_m)!r})")
