"""Duplicates: which open complaints intake offers (the radius edge, the days edge, the village
when a point is missing), and linking, merging and splitting them without losing history."""
from __future__ import annotations

import io
import math
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from fondue_desk.db.models import Complaint, StatusEvent
from fondue_desk.domain import history_notes
from fondue_desk.domain.duplicates import EARTH_RADIUS_M, distance_m
from fondue_desk.domain.errors import Conflict, InvalidInput, PermissionDenied
from fondue_desk.services import duplicates, reference, workflow
from fondue_desk.services.intake import ComplaintInput, log_complaint

LAT, LON = 18.7396, 98.9518


def north(metres: float) -> float:
    """The latitude `metres` north of LAT (along a meridian, so exact on the sphere)."""
    return LAT + math.degrees(metres / EARTH_RADIUS_M)


@pytest.fixture
def setting(db, demo_office, clerk):
    office = demo_office
    categories = reference.active_categories(db, office.id)
    villages = reference.active_villages(db, office.id)
    return {"office": office, "clerk": clerk, "category": categories[0],
            "other_category": categories[1], "village": villages[0],
            "other_village": villages[1]}


def report(db, setting, *, lat=None, lon=None, village=None, category=None, received_at=None,
           name="นายสมชาย ใจดี", photos=(), description="ไฟดับหน้าบ้าน"):
    data = ComplaintInput(
        category_id=(category or setting["category"]).id, description=description,
        complainant_name=name, phone="0812345678", lat=lat, lon=lon,
        village_id=village.id if village else None, location_text="หน้าวัด",
        photos=tuple(photos))
    return log_complaint(db, setting["clerk"].id, data, received_at=received_at)


def candidates(db, setting, **kwargs):
    kwargs.setdefault("category_id", setting["category"].id)
    kwargs.setdefault("village_id", None)
    kwargs.setdefault("lat", None)
    kwargs.setdefault("lon", None)
    return duplicates.find_candidates(db, setting["clerk"].id, **kwargs)


def ids(found):
    return [c.complaint_id for c in found]


def events(db, complaint_id):
    with db.read() as session:
        return session.execute(select(StatusEvent.id, StatusEvent.from_status,
                                      StatusEvent.to_status, StatusEvent.note_code)
                               .where(StatusEvent.complaint_id == complaint_id)
                               .order_by(StatusEvent.id)).all()


def row(db, complaint_id):
    with db.read() as session:
        c = session.get(Complaint, complaint_id)
        return {"status": c.status, "parent_id": c.parent_id, "crew_id": c.crew_id,
                "closed_at": c.closed_at}


def test_within_the_radius_99_m_is_offered_and_101_m_is_not(db, setting, now):
    near = report(db, setting, lat=north(99), lon=LON)
    far = report(db, setting, lat=north(101), lon=LON)
    assert distance_m(LAT, LON, north(99), LON) == pytest.approx(99, abs=0.01)
    found = candidates(db, setting, lat=LAT, lon=LON, now=now)
    assert ids(found) == [near.id]
    assert found[0].distance_m == pytest.approx(99, abs=0.1)
    assert far.id not in ids(found)


def test_the_radius_is_the_categorys(db, setting, admin, now):
    from fondue_desk.services import categories_admin

    far = report(db, setting, lat=north(101), lon=LON)
    view = next(c for c in categories_admin.list_categories(db, setting["office"].id)
                if c.id == setting["category"].id)
    categories_admin.save_category(db, admin.id, view.as_input(duplicate_radius_m=150),
                                   category_id=view.id)
    assert ids(candidates(db, setting, lat=LAT, lon=LON, now=now)) == [far.id]


def test_a_complaint_received_30_days_ago_is_offered_a_minute_more_is_not(db, setting, now):
    inside = report(db, setting, lat=LAT, lon=LON,
                    received_at=now - timedelta(days=30) + timedelta(minutes=1))
    edge = report(db, setting, lat=LAT, lon=LON, received_at=now - timedelta(days=30))
    outside = report(db, setting, lat=LAT, lon=LON,
                     received_at=now - timedelta(days=30, minutes=1))
    found = ids(candidates(db, setting, lat=LAT, lon=LON, now=now))
    assert inside.id in found and edge.id in found
    assert outside.id not in found


