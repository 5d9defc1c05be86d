"""Traffy cells and headers in the shapes people publish them."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fondue_desk.interop.traffy import values
from fondue_desk.interop.traffy.columns import match_columns, shape_of
from tests.integration.traffy_files import AGENCY_HEADER, PUBLIC_HEADER


@pytest.mark.parametrize("headers, field, index", [
    (["Ticket ID", "Types"], "ticket_id", 0),
    (["TicketId", "ประเภท"], "type", 1),
    (["เลขที่เรื่อง", "สถานะ"], "state", 1),
    (["ticked_id", "cords"], "ticket_id", 0),      # misspelt
    (["ticked_id", "cords"], "coords", 1),
    (["id", "Coordinates"], "coords", 1),
    (["id", "lat", "lng"], "longitude", 2),
    (["id", "longtitude", "latitud"], "longitude", 1),
    (["id", "created_at", "วันที่แจ้ง"], "timestamp", 1),
    (["id", "รายละเอียด"], "comment", 1),
    (["id", "Status"], "state", 1),
])
def test_headers_are_found_by_name(headers, field, index):
    assert match_columns(headers)[field] == index


def test_short_names_are_not_guessed():
    assert "latitude" not in match_columns(["id", "lot"])


def test_both_documented_shapes():
    public = PUBLIC_HEADER.split(",")
    agency = AGENCY_HEADER.split(",")
    assert shape_of(match_columns(public)) == "public"
    found = match_columns(agency)
    assert shape_of(found) == "agency"
    assert (found["comment"], found["state"], found["timestamp"]) == (3, 16, 11)


@pytest.mark.parametrize("text, expected", [
    ("100.87281,13.81565", (13.81565, 100.87281)),     # public: longitude first
    ("[13.81565, 100.87281]", (13.81565, 100.87281)),  # bracketed, latitude first
    ("(100.5 13.7)", (13.7, 100.5)),
    ("", None),
])
def test_coordinates(text, expected):
    assert values.coords(text) == expected


def test_coordinates_outside_thailand_or_unreadable():
    with pytest.raises(ValueError, match="traffy.coords_outside"):
        values.coords("2.35,48.85")
    with pytest.raises(ValueError, match="traffy.bad_coords"):
        values.coords("somewhere")


def test_two_columns_with_swapped_headers():
    assert values.coord_pair("100.5", "13.7") == (13.7, 100.5)
    assert values.coord_pair("13.7", "100.5") == (13.7, 100.5)


@pytest.mark.parametrize("text, expected", [
    ("{ถนน,ทางเท้า}", ("ถนน", "ทางเท้า")), ("ถนน, ทางเท้า", ("ถนน", "ทางเท้า")),
    ("{}", ()), ("", ()), ('{"ถนน"}', ("ถนน",)),
])
def test_types(text, expected):
    assert values.types(text) == expected


def test_timestamps():
    assert values.timestamp("2023-05-12 13:27:54.482138+00", None) == datetime(
        2023, 5, 12, 13, 27, 54, 482138, tzinfo=UTC)
    assert values.timestamp("2023-05-12T20:27:54+07:00", None) == datetime(
        2023, 5, 12, 13, 27, 54, tzinfo=UTC)
    # No offset: Thai time. Buddhist Era years become CE.
    assert values.timestamp("2566-05-12 20:00", None) == datetime(2023, 5, 12, 13, 0, tzinfo=UTC)
    assert values.timestamp("12/05/2566 08:30", "dmy") == datetime(2023, 5, 12, 1, 30,
                                                                   tzinfo=UTC)
    assert values.timestamp("05/12/2023", "mdy") == datetime(2023, 5, 11, 17, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="traffy.bad_date"):
        values.timestamp("31/02/2023", "dmy")


def test_a_files_date_order_comes_from_its_values():
    assert values.slashed_order(["01/02/2023", "25/02/2023"]) == ("dmy", False)
    assert values.slashed_order(["01/02/2023", "02/25/2023"]) == ("mdy", False)
    assert values.slashed_order(["01/02/2023", "03/04/2023"]) == (None, True)
    assert values.slashed_order(["2023-05-12 13:27:54+00"]) == (None, False)


def test_ticket_ids_with_or_without_year():
    assert values.ticket_id(" 2023-FCX4QQ ") == "2023-FCX4QQ"
    assert values.ticket_id("FCX4QQ") == "FCX4QQ"
    with pytest.raises(ValueError):
        values.ticket_id("x y")


def test_the_import_history_notes_have_words():
    from fondue_desk.domain import history_notes as notes

    assert notes.words(notes.TRAFFY_IMPORTED, {"ticket_id": "2023-FCX4QQ"}, "en") == (
        "Imported from Traffy Fondue, ticket 2023-FCX4QQ")
    params = notes.decode(notes.encode(notes.TRAFFY_STATE_CHANGED, ticket_id="2023-A",
                                       state="เสร็จสิ้น"))
    assert notes.words(notes.TRAFFY_STATE_CHANGED, params) == (
        "Traffy Fondue แจ้งสถานะเรื่อง 2023-A: เสร็จสิ้น")
