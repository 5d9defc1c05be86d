"""What the assistant's pages share: their ids, and how a page reaches the wizard's data."""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from fondue_desk.services.views import OfficeView, UserView

from ..style import HINT

if TYPE_CHECKING:
    from .wizard import SetupWizard


class Page(IntEnum):
    WELCOME = 0
    DEMO = 1
    OFFICE = 2
    VILLAGES = 3
    CATEGORIES = 4
    ADMIN = 5
    SUMMARY = 6


@dataclass(frozen=True)
class SetupOutcome:
    office: OfficeView
    user: UserView | None  # the new admin, signed in; None for the demo (its users sign in)


class SetupPage(QWizardPage):
    """A page that knows its wizard (set at construction, before QWizard adopts it)."""

    def __init__(self, setup: SetupWizard) -> None:
        super().__init__(setup)
        self.setup = setup


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(HINT)
    label.setWordWrap(True)
    return label


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through the widgets in this order, whatever order they were made in."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
