"""Closure letters, previewed as one PDF and printed as one job: the day's letters in one go.

A letter takes a few hundredths of a second to lay out, but the first one of a session loads
the Thai word dictionary and a day's batch can run to dozens, so more than a few are made off
the GUI thread.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fondue_desk.services import letters
from fondue_desk.services.views import OfficeView

from .pdf_job_dialog import PdfJobDialog

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

# Up to this many letters are made at once: the preview is there before the eye gets to it.
AT_ONCE = 3


class LetterPreviewDialog(PdfJobDialog):
    """`numbers` (the letters' document numbers, when the caller has them) name the file."""

    def __init__(self, db: Database, office: OfficeView, letter_ids: Sequence[int],
                 parent: QWidget | None = None, title: str | None = None, *,
                 numbers: Sequence[str] = ()) -> None:
        self._ids = list(letter_ids)
        self._numbers = list(numbers)
        super().__init__(parent)
        self.setWindowTitle(title or self._title())
        self.busy_label.setText(self.tr("Preparing %n letter(s)…", "", len(self._ids)))
        ids, office_id = list(self._ids), office.id
        self.render_pdf(lambda: letters.letters_pdf(db, office_id, ids),
                        background=len(ids) > AT_ONCE)

    def _title(self) -> str:
        if len(self._numbers) == 1:
            return self.tr("Letter %1").replace("%1", self._numbers[0])
        return self.tr("Closure letters (%n)", "", len(self._ids))

    def letter_ids(self) -> list[int]:
        return list(self._ids)

    def print_letters(self) -> bool:
        return self.print_document()

    def default_file_name(self) -> str:
        if len(self._numbers) == 1:
            return self.tr("letter-%1.pdf").replace("%1", self._numbers[0])
        if len(self._numbers) > 1:
            return self.tr("letters-%1-to-%2.pdf").replace(
                "%1", self._numbers[0]).replace("%2", self._numbers[-1])
        return self.tr("closure-letters.pdf")


def show_letters(db: Database, office: OfficeView, letter_ids: Sequence[int],
                 parent: QWidget | None, *, title: str | None = None,
                 numbers: Sequence[str] = ()) -> LetterPreviewDialog:
    """Open a preview of the letters that deletes itself when closed."""
    dialog = LetterPreviewDialog(db, office, letter_ids, parent, title, numbers=numbers)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
