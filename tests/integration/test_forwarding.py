"""ส่งต่อ between two offices on one server: the receiver gets its own received complaint, the
sender's becomes "forwarded", both histories say so, the citizen's number still traces it; and
of two desks forwarding at once exactly one wins (two real processes, SQLite and PostgreSQL)."""
from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import func, select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Complaint, Forwarding, StatusEvent
from fondue_desk.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import complaint_detail, demo, dispatch, forwarding, intake, reference
from fondue_desk.services import register as register_service

ROUNDS = 10


def _two_offices(db: Database):
    first = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    second = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    return first.office_id, second.office_id, f"-demo{second.office_id}"


def _log(db, clerk_id, office_id, text="ถนนทรุดหน้าโรงเรียน"):
    category = reference.active_categories(db, office_id)[0]
    return intake.log_complaint(db, clerk_id, intake.ComplaintInput(
        category_id=category.id, description=text, complainant_name="นายบุญมี ใจคำ",
        phone="0812345678", location_text="ถนนสาย 1", lat=18.74, lon=98.95))


@pytest.fixture
def offices(db):
    a, b, suffix = _two_offices(db)
    return db, a, b, reference.find_user(db, "clerk1"), reference.find_user(db, "clerk1" + suffix)


def test_forwarding_gives_the_receiver_its_own_complaint_and_both_a_history(offices, today):
    db, a, b, clerk, b_clerk = offices
    made = _log(db, clerk.id, a)
    crew = reference.active_crews(db, a)[0]
    dispatch.assign(db, clerk.id, [made.id], crew.id, today)
    assert [o.id for o in forwarding.destinations(db, a)] == [b]

    sent = forwarding.forward_to_office(db, clerk.id, made.id, b, "อยู่ในเขตรับผิดชอบของ อบต.")

    source = complaint_detail.complaint_detail(db, made.id, office_id=a)
    assert source.complaint.status == "forwarded"
    assert source.complaint.crew_id is None
    # The desk's own words are a code with the names and numbers; `note` is the typed reason.
    forwarded = source.history[-1]
    assert (forwarded.note_code, forwarded.note) == ("forwarded.to_office",
                                                     "อยู่ในเขตรับผิดชอบของ อบต.")
    assert forwarded.note_params == {"office": sent.to_name, "tracking_no": sent.to_tracking_no}
    received = complaint_detail.complaint_detail(db, sent.to_complaint_id, office_id=b)
    assert received.complaint.office_id == b and received.complaint.status == "received"
    assert received.complaint.tracking_no == sent.to_tracking_no
    assert received.complaint.description == made.description
    assert received.complaint.lat == made.lat and received.complaint.phone == made.phone
    assert received.history[0].note_code == "forwarded.from_office"
    assert received.history[0].note_params == {"office": sent.from_office_name,
                                               "tracking_no": made.tracking_no}
    assert register_service.count(db, b, RegisterFilter()) == 1  # in B's register, received
    assert [f.to_tracking_no for f in forwarding.trace(db, a, made.tracking_no)] == [
        sent.to_tracking_no]
    assert forwarding.trace(db, b, made.tracking_no) == []  # A's number means nothing in B
    both = (forwarding.forwardings(db, made.id, office_id=a),
            forwarding.forwardings(db, sent.to_complaint_id, office_id=b))
    assert both[0] == both[1] == [sent]
    with pytest.raises(NotFound):
        forwarding.forwardings(db, made.id, office_id=b)
    # The receiver works it as its own.
    b_crew = reference.active_crews(db, b)[0]
    dispatch.assign(db, b_clerk.id, [sent.to_complaint_id], b_crew.id, today)


def _snapshot(db):
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Complaint)),
                session.scalar(select(func.count()).select_from(StatusEvent)),
                session.scalar(select(func.count()).select_from(Forwarding)),
                sorted(session.execute(select(Complaint.id, Complaint.status)).all()))


def test_a_forward_that_may_not_happen_writes_nothing(offices):
    db, a, b, clerk, b_clerk = offices
    made = _log(db, clerk.id, a)
    theirs = _log(db, b_clerk.id, b)
    mayor = reference.find_user(db, "mayor")
    before = _snapshot(db)
    cases = [
        (InvalidInput, lambda: forwarding.forward_to_office(db, clerk.id, made.id, a, "ผิดเขต")),
        (InvalidInput, lambda: forwarding.forward_to_office(db, clerk.id, made.id, 999, "ผิดเขต")),
        (InvalidInput, lambda: forwarding.forward_to_office(db, clerk.id, made.id, b, "  ")),
        (PermissionDenied, lambda: forwarding.forward_to_office(db, mayor.id, made.id, b, "x")),
        (NotFound, lambda: forwarding.forward_to_office(db, clerk.id, theirs.id, a, "ผิดเขต")),
    ]
    for error, call in cases:
        with pytest.raises(error):
            call()
        assert _snapshot(db) == before
    codes = []
    for to_office in (a, 999):
        with pytest.raises(InvalidInput) as caught:
            forwarding.forward_to_office(db, clerk.id, made.id, to_office, "ผิดเขต")
        codes.append(caught.value.errors[0].code)
    assert codes == ["forward.same_office", "forward.office_unknown"]
    forwarding.forward_to_office(db, clerk.id, made.id, b, "ผิดเขต")
    again = _snapshot(db)
    with pytest.raises(Conflict):  # already forwarded: a second forward is refused
        forwarding.forward_to_office(db, clerk.id, made.id, b, "ผิดเขต")
    assert _snapshot(db) == again


