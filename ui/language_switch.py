"""The interface language, switched live: View → Language → ไทย / English (Alt+V, L).

No restart. The translators are exchanged and the signed-in user's main window is built again
for the same session (a window built in the new language is the one way every text, including
the ones pages compose once, comes out right); what the clerk had in front of them comes
along: the page, the register's filter, sort and shown complaint, the window's place and size,
and an intake form typed but not saved. The choice is the user's own (accounts.set_language):
it comes back when they sign in, on any desk; the desk's remembered language (--lang) stays the
one of the sign-in screen and of users who never chose.

A modal dialog open at that moment (the menu cannot be reached then, but a shortcut or a script
can ask) is left alone: the switch waits until it closes, so nothing typed in it is lost.
Windows the desk opened beside it (the council report) are closed, as at sign-out.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMenu, QWidget

from fondue_desk.domain.errors import FondueError
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import accounts
from fondue_desk.services.views import UserView

from .messages import error_text
from .translations import LANGUAGES, current_language, desk_language, use_language
from .widgets import form_snapshot
from .widgets.form_snapshot import FormSnapshot

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session.desk_session import DeskSession

# Each language in its own words: whoever cannot read the desk's present one finds theirs.
LANGUAGE_NAMES = {"th": "ไทย (&T)", "en": "&English"}


def add_language_menu(window: MainWindow, view_menu: QMenu) -> QMenu:
    """View → Language, the present one ticked; window.language_actions[lang] for the session
    (attach) to connect."""
    menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    window.language_actions = {}
    for language in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[language], window)
        action.setCheckable(True)
        action.setChecked(language == current_language())
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[language] = action
    return menu


def attach(session: DeskSession, window: MainWindow) -> None:
    """The window's language entries switch the whole desk of `session`."""
    for language, action in getattr(window, "language_actions", {}).items():
        action.triggered.connect(
            lambda _checked=False, lang=language: switch_language(session, lang))


def user_language(user: UserView) -> str:
    return user.language if user.language in LANGUAGES else desk_language()


def apply_user_language(user: UserView) -> None:
    """Before `user`'s window is built: their own language, else the desk's."""
    wanted = user_language(user)
    if wanted != current_language():
        use_language(wanted)


def apply_desk_language() -> None:
    """Nobody signed in: the sign-in screen speaks the desk's language."""
    if desk_language() != current_language():
        use_language(desk_language())


def switch_language(session: DeskSession, language: str) -> MainWindow | None:
    """Switch the desk to `language` now; the new window, or None while a dialog holds it up
    (it switches when that dialog closes) or nobody is signed in (only the translators)."""
    window = session.window
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language: {language!r}")
    if window is None:
        use_language(language)
        return None
    if language == current_language():  # nothing to rebuild: only remembered as theirs
        if window.user.language != language:
            window.user, problem = _saved_choice(window, language)
            _tell_not_kept(window, problem)
        _tick(window, language)
        return window
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        asked_by = window.user.id
        modal.finished.connect(lambda _result: QTimer.singleShot(
            0, lambda: _switch_later(session, language, asked_by)))
        _tick(window, current_language())
        return None
    kept = DeskState.take(window)
    user, problem = _saved_choice(window, language)
    new = session.start(user)
    kept.apply_to(new)
    _tell_not_kept(new, problem)
    return new


def _switch_later(session: DeskSession, language: str, asked_by: int) -> None:
    # Only for whoever asked: the dialog may have been the lock screen, and another user
    # signed in at it.
    if session.window is not None and session.window.user.id == asked_by:
        switch_language(session, language)


def _saved_choice(window: MainWindow, language: str) -> tuple[UserView, str]:
    """The user with `language`, saved for their next sign-in when the database lets us; and
    why not, when it does not."""
    try:
        return accounts.set_language(window._db, window.user.id, language), ""
    # A busy or unreachable database too: the switch itself still happens, only the memory of
    # it is missing, and the clerk is told.
    except Exception as exc:  # noqa: BLE001
        detail = error_text(exc) if isinstance(exc, FondueError) else str(exc)
        return replace(window.user, language=language), detail


def _tell_not_kept(window: MainWindow, detail: str) -> None:
    # Worded once the new translators are in: the message belongs to the new window.
    if detail:
        window.statusBar().showMessage(QCoreApplication.translate(
            "LanguageMenu", "The language could not be kept for your next sign-in: %1"
        ).replace("%1", detail), 10_000)


def _tick(window: MainWindow, language: str) -> None:
    action = getattr(window, "language_actions", {}).get(language)
    if action is not None:
        action.setChecked(True)


# ----------------------------------------------------------------- what comes along
@dataclass(frozen=True)
class DeskState:
    page: int
    geometry: QByteArray
    register_filter: RegisterFilter
    sort: tuple[int, Qt.SortOrder]
    shown_complaint: int | None
    intake: tuple[tuple[Any, ...], ...] | None  # the editors' values, in editor order
    intake_extra: Any = None
    intake_photos: tuple[tuple[str, bytes], ...] = ()

    @classmethod
    def take(cls, window: MainWindow) -> DeskState:
        register = window.register_page
        header = register.table.horizontalHeader()
        shown = register.detail.complaint()
        form = window.intake_page.form if window.intake_page is not None else None
        intake, extra, photos = None, None, ()
        if form is not None and not form.is_blank():
            snapshot = form.snapshot()
            intake = tuple(_portable(editor, value) for editor, value in snapshot.values)
            extra, photos = snapshot.extra, snapshot.photos
        return cls(window.pages.currentIndex(), window.saveGeometry(),
                   register.current_filter(),
                   (header.sortIndicatorSection(), header.sortIndicatorOrder()),
                   shown.id if shown is not None else None, intake, extra, photos)

    def apply_to(self, window: MainWindow) -> None:
        window.restoreGeometry(self.geometry)
        register = window.register_page
        if self.shown_complaint is not None:  # set_filter keeps the shown one selected
            register.detail.show_complaint(self.shown_complaint)
        register.table.horizontalHeader().setSortIndicator(*self.sort)
        register.filter_bar.show_filter(self.register_filter)
        register.set_filter(self.register_filter)
        if self.intake is not None and window.intake_page is not None:
            _restore_intake(window.intake_page.form, self)
        window.show_page(self.page)


def _portable(editor: QWidget, value: Any) -> tuple[Any, ...]:
    """An editor's value that a rebuilt form can take: a combo's choice by its data (its
    text is in the old language), typed text as typed."""
    if isinstance(editor, QComboBox):
        index, text = value
        data = editor.itemData(index) if index >= 0 else None
        chosen = index >= 0 and text == editor.itemText(index) and data is not None
        return ("choice", data, index, text) if chosen else ("typed", None, index, text)
    return ("value", value)


def _restore_intake(form: QWidget, state: DeskState) -> None:
    editors = form_snapshot.editors(form)
    # The same code builds both forms for the same office, so their editors pair up one to one
    # (the category's questions and the photos travel apart, in `extra` and `photos`).
    if len(editors) != len(state.intake):
        raise RuntimeError("the rebuilt intake form has other editors than the one it replaces")
    values = []
    for editor, kept in zip(editors, state.intake, strict=True):
        if kept[0] == "value":
            values.append((editor, kept[1]))
            continue
        _kind, data, index, text = kept
        found = editor.findData(data) if data is not None else -1
        values.append((editor, (found, editor.itemText(found)) if found >= 0 else (index, text)))
    form.restore(FormSnapshot(tuple(values), extra=state.intake_extra,
                              photos=state.intake_photos))
