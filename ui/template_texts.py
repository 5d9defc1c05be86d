"""Words for document template problems (domain.templates, template.* codes). ui.messages
hands these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def template_text(code: str, params: dict[str, object]) -> str:
    """Document template problems (domain.templates): the line first, where there is one."""
    # Each problem names one figure (%1) from its params; too_slow names none.
    texts = {
        "template.unknown_field": (QCoreApplication.translate(
            "FieldErrors", "%1 is not in the list of fields beside the editor."
        ), "field", "?"),
        "template.syntax": (QCoreApplication.translate(
            "FieldErrors", "This is not written as a template can be (%1)."
        ), "reason", ""),
        "template.unsafe": (QCoreApplication.translate(
            "FieldErrors", "Templates may not use this (%1): only the fields, if/for and the "
            "listed filters."
        ), "what", ""),
        "template.too_long": (QCoreApplication.translate(
            "FieldErrors", "The template is too long: at most %1 characters."
        ), "limit", "?"),
        "template.output_too_long": (QCoreApplication.translate(
            "FieldErrors", "The text this template makes is too long: at most %1 characters."
        ), "limit", "?"),
        "template.too_slow": (QCoreApplication.translate(
            "FieldErrors", "This template takes too long to fill in: it repeats too often."
        ), None, ""),
    }
    if code not in texts:
        return ""
    text, name, default = texts[code]
    if name is not None:
        text = text.replace("%1", str(params.get(name, default)))
    line = params.get("line")
    if line is None:
        return text
    return QCoreApplication.translate("FieldErrors", "Line %1: %2").replace(
        "%1", str(line)).replace("%2", text)
