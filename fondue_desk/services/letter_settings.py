"""What an office's letters say about it: signatory, division, document code, emblem, scanned
signature, Thai digits, and each category's closure-letter template. Admin only."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Category, Office
from fondue_desk.domain import pictures
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, RuleViolation
from fondue_desk.domain.letters import DEFAULT_TEMPLATE, PLACEHOLDERS
from fondue_desk.domain.permissions import Action
from fondue_desk.domain.templates import Kind
from fondue_desk.domain.text import clean_text

from .access import acting_user
from .document_templates import save_template

MAX_IMAGE_BYTES = pictures.LIMITS[pictures.EMBLEM].max_bytes
MAX_IMAGE_PX = pictures.LIMITS[pictures.EMBLEM].stored_side


@dataclass(frozen=True)
class LetterSettings:
    document_code: str
    signatory_name: str
    signatory_position: str      # one line per position line ("ปฏิบัติราชการแทน…" allowed)
    division: str
    thai_digits: bool
    has_emblem: bool
    has_signature: bool


@dataclass(frozen=True)
class CategoryTemplate:
    category_id: int
    name_th: str
    template: str                # "" means the default wording
    sla_days: int


def letter_settings(db: Database, office_id: int) -> LetterSettings:
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("office.not_found", office_id=office_id)
        return _view(office)


def save_letter_settings(db: Database, actor_id: int, *, document_code: str,
                         signatory_name: str, signatory_position: str, division: str,
                         thai_digits: bool) -> LetterSettings:
    errors: list[FieldError] = []
    values = {}
    for name, text, limit, multiline in (
            ("document_code", document_code, 40, False),
            ("signatory_name", signatory_name, 200, False),
            ("signatory_position", signatory_position, 300, True),
            ("division", division, 200, False)):
        try:
            values[name] = clean_text(text, max_length=limit, multiline=multiline)
        except RuleViolation as exc:
            errors.append(FieldError(name, exc.code, exc.params))
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        office = session.get(Office, acting_user(session, actor_id,
                                                 Action.MANAGE_SETTINGS).office_id)
        for name, value in values.items():
            setattr(office, name, value)
        office.thai_digits = bool(thai_digits)
        session.flush()
        return _view(office)


def set_image(db: Database, actor_id: int, which: str, png_or_jpeg: bytes | None
              ) -> LetterSettings:
    """`which` is "emblem" (printed 3 cm high on letters, also the receipt's logo) or
    "signature"; None removes it. The picture is checked and stored as a PNG."""
    if which not in ("emblem", "signature"):
        raise InvalidInput([FieldError("which", "image.kind_unknown")])
    stored = None if png_or_jpeg is None else _checked_png(which, png_or_jpeg)
    with db.write() as session:
        office = session.get(Office, acting_user(session, actor_id,
                                                 Action.MANAGE_SETTINGS).office_id)
        if which == "emblem":
            office.logo_png = stored
        else:
            office.signature_png = stored
        session.flush()
        return _view(office)


def category_templates(db: Database, office_id: int) -> list[CategoryTemplate]:
    with db.read() as session:
        rows = session.scalars(select(Category).where(Category.office_id == office_id)
                               .order_by(Category.sort_order, Category.name_th))
        return [CategoryTemplate(c.id, c.name_th, c.letter_template, c.sla_days) for c in rows]


def save_category_template(db: Database, actor_id: int, category_id: int, template: str
                           ) -> CategoryTemplate:
    """The letter body through the Templates service, so one set of rules (the category's own
    fields included) decides what an approval can meet."""
    saved = save_template(db, actor_id, Kind.LETTER_BODY, template, category_id=category_id)
    with db.read() as session:
        category = session.get(Category, category_id)
        return CategoryTemplate(category.id, category.name_th, saved.source, category.sla_days)


def placeholders() -> dict[str, str]:
    """{name: Thai description} for the template editor's help."""
    return dict(PLACEHOLDERS)


def default_template() -> str:
    return DEFAULT_TEMPLATE


def _checked_png(which: str, data: bytes) -> bytes:
    """Measured from the header before decoding (domain.pictures), then stored downscaled."""
    try:
        return pictures.stored_png(data, which)
    except RuleViolation as exc:
        raise InvalidInput([FieldError(which, exc.code, exc.params)]) from None


def _view(office: Office) -> LetterSettings:
    return LetterSettings(office.document_code, office.signatory_name,
                          office.signatory_position, office.division, office.thai_digits,
                          office.logo_png is not None, office.signature_png is not None)
