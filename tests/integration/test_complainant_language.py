"""The complainant's language: stored at intake, refused when unknown, corrected with history."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from fondue_desk.db.models import Complaint, ComplaintEdit
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.services import complaint_detail, complaints, reference
from fondue_desk.services.editing import edit_complaint, input_of
from fondue_desk.services.intake import ComplaintInput, log_complaint, validate


@pytest.fixture
def category(db, demo_office):
    return reference.active_categories(db, demo_office.id)[0]


def walk_in(category, **overrides) -> ComplaintInput:
    values = {"category_id": category.id,
              "description": "Street light out in front of the temple",
              "complainant_name": "John Smith", "phone": "081-234-5678"}
    values.update(overrides)
    return ComplaintInput(**values)


def test_a_complaint_is_thai_unless_the_clerk_chose_english(db, clerk, category, now):
    thai = log_complaint(db, clerk.id, walk_in(category, complainant_name="นางสมศรี ใจดี"),
                         received_at=now)
    english = log_complaint(db, clerk.id, walk_in(category, language="en"), received_at=now)
    assert thai.language == "th"
    assert english.language == "en"
    assert complaints.get(db, english.id).language == "en"
    with db.read() as session:
        stored = dict(session.execute(select(Complaint.id, Complaint.language)).all())
    assert stored == {thai.id: "th", english.id: "en"}


@pytest.mark.parametrize("language", ["fr", "", "EN"])
def test_an_unknown_language_is_refused_and_nothing_saved(db, clerk, category, now, language):
    with pytest.raises(InvalidInput) as caught:
        log_complaint(db, clerk.id, walk_in(category, language=language), received_at=now)
    assert [(e.field, e.code) for e in caught.value.errors] == [("language", "language.unknown")]
    with pytest.raises(InvalidInput):
        validate(db, clerk.id, walk_in(category, language=language))
    with db.read() as session:
        assert session.scalars(select(Complaint.id)).all() == []


def test_the_language_is_corrected_like_any_field_and_kept_in_the_history(db, clerk, category,
                                                                          now):
    view = log_complaint(db, clerk.id, walk_in(category), received_at=now)
    data = input_of(view)
    assert data.language == "th"
    changed = edit_complaint(db, clerk.id, view.id, ComplaintInput(
        **{**data.__dict__, "language": "en"}), "reads English")
    assert changed.language == "en"
    with db.read() as session:
        edits = session.execute(select(ComplaintEdit.field, ComplaintEdit.old_value,
                                       ComplaintEdit.new_value)).all()
    assert [tuple(e) for e in edits] == [("language", "th", "en")]
    history = complaint_detail.complaint_detail(db, view.id).history
    assert [(h.field, h.old_value, h.new_value) for h in history if h.kind == "edit"] == [
        ("language", "th", "en")]
    with pytest.raises(InvalidInput) as caught:
        edit_complaint(db, clerk.id, view.id, ComplaintInput(
            **{**input_of(changed).__dict__, "language": "de"}))
    assert caught.value.errors[0].code == "language.unknown"
    assert complaints.get(db, view.id).language == "en"
