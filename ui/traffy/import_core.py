"""The import dialog's calls into the core (fondue_desk.interop.traffy, services.traffy_mapping)
and the words for what they return. These functions run on the worker thread except the
*_text ones; none touches a widget."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.numbers import format_count
from fondue_desk.domain.permissions import Action, can
from fondue_desk.interop.traffy.apply import apply_import
from fondue_desk.interop.traffy.plan import ImportMapping, plan_import
from fondue_desk.services import traffy_mapping

from ..labels import ui_language


def plan(db, office_id: int, path: Path, progress, is_cancelled):
    """What importing `path` would do with the office's remembered mapping; writes nothing."""
    return plan_import(db, office_id, path, progress=progress, is_cancelled=is_cancelled)


def remembers_answers(role: str) -> bool:
    """The office's mapping is the admin's to change; a clerk's answers serve one import."""
    return can(role, Action.MANAGE_SETTINGS)


def apply(db, actor_id: int, role: str, path: Path, types: dict, states: dict,
          date_order: str | None, progress, is_cancelled):
    """The admin's answers join the office's mapping first (remembered even if the import is
    then cancelled: they were answered); the import itself uses them either way."""
    answers = ImportMapping(types=dict(types), states=dict(states))
    if (types or states) and remembers_answers(role):
        traffy_mapping.save_mapping(db, actor_id, answers)
    return apply_import(db, actor_id, path, mapping=answers, date_order=date_order,
                        progress=progress, is_cancelled=is_cancelled)


def write_report(plan_or_result, path: Path) -> None:
    traffy_mapping.write_report(plan_or_result, path, ui_language())


def is_cancellation(error: object) -> bool:
    """The core may stop a cancelled read by raising; any exception named so counts."""
    return "cancel" in type(error).__name__.lower()


def shape_text(shape: str) -> str:
    return {
        "public": QCoreApplication.translate("TraffyImport", "Traffy Fondue public dataset"),
        "agency": QCoreApplication.translate("TraffyImport", "Traffy Fondue agency download"),
    }.get(shape, QCoreApplication.translate("TraffyImport", "Another Traffy Fondue export (columns found by their names)"))


def summary_text(plan, path: Path | None) -> str:
    lines = [
        QCoreApplication.translate("TraffyImport", "File: %1").replace("%1", path.name if path else ""),
        QCoreApplication.translate("TraffyImport", "Kind: %1").replace("%1", shape_text(plan.shape)),
        QCoreApplication.translate("TraffyImport", "%1 rows: %2 new, %3 changed, %4 unchanged, %5 left out.")
        .replace("%1", format_count(plan.total_rows)).replace("%2", format_count(plan.new))
        .replace("%3", format_count(plan.changed)).replace("%4", format_count(plan.unchanged))
        .replace("%5", format_count(len(plan.bad_rows))),
    ]
    return "\n".join(lines)


def result_text(result) -> str:
    text = QCoreApplication.translate("TraffyImport", "Import finished.\n\n%1 complaints added\n%2 updated\n%3 unchanged\n"
               "%4 rows left out").replace("%1", format_count(result.added)).replace(
        "%2", format_count(result.updated)).replace("%3", format_count(result.unchanged)).replace(
        "%4", format_count(len(result.bad_rows)))
    if getattr(result, "report_path", None):
        text += "\n\n" + QCoreApplication.translate("TraffyImport", "Report of the rows left out: %1").replace(
            "%1", str(result.report_path))
    return text
