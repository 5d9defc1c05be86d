"""One editor per kind of custom field, each read and written as the core's raw answer.

Every editor speaks the canonical value the core stores (date "YYYY-MM-DD", yes/no "true" /
"false", choice keys), so the form never words or checks an answer itself: the core does, on
save. Empty means "not answered" for every kind, dates and times included.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind

from .. import dates
from ..labels import ui_language
from .thai_date_edit import ThaiDateEdit

LONG_TEXT_LINES = 3
# The day a date field shows as blank: no complaint is about 1 January 1900 (BE 2443).
_NO_DATE = QDate(1900, 1, 1)
_KEY = Qt.ItemDataRole.UserRole


language = ui_language  # "th" or "en": which of the office's words to show


def choice_name(choice: Choice, lang: str) -> str:
    return (choice.name_en or choice.name) if lang == "en" else choice.name


class FieldEditor(QWidget):
    """Base: `widget` takes the focus, `changed` fires on every edit the user makes."""

    changed = Signal()

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.lang = language()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.widget: QWidget = self

    def value(self) -> str | tuple[str, ...]:
        raise NotImplementedError

    def set_value(self, value: str | Sequence[str]) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_value("")

    def is_blank(self) -> bool:
        return not self.value()

    def _retired_suffix(self) -> str:
        # Not self.tr: the subclass would be the context at run time, this class for lupdate.
        return QCoreApplication.translate("FieldEditor", " (retired)")


class LineEditor(FieldEditor):
    """Short text, number (with its unit), vehicle plate, phone, time."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QLineEdit(self)
        self.widget = self.edit
        self._row.addWidget(self.edit, 1)
        kind = definition.kind
        if kind == FieldKind.NUMBER:
            if definition.unit:
                self._row.addWidget(QLabel(definition.unit, self))
            self.edit.setPlaceholderText(self._range_hint())
        elif kind == FieldKind.VEHICLE_PLATE:
            self.edit.setPlaceholderText(self.tr("e.g. 1กข 1234 เชียงใหม่"))
        elif kind == FieldKind.PHONE:
            self.edit.setPlaceholderText(self.tr("e.g. 081 234 5678"))
        elif kind == FieldKind.TIME:
            # A line edit, not a QTimeEdit: a time box is never empty, and 00:00 is a time.
            self.edit.setPlaceholderText(self.tr("HH:MM, e.g. 14:30"))
            self.edit.setValidator(QRegularExpressionValidator(
                QRegularExpression(r"[0-9๐-๙]{0,2}[:.]?[0-9๐-๙]{0,2}"), self.edit))
            self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0") * 14 + 24)
            self._row.addStretch(1)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())

    def _range_hint(self) -> str:
        low, high = self.definition.minimum, self.definition.maximum
        if low is not None and high is not None:
            return self.tr("%1 to %2").replace("%1", _number(low)).replace("%2", _number(high))
        if low is not None:
            return self.tr("at least %1").replace("%1", _number(low))
        if high is not None:
            return self.tr("at most %1").replace("%1", _number(high))
        return ""

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: str | Sequence[str]) -> None:
        self.edit.setText(value if isinstance(value, str) else " ".join(value))


class LongTextEditor(FieldEditor):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * LONG_TEXT_LINES + 14)
        self.widget = self.edit
        self._row.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def set_value(self, value: str | Sequence[str]) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "\n".join(value))


