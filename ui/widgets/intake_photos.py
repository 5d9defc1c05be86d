"""Photos handed in at the counter, before the complaint exists: from a file (Ctrl+Shift+O),
pasted from the clipboard (a LINE chat's picture, a screenshot) or dropped from a folder.

Each picture is measured from its header here (domain.pictures) so a wrong or oversized file
is refused the moment it is added, with its name; the core checks and downscales them again
when the complaint is saved. Nothing is stored until then: the photos are only held here.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain import pictures
from fondue_desk.domain.errors import FieldError, RuleViolation
from fondue_desk.services.intake import MAX_PHOTOS
from fondue_desk.services.views import CategoryView

from ..messages import field_error_text
from ..style import ERROR, HINT
from .field_feedback import error_label
from .form_snapshot import OWN_SNAPSHOT

THUMBNAIL = QSize(64, 48)
FOLDER_SETTING = "intake/photo_folder"
ADD_KEYS = "Ctrl+Shift+O"
MAX_BYTES = pictures.LIMITS[pictures.PHOTO].max_bytes
Photo = tuple[str, bytes]  # (file name, bytes), as ComplaintInput.photos holds them


class IntakePhotosWidget(QWidget):
    """The photos of the complaint being typed; `photos()` goes into ComplaintInput.photos.

    `caption` is the label the form puts before it; `error_label` shows both this widget's
    own refusals and the core's errors on "photos" (the form registers it for those).
    """

    edited = Signal()  # the clerk added or removed a photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The photos are not editors the form snapshot can read: the form keeps them itself.
        self.setProperty(OWN_SNAPSHOT, True)
        self.setAcceptDrops(True)
        self._photos: list[Photo] = []
        self._pasted = 0
        self.caption = QLabel(self.tr("Photos"), parent)
        self.required_label = QLabel(self.tr("(required)"), self)
        self.required_label.setStyleSheet(f"color: {ERROR}; font-weight: bold;")
        self.required_label.hide()
        self.add_button = QPushButton(self.tr("Attach photo…"), self)
        self.add_button.setToolTip(self.tr("Choose picture files (%1)").replace("%1", ADD_KEYS))
        self.paste_button = QPushButton(self.tr("Paste picture"), self)
        self.paste_button.setToolTip(self.tr("Paste a picture copied from another program"))
        self.hint = QLabel(self.tr("or drag picture files here"), self)
        self.hint.setObjectName(HINT)
        self.hint.setWordWrap(True)  # never widens the form's column
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(THUMBNAIL)
        self.list.setSpacing(4)
        self.list.setFixedHeight(THUMBNAIL.height() + self.fontMetrics().height() + 20)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 48, THUMBNAIL.height()
                                    + self.fontMetrics().height() + 8))
        # Drops land on this widget, not on the list's own (move-items) handling.
        self.list.setAcceptDrops(False)
        self.list.viewport().setAcceptDrops(False)
        self.list.setAccessibleName(self.tr("Attached photos"))
        self.list.hide()
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.setToolTip(self.tr("Remove the chosen photo (Delete)"))
        self.remove_button.hide()
        self.error_label = error_label(self)
        self._build_layout()
        self.setFocusProxy(self.add_button)  # an error here puts the cursor on "Attach"
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.installEventFilter(self)
        # Anywhere in the form (the parent), not only in this strip: the clerk's hands stay
        # on the keyboard while filling in the description.
        shortcut = QShortcut(QKeySequence(ADD_KEYS), parent or self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.choose_files)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.required_label)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.hint, 1)
        buttons.addStretch()  # keeps the buttons left once the hint hides
        thumbnails = QHBoxLayout()
        thumbnails.setContentsMargins(0, 0, 0, 0)
        thumbnails.addWidget(self.list, 1)
        thumbnails.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addLayout(thumbnails)
        layout.addWidget(self.error_label)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order (hidden ones are skipped by Qt)."""
        return [self.add_button, self.paste_button, self.list, self.remove_button]

    # ----------------------------------------------------------------- state
    def photos(self) -> tuple[Photo, ...]:
        return tuple(self._photos)

    def set_photos(self, photos: Iterable[Photo]) -> None:
        """Put photos back as they were (undoing a clear); not an edit of the clerk's."""
        self._photos = []
        self.list.clear()
        for name, data in photos:
            self._append(name, data)
        self._update()

    def clear(self) -> None:
        self.set_photos(())
        self._pasted = 0
        self.clear_error()

    def is_blank(self) -> bool:
        return not self._photos

    def follow_category(self, category: CategoryView | None) -> None:
        """The chosen category may need a photo (traffic violations): say so next to it."""
        self.set_required(bool(category is not None and category.photo_required))

    def set_required(self, required: bool) -> None:
        self.required_label.setVisible(required)

    def is_required(self) -> bool:
        return not self.required_label.isHidden()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # ----------------------------------------------------------------- adding
    def choose_files(self) -> list[str]:
        """Ctrl+Shift+O / "Attach photo…": pick one or more picture files."""
        folder = str(QSettings().value(FOLDER_SETTING, "") or "")
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos"), folder,
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;"
                    "All files (*)"))
        if not paths:
            return []
        QSettings().setValue(FOLDER_SETTING, str(Path(paths[0]).parent))
        return self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> list[str]:
        """Add each picture file; returns the refusals (also shown under the strip)."""
        problems: list[str] = []
        before = len(self._photos)
        for path in paths:
            if len(self._photos) >= MAX_PHOTOS:  # said once, not once per file left over
                problems.append(self._problem(path.name, FieldError(
                    "photos", "intake.too_many_photos", {"limit": MAX_PHOTOS})))
                break
            try:
                too_big = path.stat().st_size > MAX_BYTES  # never read a huge file
                data = b"" if too_big else path.read_bytes()
            except OSError:
                problems.append(self._problem(path.name, FieldError("photos", "file.unreadable")))
                continue
            if too_big:
                problems.append(self._problem(path.name, FieldError(
                    "photos", "file.too_large", {"max_mb": pictures.limit_mb(pictures.PHOTO)})))
                continue
            problem = self._add(path.name, data)
            if problem:
                problems.append(problem)
        self._finish(problems, len(self._photos) > before)
        return problems

    def add_photo(self, name: str, data: bytes) -> str:
        """Add one picture given as bytes; "" when taken, else the refusal."""
        problem = self._add(name, data)
        self._finish([problem] if problem else [], not problem)
        return problem

    def add_image(self, image: QImage) -> str:
        """A picture that has no file (the clipboard's), kept as PNG."""
        if image.isNull():
            return ""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self._pasted += 1
        return self.add_photo(f"clipboard-{self._pasted}.png", bytes(data.data()))

    def paste(self) -> bool:
        """Ctrl+V in the strip / "Paste picture": the clipboard's picture, or its files."""
        mime = QGuiApplication.clipboard().mimeData()
        files = _local_files(mime.urls()) if mime is not None and mime.hasUrls() else []
        if files:
            return len(self.add_files(files)) < len(files)
        if mime is not None and mime.hasImage():
            return self.add_image(QImage(mime.imageData())) == ""
        self.error_label.setText(self.tr("The clipboard holds no picture."))
        self.error_label.show()
        return False

    def _add(self, name: str, data: bytes) -> str:
        if len(self._photos) >= MAX_PHOTOS:
            return self._problem(name, FieldError("photos", "intake.too_many_photos",
                                                  {"limit": MAX_PHOTOS}))
        try:
            pictures.check_picture(data, pictures.PHOTO)
        except RuleViolation as exc:
            return self._problem(name, FieldError("photos", exc.code, exc.params))
        self._append(name, data)
        return ""

    def _problem(self, name: str, error: FieldError) -> str:
        return self.tr("%1: %2").replace("%1", name).replace("%2", field_error_text(error))

    def _finish(self, problems: list[str], added: bool) -> None:
        self._update()
        if added:  # first: the form then clears the message the core gave on "photos"
            self.edited.emit()
            self._show_list()
        self.clear_error()
        if problems:
            self.error_label.setText("\n".join(problems))
            self.error_label.show()

    def _append(self, name: str, data: bytes) -> None:
        self._photos.append((name, data))
        item = QListWidgetItem(_thumbnail(data), name)
        item.setToolTip(self.tr("%1 (%2 KB)").replace("%1", name)
                        .replace("%2", f"{max(1, len(data) // 1024):,}"))
        self.list.addItem(item)

    def _show_list(self) -> None:
        """On a small screen the form scrolls: the photos just added come into sight."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:  # once the list has its place in the layout
            QTimer.singleShot(0, self, lambda: parent.ensureWidgetVisible(self.list, 0, 8))

    # ----------------------------------------------------------------- removing
    def remove_current(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self._photos):
            return False
        return self.remove(row)

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._photos):
            return False
        del self._photos[row]
        self.list.takeItem(row)
        self.clear_error()
        self._update()
        if self._photos:
            self.list.setCurrentRow(min(row, len(self._photos) - 1))
            self.list.setFocus()
        else:
            self.add_button.setFocus()
        self.edited.emit()
        return True

    def _update(self) -> None:
        has = bool(self._photos)
        self.list.setVisible(has)
        self.remove_button.setVisible(has)
        self.hint.setVisible(not has)
        if has and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    # ----------------------------------------------------------------- keys and drops
    def eventFilter(self, watched, event) -> bool:  # Qt override
        if watched is self.list and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:  # Qt override
        mime = event.mimeData()
        if _local_files(mime.urls()) or mime.hasImage():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # Qt override
        mime = event.mimeData()
        files = _local_files(mime.urls())
        if files:
            self.add_files(files)
        elif mime.hasImage():
            self.add_image(QImage(mime.imageData()))
        else:
            return
        event.acceptProposedAction()


def _local_files(urls) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


def _thumbnail(data: bytes) -> QIcon:
    """Decoded at thumbnail size (JPEG decodes at a fraction of its pixels), upright."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
