"""Qt fixtures: the app configured as in production, Thai by default, settings in tmp_path."""
from __future__ import annotations

import functools
import os

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from ui.app import configure_application
from ui.translations import (
    LANGUAGE_SETTING,
    install_translators,
    remove_all_translators,
    remove_translators,
)


def pytest_configure(config):
    # pytest-qt makes the QApplication when the first test asks for qapp; the map's app://
    # scheme must be known to Chromium before that, and Chromium will not start as root
    # without --no-sandbox.
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    from ui.map.scheme import register_app_scheme

    register_app_scheme()


# pytest-qt waits 5 s unless told otherwise; on a loaded 2-core machine a dialog's first show
# or a background query takes longer. A wait still returns as soon as its condition holds.
WAIT_MS = 20_000


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot whose waits default to WAIT_MS (a `timeout=` given still wins)."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed",
                 "waitActive"):
        setattr(qtbot, name, functools.partial(getattr(qtbot, name), timeout=WAIT_MS))
    return qtbot


@pytest.fixture(scope="session")
def desk_app(qapp: QApplication):
    configure_application(qapp)
    yield qapp
    # pytest-qt closes the last test's widgets with deleteLater; delete them while Qt still
    # runs, or a map's web profile may go before its page at exit (a Chromium warning).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _fresh_settings(desk_app, tmp_path):
    # QSettings caches its folders when first used, so the XDG variable the root conftest sets
    # per test is not enough; pointing the user scope at this test's folder is.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    yield
    QSettings().sync()


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(desk_app):
    """A window a test left open (a preview a button opened, say) stays on the shared screen and
    takes the pointer from the next test's popups. pytest-qt has closed the widgets the test
    registered by now; the rest are hidden, not closed, so no close handler asks or backs up."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def thai(desk_app):
    """The production default: the Thai translator installed while the widgets are built."""
    translators = install_translators("th")
    assert translators, "resources/i18n/fondue_desk_th.qm did not load"
    yield translators
    remove_translators(translators)
    remove_all_translators()  # a live switch (View → Language) installed others since


@pytest.fixture
def english(thai):
    """The English desk for one test; the Thai translator is back for the next."""
    # As `--lang en` leaves it: a session's window for a user who never chose stays English.
    QSettings().setValue(LANGUAGE_SETTING, "en")
    remove_translators(thai)
    installed = install_translators("en")
    yield
    remove_translators(installed)
    thai[:] = install_translators("th")


@pytest.fixture
def window(qtbot, db, demo_office, clerk):
    from ui.main_window import MainWindow

    main_window = MainWindow(db, demo_office, clerk)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


@pytest.fixture
def page(window):
    return window.intake_page


@pytest.fixture
def pdf_printer_output(monkeypatch, tmp_path):
    """Accept the print dialog with the printer switched to a PDF file; returns that path."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    output = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return output


@pytest.fixture
def register_office(request, db):
    """A demo office with `COMPLAINTS` complaints (a module constant of the requesting test)."""
    from fondue_desk.services import demo, reference

    demo.create_demo_office(db, complaints=getattr(request.module, "COMPLAINTS", 600),
                            passwords_must_change=False)
    return reference.first_office(db)


@pytest.fixture
def register_user(db, register_office):
    from fondue_desk.services import reference

    return reference.default_counter_user(db, register_office.id)


@pytest.fixture
def register_page(qtbot, db, register_office, register_user):
    from ui.pages.register_page import RegisterPage

    widget = RegisterPage(db, register_office, register_user)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def register_admin(db, register_office):
    from fondue_desk.services import reference

    return reference.find_user(db, "admin")
