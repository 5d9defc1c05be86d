"""The layering rules are a contract (import-linter, [tool.importlinter] in pyproject.toml):
the core never imports Qt or the UI; the UI never imports the database layer."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    # The console script next to this interpreter: the one the test extra installed.
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run([*command, "--no-cache"], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120, check=False)


def test_the_code_keeps_every_layering_contract():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def write(path: Path, text: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_contracts_catch_a_forbidden_import(tmp_path):
    """The project's own contracts, run over a tiny tree that breaks each rule once."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 2
    write(tmp_path / "pyproject.toml", (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    write(tmp_path / "fondue_desk" / "__init__.py")
    write(tmp_path / "fondue_desk" / "db" / "__init__.py")
    write(tmp_path / "fondue_desk" / "db" / "models.py", "import sqlalchemy\n")
    write(tmp_path / "fondue_desk" / "services" / "__init__.py")
    write(tmp_path / "fondue_desk" / "services" / "register.py",
          "from fondue_desk.db import models\n")
    # Late and guarded imports count as much as top-level ones.
    write(tmp_path / "fondue_desk" / "services" / "printing.py",
          "def preview():\n    from PySide6.QtGui import QPainter\n    return QPainter\n")
    write(tmp_path / "ui" / "__init__.py")
    write(tmp_path / "ui" / "register_page.py",
          "from typing import TYPE_CHECKING\n\nfrom fondue_desk.services import register\n\n"
          "if TYPE_CHECKING:\n    from fondue_desk.db.models import Complaint\n")

    done = lint_imports(tmp_path, PYTHONPATH=str(tmp_path))

    assert done.returncode != 0
    assert "2 broken" in done.stdout, done.stdout + done.stderr
    assert "fondue_desk.services.printing -> PySide6" in done.stdout
    assert "ui.register_page -> fondue_desk.db.models" in done.stdout
    # Through the services is the allowed way down.
    assert "ui.register_page -> fondue_desk.services" not in done.stdout
