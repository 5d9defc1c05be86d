"""Every error code the core raises has a sentence for the command line, in Thai and English;
a code nobody worded still reads as a sentence."""
from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from fondue_desk.commands.error_texts import (
    describe_code,
    describe_error,
    describe_field_error,
    known_codes,
)
from fondue_desk.domain.errors import (
    Conflict,
    FieldError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RuleViolation,
)

CORE = Path(__file__).resolve().parents[2] / "fondue_desk"
RAISERS = {"NotFound", "Conflict", "PermissionDenied", "RuleViolation", "FondueError",
           "BackupError", "FieldError"}


def _raised_codes() -> dict[str, set[frozenset[str]]]:
    """Every code given as a literal to an error anywhere in fondue_desk/, with the param
    names each raise passes along."""
    found: dict[str, set[frozenset[str]]] = defaultdict(set)
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "add" and len(node.args) >= 2 and _is_code(node.args[1]):
                found[node.args[1].value].add(frozenset(k.arg for k in node.keywords if k.arg))
                continue  # config.rules' collector: errors.add(field, "code", **params)
            if name not in RAISERS:
                continue
            if name == "FieldError":
                if len(node.args) < 2 or not isinstance(node.args[1], ast.Constant):
                    continue
                code = node.args[1].value
                params = node.args[2] if len(node.args) > 2 else None
                keys = frozenset(k.value for k in params.keys if isinstance(k, ast.Constant)
                                 ) if isinstance(params, ast.Dict) else frozenset()
            else:
                if not node.args or not isinstance(node.args[0], ast.Constant):
                    continue
                code = node.args[0].value
                keys = frozenset(k.arg for k in node.keywords if k.arg)
            if isinstance(code, str):
                found[code].add(keys)
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # Rules that hand their code back to a caller, e.g. passwords._policy_code.
            if isinstance(function, ast.FunctionDef) and function.name.endswith("_code"):
                for ret in ast.walk(function):
                    if (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple)
                            and ret.value.elts and _is_code(ret.value.elts[0])):
                        params = ret.value.elts[1:2]
                        found[ret.value.elts[0].value].add(frozenset(
                            k.value for k in params[0].keys if isinstance(k, ast.Constant)
                        ) if params and isinstance(params[0], ast.Dict) else frozenset())
    return found


def _is_code(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and re.fullmatch(r"[a-z_]+\.[a-z_]+", node.value) is not None)


RAISED = _raised_codes()


def test_the_scan_finds_the_codes():
    assert {"letter.not_found", "complaint.not_found", "permission.denied",
            "village.number_taken", "backup.corrupted", "attachment.not_your_crew",
            "password.too_short", "villages.too_many"} <= set(RAISED)


def test_every_raised_code_has_a_cli_sentence():
    assert sorted(set(RAISED) - known_codes()) == []


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("code", sorted(RAISED))
def test_every_sentence_takes_the_params_the_core_gives(lang, code):
    for keys in RAISED[code]:
        params = {key: f"X{i}" for i, key in enumerate(sorted(keys))}
        text = describe_code(lang, code, params, field="description")
        assert text and "?" not in text, text
        assert "." not in code or code not in text, text
        # Left-over placeholders: only those the sentence names on purpose ("{seq}").
        assert set(re.findall(r"\{([a-z_]+)\}", text)) <= {"seq", "fy", "year", "z", "x", "y"}


def test_thai_is_the_default_and_english_on_request():
    error = NotFound("work_order.not_found", number="12/2570")
    assert describe_error(None, error) == "ไม่พบใบสั่งงานเลขที่ 12/2570"
    assert describe_error("th", error) == "ไม่พบใบสั่งงานเลขที่ 12/2570"
    assert describe_error("en", error) == "there is no work order 12/2570"


def test_alternatives_follow_the_params_given():
    assert describe_error("th", NotFound("complaint.not_found", complaint_id=1234)) == (
        "ไม่พบเรื่องร้องเรียนที่ระบุ (รหัส 1234)")  # an id names, it does not count
    assert describe_error("en", NotFound("user.not_found", user_id=3)) == (
        "the user does not exist or is no longer active")


def test_statuses_roles_and_actions_are_named_in_words():
    assert describe_error("th", PermissionDenied(
        "permission.denied", action="assign", role="mayor")) == (
        "ผู้ใช้ในบทบาทผู้บริหารไม่มีสิทธิ์มอบหมายงาน")
    assert describe_error("en", Conflict(
        "status.transition_not_allowed", from_status="closed", to_status="assigned")) == (
        "a complaint cannot go from closed to assigned")
    assert describe_error("th", Conflict(
        "signoff.not_awaiting", tracking_no="2570-000001", status="in_progress")) == (
        "เรื่อง 2570-000001 ไม่ได้รอนายกฯ ลงนาม (สถานะ “กำลังดำเนินการ”)")


def test_field_errors_name_the_field_in_the_forms_words():
    error = InvalidInput([FieldError("description", "required"),
                          FieldError("admin.full_name", "name.required"),
                          FieldError("villages[2].name", "text.too_long",
                                     {"max": 200, "length": 1234})])
    assert describe_error("th", error) == (
        "กรุณากรอกรายละเอียดเรื่อง; กรุณากรอกชื่อ-นามสกุล; "
        "ชื่อ ยาวเกิน 200 ตัวอักษร (ขณะนี้ 1,234 ตัวอักษร)")
    assert describe_field_error("en", FieldError("phone", "contact.required")) == (
        "give the complainant's phone number or address, to reply to")


def test_a_rule_violation_without_its_field():
    assert describe_error("en", RuleViolation("work_order.number_invalid")) == (
        "not a work order number; it is number/year, e.g. 12/2570")
    assert describe_error("th", RuleViolation("text.too_long", max=10, length=12)) == (
        "ข้อความยาวเกิน 10 ตัวอักษร (ขณะนี้ 12 ตัวอักษร)")


@pytest.mark.parametrize(("error", "thai", "english"), [
    (NotFound("mystery.gone"), "ไม่พบข้อมูลที่ระบุ (รหัส mystery.gone)",
     "the item asked for was not found (code mystery.gone)"),
    (Conflict("mystery.state"), "ทำรายการนี้ไม่ได้ในสถานะปัจจุบันของข้อมูล (รหัส mystery.state)",
     "this cannot be done in the data's present state (code mystery.state)"),
    (PermissionDenied("mystery.right"), "ผู้ใช้นี้ไม่มีสิทธิ์ทำรายการนี้ (รหัส mystery.right)",
     "this user is not allowed to do this (code mystery.right)"),
    (InvalidInput([FieldError("phone", "mystery.value")]),
     "หมายเลขโทรศัพท์ ไม่ถูกต้อง (รหัส mystery.value)",
     "the phone number is not valid (code mystery.value)"),
    (RuleViolation("mystery.rule"), "ทำรายการไม่สำเร็จ (รหัส mystery.rule)",
     "the request could not be completed (code mystery.rule)"),
])
def test_an_unknown_code_still_reads_as_a_sentence(error, thai, english):
    assert describe_error("th", error) == thai
    assert describe_error("en", error) == english


def test_backup_codes_use_the_backup_texts():
    from fondue_desk.services.backup_archive import BackupError

    error = BackupError("backup.not_found", path="/tmp/x.fdbackup")
    assert describe_error("th", error) == "ไม่พบไฟล์ /tmp/x.fdbackup"
    assert describe_error("en", error) == "there is no file at /tmp/x.fdbackup"
