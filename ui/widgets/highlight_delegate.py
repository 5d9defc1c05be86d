"""Search terms painted on a yellow background inside table cells.

Thai stacks vowels and tone marks on their consonant, so a cell is laid out whole by a
QTextDocument (HarfBuzz shaping) with the matches as character formats; measuring glyphs
by hand would split clusters and misplace the marks.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HIGHLIGHT = QColor("#fff176")
SNIPPET_LEAD = 12  # characters kept before the first match: enough to read it in context
SNIPPET_LENGTH = 300  # a cell shows one line; the rest is in the tooltip and the detail pane
_Index = QModelIndex | QPersistentModelIndex


def match_snippet(text: str, terms: Iterable[str]) -> str:
    """One line of `text`, starting a little before its first match so that a match deep
    in a long description is in sight ("…" marks what was skipped)."""
    line = " ".join(text.split())
    spans = highlight_ranges(line, terms)
    start = spans[0][0] if spans else 0
    if start > SNIPPET_LEAD:
        cut = start - SNIPPET_LEAD
        # Never start on a combining mark: it would stand alone without its letter.
        while cut < start and unicodedata.category(line[cut]) in ("Mn", "Me"):
            cut += 1
        line = "…" + line[cut:]
    return line[:SNIPPET_LENGTH]


def highlight_ranges(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every case-insensitive match, merged, never ending inside a cluster."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = term.casefold()
        # casefold can change lengths (ß → ss); such a term is not highlighted, rather than wrongly.
        if not needle or len(needle) != len(term) or len(folded) != len(text):
            continue
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            # A term typed without its tone mark ("ไฟฟา") still paints the mark on its letter.
            while end < len(text) and unicodedata.category(text[end]) in ("Mn", "Me"):
                end += 1
            spans.append((start, end))
            start = folded.find(needle, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted_document(text: str, terms: Iterable[str], option: QStyleOptionViewItem,
                         colour: QColor) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
    document.setDefaultTextOption(text_option)
    document.setPlainText(text)
    cursor = QTextCursor(document)
    base = QTextCharFormat()
    base.setForeground(colour)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(base)
    marked = QTextCharFormat()
    marked.setBackground(HIGHLIGHT)
    marked.setForeground(QColor("#1f2a37"))  # dark on yellow, even in a selected row
    for start, end in highlight_ranges(text, terms):
        cursor.setPosition(_utf16(text, start))
        cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)
    return document


def _utf16(text: str, index: int) -> int:
    # Qt counts positions in UTF-16 units; an emoji before a match would otherwise shift it.
    return len(text[:index].encode("utf-16-le")) // 2


class HighlightDelegate(QStyledItemDelegate):
    """Highlights `terms()` in the given columns; other cells paint as usual."""

    def __init__(self, terms: Callable[[], list[str]], columns: Iterable[int],
                 parent=None) -> None:
        super().__init__(parent)
        self._terms = terms
        self._columns = frozenset(columns)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        terms = self._terms()
        if not terms or index.column() not in self._columns:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not highlight_ranges(text, terms):
            super().paint(painter, option, index)
            return
        style = opt.widget.style() if opt.widget else QApplication.style()
        # The style paints background, selection and focus; the text is ours.
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = foreground.color() if foreground is not None else opt.palette.color(role)
        document = highlighted_document(text, terms, opt, colour)
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, -6, 0))  # a gap before the next column
        top = rect.top() + max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(QPointF(rect.left() + 3, top))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
