"""The password rules and the lock-out rule for sign-in. Plain values in, coded errors out.

The rules are the ones an office can live with (NIST SP 800-63B in spirit): a minimum length,
no user name inside, nothing trivially guessable; no forced mix of symbols, which only leads to
passwords written on a note under the keyboard.
"""
from __future__ import annotations

import re

from .errors import FieldError, InvalidInput

MIN_LENGTH = 8
# argon2 would hash a megabyte happily; a cap keeps a pasted file from costing seconds.
MAX_LENGTH = 128
LOCKOUT_THRESHOLD = 5    # wrong passwords in a row …
LOCKOUT_MINUTES = 15     # … lock the account for this long (an admin can unlock sooner)

USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{3,60}")

# The first passwords anyone tries; "all one character" and digit runs are caught by rule.
_COMMON = frozenset({
    "password", "password1", "password123", "passw0rd", "qwertyui", "qwerty123", "qwertyuiop",
    "asdfghjkl", "abcd1234", "abc12345", "1q2w3e4r", "iloveyou", "admin123", "welcome1",
    "changeme", "letmein1",
})
_DIGITS = "01234567890"


def normalise_username(username: str) -> str:
    """User names are compared without case or surrounding blanks: Caps Lock is not a typo."""
    return username.strip().lower()


def is_valid_username(username: str) -> bool:
    return USERNAME_PATTERN.fullmatch(username) is not None


def password_problems(new: str, *, username: str, current: str | None = None,
                      confirmation: str | None = None, field: str = "new_password",
                      confirmation_field: str = "confirmation") -> list[FieldError]:
    """Everything wrong with `new`, one error per field; [] when it may be used.

    `current` (the old password in clear, already verified) enables the "unchanged" rule and
    `confirmation` the "typed twice the same" rule; either is skipped when None.
    """
    errors: list[FieldError] = []
    code, params = _policy_code(new, username, current)
    if code:
        errors.append(FieldError(field, code, params))
    if confirmation is not None and confirmation != new:
        errors.append(FieldError(confirmation_field, "password.mismatch"))
    return errors


def check_password(new: str, *, username: str, current: str | None = None,
                   confirmation: str | None = None, field: str = "new_password") -> None:
    """Raise InvalidInput naming each offending field, or return when `new` may be used."""
    errors = password_problems(new, username=username, current=current,
                               confirmation=confirmation, field=field)
    if errors:
        raise InvalidInput(errors)


def _policy_code(new: str, username: str, current: str | None) -> tuple[str, dict[str, object]]:
    if len(new) < MIN_LENGTH:
        return "password.too_short", {"min": MIN_LENGTH, "length": len(new)}
    if len(new) > MAX_LENGTH:
        return "password.too_long", {"max": MAX_LENGTH}
    name = normalise_username(username)
    if name and name in new.lower():
        return "password.contains_username", {}
    if current is not None and new == current:
        return "password.unchanged", {}
    if _too_simple(new):
        return "password.too_simple", {}
    return "", {}


def _too_simple(password: str) -> bool:
    lowered = password.lower()
    return (len(set(lowered)) == 1 or lowered in _COMMON
            or lowered in _DIGITS or lowered in _DIGITS[::-1])
