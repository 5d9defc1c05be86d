"""Every value of a form at one moment, and the form put back exactly so (undoing a clear)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

_Value = str | bool | tuple[int, str]
# Tick boxes first: one may enable the fields after it ("anonymous" and the name).
_RESTORE_ORDER = (QCheckBox, QComboBox, QPlainTextEdit, QLineEdit)
# A widget with this property set keeps its editors' values itself (its editors are rebuilt
# when the category changes, so the snapshot cannot hold them): see `extra`.
OWN_SNAPSHOT = "ownSnapshot"


@dataclass(frozen=True)
class FormSnapshot:
    values: tuple[tuple[QWidget, _Value], ...]
    extra: Any = None  # what the form keeps besides its editors (the custom fields' answers)
    photos: tuple[tuple[str, bytes], ...] = ()  # the counter's photos, (file name, bytes)


def _owned_elsewhere(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.property(OWN_SNAPSHOT):
            return True
        parent = parent.parentWidget()
    return False


def editors(root: QWidget) -> list[QWidget]:
    """Every editor holding input under `root`, fields added later included: line edits, text
    boxes, tick boxes and combos (a combo's own line edit goes with its combo)."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, _RESTORE_ORDER)
            and not (isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox))
            and not _owned_elsewhere(w, root)]


def take(root: QWidget) -> FormSnapshot:
    values: list[tuple[QWidget, _Value]] = []
    for editor in editors(root):
        if isinstance(editor, QCheckBox):
            values.append((editor, editor.isChecked()))
        elif isinstance(editor, QComboBox):
            values.append((editor, (editor.currentIndex(), editor.currentText())))
        elif isinstance(editor, QPlainTextEdit):
            values.append((editor, editor.toPlainText()))
        elif isinstance(editor, QLineEdit):
            values.append((editor, editor.text()))
    return FormSnapshot(tuple(values))


def restore(snapshot: FormSnapshot) -> None:
    def rank(item: tuple[QWidget, _Value]) -> int:
        return next(i for i, kind in enumerate(_RESTORE_ORDER) if isinstance(item[0], kind))

    for editor, value in sorted(snapshot.values, key=rank):
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index, text = value
            editor.setCurrentIndex(index)
            if editor.lineEdit() is not None:
                editor.lineEdit().setText(text)
                # The combo judges its text again (a category's due date, a typed village).
                editor.lineEdit().textEdited.emit(text)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
