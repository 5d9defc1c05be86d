"""Who follows the window's ReferenceBus: the screens that show categories, villages, crews,
the office or the map. Each reloads now if visible, else when next shown."""
from __future__ import annotations

from typing import TYPE_CHECKING

from fondue_desk.services import reference
from fondue_desk.services.changes import ChangeSet

from ..dates import follow_date_setting
from ..labels import follow_label_book, status_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


def follow_reference_changes(window: MainWindow) -> None:
    bus = window.reference_bus
    db, office_id = window._db, window.office.id
    # First: the pages below redraw with the office's new book (Settings → Statuses).
    follow_label_book(bus, db, office_id)
    follow_date_setting(bus, db, office_id)  # the English desk's era (Settings → Office)

    if window.intake_page is not None:
        form = window.intake_page.form
        bus.follow(form, ("categories", "villages"), lambda _c: form.set_reference(
            reference.active_categories(db, office_id), reference.active_villages(db, office_id)))
    filters = window.register_page.filter_bar
    bus.follow(filters, ("categories", "villages", "crews"),
               lambda _c: filters.reload_reference())

    def status_choices(_changes: ChangeSet) -> None:
        for action in filters.statuses.menu().actions():  # what is ticked stays ticked
            action.setText(status_label(action.data()))

    bus.follow(filters, ("labels",), status_choices)

    def map_page(changes: ChangeSet) -> None:
        # Not through follow(): the map page already waits for its next showing by itself.
        if changes.touches("categories", "villages", "map", "office", "labels"):
            window.map_page.reload_page()

    bus.reference_changed.connect(map_page)
    bus.follow(window.crew_board_page, ("crews", "categories", "labels"),
               lambda _c: window.crew_board_page.reload())

    def office_and_register(changes: ChangeSet) -> None:
        if changes.touches("office", "letters", "numbering"):
            # Receipts, letters and the title read the office from here.
            window.office = reference.office(db, office_id)
        if changes.touches("categories", "villages", "labels"):
            # A merge moved complaints; renamed categories show in the rows and details.
            window.register_page.refresh()
        if changes.touches("labels"):
            shown = window.register_page.detail.complaint()
            if shown is not None:  # the status badge takes the new name and colour
                window.register_page.detail.show_complaint(shown.id)

    bus.reference_changed.connect(office_and_register)
    bus.follow(window.signoff_page, ("labels",), lambda _c: window.signoff_page.reload())
    # Names and colours of statuses, categories, villages and crews are drawn in its charts.
    bus.follow(window.dashboard_page, ("categories", "villages", "crews", "labels"),
               lambda _c: window.dashboard_page.reload())