def test_without_a_point_the_same_village_decides(db, setting, now):
    v, other = setting["village"], setting["other_village"]
    placed = report(db, setting, lat=north(3000), lon=LON, village=v)
    unplaced = report(db, setting, village=v)
    elsewhere = report(db, setting, village=other)
    # The new report has no point: every open one of its village, placed or not.
    found = candidates(db, setting, village_id=v.id, now=now)
    assert set(ids(found)) == {placed.id, unplaced.id}
    assert all(c.distance_m is None for c in found)
    # The new report has a point: the unplaced one of its village still counts, the placed
    # one 3 km away does not.
    found = candidates(db, setting, lat=LAT, lon=LON, village_id=v.id, now=now)
    assert ids(found) == [unplaced.id]
    assert elsewhere.id not in ids(candidates(db, setting, lat=LAT, lon=LON, village_id=v.id,
                                              now=now))
    # Neither a point nor a village: nothing is near.
    assert candidates(db, setting, now=now) == []


def test_only_open_parents_of_the_category_nearest_first(db, setting, clerk, now):
    far = report(db, setting, lat=north(60), lon=LON)
    close = report(db, setting, lat=north(10), lon=LON, name="นางสาวมาลี ดีใจ")
    report(db, setting, lat=LAT, lon=LON, category=setting["other_category"])
    rejected = report(db, setting, lat=LAT, lon=LON)
    workflow.change_status(db, clerk.id, rejected.id, "rejected", note="ซ้ำกับเรื่องเก่า")
    child = report(db, setting, lat=LAT, lon=LON)
    duplicates.link_duplicate(db, clerk.id, child.id, far.id)
    found = candidates(db, setting, lat=LAT, lon=LON, now=now)
    assert ids(found) == [close.id, far.id]
    assert found[0].complainant_name == "นางสาวมาลี ดีใจ"
    assert found[0].category_name == setting["category"].name_th
    assert (found[0].child_count, found[1].child_count) == (0, 1)
    assert ids(candidates(db, setting, lat=LAT, lon=LON, now=now, exclude_id=close.id)) == [
        far.id]
    assert ids(candidates(db, setting, lat=LAT, lon=LON, now=now, limit=1)) == [close.id]


def test_a_candidate_brings_up_to_three_photos(db, setting, now):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(buffer, "JPEG")
    photo = ("ไฟดับ.jpg", buffer.getvalue())
    made = report(db, setting, lat=LAT, lon=LON, photos=[photo] * 4)
    found = candidates(db, setting, lat=LAT, lon=LON, now=now)
    assert ids(found) == [made.id]
    assert len(found[0].photos) == 3
    assert all(Image.open(io.BytesIO(p)).size[0] > 0 for p in found[0].photos)


def test_linking_takes_the_parents_status_and_both_histories_say_so(db, setting, clerk):
    parent = report(db, setting, lat=LAT, lon=LON)
    workflow.change_status(db, clerk.id, parent.id, "in_progress")
    child = report(db, setting, lat=LAT, lon=LON)
    before = events(db, child.id)
    duplicates.link_duplicate(db, clerk.id, child.id, parent.id,
                              expected_statuses={child.id: "received"})
    assert row(db, child.id)["status"] == "in_progress"
    assert row(db, child.id)["parent_id"] == parent.id
    after = events(db, child.id)
    assert after[:len(before)] == before
    assert after[-1].note_code == history_notes.DUPLICATE_LINKED
    assert (after[-1].from_status, after[-1].to_status) == ("received", "in_progress")
    assert events(db, parent.id)[-1].note_code == history_notes.DUPLICATE_ADDED
    assert duplicates.children(db, parent.id) == [child.id]
    link_parent, link_children = duplicates.links(db, child.id)
    assert link_parent.tracking_no == parent.tracking_no and link_children == ()
    assert [c.complaint_id for c in duplicates.links(db, parent.id)[1]] == [child.id]


