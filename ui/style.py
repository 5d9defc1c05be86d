"""The desk's look: Fusion with a light palette and one stylesheet, so every machine looks alike.

Office PCs run whatever Windows theme IT left behind; a fixed style keeps screenshots, training
material and the real desk identical.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

PRIMARY = "#1d5fa8"
PRIMARY_DARK = "#164a84"
ERROR = "#c62828"
MUTED = "#5f6b7a"
SURFACE = "#f4f6f9"

# Object names the widgets set so the stylesheet can single them out without subclasses.
PRIMARY_BUTTON = "primaryButton"
FIELD_ERROR = "fieldError"
HINT = "hint"
PAGE_TITLE = "pageTitle"
NAVIGATION = "navigation"
BADGE = "badge"

# The QComboBox rule below (a border and a white background) is also what Fusion's popup
# paints each entry with: its entries are menu items drawn through the combo's own rule,
# so the highlighted one came out as a white box while its text took the palette's white
# highlighted text. The `::item` rules give entries their own colours in every style; the
# item view rule covers styles (and editable combos) whose popup is a plain item view.
TEXT = "#1f2a37"

# Styling the combo's drop-down removes Fusion's arrow; Qt's own built-in resource replaces it
# without shipping an image of ours.
DOWN_ARROW = ":/qt-project.org/styles/commonstyle/images/arrow-down-16.png"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {SURFACE}; }}
QListWidget#{NAVIGATION} {{
    background: #1f2a37; color: #e8edf3; border: none; padding-top: 12px; outline: 0;
}}
QListWidget#{NAVIGATION}::item {{ padding: 10px 14px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#{NAVIGATION}::item:selected {{ background: {PRIMARY}; color: white; }}
QListWidget#{NAVIGATION}::item:hover:!selected {{ background: #2c3b4d; }}
QGroupBox {{
    background: white; border: 1px solid #dde3ea; border-radius: 8px;
    margin-top: 14px; padding: 14px 12px 10px 12px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {PRIMARY_DARK};
}}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPlainTextEdit,
QGroupBox QCheckBox {{ font-weight: normal; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    border: 1px solid #c5cdd8; border-radius: 5px; padding: 4px 6px; background: white;
}}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({DOWN_ARROW}); width: 12px; height: 12px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {PRIMARY}; }}
QComboBox QAbstractItemView {{
    background: white; color: {TEXT}; border: 1px solid #c5cdd8; outline: 0;
    selection-background-color: {PRIMARY}; selection-color: white;
}}
QComboBox::item {{ background: white; color: {TEXT}; }}
QComboBox::item:selected {{ background: {PRIMARY}; color: white; }}
QLineEdit:read-only {{ background: #eef1f5; color: #37414d; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ background: #eceff3; color: #9aa4b0; }}
QPushButton {{
    border: 1px solid #c5cdd8; border-radius: 5px; padding: 6px 14px; background: white;
}}
QPushButton:hover {{ background: #eef3f9; }}
QPushButton#{PRIMARY_BUTTON} {{
    background: {PRIMARY}; color: white; border: none; font-weight: bold; padding: 9px 22px;
}}
QPushButton#{PRIMARY_BUTTON}:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#{PRIMARY_BUTTON}:focus {{ border: 2px solid #f2b705; }}
QPushButton#{PRIMARY_BUTTON}:disabled {{ background: #c3ccd8; color: #f4f6f9; }}
QLabel#{FIELD_ERROR} {{ color: {ERROR}; font-weight: normal; }}
QLabel#{HINT} {{ color: {MUTED}; font-weight: normal; }}
QLabel#{PAGE_TITLE} {{ font-size: 16pt; font-weight: bold; color: #1f2a37; }}
QLabel#{BADGE} {{
    background: #e3eefb; color: {PRIMARY_DARK}; border-radius: 11px; padding: 3px 12px;
    font-weight: bold;
}}
QTableView {{
    background: white; border: 1px solid #dde3ea; border-radius: 6px;
    alternate-background-color: #f7f9fc; selection-background-color: #d6e6f8;
    selection-color: #1f2a37; gridline-color: #edf0f4;
}}
QHeaderView::section {{
    background: #eef1f5; border: none; border-bottom: 1px solid #dde3ea; padding: 6px;
    font-weight: bold; color: #37414d;
}}
QStatusBar {{ background: #e9edf2; color: #37414d; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def mark_primary(button: QPushButton) -> None:
    """The blue main button. A QDialogButtonBox polishes its buttons as it makes them, so the
    style sheet only sees the new object name after a fresh polish."""
    button.setObjectName(PRIMARY_BUTTON)
    button.setDefault(True)
    button.style().unpolish(button)
    button.style().polish(button)
