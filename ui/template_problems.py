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