def test_link_refusals_change_nothing(db, setting, clerk, demo_office):
    a = report(db, setting, lat=LAT, lon=LON)
    b = report(db, setting, lat=LAT, lon=LON)
    c = report(db, setting, lat=LAT, lon=LON)
    closed = report(db, setting, lat=LAT, lon=LON)
    workflow.change_status(db, clerk.id, closed.id, "rejected", note="ไม่ใช่งานของเรา")
    duplicates.link_duplicate(db, clerk.id, b.id, a.id)
    snapshot = [events(db, i) for i in (a.id, b.id, c.id, closed.id)]
    cases = [((a.id, a.id), "duplicate.self"), ((c.id, b.id), "duplicate.chain"),
             ((b.id, c.id), "duplicate.already_linked"),
             ((c.id, closed.id), "duplicate.not_open"), ((closed.id, c.id), "duplicate.not_open")]
    for (child_id, parent_id), code in cases:
        with pytest.raises(Conflict) as refused:
            duplicates.link_duplicate(db, clerk.id, child_id, parent_id)
        assert refused.value.code == code
    with pytest.raises(Conflict) as stale:
        duplicates.link_duplicate(db, clerk.id, c.id, a.id, expected_statuses={c.id: "assigned"})
    assert stale.value.code == "complaint.changed_meanwhile"
    mayor = reference.find_user(db, "mayor")
    with pytest.raises(PermissionDenied):
        duplicates.link_duplicate(db, mayor.id, c.id, a.id)
    with pytest.raises(InvalidInput) as few:
        duplicates.merge(db, clerk.id, a.id, [])
    assert few.value.errors[0].code == "duplicate.too_few"
    assert [events(db, i) for i in (a.id, b.id, c.id, closed.id)] == snapshot
    assert row(db, c.id)["parent_id"] is None


def test_merge_and_split_keep_every_history_event(db, setting, clerk):
    made = [report(db, setting, lat=LAT, lon=LON) for _ in range(4)]
    workflow.change_status(db, clerk.id, made[1].id, "in_progress")
    histories = {m.id: events(db, m.id) for m in made}
    # made[3] already has a duplicate of its own: merging it brings that one along.
    duplicates.link_duplicate(db, clerk.id, made[2].id, made[3].id)
    duplicates.merge(db, clerk.id, made[0].id, [made[1].id, made[3].id])
    assert duplicates.children(db, made[0].id) == [made[1].id, made[2].id, made[3].id]
    assert {row(db, m.id)["status"] for m in made} == {"received"}
    for m in made:
        assert events(db, m.id)[:len(histories[m.id])] == histories[m.id]
    merged = {m.id: events(db, m.id) for m in made}
    duplicates.split(db, clerk.id, [made[1].id, made[2].id])
    assert duplicates.children(db, made[0].id) == [made[3].id]
    assert row(db, made[1].id)["parent_id"] is None
    for m in made:
        assert events(db, m.id)[:len(merged[m.id])] == merged[m.id]
    assert events(db, made[1].id)[-1].note_code == history_notes.DUPLICATE_SPLIT
    assert [e.note_code for e in events(db, made[0].id)[-2:]] == [
        history_notes.DUPLICATE_REMOVED] * 2
    with pytest.raises(Conflict) as refused:
        duplicates.split(db, clerk.id, [made[1].id])
    assert refused.value.code == "duplicate.not_a_child"


def test_another_offices_complaints_are_neither_offered_nor_linked(db, setting, clerk, now):
    from fondue_desk.domain.errors import NotFound
    from fondue_desk.services import demo

    other = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    their_clerk = reference.find_user(db, f"clerk1-demo{other.office_id}")
    their_category = reference.active_categories(db, other.office_id)[0]
    theirs = log_complaint(db, their_clerk.id, ComplaintInput(
        category_id=their_category.id, description="ไฟดับ", complainant_name="นายหนึ่ง ใจดี",
        phone="0812345678", lat=LAT, lon=LON))
    ours = report(db, setting, lat=LAT, lon=LON)
    assert ids(candidates(db, setting, lat=LAT, lon=LON, now=now)) == [ours.id]
    with pytest.raises(NotFound):
        candidates(db, setting, category_id=their_category.id, lat=LAT, lon=LON, now=now)
    for call in (lambda: duplicates.link_duplicate(db, clerk.id, theirs.id, ours.id),
                 lambda: duplicates.link_duplicate(db, clerk.id, ours.id, theirs.id),
                 lambda: duplicates.split(db, clerk.id, [theirs.id]),
                 lambda: duplicates.children(db, theirs.id, office_id=setting["office"].id)):
        with pytest.raises(NotFound):
            call()
    assert row(db, theirs.id)["parent_id"] is None and row(db, ours.id)["parent_id"] is None
