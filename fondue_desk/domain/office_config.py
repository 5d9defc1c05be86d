"""An office's whole shape as plain data: what the set-up assistant builds, what a configuration
file holds, what `init` and `config import` write.

Everything office-specific lives here and nowhere in code: the profile and letterhead, the
villages, the categories with their SLAs, the crews, the numbering formats and the map
settings. Categories and villages carry a stable `code`; an import matches rows on it.
Passwords never appear here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .custom_fields import FieldDefinition
from .duplicates import DEFAULT_DAYS, DEFAULT_RADIUS_M
from .labels import StatusOverride
from .numbering import DEFAULT_TRACKING_FORMAT

DEFAULT_WORK_ORDER_FORMAT = "{seq}/{fy}"

# The four kinds of local government office a desk serves, as their letterheads spell them.
OFFICE_KINDS = ("เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล")


@dataclass(frozen=True)
class OfficeProfile:
    kind: str                       # one of OFFICE_KINDS
    name: str                       # "เทศบาลตำบลอาจสามารถ"
    tambon: str = ""
    amphoe: str = ""
    province: str = ""
    postal_code: str = ""
    tambon_code: str = ""           # six-digit DOPA code the tambon was picked by, if any
    address: str = ""
    phone: str = ""
    email: str = ""
    document_code: str = ""         # "รอ 78501" (printed after ที่)
    lat: float | None = None
    lon: float | None = None
    emblem_png: bytes | None = None
    division: str = ""              # ส่วนราชการเจ้าของเรื่อง, the letters' footer
    signatory_name: str = ""
    signatory_position: str = ""
    signature_png: bytes | None = None
    thai_digits: bool = False
    name_en: str = ""               # "Mae Hia Subdistrict Municipality"; "" = Thai only


@dataclass(frozen=True)
class VillageSpec:
    code: str                       # "moo-3"
    number: int
    name: str
    lat: float | None = None
    lon: float | None = None
    active: bool = True
    name_en: str = ""               # "Ban Mai"; "" = English readers see the Thai name


@dataclass(frozen=True)
class CategorySpec:
    code: str                       # "street-lights"
    name_th: str
    name_en: str = ""
    colour: str = "#607d8b"
    sla_days: int = 7
    sort_order: int = 0
    active: bool = True
    default_crew: str = ""          # a crew's name from `crews`, or ""
    letter_template: str = ""       # "" means the default closure-letter wording
    # The questions asked for this category, retired ones included (old answers still name
    # them), in their order.
    fields: tuple[FieldDefinition, ...] = ()
    letter_subject: str = ""        # "" means the default closure-letter subject
    photo_required: bool = False    # intake takes no complaint of it without a photo
    # How near (metres) and how recent (days) an open complaint is offered as a duplicate.
    duplicate_radius_m: int = DEFAULT_RADIUS_M
    duplicate_days: int = DEFAULT_DAYS


@dataclass(frozen=True)
class CrewSpec:
    name: str
    leader_name: str = ""
    members: tuple[str, ...] = ()
    phone: str = ""
    categories: tuple[str, ...] = ()  # category codes this crew serves
    active: bool = True


@dataclass(frozen=True)
class NumberingSpec:
    tracking_format: str = DEFAULT_TRACKING_FORMAT
    work_order_format: str = DEFAULT_WORK_ORDER_FORMAT


@dataclass(frozen=True)
class MapSpec:
    base_map: str = "osm"
    tile_url: str = ""
    attribution: str = ""
    mbtiles_path: str = ""
    boundary_geojson: str = ""      # normalised GeoJSON text, "" for none
    hotspot_min_count: int = 3
    hotspot_radius_m: int = 100


@dataclass(frozen=True)
class DisplaySpec:
    """How the office's desks write what they show (services.date_settings)."""

    english_be_dates: bool = False  # the English desk's years in the Buddhist Era


@dataclass(frozen=True)
class OfficeConfig:
    office: OfficeProfile
    villages: tuple[VillageSpec, ...] = ()
    categories: tuple[CategorySpec, ...] = ()
    crews: tuple[CrewSpec, ...] = ()
    numbering: NumberingSpec = field(default_factory=NumberingSpec)
    map: MapSpec = field(default_factory=MapSpec)
    display: DisplaySpec = field(default_factory=DisplaySpec)
    # The office's own names and colours of statuses, only those that differ from the core's
    # (services.labels), in the core's order; "" in a field keeps the default.
    status_labels: tuple[StatusOverride, ...] = ()


@dataclass(frozen=True)
class AdminAccount:
    """The first administrator: created with the office, signs in at once, no default password."""

    username: str
    password: str
    full_name: str
    position: str = ""
