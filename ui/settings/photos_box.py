"""Settings → Office: whether photos are kept as taken or only as their display copy.

The rule and its default are the core's (services.photo_settings); the box only shows it and
saves it with the page's OK / Apply.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from fondue_desk.domain import pictures
from fondue_desk.domain.errors import FondueError
from fondue_desk.services import photo_settings
from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.views import OfficeView, UserView

from ..style import HINT
from ..widgets.field_feedback import error_label
from .texts import settings_refusal_text

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database


class PhotosBox(QGroupBox):
    def __init__(self, db: Database, office: OfficeView, user: UserView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Photos"), parent)
        self._db = db
        self._office = office
        self._user = user
        self._stored: bool | None = None
        self.keep_original = QCheckBox(self.tr("Keep the original of every photo"), self)
        hint = QLabel(self.tr(
            "Photos are stored at most %1 pixels wide or high, which is sharp on screen and on "
            "paper and keeps the database and its backups small. Keep the originals only when "
            "the office needs every detail; photos already attached stay as they are.")
            .replace("%1", f"{pictures.DISPLAY_SIDE:,}"), self)
        hint.setObjectName(HINT)
        hint.setWordWrap(True)
        self.error = error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.keep_original)
        column.addWidget(hint)
        column.addWidget(self.error)

    def load(self) -> None:
        self._stored = photo_settings.keep_original_photos(self._db, self._office.id)
        self.keep_original.setChecked(self._stored)
        self.error.hide()

    def save(self) -> ChangeSet | None:
        wanted = self.keep_original.isChecked()
        if wanted == self._stored:
            return NOTHING
        try:
            self._stored = photo_settings.set_keep_original_photos(self._db, self._user.id,
                                                                   wanted)
        except FondueError as exc:
            self.error.setText(settings_refusal_text(exc))
            self.error.show()
            return None
        self.error.hide()
        return NOTHING  # read again by the core at each attach; no page shows it
