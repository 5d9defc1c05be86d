"""Windows open at their preferred size, or as much of it as the screen holds.

A 1280×720 or 1366×768 laptop loses about 40 px to the taskbar and 30 px to a title bar; a
dialog asking for 860 px of height opened with its buttons below the screen's edge.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Title bar and borders: drawn outside the size a widget is given.
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """Room on the widget's screen, less the taskbar (the desktop's available geometry)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    room = available_size(widget) - FRAME_ALLOWANCE
    wanted = QSize(width, height).boundedTo(room)
    widget.resize(wanted.expandedTo(widget.minimumSizeHint()))
