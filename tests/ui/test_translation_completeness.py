"""Every string the desk shows goes through the translation layer, in both languages.

The .ts files against the code (nothing unfinished, obsolete or missing; the plural forms each
language needs), and a scan of ui/ for text shown to people that never meets tr(): a literal
handed to a label, button, title, tooltip or message box, or a tr() that lupdate cannot see
(inside an f-string, or with a computed text).
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from scripts import update_translations as tools

LANGUAGES = ("th", "en")
UI = tools.SOURCE_DIR
ROOT = tools.ROOT

# Calls whose text arguments people read.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addTab", "insertTab", "setTabText", "setTabToolTip", "addAction",
    "addMenu", "setTitle", "setSubTitle", "setLabelText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "addItem", "addItems",
    "insertItem", "setItemText", "showMessage", "setSpecialValueText", "setSuffix", "setPrefix",
    "setButtonText", "setInformativeText", "setDetailedText", "addRow", "insertRow",
    "setCancelButtonText", "setFormat",
}
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QMenu",
    "QStandardItem", "QMessageBox", "QProgressDialog", "QWizardPage",
}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
# QFileDialog's caption and file-type filter ("Excel workbook (*.xlsx)"), QInputDialog's title
# and label: arguments after the parent.
FILE_DIALOG = {"getOpenFileName", "getOpenFileNames", "getSaveFileName",
               "getExistingDirectory"}
INPUT_DIALOG = {"getText", "getInt", "getDouble", "getItem", "getMultiLineText"}
TRANSLATING_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}
# Where a literal only builds the text around translated words.
STRING_BUILDERS = {"format", "join", "strip", "upper", "lower", "title", "capitalize"}
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")

# Literals people see that stay as they are, each with the reason. (file, literal) pairs; an
# entry that no longer matches anything fails the test, so the list cannot go stale.
ALLOWED_LITERALS = {
    ("ui/session/startup_progress.py", "Fondue Desk"):
        "the program's name, the same in every language (the window before any translator "
        "may be loaded)",
    ("ui/widgets/office_profile_form.py", "saraban@example.go.th"):
        "an example e-mail address: an address reads the same in both languages",
}
# tr()/translate() calls whose text is computed: allowed where the texts are literal
# QT_TRANSLATE_NOOP entries lupdate collects elsewhere (same file and context).
ALLOWED_LOOKUPS = {
    ("ui/dialogs/field_edit_dialog.py",
     "QCoreApplication.translate('FieldKinds', _KIND_TEXTS[kind])"):
        "_KIND_TEXTS holds QT_TRANSLATE_NOOP('FieldKinds', ...) literals",
    ("ui/office_setup_texts.py", "QCoreApplication.translate('FieldErrors', text)"):
        "the texts are QT_TRANSLATE_NOOP('FieldErrors', ...) literals of the same module",
    ("ui/office_setup_texts.py", "QCoreApplication.translate('FieldErrors', with_first[code])"):
        "the texts are QT_TRANSLATE_NOOP('FieldErrors', ...) literals of the same module",
    ("ui/settings/page.py", "QCoreApplication.translate(CONTEXT, cls.TITLE)"):
        "every page's TITLE is a QT_TRANSLATE_NOOP('SettingsPages', ...) literal",
}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def ui_files() -> list[Path]:
    return tools.source_files()


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def shown_words(text: str) -> bool:
    """Whether `text` holds words (letters outside HTML markup)."""
    return any(c.isalpha() for c in MARKUP.sub("", text))


def texts(node: ast.AST) -> list[str]:
    """The texts `node` can make, "{}" standing for what is not literal (a variable, a tr())."""
    if isinstance(node, ast.Constant):
        return [node.value if isinstance(node.value, str) else "{}"]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)]
    if isinstance(node, ast.BinOp):
        return [left + right for left in texts(node.left) for right in texts(node.right)]
    if isinstance(node, ast.IfExp):
        return texts(node.body) + texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in texts(element)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        name = node.func.attr
        if name == "replace" and len(node.args) == 2:  # what is put in, not what is looked for
            return texts(node.func.value) + texts(node.args[1])
        if name in STRING_BUILDERS:
            return texts(node.func.value) + [t for arg in node.args for t in texts(arg)]
    return ["{}"]


def literals(node: ast.AST) -> list[str]:
    """The texts with words of their own that `node` puts in front of people."""
    return [text for text in texts(node) if shown_words(text)]


# Calls whose text sits among other arguments: the text alone is shown, a data value beside it
# ("all" in addItem(self.tr("All"), "all")) is not. Position of the text; one further when an
# icon comes first.
TEXT_AMONG_DATA = {"addItem": 0, "insertItem": 1, "addAction": 0, "addTab": 1, "insertTab": 2,
                   "setItemText": 1, "setTabText": 1, "setTabToolTip": 1}


def _looks_like_icon(node: ast.expr) -> bool:
    return "icon" in ast.unparse(node).lower()


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    if name in TEXT_AMONG_DATA:
        position = TEXT_AMONG_DATA[name]
        if len(call.args) > position + 1 and _looks_like_icon(call.args[position]):
            position += 1
        return call.args[position:position + 1]
    if name in SETTERS or name in CONSTRUCTORS:
        return [*call.args, *(k.value for k in call.keywords
                              if k.arg in (None, "text", "title", "toolTip"))]
    receiver = _name(call.func.value) if isinstance(call.func, ast.Attribute) else None
    if name in MESSAGE_BOX and receiver == "QMessageBox":
        return list(call.args[1:3])
    if name in FILE_DIALOG and receiver == "QFileDialog":
        shown = [call.args[1:2], [k.value for k in call.keywords if k.arg == "caption"],
                 call.args[3:4], [k.value for k in call.keywords if k.arg == "filter"]]
        return [argument for part in shown for argument in part]
    if name in INPUT_DIALOG and receiver == "QInputDialog":
        return list(call.args[1:3])
    return []


def scan(path: Path):
    """(literal, line) shown untranslated, and (call source, line) of computed tr() texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    shown, computed = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in shown_arguments(node):
            shown += [(text, node.lineno) for text in literals(argument)]
        name, receiver = _name(node.func), getattr(node.func, "value", None)
        # translate() of QCoreApplication, not of a painter or a translator.
        translating = name == "translate" and _name(receiver) in TRANSLATING_CLASSES
        looked_up = node.args[:1] if name == "tr" else node.args[:2] if translating else []
        if looked_up and not all(isinstance(t, ast.Constant) for t in looked_up):
            computed.append((ast.unparse(node), node.lineno))
    return shown, computed