def _desk(url, clerk_id, to_office_id, ids, barrier, results, now):
    from fondue_desk.db.database import Database
    from fondue_desk.domain.calendar import fixed_clock, set_clock
    from fondue_desk.domain.errors import Conflict
    from fondue_desk.services.forwarding import forward_to_office

    set_clock(fixed_clock(now, tick=True))
    db = Database.open(url, migrate=False)
    outcomes = []
    for complaint_id in ids:
        barrier.wait()
        try:
            forward_to_office(db, clerk_id, complaint_id, to_office_id, "อยู่นอกเขต")
            outcomes.append("won")
        except Conflict as exc:
            assert exc.code == "status.transition_not_allowed"
            outcomes.append("refused")
    results.put(outcomes)


def _race(db, url, now):
    a, b, _suffix = _two_offices(db)
    clerk = reference.find_user(db, "clerk1")
    ids = [_log(db, clerk.id, a).id for _ in range(ROUNDS)]
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    desks = [ctx.Process(target=_desk, args=(url, clerk.id, b, ids, barrier, results, now))
             for _ in range(2)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=240), results.get(timeout=240)]
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    for first, second in zip(*outcomes, strict=True):
        assert sorted((first, second)) == ["refused", "won"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Forwarding)) == ROUNDS
        assert session.scalar(select(func.count()).where(Complaint.office_id == b)) == ROUNDS
        assert session.scalar(select(func.count()).where(
            StatusEvent.to_status == "forwarded")) == ROUNDS


def test_two_desks_forwarding_at_once_one_wins_on_sqlite(db, db_url, now):
    _race(db, db_url, now)


def test_two_desks_forwarding_at_once_one_wins_on_postgresql(pg_url, now):
    db = Database.open(pg_url)
    try:
        _race(db, pg_url, now)
    finally:
        db.close()


def test_forwarding_to_an_outside_agency_prints_a_numbered_letter(offices, today, tmp_path):
    from fondue_desk.services import letters
    from tests.pdf_text import contains, pdf_text

    db, a, _b, clerk, _b_clerk = offices
    made = _log(db, clerk.id, a, text="สายไฟฟ้าแรงสูงหย่อนต่ำ")
    before = _snapshot(db)
    with pytest.raises(InvalidInput) as caught:
        forwarding.forward_to_agency(db, clerk.id, made.id, "  ", "เป็นทรัพย์สินของ กฟภ.")
    assert caught.value.errors[0].code == "forward.agency_required"
    assert _snapshot(db) == before

    agency = "ผู้จัดการการไฟฟ้าส่วนภูมิภาคอำเภอเมืองเชียงใหม่"
    sent = forwarding.forward_to_agency(db, clerk.id, made.id, agency,
                                        "สายไฟฟ้าแรงสูงเป็นทรัพย์สินของการไฟฟ้าส่วนภูมิภาค")
    assert sent.to_name == agency and sent.to_complaint_id is None and sent.letter_id
    detail = complaint_detail.complaint_detail(db, made.id)
    assert detail.complaint.status == "forwarded"
    last = detail.history[-1]
    assert (last.note_code, last.note) == ("forwarded.to_agency",
                                           "สายไฟฟ้าแรงสูงเป็นทรัพย์สินของการไฟฟ้าส่วนภูมิภาค")
    assert last.note_params == {"agency": agency, "document_no": sent.letter_document_no}
    assert forwarding.forwardings(db, made.id, office_id=a) == [sent]
    assert [f.letter_document_no for f in forwarding.trace(db, a, made.tracking_no)] == [
        sent.letter_document_no]
    year = today.year + 543
    [entry] = letters.register(db, a, year)  # the outgoing register, numbered like closures
    assert entry.document_no == sent.letter_document_no and entry.recipient == agency
    assert entry.subject == "ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ"
    pdf = letters.letters_pdf(db, a, [sent.letter_id])
    (tmp_path / "forward.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    for words in (agency, made.tracking_no, "ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ",
                  "สายไฟฟ้าแรงสูงหย่อนต่ำ"):
        assert contains(text, words), words
    with pytest.raises(Conflict):
        forwarding.forward_to_agency(db, clerk.id, made.id, agency, "ซ้ำ")
