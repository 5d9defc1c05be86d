"""A status renamed on one desk reaches the other open desks: the change feed notices the
office's new label stamp (two Database objects on one SQLite file, and PostgreSQL)."""
from __future__ import annotations

import queue

from fondue_desk.db.database import Database
from fondue_desk.domain.labels import StatusOverride
from fondue_desk.services import demo, labels, reference
from fondue_desk.services.change_feed import ChangeFeed, changes_since, current_mark
from fondue_desk.services.intake import ComplaintInput, log_complaint

RENAMED = StatusOverride("received", "รับแจ้งแล้ว", "Logged", "#0b6e4f")


def test_changes_since_says_labels_changed_once_and_only_for_the_office(db, demo_office,
                                                                         admin, clerk):
    mark = current_mark(db, demo_office.id)
    assert not changes_since(db, mark, demo_office.id)[0]
    labels.save_status_labels(db, admin.id, [RENAMED])
    changes, later = changes_since(db, mark, demo_office.id)
    assert changes.labels and not changes.changes and bool(changes)
    assert not changes_since(db, later, demo_office.id)[0]
    # another office's desk is not told
    assert not changes_since(db, current_mark(db, demo_office.id + 1), demo_office.id + 1)[0]
    other = current_mark(db, demo_office.id + 1)
    labels.reset_status_labels(db, admin.id)  # a reset is a change too
    assert changes_since(db, later, demo_office.id)[0].labels
    assert not changes_since(db, other, demo_office.id + 1)[0]


def test_a_complaint_saved_is_not_a_label_change(db, demo_office, clerk):
    mark = current_mark(db, demo_office.id)
    category = reference.active_categories(db, demo_office.id)[0]
    log_complaint(db, clerk.id, ComplaintInput(category_id=category.id, anonymous=True,
                                               description="ไฟกิ่งดับ"))
    changes, _ = changes_since(db, mark, demo_office.id)
    assert changes.changes and not changes.labels


def _other_desk_hears_a_rename(desk_a: Database, desk_b: Database, office_id: int,
                               admin_id: int) -> None:
    heard: queue.Queue = queue.Queue()
    feed = ChangeFeed(desk_b, heard.put, office_id=office_id, interval=0.05)
    feed.start()
    try:
        labels.save_status_labels(desk_a, admin_id, [RENAMED])
        changes = heard.get(timeout=10)
        while not changes.labels:
            changes = heard.get(timeout=10)
    finally:
        feed.stop()
    assert labels.label_book(desk_b, office_id).status("received").name_en == "Logged"


def test_a_rename_on_one_desk_reaches_another_on_the_same_sqlite_file(db, db_url, demo_office,
                                                                      admin):
    other = Database.open(db_url, migrate=False)
    try:
        _other_desk_hears_a_rename(db, other, demo_office.id, admin.id)
    finally:
        other.close()


def test_a_rename_reaches_another_desk_on_postgresql(pg_url):
    desk_a = Database.open(pg_url)
    demo.create_demo_office(desk_a, complaints=0, passwords_must_change=False)
    office = reference.first_office(desk_a)
    desk_b = Database.open(pg_url, migrate=False)
    try:
        _other_desk_hears_a_rename(desk_a, desk_b, office.id,
                                   reference.find_user(desk_a, "admin").id)
    finally:
        desk_b.close()
        desk_a.close()