def translated_calls(path: Path):
    """(context, source, line) of every literal tr()/translate()/QT_TRANSLATE_NOOP, the
    context as lupdate reads it (the class for self.tr)."""
    def visit(node: ast.AST, klass: str | None):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else klass
            if isinstance(child, ast.Call):
                name, args = _name(child.func), child.args
                if name == "tr" and args and isinstance(args[0], ast.Constant):
                    yield klass, args[0].value, child.lineno
                elif (name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2
                      and all(isinstance(a, ast.Constant) for a in args[:2])):
                    yield args[0].value, args[1].value, child.lineno
            yield from visit(child, inner)
    yield from visit(ast.parse(path.read_text(encoding="utf-8")), None)


# ----------------------------------------------------------------- the .ts files
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_unfinished(language):
    assert tools.unfinished(tools.ts_file(language)) == [], (
        f"fondue_desk_{language}.ts: translate these (Thai: pending/*.tsv, English plural "
        f"forms: pending/*-en.tsv), then run python scripts/update_translations.py")


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_obsolete_or_vanished(language):
    kinds = {m.find("translation").get("type")
             for m in messages(tools.ts_file(language)).values()}
    assert not kinds & {"obsolete", "vanished"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_exactly_the_strings_of_the_code(tmp_path, language):
    """lupdate on a copy, run as the script runs it, finds nothing new and nothing gone."""
    copy = tmp_path / f"fondue_desk_{language}.ts"
    shutil.copy(tools.ts_file(language), copy)
    subprocess.run([tools.tool("pyside6-lupdate"), *map(str, ui_files()), "-ts", str(copy),
                    *tools.lupdate_options(language)], check=True, capture_output=True)
    assert messages(copy).keys() == messages(tools.ts_file(language)).keys(), (
        "ui/ strings changed: run python scripts/update_translations.py and translate")


def test_every_literal_tr_call_is_in_the_thai_file():
    """What lupdate cannot see (a tr() inside an f-string) would show English on the Thai desk."""
    known = messages(tools.ts_file("th")).keys()
    missing = [f"{relative(path)}:{line} {context} {source!r}"
               for path in ui_files() for context, source, line in translated_calls(path)
               if (context, source) not in known]
    assert missing == []


def test_thai_has_one_plural_form_and_english_two():
    thai, english = messages(tools.ts_file("th")), messages(tools.ts_file("en"))
    counted = {key for key, message in thai.items() if message.get("numerus") == "yes"}
    assert counted, "the desk has counted strings: the Thai file must hold them"
    # English keeps nothing but the counted strings: every other source is its own English.
    assert english.keys() == counted
    for key in counted:
        forms = [f.text or "" for f in thai[key].find("translation").findall("numerusform")]
        assert len(forms) == 1 and "%n" in forms[0], key
        singular, plural = [f.text or "" for f in
                            english[key].find("translation").findall("numerusform")]
        assert "%n" in singular and "%n" in plural, key
        assert "(s)" not in singular + plural, key
        if "(s)" in key[1]:
            assert singular != plural, key


def test_english_forms_come_from_the_source():
    assert tools.english_forms("%n job(s) started") == ("%n job started", "%n jobs started")
    assert tools.english_forms("%n complaint(s) have no coordinates") == (
        "%n complaint has no coordinates", "%n complaints have no coordinates")
    assert tools.english_forms("Logged today: %n") == ("Logged today: %n", "Logged today: %n")


def test_fill_english_plurals_keeps_forms_written_by_hand(tmp_path):
    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" '
        'language="en_US"><context><name>Page</name>'
        '<message numerus="yes"><source>%n reply(s)</source><translation>'
        '<numerusform>%n reply</numerusform><numerusform>%n replies</numerusform>'
        '</translation></message>'
        '<message numerus="yes"><source>%n row(s) pasted</source>'
        '<translation type="unfinished"><numerusform></numerusform>'
        '<numerusform></numerusform></translation></message></context></TS>',
        encoding="utf-8")
    assert tools.fill_english_plurals(ts) == ["%n row(s) pasted"]
    filled = messages(ts)
    assert [f.text for f in filled[("Page", "%n reply(s)")].iter("numerusform")] == [
        "%n reply", "%n replies"]
    assert [f.text for f in filled[("Page", "%n row(s) pasted")].iter("numerusform")] == [
        "%n row pasted", "%n rows pasted"]
    assert tools.unfinished(ts) == []


