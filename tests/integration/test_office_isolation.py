"""Several offices on one server: a user of office A, naming office B's rows by id, number or
name, is refused (NotFound / PermissionDenied / a field error) or sees nothing, and B's data
is byte for byte as it was. Run on SQLite and on PostgreSQL.

Office B is made the way a second office joins a shared server (`create_demo_office` into a
database that already has one: its user names get a "-demo<id>" suffix).
"""
from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import select

from fondue_desk.db.database import Database
from fondue_desk.db.models import Base, OutgoingLetter, WorkOrder
from fondue_desk.domain.errors import FondueError, InvalidInput, NotFound
from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import (
    accounts,
    attachments,
    backup_settings,
    categories_admin,
    complaint_detail,
    complaints,
    crew_board,
    crews,
    demo,
    dispatch,
    editing,
    intake,
    job_results,
    letter_settings,
    letters,
    map_data,
    map_settings,
    map_tiles,
    numbering_settings,
    office_profile,
    receipts,
    reference,
    register,
    session_policy,
    signoff,
    signoff_queue,
    villages_admin,
    work_orders,
)
from fondue_desk.services.workflow import change_status

B_ONLY_WORD = "ฮิปโปโปเตมัส"  # in B's descriptions only: a search in A must not find it


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 20, 30)).save(out, "PNG")
    return out.getvalue()


class Side:
    """One office with a complaint in every state the services act on."""

    def __init__(self, db: Database, office_id: int, suffix: str, today, word: str):
        self.db, self.office_id, self.today = db, office_id, today
        self.clerk = reference.find_user(db, "clerk1" + suffix)
        self.mayor = reference.find_user(db, "mayor" + suffix)
        self.admin = reference.find_user(db, "admin" + suffix)
        self.leader = reference.find_user(db, "crew1" + suffix)
        self.category = reference.active_categories(db, office_id)[0]
        self.village = reference.active_villages(db, office_id)[0]
        self.crew = crews.list_crews(db, office_id)[0]
        self.received = self._log(word)
        self.assigned = self._log(word)
        dispatch.assign(db, self.clerk.id, [self.assigned.id], self.crew.id, today)
        work_orders.issue_work_orders(db, self.clerk.id, [self.assigned.id])
        self.awaiting = self._log(word)
        dispatch.assign(db, self.clerk.id, [self.awaiting.id], self.crew.id, today)
        dispatch.record_result(db, self.clerk.id, self.awaiting.id,
                               dispatch.ResultInput(outcome="done", notes="ซ่อมแล้ว"))
        self.closed = self._log(word)
        dispatch.assign(db, self.clerk.id, [self.closed.id], self.crew.id, today)
        dispatch.record_result(db, self.clerk.id, self.closed.id,
                               dispatch.ResultInput(outcome="done", notes="ซ่อมแล้ว"))
        signoff.approve(db, self.mayor.id, [self.closed.id])
        self.photo = attachments.add_attachment(db, self.clerk.id, self.received.id, "a.png",
                                                _photo())
        with db.read() as session:
            self.letter_id = session.scalar(select(OutgoingLetter.id).where(
                OutgoingLetter.complaint_id == self.closed.id))
            self.work_order = session.scalars(select(WorkOrder).where(
                WorkOrder.office_id == office_id)).first()
            self.work_order_id, self.work_order_no = self.work_order.id, self.work_order.number
        self.ids = [self.received.id, self.assigned.id, self.awaiting.id, self.closed.id]

    def _log(self, word: str):
        return intake.log_complaint(self.db, self.clerk.id, intake.ComplaintInput(
            category_id=self.category.id, village_id=self.village.id,
            description=f"{word} ไฟฟ้าดับหน้าบ้าน", complainant_name="นายบุญมี ใจคำ",
            phone="0812345678", lat=18.7396, lon=98.9518))


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: "unchanged" means nothing at all was written."""
    with db.read() as session:
        return {t.name: sorted(tuple(map(repr, row)) for row in session.execute(select(t)))
                for t in Base.metadata.sorted_tables}


def office_rows(db: Database, office_id: int) -> dict[str, list[tuple]]:
    """The office's own row and every row that names it by office_id."""
    rows = {}
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("office_id") if table.name != "office" else table.c.id
            if column is not None:
                rows[table.name] = sorted(tuple(map(repr, row)) for row in session.execute(
                    select(table).where(column == office_id)))
    assert len(rows) > 8  # office, settings, users, categories, villages, crews, complaints…
    return rows


