"""A category's duplicate radius and days: checked in Settings, carried by the configuration file
(exported, imported, refused on its line when out of range)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from fondue_desk.config import export_config, parse_config
from fondue_desk.config.importer import apply_import
from fondue_desk.config.problems import ConfigFileError, describe
from fondue_desk.config.rules import checked_config
from fondue_desk.domain.duplicates import DAYS_RANGE, RADIUS_RANGE, check_limits
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import categories_admin


def test_the_limits_are_whole_numbers_in_range():
    assert check_limits(100, 30) == []
    assert check_limits(RADIUS_RANGE[0], DAYS_RANGE[1]) == []
    codes = [(e.field, e.code, e.params) for e in check_limits(9, 366)]
    assert codes == [("duplicate_radius_m", "duplicate.radius_range", {"min": 10, "max": 5000}),
                     ("duplicate_days", "duplicate.days_range", {"min": 1, "max": 365})]
    assert len(check_limits(5001, 0)) == 2
    assert len(check_limits(True, 30.5)) == 2  # a tick box or a fraction is no number of days


def test_settings_save_them_and_refuse_out_of_range(db, admin, demo_office):
    view = categories_admin.list_categories(db, demo_office.id)[0]
    assert (view.duplicate_radius_m, view.duplicate_days) == (100, 30)
    saved = categories_admin.save_category(
        db, admin.id, view.as_input(duplicate_radius_m=250, duplicate_days=14),
        category_id=view.id)
    assert (saved.duplicate_radius_m, saved.duplicate_days) == (250, 14)
    with pytest.raises(InvalidInput) as refused:
        categories_admin.save_category(db, admin.id, view.as_input(duplicate_radius_m=5),
                                       category_id=view.id)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("duplicate_radius_m", "duplicate.radius_range")]
    again = next(c for c in categories_admin.list_categories(db, demo_office.id)
                 if c.id == view.id)
    assert (again.duplicate_radius_m, again.duplicate_days) == (250, 14)


def test_the_configuration_file_carries_them_both_ways(db, admin, demo_office):
    view = categories_admin.list_categories(db, demo_office.id)[0]
    categories_admin.save_category(
        db, admin.id, view.as_input(duplicate_radius_m=250, duplicate_days=14),
        category_id=view.id)
    text = export_config(db, demo_office.id)
    assert "duplicate_radius_m: 250" in text and "duplicate_days: 14" in text
    config = parse_config(text, complete=True)
    spec = next(c for c in config.categories if c.code == view.code)
    changed = replace(config, categories=tuple(
        replace(c, duplicate_radius_m=500, duplicate_days=7) if c.code == view.code else c
        for c in config.categories))
    plan = apply_import(db, admin.id, changed)
    assert any("duplicate_radius_m" in c.fields for c in plan.changes)
    again = next(c for c in categories_admin.list_categories(db, demo_office.id)
                 if c.id == view.id)
    assert (again.duplicate_radius_m, again.duplicate_days) == (500, 7)
    assert spec.duplicate_radius_m == 250


def test_a_file_out_of_range_is_refused_on_its_line(db, demo_office):
    text = export_config(db, demo_office.id)
    bad = text.replace("duplicate_days: 30", "duplicate_days: 400", 1)
    line = bad.splitlines().index(next(x for x in bad.splitlines()
                                       if "duplicate_days: 400" in x)) + 1
    with pytest.raises(ConfigFileError) as refused:
        parse_config(bad, complete=True)
    [problem] = refused.value.problems
    assert problem.line == line and problem.path.endswith("duplicate_days")
    assert "1–365" in describe(problem, "th")
    # The rules say the same of a configuration built in code (the set-up assistant's).
    config = parse_config(text, complete=True)
    broken = replace(config, categories=(replace(config.categories[0], duplicate_radius_m=5),)
                     + config.categories[1:])
    with pytest.raises(InvalidInput) as rules:
        checked_config(broken)
    assert [e.code for e in rules.value.errors] == ["duplicate.radius_range"]