def test_the_english_desk_counts_in_english(english):
    def counted(n: int) -> str:
        return QCoreApplication.translate("RegisterPage", "%n complaint(s) found", None, n)

    assert counted(1) == "1 complaint found"
    assert counted(3) == "3 complaints found"
    assert counted(16669) == "16,669 complaints found"


@pytest.mark.parametrize("context, source, n, shown", [
    ("PdfJobDialog", "%n page(s)", 1, "1 page"),
    ("PdfJobDialog", "%n page(s)", 7, "7 pages"),
    ("Urgency", "%n day(s) overdue", 2, "2 days overdue"),
    ("Printing", "Sent to %1: %n page(s).", 1, "Sent to %1: 1 page."),
])
def test_a_counted_translate_call_reads_english_on_the_english_desk(english, context, source,
                                                                     n, shown):
    """lupdate marks only tr() calls as counted; translate() ones get the rule at run time."""
    assert QCoreApplication.translate(context, source, "", n) == shown


def test_a_counted_translate_call_keeps_its_thai():
    assert QCoreApplication.translate("PdfJobDialog", "%n page(s)", "", 7) == "7 หน้า"


def test_the_thai_desk_counts_in_thai():
    assert QCoreApplication.translate("RegisterPage", "%n complaint(s) found", None, 3) \
        == "พบ 3 เรื่อง"


# ----------------------------------------------------------------- the code
def test_no_text_people_read_bypasses_the_translation_layer():
    found, seen = [], set()
    for path in ui_files():
        shown, _computed = scan(path)
        for text, line in shown:
            key = (relative(path), text)
            seen.add(key)
            if key not in ALLOWED_LITERALS:
                found.append(f"{key[0]}:{line} {text!r}")
    assert found == [], "wrap these in self.tr()/QCoreApplication.translate()"
    assert set(ALLOWED_LITERALS) <= seen, "allowed literals no longer in the code"