class BlankableDateEdit(ThaiDateEdit):
    """A Thai date box that may stay empty (an optional date not answered).

    Not Qt's special value text: with it shown, typed slashes are taken as section moves and
    the typed date is lost. Here the empty text simply means the sentinel day.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(_NO_DATE)
        self.setDate(_NO_DATE)

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802  (Qt override)
        return "" if value.date() == _NO_DATE else super().textFromDateTime(value)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802  (Qt override)
        if not text.strip():
            return QDateTime(_NO_DATE, self.time())
        return super().dateTimeFromText(_slashed(text))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002  (Qt override)
        # Tab leaves the box, as in every other answer; the date is typed whole, not by parts.
        return QWidget.focusNextPrevChild(self, next)

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        state, _text, _pos = super().validate(_slashed(text), pos)
        return state, text, pos


def _slashed(text: str) -> str:
    """"06122569" as "06/12/2569": a clerk may type the eight digits alone."""
    digits = text.strip()
    return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}" if len(digits) == 8 and \
        digits.isdigit() else text


class DateEditor(FieldEditor):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = BlankableDateEdit(self)
        if dates.thai_desk():
            self.edit.setToolTip(self.tr("Type the day as dd/mm/yyyy (Buddhist year), or open "
                                         "the calendar with F4; delete the text to leave it "
                                         "empty"))
        else:  # the English field reads names of months and the era the desk shows
            example = date(2026, 12, 6)
            self.edit.setToolTip(self.tr("Type the day, e.g. %1 or %2, or open the calendar "
                                         "with F4; delete the text to leave it empty")
                                 .replace("%1", dates.short_date(example))
                                 .replace("%2", dates.numeric_date(example)))
        self.widget = self.edit
        self._row.addWidget(self.edit)
        self._row.addStretch(1)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.lineEdit().textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        day = self.edit.date()
        return "" if day == _NO_DATE or not day.isValid() else day.toString("yyyy-MM-dd")

    def set_value(self, value: str | Sequence[str]) -> None:
        text = value if isinstance(value, str) else (value[0] if value else "")
        day = QDate.fromString(text, "yyyy-MM-dd") if text else _NO_DATE
        self.edit.setDate(day if day.isValid() else _NO_DATE)


class ComboEditor(FieldEditor):
    """Single choice and yes/no: a blank first line means not answered."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.combo = QComboBox(self)
        self.combo.addItem("—", "")
        for choice in definition.offered_choices():
            self.combo.addItem(choice_name(choice, self.lang), choice.key)
        self.widget = self.combo
        self._row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: str | Sequence[str]) -> None:
        key = value if isinstance(value, str) else (value[0] if value else "")
        index = self.combo.findData(key)
        if index < 0 and key:
            # A retired choice still names an old answer: it is shown, marked, not offered.
            choice = self.definition.choice(key)
            name = choice_name(choice, self.lang) if choice else key
            self.combo.addItem(name + self._retired_suffix(), key)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class MultiChoiceEditor(FieldEditor):
    """Several choices: a list of tick boxes, Space ticks the current one."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.list = QListWidget(self)
        for choice in definition.offered_choices():
            self._add(choice, retired=False)
        rows = max(min(self.list.count(), 5), 1)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4 if self.list.count() else 30)
        self.widget = self.list
        self._row.addWidget(self.list, 1)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def _add(self, choice: Choice, *, retired: bool) -> QListWidgetItem:
        name = choice_name(choice, self.lang) + (self._retired_suffix() if retired else "")
        item = QListWidgetItem(name, self.list)
        item.setData(_KEY, choice.key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def value(self) -> tuple[str, ...]:
        return tuple(str(item.data(_KEY)) for item in self.items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_value(self, value: str | Sequence[str]) -> None:
        keys = {value} if isinstance(value, str) and value else set(
            () if isinstance(value, str) else value)
        known = {item.data(_KEY) for item in self.items()}
        for key in keys - known:
            choice = self.definition.choice(key) or Choice(key, key)
            self._add(choice, retired=True)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(_KEY) in keys
                               else Qt.CheckState.Unchecked)

    def tick(self, key: str, on: bool = True) -> None:
        for item in self.items():
            if item.data(_KEY) == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def make_editor(definition: FieldDefinition, parent: QWidget | None = None) -> FieldEditor:
    kind = definition.kind
    if kind == FieldKind.LONG_TEXT:
        return LongTextEditor(definition, parent)
    if kind == FieldKind.DATE:
        return DateEditor(definition, parent)
    if kind in (FieldKind.SINGLE_CHOICE, FieldKind.YES_NO):
        return ComboEditor(definition, parent)
    if kind == FieldKind.MULTI_CHOICE:
        return MultiChoiceEditor(definition, parent)
    return LineEditor(definition, parent)


def _number(value: float) -> str:
    return f"{value:g}"
