"""The desk fits a 1280×720 screen in Thai and in English: the main window, every page, the
Settings window and the main dialogs can be that small, and at that size no label or button
is cut short.

Set FONDUE_FIT_PNGS to a folder to keep a picture of every screen checked.
"""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTableView,
    QWidget,
)

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import complaints, crew_board, register, signoff_queue, work_orders
from ui.translations import install_translators, remove_translators
from ui.widgets.elided_label import ElidedLabel

from .settings_helpers import open_settings

WIDTH, HEIGHT = 1280, 720
SAVE_TO = os.environ.get("FONDUE_FIT_PNGS")
COMPLAINTS = 300  # the register_office fixture's size: every page has something to show


@pytest.fixture(params=["th", "en"])
def language(request, thai):
    if request.param == "th":
        yield "th"
        return
    remove_translators(thai)
    english = install_translators("en")
    yield "en"
    remove_translators(english)
    QLocale.setDefault(QLocale("th_TH"))


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {text[:60]!r}"


def _inside_item_view(widget: QWidget, root: QWidget) -> bool:
    """Editors and cell widgets of a table are sized by its columns, which the clerk drags."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_a_parent(widget: QWidget, root: QWidget) -> bool:
    """Part of the widget's width lies outside a parent, and no scroll bar leads to it (a
    column of text in an area that scrolls only up and down)."""
    whole = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    shown = QRect(whole)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and \
                parent.horizontalScrollBar().isVisible():
            return False
        shown = shown.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        if parent is root:
            break
        parent = parent.parentWidget()
    return not shown.isEmpty() and shown.width() < whole.width()


def cut_short(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs (labels that wrap
    excepted), or running out of sight past a parent's edge; tables whose columns run past
    their right edge with no scroll bar to reach them."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QTableView):
            columns = widget.horizontalHeader().length()
            if columns > widget.viewport().width() and \
                    not widget.horizontalScrollBar().isVisible():
                problems.append(f"{type(widget).__name__}: its columns need {columns} px, "
                                f"it shows {widget.viewport().width()} and cannot scroll")
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.text():
            continue
        if _inside_item_view(widget, root):
            continue
        if isinstance(widget, ElidedLabel):
            continue  # gives up room by eliding (a path of any length), whole in its tooltip
        hint = widget.sizeHint()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if not wraps and (hint.width() > widget.width() or hint.height() > widget.height()):
            problems.append(f"{_name(widget)}: needs {hint.width()}×{hint.height()}, "
                            f"has {widget.width()}×{widget.height()}")
        elif _cut_by_a_parent(widget, root):
            problems.append(f"{_name(widget)}: runs past the edge of its parent")
    return problems


def settle() -> None:
    """Let layouts finish: a new text asks its parents, one posted event per level."""
    for _ in range(10):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def assert_fits(widget: QWidget, what: str, *, full_size: bool = True) -> None:
    """`full_size`: the widget was resized to the whole screen; else it opened at its own size,
    which must be on the screen too."""
    settle()
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert minimum.width() <= WIDTH and minimum.height() <= HEIGHT, (
        f"{what}: cannot be smaller than {minimum.width()}×{minimum.height()}")
    if full_size:
        assert (widget.width(), widget.height()) == (WIDTH, HEIGHT), f"{what}: not 1280×720"
    else:
        assert widget.width() <= WIDTH and widget.height() <= HEIGHT, (
            f"{what}: opens at {widget.width()}×{widget.height()}")
    if SAVE_TO:
        widget.grab().save(os.path.join(SAVE_TO, re.sub(r"\W+", "_", what) + ".png"))
    problems = cut_short(widget)
    assert not problems, f"{what}:\n" + "\n".join(problems)


def show_at_size(qtbot, widget: QWidget, *, full_size: bool = True) -> QWidget:
    qtbot.addWidget(widget)
    if full_size:
        widget.resize(WIDTH, HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    if full_size:
        qtbot.waitUntil(lambda: (widget.width(), widget.height()) == (WIDTH, HEIGHT)
                        or widget.minimumSizeHint().width() > WIDTH)
    return widget


def test_every_page_of_the_main_window_fits(qtbot, db, register_office, register_admin, language):
    from ui.main_window import MainWindow

    window = show_at_size(qtbot, MainWindow(db, register_office, register_admin))
    for row in range(window.pages.count()):
        window.show_page(row)
        page = window.pages.widget(row)
        qtbot.waitUntil(page.isVisible)
        if page is window.register_page:
            qtbot.waitUntil(lambda: window.register_page.model.rowCount() > 0)
            window.register_page.table.selectRow(0)  # the detail pane shows a complaint
            qtbot.waitUntil(lambda: window.register_page.detail.complaint() is not None)
        assert_fits(window, f"{language} main window {type(page).__name__}")


def test_the_settings_window_fits(qtbot, db, register_office, register_admin, language):
    settings = open_settings(qtbot, db, register_office, register_admin)
    show_at_size(qtbot, settings)
    for name in settings.page_names():
        settings.show_page(name)
        qtbot.waitUntil(lambda n=name: settings.current_page() is settings.page(n))
        assert_fits(settings, f"{language} settings {name}")


def _dialogs(db, office, admin):
    from ui.dialogs.assign_dialog import AssignDialog
    from ui.dialogs.change_password_dialog import ChangePasswordDialog
    from ui.dialogs.edit_complaint_dialog import EditComplaintDialog
    from ui.dialogs.field_edit_dialog import FieldEditDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.outgoing_register_dialog import OutgoingRegisterDialog
    from ui.dialogs.receipt_dialog import ReceiptDialog
    from ui.dialogs.result_dialog import ResultDialog
    from ui.dialogs.return_dialog import ReturnDialog
    from ui.dialogs.status_change_dialog import StatusChangeDialog
    from ui.dialogs.user_edit_dialog import UserEditDialog
    from ui.dialogs.work_order_dialog import WorkOrderDialog

    rows = register.fetch(db, office.id, RegisterFilter(), limit=5)
    complaint = complaints.get(db, rows[0].id)
    job = next(j for c in crew_board.crew_board(db, office.id).columns for j in c.jobs)
    waiting = signoff_queue.signoff_queue(db, office.id)[:2]
    assert waiting, "the demo office has work awaiting sign-off"
    orders = work_orders.orders_for_complaint(db, job.id)
    assert orders, "the demo's assigned job has a work order"
    question = _choice_question(db, admin, complaint.category_id)
    return {
        "receipt": lambda: ReceiptDialog(db, complaint.id),
        "work order": lambda: WorkOrderDialog(db, office, [orders[0].id],
                                              numbers=[orders[0].number]),
        "assign": lambda: AssignDialog(db, office, admin, [r.id for r in rows]),
        "result": lambda: ResultDialog(db, office, admin, job.id),
        "status change": lambda: StatusChangeDialog(db, admin, complaint),
        "edit complaint": lambda: EditComplaintDialog(db, office, admin, complaint),
        "return": lambda: ReturnDialog(db, admin, waiting),
        "outgoing register": lambda: OutgoingRegisterDialog(db, office, admin),
        "login": lambda: LoginDialog(db, office),
        "change password": lambda: ChangePasswordDialog(db, admin, forced=True),
        "user edit": lambda: UserEditDialog(db, admin, None),
        "category question": lambda: FieldEditDialog(db, admin.id, complaint.category_id,
                                                     question, [question.definition]),
        "traffy import": lambda: _traffy_import_review(db, office, admin),
        "traffy sync": lambda: _traffy_sync(db, office, admin),
    }


def _traffy_sync(db, office, admin):
    from ui.traffy.scheduler import TraffyScheduler
    from ui.traffy.sync_page import TraffySyncDialog

    return TraffySyncDialog(db, office, admin, TraffyScheduler(db, office.id))


def _traffy_import_review(db, office, admin):
    """The Traffy import dialog at its fullest: unmapped types, an unknown state, the date
    question and bad rows, all on the review page."""
    import csv
    import tempfile
    from pathlib import Path

    from ui.traffy import import_core
    from ui.traffy.import_dialog import TraffyImportDialog

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "traffy.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["ticket_id", "type", "comment", "coords", "timestamp", "state"])
            for n, kind in enumerate(("ถนน", "ทางเท้า", "ไฟฟ้า", "น้ำท่วม", "ความสะอาด")):
                writer.writerow([f"2023-FIT{n:03d}", "{" + kind + "}", "ชำรุด",
                                 "100.5,13.7", f"0{n + 1}/0{n + 2}/2023 10:00",
                                 "รอตรวจสอบหน้างานโดยเจ้าหน้าที่เขต"])
            for n in range(6):
                writer.writerow([f"2023-BAD{n:03d}", "{ถนน}", "ชำรุด", "100.5,13.7",
                                 "ไม่ใช่วันที่", "รอรับเรื่อง"])
        plan = import_core.plan(db, office.id, path, None, None)
    dialog = TraffyImportDialog(db, office, admin)
    dialog.show_plan(plan, path)
    return dialog


def _choice_question(db, admin, category_id: int):
    """A question with choices and stop notices: the question dialog at its fullest."""
    from fondue_desk.domain.custom_fields import Choice, FieldDefinition, FieldKind
    from fondue_desk.services import category_fields

    return category_fields.save_field(db, admin.id, category_id, FieldDefinition(
        "risk", FieldKind.SINGLE_CHOICE, "ชนิดความเสี่ยงที่พบบริเวณจุดเกิดเหตุ",
        "Kind of risk seen at the place", help="เลือกข้อที่ตรงที่สุด",
        choices=tuple(Choice(f"c{i}", f"ตัวเลือกที่ {i}", f"Choice {i}",
                             stop_notice="ไฟไหม้: โทร 199 ทันที" if i == 1 else "")
                      for i in range(1, 7))))


def test_the_main_dialogs_fit(qtbot, db, register_office, register_admin, language,
                              monkeypatch):
    from ui.widgets import screen_fit

    # The offscreen screen is 800 px tall; the office laptop's is 720.
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: QSize(WIDTH, HEIGHT))
    for what, make in _dialogs(db, register_office, register_admin).items():
        dialog = show_at_size(qtbot, make(), full_size=False)
        assert_fits(dialog, f"{language} dialog {what}", full_size=False)
        dialog.close()


def test_a_long_database_path_does_not_widen_the_window(qtbot, tmp_path):
    from fondue_desk.services import bootstrap, demo, reference
    from ui.main_window import MainWindow

    folder = tmp_path / ("Fondue Desk data " * 6) / ("สำนักงานเทศบาล" * 4)
    folder.mkdir(parents=True)
    db = bootstrap.open_database(f"sqlite:///{folder / 'fondue-desk.sqlite3'}")
    try:
        demo.create_demo_office(db, complaints=0, passwords_must_change=False)
        office = reference.first_office(db)
        window = show_at_size(qtbot, MainWindow(db, office,
                                                reference.default_counter_user(db, office.id)))
        settle()
        label = window.database_label
        assert label.sizeHint().width() > WIDTH  # the whole path would not fit
        assert window.minimumSizeHint().width() <= WIDTH
        assert window.width() == WIDTH
        assert label.is_elided() and "สำนักงานเทศบาล" in label.toolTip()
    finally:
        db.close()


def test_the_main_window_opens_within_the_screen(qtbot, db, demo_office, clerk):
    from ui.main_window import MainWindow

    window = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.height() <= screen.height() and window.width() <= max(
        screen.width(), window.minimumSizeHint().width())


def test_the_detail_pane_shows_the_received_time_on_one_line(
        qtbot, db, register_office, register_admin, language):
    from fondue_desk.documents.thai_text import unbreakable
    from ui.dates import shown_datetime
    from ui.main_window import MainWindow

    window = show_at_size(qtbot, MainWindow(db, register_office, register_admin))
    page = window.register_page
    window.show_page(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    pane = page.detail
    qtbot.waitUntil(lambda: pane.complaint() is not None)
    expected = unbreakable(shown_datetime(pane.complaint().received_at))  # the desk's language
    assert pane.value_text("received") == expected
    label = next(lb for lb in pane.findChildren(QLabel) if lb.text() == expected)
    # As the window opens, and with the pane dragged as narrow as the splitter lets it go.
    total = sum(page.splitter.sizes())
    for pane_width in (None, pane.minimumSizeHint().width()):
        if pane_width is not None:
            page.splitter.setSizes([total - pane_width, pane_width])
        settle()
        metrics = label.fontMetrics()
        assert metrics.horizontalAdvance(expected) <= label.contentsRect().width()
        assert label.height() < 2 * metrics.lineSpacing(), "the time wrapped onto a second line"
        assert not _cut_by_a_parent(label, window), "the time runs past the pane's edge"


def test_the_set_up_assistant_fits(qtbot, db, language):
    from ui.setup_wizard.pages import Page

    from .setup_helpers import open_wizard

    wizard = open_wizard(qtbot, db)  # an empty database: the assistant's own case
    for page in Page:
        wizard.setStartId(page)
        wizard.restart()
        qtbot.waitUntil(lambda p=page: wizard.currentId() == p)
        assert_fits(wizard, f"{language} set-up assistant {page.name.lower()}")
