"""Words for the core's coded errors. The domain raises codes; only the UI decides the text."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fondue_desk.domain.errors import FieldError
from fondue_desk.domain.numbers import format_count

from .custom_field_texts import PREFIXES as _CUSTOM_FIELD_PREFIXES
from .custom_field_texts import custom_field_text
from .labels import status_label
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


def _with_tracking(text: str, params: dict) -> str:
    return text.replace("%1", str(params.get("tracking_no", "")) or "?")


# Crews, assignment, results and work orders: the codes of services.crews/dispatch/work_orders.
_DISPATCH_CODES = frozenset({
    "name.required", "crew.name_taken", "members.too_many", "category.not_found",
    "crew.leader_not_crew_leader", "crew.not_found", "complaints.none_selected",
    "complaints.too_many", "planned_date.past", "planned_date.too_far",
    "reason.required_for_reassign", "reason.required_for_outcome", "outcome.required",
    "minutes.out_of_range", "worked_on.future", "assign.not_assignable",
    "result.not_with_crew", "result.not_your_crew", "work_order.not_assigned",
    "work_order.not_found", "status.needs_action", "permission.denied",
    "complaint.not_found", "job.not_your_crew", "job.wrong_status", "attachment.not_your_crew",
    "attachment.kind_unknown", "work_order.number_invalid", "village.not_found",
    "status.unknown",
})


def _dispatch(code: str, params: dict) -> str:
    if code == "assign.not_assignable":
        return _with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 cannot be assigned any more: it is finished, forwarded or "
            "rejected."), params)
    if code == "work_order.not_assigned":
        return _with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not with a crew, so it cannot go on a work order."), params)
    if code == "result.not_your_crew":
        return _with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not your crew's work: you can record results only for the "
            "crew you lead."), params)
    if code == "attachment.not_your_crew":
        return _with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is not your crew's work: you can add pictures only to the jobs "
            "of the crew you lead."), params)
    if code == "status.unknown":
        return QCoreApplication.translate("FieldErrors", "Unknown status (%1).").replace(
            "%1", str(params.get("status", "?")))
    texts = {
        "name.required": QCoreApplication.translate("FieldErrors", "Give the crew a name."),
        "crew.name_taken": QCoreApplication.translate(
            "FieldErrors", "There is already a crew with this name."),
        "members.too_many": QCoreApplication.translate(
            "FieldErrors", "Too many members: at most 30."),
        "category.not_found": QCoreApplication.translate(
            "FieldErrors", "A chosen category no longer exists; open the list again."),
        "crew.leader_not_crew_leader": QCoreApplication.translate(
            "FieldErrors", "This account is not a crew leader's account."),
        "crew.not_found": QCoreApplication.translate(
            "FieldErrors", "This crew no longer exists or is no longer active."),
        "complaints.none_selected": QCoreApplication.translate(
            "FieldErrors", "Select at least one complaint."),
        "complaints.too_many": QCoreApplication.translate(
            "FieldErrors", "Too many complaints at once: at most 500."),
        "planned_date.past": QCoreApplication.translate(
            "FieldErrors", "The planned date cannot be in the past."),
        "planned_date.too_far": QCoreApplication.translate(
            "FieldErrors", "The planned date is more than a year ahead."),
        "reason.required_for_reassign": QCoreApplication.translate(
            "FieldErrors", "Moving work away from another crew needs a reason."),
        "reason.required_for_outcome": QCoreApplication.translate(
            "FieldErrors", "Say why the work was not finished: the office has to act on it."),
        "outcome.required": QCoreApplication.translate(
            "FieldErrors", "Choose what the crew achieved."),
        "minutes.out_of_range": QCoreApplication.translate(
            "FieldErrors", "Time spent must be between 0 and 7 days."),
        "worked_on.future": QCoreApplication.translate(
            "FieldErrors", "The work date cannot be in the future."),
        "result.not_with_crew": QCoreApplication.translate(
            "FieldErrors", "This complaint is no longer with a crew; someone may have "
            "changed it meanwhile."),
        "work_order.not_found": QCoreApplication.translate(
            "FieldErrors", "Work order not found."),
        "status.needs_action": QCoreApplication.translate(
            "FieldErrors", "This change has its own action: assign, record the result or "
            "sign off."),
        "permission.denied": QCoreApplication.translate(
            "FieldErrors", "Your role does not allow this."),
        "complaint.not_found": QCoreApplication.translate(
            "FieldErrors", "Complaint not found; it may belong to another office."),
        # job_rights' reasons, shown on greyed buttons before anything is filled in
        "job.not_your_crew": QCoreApplication.translate(
            "FieldErrors", "This is another crew's job: you can act only on the jobs of the "
            "crew you lead."),
        "job.wrong_status": QCoreApplication.translate(
            "FieldErrors", "Not possible for a job in this status."),
        "attachment.kind_unknown": QCoreApplication.translate(
            "FieldErrors", "Unknown kind of picture."),
        "work_order.number_invalid": QCoreApplication.translate(
            "FieldErrors", "Not a work order number: it is number/year, e.g. 12/2570."),
        "village.not_found": QCoreApplication.translate(
            "FieldErrors", "This village no longer exists; open the list again."),
    }
    return texts[code]


# The executive's sign-off and the closure letters: the codes of services.signoff/letters.
_SIGNOFF_CODES = frozenset({
    "reason.required_for_return", "signoff.not_awaiting", "letter.template_broken",
    "letter.not_found", "attachment.not_found", "summary.required",
})


def _signoff(code: str, params: dict) -> str:
    if code == "signoff.not_awaiting":
        return _with_tracking(QCoreApplication.translate(
            "FieldErrors", "%1 is no longer awaiting sign-off; someone may have changed it "
            "meanwhile."), params)
    if code == "letter.template_broken":
        return QCoreApplication.translate(
            "FieldErrors", "The closure letter template of the category \"%1\" is broken, so "
            "no letter could be written and nothing was approved. Ask the administrator to "
            "correct it in Settings."
        ).replace("%1", str(params.get("category", "")) or "?")
    texts = {
        "reason.required_for_return": QCoreApplication.translate(
            "FieldErrors", "Say what the crew must put right: the reason goes to the crew."),
        "letter.not_found": QCoreApplication.translate(
            "FieldErrors", "Letter not found; it may belong to another office."),
        "attachment.not_found": QCoreApplication.translate(
            "FieldErrors", "This picture no longer exists."),
        "summary.required": QCoreApplication.translate(
            "FieldErrors", "Write the result the letter tells the citizen."),
    }
    return texts[code]


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


# The office's shape (set-up assistant, Settings, configuration files): config.rules' codes.
_NAMED_BY_FIELD = (  # "name.required" says which name, by the field it is about
    ("office.name", "Enter the office's name."),
    ("villages", "Give the village a name."),
    ("categories", "Give the category a Thai name."),
    ("admin.full_name", "Enter the administrator's full name."),
)


def _office_setup_text(error: FieldError) -> str | None:
    code, params = error.code, error.params
    if code == "name.required":
        for prefix, text in _NAMED_BY_FIELD:
            if error.field.startswith(prefix):
                return QCoreApplication.translate("FieldErrors", text)
        return None
    with_first = {
        "code.duplicate": "The same code as row %1.",
        "village.number_duplicate": "The same village number as row %1.",
        "category.name_duplicate": "The same name as row %1.",
    }
    if code in with_first:
        return QCoreApplication.translate("FieldErrors", with_first[code]).replace(
            "%1", str(params.get("first", "?")))
    if code == "sla.range":
        return QCoreApplication.translate(
            "FieldErrors", "Give a number of days from %1 to %2.").replace(
            "%1", str(params.get("min", "?"))).replace("%2", str(params.get("max", "?")))
    if code == "digits.count":
        return QCoreApplication.translate("FieldErrors", "Give exactly %1 digits.").replace(
            "%1", str(params.get("digits", "?")))
    if code == "image.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The picture is too large: at most %1 MB.").replace(
            "%1", str(params.get("max_mb", "?")))
    texts = {
        "office.kind_unknown": "Choose the kind of office.",
        "office.exists": "This database already has an office (another desk may have just "
                         "set it up). Close the assistant and start the program again.",
        "email.invalid": "Not an e-mail address (e.g. saraban@example.go.th).",
        "image.not_png_or_jpeg": "Choose a PNG or JPEG picture.",
        "code.invalid": "2–40 lower-case English letters, digits or hyphens, starting with "
                        "a letter.",
        "village.number_invalid": "A village number is a whole number from 1.",
        "colour.invalid": "A colour like #1e88e5.",
        "sort_order.invalid": "The order must be a whole number from 0.",
        "categories.none_active": "Keep at least one active category: every complaint needs "
                                  "one.",
        # A configuration file's questions (config.parse / config.field_import)
        "config_field.datatype_mismatch": QT_TRANSLATE_NOOP(
            "FieldErrors", "The datatype does not match the kind of field."),
        "config_field.choice_unknown": QT_TRANSLATE_NOOP(
            "FieldErrors", "Words for a choice the field does not have."),
        "config_field.kind_in_use": "Complaints already hold answers to this field, so its "
                                    "kind cannot change.",
    }
    text = texts.get(code)
    return None if text is None else QCoreApplication.translate("FieldErrors", text)


def _changed_meanwhile(params: dict) -> str:
    """Another desk acted on the complaint first (services.locking): who, when, reload."""
    text = (QCoreApplication.translate(
        "FieldErrors", "%1 was changed by %2 at %3 (it is now \"%4\"), so nothing was "
        "saved. Reload it and try again.") if params.get("changed_by") else
        QCoreApplication.translate(
            "FieldErrors", "%1 was changed meanwhile (it is now \"%4\"), so nothing was "
            "saved. Reload it and try again."))
    return (_with_tracking(text, params).replace("%2", str(params.get("changed_by", "")))
            .replace("%3", str(params.get("changed_at", "")))
            .replace("%4", status_label(str(params.get("status", "")))))


def _status_label_text(code: str, params: dict) -> str:
    """Settings → Statuses: the office's names and colours for the statuses."""
    if code == "labels.name_too_long":
        return QCoreApplication.translate(
            "FieldErrors", "Too long: at most %1 characters.").replace(
            "%1", str(params.get("limit", "?")))
    if code == "labels.name_taken":
        return QCoreApplication.translate(
            "FieldErrors", "Another status is already called \"%1\".").replace(
            "%1", str(params.get("name", "")))
    texts = {
        "labels.name_required": QCoreApplication.translate(
            "FieldErrors", "Give the status a name."),
        "labels.colour_invalid": QCoreApplication.translate(
            "FieldErrors", "A colour like #1d5fa8."),
        "labels.unknown_status": QCoreApplication.translate(
            "FieldErrors", "This desk does not know that status."),
    }
    return texts.get(code, code)