@pytest.fixture(params=["sqlite", "postgresql"])
def offices(request, db_url, today):
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = Database.open(url)
    first = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    second = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    a = Side(db, first.office_id, "", today, "ไฟฟ้า")
    b = Side(db, second.office_id, f"-demo{second.office_id}", today, B_ONLY_WORD)
    b.received_extra = b._log(B_ONLY_WORD)  # a tracking number office A has not issued
    yield db, a, b
    db.close()


def _marker_ids(payload) -> set[int]:
    data = json.loads(payload)
    return set(data["id"]) if isinstance(data, dict) and "id" in data else set(
        data["markers"]["id"])


def refused(call) -> FondueError:
    with pytest.raises((NotFound, InvalidInput)) as caught:
        call()
    return caught.value


def test_writes_on_another_offices_rows_are_refused_and_change_nothing(offices, today):
    db, a, b = offices
    clerk, mayor, admin = a.clerk.id, a.mayor.id, a.admin.id
    same = editing.input_of(b.received)
    own = editing.input_of(a.received)
    calls = {
        "intake with B's category": lambda: intake.log_complaint(db, clerk, intake.ComplaintInput(
            category_id=b.category.id, description="ถนนพัง", anonymous=True)),
        "intake with B's village": lambda: intake.log_complaint(db, clerk, intake.ComplaintInput(
            category_id=a.category.id, village_id=b.village.id, description="ถนนพัง",
            anonymous=True)),
        "edit B's complaint": lambda: editing.edit_complaint(db, clerk, b.received.id, same),
        "edit to B's category": lambda: editing.edit_complaint(
            db, clerk, a.received.id, intake.ComplaintInput(
                **{**own.__dict__, "category_id": b.category.id})),
        "status": lambda: change_status(db, clerk, b.received.id, "in_progress"),
        "reopen": lambda: change_status(db, admin, b.closed.id, "in_progress", note="อีก"),
        "assign B's complaint": lambda: dispatch.assign(db, clerk, [b.received.id], a.crew.id,
                                                        today),
        "assign to B's crew": lambda: dispatch.assign(db, clerk, [a.received.id], b.crew.id,
                                                      today),
        "assign mixed batch": lambda: dispatch.assign(
            db, clerk, [a.received.id, b.received.id], a.crew.id, today),
        "start": lambda: dispatch.start_work(db, clerk, b.assigned.id),
        "result": lambda: dispatch.record_result(db, clerk, b.assigned.id,
                                                 dispatch.ResultInput(outcome="done")),
        "work order": lambda: work_orders.issue_work_orders(db, clerk, [b.assigned.id]),
        "photo": lambda: attachments.add_attachment(db, clerk, b.received.id, "x.png",
                                                    _photo()),
        "approve": lambda: signoff.approve(db, mayor, [b.awaiting.id]),
        "return": lambda: signoff.return_to_crew(db, mayor, [b.awaiting.id], "ทำใหม่"),
        "crew edit": lambda: crews.save_crew(db, admin, crews.CrewInput(name="ทีมใหม่"),
                                             crew_id=b.crew.id),
        "crew with B's leader": lambda: crews.save_crew(db, admin, crews.CrewInput(
            name="ทีมใหม่", leader_user_id=b.leader.id)),
        "crew with B's category": lambda: crews.save_crew(db, admin, crews.CrewInput(
            name="ทีมใหม่", category_ids=[b.category.id])),
        "category edit": lambda: categories_admin.save_category(
            db, admin, categories_admin.CategoryInput(name_th="หมวดใหม่"),
            category_id=b.category.id),
        "category with B's crew": lambda: categories_admin.save_category(
            db, admin, categories_admin.CategoryInput(name_th="หมวดใหม่",
                                                      default_crew_id=b.crew.id)),
        "category retire": lambda: categories_admin.set_category_active(
            db, admin, b.category.id, False),
        "category delete": lambda: categories_admin.delete_category(db, admin, b.category.id),
        "category order": lambda: categories_admin.reorder_categories(db, admin,
                                                                      [b.category.id]),
        "merge B's into A's": lambda: categories_admin.merge_categories(
            db, admin, [b.category.id], a.category.id),
        "merge A's into B's": lambda: categories_admin.merge_categories(
            db, admin, [a.category.id], b.category.id),
        "letter template": lambda: letter_settings.save_category_template(
            db, admin, b.category.id, "เรื่อง {{ tracking_no }}"),
        "village edit": lambda: villages_admin.save_village(
            db, admin, villages_admin.VillageInput(number=99, name="บ้านใหม่"),
            village_id=b.village.id),
        "village retire": lambda: villages_admin.set_village_active(db, admin, b.village.id,
                                                                    False),
        "village delete": lambda: villages_admin.delete_village(db, admin, b.village.id),
        "B's user: password": lambda: accounts.set_password(db, admin, b.clerk.id,
                                                            "Maehia-2569-x"),
        "B's user: profile": lambda: accounts.update_user(
            db, admin, b.clerk.id, full_name="นายใหม่ ใจดี", position="ธุรการ",
            role="admin", active=True),
        "B's user: unlock": lambda: accounts.unlock_user(db, admin, b.clerk.id),
        "rights on B's job": lambda: crew_board.rights_for_complaint(db, clerk, b.assigned.id),
    }
    for name, call in calls.items():
        before = dump(db)
        error = refused(call)
        # Another office's row reads as missing; a field naming one reads as a wrong value.
        codes = [e.code for e in error.errors] if isinstance(error, InvalidInput) else [error.code]
        assert all(c.endswith(("not_found", "unknown", "not_crew_leader")) for c in codes), name
        assert dump(db) == before, name


