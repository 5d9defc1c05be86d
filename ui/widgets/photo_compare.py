"""Before and after, full size and side by side: the quickest way to see whether a job was
really done (a "fake fix" shows the same broken lamp twice)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from fondue_desk.services.attachments import attachment_content

from ..style import HINT, PRIMARY_DARK

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


def load_photo(db: Database, attachment_id: int) -> tuple[str, bytes]:
    name, _media_type, data = attachment_content(db, attachment_id)
    return name, data


class _FittedPicture(QLabel):
    """A picture scaled to the label, refitted when the window is resized."""

    def __init__(self, data: bytes | None, empty_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        if data:
            self._pixmap.loadFromData(data)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 200)
        self.setStyleSheet("background: #1f2a37; color: #c5cdd8; border-radius: 6px;")
        if self._pixmap.isNull():
            self.setText(empty_text)
            self.setWordWrap(True)

    def has_picture(self) -> bool:
        return not self._pixmap.isNull()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))


class PhotoCompareDialog(QDialog):
    def __init__(self, db: Database, tracking_no: str, before_id: int | None,
                 after_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before and after: %1").replace("%1", tracking_no))
        before = load_photo(db, before_id)[1] if before_id is not None else None
        after = load_photo(db, after_id)[1] if after_id is not None else None
        self.before = _FittedPicture(before, self.tr("No photo from the complaint"), self)
        self.after = _FittedPicture(after, self.tr("No photo of the finished work"), self)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(12)
        for column, (title, picture) in enumerate(((self.tr("Before"), self.before),
                                                   (self.tr("After"), self.after))):
            caption = QLabel(title, self)
            caption.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {PRIMARY_DARK};")
            grid.addWidget(caption, 0, column)
            grid.addWidget(picture, 1, column)
            grid.setColumnStretch(column, 1)
        hint = QLabel(self.tr("Esc closes this window."), self)
        hint.setObjectName(HINT)
        grid.addWidget(hint, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        self.resize(QSize(1200, 700))
