"""At the counter: open complaints that may be the same problem, listed while the clerk types.

The form's category and place (its point, else its village) are asked after each change,
debounced and off the GUI thread (`pages.duplicate_search`), so typing never waits for the
database. The clerk links the new complaint to one candidate (Enter on it, or its button) or
simply goes on. The link shows in a bar above the list, on the candidate and on the Save
button, and is undone by the bar's button or by Enter on the same candidate again; Esc drops it
with the form and Ctrl+Z brings it back. Saving passes it as `ComplaintInput.duplicate_of`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import RuleViolation
from fondue_desk.domain.geo import parse_coordinates

from ..labels import status_label
from ..style import HINT, PRIMARY, PRIMARY_DARK
from ..widgets.duplicate_candidates import LIST_STYLE, CandidateList, CandidateRow
from ..widgets.field_feedback import error_label
from ..widgets.form_snapshot import OWN_SNAPSHOT
from .duplicate_search import CandidateQuery, CandidateSearch, Finder, service_finder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton as SaveButton

    from fondue_desk.services.bootstrap import Database
    from fondue_desk.services.duplicates import DuplicateCandidate

    from .intake_form import IntakeFormWidget

FOCUS_KEYS = "Ctrl+Shift+D"
LINK_BAR = "duplicateLink"
LINK_BAR_STYLE = f"""
QFrame#{LINK_BAR} {{
    background: #e3eefb; border: 1px solid #9fc0e8; border-left: 4px solid {PRIMARY};
    border-radius: 6px;
}}
QFrame#{LINK_BAR} QLabel {{ color: {PRIMARY_DARK}; background: transparent; border: none;
    font-weight: bold; }}
