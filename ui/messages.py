"""Words for the core's coded errors. The domain raises codes; only the UI decides the text."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.errors import FieldError


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


def field_error_text(error: FieldError) -> str:
    """The message shown under the field; an unknown code still yields something readable."""
    code, params = error.code, error.params
    if code == "required":
        return _required(error.field)
    if code == "text.too_long":
        return QCoreApplication.translate(
            "FieldErrors", "Too long: %1 characters, at most %2."
        ).replace("%1", str(params.get("length", "?"))).replace("%2", str(params.get("max", "?")))
    if code == "national_id.format":
        return _national_id_format(params.get("reason"))
    if code == "national_id.length":
        return QCoreApplication.translate(
            "FieldErrors", "A national ID has 13 digits; this one has %1."
        ).replace("%1", str(params.get("length", "?")))
    if code == "file.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The file is too large: at most %1 MB."
        ).replace("%1", str(params.get("max_mb", "?")))
    texts = {
        "category.unknown": QCoreApplication.translate(
            "FieldErrors", "Unknown category. Choose one from the list."
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
        "file.empty": QCoreApplication.translate("FieldErrors", "The file is empty."),
        "file.not_an_image": QCoreApplication.translate(
            "FieldErrors", "This file is not a picture (use JPEG, PNG, WebP, GIF, BMP or TIFF)."
        ),
        "file.unreadable": QCoreApplication.translate(
            "FieldErrors", "The file could not be read."
        ),
    }
    return texts.get(code, QCoreApplication.translate("FieldErrors", "Invalid value (%1).")
                     .replace("%1", code))
