"""What the register shows: one plain filter shared by the register, the map and exports."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .statuses import OPEN_STATUSES

MAX_QUERY_LENGTH = 200


class SortKey(StrEnum):
    TRACKING = "tracking"
    RECEIVED = "received"
    CATEGORY = "category"
    STATUS = "status"
    VILLAGE = "village"
    LOCATION = "location"
    COMPLAINANT = "complainant"
    CREW = "crew"
    DUE = "due"


@dataclass(frozen=True)
class Sort:
    key: SortKey = SortKey.RECEIVED
    descending: bool = True
    # The reader's language: categories sort by the names they read (English falls back to
    # Thai, as shown). Villages sort by number, which leads their label in both languages.
    lang: str = "th"


@dataclass(frozen=True)
class RegisterFilter:
    """Empty sets mean "any". Dates are Thai calendar days, both ends included."""

    statuses: frozenset[str] = field(default_factory=frozenset)
    category_ids: frozenset[int] = field(default_factory=frozenset)
    village_ids: frozenset[int] = field(default_factory=frozenset)
    channels: frozenset[str] = field(default_factory=frozenset)
    crew_ids: frozenset[int] = field(default_factory=frozenset)
    received_from: date | None = None
    received_to: date | None = None
    open_only: bool = False
    overdue_only: bool = False
    reopened_only: bool = False
    clerk_id: int | None = None
    open_longer_than_days: int | None = None
    text: str = ""
    # (field id, choice key): complaints whose answer to that choice field picked the key.
    field_choice: tuple[int, str] | None = None
    # Leave out duplicates linked to another complaint (the dashboard counts parents only).
    parents_only: bool = False
    # Also (or only, with no ids given) the complaints held by no crew / given no village:
    # the dashboard's "no crew" and "no village" bars open these.
    no_crew: bool = False
    no_village: bool = False

    def with_text(self, text: str) -> RegisterFilter:
        return replace(self, text=text[:MAX_QUERY_LENGTH])

    @property
    def is_empty(self) -> bool:
        return self == RegisterFilter()


class SavedFilter(StrEnum):
    MY_OPEN = "my_open"          # เรื่องค้างของฉัน
    OVERDUE = "overdue"          # เกินกำหนด
    OPEN_OVER_7_DAYS = "open_7"  # ค้างนาน > 7 วัน
    ALL_OPEN = "all_open"        # เรื่องที่ยังไม่เสร็จ


def saved_filter(which: SavedFilter, *, user_id: int) -> RegisterFilter:
    """The one-click filters. "Mine" is what this user logged and is still open."""
    if which is SavedFilter.MY_OPEN:
        return RegisterFilter(open_only=True, clerk_id=user_id)
    if which is SavedFilter.OVERDUE:
        return RegisterFilter(overdue_only=True)
    if which is SavedFilter.OPEN_OVER_7_DAYS:
        return RegisterFilter(open_only=True, open_longer_than_days=7)
    return RegisterFilter(statuses=frozenset(OPEN_STATUSES))


def days_overdue(due: date | None, status: str, today: date) -> int:
    """Whole days past the due date for open work; 0 when on time, closed or undated."""
    if due is None or status not in OPEN_STATUSES:
        return 0
    return max(0, (today - due).days)
