"""Settings → Traffy Fondue: whether the office syncs with the Exchange API, where, as whom,
how often it fetches, and whether new counter complaints go to Traffy by default.

The password is written to the operating system's keyring (traffy_sync.set_credentials) only
when one is typed, and is never shown back: the box stays empty with a hint that one is kept.
"Test connection" signs in off the GUI thread, so a dead line never freezes the window.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fondue_desk.domain.errors import FieldError, InvalidInput
from fondue_desk.services import traffy_sync
from fondue_desk.services.changes import ChangeSet

from ..messages import error_text
from ..settings.page import SettingsContext, SettingsPage, settings_page
from ..style import HINT
from ..tasks import BackgroundTask
from ..widgets.field_feedback import FieldFeedback, error_label

FIELD_WIDTH = 420


def check_connection(db, office_id: int) -> None:
    """Sign in with the stored account; raises the client's coded error when it cannot."""
    client = traffy_sync.client_for(db, office_id)
    try:
        client.authenticate()
    finally:
        client.close()


@settings_page
class TraffySettingsPage(SettingsPage):
    NAME = "traffy"
    TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Traffy Fondue")
    SORT_ORDER = 95
    CHANGES = ChangeSet(traffy=True)  # the scheduler and the intake tick box follow
    KEYWORDS = ("Traffy", "Fondue", "sync", "Exchange API", "ทราฟฟี่")

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._task: BackgroundTask | None = None
        self.enabled = QCheckBox(self.tr("Sync with Traffy Fondue"), self)
        self.base_url = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("Organisation id(s) Traffy gave, e.g. 151"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.send_by_default = QCheckBox(
            self.tr("Send new counter complaints to Traffy Fondue by default"), self)
        self.pull_minutes = QSpinBox(self)
        self.pull_minutes.setRange(0, 24 * 60)
        self.pull_minutes.setSuffix(self.tr(" min"))
        self.pull_minutes.setSpecialValueText(self.tr("Only when asked"))
        self.pull_minutes.setMaximumWidth(200)
        for editor in (self.base_url, self.organisation, self.username, self.password):
            editor.setMaximumWidth(FIELD_WIDTH)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.general_error = error_label(self)
        self.feedback = FieldFeedback(self.general_error, self)
        labels = {name: error_label(self) for name in (
            "base_url", "organisation", "username", "password", "pull_every_minutes")}
        self.feedback.add("base_url", self.base_url, labels["base_url"],
                          [self.base_url.textEdited])
        self.feedback.add("organisation", self.organisation, labels["organisation"],
                          [self.organisation.textEdited])
        self.feedback.add("username", self.username, labels["username"],
                          [self.username.textEdited])
        self.feedback.add("password", self.password, labels["password"],
                          [self.password.textEdited])
        self.feedback.add("pull_every_minutes", self.pull_minutes, labels["pull_every_minutes"],
                          [self.pull_minutes.valueChanged])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Traffy Fondue is the platform citizens use on LINE. With the account Traffy "
            "issued to the office, complaints logged at the counter can go to Traffy, and "
            "Traffy's tickets for the office come into the register. Without a line, "
            "everything waits in the queue and goes when the line is back."), self)
        intro.setWordWrap(True)
        intro.setObjectName(HINT)
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        server = QGroupBox(self.tr("Account"), self)
        form = QFormLayout(server)
        form.addRow(self.tr("Server address:"), self.base_url)
        form.addRow("", labels["base_url"])
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow("", labels["organisation"])
        form.addRow(self.tr("User name:"), self.username)
        form.addRow("", labels["username"])
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", labels["password"])
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addWidget(self.test_result, 1)
        form.addRow("", test)
        layout.addWidget(server)
        work = QGroupBox(self.tr("Sending and fetching"), self)
        work_form = QFormLayout(work)
        work_form.addRow(self.send_by_default)
        work_form.addRow(self.tr("Fetch Traffy's tickets every:"), self.pull_minutes)
        work_form.addRow("", labels["pull_every_minutes"])
        layout.addWidget(work)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        self.enabled.toggled.connect(self._enable_fields)
        self.test_button.clicked.connect(self.test_connection)
        for widget in self.findChildren(QWidget):
            if widget is not self.test_button and self.read_only:
                widget.setEnabled(False)

    # ------------------------------------------------------------------ load / save
    def load(self) -> None:
        setup = self._loaded = traffy_sync.settings(self._db, self._office.id)
        self.enabled.setChecked(setup.enabled)
        self.base_url.setText(setup.base_url)
        self.organisation.setText(setup.organisation)
        self.username.setText(setup.username)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("Kept safely; type to replace it") if setup.username
            else self.tr("The password Traffy issued"))
        self.send_by_default.setChecked(setup.send_by_default)
        self.pull_minutes.setValue(setup.pull_every_minutes)
        self._enable_fields(setup.enabled)
        self.feedback.clear_all()
        self.test_result.clear()

    def _enable_fields(self, on: bool) -> None:
        for widget in (self.base_url, self.organisation, self.username, self.password,
                       self.send_by_default, self.pull_minutes):
            widget.setEnabled(on and not self.read_only)

    def validate(self) -> list[FieldError]:
        errors = []
        if self.enabled.isChecked() and not self.username.text().strip():
            errors.append(FieldError("username", "traffy.username_required"))
        if (self.password.text() and not self.username.text().strip()
                and not self.enabled.isChecked()):
            errors.append(FieldError("username", "traffy.username_required"))
        loaded = getattr(self, "_loaded", None)
        if (self.username.text().strip() and not self.password.text() and loaded is not None
                and self.username.text().strip() != loaded.username):
            # The account is the pair: a new user name needs its password.
            errors.append(FieldError("password", "traffy.password_required"))
        if errors:
            self._first = self.feedback.show_errors(errors)
        return errors

    def _unchanged(self) -> bool:
        loaded = getattr(self, "_loaded", None)
        return loaded is not None and not self.password.text() and (
            self.enabled.isChecked(), self.base_url.text().strip(),
            self.organisation.text().strip(), self.username.text().strip(),
            self.send_by_default.isChecked(), self.pull_minutes.value()) == (
            loaded.enabled, loaded.base_url, loaded.organisation, loaded.username,
            loaded.send_by_default, loaded.pull_every_minutes)

    def save(self) -> ChangeSet | None:
        """Nothing changed: nothing written, nothing announced."""
        self.feedback.clear_all()
        if self._unchanged():
            return ChangeSet()
        try:
            traffy_sync.save_settings(
                self._db, self._user.id, enabled=self.enabled.isChecked(),
                base_url=self.base_url.text(), send_by_default=self.send_by_default.isChecked(),
                pull_every_minutes=self.pull_minutes.value(),
                organisation=self.organisation.text())
            if self.password.text():
                traffy_sync.set_credentials(self._db, self._user.id, self.username.text(),
                                            self.password.text())
                self.password.clear()
                self.password.setPlaceholderText(self.tr("Kept safely; type to replace it"))
        except InvalidInput as exc:
            self._first = self.feedback.show_errors(list(exc.errors))
            return None
        self._loaded = traffy_sync.settings(self._db, self._office.id)
        return self.CHANGES

    def first_error_widget(self) -> QWidget | None:
        return getattr(self, "_first", None)

    # ------------------------------------------------------------------ test connection
    def test_connection(self) -> BackgroundTask | None:
        """Save what was typed first (the test uses the stored account), then sign in."""
        if self._task is not None:
            return None
        if self.save() is None:
            return None
        self.changed_now.emit(self.CHANGES)  # saved whatever Cancel does later
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        db, office_id = self._db, self._office.id
        self._task = BackgroundTask(lambda _p, _c: check_connection(db, office_id), self)
        self._task.succeeded.connect(
            lambda _v: self.test_result.setText(self.tr("Connected: Traffy accepted the account.")))
        self._task.failed.connect(self._test_failed)
        self._task.finished.connect(self._test_done)
        self._task.start()
        return self._task

    def _test_failed(self, error: object) -> None:
        words = error_text(error) if isinstance(error, Exception) else str(error)
        self.test_result.setText(self.tr("Could not connect: %1").replace("%1", words))

    def _test_done(self) -> None:
        self._task = None
        self.test_button.setEnabled(True)
