"""The words of duplicates on screen: refusals name both complaints (and a status by its label),
and the history says who was linked to whom. English here; that every code also reads in Thai
is checked by test_message_codes."""
from __future__ import annotations

from fondue_desk.domain import history_notes
from fondue_desk.domain.errors import Conflict, FieldError
from ui.history_notes import note_text
from ui.messages import error_text, field_error_text


def test_refusals_name_the_complaints(english):
    assert error_text(Conflict("duplicate.chain", tracking_no="2570-000007",
                               parent_tracking_no="2570-000003")) == (
        "2570-000007 is itself a duplicate of 2570-000003: link to 2570-000003 instead.")
    assert error_text(Conflict("duplicate.follows_parent", tracking_no="2570-000007",
                               parent_tracking_no="2570-000003")) == (
        "2570-000007 is a duplicate of 2570-000003 and follows its status: act on 2570-000003 "
        "instead.")
    assert error_text(Conflict("duplicate.not_open", tracking_no="2570-000009",
                               status="closed")) == (
        "2570-000009 is \"Closed\": only open complaints can be linked as duplicates.")
    assert field_error_text(FieldError("duplicate_radius_m", "duplicate.radius_range",
                                       {"min": 10, "max": 5000})) == (
        "Give the distance for duplicates in whole metres from 10 to 5000.")
    for code in ("duplicate.self", "duplicate.already_linked", "duplicate.not_a_child",
                 "duplicate.too_few", "duplicate.days_range"):
        assert code not in error_text(Conflict(code, tracking_no="1", parent_tracking_no="2",
                                               min=1, max=365))


def test_history_notes_say_who_joined_whom(english):
    params = {"tracking_no": "2570-000003"}
    assert note_text(history_notes.DUPLICATE_LINKED, params) == (
        "Linked as a duplicate of 2570-000003")
    assert note_text(history_notes.DUPLICATE_FOLLOWED, params) == (
        "Status follows the main complaint 2570-000003")
    for code in (history_notes.DUPLICATE_ADDED, history_notes.DUPLICATE_SPLIT,
                 history_notes.DUPLICATE_REMOVED):
        assert "2570-000003" in note_text(code, params)
