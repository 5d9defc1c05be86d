"""Settings → Office: the profile the set-up assistant asked for (kind, name, the tambon with its
amphoe, province and postal code, address, phone, e-mail, document code, emblem, location).

The rules are those of a configuration file (`fondue_desk.config.rules`), so the assistant, a
file and this page can never disagree. Only the fields named are written: the letters page
edits the signatory on the same office row, and one page must not undo the other's change.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace

from fondue_desk.config.rules import checked_config
from fondue_desk.config.storage import KIND_CODES, TAMBON_CODE_KEY, kind_name
from fondue_desk.db.database import Database
from fondue_desk.db.models import Office, OfficeSetting
from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound
from fondue_desk.domain.office_config import OfficeConfig, OfficeProfile
from fondue_desk.domain.permissions import Action
from fondue_desk.services.office_settings import put_setting

from .access import acting_user

# OfficeProfile field → Office column, for the fields this page owns.
PROFILE_COLUMNS = {
    "kind": "kind", "tambon_code": "", "name": "name", "name_en": "name_en", "tambon": "tambon",
    "amphoe": "amphoe", "province": "province", "postal_code": "postal_code", "address": "address",
    "phone": "phone", "email": "email", "document_code": "document_code", "lat": "lat",
    "lon": "lon", "emblem_png": "logo_png",
}
# Written by the letters page (services.letter_settings); read here for completeness.
_LETTER_COLUMNS = {"division": "division", "signatory_name": "signatory_name",
                   "signatory_position": "signatory_position",
                   "signature_png": "signature_png", "thai_digits": "thai_digits"}


def office_profile(db: Database, office_id: int) -> OfficeProfile:
    with db.read() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise NotFound("office.not_found", office_id=office_id)
        return _profile(session, office)


def check_profile(profile: OfficeProfile) -> tuple[OfficeProfile, list[FieldError]]:
    """(cleaned profile, problems); field names are the profile's ("name", "postal_code")."""
    try:
        cleaned = checked_config(OfficeConfig(office=profile)).office
    except InvalidInput as exc:
        return profile, [FieldError(e.field.removeprefix("office."), e.code, e.params)
                         for e in exc.errors]
    return cleaned, []


def save_office_profile(db: Database, actor_id: int, profile: OfficeProfile, *,
                        only: Iterable[str] | None = None) -> OfficeProfile:
    """Check the whole profile, write the profile fields (or just those in `only`)."""
    written = list(PROFILE_COLUMNS) if only is None else [f for f in only
                                                          if f in PROFILE_COLUMNS]
    cleaned, errors = check_profile(profile)
    if errors:
        raise InvalidInput(errors)
    with db.write() as session:
        actor = acting_user(session, actor_id, Action.MANAGE_SETTINGS)
        office = session.get(Office, actor.office_id)
        for name in written:
            value = getattr(cleaned, name)
            if name == "kind":  # stored as a short code (see config.storage)
                office.kind = KIND_CODES[value]
            elif name == "tambon_code":  # no column: an office setting
                put_setting(session, office.id, TAMBON_CODE_KEY, value)
            else:
                setattr(office, PROFILE_COLUMNS[name], value)
        session.flush()
        return _profile(session, office)


def changed_fields(before: OfficeProfile, after: OfficeProfile) -> list[str]:
    return [f.name for f in fields(OfficeProfile)
            if f.name in PROFILE_COLUMNS and getattr(before, f.name) != getattr(after, f.name)]


def _profile(session, office: Office) -> OfficeProfile:
    values = {name: getattr(office, column)
              for name, column in (PROFILE_COLUMNS | _LETTER_COLUMNS).items() if column}
    values["kind"] = kind_name(office.kind)
    setting = session.get(OfficeSetting, (office.id, TAMBON_CODE_KEY))
    values["tambon_code"] = setting.value if setting else ""
    return replace(OfficeProfile(kind=values["kind"], name=office.name), **values)
