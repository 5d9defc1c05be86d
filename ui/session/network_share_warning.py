"""The warning a desk gives once at start when its SQLite file lies on a network share.

SQLite's locks do not hold across computers: two desks sharing a file over SMB or NFS can
damage it. The desk still opens (an office may have no server yet), but the clerk is told
plainly what to do instead.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fondue_desk.services.db_check import network_share_of


def share_warning_text(reason: str) -> str:
    return QCoreApplication.translate(
        "NetworkShareWarning",
        "The database file is on a network share:\n%1\n\n"
        "SQLite is not safe over a network: when desks on several PCs share one file, "
        "complaints can be lost or the file damaged.\n\n"
        "What to do: desks on several PCs need a PostgreSQL server (the guide "
        "docs/shared-server.md shows how). A desk working alone should keep its database on "
        "this PC's own disk.").replace("%1", reason)


def warn_about_network_share(url: str, parent: QWidget | None = None) -> str | None:
    """Show the warning when `url` is an SQLite file on a network share; the reason, or None."""
    reason = network_share_of(url)
    if reason is not None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("NetworkShareWarning",
                                               "Database on a network share"),
            share_warning_text(reason))
    return reason
