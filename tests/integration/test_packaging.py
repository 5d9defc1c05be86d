"""The installed program finds what it ships: translations, fonts, presets, the map's scripts.

A wheel is built from a copy of the checkout (offline: no build isolation), unpacked as
site-packages would hold it, and a fresh Python that cannot see the checkout looks the files
up through the program's own functions.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("fondue_desk", "ui", "resources", "main.py", "pyproject.toml", "setup.py",
           "README.md")

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("setuptools") is None or importlib.util.find_spec("wheel") is None,
    reason="building a wheel offline needs setuptools and wheel installed")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "pending", "*.ts")
    for name in SHIPPED:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(work / "dist"), str(source)],
                   check=True, capture_output=True, text=True, timeout=300)
    (built,) = (work / "dist").glob("fondue_desk-*.whl")
    return built


def test_the_wheel_carries_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"fondue_desk/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
                for p in (ROOT / "resources").rglob("*")
                if p.is_file() and p.suffix in {".qm", ".ttf", ".yaml", ".js", ".css"}}
    assert {"fondue_desk/resources/i18n/fondue_desk_th.qm",
            "fondue_desk/resources/i18n/fondue_desk_en.qm",
            "fondue_desk/resources/fonts/Sarabun-Regular.ttf",
            "fondue_desk/resources/map/fondue_map.js"} <= expected
    assert expected <= names
    assert "fondue_desk/resources/fonts/OFL.txt" in names  # the font's licence travels with it
    assert not any(n.endswith(".ts") or "/pending/" in n for n in names)  # sources stay home
    # Every package of the checkout is in it (setup.py lists them by search).
    packages = {p.parent.relative_to(ROOT).as_posix() + "/__init__.py"
                for top in ("fondue_desk", "ui") for p in (ROOT / top).rglob("__init__.py")}
    assert packages <= names
    assert "fondue_desk/db/migrations/env.py" in names


def test_the_installed_program_finds_its_files(wheel, tmp_path):
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    probe = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import QTranslator
        from fondue_desk.bundled import resource_dir
        from fondue_desk.config import presets
        from fondue_desk.documents.fonts import font_files
        from fondue_desk.maps.assets import asset_path
        from ui.translations import app_translation_file
        translator = QTranslator()
        print(json.dumps({
            "root": str(resource_dir()),
            "thai": str(app_translation_file("th")),
            "loads": translator.load(str(app_translation_file("th"))),
            "says": translator.translate("MainWindow", "&File"),
            "fonts": [str(p) for p in font_files()],
            "presets": sorted(p.name for p in presets.PRESET_DIR.glob("*.yaml")),
            "map": str(asset_path("fondue/fondue_map.js")),
        }))
    """)
    # -I: the checkout is neither the current directory nor on the path, as for a clerk.
    env_path = str(site)
    done = subprocess.run([sys.executable, "-I", "-c",
                           f"import sys; sys.path.insert(0, {env_path!r}); " + probe],
                          cwd=tmp_path, check=True, capture_output=True, text=True, timeout=120)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(found["root"]) == site / "fondue_desk" / "resources"
    assert Path(found["thai"]).is_file() and Path(found["thai"]).is_relative_to(site)
    assert found["loads"] and found["says"] == "ไฟล์ (&F)"
    assert found["fonts"] and all(Path(f).is_relative_to(site) for f in found["fonts"])
    assert found["presets"] == sorted(p.name for p in (ROOT / "resources/presets").glob("*.yaml"))
    assert Path(found["map"]).is_relative_to(site) and Path(found["map"]).is_file()


def test_a_checkout_finds_its_own_resources():
    from fondue_desk.bundled import resource_dir

    assert resource_dir("i18n") == ROOT / "resources" / "i18n"
