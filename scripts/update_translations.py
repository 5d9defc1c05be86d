"""Refresh the interface translations: collect strings from ui/ into the .ts files, build .qm.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if a Thai string is unfinished

lupdate merges: existing translations are kept, new strings arrive marked "unfinished" for a
translator to fill in (Qt Linguist, or any editor), strings no longer in the code are dropped.
Run it again after translating so the .qm files match the .ts files.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
# Language code -> lupdate target language (decides the number of plural forms: Thai has one).
LANGUAGES = {"th": "th_TH", "en": "en_US"}


def ts_file(language: str) -> Path:
    return I18N_DIR / f"fondue_desk_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"fondue_desk_{language}.qm"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-lupdate/-lrelease)")
    return found


def lupdate(ts: Path, target_language: str) -> None:
    # Paths relative to the repository and no line numbers: the .ts then changes only when a
    # string changes, not whenever code moves, which keeps reviews of it readable.
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(ts.relative_to(ROOT)), "-no-obsolete",
         "-locations", "none", "-target-language", target_language],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def unfinished(ts: Path) -> list[str]:
    """Source strings of `ts` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts = [f.text or "" for f in forms] if forms else [
            (translation.text or "") if translation is not None else ""]
        if translation is None or translation.get("type") == "unfinished" or not all(
                t.strip() for t in texts):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report unfinished Thai translations")
    args = parser.parse_args(argv)
    if not args.check:
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        for language, target in LANGUAGES.items():
            lupdate(ts_file(language), target)
            lrelease(ts_file(language), qm_file(language))
            print(f"updated {ts_file(language).relative_to(ROOT)} and "
                  f"{qm_file(language).relative_to(ROOT)}")
    missing = unfinished(ts_file("th"))
    for source in missing:
        print(f"unfinished Thai translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
