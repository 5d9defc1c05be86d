"""The dashboard's headline numbers: one tile each, the countable ones open the register.

A tile with a register filter behind it (received, closed, open, overdue, reopened) is a flat
button: click, or Tab to it and press Enter or Space. The others (days to close, share closed
on time) only show their number and say what it counts in the tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fondue_desk.domain.dashboard import DashboardFigures

from ..style import ERROR, MUTED, PRIMARY, TEXT

TILE_STYLE = f"""
QFrame#figureTile {{ background: white; border: 1px solid #dde3ea; border-radius: 8px; }}
QFrame#figureTile[clickable="true"]:hover {{ background: #eef3f9; }}
QFrame#figureTile:focus {{ border: 2px solid {PRIMARY}; }}
QLabel#tileValue {{ font-size: 17pt; font-weight: bold; color: {TEXT}; }}
QLabel#tileCaption {{ color: {MUTED}; }}
QLabel#tileNote {{ color: {MUTED}; font-size: 8.5pt; }}
"""

MIN_WIDTH = 90


def days_text(days: float | None) -> str:
    if days is None:
        return "–"
    return f"{days:,.0f}" if float(days).is_integer() else f"{days:,.1f}"


class FigureTile(QFrame):
    activated = Signal(str)  # the register_filter_for kind

    def __init__(self, caption: str, kind: str | None, tip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("figureTile")
        self.setProperty("clickable", kind is not None)
        self.setStyleSheet(TILE_STYLE)
        self.setToolTip(tip)
        # Eight share one row at 1280 pixels: the captions wrap instead of widening the page.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(MIN_WIDTH)
        if kind is not None:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, value: str, note: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {ERROR};" if alert else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{self.caption.text()}: {value} {note}".strip())

    def mouseReleaseEvent(self, event) -> None:  # Qt override
        if self.kind is not None and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.kind)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # Qt override
        if self.kind is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                     Qt.Key.Key_Space):
            self.activated.emit(self.kind)
        else:
            super().keyPressEvent(event)


class DashboardTiles(QWidget):
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.received = FigureTile(self.tr("Received"), "received", self.tr(
            "Complaints received in the period; click to list them"), self)
        self.closed = FigureTile(self.tr("Closed"), "closed", self.tr(
            "Received in the period and closed now; click to list them"), self)
        self.open = FigureTile(self.tr("Still open"), "open", self.tr(
            "Received in the period and not finished yet; click to list them"), self)
        self.median = FigureTile(self.tr("Days to close (median)"), None, self.tr(
            "Half of the complaints closed in the period took at most this many days"), self)
        self.p90 = FigureTile(self.tr("Days to close (90%)"), None, self.tr(
            "Nine in ten complaints closed in the period took at most this many days"), self)
        self.sla = FigureTile(self.tr("Closed on time"), None, self.tr(
            "Share of the complaints closed in the period that closed by their due date"), self)
        self.overdue = FigureTile(self.tr("Overdue now"), "overdue", self.tr(
            "Open complaints past their due date today; click to list them"), self)
        self.reopened = FigureTile(self.tr("Reopened"), "reopened", self.tr(
            "Received in the period and reopened at least once; click to list them"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for tile in self.tiles():
            layout.addWidget(tile, 1)
            tile.activated.connect(self.activated)

    def tiles(self) -> list[FigureTile]:
        return [self.received, self.closed, self.open, self.median, self.p90, self.sla,
                self.overdue, self.reopened]

    def show_figures(self, figures: DashboardFigures) -> None:
        self.received.show_value(f"{figures.received:,}")
        self.closed.show_value(f"{figures.closed:,}")
        self.open.show_value(f"{figures.open:,}")
        self.median.show_value(days_text(figures.close_days_median), self.tr(
            "%1 closed in the period").replace("%1", f"{figures.closed_in_period:,}"))
        self.p90.show_value(days_text(figures.close_days_p90))
        share = figures.sla_share
        self.sla.show_value("–" if share is None else f"{share * 100:.0f}%", self.tr(
            "%1 of %2").replace("%1", f"{figures.closed_within_sla:,}").replace(
            "%2", f"{figures.closed_in_period:,}") if share is not None else "")
        self.overdue.show_value(f"{figures.overdue:,}", alert=figures.overdue > 0)
        self.reopened.show_value(f"{figures.reopened:,}")
