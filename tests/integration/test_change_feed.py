"""Live refresh between desks, in the core: a save by another process reaches the feed within
2 s on SQLite (data_version) and PostgreSQL (LISTEN/NOTIFY); a stale edit is refused."""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time

import pytest

from fondue_desk.db.database import Database
from fondue_desk.domain.errors import Conflict
from fondue_desk.services import demo, reference
from fondue_desk.services.change_feed import ChangeFeed, FeedMark, changes_since, current_mark
from fondue_desk.services.editing import edit_complaint, edit_stamp, input_of
from fondue_desk.services.intake import ComplaintInput, log_complaint

DEADLINE_S = 2.0


def _data(category_id: int, description: str = "ไฟทางสาธารณะดับ") -> ComplaintInput:
    return ComplaintInput(category_id=category_id, description=description,
                          complainant_name="นางสาวมาลี ศรีสุข", phone="0812345678")


def _other_desk(url: str, clerk_id: int, category_id: int, edit_id: int, start, out,
                now) -> None:
    """Another desk: logs one complaint and edits another, saying when each was committed."""
    from fondue_desk.domain.calendar import fixed_clock, set_clock

    set_clock(fixed_clock(now, tick=True))
    db = Database.open(url, migrate=False)
    start.wait(60)
    new = log_complaint(db, clerk_id, _data(category_id, "ถนนเป็นหลุมลึก"))
    out.put(("new", new.id, time.monotonic()))
    old = reference_view(db, edit_id)
    edit_complaint(db, clerk_id, edit_id, ComplaintInput(
        **{**input_of(old).__dict__, "phone": "0899999999"}), note="เบอร์ใหม่")
    out.put(("edit", edit_id, time.monotonic()))
    db.close()


def reference_view(db, complaint_id):
    from fondue_desk.services import complaints

    return complaints.get(db, complaint_id)


def _feed_sees_another_process(db: Database, url: str, office_id: int, clerk, now) -> None:
    category = reference.active_categories(db, office_id)[0]
    existing = log_complaint(db, clerk.id, _data(category.id))
    seen: queue.Queue = queue.Queue()
    feed = ChangeFeed(db, lambda changes: seen.put((changes, time.monotonic())),
                      office_id=office_id)
    feed.start()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    desk = ctx.Process(target=_other_desk,
                       args=(url, clerk.id, category.id, existing.id, start, out, now))
    desk.start()
    try:
        start.set()
        committed = {kind: (cid, at) for kind, cid, at in (out.get(timeout=120),
                                                           out.get(timeout=120))}
        reported: dict[tuple[int, str], object] = {}
        while not {(committed["new"][0], "new"), (existing.id, "edit")} <= reported.keys():
            changes, at = seen.get(timeout=10)
            for change in changes.changes:
                for kind in change.kinds:
                    reported.setdefault((change.complaint_id, kind), (change, at))
    finally:
        desk.join(60)
        feed.stop()
    assert desk.exitcode == 0
    _, new_at = reported[(committed["new"][0], "new")]
    edit_change, edit_at = reported[(existing.id, "edit")]
    assert new_at - committed["new"][1] < DEADLINE_S
    assert edit_at - committed["edit"][1] < DEADLINE_S
    assert edit_change.by_user_id == clerk.id and edit_change.by_name == clerk.full_name
    assert not feed.running


def test_sqlite_feed_reports_another_process_within_two_seconds(db, db_url, demo_office,
                                                                clerk, now):
    _feed_sees_another_process(db, db_url, demo_office.id, clerk, now)


def test_postgresql_feed_reports_another_process_within_two_seconds(pg_url, now):
    db = Database.open(pg_url)
    demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    office = reference.first_office(db)
    try:
        _feed_sees_another_process(db, pg_url, office.id,
                                   reference.default_counter_user(db, office.id), now)
    finally:
        db.close()


def test_changes_since_names_kinds_and_only_the_asked_office(db, demo_office, clerk):
    category = reference.active_categories(db, demo_office.id)[0]
    first = log_complaint(db, clerk.id, _data(category.id))
    mark = current_mark(db)
    assert not changes_since(db, mark)[0]
    second = log_complaint(db, clerk.id, _data(category.id))
    edit_complaint(db, clerk.id, first.id, ComplaintInput(
        **{**input_of(first).__dict__, "phone": "0891112222"}))
    changes, later = changes_since(db, mark, demo_office.id)
    assert changes.ids == {first.id, second.id}
    assert changes.by_id[first.id].kinds == {"edit"}
    assert changes.by_id[second.id].kinds == {"new", "status"}
    assert not changes_since(db, later, demo_office.id)[0]
    assert not changes_since(db, mark, demo_office.id + 1)[0]


def test_feed_stops_its_thread_and_reports_nothing_after(db, demo_office, clerk):
    feed = ChangeFeed(db, lambda changes: None, office_id=demo_office.id, interval=0.05)
    feed.start()
    assert any(t.name == "fondue-change-feed" for t in threading.enumerate())
    feed.stop()
    feed.stop()
    assert not any(t.name == "fondue-change-feed" for t in threading.enumerate())


def test_an_edit_from_a_stale_form_is_refused_naming_who_and_nothing_is_written(
        db, demo_office, clerk, admin):
    category = reference.active_categories(db, demo_office.id)[0]
    complaint = log_complaint(db, clerk.id, _data(category.id))
    seen = edit_stamp(db, complaint.id)
    assert seen == 0
    edit_complaint(db, admin.id, complaint.id, ComplaintInput(
        **{**input_of(complaint).__dict__, "phone": "0891112222"}), seen_edit=seen)
    with pytest.raises(Conflict) as stale:
        edit_complaint(db, clerk.id, complaint.id, ComplaintInput(
            **{**input_of(complaint).__dict__, "description": "ไฟดับทั้งซอย"}), seen_edit=seen)
    assert stale.value.code == "complaint.changed_meanwhile"
    assert stale.value.params["changed_by"] == admin.full_name
    assert stale.value.params["tracking_no"] == complaint.tracking_no
    assert stale.value.params["changed_at"]
    current = reference_view(db, complaint.id)
    assert current.description == "ไฟทางสาธารณะดับ" and current.phone == "0891112222"
    # Re-read, the form's stamp is current again and the save goes through.
    fresh = edit_stamp(db, complaint.id)
    assert fresh > seen
    edit_complaint(db, clerk.id, complaint.id, ComplaintInput(
        **{**input_of(current).__dict__, "description": "ไฟดับทั้งซอย"}), seen_edit=fresh)


def test_a_row_committed_late_below_the_mark_is_still_reported_once(db, demo_office, clerk):
    """PostgreSQL: a transaction holding a lower id may commit after a higher id was read."""
    category = reference.active_categories(db, demo_office.id)[0]
    late = log_complaint(db, clerk.id, _data(category.id))
    log_complaint(db, clerk.id, _data(category.id))
    mark = current_mark(db)
    # As if `late` had not been committed when the feed last looked.
    before = FeedMark(mark.last_ids, (mark.recent[0] - {late.id}, *mark.recent[1:]))
    changes, after = changes_since(db, before, demo_office.id)
    assert changes.ids == {late.id} and changes.by_id[late.id].kinds == {"new"}
    assert not changes_since(db, after, demo_office.id)[0]
