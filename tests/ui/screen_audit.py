"""What the English desk shows, read back from the widgets: every visible text a clerk reads
(labels, buttons, group boxes, tabs, table headers and cells, list and combo items, menus,
button tooltips, placeholders, window titles), Thai found in it that is not data, and text cut
short.

Data is what the office typed: every string stored in the database (the office's name, the
complaints, people, crews, villages and categories), except the Thai names of villages and
categories that were given an English one (the English desk must show that instead). A Thai
run of text on screen is data when it occurs in one of those strings, so a description elided
in a narrow cell or a name inside "User: %1" still counts as data.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text, select

from fondue_desk.documents.demo_mark import DEMO_MARK
from fondue_desk.documents.thai_text import THAI_MONTHS, THAI_MONTHS_SHORT

from .test_window_fits import cut_short, settle

THAI_RUN = re.compile(r"[\u0e00-\u0e7f](?:[\u0e00-\u0e7f0-9 .:/()\-]*[\u0e00-\u0e7f])?")
_MONTHS = "|".join(re.escape(m.rstrip(".")) for m in THAI_MONTHS + THAI_MONTHS_SHORT)
DATE_WORDS = re.compile(rf"{_MONTHS}|เวลา|พ\.ศ\.|น\.|น$")
UNWORDED_PLURAL = re.compile(r"\d\s+[a-z]+\((?:e?s)\)")  # "7 page(s)", not "id(s) Traffy gave"
# Thai on purpose inside English: the Thai word a form's paper uses, after the English one
# ("Document code (ที่)", "villages (หมู่)"), and an example of what is typed in Thai because
# it is printed in Thai ("e.g. นายสมชาย ใจดี", "For example 1กข 1234 ภูเก็ต", a Thai plate).
GLOSS = re.compile(r"(?<=[A-Za-z] )\([\u0e00-\u0e7f.]+\)")
EXAMPLE = re.compile(r"\b(?:e\.g\.|[Ff]or example) [^,;()]*")
ROW = re.compile(r"row \d+ ")
TAG = re.compile(r"<[^>]+>")
# Rows of a table or list read per view: the headers and the first screenful show whether the
# cells speak the desk's language; reading 300 rows of each page would only repeat them.
ROWS_READ = 25
# Shown in Thai on purpose on the English desk.
DELIBERATE = (
    "ไทย",  # the language menu names each language in its own words
    "๑๒๓",  # the letters' "Use Thai digits (๑๒๓)" shows what the digits look like
    DEMO_MARK,  # "ตัวอย่าง / DEMO": the demo's mark, the same bilingual words as on its paper
)


@dataclass(frozen=True)
class Shown:
    where: str  # the widget's class and object name, and what part of it
    text: str


def data_strings(db) -> list[str]:
    """Every string the office stored, minus the Thai names that have an English one."""
    from fondue_desk.db import models

    hidden = {("category", "name_th"), ("village", "name")}
    found: list[str] = []
    with db.read() as session:
        for mapper in models.Base.registry.mappers:
            table = mapper.local_table
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns or table.name in ("office_setting", "category_field"):
                continue  # settings and question definitions hold both languages as JSON
            for row in session.execute(select(*columns)).mappings():
                english = row.get("name_en") or ""
                for column in columns:
                    value = row[column.name]
                    if not isinstance(value, str) or not THAI_RUN.search(value):
                        continue
                    if english and (table.name, column.name) in hidden:
                        continue
                    found.append(value)
                if row.get("tambon"):  # an address as the desk writes it
                    found.append(f"{row.get('address_line') or row.get('address') or ''} "
                                 f"ต.{row['tambon']} อ.{row['amphoe']} จ.{row['province']} "
                                 f"{row.get('postal_code') or ''}")
    return found


class Audit:
    """Reads screens of one desk; `data` are the strings Thai may come from."""

    def __init__(self, data: Iterable[str], folder: Path | None = None) -> None:
        self.corpus = "\n".join(data) + "\n" + "\n".join(DELIBERATE)
        self.folder = folder or (Path(os.environ["FONDUE_ENGLISH_PNGS"])
                                 if os.environ.get("FONDUE_ENGLISH_PNGS") else None)
        self.grabbed: list[Path] = []
        self.problems: list[str] = []
        self._seen: set[tuple[str, str]] = set()  # each finding once, where it first shows

    def add_data(self, strings: Iterable[str]) -> None:
        self.corpus += "\n" + "\n".join(strings)

    def not_data(self, text: str) -> list[str]:
        if text.rstrip("…") in self.corpus:
            return []  # a stored text as it is (an official letter's Thai reference, say)
        # A run of Thai that is only a date's words is the desk's own formatting, even in an
        # example or where a note or a letter in the data holds the same words.
        dates = [run for run in THAI_RUN.findall(text)
                 if not THAI_RUN.search(DATE_WORDS.sub("", run))]
        text = GLOSS.sub("", EXAMPLE.sub("", text))
        return dates + [run for run in THAI_RUN.findall(text)
                        if run not in self.corpus and run not in dates]

    def thai_outside_data(self, root: QWidget) -> list[str]:
        found = []
        for item in visible_texts(root):
            runs = self.not_data(item.text)
            # A column's cells alike: the first one stands for the column.
            key = (ROW.sub("", item.where), "" if ROW.search(item.where) else " ".join(runs))
            if runs and key not in self._seen:
                self._seen.add(key)
                found.append(f"{item.where}: {item.text[:80]!r} (Thai: {', '.join(runs)})")
        return found

    def unworded_plurals(self, root: QWidget) -> list[str]:
        """"3 complaint(s)": a counted string shown without its English forms."""
        found = []
        for item in visible_texts(root):
            if UNWORDED_PLURAL.search(item.text) and ("(s)", item.text) not in self._seen:
                self._seen.add(("(s)", item.text))
                found.append(f"{item.where}: {item.text[:80]!r}")
        return found

    def check(self, widget: QWidget, what: str) -> list[str]:
        """Grab `widget` (its window) and note its Thai outside data and its cut text."""
        settle()
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / (re.sub(r"\W+", "_", what).strip("_") + ".png")
            widget.window().grab().save(str(path))
            self.grabbed.append(path)
        problems = [f"{what}: Thai outside data: {p}" for p in self.thai_outside_data(widget)]
        problems += [f"{what}: plural not worded: {p}" for p in self.unworded_plurals(widget)]
        window = widget.window()
        for problem in (cut_short(window) + cut_headers(window) + cut_placeholders(window)
                        + cut_combos(window)):
            if ("cut", problem) not in self._seen:
                self._seen.add(("cut", problem))
                problems.append(f"{what}: cut: {problem}")
        self.problems += problems
        return problems


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _where(widget: QWidget, part: str = "") -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}{' ' + part if part else ''}"


def _plain(text: str) -> str:
    return TAG.sub(" ", text) if "<" in text else text


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model's columnCount is private to Python
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    display = Qt.ItemDataRole.DisplayRole
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        for column in range(_columns(model)):
            if not header.isSectionHidden(column) and not view.isColumnHidden(column):
                text = model.headerData(column, Qt.Orientation.Horizontal, display)
                if isinstance(text, str):
                    yield Shown(_where(view, f"header {column}"), text)
    columns = [c for c in range(_columns(model))
               if not (isinstance(view, QTableView) and view.isColumnHidden(c))]
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in columns:
            index = model.index(row, column, QModelIndex())
            for role in (display, Qt.ItemDataRole.ToolTipRole):
                text = model.data(index, role)
                if isinstance(text, str) and text:
                    yield Shown(_where(view, f"row {row} column {column}"), _plain(text))


def _menu_texts(menu: QMenu, path: str) -> Iterator[Shown]:
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        where = f"menu {path} → {action.text()}"
        yield Shown(where, action.text())
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield Shown(where + " tooltip", action.toolTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{path} → {action.text()}")


def visible_texts(root: QWidget) -> Iterator[Shown]:
    """The texts a reader sees in `root`'s window (menus included, opened or not)."""
    window = root.window()
    yield Shown(_where(window, "title"), window.windowTitle())
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and action.menu() is not None:
                yield Shown("menu bar", action.text())
                yield from _menu_texts(action.menu(), action.text())
    for widget in root.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            yield Shown(_where(widget), _plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            yield Shown(_where(widget), widget.text())
            if widget.toolTip():
                yield Shown(_where(widget, "tooltip"), _plain(widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            yield Shown(_where(widget, "title"), widget.title())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield Shown(_where(widget, f"tab {tab}"), widget.tabText(tab))
        elif isinstance(widget, QComboBox):
            for row in range(min(widget.count(), ROWS_READ)):
                yield Shown(_where(widget, f"item {row}"), widget.itemText(row))
        elif isinstance(widget, QLineEdit):
            if widget.placeholderText():
                yield Shown(_where(widget, "placeholder"), widget.placeholderText())
            if widget.isReadOnly():
                yield Shown(_where(widget), widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if widget.placeholderText():
                yield Shown(_where(widget, "placeholder"), widget.placeholderText())
            if widget.isReadOnly():
                yield Shown(_where(widget), widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _model_texts(widget)
        if widget.toolTip() and not isinstance(widget, QAbstractButton) and \
                isinstance(widget, (QLabel, QLineEdit, QComboBox)):
            yield Shown(_where(widget, "tooltip"), _plain(widget.toolTip()))


def cut_headers(root: QWidget) -> list[str]:
    """Column titles narrower than their words: a header clips them without an ellipsis, so
    "Categories" reads "Categorie" (cells elide, and the clerk can widen a column; a title
    cut as the screen opens is never read whole)."""
    problems = []
    for view in root.findChildren(QTableView):
        if not _shown(view) or view.window() is not root.window():
            continue
        header, model = view.horizontalHeader(), view.model()
        if model is None or not header.isVisible():
            continue
        # The desk's style sheet pads a title 6 px each side and sets it in bold.
        margin = max(6, header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None,
                                                   header))
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(_columns(model)):
            text = model.headerData(column, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole)
            if header.isSectionHidden(column) or not isinstance(text, str) or not text:
                continue
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            needed += 2 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize,
                                                     None, header)
            if header.sectionSize(column) < needed:
                problems.append(f"{_where(view, 'header')} {text!r}: needs {needed} px, "
                                f"has {header.sectionSize(column)}")
    return problems


COMBO_CHROME = 36  # a combo box's frame, padding and arrow beside its text


def cut_combos(root: QWidget) -> list[str]:
    """Lists whose shown choice is wider than the box: Qt clips it without an ellipsis."""
    problems = []
    for combo in root.findChildren(QComboBox):
        text = combo.currentText()
        if not _shown(combo) or combo.window() is not root.window() or not text \
                or _in_item_view(combo):
            continue
        needed = combo.fontMetrics().horizontalAdvance(text) + COMBO_CHROME
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4
        if combo.width() < needed:
            problems.append(f"{_where(combo)} {text!r}: needs {needed} px, has {combo.width()}")
    return problems


CLEAR_BUTTON = 22  # a line edit's action icon (16 px) and its margins


def cut_placeholders(root: QWidget) -> list[str]:
    """Empty line edits whose grey hint does not fit: Qt cuts it short with "…", so the clerk
    reads half a sentence."""
    problems = []
    for edit in root.findChildren(QLineEdit):
        if not _shown(edit) or edit.window() is not root.window() or edit.text() \
                or not edit.placeholderText() or _in_item_view(edit):
            continue
        margins = edit.textMargins()
        # Qt's 2 px each side inside the frame; the clear button keeps its room while hidden.
        room = edit.contentsRect().width() - margins.left() - margins.right() - 2 * 2
        room -= CLEAR_BUTTON if edit.isClearButtonEnabled() else 0
        room -= sum(CLEAR_BUTTON for action in edit.actions() if action.isVisible()
                    and action.objectName() != "_q_qlineeditclearaction")
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        if needed > room:
            problems.append(f"{_where(edit, 'placeholder')} {edit.placeholderText()!r}: "
                            f"needs {needed} px, has {room}")
    return problems


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def close_popups() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMenu) and widget.isVisible():
            widget.hide()
