"""What the executive looks at before signing: the complaint, what the crew reported, the before
and after photos side by side (click for full size), and any earlier decisions on it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.services.signoff_queue import DecisionView, Evidence, SignOffItem

from ..dates import shown_date
from ..labels import category_of, village_of
from ..style import HINT, MUTED, PRIMARY_DARK
from ..urgency import AMBER
from .attachment_strip import ImageViewerDialog
from .history_timeline import short_datetime
from .photo_compare import PhotoCompareDialog, load_photo
from .work_section import time_spent

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

SINGLE_PHOTO = QSize(200, 200)   # one photo a side (the usual case) is shown large
GRID_PHOTO = QSize(100, 100)
APPROVED_COLOUR = "#2e7d32"
NONE = "—"
def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PhotoGalleryWidget(QWidget):
    """One side (before or after): a titled grid of thumbnails that open full size."""

    photo_clicked = Signal(int)  # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet(f"font-weight: bold; color: {PRIMARY_DARK};")
        self.empty = QLabel(self)
        self.empty.setObjectName(HINT)
        self.empty.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.buttons: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def set_photos(self, title: str, empty_text: str, photos: list[Evidence]) -> None:
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.title.setText(f"{title} ({len(photos)})")
        self.empty.setText(empty_text)
        self.empty.setVisible(not photos)
        size = SINGLE_PHOTO if len(photos) == 1 else GRID_PHOTO
        for number, photo in enumerate(photos):
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail_png)
            button = QToolButton(self)
            button.setIcon(QIcon(pixmap))
            button.setIconSize(size)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Click to see the full picture"))
            button.clicked.connect(lambda _c=False, a=photo.attachment_id:
                                   self.photo_clicked.emit(a))
            self.grid.addWidget(button, number // 2, number % 2,
                                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)


class SignOffEvidenceWidget(QScrollArea):
    complaint_requested = Signal(int)  # "open in the register"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._item: SignOffItem | None = None
        self._decisions: list[DecisionView] = []
        self._viewer: QWidget | None = None
        self._values: dict[str, QLabel] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget(self)
        body.setObjectName("evidenceBody")
        body.setStyleSheet("QWidget#evidenceBody { background: transparent; }")
        self.placeholder = QLabel(self.tr("Select a complaint on the left to see its evidence."),
                                  body)
        self.placeholder.setObjectName(HINT)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.content = QWidget(body)
        # The reading font is larger than the app's: give the box titles the room it needs.
        self.content.setStyleSheet("QGroupBox { margin-top: 20px; padding-top: 16px; }")
        self._build_content()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 0, 8, 8)
        column.addWidget(self.placeholder, 1)
        column.addWidget(self.content)
        column.addStretch(1)
        self.setWidget(body)
        self.show_item(None, [])

    # ----------------------------------------------------------------- building
    def _build_content(self) -> None:
        self.tracking = QLabel(self.content)
        self.tracking.setStyleSheet("font-size: 17pt; font-weight: bold; color: #1f2a37;")
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.category = QLabel(self.content)
        self.category.setStyleSheet(
            "background: #e3eefb; color: #164a84; border-radius: 10px; padding: 3px 12px;"
            "font-weight: bold;")
        self.register_link = QPushButton(self.tr("Open in register"), self.content)
        self.register_link.setToolTip(self.tr("The whole complaint with its history"))
        self.register_link.clicked.connect(self._request_complaint)
        heading = QHBoxLayout()
        heading.addWidget(self.tracking)
        heading.addSpacing(8)
        heading.addWidget(self.category)
        heading.addStretch(1)
        heading.addWidget(self.register_link)
        self.where = _value_label(self.content)
        self.where.setObjectName(HINT)
        self.letter = QLabel(self.content)
        self.letter.setWordWrap(True)

        reported = self._box(self.tr("What was reported"))
        self.description = _value_label(reported)
        reported.layout().addWidget(self.description)

        work = self._box(self.tr("What the crew did"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        for key, caption in (("crew", self.tr("Crew")), ("worked_on", self.tr("Worked on")),
                             ("time", self.tr("Time spent")), ("notes", self.tr("Crew notes")),
                             ("materials", self.tr("Materials"))):
            value = _value_label(work)
            self._values[key] = value
            caption_label = QLabel(f"{caption}:", work)
            caption_label.setStyleSheet(f"color: {MUTED};")
            form.addRow(caption_label, value)
        work.layout().addLayout(form)

        photos = self._box(self.tr("Photos"))
        self.before = PhotoGalleryWidget(photos)
        self.after = PhotoGalleryWidget(photos)
        self.before.photo_clicked.connect(self.open_photo)
        self.after.photo_clicked.connect(self.open_photo)
        sides = QHBoxLayout()
        sides.setSpacing(14)
        sides.addWidget(self.before, 1)
        divider = QFrame(photos)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setStyleSheet("color: #dde3ea;")
        sides.addWidget(divider)
        sides.addWidget(self.after, 1)
        photos.layout().addLayout(sides)

        self.decisions_box = self._box(self.tr("Earlier decisions"))
        self.decisions_list = QVBoxLayout()
        self.decisions_list.setSpacing(8)
        self.decisions_box.layout().addLayout(self.decisions_list)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.where)
        layout.addWidget(self.letter)
        for box in (reported, work, photos, self.decisions_box):
            layout.addWidget(box)

    def _box(self, title: str) -> QGroupBox:
        box = QGroupBox(title, self.content)
        column = QVBoxLayout(box)
        column.setSpacing(6)
        return box

    # ----------------------------------------------------------------- showing
    def item(self) -> SignOffItem | None:
        return self._item

    def show_item(self, item: SignOffItem | None, decisions: list[DecisionView]) -> None:
        self._item = item
        self._decisions = list(decisions)
        self.placeholder.setVisible(item is None)
        self.content.setVisible(item is not None)
        if item is None:
            return
        self.tracking.setText(item.tracking_no)
        self.category.setText(category_of(item))
        place = " · ".join(p for p in (village_of(item), item.location_text) if p)
        received = self.tr("Received %1").replace("%1", shown_date(item.received_at))
        self.where.setText(" · ".join(p for p in (received, place) if p))
        if item.complainant_name:
            self.letter.setText(self.tr("A closure letter will go to %1.")
                                .replace("%1", item.complainant_name))
            self.letter.setStyleSheet(f"color: {APPROVED_COLOUR};")
        else:
            self.letter.setText(self.tr("Anonymous complaint: no letter will be written."))
            self.letter.setStyleSheet(f"color: {MUTED};")
        self.description.setText(item.description or NONE)
        self._show_work(item)
        before = [p for p in item.photos if p.kind != "after"]
        after = [p for p in item.photos if p.kind == "after"]
        self.before.set_photos(self.tr("Before"), self.tr("No photos from the complaint."),
                               before)
        self.after.set_photos(self.tr("After"), self.tr("The crew sent no photos of the work."),
                              after)
        self._show_decisions()
        self.verticalScrollBar().setValue(0)
        # No horizontal scrolling: the pane is never narrower than what it shows.
        self.setMinimumWidth(self.widget().minimumSizeHint().width()
                             + self.verticalScrollBar().sizeHint().width())

    def _show_work(self, item: SignOffItem) -> None:
        values = {
            "crew": item.crew_name or NONE,
            "worked_on": shown_date(item.worked_on) if item.worked_on else NONE,
            "time": time_spent(item.minutes_spent) if item.minutes_spent else NONE,
            "notes": item.result_notes or NONE,
            "materials": item.materials or NONE,
        }
        for key, text in values.items():
            self._values[key].setText(text)

    def _show_decisions(self) -> None:
        while self.decisions_list.count():
            taken = self.decisions_list.takeAt(0)
            if taken.widget() is not None:
                taken.widget().deleteLater()
        for decision in reversed(self._decisions):  # newest first
            approved = decision.decision == "approved"
            label = self.tr("Approved") if approved else self.tr("Returned to the crew")
            colour = APPROVED_COLOUR if approved else AMBER
            entry = QLabel(self.content)
            entry.setWordWrap(True)
            entry.setTextFormat(Qt.TextFormat.RichText)
            note = decision.note
            entry.setText(
                f"<b style='color:{colour}'>{_escape(label)}</b>"
                f" <span style='color:{MUTED}'>· {_escape(short_datetime(decision.at))} · "
                f"{_escape(decision.by_name)}</span>"
                + (f"<br>{_escape(note)}" if note else ""))
            self.decisions_list.addWidget(entry)
        self.decisions_box.setVisible(bool(self._decisions))

    def decision_count(self) -> int:
        return len(self._decisions)

    def photo_counts(self) -> tuple[int, int]:
        return len(self.before.buttons), len(self.after.buttons)

    # ----------------------------------------------------------------- viewing
    def _request_complaint(self) -> None:
        if self._item is not None:
            self.complaint_requested.emit(self._item.id)

    def _replace_viewer(self, viewer: QWidget) -> QWidget:
        if self._viewer is not None:
            self._viewer.close()  # one viewer at a time, so they never pile up
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(lambda *_: self._forget(viewer))
        self._viewer = viewer
        viewer.show()
        return viewer

    def _forget(self, viewer: QWidget) -> None:
        if self._viewer is viewer:
            self._viewer = None

    def viewer(self) -> QWidget | None:
        return self._viewer

    def open_photo(self, attachment_id: int) -> QWidget:
        name, data = load_photo(self._db, attachment_id)
        return self._replace_viewer(ImageViewerDialog(name, data, self))

    def open_comparison(self) -> QWidget | None:
        """The first before photo and the last after photo, full size, side by side."""
        item = self._item
        if item is None or not item.photos:
            return None
        before = next((p for p in item.photos if p.kind != "after"), None)
        after = next((p for p in reversed(item.photos) if p.kind == "after"), None)
        dialog = PhotoCompareDialog(
            self._db, item.tracking_no,
            before.attachment_id if before else None, after.attachment_id if after else None,
            self)
        return self._replace_viewer(dialog)

    def set_large_font(self, font: QFont) -> None:
        self.content.setFont(font)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
