"""Every test gets its own database file, data folder and settings, all under tmp_path, and
the same moment: the core's clock is pinned, so no result depends on the day the suite runs.

`pytest --now 2031-02-28T23:30` moves that moment (Thai time unless an offset is given) and also
travels the whole process with time-machine, so a stray wall-clock read follows too.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import pytest

from fondue_desk.domain.calendar import THAI_TZ, pinned_clock, to_thai

# Fixtures shared by test files in several folders.
pytest_plugins = ["tests.memory_keyring", "tests.traffy_server"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A Sunday in fiscal year 2570, far from a year's edge: the suite's "today" unless --now says.
DEFAULT_NOW = datetime(2026, 12, 6, 10, 0, tzinfo=THAI_TZ)


def pytest_addoption(parser):
    parser.addoption(
        "--now", metavar="ISO_DATETIME", default=None,
        help="run every test at this moment (Thai time unless it has an offset), "
             "e.g. 2031-02-28T23:30:00+07:00; the default is " + DEFAULT_NOW.isoformat())


def _parse_now(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"--now {text!r} is not an ISO date/time") from None
    return to_thai(moment.replace(tzinfo=THAI_TZ) if moment.tzinfo is None else moment)


def pytest_configure(config):
    text = config.getoption("--now")
    if text:
        _parse_now(text)  # a typo stops the run at once, not in every test


def pytest_report_header(config):
    text = config.getoption("--now")
    return f"fondue-desk clock pinned at {(_parse_now(text) if text else DEFAULT_NOW).isoformat()}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # CI installs everything the tests need (.ci/run), so a skip there means a missing install
    # step that would hide a whole area from CI: it fails instead.
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may be: {report.longrepr}"


@pytest.fixture(scope="session")
def _pinned_moment(pytestconfig) -> datetime:
    text = pytestconfig.getoption("--now")
    return _parse_now(text) if text else DEFAULT_NOW


@contextmanager
def _at(moment: datetime, travel: bool) -> Iterator[None]:
    # The clock ticks from the pinned moment, so events one test makes still come in order.
    with pinned_clock(moment, tick=True):
        if not travel:
            yield
            return
        import time_machine

        with time_machine.travel(moment, tick=True):
            yield


@pytest.fixture(scope="module", autouse=True)
def _module_clock(pytestconfig, _pinned_moment):
    # Module-scoped fixtures (a shared demo office) are built before any function-scoped
    # fixture, so they need the pinned moment too.
    with _at(_pinned_moment, pytestconfig.getoption("--now") is not None):
        yield


@pytest.fixture(autouse=True)
def _pinned_clock(pytestconfig, _pinned_moment, _module_clock):
    # Every test starts at the same moment, however long the tests before it took.
    with _at(_pinned_moment, pytestconfig.getoption("--now") is not None):
        yield


@pytest.fixture
def now(_pinned_moment) -> datetime:
    """The moment every test runs at: aware, Thai time (the core's clock starts there)."""
    return _pinned_moment


@pytest.fixture
def today(now) -> date:
    """The Thai date of `now`."""
    return now.date()


@pytest.fixture(autouse=True)
def _fresh_environment(tmp_path, monkeypatch):
    # platformdirs and QSettings both follow the XDG variables on Linux, so nothing a test
    # does can touch the developer's real data or settings.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))  # the map's tile cache
    monkeypatch.setenv("FONDUE_DESK_DB", f"sqlite:///{tmp_path / 'fondue-desk.sqlite3'}")


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'fondue-desk.sqlite3'}"


@pytest.fixture
def db(db_url):
    from fondue_desk.db.database import Database

    database = Database.open(db_url)
    yield database
    database.close()


@pytest.fixture
def demo_office(db):
    """A small demo office (no complaints unless a test adds them); returns its OfficeView."""
    from fondue_desk.services import demo, reference

    # As `fondue-desk demo` makes it: the documented demo passwords sign in as they are.
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    return reference.first_office(db)


@pytest.fixture
def clerk(db, demo_office):
    from fondue_desk.services import reference

    return reference.default_counter_user(db, demo_office.id)


@pytest.fixture
def admin(db, demo_office):
    """The demo office's admin: office settings, crews and users are theirs to change."""
    from fondue_desk.services import reference

    return reference.find_user(db, "admin")
