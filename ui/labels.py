"""Translated labels for the core's stored enum values (statuses, channels).

The domain keeps Thai label dicts for documents; the UI must go through Qt translation so the
English interface works, hence this mapping with English source strings.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fondue_desk.domain.statuses import Channel, Status

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


def channels() -> list[tuple[str, str]]:
    """(value, label) in the order the intake form offers them; counter first, the default."""
    return [(channel.value, channel_label(channel)) for channel in Channel]
