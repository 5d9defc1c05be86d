"""Words for the settings services' error codes; anything else goes to ui.messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.errors import FieldError

from ..messages import error_text, field_error_text

CONTEXT = "SettingsErrors"
translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls


def _fill(text: str, params: dict, *names: str) -> str:
    for number, name in enumerate(names, start=1):
        text = text.replace(f"%{number}", str(params.get(name, "?")))
    return text


def settings_error_text(error: FieldError) -> str:
    code, params = error.code, error.params
    if code == "sla.range":
        return _fill(
            translate("SettingsErrors", "Give a number of days from %1 to %2."),
            params,
            "min",
            "max",
        )
    if code == "village.number_out_of_range":
        return _fill(
            translate("SettingsErrors", "A village number is from %1 to %2."), params, "min", "max"
        )
    if code == "village.number_taken":
        return _fill(translate("SettingsErrors", "Village %1 already exists."), params, "number")
    if code == "category.name_taken":
        return translate("SettingsErrors", "Another category already has this name.")
    if code == "format.too_long":
        return _fill(
            translate(
                "SettingsErrors",
                "Numbers in this format would be too long (at most %1 characters).",
            ),
            params,
            "max",
        )
    if code == "digits.count":
        return _fill(translate("SettingsErrors", "Give %1 digits."), params, "digits")
    texts = {
        "colour.invalid": translate("SettingsErrors", "Choose a colour."),
        "code.invalid": translate(
            "SettingsErrors",
            "A code is 2–40 lower-case English letters, digits or hyphens, starting with a letter.",
        ),
        "code.taken": translate("SettingsErrors", "Another category already has this code."),
        "category.in_use": translate(
            "SettingsErrors", "Complaints use this category: retire it instead of deleting."
        ),
        "category.merged": translate(
            "SettingsErrors", "This category was merged into another and stays retired."
        ),
        "category.merge_into_itself": translate(
            "SettingsErrors", "A category cannot be merged into itself."
        ),
        "category.none_selected": translate("SettingsErrors", "Select the categories to merge."),
        "village.in_use": translate(
            "SettingsErrors", "Complaints name this village: retire it instead of deleting."
        ),
        "format.invalid": translate(
            "SettingsErrors", "This format cannot be read: check the braces { }."
        ),
        "format.needs_seq": translate(
            "SettingsErrors",
            "The format needs {seq}, the running number, and may use {fy} or {year} only.",
        ),
        "format.needs_year": translate(
            "SettingsErrors", "Work order numbers restart every fiscal year: the format needs {fy}."
        ),
        "email.invalid": translate("SettingsErrors", "Not an e-mail address."),
        "office.kind_unknown": translate("SettingsErrors", "Choose the kind of office."),
        "image.too_large": translate("SettingsErrors", "The picture is too large."),
        "image.not_png_or_jpeg": translate("SettingsErrors", "Use a PNG or JPEG picture."),
        "crew.not_found": translate("SettingsErrors", "This crew no longer exists."),
    }
    if code in texts:
        return texts[code]
    return field_error_text(error)


def settings_refusal_text(exc: Exception) -> str:
    """A refusal about no single field (Conflict, NotFound, PermissionDenied)."""
    code = getattr(exc, "code", "")
    if code in ("category.in_use", "category.merged", "village.in_use"):
        return settings_error_text(FieldError("form", code, dict(getattr(exc, "params", {}))))
    return error_text(exc)
