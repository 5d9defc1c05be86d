"""A complaint's history, newest first: status moves and corrections, who made them and why."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fondue_desk.documents.thai_text import unbreakable
from fondue_desk.domain.national_id import mask_national_id
from fondue_desk.domain.phone import format_phone
from fondue_desk.services.categories_admin import MERGE_NOTE
from fondue_desk.services.complaint_detail import HistoryEntry

from .. import dates
from ..history_notes import note_text
from ..labels import channel_label, field_label, status_colour, status_label, ui_language
from ..style import HINT, MUTED

EDIT_COLOUR = MUTED
# Descriptions run to paragraphs; the timeline only needs enough to recognise the change.
MAX_VALUE_CHARS = 120
ENTRY = "timelineEntry"
HEADLINE = "timelineHeadline"


def short_datetime(at: datetime) -> str:
    """"25 พ.ย. 2569 09:41 น." ("25 Nov 2026 09:41"): the timeline is narrow, the long month
    name wastes a line; and one unbreakable piece, so a wrapped line never ends inside it."""
    text = dates.short_datetime(at)
    return unbreakable(f"{text} น." if dates.thai_desk() else text)


class HistoryTimelineWidget(QWidget):
    """Newest first, because the pane is narrow and the latest move is what the clerk asks about.

    Edits saved together (same moment, same person, same reason) are one entry with one line
    per field, so a corrected address does not fill the timeline with four copies of its note.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._items: list[QFrame] = []
        # Stored values such as category ids mean nothing to a clerk; the pane passes names.
        self._lookups: Mapping[str, Mapping[str, str]] = {}

    def set_history(self, entries: list[HistoryEntry],
                    lookups: Mapping[str, Mapping[str, str]] | None = None) -> None:
        """`entries` oldest first, as the service returns them; `lookups` maps a field to
        {stored value: shown text} (category_id and village_id)."""
        self.clear()
        self._lookups = lookups or {}
        for group in reversed(_grouped(entries)):
            item = self._item(group)
            self._layout.addWidget(item)
            self._items.append(item)

    def clear(self) -> None:
        for item in self._items:
            self._layout.removeWidget(item)
            item.deleteLater()
        self._items = []

    def entry_count(self) -> int:
        return len(self._items)

    def entry_texts(self) -> list[str]:
        """Each entry's text, newest first (what a screen reader or a test would read)."""
        return ["\n".join(label.text() for label in item.findChildren(QLabel))
                for item in self._items]

    # ----------------------------------------------------------------- building
    def _item(self, group: list[HistoryEntry]) -> QFrame:
        first = group[0]
        colour = status_colour(first.to_status or "") if first.kind == "status" else EDIT_COLOUR
        item = QFrame(self)
        item.setObjectName(ENTRY)
        # Here and not in the app stylesheet: the colour is per entry. The headline's bold must
        # be set here too, or the app's "QGroupBox QLabel { font-weight: normal }" would win.
        # "border: none" first: a lone border-left is ignored by Qt's frame painting.
        item.setStyleSheet(f"QFrame#{ENTRY} {{ border: none; border-left: 3px solid {colour}; }}"
                           f"QLabel#{HEADLINE} {{ font-weight: bold; }}")
        column = QVBoxLayout(item)
        column.setContentsMargins(10, 0, 0, 0)
        column.setSpacing(2)
        who = QLabel(f"{short_datetime(first.at)} · {first.by_name}", item)
        who.setObjectName(HINT)
        who.setWordWrap(True)  # "when · who" must not widen the narrow detail pane
        column.addWidget(who)
        for entry in group:
            column.addWidget(self._label(self._headline(entry), item, bold=True))
        said = note_text(first.note_code, first.note_params)
        if said:  # the desk's own words, in the reader's language (domain.history_notes)
            column.addWidget(self._label(said, item))
        if first.note == MERGE_NOTE:  # a merge recorded before notes were codes
            column.addWidget(self._label(self.tr("Categories merged in Settings"), item))
        elif first.note:
            column.addWidget(self._label(self.tr("Note: %1").replace("%1", first.note), item))
        return item

    @staticmethod
    def _label(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # notes are typed by people, not HTML
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            label.setObjectName(HEADLINE)
        return label

    def _headline(self, entry: HistoryEntry) -> str:
        if entry.kind == "status":
            if not entry.from_status:
                return self.tr("Logged with status %1").replace(
                    "%1", status_label(entry.to_status or ""))
            return (self.tr("Status: %1 → %2").replace("%1", status_label(entry.from_status))
                    .replace("%2", status_label(entry.to_status or "")))
        # A category's own field is named by the office's label for it.
        own = (entry.field_label_en if ui_language() == "en" else "") or entry.field_label
        return (self.tr("Edited %1: %2 → %3").replace("%1", own or field_label(entry.field))
                .replace("%2", self._value(entry.field, entry.old_value))
                .replace("%3", self._value(entry.field, entry.new_value)))

    def _value(self, field: str, stored: str) -> str:
        if not stored:
            return "—"
        if field in self._lookups:
            return self._lookups[field].get(stored, stored)
        if field == "phone":
            return format_phone(stored)
        if field == "national_id":  # the history is on screen for anyone passing the desk
            return mask_national_id(stored)
        if field == "anonymous":
            return self.tr("Yes") if stored == "1" else self.tr("No")
        if field == "channel":
            return channel_label(stored)
        if field == "due_date":
            try:
                return dates.shown_date(date.fromisoformat(stored))
            except ValueError:
                return stored
        text = " ".join(stored.split())
        return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + "…"


def _grouped(entries: list[HistoryEntry]) -> list[list[HistoryEntry]]:
    """Consecutive edits from one save become one group; every status move stands alone."""
    groups: list[list[HistoryEntry]] = []
    for entry in entries:
        last = groups[-1][0] if groups else None
        if (last is not None and entry.kind == "edit" and last.kind == "edit"
                and (last.at, last.by_name, last.note, last.note_code)
                == (entry.at, entry.by_name, entry.note, entry.note_code)):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups
