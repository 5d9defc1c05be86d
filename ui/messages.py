"""Words for the core's coded errors. The domain raises codes; only the UI decides the text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.errors import FieldError

from .custom_field_texts import PREFIXES as _CUSTOM_FIELD_PREFIXES
from .custom_field_texts import custom_field_text
from .dates import core_moment
from .dispatch_texts import (
    DISPATCH_CODES,
    SIGNOFF_CODES,
    dispatch_text,
    signoff_text,
    with_tracking,
)
from .duplicate_texts import PREFIX as _DUPLICATE_PREFIX
from .duplicate_texts import duplicate_text
from .labels import status_label
from .office_setup_texts import office_setup_text
from .picture_texts import picture_text
from .status_label_texts import status_label_text
from .template_texts import template_text
from .traffy_import_texts import CODES as _TRAFFY_IMPORT_CODES
from .traffy_import_texts import traffy_import_text
from .traffy_sync_texts import CODES as _TRAFFY_SYNC_CODES
from .traffy_sync_texts import traffy_sync_text


def _required(field: str) -> str:
    # "Required" alone tells a clerk little; say what is missing in the words of the form.
    texts = {
        "description": QCoreApplication.translate("FieldErrors", "Describe the problem."),
        "category_id": QCoreApplication.translate("FieldErrors", "Choose a category."),
        "channel": QCoreApplication.translate("FieldErrors", "Choose how the complaint came in."),
        "complainant_name": QCoreApplication.translate(
            "FieldErrors", "Enter the complainant's name, or tick Anonymous."
        ),
    }
    return texts.get(field, QCoreApplication.translate("FieldErrors", "This field is required."))


def _national_id_format(reason: object) -> str:
    if reason == "first_digit":
        return QCoreApplication.translate(
            "FieldErrors", "A national ID cannot start with 0 or 9."
        )
    return QCoreApplication.translate("FieldErrors", "A national ID has digits only.")


def _map_range(code: str, params: dict) -> str:
    if code == "map.hotspot_min_count_range":
        text = QCoreApplication.translate(
            "FieldErrors", "Give a number of complaints from %1 to %2.")
    elif code == "map.tile_cache_range":
        text = QCoreApplication.translate("FieldErrors", "Give a size from %1 to %2 MB.")
    else:
        text = QCoreApplication.translate("FieldErrors", "Give a distance from %1 to %2 metres.")
    return (text.replace("%1", str(params.get("min", "?")))
            .replace("%2", str(params.get("max", "?"))))


def error_text(error: Exception) -> str:
    """Words for a refused action that is about no single field (Conflict, NotFound, …)."""
    code = getattr(error, "code", "") or "error"
    return field_error_text(FieldError("form", code, dict(getattr(error, "params", {}) or {})))


def _account_with_figures(code: str, params: dict) -> str:
    if code == "auth.locked":
        return QCoreApplication.translate(
            "FieldErrors", "Too many wrong passwords: this account is locked. Try again in %1 "
            "minutes, or ask the administrator to unlock it."
        ).replace("%1", str(params.get("minutes", "?")))
    if code == "password.too_short":
        text = QCoreApplication.translate(
            "FieldErrors", "Too short: a password has at least %1 characters.")
        return text.replace("%1", str(params.get("min", "?")))
    return QCoreApplication.translate(
        "FieldErrors", "Too long: a password has at most %1 characters."
    ).replace("%1", str(params.get("max", "?")))


def _account_texts() -> dict[str, str]:
    # Sign-in says "wrong user name or password" whichever it was: no hint which names exist.
    return {
        "auth.failed": QCoreApplication.translate(
            "FieldErrors", "Wrong user name or password."
        ),
        "user.cannot_demote_self": QCoreApplication.translate(
            "FieldErrors", "You cannot deactivate your own account or take away your own "
            "administrator role. Ask another administrator."
        ),
        "user.not_found": QCoreApplication.translate(
            "FieldErrors", "This user no longer exists or is inactive."
        ),
        "password.contains_username": QCoreApplication.translate(
            "FieldErrors", "The password must not contain the user name."
        ),
        "password.too_simple": QCoreApplication.translate(
            "FieldErrors", "Too easy to guess. Try a short phrase, or words mixed with digits."
        ),
        "password.unchanged": QCoreApplication.translate(
            "FieldErrors", "The new password must differ from the current one."
        ),
        "password.mismatch": QCoreApplication.translate(
            "FieldErrors", "The two passwords differ. Type the same password again."
        ),
        "password.wrong_current": QCoreApplication.translate(
            "FieldErrors", "The current password is wrong."
        ),
        "username.invalid": QCoreApplication.translate(
            "FieldErrors", "3 to 60 characters: lower-case English letters, digits, dot (.), "
            "hyphen (-) or underscore (_)."
        ),
        "username.taken": QCoreApplication.translate(
            "FieldErrors", "This user name is already in use. Choose another."
        ),
        "role.unknown": QCoreApplication.translate("FieldErrors", "Choose a role."),
        "password.must_change": QCoreApplication.translate(
            "FieldErrors", "Choose your own password first: nothing can be saved until the "
            "initial password is changed."
        ),
        "database.newer_schema": QCoreApplication.translate(
            "FieldErrors", "This database was updated by a newer version of Fondue Desk. "
            "Update Fondue Desk on this computer before using it; the database was not "
            "changed."
        ),
    }



def _changed_meanwhile(params: dict) -> str:
    """Another desk acted on the complaint first (services.locking): who, when, reload."""
    text = (QCoreApplication.translate(
        "FieldErrors", "%1 was changed by %2 at %3 (it is now \"%4\"), so nothing was "
        "saved. Reload it and try again.") if params.get("changed_by") else
        QCoreApplication.translate(
            "FieldErrors", "%1 was changed meanwhile (it is now \"%4\"), so nothing was "
            "saved. Reload it and try again."))
    return (with_tracking(text, params).replace("%2", str(params.get("changed_by", "")))
            .replace("%3", core_moment(str(params.get("changed_at", ""))))
            .replace("%4", status_label(str(params.get("status", "")))))



def field_error_text(error: FieldError) -> str:
    """The message shown under the field; an unknown code still yields something readable."""
    code, params = error.code, error.params
    if code == "complaint.changed_meanwhile":
        return _changed_meanwhile(params)
    setup_text = office_setup_text(error)
    if setup_text is not None:
        return setup_text
    if code == "required":
        return _required(error.field)
    if code == "text.too_long":
        if "max" not in params:  # some services pass the code on without its figures
            return QCoreApplication.translate("FieldErrors", "This text is too long.")
        return QCoreApplication.translate(
            "FieldErrors", "Too long: %1 characters, at most %2."
        ).replace("%1", str(params.get("length", "?"))).replace("%2", str(params.get("max", "?")))
    if code in DISPATCH_CODES:
        return dispatch_text(code, params)
    if code in SIGNOFF_CODES:
        return signoff_text(code, params)
    if code == "national_id.format":
        return _national_id_format(params.get("reason"))
    if code == "national_id.length":
        return QCoreApplication.translate(
            "FieldErrors", "A national ID has 13 digits; this one has %1."
        ).replace("%1", str(params.get("length", "?")))
    if code in ("map.hotspot_min_count_range", "map.hotspot_radius_range",
                "map.tile_cache_range"):
        return _map_range(code, params)
    if code == "boundary.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The boundary file is too large: at most %1 MB."
        ).replace("%1", str(int(params.get("max_bytes", 0)) // (1024 * 1024) or "?"))
    if code in ("auth.locked", "password.too_short", "password.too_long"):
        return _account_with_figures(code, params)
    if code.startswith(_CUSTOM_FIELD_PREFIXES):
        return custom_field_text(code, params)
    if code.startswith(_DUPLICATE_PREFIX):
        duplicate = duplicate_text(code, params)
        if duplicate is not None:
            return duplicate
    if code in _TRAFFY_IMPORT_CODES:
        return traffy_import_text(code, params)
    if code in _TRAFFY_SYNC_CODES:
        return traffy_sync_text(code, params)
    if code == "session.idle_lock_range":
        return QCoreApplication.translate(
            "FieldErrors", "Give whole minutes from %1 to %2 (0: never lock)."
        ).replace("%1", str(params.get("min", "?"))).replace("%2", str(params.get("max", "?")))
    if code.startswith("template."):
        return template_text(code, params)
    if code.startswith("labels."):
        return status_label_text(code, params)
    if code == "file.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The file is too large: at most %1 MB."
        ).replace("%1", str(params.get("max_mb", "?")))
    if code.startswith("picture."):
        return picture_text(code, params)
    if code == "intake.too_many_photos":
        return QCoreApplication.translate(
            "FieldErrors", "At most %1 photos with one complaint: remove some."
        ).replace("%1", str(params.get("limit", "?")))
    texts = {
        "category.unknown": QCoreApplication.translate(
            "FieldErrors", "Unknown category. Choose one from the list."
        ),
        "forward.same_office": QCoreApplication.translate(
            "FieldErrors", "This complaint is already this office's: choose another office."
        ),
        "forward.office_unknown": QCoreApplication.translate(
            "FieldErrors", "That office is not on this server (or has no active category)."
        ),
        "forward.agency_required": QCoreApplication.translate(
            "FieldErrors", "Name the agency the letter goes to (its เรียน line)."
        ),
        "channel.unknown": QCoreApplication.translate("FieldErrors", "Unknown channel."),
        "village.unknown": QCoreApplication.translate(
            "FieldErrors", "This village does not belong to the office."
        ),
        "place.unknown": QCoreApplication.translate(
            "FieldErrors", "Sub-district not found. Choose one from the list."
        ),
        "contact.required": QCoreApplication.translate(
            "FieldErrors", "Give a phone number or an address so we can reply."
        ),
        "phone.invalid": QCoreApplication.translate(
            "FieldErrors", "Not a Thai phone number (e.g. 081-234-5678)."
        ),
        "national_id.checksum": QCoreApplication.translate(
            "FieldErrors", "This national ID is not valid: check the digits."
        ),
        "location.incomplete": QCoreApplication.translate(
            "FieldErrors", "Give both latitude and longitude."
        ),
        "location.not_a_number": QCoreApplication.translate(
            "FieldErrors", "Coordinates must be numbers."
        ),
        "location.outside_thailand": QCoreApplication.translate(
            "FieldErrors", "This position is outside Thailand."
        ),
        "location.swapped": QCoreApplication.translate(
            "FieldErrors", "Latitude and longitude look swapped: latitude comes first."
        ),
        "location.unreadable": QCoreApplication.translate(
            "FieldErrors", "Type \"latitude, longitude\" or paste a Google Maps link."
        ),
        "note.required": QCoreApplication.translate(
            "FieldErrors", "This change needs a note: say why."
        ),
        "edit.nothing_changed": QCoreApplication.translate(
            "FieldErrors", "Nothing was changed, so there is nothing to save."
        ),
        "status.transition_not_allowed": QCoreApplication.translate(
            "FieldErrors", "This status change is not allowed any more; someone may have "
            "changed the complaint meanwhile."
        ),
        "map.base_map_unknown": QCoreApplication.translate(
            "FieldErrors", "Choose one of the base maps."
        ),
        "map.tile_url_invalid": QCoreApplication.translate(
            "FieldErrors", "Not a tile server address: it starts with https:// and contains "
            "{z}, {x} and {y}."
        ),
        "mbtiles.not_found": QCoreApplication.translate(
            "FieldErrors", "Map file not found. Choose an .mbtiles file."
        ),
        "mbtiles.invalid": QCoreApplication.translate(
            "FieldErrors", "This is not a usable MBTiles map file."
        ),
        # Vector tiles need a renderer the map does not have; say what to ask for instead.
        "mbtiles.vector_unsupported": QCoreApplication.translate(
            "FieldErrors", "This map file holds vector tiles; use one with picture (PNG or "
            "JPEG) tiles."
        ),
        "boundary.not_json": QCoreApplication.translate(
            "FieldErrors", "This file is not GeoJSON (it cannot be read as JSON)."
        ),
        "boundary.not_geojson": QCoreApplication.translate(
            "FieldErrors", "This GeoJSON file has no area (polygon) to use as the boundary."
        ),
        # Usually a file in UTM metres or with latitude and longitude swapped, not a wrong place.
        "boundary.outside_thailand": QCoreApplication.translate(
            "FieldErrors", "This boundary lies outside Thailand: the file must use latitude "
            "and longitude (WGS 84)."
        ),
        "file.empty": QCoreApplication.translate("FieldErrors", "The file is empty."),
        "file.not_an_image": QCoreApplication.translate(
            "FieldErrors", "This file is not a picture (use JPEG, PNG, WebP, GIF, BMP or TIFF)."
        ),
        "file.unreadable": QCoreApplication.translate(
            "FieldErrors", "The file could not be read."
        ),
        "intake.photo_required": QCoreApplication.translate(
            "FieldErrors", "This category needs a photo: attach at least one before saving."
        ),
        **_account_texts(),
    }
    return texts.get(code, QCoreApplication.translate("FieldErrors", "Invalid value (%1).")
                     .replace("%1", code))
