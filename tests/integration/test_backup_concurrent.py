"""A backup taken while another desk (a process) keeps logging complaints is consistent."""
from __future__ import annotations

import multiprocessing as mp
import time
from datetime import datetime
from itertools import pairwise

from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.services import reference
from fondue_desk.services.backup import create_backup, restore_backup, verify_backup
from tests.integration.backup_helpers import assert_consistent, tracking_numbers

NOW = datetime(2026, 12, 6, 17, 30, tzinfo=THAI_TZ)
BACKUPS = 3


def _desk(url: str, clerk_id: int, category_id: int, started, stop, results) -> None:
    from fondue_desk.db.database import Database
    from fondue_desk.services.intake import log_complaint
    from tests.integration.backup_helpers import complaint_input

    db = Database.open(url, migrate=False)
    data = complaint_input(category_id)
    logged = 0
    while not stop.is_set():
        log_complaint(db, clerk_id, data)
        logged += 1
        if logged == 20:
            started.set()
    db.close()
    results.put(logged)


def _more_than(url: str, count: int) -> set[str]:
    deadline = time.monotonic() + 120
    while (numbers := set(tracking_numbers(url))) and len(numbers) <= count:
        assert time.monotonic() < deadline, "the other desk stopped logging"
        time.sleep(0.02)
    return numbers


def test_backups_during_concurrent_intake_restore_to_consistent_databases(
        db, db_url, clerk, demo_office, tmp_path):
    category = reference.active_categories(db, demo_office.id)[0]
    ctx = mp.get_context("spawn")
    started, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
    desk = ctx.Process(target=_desk,
                       args=(db_url, clerk.id, category.id, started, stop, results))
    desk.start()
    try:
        assert started.wait(timeout=120), "the other desk never got going"
        infos, seen_before, after = [], [], 0
        for n in range(BACKUPS):
            # Everything committed before the backup starts must be in it; and the desk has
            # logged more since the last backup ended, so each backup is taken mid-stream.
            seen_before.append(_more_than(db_url, after))
            infos.append(create_backup(db, tmp_path / f"during-{n}.fdbackup", now=NOW))
            after = len(tracking_numbers(db_url))
    finally:
        stop.set()
        logged = results.get(timeout=120)
        desk.join(timeout=60)
    assert desk.exitcode == 0
    final = tracking_numbers(db_url)
    assert len(final) == logged

    sizes = []
    for n, info in enumerate(infos):
        verify_backup(info.path)
        target = f"sqlite:///{tmp_path / f'restored-{n}.sqlite3'}"
        restore_backup(target, info.path, now=NOW, safety_folder=tmp_path / "safety")
        count = assert_consistent(target)
        restored = set(tracking_numbers(target))
        assert seen_before[n] <= restored <= set(final)
        sizes.append(count)
    # The desk kept writing while the backups were taken: each one saw more.
    assert all(a < b for a, b in pairwise(sizes)) and sizes[-1] < len(final)
