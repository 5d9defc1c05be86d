"""Words for the errors of a category's own fields: answers (custom.*, plate.*) and their
definitions in Settings (custom_field.*). ui.messages hands these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PREFIXES = ("custom.", "custom_field.", "plate.")


def custom_field_text(code: str, params: dict) -> str:
    if code == "custom.stopped":
        # The office's own words ("ไฟไหม้: โทร 199 ทันที"): they are the message.
        return str(params.get("notice") or QCoreApplication.translate("FieldErrors", "This answer cannot be recorded here."))
    figures = {
        "custom.below_minimum": (QCoreApplication.translate("FieldErrors", "At least %1."), "minimum"),
        "custom.above_maximum": (QCoreApplication.translate("FieldErrors", "At most %1."), "maximum"),
        "custom.too_long": (QCoreApplication.translate("FieldErrors", "Too long: this field takes at most %1 characters."), "limit"),
        "plate.unknown_province": (
            QCoreApplication.translate("FieldErrors", "No province is called \"%1\": write it as the plate does, e.g. เชียงใหม่."),
            "province"),
        "custom_field.code_fixed": (
            QCoreApplication.translate("FieldErrors", "Complaints already hold answers to this field, so its code stays %1."), "code"),
        "custom_field.choice_duplicate": (QCoreApplication.translate("FieldErrors", "Two choices have the key %1."), "key"),
        "custom_field.choice_key_invalid": (
            QCoreApplication.translate("FieldErrors", "Choice key \"%1\" is not valid: up to 40 lower-case letters, digits, _ or - "
                "(a yes/no field uses true and false)."), "key"),
        "custom_field.choice_name_required": (QCoreApplication.translate("FieldErrors", "Choice %1 needs a name."), "key"),
        "custom_field.too_many_choices": (QCoreApplication.translate("FieldErrors", "At most %1 choices."), "limit"),
        "custom_field.choice_in_use": (
            QCoreApplication.translate("FieldErrors", "Complaints already picked \"%1\": retire the choice instead of removing it."),
            "choice"),
        "custom_field.needed_by": (
            QCoreApplication.translate("FieldErrors", "Field %1 is shown by this field's answer: change that field first."),
            "target"),
    }
    if code in figures:
        text, name = figures[code]
        return text.replace("%1", str(params.get(name, "")))
    texts = {
        "custom.required": QCoreApplication.translate("FieldErrors", "Fill in this field."),
        "custom.not_a_number": QCoreApplication.translate("FieldErrors", "Type a number, e.g. 12 or 12.5."),
        "custom.invalid_date": QCoreApplication.translate("FieldErrors", "Not a date: type day/month/year, e.g. 6/12/2569."),
        "custom.invalid_time": QCoreApplication.translate("FieldErrors", "Not a time: type hours:minutes, e.g. 14:30."),
        "custom.unknown_choice": QCoreApplication.translate("FieldErrors", "Choose from the list."),
        "plate.invalid": QCoreApplication.translate("FieldErrors", "Not a vehicle plate: letters, number and province, e.g. "
                             "1กข 1234 เชียงใหม่."),
        "custom_field.code_invalid": QCoreApplication.translate("FieldErrors", "A field code is 2–40 lower-case letters, digits, _ "
                                         "or -, starting with a letter."),
        "custom_field.code_taken": QCoreApplication.translate("FieldErrors", "This category already has a field with this code."),
        "custom_field.kind_fixed": QCoreApplication.translate("FieldErrors", "Complaints already hold answers to this field, so its "
                                       "kind cannot change."),
        "custom_field.kind_unknown": QCoreApplication.translate("FieldErrors", "Choose a kind of field from the list."),
        "custom_field.label_required": QCoreApplication.translate("FieldErrors", "Give the field a label: the question the form "
                                           "asks."),
        "custom_field.range": QCoreApplication.translate("FieldErrors", "The minimum is above the maximum."),
        "custom_field.choices_required": QCoreApplication.translate("FieldErrors", "Give at least one choice in use."),
        "custom_field.show_if_invalid": QCoreApplication.translate("FieldErrors", "Show this field only for a value of a choice "
                                            "field above it."),
        "custom_field.show_if_order": QCoreApplication.translate("FieldErrors", "A field shown by another field's answer must stay "
                                          "below that field."),
        "custom_field.not_found": QCoreApplication.translate("FieldErrors", "This field no longer exists; it may belong to another "
                                      "office."),
    }
    return texts.get(code, QCoreApplication.translate("FieldErrors", "Invalid value (%1).").replace("%1", code))