def test_reads_by_id_or_number_stay_in_the_callers_office(offices):
    db, a, b = offices
    office = a.office_id
    by_id = {
        "complaint": lambda i: complaints.get(db, i, office_id=office),
        "detail": lambda i: complaint_detail.complaint_detail(db, i, office_id=office),
        "history": lambda i: complaint_detail.history(db, i, office_id=office),
        "results": lambda i: job_results.results_for_complaint(db, i, office_id=office),
        "work orders": lambda i: work_orders.orders_for_complaint(db, i, office_id=office),
        "photos": lambda i: attachments.list_attachments(db, i, office_id=office),
        "decisions": lambda i: signoff_queue.decisions(db, i, office_id=office),
        "receipt": lambda i: receipts.receipt_pdf(db, i, office_id=office),
    }
    for name, read in by_id.items():
        read(a.closed.id)  # the office's own rows are readable
        for complaint_id in b.ids:
            with pytest.raises(NotFound):
                read(complaint_id)
            assert name
    with pytest.raises(NotFound):
        attachments.attachment_content(db, b.photo.id, office_id=office)
    assert attachments.attachment_content(db, a.photo.id, office_id=office)[2]
    assert register.fetch_ids(db, b.ids, office_id=office) == []
    assert [r.id for r in register.fetch_ids(db, b.ids + a.ids, office_id=office)] == a.ids
    assert map_data.marker_details_json(db, office, b.received.id) is None
    assert crew_board.rights_for_complaint(db, a.clerk.id, a.assigned.id)

    # Tracking numbers are per office: B's extra number is unknown in A, a shared one is A's.
    with pytest.raises(NotFound):
        complaints.get_by_tracking(db, b.received_extra.tracking_no, office_id=office)
    with pytest.raises(NotFound):
        receipts.receipt_pdf_by_tracking(db, b.received_extra.tracking_no, office_id=office)
    assert complaints.get_by_tracking(db, b.received.tracking_no,
                                      office_id=office).id == a.received.id
    letters.letter_pdf_by_tracking(db, a.closed.tracking_no, office_id=office)
    with pytest.raises(NotFound):
        letters.letter_pdf_by_tracking(db, a.closed.tracking_no, office_id=office + 1000)
    with pytest.raises(NotFound):
        letters.letters_pdf(db, office, [b.letter_id])
    assert work_orders.find_work_order(db, office, b.work_order_no).id == a.work_order_id
    with pytest.raises(NotFound):
        work_orders.work_orders_pdf(db, office, [b.work_order_id])
    with pytest.raises(NotFound):
        crews.get_crew(db, office, b.crew.id)
    assert crews.suggest_crew(db, office, b.category.id) is None


