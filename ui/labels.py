"""The UI's side of the label layer (fondue_desk.domain.labels) for statuses, channels,
categories and villages, in the interface's language.

A status shows the office's own name when it chose one (Settings → Statuses), otherwise the
translated default; its colour always comes from the office's book. The book is loaded once per
window and replaced when Settings publishes `labels` on the ReferenceBus (follow_label_book);
the pages then redraw from here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fondue_desk.domain import labels as core_labels
from fondue_desk.domain.dispatch import Outcome
from fondue_desk.domain.labels import DEFAULT, LabelBook
from fondue_desk.domain.statuses import Channel, Role, Status

_book: LabelBook = DEFAULT


def ui_language() -> str:
    """"en" or "th": the language the translators were installed for (ui.translations sets
    the default QLocale with them)."""
    return "en" if QLocale().language() == QLocale.Language.English else "th"


def use_label_book(book: LabelBook) -> None:
    global _book
    _book = book


def label_book() -> LabelBook:
    return _book


def follow_label_book(bus, db, office_id: int) -> None:
    """Load the office's book now and again whenever Settings publishes `labels`.

    Connected before the pages' own listeners, so they redraw with the new book."""
    from fondue_desk.services import labels as label_service

    use_label_book(label_service.label_book(db, office_id))

    def reload(changes) -> None:
        if changes.touches("labels"):
            use_label_book(label_service.label_book(db, office_id))

    bus.reference_changed.connect(reload)


def category_name(name_th: str, name_en: str) -> str:
    return core_labels.category_name(name_th, name_en, ui_language())


def village_label(number: int | None, name: str, name_en: str = "") -> str:
    return core_labels.village_label(number, name, ui_language(), name_en)


def office_name(office) -> str:
    """The office (an OfficeView) in the interface's language; Thai when it has no English name."""
    return core_labels.office_name(office.name, getattr(office, "name_en", "") or "",
                                   ui_language())


def category_of(view) -> str:
    """A view's category (register row, complaint, board job, sign-off item) named in the
    interface's language; a view without an English name shows its Thai one."""
    return category_name(view.category_name, getattr(view, "category_name_en", "") or "")


def village_of(view) -> str:
    """A view's village in the interface's language; a view that carries only the Thai label
    (no number) shows that."""
    number = getattr(view, "village_number", None)
    if number is None:
        return view.village_label
    return village_label(number, getattr(view, "village_name", "") or "",
                         getattr(view, "village_name_en", "") or "")


def status_label(status: str) -> str:
    """The office's own name in the interface's language, else the translated default."""
    own = _book.renamed(str(status), ui_language())
    return own or default_status_label(status)


# lupdate only sees literal strings, so every call spells out the context and the text.
def default_status_label(status: str) -> str:
    """The desk's own name for a status, translated (what Settings → Statuses resets to)."""
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
    return labels.get(status, str(status))


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
    """The badge colour of a status, the office's choice or the core's default."""
    return core_labels.status_colour(str(status), _book)


def status_text_colour(status: str) -> str:
    """White or near-black: whichever reads better on the status's badge colour."""
    return core_labels.badge_text_colour(status_colour(status))


def status_badge_style(status: str) -> str:
    """The style sheet of a status badge (detail pane, sign-off page, Settings preview)."""
    return badge_style(status_colour(status))


def badge_style(colour: str) -> str:
    return (f"background: {colour}; color: {core_labels.badge_text_colour(colour)}; "
            "border-radius: 11px; padding: 3px 12px; font-weight: bold;")


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
        "language": QCoreApplication.translate("Labels", "Reads"),
    }
    return labels.get(field, field)


def channels() -> list[tuple[str, str]]:
    """(value, label) in the order the intake form offers them; counter first, the default."""
    return [(channel.value, channel_label(channel)) for channel in Channel]
