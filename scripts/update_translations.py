"""Refresh the interface translations: collect strings from ui/ into the .ts files, build .qm.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if a string is unfinished
    python scripts/update_translations.py --pending  # and merge resources/i18n/pending/*.tsv

lupdate merges: existing translations are kept, new strings arrive marked "unfinished" for a
translator to fill in (Qt Linguist, or any editor), strings no longer in the code are dropped.
Run it again after translating so the .qm files match the .ts files.

The sources are English, so the English file holds only the counted ("%n") strings, each with
its two forms ("%n complaint" / "%n complaints"): lupdate -pluralonly. A new counted string gets
forms made from its "(s)" ("%n job(s) started" → "%n job started" / "%n jobs started"); a form
someone wrote by hand is kept by every later run (lupdate merges, it never overwrites).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: ui/ is importable from the repository
    sys.path.insert(0, str(ROOT))

from ui.english_plurals import english_forms  # the same rule as at run time

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


def lupdate_options(language: str) -> list[str]:
    """How lupdate is run for `language`; the completeness test runs it exactly so."""
    # A caller may still name the target ("th_TH"), as this function's first version took.
    language = {target: code for code, target in LANGUAGES.items()}.get(language, language)
    options = ["-no-obsolete", "-locations", "none", "-target-language", LANGUAGES[language]]
    if language == "en":  # the English sources need no translation, only their plural forms
        options.append("-pluralonly")
    return options


def lupdate(ts: Path, language: str) -> None:
    # Paths relative to the repository and no line numbers: the .ts then changes only when a
    # string changes, not whenever code moves, which keeps reviews of it readable.
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(ts.relative_to(ROOT)),
         *lupdate_options(language)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )


def fill_english_plurals(ts: Path) -> list[str]:
    """Give every unfinished counted string of the English `ts` its two forms; returns their
    sources. Forms already written are left as they are."""
    tree = ET.parse(ts)
    filled = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = translation.findall("numerusform")
        if translation.get("type") != "unfinished" and all((f.text or "").strip() for f in forms):
            continue
        source = message.findtext("source") or ""
        for form in forms:
            translation.remove(form)
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled.append(source)
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


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


PENDING_DIR = I18N_DIR / "pending"


def read_pending() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, str]]]:
    """The translations waiting in pending/*.tsv: Thai (`context source thai`) and, in
    pending/*-en.tsv, English plural forms (`context source singular plural`); "\\n" in a
    field is a line break."""
    thai: dict[tuple[str, str], str] = {}
    english: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(PENDING_DIR.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.replace("\\n", "\n") for f in line.split("\t")]
            if path.name.endswith("-en.tsv") and len(fields) == 4:
                english[(fields[0], fields[1])] = (fields[2], fields[3])
            elif not path.name.endswith("-en.tsv") and len(fields) == 3:
                thai[(fields[0], fields[1])] = fields[2]
            else:
                raise SystemExit(f"{path.relative_to(ROOT)}:{number}: expected "
                                 f"{4 if path.name.endswith('-en.tsv') else 3} tab-separated "
                                 f"fields: {line!r}")
    return thai, english


def merge_translations(ts: Path, texts: dict[tuple[str, str], str | tuple[str, ...]]
                       ) -> set[tuple[str, str]]:
    """Write `texts` ((context, source) → translation, or plural forms) into `ts`, over what
    was there; returns the keys that found their string."""
    tree = ET.parse(ts)
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in texts:
                continue
            used.add(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            text = texts[key]
            if message.get("numerus") == "yes":
                translation.text = None
                for form in (text,) if isinstance(text, str) else text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
    if used:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report unfinished translations")
    parser.add_argument("--pending", action="store_true",
                        help="also merge resources/i18n/pending/*.tsv (Thai) and *-en.tsv "
                             "(English plural forms); the files stay for you to delete")
    args = parser.parse_args(argv)
    if not args.check:
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        thai, english = read_pending() if args.pending else ({}, {})
        for language, texts in (("th", thai), ("en", english)):
            lupdate(ts_file(language), language)
            used = merge_translations(ts_file(language), texts) if texts else set()
            for context, source in sorted(set(texts) - used):
                print(f"pending {language} translation matches no string: {context} "
                      f"{source!r}", file=sys.stderr)
            if (language == "en" and fill_english_plurals(ts_file(language))) or used:
                lupdate(ts_file(language), language)  # back to lupdate's own layout
            lrelease(ts_file(language), qm_file(language))
            print(f"updated {ts_file(language).relative_to(ROOT)} and "
                  f"{qm_file(language).relative_to(ROOT)}")
    missing = [(language, source) for language in LANGUAGES
               for source in unfinished(ts_file(language))]
    for language, source in missing:
        print(f"unfinished {language} translation: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
