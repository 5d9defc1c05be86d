"""What this PC prints on: a receipt printer (and its paper) and an A4 printer.

Printers belong to a workstation, not to the office: two counters of the same office have
different printers, and the shared database must not tell one desk to print on another
desk's printer. So the choice is a small JSON file in the per-user configuration folder of
this PC, whose path the UI gives (it knows the platform's folders); nothing here imports Qt.

A file that is missing, unreadable or hand-edited into nonsense reads as "ask every time":
printing must never stop because of a settings file.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from fondue_desk.domain.errors import FieldError, InvalidInput

FILE_NAME = "workstation.json"
FORMAT_VERSION = 1

# Which printer a document goes to: receipts to the counter's receipt printer, everything
# on A4 (work orders, letters, registers) to the A4 printer.
RECEIPT, A4 = "receipt", "a4"
DOCUMENT_KINDS = (RECEIPT, A4)

ASK, SYSTEM_DEFAULT, NAMED = "ask", "default", "named"
MODES = (ASK, SYSTEM_DEFAULT, NAMED)

RECEIPT_PAPERS = ("a5", "thermal")  # the variants documents.receipt renders
DEFAULT_RECEIPT_PAPER = "a5"
MAX_NAME = 200  # CUPS and Windows printer names are far shorter; a longer one is garbage


@dataclass(frozen=True)
class PrinterChoice:
    mode: str = ASK
    name: str = ""  # the printer's name when mode is NAMED

    @property
    def asks(self) -> bool:
        return self.mode == ASK


@dataclass(frozen=True)
class WorkstationPrinters:
    receipt: PrinterChoice = PrinterChoice()
    a4: PrinterChoice = PrinterChoice()
    receipt_paper: str = DEFAULT_RECEIPT_PAPER

    def for_kind(self, kind: str) -> PrinterChoice:
        if kind not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        return self.receipt if kind == RECEIPT else self.a4


ASK_EVERY_TIME = PrinterChoice()


def settings_path(config_dir: str | os.PathLike[str]) -> Path:
    return Path(config_dir) / FILE_NAME


def checked_choice(field: str, mode: str, name: str = "") -> PrinterChoice:
    """The choice as stored, or InvalidInput naming the field."""
    name = (name or "").strip()
    if mode not in MODES:
        raise InvalidInput([FieldError(field, "printer.unknown_mode", {"mode": mode})])
    if mode != NAMED:
        return PrinterChoice(mode)
    if not name:
        raise InvalidInput([FieldError(field, "printer.name_required")])
    if len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise InvalidInput([FieldError(field, "printer.bad_name")])
    return PrinterChoice(NAMED, name)


def load_printers(path: str | os.PathLike[str]) -> WorkstationPrinters:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return WorkstationPrinters()
    if not isinstance(raw, dict):
        return WorkstationPrinters()
    printers = raw.get("printers") if isinstance(raw.get("printers"), dict) else {}
    paper = raw.get("receipt_paper")
    return WorkstationPrinters(
        receipt=_read_choice(printers.get(RECEIPT)),
        a4=_read_choice(printers.get(A4)),
        receipt_paper=paper if paper in RECEIPT_PAPERS else DEFAULT_RECEIPT_PAPER,
    )


def _read_choice(raw: object) -> PrinterChoice:
    if not isinstance(raw, dict):
        return ASK_EVERY_TIME
    try:
        return checked_choice("", str(raw.get("mode", ASK)), str(raw.get("name", "")))
    except InvalidInput:
        return ASK_EVERY_TIME


def save_printers(path: str | os.PathLike[str], printers: WorkstationPrinters) -> None:
    """Check and write the whole choice; a crash mid-write leaves the old file whole."""
    errors: list[FieldError] = []
    for kind in DOCUMENT_KINDS:
        choice = printers.for_kind(kind)
        try:
            checked_choice(kind, choice.mode, choice.name)
        except InvalidInput as exc:
            errors += exc.errors
    if printers.receipt_paper not in RECEIPT_PAPERS:
        errors.append(FieldError("receipt_paper", "printer.unknown_paper",
                                 {"paper": printers.receipt_paper}))
    if errors:
        raise InvalidInput(errors)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "version": FORMAT_VERSION,
        "printers": {kind: _choice_json(printers.for_kind(kind)) for kind in DOCUMENT_KINDS},
        "receipt_paper": printers.receipt_paper,
    }
    handle, temporary = tempfile.mkstemp(prefix=".workstation-", suffix=".json",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=2)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _choice_json(choice: PrinterChoice) -> dict[str, str]:
    if choice.mode == NAMED:
        return {"mode": NAMED, "name": choice.name.strip()}
    return {"mode": choice.mode}


def set_receipt_paper(path: str | os.PathLike[str], paper: str) -> WorkstationPrinters:
    """Remember the paper the receipt printer takes (the receipt preview's switch)."""
    printers = replace(load_printers(path), receipt_paper=paper)
    save_printers(path, printers)
    return printers