def test_lists_queries_and_exports_show_only_the_callers_office(offices, tmp_path, today):
    db, a, b = offices
    office = a.office_id
    everything = RegisterFilter()
    assert register.count(db, office, everything) == len(a.ids)
    rows = register.fetch(db, office, everything)
    assert sorted(r.id for r in rows) == sorted(a.ids)
    assert sorted(r.id for r in register.iter_rows(db, office, everything)) == sorted(a.ids)
    # The in-memory search index is one per database: B's words must not show in A.
    searched = RegisterFilter(text=B_ONLY_WORD)
    assert register.count(db, office, searched) == 0
    assert register.first_page(db, office, searched).rows == []
    assert register.count(db, b.office_id, searched) == len(b.ids) + 1
    assert not register.contains(db, office, everything, b.received.id)
    assert register.row_position(db, office, everything, register.Sort(), b.received.id) is None

    marker_ids = _marker_ids(map_data.markers_json(db, office, everything))
    assert marker_ids and not marker_ids & set(b.ids + [b.received_extra.id])
    board = crew_board.crew_board(db, office, today=today)
    board_ids = {job.id for column in board.columns for job in column.jobs}
    assert board_ids and not board_ids & set(b.ids)
    queue = signoff_queue.signoff_queue(db, office)
    assert {i.id for i in queue} == {a.awaiting.id}
    assert [row.tracking_no for row in letters.register(
        db, office, today.year + 543)] == [a.closed.tracking_no]
    assert letters.letters_of_day(db, office, today) == [a.letter_id]
    assert {c.id for c in crews.list_crews(db, office, include_inactive=True)}.isdisjoint(
        {b.crew.id})
    assert b.category.id not in {c.id for c in reference.categories(db, office)}
    assert b.village.id not in {v.id for v in reference.villages(db, office)}
    assert b.category.id not in {c.id for c in categories_admin.list_categories(db, office)}
    assert b.village.id not in {v.id for v in villages_admin.list_villages(db, office)}
    assert b.category.id not in {t.category_id for t in
                                 letter_settings.category_templates(db, office)}
    users = accounts.list_users(db, a.admin.id)
    assert {u.username for u in users} == {"clerk1", "clerk2", "crew1", "mayor", "admin"}

    from fondue_desk.interop.register_export import export_register

    target = tmp_path / "register.csv"
    export_register(db, office, everything, register.Sort(), target, "csv",
                    include_contacts=True)
    exported = target.read_text(encoding="utf-8-sig")
    assert B_ONLY_WORD not in exported
    assert a.received.tracking_no in exported


def test_an_admin_changes_only_their_own_offices_settings(offices, tmp_path):
    db, a, b = offices
    admin = a.admin.id

    def b_settings():
        return (numbering_settings.formats(db, b.office_id),
                office_profile.office_profile(db, b.office_id),
                letter_settings.letter_settings(db, b.office_id),
                map_settings.map_settings(db, b.office_id),
                map_settings.boundary_geojson(db, b.office_id),
                map_tiles.tile_cache_mb(db, b.office_id),
                backup_settings.backup_settings(db, b.office_id),
                session_policy.idle_lock_minutes(db, b.office_id),
                reference.office(db, b.office_id))

    before, b_rows = b_settings(), office_rows(db, b.office_id)
    profile = office_profile.office_profile(db, a.office_id)
    office_profile.save_office_profile(db, admin, replace(profile, phone="053 111 222"))
    numbering_settings.save_formats(db, admin, tracking_format="มห{fy}/{seq:05d}",
                                    work_order_format="ส{fy}/{seq:04d}")
    letter_settings.save_letter_settings(
        db, admin, document_code="ชม 99999", signatory_name="นายใหม่ ใจดี",
        signatory_position="ปลัด", division="กองช่าง", thai_digits=True)
    letter_settings.set_image(db, admin, "emblem", _photo())
    map_settings.set_hotspot_rule(db, admin, 7, 300)
    map_settings.clear_boundary(db, admin)
    map_tiles.set_tile_cache_mb(db, admin, 321)
    backup_settings.save_backup_settings(db, admin, folder=str(tmp_path / "bk"), keep=9,
                                         automatic=False)
    session_policy.save_idle_lock_minutes(db, admin, 33)
    accounts.create_user(db, admin, "newclerk", "นางสาวใหม่ ใจดี", "ธุรการ", "clerk",
                         "Maehia-2569")
    assert b_settings() == before
    assert office_rows(db, b.office_id) == b_rows
    assert reference.office(db, a.office_id).phone == "053 111 222"
    # B's admin sees their own users only, and none of A's new one.
    assert "newclerk" not in {u.username for u in accounts.list_users(db, b.admin.id)}


def test_the_command_line_prints_a_number_of_the_office_it_names(db, db_url, tmp_path, today,
                                                                   capsys):
    from main import main

    first = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    second = demo.create_demo_office(db, complaints=0, passwords_must_change=False)
    a = Side(db, first.office_id, "", today, "ไฟฟ้า")
    b = Side(db, second.office_id, f"-demo{second.office_id}", today, B_ONLY_WORD)
    only_b = b._log(B_ONLY_WORD).tracking_no  # a number office A never issued
    out = tmp_path / "r.pdf"
    base = ["--db", db_url, "print", "receipt", only_b, "-o", str(out)]
    assert main(base) == 1  # the first office's register has no such number
    assert main([*base, "--office", str(b.office_id)]) == 0
    assert main([*base, "--office", "999"]) == 1
    assert "999" in capsys.readouterr().err
    letter = ["--db", db_url, "print", "letter", a.closed.tracking_no, "-o", str(out)]
    assert main([*letter, "--office", str(a.office_id)]) == 0
    assert main(["--db", db_url, "print", "work-order", b.work_order_no, "-o", str(out),
                 "--office", str(b.office_id)]) == 0
