"""How late open work is, said and coloured the same way on the board, the pane and the dialogs.

Red when past the due date, amber when due today or tomorrow: the two cases a clerk acts on.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.calendar import today_thai
from fondue_desk.domain.register_filter import days_overdue
from fondue_desk.domain.statuses import OPEN_STATUSES

from .style import ERROR

AMBER = "#b26a00"
DUE_SOON_DAYS = 1


def urgency_badge(overdue: int, days_left: int | None) -> tuple[str, str] | None:
    """(text, colour) for a job's due date, or None when there is nothing to warn about."""
    if overdue > 0:
        return (QCoreApplication.translate("Urgency", "%n day(s) overdue", "", overdue), ERROR)
    if days_left is not None and 0 <= days_left <= DUE_SOON_DAYS:
        text = (QCoreApplication.translate("Urgency", "Due today") if days_left == 0
                else QCoreApplication.translate("Urgency", "Due tomorrow"))
        return text, AMBER
    return None


def complaint_urgency(due: date | None, status: str, today: date | None = None
                      ) -> tuple[str, str] | None:
    """The same badge for a complaint read outside the board (assign dialog, detail pane)."""
    today = today or today_thai()
    late = days_overdue(due, status, today)
    left = (due - today).days if due is not None and not late else None
    return urgency_badge(late, left if status in OPEN_STATUSES else None)


def badge_style(colour: str) -> str:
    return (f"background: {colour}; color: white; border-radius: 9px; padding: 1px 8px;"
            " font-weight: bold;")