"""


class DuplicatesPanel(QGroupBox):
    """Shown only while there is something to say: candidates, or a link made."""

    link_changed = Signal(object)  # the linked DuplicateCandidate, or None

    def __init__(self, form: IntakeFormWidget) -> None:
        super().__init__(form)
        self.setTitle(self.tr("Possible duplicates"))
        # Its list is not an editor of the form: the form's undo snapshot leaves it alone.
        self.setProperty(OWN_SNAPSHOT, True)
        self._form = form
        self._candidates: list[DuplicateCandidate] = []
        self._linked: DuplicateCandidate | None = None
        self._cleared_link: DuplicateCandidate | None = None  # given back by restore_cleared
        self._save_button: SaveButton | None = None
        self._save_text = ""
        self.search = CandidateSearch(self)
        self.search.answered.connect(self._show_candidates)
        self.search.failed.connect(self._search_failed)
        self.hint = QLabel(self.tr(
            "Open complaints of this category nearby · Enter: link as duplicate · %1: to the "
            "list").replace("%1", FOCUS_KEYS), self)
        self.hint.setObjectName(HINT)
        self.hint.setWordWrap(True)
        self.link_bar = QFrame(self)
        self.link_bar.setObjectName(LINK_BAR)
        self.link_bar.setStyleSheet(LINK_BAR_STYLE)
        self.link_label = QLabel(self.link_bar)
        self.link_label.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Remove link"), self.link_bar)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink)
        bar = QHBoxLayout(self.link_bar)
        bar.setContentsMargins(12, 6, 6, 6)
        bar.addWidget(self.link_label, 1)
        bar.addWidget(self.unlink_button)
        self.list = CandidateList(self)
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.link_requested.connect(self.toggle_link)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.link_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        self._watch(form)
        self._update()

    # ----------------------------------------------------------------- wiring
    def attach(self, db: Database, actor_id: int, save_button: SaveButton) -> None:
        """Search the database as this user; name the link on the Save button too."""
        self.set_finder(service_finder(db, actor_id))
        self._save_button, self._save_text = save_button, save_button.text()
        self._show_link()

    def set_finder(self, finder: Finder | None) -> None:
        self.search.set_finder(finder)
        self.ask()

    def _watch(self, form: IntakeFormWidget) -> None:
        form.category.category_changed.connect(lambda *_: self.ask())
        form.village.village_changed.connect(lambda *_: self.ask())
        form.coordinates.textChanged.connect(lambda *_: self.ask())
        form.map_button.position_chosen.connect(lambda *_: self.ask())
        # A refusal of the link (the parent closed meanwhile, say) lands under the list.
        form.feedback.add("duplicate_of", self.list, self.error, (self.link_changed,))
        QShortcut(QKeySequence(FOCUS_KEYS), form, self.focus_list,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def query(self) -> CandidateQuery | None:
        """The form's question now: None until a category is chosen."""
        category = self._form.category.category()
        if category is None:
            return None
        try:
            point = parse_coordinates(self._form.coordinates.text())
        except RuleViolation:
            point = None  # half-typed: the village answers meanwhile
        lat, lon = point if point is not None else (None, None)
        return CandidateQuery(category.id, lat, lon, self._form.village.village_id())

    def ask(self) -> None:
        self.search.ask(self.query())

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.unlink_button]

    # ----------------------------------------------------------------- showing
    def _show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.error.hide()
        current = self.list.currentRow()
        self._candidates = list(candidates)
        self.list.clear()
        for candidate in self._candidates:
            row = CandidateRow(candidate, self.list)
            row.link_button.clicked.connect(
                lambda _checked=False, c=candidate: self.toggle_link_of(c))
            item = QListWidgetItem(self.list)
            self.list.setItemWidget(item, row)
        self.list.fit_rows()
        if self._candidates:
            self.list.setCurrentRow(min(max(current, 0), len(self._candidates) - 1))
        self._mark_linked()
        self._update()

    def _search_failed(self, error: Exception) -> None:
        # The clerk can still log the complaint: say so quietly, under the list.
        self._candidates = []
        self.list.clear()
        self.error.setText(self.tr("Possible duplicates could not be looked up: %1")
                           .replace("%1", str(error) or type(error).__name__))
        self.error.show()
        self._update()

    def _update(self) -> None:
        has_list = bool(self._candidates)
        self.list.setVisible(has_list)
        self.hint.setVisible(has_list)
        self.link_bar.setVisible(self._linked is not None)
        self.setVisible(has_list or self._linked is not None or not self.error.isHidden())

    def _mark_linked(self) -> None:
        linked_id = self.duplicate_of()
        for r in range(self.list.count()):
            row = self.list.itemWidget(self.list.item(r))
            row.set_linked(row.candidate.complaint_id == linked_id)

    def _show_link(self) -> None:
        c = self._linked
        if c is not None:
            self.link_label.setText(
                self.tr("Will be saved as a duplicate of %1 (%2): it follows that "
                        "complaint's status.").replace("%1", c.tracking_no)
                .replace("%2", status_label(c.status)))
        if self._save_button is not None:
            self._save_button.setText(
                self._save_text if c is None
                else self.tr("Save as duplicate of %1 and print receipt")
                .replace("%1", c.tracking_no))
        self._mark_linked()
        self._update()

    # ----------------------------------------------------------------- linking
    def candidates(self) -> list[DuplicateCandidate]:
        return list(self._candidates)

    def linked(self) -> DuplicateCandidate | None:
        return self._linked

    def duplicate_of(self) -> int | None:
        return self._linked.complaint_id if self._linked is not None else None

    def toggle_link(self, row: int) -> None:
        if 0 <= row < len(self._candidates):
            self.toggle_link_of(self._candidates[row])

    def toggle_link_of(self, candidate: DuplicateCandidate) -> None:
        if self.duplicate_of() == candidate.complaint_id:
            self.unlink()
        else:
            self.link(candidate)

    def link(self, candidate: DuplicateCandidate) -> None:
        self._linked = candidate
        self._show_link()
        self.link_changed.emit(candidate)

    def unlink(self) -> None:
        if self._linked is None:
            return
        self._linked = None
        self._show_link()
        self.link_changed.emit(None)
        if self.list.isVisible():
            self.list.setFocus()

    def focus_list(self) -> bool:
        """Ctrl+Shift+D: to the candidates (brought into sight when the form scrolls)."""
        if not self._candidates:
            return False
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            QTimer.singleShot(0, self, lambda: parent.ensureWidgetVisible(self, 0, 8))
        return True

    # ----------------------------------------------------------------- clearing
    def clear(self) -> None:
        """The form was emptied (Esc or a save): the link goes, kept for Ctrl+Z."""
        self._cleared_link = self._linked
        self._linked = None
        self._show_link()

    def restore_cleared(self) -> None:
        """Ctrl+Z after Esc: the link comes back with the rest of the form."""
        if self._cleared_link is not None:
            self.link(self._cleared_link)
        self._cleared_link = None
