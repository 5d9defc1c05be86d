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


def _map_range(code: str, params: dict) -> str:
    if code == "map.hotspot_min_count_range":
        text = QCoreApplication.translate(
            "FieldErrors", "Give a number of complaints from %1 to %2.")
    else:
        text = QCoreApplication.translate("FieldErrors", "Give a distance from %1 to %2 metres.")
    return (text.replace("%1", str(params.get("min", "?")))
            .replace("%2", str(params.get("max", "?"))))


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
    if code in ("map.hotspot_min_count_range", "map.hotspot_radius_range"):
        return _map_range(code, params)
    if code == "boundary.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The boundary file is too large: at most %1 MB."
        ).replace("%1", str(int(params.get("max_bytes", 0)) // (1024 * 1024) or "?"))
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
    }
    return texts.get(code, QCoreApplication.translate("FieldErrors", "Invalid value (%1).")
                     .replace("%1", code))
