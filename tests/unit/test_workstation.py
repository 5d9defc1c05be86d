"""The printers of this PC: a small local file, never in the shared database."""
from __future__ import annotations

import json

import pytest

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import workstation as ws
from fondue_desk.services.workstation import PrinterChoice, WorkstationPrinters


def test_a_pc_without_a_file_asks_every_time(tmp_path):
    printers = ws.load_printers(ws.settings_path(tmp_path / "missing"))
    assert printers == WorkstationPrinters()
    assert printers.for_kind("receipt").asks and printers.for_kind("a4").asks
    assert printers.receipt_paper == "a5"


def test_saved_choices_read_back_and_the_folder_is_made(tmp_path):
    path = ws.settings_path(tmp_path / "config" / "fondue")
    chosen = WorkstationPrinters(receipt=PrinterChoice("named", "  Epson TM-T82  "),
                                 a4=PrinterChoice("default"), receipt_paper="thermal")
    ws.save_printers(path, chosen)
    back = ws.load_printers(path)
    assert back.receipt == PrinterChoice("named", "Epson TM-T82")
    assert back.a4 == PrinterChoice("default")
    assert back.receipt_paper == "thermal"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["version"] == 1
    assert stored["printers"]["a4"] == {"mode": "default"}
    assert [p.name for p in path.parent.iterdir()] == ["workstation.json"]  # no temp left


@pytest.mark.parametrize("content", [
    "", "{", "[]", "null", '{"printers": 3}', '{"printers": {"receipt": "x"}}',
    '{"printers": {"receipt": {"mode": "named"}}}',
    '{"printers": {"receipt": {"mode": "fax"}}, "receipt_paper": "A3"}',
    '{"printers": {"receipt": {"mode": "named", "name": "a\\u0000b"}}}',
])
def test_a_damaged_file_reads_as_ask_every_time(tmp_path, content):
    path = ws.settings_path(tmp_path)
    path.write_text(content, encoding="utf-8")
    printers = ws.load_printers(path)
    assert printers.receipt == ws.ASK_EVERY_TIME
    assert printers.receipt_paper == "a5"


def test_a_damaged_entry_leaves_the_other_kind_alone(tmp_path):
    path = ws.settings_path(tmp_path)
    path.write_text(json.dumps({"printers": {"receipt": {"mode": "bogus"},
                                             "a4": {"mode": "named", "name": "HP A4"}}}))
    printers = ws.load_printers(path)
    assert printers.receipt.asks
    assert printers.a4 == PrinterChoice("named", "HP A4")


@pytest.mark.parametrize(("choice", "code"), [
    (PrinterChoice("named", "   "), "printer.name_required"),
    (PrinterChoice("named", "x" * 201), "printer.bad_name"),
    (PrinterChoice("named", "tab\there"), "printer.bad_name"),
    (PrinterChoice("fax"), "printer.unknown_mode"),
])
def test_bad_choices_are_refused_and_change_nothing(tmp_path, choice, code):
    path = ws.settings_path(tmp_path)
    ws.save_printers(path, WorkstationPrinters(a4=PrinterChoice("default")))
    before = path.read_bytes()
    with pytest.raises(InvalidInput) as refused:
        ws.save_printers(path, WorkstationPrinters(receipt=choice))
    assert [(e.field, e.code) for e in refused.value.errors] == [("receipt", code)]
    assert path.read_bytes() == before


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(InvalidInput) as refused:
        ws.save_printers(ws.settings_path(tmp_path), WorkstationPrinters(receipt_paper="a4"))
    assert refused.value.errors[0].code == "printer.unknown_paper"


def test_the_receipt_paper_switch_keeps_the_printers(tmp_path):
    path = ws.settings_path(tmp_path)
    ws.save_printers(path, WorkstationPrinters(receipt=PrinterChoice("named", "Roll")))
    ws.set_receipt_paper(path, "thermal")
    assert ws.load_printers(path) == WorkstationPrinters(
        receipt=PrinterChoice("named", "Roll"), receipt_paper="thermal")


def test_unknown_document_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        WorkstationPrinters().for_kind("poster")
