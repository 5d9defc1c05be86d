"""The office's "Buddhist-Era years on the English desk" travels in the configuration file's
`display:` section: exported as set, planned and applied by an import, given to a new office."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from fondue_desk.config import dump_config, export_config, parse_config
from fondue_desk.config.importer import apply_import, plan_import
from fondue_desk.db.database import Database
from fondue_desk.domain.office_config import AdminAccount, DisplaySpec
from fondue_desk.services import date_settings
from fondue_desk.services.office_setup import create_office

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ADMIN = AdminAccount("somchai", "ร้อยเอ็ด-อาจสามารถ-2570", "นายสมชาย ใจดี")


def test_the_choice_is_exported_and_survives_a_round_trip(db, admin, demo_office):
    assert "display:\n  english_be_dates: false\n" in export_config(db, demo_office.id)
    date_settings.set_english_be_dates(db, admin.id, True)
    text = export_config(db, demo_office.id)
    assert "display:\n  english_be_dates: true\n" in text
    config = parse_config(text, complete=True)
    assert config.display == DisplaySpec(english_be_dates=True)
    assert dump_config(config) == text
    assert plan_import(db, demo_office.id, config).is_empty


def test_an_import_plans_and_applies_the_choice(db, admin, demo_office):
    wanted = replace(parse_config(export_config(db, demo_office.id), complete=True),
                     display=DisplaySpec(english_be_dates=True))
    plan = apply_import(db, admin.id, wanted, dry_run=True)
    assert plan.describe("en") == ["update date display (english_be_dates)"]
    assert plan.describe("th") == ["แก้ไขการแสดงวันที่ (english_be_dates)"]
    assert not date_settings.english_be_dates(db, demo_office.id)  # a dry run
    apply_import(db, admin.id, wanted)
    assert date_settings.english_be_dates(db, demo_office.id)
    back = replace(wanted, display=DisplaySpec())
    apply_import(db, admin.id, back)
    assert not date_settings.english_be_dates(db, demo_office.id)


def test_a_file_without_the_section_means_gregorian(db, demo_office):
    text = export_config(db, demo_office.id).replace("display:\n  english_be_dates: false\n",
                                                      "")
    assert "display" not in text
    assert parse_config(text, complete=True).display == DisplaySpec()


def test_a_new_office_from_a_file_takes_the_choice(db, admin, demo_office, tmp_path):
    date_settings.set_english_be_dates(db, admin.id, True)
    text = export_config(db, demo_office.id)
    other = Database.open(f"sqlite:///{tmp_path / 'new-office.sqlite3'}")
    try:
        result = create_office(other, parse_config(text, complete=True), ADMIN, now=NOW)
        assert date_settings.english_be_dates(other, result.office_id)
        assert export_config(other, result.office_id) == text
    finally:
        other.close()
