"""A complaint's pictures as before and after, side by side: what was reported, what was done.

Before: the photos taken at intake (kinds "photo" and "before", and any scanned document), and
new ones added here. After: the crew's photos, which arrive only with a result (kind "after").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from fondue_desk.services.attachments import AttachmentView
from fondue_desk.services.views import UserView

from .attachment_strip import AttachmentStripWidget

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

AFTER_KINDS = frozenset({"after"})


class BeforeAfterWidget(QWidget):
    def __init__(self, db: Database, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before = AttachmentStripWidget(db, user, self)
        self.after = AttachmentStripWidget(db, user, self)
        self.after.add_button.hide()  # after-photos come with the crew's result
        self.after.empty_label.setText(self.tr("The crew's photos come with its result."))
        self.after.empty_label.setWordWrap(True)
        self.before_title = QLabel(self)
        self.after_title = QLabel(self)
        for title in (self.before_title, self.after_title):
            title.setStyleSheet("font-weight: bold; color: #37414d;")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.before_title, 0, 0)
        grid.addWidget(self.after_title, 0, 1)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.before, 1, 0, top)
        grid.addWidget(self.after, 1, 1, top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._titles(0, 0)

    def set_attachments(self, complaint_id: int | None,
                        attachments: list[AttachmentView]) -> None:
        before = [a for a in attachments if a.kind not in AFTER_KINDS]
        after = [a for a in attachments if a.kind in AFTER_KINDS]
        self.before.set_attachments(complaint_id, before)
        self.after.set_attachments(complaint_id, after)
        self.after.add_button.hide()
        self._titles(len(before), len(after))

    def _titles(self, before: int, after: int) -> None:
        self.before_title.setText(self.tr("Before (%1)").replace("%1", str(before)))
        self.after_title.setText(self.tr("After (%1)").replace("%1", str(after)))

    def counts(self) -> tuple[int, int]:
        return self.before.thumbnail_count(), self.after.thumbnail_count()
