"""One year of the outgoing letters register (ทะเบียนหนังสือส่ง) as a table, in number order.

A year holds hundreds to a few thousand letters: small enough to hold in memory, so the search
box filters the rows in a proxy without asking the database again.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from fondue_desk.services.letters import OutgoingLetterView

from ..dates import short_date, shown_date

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
SEQ, NUMBER, DATED, TO, SUBJECT, REFERENCE, SIGNATORY = range(7)


class OutgoingRegisterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._letters: list[OutgoingLetterView] = []

    def set_letters(self, letters: Sequence[OutgoingLetterView]) -> None:
        self.beginResetModel()
        self._letters = list(letters)
        self.endResetModel()

    def letters(self) -> list[OutgoingLetterView]:
        return list(self._letters)

    def letter_at(self, row: int) -> OutgoingLetterView:
        return self._letters[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Document no."), self.tr("Dated"), self.tr("To"),
                self.tr("Subject"), self.tr("Reference / tracking no."),
                self.tr("Signed by"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._letters):
            return None
        letter = self._letters[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(letter, column)
        if role == ID_ROLE:
            return letter.id
        if role == LETTER_ROLE:
            return letter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == REFERENCE:
                return letter.reference or None
            if column == SUBJECT:
                return letter.subject
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(letter: OutgoingLetterView, column: int) -> str:
        if column == SEQ:
            return str(letter.seq)
        if column == NUMBER:
            return letter.document_no
        if column == DATED:
            return short_date(letter.letter_date)
        if column == TO:
            return letter.recipient
        if column == SUBJECT:
            return letter.subject
        if column == REFERENCE:
            # The tracking number is what a clerk looks a letter up by; the full reference
            # sentence is in the tooltip.
            return letter.tracking_no or letter.reference
        return letter.signatory_name


class RegisterSearchProxy(QSortFilterProxyModel):
    """Rows whose any column (or the full reference) contains the search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        # Thai has no letter case; casefold is for the Latin in codes and names.
        self.beginFilterChange()
        self._needle = " ".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # Qt override
        if not self._needle:
            return True
        model = self.sourceModel()
        letter: OutgoingLetterView = model.index(source_row, 0, source_parent).data(LETTER_ROLE)
        haystack = " ".join((
            str(letter.seq), letter.document_no, short_date(letter.letter_date),
            shown_date(letter.letter_date), letter.recipient, letter.subject, letter.reference,
            letter.tracking_no, letter.signatory_name)).casefold()
        return self._needle in " ".join(haystack.split())
