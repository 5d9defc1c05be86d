"""A scroll area that scrolls up and down only and is never narrower than what it holds."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """A plain QScrollArea reports a tiny minimum whatever it holds, so a splitter or a layout
    squeezes it below its content's minimum width; without a horizontal scroll bar the right
    edge of every line is then cut off ("10:4" for "10:41 น."). This one asks for its content's
    minimum width plus the vertical scroll bar, so the squeeze stops at the parent instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:  # Qt override
        super().setWidget(widget)
        # A content whose minimum changes (a longer name shown) must widen the area with it.
        widget.installEventFilter(self)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # Qt override
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        margins = self.contentsMargins()
        needed += (margins.left() + margins.right()
                   + self.verticalScrollBar().sizeHint().width())
        return QSize(max(hint.width(), needed), hint.height())
