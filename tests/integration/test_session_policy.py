"""The idle-lock rule: office-wide, admin only, checked in the core."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from fondue_desk.domain.errors import InvalidInput, PermissionDenied
from fondue_desk.services.session_policy import (
    DEFAULT_IDLE_LOCK_MINUTES,
    MAX_IDLE_LOCK_MINUTES,
    checked_idle_lock_minutes,
    idle_lock_minutes,
    save_idle_lock_minutes,
)


@pytest.mark.parametrize(("given", "minutes"), [
    (0, 0), (1, 1), ("15", 15), (" ๓๐ ", 30), (MAX_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)])
def test_whole_minutes_up_to_a_working_day_are_accepted(given, minutes):
    assert checked_idle_lock_minutes(given) == minutes


@pytest.mark.parametrize("given", [-1, MAX_IDLE_LOCK_MINUTES + 1, "", "ten", "1.5", None,
                                   True, "-5"])
def test_anything_else_is_refused_with_the_range(given):
    with pytest.raises(InvalidInput) as refused:
        checked_idle_lock_minutes(given)
    [error] = refused.value.errors
    assert (error.field, error.code) == ("idle_lock_minutes", "session.idle_lock_range")
    assert error.params == {"min": 0, "max": MAX_IDLE_LOCK_MINUTES}


def test_the_admin_sets_it_for_every_desk(db, demo_office, admin):
    assert idle_lock_minutes(db, demo_office.id) == DEFAULT_IDLE_LOCK_MINUTES
    assert save_idle_lock_minutes(db, admin.id, "25") == 25
    assert idle_lock_minutes(db, demo_office.id) == 25
    save_idle_lock_minutes(db, admin.id, 0)
    assert idle_lock_minutes(db, demo_office.id) == 0


def test_a_refused_value_or_user_changes_nothing(db, demo_office, admin, clerk):
    save_idle_lock_minutes(db, admin.id, 20)
    with pytest.raises(InvalidInput):
        save_idle_lock_minutes(db, admin.id, 9999)
    with pytest.raises(PermissionDenied):
        save_idle_lock_minutes(db, clerk.id, 5)
    assert idle_lock_minutes(db, demo_office.id) == 20


def test_a_hand_broken_row_means_the_default(db, demo_office, admin):
    save_idle_lock_minutes(db, admin.id, 20)
    with db.write() as session:
        session.execute(text("update office_setting set value = 'soon' "
                             "where key = 'session.idle_lock_minutes'"))
    assert idle_lock_minutes(db, demo_office.id) == DEFAULT_IDLE_LOCK_MINUTES
