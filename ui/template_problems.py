"""One sentence for a print job that met a broken document template (services.document_templates):
the document printed with the standard wording, and where the admin can see why."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def problems_text(found: Sequence[object]) -> str:
    """"" when every template was used."""
    if not found:
        return ""
    return QCoreApplication.translate(
        "TemplateProblems", "An office template could not be used, so the standard wording was "
        "printed in its place (details: Settings → Templates).")


def letter_problems_text(found: Sequence[object]) -> str:
    """For an approval whose closure letters met a broken template (services.signoff.Decision
    .template_problems): which complaints' letters took the standard words; "" when none."""
    numbers = list(dict.fromkeys(str(getattr(p, "document", "")) for p in found))
    if not numbers:
        return ""
    shown = ", ".join(numbers[:3]) + (" …" if len(numbers) > 3 else "")
    return QCoreApplication.translate(
        "TemplateProblems", "A letter template could not be used for %1, so the standard "
        "wording was written into the letter instead (details: Settings → Templates).").replace(
        "%1", shown)
