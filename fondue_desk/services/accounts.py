"""Accounts: signing in, passwords, and the admin's user list.

Passwords are stored as argon2id PHC strings (argon2-cffi's RFC 9106 defaults). Sign-in never
says which of user name or password was wrong, and costs one hash verification either way, so
the login dialog cannot be used to find out which user names exist.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fondue_desk.db.database import Database
from fondue_desk.db.models import User
from fondue_desk.domain.calendar import now_thai
from fondue_desk.domain.errors import (
    Conflict,
    FieldError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RuleViolation,
)
from fondue_desk.domain.passwords import (
    check_password,
    is_valid_username,
    normalise_username,
    password_problems,
)
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.statuses import Role
from fondue_desk.domain.text import clean_text

from .access import acting_user
from .reference import user_view
from .sign_in_guard import claim_name, count_attempt
from .views import UserView

_hasher = PasswordHasher()  # argon2id, 64 MiB, t=3, p=4: ~0.1 s on an office PC


@dataclass(frozen=True)
class SignInResult:
    user: UserView
    must_change_password: bool


@dataclass(frozen=True)
class UserAccountView:
    """A user as the admin's user list shows them."""

    id: int
    username: str
    full_name: str
    position: str
    role: str
    active: bool
    locked: bool
    locked_until: datetime | None
    must_change_password: bool
    has_password: bool
    last_login_at: datetime | None


# ---- hashing ----

def hash_password(password: str) -> str:
    """The argon2id PHC string for `password` ("$argon2id$v=19$m=…"). No policy applied."""
    return _hasher.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    # Verified against for unknown users, so a wrong name takes as long as a wrong password.
    return _hasher.hash("no such user: timing only")


# ---- signing in ----

def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None
            ) -> SignInResult:
    """The signed-in user, or PermissionDenied("auth.failed") / ("auth.locked", minutes=n).

    Each attempt is counted before its password is checked (`_claim_attempt`, a short write
    under the user's row lock), so desks trying at the same moment cannot all slip past the
    lock-out: the fifth claim locks the account and any later one is refused unchecked. The
    hash is verified outside any transaction (it takes ~0.1 s); a success clears the count.
    """
    now = now or now_thai()
    name = normalise_username(username)
    user_id, stored_hash = _claim_attempt(db, name, now)
    if user_id is None:
        _verify(_dummy_hash(), password)
        raise PermissionDenied("auth.failed")
    if not _verify(stored_hash, password):
        raise PermissionDenied("auth.failed")  # already counted by the claim
    with db.write() as session:
        user = session.get(User, user_id, with_for_update=True)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if _hasher.check_needs_rehash(user.password_hash):  # the defaults grew since it was set
            user.password_hash = hash_password(password)
        return SignInResult(user_view(user), user.must_change_password)


def _claim_attempt(db: Database, name: str, now: datetime) -> tuple[int | None, str]:
    """Count one attempt (committed now, so a failure cannot be undone by what follows);
    (user id, hash) to check, (None, "") for a name nobody can sign in with, or
    PermissionDenied("auth.locked") when the fifth attempt has already been counted."""
    with db.write() as session:  # BEGIN IMMEDIATE on SQLite, the row lock on PostgreSQL
        user = session.scalars(select(User).where(User.username == name)
                               .with_for_update()).first()
        if user is None or not user.active or not user.password_hash:
            locked_until = claim_name(session, name, now)
            user_id, stored_hash = None, ""
        else:
            user.failed_logins, user.locked_until, refused = count_attempt(
                user.failed_logins, user.locked_until, now)
            locked_until = user.locked_until if refused else None
            user_id, stored_hash = user.id, user.password_hash
    if locked_until is not None:
        raise PermissionDenied("auth.locked", minutes=_minutes_left(locked_until, now))
    return user_id, stored_hash


def _minutes_left(locked_until: datetime, now: datetime) -> int:
    return max(1, math.ceil((locked_until - now).total_seconds() / 60))


def _is_locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


# ---- passwords ----

def change_password(db: Database, user_id: int, current_password: str, new_password: str,
                    confirmation: str) -> None:
    """The user's own change: the current password, then the rules; clears the forced change."""
    with db.read() as session:
        user = acting_user(session, user_id, own_password=True)
        username, stored_hash = user.username, user.password_hash
    current_ok = bool(stored_hash) and _verify(stored_hash, current_password)
    errors = [] if current_ok else [FieldError("current_password", "password.wrong_current")]
    errors += password_problems(new_password, username=username,
                                current=current_password if current_ok else None,
                                confirmation=confirmation)
    if errors:
        raise InvalidInput(errors)
    new_hash = hash_password(new_password)
    with db.write() as session:
        user = acting_user(session, user_id, own_password=True)
        user.password_hash = new_hash
        user.must_change_password = False
        user.failed_logins = 0


def set_password(db: Database, actor_id: int, user_id: int, new_password: str, *,
                 must_change: bool = True, confirmation: str | None = None) -> UserAccountView:
    """An admin sets (resets) someone's password; it also lifts a lock-out."""
    with db.read() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        username = _office_user(session, actor, user_id).username
    check_password(new_password, username=username, confirmation=confirmation)
    new_hash = hash_password(new_password)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        user = _office_user(session, actor, user_id)
        _store_password(user, new_hash, must_change)
        session.flush()
        return account_view(user, now_thai())


