"""A settings page, declared once (Picard's options pages, Qt Creator's IOptionsPage).

A page class sets NAME (a stable id), TITLE (English source, translated in the "SettingsPages"
context when shown), SORT_ORDER, CHANGES (what its save touches) and ADMIN_ONLY, and is
registered with @settings_page. The window builds a page only when it is first opened.

load() fills the page from the database; validate() shows and returns the problems without
writing anything; save() writes (one service call, one transaction per kind of data) and returns
the ChangeSet, or None when a service refused (the page then shows why). Anything a page writes
at once (a picture, a boundary, a crew) is reported through `changed_now`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from fondue_desk.domain.errors import FieldError
from fondue_desk.domain.permissions import Action, can
from fondue_desk.services.changes import NOTHING, ChangeSet
from fondue_desk.services.views import OfficeView, UserView

if TYPE_CHECKING:
    from fondue_desk.services.bootstrap import Database

CONTEXT = "SettingsPages"


@dataclass(frozen=True)
class SettingsContext:
    db: Database
    office: OfficeView
    user: UserView

    @property
    def is_admin(self) -> bool:
        return can(self.user.role, Action.MANAGE_SETTINGS)


class SettingsPage(QWidget):
    NAME: ClassVar[str] = ""
    TITLE: ClassVar[str] = ""
    SORT_ORDER: ClassVar[int] = 0
    CHANGES: ClassVar[ChangeSet] = NOTHING
    ADMIN_ONLY: ClassVar[bool] = True
    # Words a search should find although no label on the page shows them.
    KEYWORDS: ClassVar[tuple[str, ...]] = ()

    changed_now = Signal(object)  # ChangeSet written at once, whatever OK or Cancel do later

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._db = context.db
        self._office = context.office
        self._user = context.user

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate(CONTEXT, cls.TITLE)

    @classmethod
    def visible_to(cls, context: SettingsContext) -> bool:
        return context.is_admin or not cls.ADMIN_ONLY

    @property
    def read_only(self) -> bool:
        return not self.context.is_admin

    def load(self) -> None:
        """Fill the page from the database (again)."""

    def validate(self) -> list[FieldError]:
        """Show every problem on the page; write nothing."""
        return []

    def save(self) -> ChangeSet | None:
        return NOTHING

    def first_error_widget(self) -> QWidget | None:
        """Where the cursor goes after a refused OK."""
        return None

    def keywords(self) -> list[str]:
        """The texts a search box matches: title, labels, buttons and group boxes."""
        texts = [self.title(), *self.KEYWORDS]
        for kind in (QLabel, QAbstractButton):
            texts += [w.text() for w in self.findChildren(kind) if w.text()]
        texts += [box.title() for box in self.findChildren(QGroupBox)]
        return texts


PAGES: dict[str, type[SettingsPage]] = {}


def settings_page(cls: type[SettingsPage]) -> type[SettingsPage]:
    if not cls.NAME or not cls.TITLE:
        raise TypeError(f"{cls.__name__} needs NAME and TITLE")
    if cls.NAME in PAGES and PAGES[cls.NAME] is not cls:
        raise ValueError(f"two settings pages are named {cls.NAME!r}")
    PAGES[cls.NAME] = cls
    return cls


def page_classes(context: SettingsContext) -> list[type[SettingsPage]]:
    from . import pages  # noqa: F401  (the page modules register themselves)

    return sorted((c for c in PAGES.values() if c.visible_to(context)),
                  key=lambda c: (c.SORT_ORDER, c.NAME))
