"""Work order preview: every order in one PDF, printed as one job or saved as one file.

A day's orders for six crews can run to hundreds of jobs with a locator sketch each, and even
one order takes a second (fonts, word dictionary, sketch), so the PDF is always made off the
GUI thread; the window stays responsive and shows that it is working.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fondue_desk.services import work_orders
from fondue_desk.services.views import OfficeView

from ..template_problems import problems_text
from .pdf_job_dialog import PdfJobDialog

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database
    from fondue_desk.services.work_orders import WorkOrderSummary


class WorkOrderDialog(PdfJobDialog):
    """`numbers` (the orders' numbers, as the caller's summaries hold them) name the file."""

    def __init__(self, db: Database, office: OfficeView, work_order_ids: Sequence[int],
                 parent: QWidget | None = None, *, numbers: Sequence[str] = ()) -> None:
        self._ids = list(work_order_ids)
        self._numbers = list(numbers)
        super().__init__(parent)
        self.setWindowTitle(self._title())
        self.busy_label.setText(self.tr("Preparing %n work order(s)…", "", len(self._ids)))
        ids, office_id = list(self._ids), office.id
        found: list = []  # filled by the worker, read once the PDF is back on this thread
        self._template_problems = found

        def make() -> bytes:
            pdf, problems = work_orders.work_orders_pdf_checked(db, office_id, ids)
            found.extend(problems)
            return pdf

        self.render_pdf(make, background=True)

    def _rendered(self, pdf: bytes) -> None:
        super()._rendered(pdf)
        if self._template_problems:  # printed with the standard instruction: say so here
            self.summary.setText(f"{self.summary.text()}  {problems_text(self._template_problems)}")

    def _title(self) -> str:
        if len(self._numbers) == 1:
            return self.tr("Work order %1").replace("%1", self._numbers[0])
        return self.tr("Work orders (%n)", "", len(self._ids))

    def work_order_ids(self) -> list[int]:
        return list(self._ids)

    def print_orders(self) -> bool:
        return self.print_document()

    def default_file_name(self) -> str:
        # Numbers contain "/" (12/2570); the base class makes the name safe for the disk.
        if len(self._numbers) == 1:
            return self.tr("work-order-%1.pdf").replace("%1", self._numbers[0])
        if len(self._numbers) > 1:
            return self.tr("work-orders-%1-to-%2.pdf").replace(
                "%1", self._numbers[0]).replace("%2", self._numbers[-1])
        return self.tr("work-orders.pdf")


def show_work_orders(db: Database, office: OfficeView, orders: Sequence[WorkOrderSummary],
                     parent: QWidget | None) -> WorkOrderDialog:
    """Open a preview of `orders` that deletes itself when closed."""
    dialog = WorkOrderDialog(db, office, [o.id for o in orders], parent,
                             numbers=[o.number for o in orders])
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
