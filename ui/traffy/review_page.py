"""The plan read back to the clerk: what the file is, what importing it would do, the questions
to answer before anything is written, and the rows that will be left out."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..style import HINT
from . import import_core
from .bad_rows_table import BadRowsTable
from .date_order_box import DateOrderBox
from .mapping_table import MEANINGS, MappingTable, meaning_text


class ReviewPage(QWidget):
    answers_changed = Signal()

    def __init__(self, categories: list[tuple[int, str]], remembered: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = categories
        self._ambiguous = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        # Only the admin's answers become the office's mapping (the core's rule).
        self.types_label = QLabel(self.tr(
            "Traffy types without a category here: choose the category each goes to "
            "(the desk remembers it).") if remembered else self.tr(
            "Traffy types without a category here: choose the category each goes to (for this "
            "import; the admin's answers are the ones remembered)."))
        self.types_label.setWordWrap(True)
        self.types = MappingTable(self.tr("Traffy type"), self.tr("Category here"))
        self.states_label = QLabel(self.tr(
            "States the desk does not know: choose what each means (remembered too).")
            if remembered else self.tr(
            "States the desk does not know: choose what each means (for this import)."))
        self.states_label.setWordWrap(True)
        self.states = MappingTable(self.tr("State in the file"), self.tr("Meaning"))
        self.types_label.setBuddy(self.types)
        self.dates = DateOrderBox()
        for table in (self.types, self.states):
            table.answered_changed.connect(self._changed)
        self.dates.answered.connect(self._changed)
        self.pending = QLabel()
        self.pending.setObjectName(HINT)

        self.bad_label = QLabel()
        self.bad_label.setWordWrap(True)
        self.bad_rows = BadRowsTable()
        self.save_report_button = QPushButton(self.tr("&Save report…"))
        bad_head = QHBoxLayout()
        bad_head.addWidget(self.bad_label, 1)
        bad_head.addWidget(self.save_report_button)
        self.bad_box = QWidget()
        bad_layout = QVBoxLayout(self.bad_box)
        bad_layout.setContentsMargins(0, 0, 0, 0)
        bad_layout.addLayout(bad_head)
        bad_layout.addWidget(self.bad_rows, 1)

        # Questions on the left, the rows left out on the right: at 1280×720 both tables keep
        # room for several rows.
        questions = QVBoxLayout()
        questions.setContentsMargins(0, 0, 0, 0)
        questions.addWidget(self.types_label)
        questions.addWidget(self.types, 3)
        questions.addWidget(self.states_label)
        questions.addWidget(self.states, 2)
        questions.addWidget(self.dates)
        questions.addWidget(self.pending)
        questions.addStretch(0)
        columns = QHBoxLayout()
        columns.addLayout(questions, 3)
        columns.addWidget(self.bad_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(columns, 1)

    def show_plan(self, plan, path: Path | None) -> None:
        self.summary.setText(import_core.summary_text(plan, path))
        self.types.set_rows(plan.unmapped_types, self._categories)
        self.states.set_rows(plan.unknown_states,
                             [(meaning, meaning_text(meaning)) for meaning in MEANINGS])
        for label, table in ((self.types_label, self.types), (self.states_label, self.states)):
            label.setVisible(table.rowCount() > 0)
            table.setVisible(table.rowCount() > 0)
        self.dates.setVisible(plan.date_order_ambiguous)
        if plan.date_order_ambiguous:
            self.dates.ask(getattr(plan, "date_example", None))
        self.bad_box.setVisible(bool(plan.bad_rows))
        self.bad_label.setText(self.tr(
            "%1 rows will be left out; the others are imported. Fix these in the file and "
            "import it again to bring them in.").replace("%1", str(len(plan.bad_rows))))
        self.bad_rows.set_bad_rows(plan.bad_rows)
        self._ambiguous = plan.date_order_ambiguous
        self._changed()

    def _changed(self) -> None:
        left = self.types.unanswered_count() + self.states.unanswered_count()
        if self._ambiguous and self.dates.date_order() is None:
            left += 1
        self.pending.setText("" if not left else self.tr(
            "%1 questions left before the import can start.").replace("%1", str(left)))
        self.pending.setVisible(bool(left))
        self.answers_changed.emit()

    def all_answered(self) -> bool:
        return (self.types.all_answered() and self.states.all_answered()
                and (not self._ambiguous or self.dates.date_order() is not None))

    def type_answers(self) -> dict[str, int]:
        return self.types.answers()

    def state_answers(self) -> dict[str, str]:
        return self.states.answers()

    def date_order(self) -> str | None:
        return self.dates.date_order()

    def focus_chain(self) -> list[QWidget]:
        return [*self.types.combos(), *self.states.combos(), self.dates.day_first,
                self.dates.month_first, self.bad_rows, self.save_report_button]

    def focus_first_question(self) -> None:
        for table in (self.types, self.states):
            for combo in table.combos():
                if combo.currentData() is None:
                    combo.setFocus()
                    return
        if self._ambiguous and self.dates.date_order() is None:
            self.dates.day_first.setFocus()
            return
        if self.bad_rows.rowCount():
            self.bad_rows.setFocus()
