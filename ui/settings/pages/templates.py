"""Settings → Templates: the office's own words on the receipt, the work order and each
category's closure letter, with the fields beside the editor and the real document previewed
as the admin types.

Each template is saved with its own button (OK and Cancel do not touch it). The preview is laid
out off the GUI thread a quarter second after typing stops; a newer text replaces one still being
laid out, so only the latest result is ever shown.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, FondueError, InvalidInput
from fondue_desk.domain.templates import KINDS, Kind
from fondue_desk.services import document_templates as service
from fondue_desk.services import reference
from fondue_desk.services import template_preview as previews
from fondue_desk.services.changes import ChangeSet

from ...dates import iso_moment
from ...labels import category_name, ui_language
from ...messages import error_text, field_error_text
from ...style import HINT
from ...tasks import BackgroundTask
from ...widgets.field_feedback import error_label
from ...widgets.pdf_preview import PdfPreviewWidget
from ..page import SettingsContext, SettingsPage, settings_page

DEBOUNCE_MS = 250
_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


@settings_page
class TemplatesPage(SettingsPage):
    NAME = "templates"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Templates")
    SORT_ORDER = 72
    CHANGES = ChangeSet(letters=True)
    KEYWORDS = ("template", "แบบข้อความ", "receipt", "work order", "letter", "Jinja")

    preview_shown = Signal()       # a new PDF is on screen
    preview_refused = Signal()     # the text has a problem; the last good preview stays

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._context: previews.PreviewContext | None = None
        self._view: service.TemplateView | None = None
        self._drafts: dict[tuple[str, int | None], str] = {}
        self._task: BackgroundTask | None = None
        self._pending = False          # text changed while a preview was being laid out
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.load()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind, title in self._kind_titles():
            self.kind.addItem(title, kind.value)
        self.category = QComboBox(self)
        self.tracking = QLineEdit(self)
        self.tracking.setPlaceholderText(self.tr("Tracking no. (blank: sample)"))
        self.tracking.setToolTip(self.tr("Tracking no. (empty: a sample complaint)"))
        self.tracking.setClearButtonEnabled(True)
        self.tracking_error = error_label(self)
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("&Document:"), self, buddy=self.kind), 0, 0)
        top.addWidget(self.kind, 0, 1)
        top.addWidget(QLabel(self.tr("C&ategory:"), self, buddy=self.category), 0, 2)
        top.addWidget(self.category, 0, 3)
        top.addWidget(QLabel(self.tr("Preview &complaint:"), self, buddy=self.tracking), 0, 4)
        top.addWidget(self.tracking, 0, 5)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(3, 2)
        top.setColumnStretch(5, 2)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { background: #fff4e5; color: #7a4100; "
                                   "border: 1px solid #f0b060; border-radius: 4px; "
                                   "padding: 4px 8px; }")
        self.problem.hide()

        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(True)
        self.template_error = error_label(self)
        self.reset_button = QPushButton(self.tr("&Reset to default"), self)
        self.save_button = QPushButton(self.tr("&Save template"), self)
        self.message = QLabel(self)
        self.message.setObjectName(HINT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        editing = QWidget(self)
        column = QVBoxLayout(editing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_hint(self.tr("Empty means the standard wording (shown in grey). "
                                       "Write {{ field }} for a value, {% if field %}…{% endif %} "
                                       "for a line that only some complaints need."), editing))
        column.addWidget(self.editor, 1)
        column.addWidget(self.template_error)
        column.addLayout(buttons)

        self.fields = QListWidget(self)
        self.fields.setToolTip(self.tr("Click a field to insert it at the cursor."))
        fields_box = QWidget(self)
        side = QVBoxLayout(fields_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Fields (click to insert):"), fields_box))
        side.addWidget(self.fields, 1)

        self.preview = PdfPreviewWidget(self)
        self.preview.setMinimumWidth(260)
        splitter = QSplitter(self)
        splitter.addWidget(editing)
        splitter.addWidget(fields_box)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 5)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tracking_error)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)

        self.kind.currentIndexChanged.connect(self._target_changed)
        self.category.currentIndexChanged.connect(self._target_changed)
        self.tracking.editingFinished.connect(self._complaint_changed)
        self.editor.textChanged.connect(self._edited)
        self.fields.itemClicked.connect(self.insert_field)
        self.fields.itemActivated.connect(self.insert_field)
        self.reset_button.clicked.connect(self.reset_template)
        self.save_button.clicked.connect(self.save_template)

    def _kind_titles(self) -> list[tuple[Kind, str]]:
        return [(Kind.RECEIPT_HEADER, self.tr("Receipt: note under the letterhead")),
                (Kind.RECEIPT_FOOTER, self.tr("Receipt: note at the foot")),
                (Kind.WORK_ORDER, self.tr("Work order: instruction for each job")),
                (Kind.LETTER_SUBJECT, self.tr("Closure letter: subject")),
                (Kind.LETTER_BODY, self.tr("Closure letter: body"))]

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for c in reference.categories(self._db, self._office.id):
            self.category.addItem(category_name(c.name_th, c.name_en), c.id)
        index = max(0, self.category.findData(current))
        self.category.setCurrentIndex(index)
        self.category.blockSignals(False)
        self._target_changed()

    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def current_category(self) -> int | None:
        return self.category.currentData() if KINDS[self.current_kind()].per_category else None

    def _key(self) -> tuple[str, int | None]:
        return self.current_kind().value, self.current_category()

    def _target_changed(self, *_args: object) -> None:
        if self._view is not None:  # keep the unsaved words of the template left
            key = (self._view.kind, self._view.category_id)
            if self.editor.toPlainText() != self._view.source:
                self._drafts[key] = self.editor.toPlainText()
            else:
                self._drafts.pop(key, None)
        kind = self.current_kind()
        self.category.setEnabled(KINDS[kind].per_category)
        try:
            self._view = service.template(self._db, self._office.id, kind,
                                          self.current_category())
        except FondueError as exc:
            self._say(self.template_error, exc)
            return
        self._fill_fields()
        self._show_problem()
        self.editor.setPlaceholderText(self._view.default)
        self.editor.setReadOnly(self.read_only)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._drafts.get(self._key(), self._view.source))
        self.editor.blockSignals(False)
        self.message.clear()
        self._complaint_changed()

    def _fill_fields(self) -> None:
        self.fields.clear()
        for f in self._view.fields if self._view else ():
            label = f.label_en if ui_language() == "en" else f.label_th
            item = QListWidgetItem(f"{label}  ·  {f.name}", self.fields)
            item.setData(_ROLE, f.name)
            item.setToolTip(f"{{{{ {f.name} }}}}")

    def _show_problem(self) -> None:
        problem = self._view.problem if self._view else None
        if problem is None:
            self.problem.hide()
            return
        why = field_error_text(FieldError("template", problem.code, problem.params))
        self.problem.setText(self.tr("Printed with the standard wording (%1, %2): %3 "
                                     "Saving this template again clears this notice.")
                             .replace("%1", problem.document or "-")
                             .replace("%2", iso_moment(problem.at))
                             .replace("%3", why))
        self.problem.show()

    def _complaint_changed(self) -> None:
        self.tracking_error.hide()
        try:
            self._context = previews.preview_context(
                self._db, self._office.id, self.current_kind(),
                category_id=self.current_category(), tracking_no=self.tracking.text())
        except FondueError as exc:
            self._say(self.tracking_error, exc)
            self._context = previews.preview_context(
                self._db, self._office.id, self.current_kind(),
                category_id=self.current_category())
        self._edited()
        self._timer.stop()
        self.refresh_preview()

    # ------------------------------------------------------------------ editing
    def _edited(self) -> None:
        dirty = self._view is not None and self.editor.toPlainText() != self._view.source
        self.save_button.setEnabled(dirty and not self.read_only)
        self.reset_button.setEnabled(bool(self._view and self._view.source) and
                                     not self.read_only)
        self._timer.start()

    def insert_field(self, item: QListWidgetItem) -> None:
        if self.read_only:
            return
        self.editor.insertPlainText(f"{{{{ {item.data(_ROLE)} }}}}")
        self.editor.setFocus()

    def refresh_preview(self) -> None:
        """Lay the document out again in the background; a running one is not interrupted,
        the newest text follows it."""
        if self._context is None:
            return
        if self._task is not None:
            self._pending = True
            return
        self._generation += 1
        generation, context, text = self._generation, self._context, self.editor.toPlainText()
        task = BackgroundTask(lambda _progress, _cancelled: previews.preview_pdf(context, text),
                              self)
        task.succeeded.connect(lambda result: self._preview_ready(generation, result))
        task.failed.connect(lambda error: self._preview_ready(generation, error))
        task.finished.connect(self._task_done)
        self._task = task
        task.start()

    def _task_done(self) -> None:
        self._task = None
        if self._pending:
            self._pending = False
            self.refresh_preview()

    def _preview_ready(self, generation: int, result: object) -> None:
        if generation != self._generation or self._pending:
            return  # typed on meanwhile: the newer text's preview follows
        self._mark_line(None)
        if isinstance(result, Exception):
            self._say(self.template_error, result)
            self.preview_refused.emit()
            return
        if result.error is not None:
            self.template_error.setText(field_error_text(result.error))
            self.template_error.show()
            self._mark_line(result.error.params.get("line"))
            self.preview_refused.emit()
            return
        self.template_error.hide()
        try:
            self.preview.set_pdf(result.pdf)
        except ValueError:
            return
        self.preview_shown.emit()

    def _mark_line(self, line: object) -> None:
        if not isinstance(line, int) or line < 1:
            self.editor.setExtraSelections([])
            return
        block = self.editor.document().findBlockByNumber(line - 1)
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fde7e7"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        self.editor.setExtraSelections([selection])

    # ------------------------------------------------------------------ saving
    def save_template(self) -> None:
        if self.read_only:
            return
        try:
            self._view = service.save_template(self._db, self._user.id, self.current_kind(),
                                               self.editor.toPlainText(),
                                               category_id=self.current_category())
        except InvalidInput as exc:
            self.template_error.setText(field_error_text(exc.errors[0]))
            self.template_error.show()
            self._mark_line(exc.errors[0].params.get("line"))
            self.editor.setFocus()
            return
        except FondueError as exc:
            self._say(self.template_error, exc)
            return
        self._saved(self.tr("Template saved."))

    def reset_template(self) -> None:
        if self.read_only:
            return
        try:
            self._view = service.reset_template(self._db, self._user.id, self.current_kind(),
                                                category_id=self.current_category())
        except FondueError as exc:
            self._say(self.template_error, exc)
            return
        self._saved(self.tr("The standard wording is back."))

    def _saved(self, words: str) -> None:
        self._drafts.pop(self._key(), None)
        self.changed_now.emit(self.CHANGES)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._view.source)
        self.editor.blockSignals(False)
        self._show_problem()
        self._edited()
        self.message.setText(words)

    def error_text(self, which: str = "template") -> str:
        label = {"template": self.template_error, "tracking": self.tracking_error}[which]
        return "" if label.isHidden() else label.text()

    def _say(self, label: QLabel, exc: Exception) -> None:
        if isinstance(exc, InvalidInput) and exc.errors:
            label.setText(field_error_text(exc.errors[0]))
        else:
            label.setText(error_text(exc))
        label.show()

    def hideEvent(self, event) -> None:  # Qt override
        # The window is closing or another page is shown: no new layout, and the running one
        # (a tenth of a second) is waited for, so its thread never outlives the page.
        self._timer.stop()
        self._pending = False
        if self._task is not None:
            self._task.wait()
        super().hideEvent(event)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(HINT)
    label.setWordWrap(True)
    return label
