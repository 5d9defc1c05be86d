"""Translated labels for the core's stored enum values (statuses, channels).

The domain keeps Thai label dicts for documents; the UI must go through Qt translation so the
English interface works, hence this mapping with English source strings.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.dispatch import Outcome
from fondue_desk.domain.statuses import Channel, Role, Status


# lupdate only sees literal strings, so every call spells out the context and the text.
def status_label(status: str) -> str:
    # Built per call, not at import: translators are installed after this module is imported.
    labels = {
        Status.RECEIVED: QCoreApplication.translate("Labels", "Received"),
        Status.ASSIGNED: QCoreApplication.translate("Labels", "Assigned"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        Status.AWAITING_SIGNOFF: QCoreApplication.translate("Labels", "Awaiting sign-off"),
        Status.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        Status.FORWARDED: QCoreApplication.translate("Labels", "Forwarded"),
        Status.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
    }
    return labels.get(status, status)


def channel_label(channel: str) -> str:
    labels = {
        Channel.COUNTER: QCoreApplication.translate("Labels", "At the counter"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Telephone"),
        Channel.LETTER: QCoreApplication.translate("Labels", "Letter"),
        Channel.TRAFFY: QCoreApplication.translate("Labels", "Traffy Fondue"),
        Channel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(channel, channel)


def role_label(role: str) -> str:
    labels = {
        Role.CLERK: QCoreApplication.translate("Labels", "Counter clerk"),
        Role.CREW_LEADER: QCoreApplication.translate("Labels", "Crew leader"),
        Role.MAYOR: QCoreApplication.translate("Labels", "Executive (mayor)"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
    }
    return labels.get(role, role)


def roles() -> list[tuple[str, str]]:
    """(value, label) for a role chooser, in the order of the office's daily work."""
    return [(role.value, role_label(role)) for role in Role]


def status_colour(status: str) -> str:
    """The badge colour of a status: open work in blues and ambers, finished work in greys.

    Kept beside the labels so every screen that shows a status colours it the same way.
    """
    colours = {
        Status.RECEIVED: "#1d5fa8",
        Status.ASSIGNED: "#6a3fb5",
        Status.IN_PROGRESS: "#c77700",
        Status.AWAITING_SIGNOFF: "#00838f",
        Status.CLOSED: "#2e7d32",
        Status.FORWARDED: "#5f6b7a",
        Status.REJECTED: "#8d4b4b",
    }
    return colours.get(status, "#5f6b7a")


def outcome_label(outcome: str) -> str:
    """What the crew achieved, as the result dialog and the detail pane say it."""
    labels = {
        Outcome.DONE: QCoreApplication.translate("Labels", "Done"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly done"),
        Outcome.NOT_DONE: QCoreApplication.translate("Labels", "Could not be done"),
    }
    return labels.get(outcome, outcome)


def outcome_colour(outcome: str) -> str:
    colours = {Outcome.DONE: "#2e7d32", Outcome.PARTLY: "#c77700", Outcome.NOT_DONE: "#c62828"}
    return colours.get(outcome, "#5f6b7a")


def field_label(field: str) -> str:
    """The name of a stored complaint field, as the edit history shows it."""
    labels = {
        "category_id": QCoreApplication.translate("Labels", "Category"),
        "description": QCoreApplication.translate("Labels", "Details"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "anonymous": QCoreApplication.translate("Labels", "Anonymous"),
        "complainant_name": QCoreApplication.translate("Labels", "Complainant's name"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "national_id": QCoreApplication.translate("Labels", "National ID"),
        "address_line": QCoreApplication.translate("Labels", "Address"),
        "tambon": QCoreApplication.translate("Labels", "Sub-district"),
        "amphoe": QCoreApplication.translate("Labels", "District"),
        "province": QCoreApplication.translate("Labels", "Province"),
        "postal_code": QCoreApplication.translate("Labels", "Postal code"),
        "village_id": QCoreApplication.translate("Labels", "Village"),
        "location_text": QCoreApplication.translate("Labels", "Spot"),
        "lat": QCoreApplication.translate("Labels", "Latitude"),
        "lon": QCoreApplication.translate("Labels", "Longitude"),
        "due_date": QCoreApplication.translate("Labels", "Due date"),
    }
    return labels.get(field, field)


def channels() -> list[tuple[str, str]]:
    """(value, label) in the order the intake form offers them; counter first, the default."""
    return [(channel.value, channel_label(channel)) for channel in Channel]
