"""The statuses' own names and colours in the configuration file: only what the office changed is
written, a file round trips byte for byte (SQLite and PostgreSQL), an import applies them in
its one transaction, and bad words are refused with their line."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fondue_desk.config import (
    ConfigFileError,
    apply_import,
    describe,
    dump_config,
    export_config,
    parse_config,
    plan_import,
)
from fondue_desk.db.database import Database
from fondue_desk.domain.labels import DEFAULT_STATUSES, StatusOverride
from fondue_desk.domain.office_config import AdminAccount
from fondue_desk.services import labels
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")
RENAMED = StatusOverride("received", "รับแจ้งแล้ว", "Logged", "#0b6e4f")
DONE = StatusOverride("closed", "เสร็จสิ้น", "Done", "#2e7d32")  # only the English differs

WRITTEN = """labels:
  statuses:
    received:
      name_th: รับแจ้งแล้ว
      name_en: Logged
      colour: '#0b6e4f'
    closed:
      name_en: Done
"""


@pytest.fixture
def renamed(db, admin, demo_office):
    labels.save_status_labels(db, admin.id, [RENAMED, DONE])
    return export_config(db, demo_office.id)


def _labels_section(text: str) -> str:
    return text[text.index("labels:"):]


def test_only_what_the_office_changed_is_written(db, demo_office, renamed):
    assert _labels_section(renamed) == WRITTEN
    assert "labels:\n  statuses: {}\n" in export_config_of_a_fresh_office(db, demo_office)


def export_config_of_a_fresh_office(db, demo_office) -> str:
    labels.reset_status_labels(db, _admin_id(db))
    return export_config(db, demo_office.id)


def _admin_id(db) -> int:
    from fondue_desk.services import reference

    return reference.find_user(db, "admin").id


def test_the_file_round_trips_into_a_new_office(renamed, tmp_path):
    assert dump_config(parse_config(renamed, complete=True)) == renamed
    other = Database.open(f"sqlite:///{tmp_path / 'new-office.sqlite3'}")
    try:
        office_id = create_office(other, parse_config(renamed, complete=True), ADMIN,
                                  now=NOW).office_id
        assert export_config(other, office_id) == renamed
        book = labels.label_book(other, office_id)
        assert book.status("received").colour == "#0b6e4f"
        assert book.status("closed").name("en") == "Done"
    finally:
        other.close()


def test_the_file_round_trips_through_postgresql(renamed, pg_url):
    other = Database.open(pg_url)
    try:
        office_id = create_office(other, parse_config(renamed, complete=True), ADMIN,
                                  now=NOW).office_id
        assert export_config(other, office_id) == renamed
    finally:
        other.close()


def test_an_import_applies_the_words_and_tells_the_other_desks(db, admin, demo_office,
                                                               renamed):
    assert plan_import(db, demo_office.id, parse_config(renamed, complete=True)).is_empty
    changed = renamed.replace("      name_en: Done\n",
                              "      name_en: Finished\n      colour: '#37474F'\n")
    changed = changed.replace("    received:\n      name_th: รับแจ้งแล้ว\n      name_en: Logged\n"
                              "      colour: '#0b6e4f'\n", "")
    with db.read() as session:
        stamp = labels.read_stamp(session, demo_office.id)
    plan = apply_import(db, admin.id, parse_config(changed, complete=True))
    assert [(c.subject, c.fields) for c in plan.changes] == [("labels", ("received", "closed"))]
    assert plan.describe("th") == ["แก้ไขชื่อและสีของสถานะ (received, closed)"]
    book = labels.label_book(db, demo_office.id)
    assert book.status("received") == DEFAULT_STATUSES["received"]  # left out: the default
    assert (book.status("closed").name_en, book.status("closed").colour) == ("Finished",
                                                                           "#37474f")
    with db.read() as session:
        assert labels.read_stamp(session, demo_office.id) != stamp
    assert export_config(db, demo_office.id) == changed.replace("#37474F", "#37474f")


def test_a_file_giving_the_default_words_changes_nothing(db, admin, demo_office):
    text = export_config(db, demo_office.id).replace(
        "labels:\n  statuses: {}\n",
        "labels:\n  statuses:\n    received:\n      name_th: รับเรื่องแล้ว\n"
        "      colour: '#1D5FA8'\n")
    assert plan_import(db, demo_office.id, parse_config(text, complete=True)).is_empty


def _problem_lines(text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(ConfigFileError) as refused:
        parse_config(text, complete=True)
    return [(p.line, p.path, p.code) for p in refused.value.problems]


def test_bad_words_are_refused_with_their_line(renamed):
    start = renamed.count("\n", 0, renamed.index("labels:")) + 1  # the line of "labels:"
    taken = renamed.replace("name_en: Done", "name_en: Forwarded")
    assert _problem_lines(taken) == [
        (start + 7, "labels.statuses.closed.name_en", "labels.name_taken")]
    long_name = renamed.replace("name_th: รับแจ้งแล้ว", "name_th: " + "ก" * 41)
    problems = _problem_lines(long_name)
    assert problems == [(start + 3, "labels.statuses.received.name_th", "labels.name_too_long")]
    colour = renamed.replace("'#0b6e4f'", "'blue'")
    assert _problem_lines(colour) == [(start + 5, "labels.statuses.received.colour",
                                       "colour.invalid")]
    unknown = renamed.replace("    closed:\n", "    archived:\n")
    assert _problem_lines(unknown) == [(start + 6, "labels.statuses.archived",
                                        "config.unknown_key")]
    with pytest.raises(ConfigFileError) as refused:
        parse_config(taken, complete=True)
    assert describe(refused.value.problems[0], "en") == (
        f'line {start + 7}: another status is already called "Forwarded"')
    assert describe(refused.value.problems[0], "th").startswith(f"บรรทัด {start + 7}: ")
