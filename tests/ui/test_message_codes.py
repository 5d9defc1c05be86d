"""Every error code the core raises has words on screen: a new code without a text would show
the clerk "Invalid value (job.not_your_crew)". The codes are read from fondue_desk/'s source,
so a code added there and forgotten in ui/messages.py fails here."""
from __future__ import annotations

import ast
from pathlib import Path

from fondue_desk.domain.errors import FieldError, PermissionDenied
from fondue_desk.domain.permissions import JobAction, Role, job_rights
from fondue_desk.domain.statuses import Status
from ui.backup.texts import field_error_text as backup_text
from ui.messages import error_text, field_error_text
from ui.settings.texts import settings_error_text

CORE = Path(__file__).resolve().parents[2] / "fondue_desk"
ERRORS = {"PermissionDenied", "InvalidInput", "Conflict", "RuleViolation", "NotFound",
          "FieldError", "FondueError"}
# Codes no screen can meet, each for a stated reason; the command line words them
# (commands/error_catalogue, tested with the CLI).
NOT_ON_SCREEN = {
    "demo.not_demo_office", "demo.office_incomplete", "count.negative",  # fondue-desk demo
    "config.base64", "preset.not_found", "office.not_found",  # config files, init
    "user.no_admin",  # fondue-desk config
    "work_order.grouping_unknown", "image.kind_unknown",  # the UI passes only known values
    "language.unknown",  # the intake form offers Thai and English only
    # the printers page words its own (ui/settings/pages/printers.py)
    "printer.bad_name", "printer.unknown_mode", "printer.unknown_paper", "printer.name_required",
    # fondue-desk report monthly checks its --month and -o; the dialog offers past months only
    "report.month_invalid", "report.month_future", "report.output_format",
    # fondue-desk export open311 checks its arguments; the register exports its own view
    "export.unknown_status", "export.unknown_category", "export.period_reversed",
    "export.not_a_folder",
}


def raised_codes() -> set[str]:
    """The literal codes of every coded error constructed in the core."""
    codes: set[str] = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in ERRORS:
                continue
            at = 1 if name == "FieldError" else 0
            if len(node.args) > at and isinstance(node.args[at], ast.Constant) \
                    and isinstance(node.args[at].value, str):
                codes.add(node.args[at].value)
    return codes


def fallback(code: str) -> str:
    return field_error_text(FieldError("form", "no.such.code.at.all")).replace(
        "no.such.code.at.all", code)


def worded(code: str) -> bool:
    error = FieldError("form", code, {})
    return any(text(error) != fallback(code)
               for text in (field_error_text, settings_error_text, backup_text))


def test_the_scan_finds_the_codes():
    codes = raised_codes()
    # A scan that finds nothing would pass every check below.
    assert {"attachment.not_your_crew", "complaint.not_found", "phone.invalid"} <= codes
    assert len(codes) > 80


def test_every_code_the_core_raises_has_words():
    missing = sorted(c for c in raised_codes() - NOT_ON_SCREEN if not worded(c))
    assert missing == []


def test_every_reason_job_rights_gives_has_words():
    reasons = {job_rights(role, 7, status, leader).reason(action)
               for role in Role for status in Status for leader in (None, 7, 8)
               for action in JobAction} - {None}
    assert reasons == {"permission.denied", "job.not_your_crew", "job.wrong_status"}
    for reason in reasons:
        assert worded(reason), reason


def test_the_crew_rules_read_in_thai():
    assert error_text(PermissionDenied("job.not_your_crew")) == (
        "งานนี้เป็นของทีมอื่น ท่านดำเนินการได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า")
    assert error_text(PermissionDenied("attachment.not_your_crew", tracking_no="2570-000042")) \
        == "เรื่อง 2570-000042 ไม่ใช่งานของทีมท่าน ท่านแนบรูปได้เฉพาะงานของทีมที่ท่านเป็นหัวหน้า"
    assert error_text(PermissionDenied("job.wrong_status")) == "งานในสถานะนี้ทำรายการนี้ไม่ได้"


def _thai_words(code: str) -> str:
    """The words a Thai desk shows for `code`, from whichever screen words it."""
    error = FieldError("form", code, {})
    return next((text(error) for text in (field_error_text, settings_error_text, backup_text)
                 if text(error) != fallback(code)), "")


def test_every_code_the_core_raises_reads_in_thai():
    # Words found through a variable instead of a literal never reach the .ts, and the Thai
    # desk shows them in English.
    english = sorted(c for c in raised_codes() - NOT_ON_SCREEN
                     if worded(c) and not any("\u0e00" <= ch <= "\u0e7f" for ch in _thai_words(c)))
    assert english == []