def recover_password(db: Database, username: str, new_password: str) -> None:
    """The command line's way back in when every admin is locked out or has forgotten.

    Whoever can run the command on the database file owns the data anyway, so no actor is
    checked; the rules still apply, and the user must choose their own at the next sign-in.
    """
    name = normalise_username(username)
    check_password(new_password, username=name)
    new_hash = hash_password(new_password)
    with db.write() as session:
        user = session.scalars(select(User).where(User.username == name)).first()
        if user is None:
            raise NotFound("user.not_found", username=name)
        _store_password(user, new_hash, must_change=True)


# ---- the user's own interface language ----

INTERFACE_LANGUAGES = ("th", "en")


def set_language(db: Database, user_id: int, language: str) -> UserView:
    """The interface language the user chose for themselves; "" gives them the desk's again.

    Their own preference, like their own password: allowed to every active user, even one who
    still owes a password change.
    """
    if language not in ("", *INTERFACE_LANGUAGES):
        raise InvalidInput([FieldError("language", "language.unknown")])
    with db.write() as session:
        user = acting_user(session, user_id, own_password=True)
        user.language = language
        return user_view(user)


def _store_password(user: User, password_hash: str, must_change: bool) -> None:
    user.password_hash = password_hash
    user.must_change_password = must_change
    user.failed_logins = 0
    user.locked_until = None


# ---- the admin's user list ----

def list_users(db: Database, actor_id: int, *, now: datetime | None = None
               ) -> list[UserAccountView]:
    now = now or now_thai()
    with db.read() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        users = session.scalars(select(User).where(User.office_id == actor.office_id)
                                .order_by(User.active.desc(), User.username))
        return [account_view(u, now) for u in users]


def create_user(db: Database, actor_id: int, username: str, full_name: str, position: str,
                role: str, initial_password: str, *, confirmation: str | None = None
                ) -> UserView:
    """A new account of the admin's office; its owner must change the password at first use."""
    name = normalise_username(username)
    errors = _username_problems(name)
    with db.read() as session:
        acting_user(session, actor_id, Action.MANAGE_USERS)
        if not errors and session.scalar(select(User.id).where(User.username == name)):
            errors.append(FieldError("username", "username.taken"))
    errors += _profile_problems(full_name, position, role)
    errors += password_problems(initial_password, username=name, confirmation=confirmation,
                                field="password")
    if errors:
        raise InvalidInput(errors)
    new_hash = hash_password(initial_password)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        user = User(office_id=actor.office_id, username=name, active=True,
                    **_profile(full_name, position, role))
        _store_password(user, new_hash, must_change=True)
        session.add(user)
        try:
            session.flush()
        except IntegrityError:  # another desk took the name between the check and now
            raise InvalidInput([FieldError("username", "username.taken")]) from None
        return user_view(user)


def update_user(db: Database, actor_id: int, user_id: int, *, full_name: str, position: str,
                role: str, active: bool) -> UserAccountView:
    """Name, position, role and whether the account may sign in. The user name never changes
    (it is on every printed work order and in the history)."""
    errors = _profile_problems(full_name, position, role)
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        user = _office_user(session, actor, user_id)
        if user.id == actor.id and (not active or role != Role.ADMIN):
            # Otherwise the office could end up with nobody able to manage its users.
            raise Conflict("user.cannot_demote_self")
        for key, value in _profile(full_name, position, role).items():
            setattr(user, key, value)
        user.active = active
        session.flush()
        return account_view(user, now_thai())


def unlock_user(db: Database, actor_id: int, user_id: int) -> UserAccountView:
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_USERS)
        user = _office_user(session, actor, user_id)
        user.locked_until = None
        user.failed_logins = 0
        session.flush()
        return account_view(user, now_thai())


def account_view(user: User, now: datetime) -> UserAccountView:
    return UserAccountView(
        id=user.id, username=user.username, full_name=user.full_name, position=user.position,
        role=user.role, active=user.active, locked=_is_locked(user, now),
        locked_until=user.locked_until if _is_locked(user, now) else None,
        must_change_password=user.must_change_password, has_password=bool(user.password_hash),
        last_login_at=user.last_login_at)


def _office_user(session: Session, actor: User, user_id: int) -> User:
    """A user of the actor's own office; another office's is as good as missing."""
    user = session.get(User, user_id)
    if user is None or user.office_id != actor.office_id:
        raise NotFound("user.not_found", user_id=user_id)
    return user


def _username_problems(name: str) -> list[FieldError]:
    if not name:
        return [FieldError("username", "required")]
    if not is_valid_username(name):
        return [FieldError("username", "username.invalid")]
    return []


def _profile_problems(full_name: str, position: str, role: str) -> list[FieldError]:
    errors: list[FieldError] = []
    for field, value, limit in (("full_name", full_name, 200), ("position", position, 200)):
        try:
            cleaned = clean_text(value, max_length=limit)
        except RuleViolation as exc:
            errors.append(FieldError(field, exc.code, exc.params))
            continue
        if field == "full_name" and not cleaned:
            errors.append(FieldError(field, "required"))
    if role not in {r.value for r in Role}:
        errors.append(FieldError("role", "role.unknown"))
    return errors


def _profile(full_name: str, position: str, role: str) -> dict[str, str]:
    return {"full_name": clean_text(full_name, max_length=200),
            "position": clean_text(position, max_length=200), "role": Role(role).value}