def field_error_text(error: FieldError) -> str:
    """The message shown under the field; an unknown code still yields something readable."""
    code, params = error.code, error.params
    if code == "complaint.changed_meanwhile":
        return _changed_meanwhile(params)
    setup_text = _office_setup_text(error)
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
    if code in _DISPATCH_CODES:
        return _dispatch(code, params)
    if code in _SIGNOFF_CODES:
        return _signoff(code, params)
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
    if code in _TRAFFY_IMPORT_CODES:
        return traffy_import_text(code, params)
    if code in _TRAFFY_SYNC_CODES:
        return traffy_sync_text(code, params)
    if code == "session.idle_lock_range":
        return QCoreApplication.translate(
            "FieldErrors", "Give whole minutes from %1 to %2 (0: never lock)."
        ).replace("%1", str(params.get("min", "?"))).replace("%2", str(params.get("max", "?")))
    if code.startswith("template."):
        return _template_text(code, params)
    if code.startswith("labels."):
        return _status_label_text(code, params)
    if code == "file.too_large":
        return QCoreApplication.translate(
            "FieldErrors", "The file is too large: at most %1 MB."
        ).replace("%1", str(params.get("max_mb", "?")))
    if code.startswith("picture."):
        return _picture_text(code, params)
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


def _picture_text(code: str, params: dict) -> str:
    """domain.pictures: measured from the header, so the clerk learns the size it has."""
    width, height = (format_count(params.get(k, 0)) for k in ("width", "height"))
    if code == "picture.too_many_pixels":
        text = QCoreApplication.translate(
            "FieldErrors", "This picture is %1 × %2 pixels, more than %3 million. Make it "
            "smaller and try again.")
    elif code == "picture.side_too_long":
        text = QCoreApplication.translate(
            "FieldErrors", "This picture is %1 × %2 pixels: a side is longer than %3. Make "
            "it smaller and try again.")
        return (text.replace("%1", width).replace("%2", height)
                .replace("%3", format_count(params.get("limit", 0))))
    else:  # picture.far_too_many_pixels: too big even to be measured
        text = QCoreApplication.translate(
            "FieldErrors", "This picture has far more than %3 million pixels. Make it "
            "smaller and try again.")
    return (text.replace("%1", width).replace("%2", height)
            .replace("%3", str(params.get("limit_mp", "?"))))


