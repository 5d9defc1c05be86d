"""A complaint's photos as a strip of thumbnails: add one from a file, double-click to view it."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.permissions import Action, can
from fondue_desk.services.attachments import AttachmentView, add_attachment, attachment_content
from fondue_desk.services.views import UserView

from ..messages import error_text, field_error_text
from ..style import HINT
from .field_feedback import error_label
from .history_timeline import short_datetime

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

THUMBNAIL = QSize(96, 96)
FOLDER_SETTING = "attachments/folder"
_ID_ROLE = Qt.ItemDataRole.UserRole


class ImageViewerDialog(QDialog):
    """The full picture, fitted to the window and refitted when the window is resized."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(data)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(200, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.image)
        if self._pixmap.isNull():  # e.g. a TIFF variant Qt has no plugin for
            self.image.setText(self.tr("This picture cannot be shown here."))
        # Photos from phones are 4000 px wide; open at a size that fits an office monitor.
        size = self._pixmap.size() if not self._pixmap.isNull() else QSize(400, 300)
        self.resize(size.boundedTo(QSize(1000, 750)).expandedTo(QSize(320, 240)))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        if not self._pixmap.isNull():
            self.image.setPixmap(self._pixmap.scaled(
                self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))


class AttachmentStripWidget(QWidget):
    attachment_added = Signal(int)  # the new attachment's id

    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._complaint_id: int | None = None
        self._refusal = ""  # why this user may not add pictures here; "" when they may
        self._viewer: ImageViewerDialog | None = None

        self.thumbnails = QListWidget(self)
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.thumbnails.setWrapping(False)  # one row that scrolls sideways: a strip
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setIconSize(THUMBNAIL)
        self.thumbnails.setSpacing(4)
        self.thumbnails.setFixedHeight(THUMBNAIL.height() + 14)
        self.empty_label = QLabel(self.tr("No pictures yet."), self)
        self.empty_label.setObjectName(HINT)
        self.add_button = QPushButton(self.tr("Add picture…"), self)
        self.error = error_label(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.thumbnails)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

        self.add_button.clicked.connect(self.add_photo)
        self.add_button.setVisible(can(user.role, Action.ADD_PHOTO))
        self.thumbnails.itemActivated.connect(
            lambda item: self.open_attachment(item.data(_ID_ROLE)))

    def set_attachments(self, complaint_id: int | None,
                        attachments: list[AttachmentView]) -> None:
        if complaint_id != self._complaint_id:
            self.error.hide()  # a message about another complaint's file would mislead
        self._complaint_id = complaint_id
        self.thumbnails.clear()
        for attachment in attachments:
            pixmap = QPixmap()
            pixmap.loadFromData(attachment.thumbnail_png)
            item = QListWidgetItem(QIcon(pixmap), "")
            item.setData(_ID_ROLE, attachment.id)
            item.setToolTip(f"{attachment.file_name}\n{attachment.added_by_name} · "
                            f"{short_datetime(attachment.added_at)}")
            self.thumbnails.addItem(item)
        self.thumbnails.setVisible(bool(attachments))
        self.empty_label.setVisible(not attachments)
        self._offer_adding()

    def refuse_adding(self, reason: str) -> None:
        """Grey "Add picture…" with the reason as its tooltip (e.g. another crew's job, from
        the core's job rights); "" offers it again."""
        self._refusal = reason
        self._offer_adding()

    def _offer_adding(self) -> None:
        self.add_button.setEnabled(self._complaint_id is not None and not self._refusal)
        self.add_button.setToolTip(self._refusal)

    def thumbnail_count(self) -> int:
        return self.thumbnails.count()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # ----------------------------------------------------------------- actions
    def add_photo(self) -> AttachmentView | None:
        """Ask for a picture file and attach it; None when cancelled or refused."""
        folder = str(QSettings().value(FOLDER_SETTING, "") or "")
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a picture"), folder,
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;"
                    "All files (*)"))
        if not path:
            return None
        # Photos of one complaint usually come from the same camera folder or USB stick.
        QSettings().setValue(FOLDER_SETTING, str(Path(path).parent))
        return self.add_file(Path(path))

    def add_file(self, path: Path) -> AttachmentView | None:
        if self._complaint_id is None:
            return None
        self.error.hide()
        try:
            data = path.read_bytes()
        except OSError:
            self._show_error(FieldError("file", "file.unreadable"))
            return None
        try:
            attachment = add_attachment(self._db, self._user.id, self._complaint_id,
                                        path.name, data)
        except InvalidInput as exc:
            self._show_error(exc.errors[0])
            return None
        except FondueError as exc:  # refused (another crew's job) or gone meanwhile
            self.error.setText(error_text(exc))
            self.error.show()
            return None
        self.attachment_added.emit(attachment.id)
        return attachment

    def open_attachment(self, attachment_id: int) -> ImageViewerDialog:
        """Show the full picture; one viewer at a time, so they never pile up."""
        if self._viewer is not None:
            self._viewer.close()
        name, _media_type, data = attachment_content(self._db, attachment_id)
        viewer = ImageViewerDialog(name, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: self._forget(viewer))
        self._viewer = viewer
        viewer.show()
        return viewer

    def viewer(self) -> ImageViewerDialog | None:
        return self._viewer

    def _forget(self, viewer: ImageViewerDialog) -> None:
        if self._viewer is viewer:
            self._viewer = None

    def _show_error(self, error: FieldError) -> None:
        self.error.setText(field_error_text(error))
        self.error.show()
