"""The object the map page reaches as `desk` over QWebChannel: the page's only way out.

Slots take plain numbers only (a list of them for the selection); the page never sends text
that Python would interpret.
"""
from __future__ import annotations

import math

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, Signal, Slot


def emit_signal(owner: QObject, name: str, *args: tuple[type | str, object]) -> None:
    """Emit `owner.<name>(args)` through Qt's meta-object system instead of SignalInstance.emit.

    PySide6 6.12.0 on Python 3.11 drops one reference to True on every Python-side
    `signal.emit()`; after some thousands of emits Python frees True and aborts ("bool_dealloc").
    The map emits once per marker load, click and pick, so it goes this way round. `args` are
    (type, value) pairs, e.g. (int, 5); a list goes as ("QVariantList", [...]) (Q_ARG knows
    no QMetaType for Python's list).
    """
    QMetaObject.invokeMethod(owner, name, Qt.ConnectionType.DirectConnection,
                             *(Q_ARG(kind, value) for kind, value in args))


class MapBridge(QObject):
    complaint_requested = Signal(int)       # "open in the register" in a marker's popup
    location_picked = Signal(float, float)  # picker mode: click or drag
    page_ready = Signal()                   # channel up and, in register mode, markers drawn
    markers_loaded = Signal(int, int)       # markers drawn, complaints without coordinates
    selection_changed = Signal(list)        # the selected complaint ids, ascending

    @Slot(int)
    def openComplaint(self, complaint_id: int) -> None:  # noqa: N802 (called from JavaScript)
        emit_signal(self, "complaint_requested", (int, complaint_id))

    @Slot(float, float)
    def pickLocation(self, lat: float, lon: float) -> None:  # noqa: N802
        emit_signal(self, "location_picked", (float, lat), (float, lon))

    @Slot()
    def ready(self) -> None:
        emit_signal(self, "page_ready")

    @Slot(int, int)
    def markersLoaded(self, count: int, skipped: int) -> None:  # noqa: N802
        emit_signal(self, "markers_loaded", (int, count), (int, skipped))

    @Slot(list)
    def selectionChanged(self, ids: list) -> None:  # noqa: N802
        """The whole selection, after every change (box, Ctrl+click, clear, marker reload)."""
        emit_signal(self, "selection_changed", ("QVariantList", complaint_ids(ids)))


def complaint_ids(values: object) -> list[int]:
    """Whole positive numbers only, ascending, once each; anything else from the page is dropped.

    QWebChannel hands JavaScript numbers over as floats (or ints); a string or a fraction is
    never an id.
    """
    if not isinstance(values, (list, tuple)):
        return []
    ids: set[int] = set()
    for value in values:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            continue
        if value > 0:
            ids.add(int(value))
    return sorted(ids)
