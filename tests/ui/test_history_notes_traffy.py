"""The timeline words the Traffy import's history notes (not the bare code)."""
from __future__ import annotations

from fondue_desk.domain import history_notes as notes
from ui.history_notes import note_text


def test_imported_and_state_changed_are_worded(qapp):
    assert note_text(notes.TRAFFY_IMPORTED, {"ticket_id": "2023-X1"}).endswith("2023-X1")
    text = note_text(notes.TRAFFY_STATE_CHANGED, {"ticket_id": "2023-X1", "state": "ส่งต่อ"})
    assert "2023-X1" in text and text.endswith("ส่งต่อ")
