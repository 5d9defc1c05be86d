"""A crew's jobs as cards in a list view: painted by a delegate, so 40 jobs × 6 crews stay light.

Each card says what the crew needs at a glance: tracking number and how late the job is, the
category (its colour down the left edge), where, what, and the plan and work order number.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fondue_desk.domain.calendar import today_thai
from fondue_desk.services.crew_board import BoardJob

from .. import dates
from ..labels import category_of, status_colour, status_label, village_of
from ..style import MUTED, PRIMARY
from ..urgency import urgency_badge

JOB_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex

PAD = 10
STRIPE = 5
GAP = 6  # between cards


class JobListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: list[BoardJob] = []

    def set_jobs(self, jobs: Sequence[BoardJob]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def jobs(self) -> list[BoardJob]:
        return list(self._jobs)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return job.tracking_no
        if role == ID_ROLE:
            return job.id
        if role == JOB_ROLE:
            return job
        if role == Qt.ItemDataRole.ToolTipRole:
            return job.description
        return None


def short_date(day: date) -> str:
    """"24 พ.ย." this year, "24 พ.ย. 2570" otherwise: a card has no room for the obvious."""
    return dates.day_and_month(day) if day.year == today_thai().year else dates.short_date(day)


def job_badge(job: BoardJob) -> tuple[str, str] | None:
    return urgency_badge(job.days_overdue, job.days_left)


class JobCardDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base, bold, small = self._fonts(option)
        # Thai marks above and below need the full font height, not the cap height.
        height = (QFontMetrics(bold).height() + QFontMetrics(base).height() * 2
                  + QFontMetrics(small).height() + 3 * 3 + 2 * PAD + GAP)
        return QSize(260, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        job: BoardJob | None = index.data(JOB_ROLE)
        if job is None:
            return
        base, bold, small = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect.adjusted(2, 0, -2, -GAP))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(card, 7, 7)
        badge = job_badge(job)
        painter.fillPath(path, QColor("#e6f0fb") if selected else QColor("white"))
        border = QColor(PRIMARY) if selected else QColor("#d5dce5")
        painter.setPen(QPen(border, 2 if selected or focused else 1))
        painter.drawPath(path)
        # The category's colour down the left edge: a crew sorts its day by kind of work.
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(card.left(), card.top(), STRIPE + 6, card.height()), 7, 7)
        clip = QPainterPath()
        clip.addRect(QRectF(card.left(), card.top(), STRIPE, card.height()))
        painter.fillPath(stripe.intersected(clip), QColor(job.category_colour or "#607d8b"))

        inner = card.toRect().adjusted(STRIPE + PAD, PAD, -PAD, -PAD)
        y = inner.top()
        painter.setFont(bold)
        line = QFontMetrics(bold).height()
        right = inner.right()
        if badge is not None:
            right = self._badge(painter, small, badge, inner.right(), y, line) - 6
        painter.setFont(bold)
        painter.setPen(QColor("#1f2a37"))
        painter.drawText(QRect(inner.left(), y, right - inner.left(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         job.tracking_no)
        y += line + 3
        painter.setFont(base)
        metrics = QFontMetrics(base)
        where = " · ".join(p for p in (category_of(job), village_of(job)) if p)
        self._text(painter, metrics, inner.left(), y, inner.width(), where, "#37414d")
        y += metrics.height() + 3
        what = " ".join(p for p in (job.location_text, job.description.replace("\n", " ")) if p)
        self._text(painter, metrics, inner.left(), y, inner.width(), what, MUTED)
        y += metrics.height() + 3
        painter.setFont(small)
        self._footer(painter, QFontMetrics(small), job, inner.left(), y, inner.width())
        painter.restore()

    @staticmethod
    def _text(painter: QPainter, metrics: QFontMetrics, x: int, y: int, width: int, text: str,
              colour: str) -> None:
        painter.setPen(QColor(colour))
        painter.drawText(QRect(x, y, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _footer(self, painter: QPainter, metrics: QFontMetrics, job: BoardJob, x: int, y: int,
                width: int) -> None:
        parts = []
        if job.planned_date:
            parts.append(self.tr("Plan %1").replace("%1", short_date(job.planned_date)))
        parts.append(self.tr("Order %1").replace("%1", job.work_order_number)
                     if job.work_order_number else self.tr("No work order"))
        status = status_label(job.status)
        status_width = metrics.horizontalAdvance(status) + 4
        self._text(painter, metrics, x, y, width - status_width - 8, " · ".join(parts), MUTED)
        painter.setPen(QColor(status_colour(job.status)))
        painter.drawText(QRect(x + width - status_width, y, status_width, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)

    @staticmethod
    def _badge(painter: QPainter, font: QFont, badge: tuple[str, str], right: int, y: int,
               line: int) -> int:
        """Draw the pill right-aligned at `right`; returns its left edge."""
        text, colour = badge
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 16
        height = min(line, metrics.height() + 4)
        rect = QRectF(right - width, y + (line - height) / 2, width, height)
        path = QPainterPath()
        path.addRoundedRect(rect, height / 2, height / 2)
        painter.fillPath(path, QColor(colour))
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return int(rect.left())
