"""Accounts on a real database: hashing, sign-in, lock-out, password rules, the admin's tools."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from fondue_desk.db.models import User
from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.passwords import LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, check_password
from fondue_desk.services import accounts, reference
from fondue_desk.services.demo_data import DEMO_PASSWORD, USERS

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PASSWORD = "ไฟดับหน้าวัด-2569"  # Thai, so the hashing is proven on non-ASCII text too


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch):
    """argon2id still, with a small cost: the real one spends ~0.1 s per hash on purpose."""
    quick = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", quick)
    return quick


def stored(db, username: str) -> User:
    with db.read() as session:
        row = session.scalars(select(User).where(User.username == username)).one()
        session.expunge(row)  # keeps its loaded values past the read's rollback
        return row


@pytest.fixture
def admin(db, demo_office):
    return reference.find_user(db, "admin")


@pytest.fixture
def newcomer(db, admin):
    """A clerk created by the admin, with a password of their own already chosen."""
    user = accounts.create_user(db, admin.id, "somsri.k", "นางสมศรี ขยันดี", "เจ้าหน้าที่ธุรการ",
                                "clerk", "ตั้งต้น-2569")
    accounts.set_password(db, admin.id, user.id, PASSWORD, must_change=False)
    return user


def refused(code: str, call, *args, **kwargs) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    return caught.value


def test_passwords_are_stored_as_argon2id_and_never_in_clear(db, newcomer):
    row = stored(db, "somsri.k")
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    assert accounts.hash_password(PASSWORD) != row.password_hash  # salted


def test_the_real_hasher_uses_argon2id_with_the_rfc_9106_cost(monkeypatch):
    monkeypatch.undo()
    password_hash = accounts.hash_password(PASSWORD)
    assert password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_a_hash_made_with_an_older_cost_is_upgraded_at_sign_in(db, newcomer, monkeypatch):
    old_hash = stored(db, "somsri.k").password_hash
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher())  # the defaults have grown
    accounts.sign_in(db, "somsri.k", PASSWORD)
    upgraded = stored(db, "somsri.k").password_hash
    assert upgraded != old_hash and upgraded.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert accounts.sign_in(db, "somsri.k", PASSWORD).user.id == newcomer.id


def test_sign_in_returns_the_user_and_records_the_moment(db, newcomer):
    result = accounts.sign_in(db, "somsri.k", PASSWORD, now=NOW)
    assert result.user == reference.user(db, newcomer.id)
    assert result.must_change_password is False
    assert stored(db, "somsri.k").last_login_at == NOW


def test_user_names_are_matched_without_case_or_blanks(db, newcomer):
    assert accounts.sign_in(db, "  SomSri.K ", PASSWORD).user.id == newcomer.id


def test_a_wrong_password_is_refused_and_the_failure_is_kept(db, newcomer):
    refused("auth.failed", accounts.sign_in, db, "somsri.k", PASSWORD + "x")
    assert stored(db, "somsri.k").failed_logins == 1
    refused("auth.failed", accounts.sign_in, db, "somsri.k", "")
    assert stored(db, "somsri.k").failed_logins == 2
    accounts.sign_in(db, "somsri.k", PASSWORD)
    assert stored(db, "somsri.k").failed_logins == 0


@pytest.mark.parametrize("username", ["nobody", "", "somsri"])
def test_unknown_users_get_the_same_answer_as_a_wrong_password(db, newcomer, username):
    error = refused("auth.failed", accounts.sign_in, db, username, PASSWORD)
    assert error.params == {}  # nothing that tells a name that exists from one that does not


def test_an_unknown_user_costs_a_hash_verification_like_a_known_one(db, newcomer, monkeypatch):
    verified = []
    real = accounts._verify
    monkeypatch.setattr(accounts, "_verify", lambda *args: verified.append(1) or real(*args))
    refused("auth.failed", accounts.sign_in, db, "nobody", PASSWORD)
    refused("auth.failed", accounts.sign_in, db, "somsri.k", "wrong")
    assert len(verified) == 2


def test_inactive_users_and_users_without_a_password_cannot_sign_in(db, admin, newcomer):
    accounts.update_user(db, admin.id, newcomer.id, full_name=newcomer.full_name,
                         position=newcomer.position, role="clerk", active=False)
    refused("auth.failed", accounts.sign_in, db, "somsri.k", PASSWORD)
    with db.write() as session:
        session.scalars(select(User).where(User.username == "clerk2")).one().password_hash = ""
    refused("auth.failed", accounts.sign_in, db, "clerk2", "")
    refused("auth.failed", accounts.sign_in, db, "clerk2", DEMO_PASSWORD)


def test_five_wrong_passwords_lock_the_account_for_a_quarter_of_an_hour(db, newcomer):
    for attempt in range(LOCKOUT_THRESHOLD):
        refused("auth.failed", accounts.sign_in, db, "somsri.k", f"wrong-{attempt}",
                now=NOW + timedelta(seconds=attempt))
    last_failure = NOW + timedelta(seconds=LOCKOUT_THRESHOLD - 1)
    assert stored(db, "somsri.k").locked_until == last_failure + timedelta(minutes=LOCKOUT_MINUTES)

    locked = refused("auth.locked", accounts.sign_in, db, "somsri.k", PASSWORD,
                     now=last_failure + timedelta(minutes=3, seconds=30))
    assert locked.params == {"minutes": LOCKOUT_MINUTES - 3}  # 11.5 minutes left, rounded up
    admin_id = reference.find_user(db, "admin").id
    listed = {u.username: u for u in accounts.list_users(db, admin_id, now=last_failure)}
    assert listed["somsri.k"].locked

    after = last_failure + timedelta(minutes=LOCKOUT_MINUTES, seconds=1)
    assert accounts.sign_in(db, "somsri.k", PASSWORD, now=after).user.id == newcomer.id
    row = stored(db, "somsri.k")
    assert (row.locked_until, row.failed_logins, row.last_login_at) == (None, 0, after)


def test_a_locked_account_is_refused_without_looking_at_the_password(db, newcomer, monkeypatch):
    for attempt in range(LOCKOUT_THRESHOLD):
        refused("auth.failed", accounts.sign_in, db, "somsri.k", "wrong", now=NOW)
    monkeypatch.setattr(accounts, "_verify", lambda *_: pytest.fail("password was checked"))
    refused("auth.locked", accounts.sign_in, db, "somsri.k", "anything", now=NOW)


POLICY = [
    ("short7!", "password.too_short"),
    ("somsri.k2569", "password.contains_username"),
    ("my-SOMSRI.K", "password.contains_username"),
    ("aaaaaaaaaaaa", "password.too_simple"),
    ("๑๑๑๑๑๑๑๑", "password.too_simple"),
    ("12345678", "password.too_simple"),
    ("Password", "password.too_simple"),
    ("x" * 200 + "y", "password.too_long"),
    (PASSWORD, "password.unchanged"),
    ("ฝนตกหนัก สะพานขาด", None),
    ("correct horse", None),
]


@pytest.mark.parametrize(("password", "code"), POLICY)
def test_the_password_rules(password, code):
    if code is None:
        check_password(password, username="somsri.k", current=PASSWORD)
        return
    with pytest.raises(InvalidInput) as caught:
        check_password(password, username="somsri.k", current=PASSWORD)
    assert [(e.field, e.code) for e in caught.value.errors] == [("new_password", code)]


def test_a_confirmation_that_differs_is_named_on_its_own_field():
    with pytest.raises(InvalidInput) as caught:
        check_password("ฝนตกหนัก สะพานขาด", username="somsri.k", confirmation="ฝนตกหนัก")
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("confirmation", "password.mismatch")]


def test_changing_ones_own_password_clears_the_forced_change(db, admin):
    user = accounts.create_user(db, admin.id, "clerk9", "นายเก้า ใจดี", "", "clerk", "เริ่มต้น-9999")
    first = accounts.sign_in(db, "clerk9", "เริ่มต้น-9999")
    assert first.must_change_password is True
    with pytest.raises(InvalidInput) as caught:
        accounts.change_password(db, user.id, "wrong", "เริ่มต้น-9999", "other")
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("current_password", "password.wrong_current"), ("confirmation", "password.mismatch")}
    with pytest.raises(InvalidInput) as caught:
        accounts.change_password(db, user.id, "เริ่มต้น-9999", "เริ่มต้น-9999", "เริ่มต้น-9999")
    assert caught.value.for_field("new_password").code == "password.unchanged"
    assert stored(db, "clerk9").must_change_password is True

    accounts.change_password(db, user.id, "เริ่มต้น-9999", PASSWORD, PASSWORD)
    assert accounts.sign_in(db, "clerk9", PASSWORD).must_change_password is False
    refused("auth.failed", accounts.sign_in, db, "clerk9", "เริ่มต้น-9999")


def test_the_admin_creates_updates_resets_and_unlocks(db, admin, newcomer):
    listed = {u.username: u for u in accounts.list_users(db, admin.id)}
    assert set(listed) == {u for u, *_ in USERS} | {"somsri.k"}
    assert listed["somsri.k"].role == "clerk" and listed["somsri.k"].active

    changed = accounts.update_user(db, admin.id, newcomer.id, full_name="นางสมศรี ขยันยิ่ง",
                                   position="หัวหน้าฝ่ายธุรการ", role="mayor", active=True)
    assert (changed.full_name, changed.position, changed.role) == (
        "นางสมศรี ขยันยิ่ง", "หัวหน้าฝ่ายธุรการ", "mayor")

    for _ in range(LOCKOUT_THRESHOLD):
        refused("auth.failed", accounts.sign_in, db, "somsri.k", "wrong")
    assert {u.username: u for u in accounts.list_users(db, admin.id)}["somsri.k"].locked
    assert accounts.unlock_user(db, admin.id, newcomer.id).locked is False
    accounts.sign_in(db, "somsri.k", PASSWORD)

    reset = accounts.set_password(db, admin.id, newcomer.id, "ชั่วคราว-1234")
    assert reset.must_change_password
    assert accounts.sign_in(db, "somsri.k", "ชั่วคราว-1234").must_change_password
    refused("auth.failed", accounts.sign_in, db, "somsri.k", PASSWORD)


def test_a_reset_lifts_a_lock_out(db, admin, newcomer):
    for _ in range(LOCKOUT_THRESHOLD):
        refused("auth.failed", accounts.sign_in, db, "somsri.k", "wrong")
    accounts.set_password(db, admin.id, newcomer.id, "ชั่วคราว-1234")
    assert accounts.sign_in(db, "somsri.k", "ชั่วคราว-1234").user.id == newcomer.id


@pytest.mark.parametrize(("username", "code"), [
    ("clerk1", "username.taken"), ("CLERK1", "username.taken"), ("ab", "username.invalid"),
    ("สมศรี", "username.invalid"), ("som sri", "username.invalid"), ("", "required")])
def test_user_names_must_be_well_formed_and_free(db, admin, username, code):
    with pytest.raises(InvalidInput) as caught:
        accounts.create_user(db, admin.id, username, "นางสมศรี ขยันดี", "", "clerk",
                             "ตั้งต้น-2569")
    assert caught.value.for_field("username").code == code


def test_a_new_user_needs_a_name_a_known_role_and_a_good_password(db, admin):
    with pytest.raises(InvalidInput) as caught:
        accounts.create_user(db, admin.id, "somchai", " ", "", "janitor", "somchai1")
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("full_name", "required"), ("role", "role.unknown"),
        ("password", "password.contains_username")}


def test_only_an_admin_manages_users(db, demo_office, newcomer):
    clerk = reference.find_user(db, "clerk1")
    mayor = reference.find_user(db, "mayor")
    for actor in (clerk, mayor):
        with pytest.raises(PermissionDenied):
            accounts.create_user(db, actor.id, "sneaky", "นายแอบ", "", "admin", "ตั้งต้น-2569")
        with pytest.raises(PermissionDenied):
            accounts.set_password(db, actor.id, newcomer.id, "ชั่วคราว-1234")
        with pytest.raises(PermissionDenied):
            accounts.list_users(db, actor.id)
        with pytest.raises(PermissionDenied):
            accounts.unlock_user(db, actor.id, newcomer.id)
    refused("auth.failed", accounts.sign_in, db, "sneaky", "ตั้งต้น-2569")
    accounts.sign_in(db, "somsri.k", PASSWORD)  # the password was not reset


@pytest.mark.parametrize("change", [{"active": False}, {"role": "clerk"}])
def test_an_admin_cannot_deactivate_or_demote_themself(db, admin, change):
    values = {"full_name": admin.full_name, "position": admin.position, "role": "admin",
              "active": True}
    with pytest.raises(Conflict) as caught:
        accounts.update_user(db, admin.id, admin.id, **(values | change))
    assert caught.value.code == "user.cannot_demote_self"
    row = stored(db, "admin")
    assert (row.role, row.active) == ("admin", True)
    assert accounts.update_user(db, admin.id, admin.id, **(values | {"position": "ผู้ดูแลระบบ"})
                                ).position == "ผู้ดูแลระบบ"


def test_users_of_another_office_are_out_of_reach(db, admin):
    from fondue_desk.services.demo import create_demo_office

    other = create_demo_office(db, complaints=0)
    outsider = reference.find_user(db, f"clerk1-demo{other.office_id}")
    with pytest.raises(NotFound):
        accounts.set_password(db, admin.id, outsider.id, "ชั่วคราว-1234")
    assert "clerk1-demo" + str(other.office_id) not in {
        u.username for u in accounts.list_users(db, admin.id)}


def test_demo_users_sign_in_with_the_demo_password_and_keep_it(db, demo_office):
    for username, *_ in USERS:
        result = accounts.sign_in(db, username, DEMO_PASSWORD)
        assert result.user.username == username
        assert result.must_change_password is False
    # One hash for the whole demo office: argon2 is slow on purpose, five hashes would add 0.5 s.
    with db.read() as session:
        assert len(set(session.scalars(select(User.password_hash)))) == 1
