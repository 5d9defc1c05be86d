"""One bar chart on pyqtgraph: rows of bars with their labels, chosen by mouse or keyboard.

Horizontal charts stack their series in one bar per row (long Thai names read on the left, the
count at the bar's end); vertical ones put the series side by side (months along the bottom).
pyqtgraph's axes reserve a fixed text width and hide a tick label that does not fit, so the
chart measures its labels in the app's font, sizes the axis to them and elides only a name
longer than ~40 % of the chart (the full name is in the tooltip). No grid, no value axis on a
horizontal chart: the numbers stand at the bars' ends.

A click on a bar, or on a row's label, emits `activated(key, series)`; the chart takes focus,
and Up/Down (Left/Right when vertical), Home/End and Enter do the same from the keyboard.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...style import HINT, MUTED, PRIMARY, TEXT
from .chart_rows import ChartRow, ChartSeries, bar_colour

BAR = 0.62            # a horizontal bar's thickness, in rows
GROUP = 0.8           # the width all series of one vertical row share
ROW_PX = 30           # height of one horizontal row
WHOLE_ROW = -1        # `activated`'s series for a row chosen as a whole
MIN_WIDTH = 280
CARD_STYLE = f"""
QFrame#chartCard {{ background: white; border: 1px solid #dde3ea; border-radius: 8px; }}
QFrame#chartCard:focus {{ border: 2px solid {PRIMARY}; }}
QLabel#chartTitle {{ font-weight: bold; color: {TEXT}; }}
"""


def nice_step(top: int) -> int:
    """A 1-2-5 step giving at most five ticks up to `top`."""
    step, factors, turn = 1, (2, 2.5, 2), 0
    while top / step > 5:
        step, turn = round(step * factors[turn % 3]), turn + 1
    return step


class _Plot(pg.PlotWidget):
    resized = Signal()

    def wheelEvent(self, event) -> None:  # Qt override
        event.ignore()  # the page scrolls; the chart itself never zooms

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.resized.emit()


class BarChartWidget(QFrame):
    activated = Signal(object, int)  # row key, series index or WHOLE_ROW

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 horizontal: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setStyleSheet(CARD_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontal = horizontal
        self.rows: list[ChartRow] = []
        self.series: list[ChartSeries] = []
        self.current = 0
        self._labels: list[str] = []
        self._value_ticks: list[str] = []
        self._top = 1
        self._items: list = []
        self.setAccessibleName(title)
        self.title = QLabel(title, self)
        self.title.setObjectName("chartTitle")
        self.legend = QHBoxLayout()
        self.legend.setSpacing(12)
        self.plot = _Plot(self, background="w")
        self.plot.setFocusProxy(self)
        self.plot.resized.connect(self._fit)
        self._setup_plot()
        self.empty = QLabel(self.tr("No complaints in this period"), self)
        self.empty.setObjectName(HINT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        self.detail = QLabel(self)
        self.detail.setObjectName(HINT)
        self.detail.setWordWrap(True)  # a long name must not widen the chart
        self.detail.setMinimumHeight(QFontMetrics(self.font()).height() + 4)
        # Title and legend take a line each and may wrap: a chart's width is the page's to
        # give (two side by side at 1280 pixels), never set by its longest words.
        self.title.setWordWrap(True)
        self.legend.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)

    def _setup_plot(self) -> None:
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.vb.setDefaultPadding(0)
        if self.horizontal:
            item.vb.invertY(True)  # the first row on top
        self.font_ = QFont(self.font())
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=self.font_, tickLength=0, tickAlpha=0,
                          autoExpandTextSpace=False, tickTextOffset=6)
            # No axis lines: the bars start from one edge and the labels say the rest.
            axis.setPen(pg.mkPen(None))
            axis.setTextPen(pg.mkPen(TEXT))
        item.showAxis("bottom", not self.horizontal)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self._highlight = QGraphicsRectItem()
        pen = QPen(QColor(PRIMARY), 2)
        pen.setCosmetic(True)
        self._highlight.setPen(pen)
        self._highlight.setZValue(10)

    # ----------------------------------------------------------------- data
    def set_rows(self, rows: list[ChartRow], series: list[ChartSeries]) -> None:
        self.rows, self.series = list(rows), list(series)
        self.current = min(self.current, max(0, len(self.rows) - 1))
        self._fill_legend()
        if self.horizontal:
            self.setMinimumHeight(max(150, len(self.rows) * ROW_PX + 80))
        else:
            self.setMinimumHeight(250)
        has_data = any(row.total for row in self.rows)
        self.stack.setCurrentWidget(self.plot if has_data else self.empty)
        self._draw()
        self._show_detail()

    def _fill_legend(self) -> None:
        while self.legend.count() > 1:  # the chips, not the closing stretch
            widget = self.legend.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if len(self.series) < 2:
            return
        for position, series in enumerate(self.series):
            colour = bar_colour(ChartRow(None, "", ()), series, MUTED).name()
            chip = QLabel(f"<span style='color:{colour}'>■</span> {series.name}", self)
            chip.setObjectName(HINT)
            self.legend.insertWidget(position, chip)

    def _draw(self) -> None:
        item = self.plot.getPlotItem()
        for old in self._items:
            item.removeItem(old)
        self._items = []
        count = len(self.rows)
        for index, series in enumerate(self.series):
            brushes = [pg.mkBrush(bar_colour(row, series, PRIMARY)) for row in self.rows]
            rects = [self.bar_rect(i, index) for i in range(count)]
            bars = pg.BarGraphItem(x0=[r.left() for r in rects], y0=[r.top() for r in rects],
                                   width=[r.width() for r in rects],
                                   height=[r.height() for r in rects],
                                   brushes=brushes, pen=pg.mkPen(None))
            item.addItem(bars)
            self._items.append(bars)
        top = max((self._extent(i) for i in range(count)), default=0) or 1
        if self.horizontal:
            for i, row in enumerate(self.rows):
                text = pg.TextItem(f"{row.total:,}", color=TEXT, anchor=(0, 0.5))
                text.setFont(self.font_)
                text.setPos(row.total + top * 0.01, i)
                item.addItem(text)
                self._items.append(text)
        else:
            step = nice_step(top)
            # Room above the tallest bar: the axis ends on the first step past 108 % of it.
            ticks = [(v, f"{v:,}") for v in range(0, int(top * 1.08) + step, step)]
            self._value_ticks = [text for _v, text in ticks]
            item.getAxis("left").setTicks([ticks, []])
        item.addItem(self._highlight)
        self._items.append(self._highlight)
        self._top = top
        self._fit()
        self._place_highlight()

    def _extent(self, row: int) -> int:
        values = self.rows[row].values
        return sum(values) if self.horizontal else max(values, default=0)

    def bar_rect(self, row: int, series: int) -> QRectF:
        """Where a bar is, in the chart's data coordinates."""
        values = self.rows[row].values
        value = values[series] if series < len(values) else 0
        if self.horizontal:
            return QRectF(sum(values[:series]), row - BAR / 2, value, BAR)
        width = GROUP / max(1, len(self.series))
        return QRectF(row - GROUP / 2 + series * width, 0, width * 0.92, value)

    # ----------------------------------------------------------------- labels and size
    def _fit(self) -> None:
        """Ranges and tick labels for the plot's size: bars no thicker than a row of text,
        labels sized to the font, every n-th month when they would not fit side by side."""
        metrics = QFontMetrics(self.font_)
        item = self.plot.getPlotItem()
        count = len(self.rows)
        if self.horizontal:
            cap = max(110, int(self.width() * 0.4))
            self._labels = [metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, cap)
                            for row in self.rows]
            widest = max((metrics.horizontalAdvance(t) for t in self._labels), default=0)
            axis = item.getAxis("left")
            axis.setTicks([list(enumerate(self._labels)), []])
            axis.setWidth(widest + 16)
            fits = max(count, self.plot.height() // ROW_PX)
            item.vb.setRange(xRange=(0, self._top * 1.16), yRange=(-0.5, fits - 0.5),
                             padding=0)
            return
        widest = max((metrics.horizontalAdvance(t) for t in self._value_ticks), default=0)
        item.getAxis("left").setWidth(widest + 14)
        lines = [row.label.split("\n") for row in self.rows]
        label_px = max((metrics.horizontalAdvance(part) for parts in lines for part in parts),
                       default=0) + 8
        room = max(1, self.plot.width() - widest - 14) / max(1, count)
        every = max(1, -(-label_px // int(room)) if room >= 1 else count)
        # Thinned labels start one step in: the first one, centred on the edge, would be cut.
        start = 0 if every == 1 else every // 2
        self._labels = [row.label if i % every == start % every else ""
                        for i, row in enumerate(self.rows)]
        bottom = item.getAxis("bottom")
        bottom.setTicks([list(enumerate(self._labels)), []])
        bottom.setHeight(metrics.height() * max((len(p) for p in lines), default=1) + 10)
        top = int(self._value_ticks[-1].replace(",", "")) if self._value_ticks else 1
        item.vb.setRange(xRange=(-0.5, count - 0.5), yRange=(0, top * 1.05), padding=0)

    # ----------------------------------------------------------------- choosing
    def hit(self, view: QPointF) -> tuple[int, int | None] | None:
        """The row (and the series, when on a bar) under a point in data coordinates."""
        along, across = (view.y(), view.x()) if self.horizontal else (view.x(), view.y())
        row = round(along)
        if not self.rows or not 0 <= row < len(self.rows) or abs(along - row) > 0.5:
            return None
        for index in range(len(self.series)):
            rect = self.bar_rect(row, index)
            if self.horizontal and rect.left() <= across <= rect.right() and rect.width():
                return row, index
            if not self.horizontal and across >= 0 and rect.left() <= along <= rect.right():
                return row, index
        return row, None

    def choose(self, row: int, series: int | None = None) -> bool:
        """Emit a row's key for one series, or for the whole row (series None: its label,
        Enter); a series without a register filter behind it does nothing."""
        if series is not None and not self.series[series].clickable:
            return False
        if series is None and not any(s.clickable for s in self.series):
            return False
        self.current = row
        self._place_highlight()
        self._show_detail()
        self.activated.emit(self.rows[row].key, WHOLE_ROW if series is None else series)
        return True

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        found = self.hit(self.plot.getPlotItem().vb.mapSceneToView(event.scenePos()))
        if found is not None:
            self.choose(*found)

    def _hovered(self, scene_pos: QPointF) -> None:
        found = self.hit(self.plot.getPlotItem().vb.mapSceneToView(scene_pos))
        if found is None:
            QToolTip.hideText()
            return
        view_pos = self.plot.mapFromScene(scene_pos)
        QToolTip.showText(self.plot.viewport().mapToGlobal(view_pos),
                          self.row_text(found[0]), self.plot)

    def row_text(self, row: int, separator: str = " · ") -> str:
        """A row's label and numbers: each series by name when there are several."""
        chosen = self.rows[row]
        label = chosen.label.replace("\n", " ")
        if len(self.series) < 2:
            return f"{label}: {chosen.total:,}"
        parts = [f"{s.name} {v:,}" for s, v in zip(self.series, chosen.values, strict=False)]
        return f"{label}: " + separator.join(parts)

    def bar_point(self, row: int, series: int = 0):
        """The middle of a bar in the plot's viewport pixels (what a mouse click hits)."""
        scene = self.plot.getPlotItem().vb.mapViewToScene(self.bar_rect(row, series).center())
        return self.plot.mapFromScene(scene)

    def keyPressEvent(self, event) -> None:  # Qt override
        key = event.key()
        back, forward = ((Qt.Key.Key_Up, Qt.Key.Key_Down) if self.horizontal
                         else (Qt.Key.Key_Left, Qt.Key.Key_Right))
        moves = {back: self.current - 1, forward: self.current + 1, Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: len(self.rows) - 1}
        if self.rows and key in moves:
            self.current = max(0, min(len(self.rows) - 1, moves[key]))
            self._place_highlight()
            self._show_detail()
        elif self.rows and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # Qt override
        super().focusInEvent(event)
        self._place_highlight()
        self._show_detail()

    def focusOutEvent(self, event) -> None:  # Qt override
        super().focusOutEvent(event)
        self._place_highlight()
        self._show_detail()

    def _place_highlight(self) -> None:
        shown = self.hasFocus() and bool(self.rows)
        self._highlight.setVisible(shown)
        if not shown:
            return
        row = self.current
        if self.horizontal:
            width = max(self.rows[row].total, 0)
            self._highlight.setRect(QRectF(0, row - 0.45, width, 0.9))
        else:
            top = max(self.rows[row].values, default=0)
            self._highlight.setRect(QRectF(row - 0.47, 0, 0.94, top))

    def _show_detail(self) -> None:
        if not self.hasFocus() or not self.rows:
            self.detail.setText("")
            self.setAccessibleDescription("")
            return
        text = self.row_text(self.current)
        if any(s.clickable for s in self.series):
            text += "   " + self.tr("(Enter: open in the register)")
        self.detail.setText(text)
        self.setAccessibleDescription(text)
