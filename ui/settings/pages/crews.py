"""Settings → Crews: the office's crews, whom to call, and which categories each one serves.

The categories drive the crew suggested when work is assigned; the leader account is the one
that may record the crew's results itself. Only an administrator changes crews; everyone
else sees the same page read-only (the one settings page they get). A crew is saved with its
own button; OK also saves the crew being edited, if it was changed.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.permissions import Action, can
from fondue_desk.domain.phone import format_phone
from fondue_desk.domain.statuses import Role
from fondue_desk.services import accounts, crews, reference
from fondue_desk.services.changes import ChangeSet
from fondue_desk.services.crews import CrewInput
from fondue_desk.services.views import CrewDetail

from ...icons import colour_chip
from ...labels import category_name
from ...messages import error_text
from ...style import HINT, MUTED, PAGE_TITLE, PRIMARY_BUTTON
from ...widgets.enter_submits import EnterSubmits
from ...widgets.field_feedback import FieldFeedback, error_label
from ..page import SettingsContext, SettingsPage, settings_page

NAME, LEADER, PHONE, CATEGORIES, OPEN, ACTIVE = range(6)
_ID = Qt.ItemDataRole.UserRole


@settings_page
class CrewsPage(SettingsPage):
    NAME = "crews"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Crews")
    SORT_ORDER = 50
    CHANGES = ChangeSet(crews=True)
    ADMIN_ONLY = False  # everyone may look; only an administrator changes

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._crews: list[CrewDetail] = []
        self._editing: CrewDetail | None = None  # None: a new crew

        self.table = QTableWidget(0, 6, self)
        self.show_inactive = QCheckBox(self.tr("Show inactive crews"), self)
        self.name = QLineEdit(self)
        self.leader_name = QLineEdit(self)
        self.leader_account = QComboBox(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("081-234-5678")
        self.members = QPlainTextEdit(self)
        self.members.setTabChangesFocus(True)
        self.members.setPlaceholderText(self.tr("One name per line"))
        self.members.setFixedHeight(self.members.fontMetrics().lineSpacing() * 4 + 14)
        self.categories = QListWidget(self)
        # Room for most of an office's categories; the window must still fit 1280x720.
        self.categories.setMinimumHeight(self.categories.fontMetrics().height() * 9 + 30)
        self.active = QCheckBox(self.tr("Active (can be given work)"), self)
        self.editor_title = QLabel(self)
        self.editor_title.setObjectName(PAGE_TITLE)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName(HINT)
        self.new_button = QPushButton(self.tr("New crew"), self)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), self)
        self.save_button = QPushButton(self.tr("Save crew"), self)
        self.save_button.setObjectName(PRIMARY_BUTTON)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        self._setup_table()
        self._build_layout()
        self._fill_leader_accounts()

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_crew)
        self.save_button.clicked.connect(self.save_crew)
        self.deactivate_button.clicked.connect(self.toggle_active)
        # Enter in a field saves the crew, and only that: no other button may take it.
        for button in (self.new_button, self.deactivate_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(True)
        # Enter in a field saves the crew; the window's OK must not take it and close.
        for editor in (self.name, self.leader_name, self.phone):
            EnterSubmits(editor, self.save_crew, self)
        self._apply_read_only()

    @property
    def read_only(self) -> bool:
        return not can(self._user.role, Action.MANAGE_CREWS)

    def load(self) -> None:
        self.reload()
        if self._crews and (self._editing is None or self.row_of(self._editing.id) < 0):
            self.table.selectRow(0)
        elif not self._crews:
            self.new_crew()

    def is_dirty(self) -> bool:
        """The editor holds changes not saved yet."""
        if self.read_only:
            return False
        data = self.editor_input()
        if self._editing is None:
            return bool(data.name.strip())
        crew = self._editing
        stored = CrewInput(name=crew.name, leader_name=crew.leader_name, members=crew.members,
                           phone=format_phone(crew.phone), category_ids=crew.category_ids,
                           leader_user_id=crew.leader_user_id, active=crew.active)
        return (data.name, data.leader_name, tuple(data.members), data.phone,
                set(data.category_ids), data.leader_user_id, data.active) != (
            stored.name, stored.leader_name, tuple(stored.members), stored.phone,
            set(stored.category_ids), stored.leader_user_id, stored.active)

    def validate(self) -> list[FieldError]:
        return []  # the crew registry checks on save (names must be unique in the office)

    def save(self) -> ChangeSet | None:  # OK: the crew being edited, if it changed
        if not self.is_dirty():
            return ChangeSet()
        return self.CHANGES if self.save_crew() is not None else None

    def first_error_widget(self) -> QWidget | None:
        return self.name

    # ----------------------------------------------------------------- building
    def _setup_table(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels((
            self.tr("Crew"), self.tr("Leader"), self.tr("Phone"), self.tr("Categories"),
            self.tr("Open jobs"), self.tr("Active")))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names and categories are elided (the tooltip has them whole), never scrolled to.
        for column, width in ((NAME, 160), (LEADER, 150)):  # all columns fit at 1280 px
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(CATEGORIES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        top = QHBoxLayout()  # the window shows the page's title above
        top.addStretch(1)
        top.addWidget(self.show_inactive)
        top.addSpacing(8)
        top.addWidget(self.new_button)
        left_column.addLayout(top)
        left_column.addWidget(self.table, 1)

        right = QWidget(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        rows = (("name", self.tr("Name:"), self.name, (self.name.textEdited,)),
                ("leader_name", self.tr("Leader:"), self.leader_name,
                 (self.leader_name.textEdited,)),
                ("leader_user_id", self.tr("Leader's account:"), self.leader_account,
                 (self.leader_account.currentIndexChanged,)),
                ("phone", self.tr("Phone:"), self.phone, (self.phone.textEdited,)),
                ("members", self.tr("Members:"), self.members, (self.members.textChanged,)),
                ("category_ids", self.tr("Categories served:"), self.categories,
                 (self.categories.itemChanged,)))
        for field, caption, editor, signals in rows:
            message = error_label(right)
            box = QWidget(right)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(message)
            form.addRow(caption, box)
            self.feedback.add(field, editor, message, signals)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.addWidget(self.editor_title)
        right_column.addLayout(form, 1)
        right_column.addWidget(self.general_error)
        right_column.addWidget(self.saved_label)
        right_column.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 440])
        hint = QLabel(self.tr("The categories a crew serves decide which crew is suggested "
                              "when work is assigned."), self)
        hint.setObjectName(HINT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)

    def _fill_leader_accounts(self) -> None:
        self.leader_account.addItem(self.tr("— none —"), None)
        if self.read_only:
            return  # the user list is the admin's; a read-only view names the one account
        try:
            users = accounts.list_users(self._db, self._user.id)
        except PermissionDenied:
            return
        for account in users:
            if account.role == Role.CREW_LEADER and account.active:
                self.leader_account.addItem(f"{account.full_name} ({account.username})",
                                            account.id)

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        for editor in (self.name, self.leader_name, self.phone):
            editor.setReadOnly(True)
        self.members.setReadOnly(True)
        self.leader_account.setEnabled(False)
        self.active.setEnabled(False)
        for button in (self.new_button, self.deactivate_button, self.save_button):
            button.hide()
        self.saved_label.setText(self.tr("Only an administrator can change crews."))

    # ----------------------------------------------------------------- list
    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else (
            self._editing.id if self._editing else None)
        self._crews = crews.list_crews(self._db, self._office.id,
                                       include_inactive=self.show_inactive.isChecked())
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self._crews))
        for row, crew in enumerate(self._crews):
            cells = (crew.name, crew.leader_name, format_phone(crew.phone),
                     ", ".join(crew.category_names), str(crew.open_jobs),
                     self.tr("Yes") if crew.active else self.tr("No"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, crew.id)
                item.setToolTip("\n".join(crew.category_names) if column == CATEGORIES
                                else text)
                if column == OPEN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not crew.active:
                    item.setForeground(QBrush(QColor(MUTED)))
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._keep_columns_in_view()
        row = self.row_of(current) if current is not None else -1
        if row >= 0:
            table.selectRow(row)

    def _keep_columns_in_view(self) -> None:
        """The table never scrolls sideways, so it is never narrower than its columns with
        the categories squeezed to their least; the splitter then takes the room elsewhere."""
        table, header = self.table, self.table.horizontalHeader()
        fixed = 0
        for column in range(table.columnCount()):
            if column == CATEGORIES:  # squeezed to its least, its title still whole
                fixed += max(header.minimumSectionSize(), header.sectionSizeHint(column))
            elif header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                fixed += max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            else:
                fixed += header.sectionSize(column)
        table.setMinimumWidth(fixed + 2 * table.frameWidth()
                              + table.verticalScrollBar().sizeHint().width())

    def row_of(self, crew_id: int) -> int:
        return next((r for r, c in enumerate(self._crews) if c.id == crew_id), -1)

    def crew_names(self) -> list[str]:
        return [c.name for c in self._crews]

    def select_crew(self, crew_id: int) -> None:
        self.table.selectRow(self.row_of(crew_id))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._edit(self._crews[rows[0].row()])

    # ----------------------------------------------------------------- editor
    def new_crew(self) -> None:
        self.table.clearSelection()
        self._edit(None)
        self.name.setFocus()

    def _edit(self, crew: CrewDetail | None) -> None:
        self._editing = crew
        self.feedback.clear_all()
        if not self.read_only:
            self.saved_label.clear()
        self.editor_title.setText(crew.name if crew else self.tr("New crew"))
        self.name.setText(crew.name if crew else "")
        self.leader_name.setText(crew.leader_name if crew else "")
        self.phone.setText(format_phone(crew.phone) if crew else "")
        self.members.setPlainText("\n".join(crew.members) if crew else "")
        self.active.setChecked(crew.active if crew else True)
        self._set_leader_account(crew.leader_user_id if crew else None)
        self._fill_categories(crew)
        self.deactivate_button.setEnabled(crew is not None)
        self.deactivate_button.setText(
            self.tr("Reactivate") if crew is not None and not crew.active
            else self.tr("Deactivate"))

    def _set_leader_account(self, user_id: int | None) -> None:
        index = self.leader_account.findData(user_id)
        if index < 0 and user_id is not None:
            try:  # read-only, or an account no longer active: still say whose it is
                account = reference.user(self._db, user_id)
                self.leader_account.addItem(account.full_name, user_id)
            except NotFound:
                self.leader_account.addItem("?", user_id)
            index = self.leader_account.count() - 1
        self.leader_account.setCurrentIndex(max(index, 0))

    def _fill_categories(self, crew: CrewDetail | None) -> None:
        chosen = set(crew.category_ids) if crew else set()
        self.categories.blockSignals(True)
        self.categories.clear()
        offered = [(c.id, category_name(c.name_th, c.name_en), c.colour)
                   for c in reference.active_categories(self._db, self._office.id)]
        # A category switched off later stays listed while this crew still serves it.
        known = {cid for cid, _n, _c in offered}
        if crew:
            offered += [(cid, name, "") for cid, name in zip(crew.category_ids,
                                                             crew.category_names, strict=True)
                        if cid not in known]
        for category_id, name, colour in offered:
            item = QListWidgetItem(colour_chip(colour or "#607d8b"), name)
            item.setData(_ID, category_id)
            flags = Qt.ItemFlag.ItemIsEnabled
            if not self.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if category_id in chosen
                               else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.categories.blockSignals(False)

    def checked_category_ids(self) -> list[int]:
        return [self.categories.item(i).data(_ID) for i in range(self.categories.count())
                if self.categories.item(i).checkState() == Qt.CheckState.Checked]

    def set_category_checked(self, category_id: int, checked: bool) -> None:
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            if item.data(_ID) == category_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def editor_input(self) -> CrewInput:
        return CrewInput(
            name=self.name.text(), leader_name=self.leader_name.text(),
            members=[m for m in self.members.toPlainText().split("\n") if m.strip()],
            phone=self.phone.text(), category_ids=self.checked_category_ids(),
            leader_user_id=self.leader_account.currentData(), active=self.active.isChecked())

    # ----------------------------------------------------------------- saving
    def error_text(self, field: str = "") -> str:
        if field:
            return self.feedback.message(field)
        return self.general_error.text() if not self.general_error.isHidden() else ""

    def save_crew(self) -> CrewDetail | None:
        if self.read_only:
            return None
        return self._save(self.editor_input(), self._editing.id if self._editing else None)

    def toggle_active(self) -> CrewDetail | None:
        """Deactivate (or reactivate) the crew as stored; its history and jobs stay."""
        crew = self._editing
        if crew is None or self.read_only:
            return None
        if crew.active and crew.open_jobs and QMessageBox.question(
                self, self.tr("Deactivate crew"),
                self.tr("%1 still has %n open job(s). Deactivate it anyway? Its jobs stay "
                        "with it until they are reassigned.", "", crew.open_jobs)
                .replace("%1", crew.name)) != QMessageBox.StandardButton.Yes:
            return None
        data = CrewInput(name=crew.name, leader_name=crew.leader_name, members=crew.members,
                         phone=crew.phone, category_ids=crew.category_ids,
                         leader_user_id=crew.leader_user_id, active=not crew.active)
        return self._save(data, crew.id)

    def _save(self, data: CrewInput, crew_id: int | None) -> CrewDetail | None:
        try:
            saved = crews.save_crew(self._db, self._user.id, data, crew_id=crew_id)
        except InvalidInput as exc:
            first = self.feedback.show_errors(list(exc.errors))
            if first is not None:
                first.setFocus()
            return None
        except (NotFound, PermissionDenied) as exc:
            self.feedback.clear_all()
            self.general_error.setText(error_text(exc))
            self.general_error.show()
            return None
        if not saved.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the crew just switched off in sight
        self.reload(select_id=saved.id)
        self._edit(next((c for c in self._crews if c.id == saved.id), saved))
        self.saved_label.setText(self.tr("Saved %1").replace("%1", saved.name))
        self.changed_now.emit(self.CHANGES)
        return saved
