"""Each user's interface language: chosen by themselves, kept in the database, read at sign-in."""
from __future__ import annotations

import pytest

from fondue_desk.domain.errors import InvalidInput, NotFound
from fondue_desk.services import accounts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD


def test_a_new_user_follows_the_desk(clerk):
    assert clerk.language == ""


def test_the_chosen_language_is_kept_and_comes_back_at_sign_in(db, clerk, now):
    chosen = accounts.set_language(db, clerk.id, "en")
    assert chosen.language == "en"
    assert reference.find_user(db, clerk.username).language == "en"
    assert accounts.sign_in(db, clerk.username, DEMO_PASSWORD, now=now).user.language == "en"
    assert accounts.set_language(db, clerk.id, "").language == ""  # the desk's again


def test_one_users_choice_is_not_anothers(db, clerk, admin):
    accounts.set_language(db, clerk.id, "en")
    assert reference.find_user(db, admin.username).language == ""


def test_an_unknown_language_is_refused_and_changes_nothing(db, clerk):
    accounts.set_language(db, clerk.id, "th")
    with pytest.raises(InvalidInput) as refused:
        accounts.set_language(db, clerk.id, "fr")
    assert [(e.field, e.code) for e in refused.value.errors] == [("language", "language.unknown")]
    assert reference.find_user(db, clerk.username).language == "th"


def test_an_unknown_user_is_not_found(db, demo_office):
    with pytest.raises(NotFound):
        accounts.set_language(db, 999_999, "en")