def test_every_translated_text_is_a_literal_lupdate_sees():
    found, seen = [], set()
    for path in ui_files():
        for call, line in scan(path)[1]:
            key = (relative(path), call)
            seen.add(key)
            if key not in ALLOWED_LOOKUPS:
                found.append(f"{key[0]}:{line} {call}")
    assert found == [], "tr() needs the literal text: lupdate collects it from the code"
    assert set(ALLOWED_LOOKUPS) <= seen, "allowed lookups no longer in the code"


@pytest.mark.parametrize("code, shown", [
    ('label.setText("Saved")', ["Saved"]),
    ('QPushButton(f"Print {n}", self)', ["Print {}"]),
    ('QLabel(f"<span style=\'color:{c}\'>■</span> {name}")', []),
    ('box.setTitle("<b>" + self.tr("Dates") + "</b>")', []),
    ('label.setText(self.tr("No. %1").replace("%1", number))', []),
    ('label.setText(at.replace("T", " "))', []),
    ('QMessageBox.warning(self, "Oops", self.tr("Fine"))', ["Oops"]),
    ('menu.addAction("Export", self.export)', ["Export"]),
    ('combo.addItem(self.tr("All"), "all")', []),
    ('QFileDialog.getSaveFileName(self, self.tr("Save"), path, "Excel (*.xlsx)")',
     ["Excel (*.xlsx)"]),
    ('QFileDialog.getOpenFileName(self, "Open", "", self.tr("Pictures (*.png)"))', ["Open"]),
    ('combo.addItem(style.standardIcon(SP), "Open", "open")', ["Open"]),
    ('tabs.addTab(page, "Letters")', ["Letters"]),
    ('label.setText(f"{name} · {escape(self.tr(\'Reprint\'))}")', []),
])
def test_the_scan_finds_literals_and_leaves_translated_text_alone(tmp_path, code, shown):
    source = tmp_path / "sample.py"
    source.write_text(code + "\n", encoding="utf-8")
    assert [text for text, _line in scan(source)[0]] == shown


def test_the_scan_sees_a_tr_call_inside_an_f_string(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text("class Pane:\n    def show(self):\n"
                      "        return f\"<a>{self.tr('Reprint')}</a>\"\n", encoding="utf-8")
    assert [(c, s) for c, s, _line in translated_calls(source)] == [("Pane", "Reprint")]


def test_pending_translations_merge_into_both_files(tmp_path, monkeypatch):
    pending = tmp_path / "pending"
    pending.mkdir()
    (pending / "area.tsv").write_text(
        "Page\tSave\tบันทึก\nPage\t%n row(s) pasted\tวาง %n แถว\n", encoding="utf-8")
    (pending / "area-en.tsv").write_text(
        "Page\t%n row(s) pasted\t%n row pasted in\t%n rows pasted in\n", encoding="utf-8")
    monkeypatch.setattr(tools, "PENDING_DIR", pending)
    thai, english = tools.read_pending()
    ts = tmp_path / "th.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="th_TH">'
        '<context><name>Page</name>'
        '<message><source>Save</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n row(s) pasted</source>'
        '<translation type="unfinished"><numerusform></numerusform></translation></message>'
        '</context></TS>', encoding="utf-8")
    english_ts = tmp_path / "en.ts"
    english_ts.write_text(ts.read_text(encoding="utf-8").replace("th_TH", "en_US"),
                          encoding="utf-8")
    assert tools.merge_translations(ts, thai) == {("Page", "Save"), ("Page", "%n row(s) pasted")}
    assert tools.unfinished(ts) == []
    assert [f.text for f in messages(ts)[("Page", "%n row(s) pasted")].iter("numerusform")] \
        == ["วาง %n แถว"]
    assert tools.merge_translations(english_ts, english) == {("Page", "%n row(s) pasted")}
    assert [f.text for f in messages(english_ts)[("Page", "%n row(s) pasted")]
            .iter("numerusform")] == ["%n row pasted in", "%n rows pasted in"]
