"""Coded errors. The core never words a message for the user: the UI maps codes to text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    """One rejected field, e.g. FieldError("phone", "phone.invalid")."""

    field: str
    code: str
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=False)


class FondueError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code, params)


class InvalidInput(FondueError):
    """Input rejected before anything was written; names every offending field."""

    code = "invalid_input"

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        super().__init__(self.code, fields=[e.field for e in self.errors])

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(e.field for e in self.errors)

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)

    def __str__(self) -> str:
        return ", ".join(f"{e.field}: {e.code}" for e in self.errors)


class NotFound(FondueError):
    code = "not_found"


class PermissionDenied(FondueError):
    code = "permission_denied"


class Conflict(FondueError):
    code = "conflict"


class RuleViolation(ValueError):
    """A single value broke a rule; the caller knows which field it was and wraps it."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code, params)
