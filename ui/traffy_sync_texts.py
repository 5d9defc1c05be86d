"""Words for the Traffy Fondue sync: why an outbox item waits or failed (the sync page shows
them), and the settings page's refusals. ui.messages hands these codes here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CODES = frozenset({
    "traffy.offline", "traffy.timeout", "traffy.auth", "traffy.quota", "traffy.server",
    "traffy.malformed", "traffy.rejected", "traffy.connection_lost", "traffy.sending",
    "traffy.waiting_ticket", "traffy.not_configured", "traffy.url_invalid",
    "traffy.pull_minutes_invalid", "traffy.organisation_invalid", "traffy.username_required",
    "traffy.password_required", "traffy.item_not_found",
})


def traffy_sync_text(code: str, params: dict) -> str:
    if code == "traffy.pull_minutes_invalid":
        return QCoreApplication.translate(
            "TraffySync", "Give whole minutes from 0 to %1 (0: fetch only on demand)."
        ).replace("%1", str(params.get("maximum", 1440)))
    texts = {
        "traffy.offline": QCoreApplication.translate(
            "TraffySync", "No internet connection to Traffy Fondue; it will be sent when the line is back."),
        "traffy.timeout": QCoreApplication.translate(
            "TraffySync", "Traffy Fondue did not answer in time; it will be tried again."),
        "traffy.auth": QCoreApplication.translate(
            "TraffySync", "Traffy Fondue refused the user name or password: check them in Settings → Traffy Fondue."),
        "traffy.quota": QCoreApplication.translate(
            "TraffySync", "This month's Traffy Fondue credit is used up; items wait until it is renewed (LINE @fonduehelp)."),
        "traffy.server": QCoreApplication.translate(
            "TraffySync", "Traffy Fondue's server had a problem; it will be tried again."),
        "traffy.malformed": QCoreApplication.translate(
            "TraffySync", "Traffy Fondue's answer could not be read; it will be tried again."),
        "traffy.rejected": QCoreApplication.translate(
            "TraffySync", "Traffy Fondue refused this item; see the reason it gave, correct the complaint and retry."),
        "traffy.connection_lost": QCoreApplication.translate(
            "TraffySync", "The line dropped before Traffy Fondue answered; the desk checks whether it arrived before sending again."),
        "traffy.sending": QCoreApplication.translate(
            "TraffySync", "Sending was interrupted; the desk checks whether it arrived before sending again."),
        "traffy.waiting_ticket": QCoreApplication.translate(
            "TraffySync", "Waits until Traffy Fondue gives the complaint its ticket number."),
        "traffy.not_configured": QCoreApplication.translate(
            "TraffySync", "Enter the Traffy Fondue user name and password in Settings → Traffy Fondue first."),
        "traffy.url_invalid": QCoreApplication.translate(
            "TraffySync", "The address must start with https://."),
        "traffy.organisation_invalid": QCoreApplication.translate(
            "TraffySync", "Organisation codes are numbers, separated by commas (e.g. 151,1302)."),
        "traffy.username_required": QCoreApplication.translate(
            "TraffySync", "Enter the user name Traffy Fondue issued the office."),
        "traffy.password_required": QCoreApplication.translate(
            "TraffySync", "Enter the password Traffy Fondue issued the office."),
        "traffy.item_not_found": QCoreApplication.translate(
            "TraffySync", "This item is no longer in the queue; it may have been sent already."),
    }
    return texts[code]
