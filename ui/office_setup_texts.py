"""Words for the office's shape (set-up assistant, Settings, configuration files): the codes
of config.rules and a configuration file's questions. ui.messages asks here first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fondue_desk.domain.errors import FieldError

_NAMED_BY_FIELD = (  # "name.required" says which name, by the field it is about
    ("office.name", QT_TRANSLATE_NOOP("FieldErrors", "Enter the office's name.")),
    ("villages", QT_TRANSLATE_NOOP("FieldErrors", "Give the village a name.")),
    ("categories", QT_TRANSLATE_NOOP("FieldErrors", "Give the category a Thai name.")),
    ("admin.full_name",
     QT_TRANSLATE_NOOP("FieldErrors", "Enter the administrator's full name.")),
)


def office_setup_text(error: FieldError) -> str | None:
    code, params = error.code, error.params
    if code == "name.required":
        for prefix, text in _NAMED_BY_FIELD:
            if error.field.startswith(prefix):
                return QCoreApplication.translate("FieldErrors", text)
        return None
    with_first = {
        "code.duplicate": QT_TRANSLATE_NOOP(
            "FieldErrors", "The same code as row %1."),
        "village.number_duplicate": QT_TRANSLATE_NOOP(
            "FieldErrors", "The same village number as row %1."),
        "category.name_duplicate": QT_TRANSLATE_NOOP(
            "FieldErrors", "The same name as row %1."),
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
        "office.kind_unknown": QT_TRANSLATE_NOOP(
            "FieldErrors", "Choose the kind of office."),
        "office.exists": QT_TRANSLATE_NOOP(
            "FieldErrors", "This database already has an office (another desk may have just "
                           "set it up). Close the assistant and start the program again."),
        "email.invalid": QT_TRANSLATE_NOOP(
            "FieldErrors", "Not an e-mail address (e.g. saraban@example.go.th)."),
        "image.not_png_or_jpeg": QT_TRANSLATE_NOOP(
            "FieldErrors", "Choose a PNG or JPEG picture."),
        "code.invalid": QT_TRANSLATE_NOOP(
            "FieldErrors", "2–40 lower-case English letters, digits or hyphens, starting with "
                           "a letter."),
        "village.number_invalid": QT_TRANSLATE_NOOP(
            "FieldErrors", "A village number is a whole number from 1."),
        "colour.invalid": QT_TRANSLATE_NOOP(
            "FieldErrors", "A colour like #1e88e5."),
        "sort_order.invalid": QT_TRANSLATE_NOOP(
            "FieldErrors", "The order must be a whole number from 0."),
        "categories.none_active": QT_TRANSLATE_NOOP(
            "FieldErrors", "Keep at least one active category: every complaint needs "
                           "one."),
        # A configuration file's questions (config.parse / config.field_import)
        "config_field.datatype_mismatch": QT_TRANSLATE_NOOP(
            "FieldErrors", "The datatype does not match the kind of field."),
        "config_field.choice_unknown": QT_TRANSLATE_NOOP(
            "FieldErrors", "Words for a choice the field does not have."),
        "config_field.kind_in_use": QT_TRANSLATE_NOOP(
            "FieldErrors", "Complaints already hold answers to this field, so its "
                           "kind cannot change."),
    }
    text = texts.get(code)
    return None if text is None else QCoreApplication.translate("FieldErrors", text)
