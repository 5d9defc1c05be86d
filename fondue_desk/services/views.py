"""Plain, frozen views the services hand to the UI, CLI and documents. No ORM object leaves."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fondue_desk.domain.custom_fields import FieldValue

from fondue_desk.domain.labels import village_label


@dataclass(frozen=True)
class OfficeView:
    id: int
    name: str
    kind: str
    address: str
    phone: str
    email: str
    document_code: str
    tambon: str
    amphoe: str
    province: str
    postal_code: str
    lat: float | None
    lon: float | None
    tracking_format: str
    is_demo: bool
    logo_png: bytes | None = None
    signatory_name: str = ""
    signatory_position: str = ""
    signature_png: bytes | None = None
    division: str = ""
    thai_digits: bool = False
    name_en: str = ""  # the office's name for English readers; "" = its Thai name only


@dataclass(frozen=True)
class UserView:
    id: int
    office_id: int
    username: str
    full_name: str
    position: str
    role: str
    language: str = ""  # the interface language they chose ("th"/"en"); "" = the desk's


@dataclass(frozen=True)
class CategoryView:
    id: int
    name_th: str
    name_en: str
    colour: str
    sla_days: int
    active: bool = True  # False: retired; still named on old complaints and in filters
    photo_required: bool = False  # intake asks for at least one photo


@dataclass(frozen=True)
class VillageView:
    id: int
    number: int
    name: str
    lat: float | None
    lon: float | None
    active: bool = True  # False: retired; forms no longer offer it
    name_en: str = ""  # "" = the office gave none (English readers see the Thai name)

    @property
    def label(self) -> str:
        return village_label(self.number, self.name)

    def label_in(self, lang: str) -> str:
        return village_label(self.number, self.name, lang, self.name_en)


@dataclass(frozen=True)
class ComplaintView:
    id: int
    office_id: int
    tracking_no: str
    received_at: datetime
    channel: str
    anonymous: bool
    complainant_name: str
    phone: str
    national_id: str
    address_line: str
    tambon: str
    amphoe: str
    province: str
    postal_code: str
    village_id: int | None
    village_label: str
    location_text: str
    lat: float | None
    lon: float | None
    category_id: int
    category_name: str
    category_colour: str
    sla_days: int
    description: str
    status: str
    due_date: date | None
    clerk_id: int
    clerk_name: str
    crew_id: int | None = None
    crew_name: str = ""
    planned_date: date | None = None
    instruction: str = ""
    reopen_count: int = 0
    # Answers to the category's own fields in field order; answers kept from another
    # category (before a change of category) follow, marked retired.
    field_values: tuple[FieldValue, ...] = ()
    # The village apart, for documents that print its name alone (village_label has both).
    village_number: int | None = None
    village_name: str = ""
    category_name_en: str = ""  # "" = the office gave none (ui.labels falls back to Thai)
    village_name_en: str = ""  # likewise
    language: str = "th"  # the language the complainant reads (receipt, status notices)


@dataclass(frozen=True)
class CrewView:
    id: int
    name: str


@dataclass(frozen=True)
class CrewDetail:
    """A crew as its registry shows it, with how much open work it holds."""

    id: int
    name: str
    leader_name: str
    members: tuple[str, ...]
    phone: str
    category_ids: tuple[int, ...]
    category_names: tuple[str, ...]
    leader_user_id: int | None
    active: bool
    open_jobs: int = 0
