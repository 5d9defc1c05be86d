"""The demo's closure letters read like the ones the mayor's approval writes: a result summary
made from the crew's notes (their internal lines left out), stored with the letter, and the body
the real approval builds from it (real SQLite)."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, JobResult, Office, OutgoingLetter
from fondue_desk.domain.calendar import THAI_TZ
from fondue_desk.domain.result_summary import suggested_summary
from fondue_desk.services import demo, signoff

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=THAI_TZ)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    database = Database.open(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    summary = demo.create_demo_office(database, complaints=600, now=NOW)
    yield database, summary
    database.close()


def _latest_notes(session, complaint_id: int) -> str:
    return session.scalars(select(JobResult.notes).where(JobResult.complaint_id == complaint_id)
                           .order_by(JobResult.recorded_at.desc(), JobResult.id.desc())
                           .limit(1)).one()


def test_every_letter_states_the_summary_not_the_crews_notes(built):
    db, _summary = built
    with db.read() as session:
        letters = session.scalars(select(OutgoingLetter)).all()
        assert len(letters) > 50
        with_internal_line = 0
        for letter in letters:
            notes = _latest_notes(session, letter.complaint_id)
            assert letter.result_summary == suggested_summary(notes)
            assert letter.result_summary and "\n" not in letter.result_summary
            assert letter.result_summary in letter.body
            if "\nเบิก" in notes:
                with_internal_line += 1
                internal = notes.split("\n", 1)[1]
                assert internal not in letter.body and internal not in letter.result_summary
        # The demo's crews write such lines too, so the cleaning shows in the demo.
        assert with_internal_line > 10


def test_a_demo_letter_has_the_body_the_real_approval_writes(built):
    db, summary = built
    with db.read() as session:
        office = session.get(Office, summary.office_id)
        letters = session.scalars(select(OutgoingLetter).order_by(OutgoingLetter.id)).all()
        for letter in letters[:: max(1, len(letters) // 25)]:
            complaint = session.get(Complaint, letter.complaint_id)
            assert (letter.subject, letter.body) == signoff._words(
                session, office, complaint, letter.result_summary)
            assert letter.signatory_name == office.signatory_name != ""
            assert letter.recipient == complaint.complainant_name


def test_anonymous_complaints_get_no_letter(built):
    db, _summary = built
    with db.read() as session:
        written_to = set(session.scalars(select(OutgoingLetter.complaint_id)))
        anonymous = set(session.scalars(select(Complaint.id).where(Complaint.anonymous)))
        assert written_to and not written_to & anonymous