def _template_text(code: str, params: dict[str, object]) -> str:
    """Document template problems (domain.templates): the line first, where there is one."""
    line = params.get("line")
    if code == "template.unknown_field":
        text = QCoreApplication.translate(
            "FieldErrors", "%1 is not in the list of fields beside the editor."
        ).replace("%1", str(params.get("field", "?")))
    elif code == "template.syntax":
        text = QCoreApplication.translate(
            "FieldErrors", "This is not written as a template can be (%1)."
        ).replace("%1", str(params.get("reason", "")))
    elif code == "template.unsafe":
        text = QCoreApplication.translate(
            "FieldErrors", "Templates may not use this (%1): only the fields, if/for and the "
            "listed filters."
        ).replace("%1", str(params.get("what", "")))
    elif code == "template.too_long":
        text = QCoreApplication.translate(
            "FieldErrors", "The template is too long: at most %1 characters."
        ).replace("%1", str(params.get("limit", "?")))
    elif code == "template.output_too_long":
        text = QCoreApplication.translate(
            "FieldErrors", "The text this template makes is too long: at most %1 characters."
        ).replace("%1", str(params.get("limit", "?")))
    elif code == "template.too_slow":
        text = QCoreApplication.translate(
            "FieldErrors", "This template takes too long to fill in: it repeats too often."
        )
    else:
        return ""
    if line is None:
        return text
    return QCoreApplication.translate("FieldErrors", "Line %1: %2").replace(
        "%1", str(line)).replace("%2", text)
