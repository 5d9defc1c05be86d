from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from fondue_desk.domain.calendar import fiscal_year_be
from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.numbering import DEFAULT_TRACKING_FORMAT, check_format, format_number


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (date(2026, 9, 30), 2569),
        (date(2026, 10, 1), 2570),
        (date(2026, 11, 25), 2570),
        (date(2027, 1, 1), 2570),
        # 30 Sep 2026 18:00 UTC is already 1 Oct 01:00 in Thailand: the new fiscal year.
        (datetime(2026, 9, 30, 18, 0, tzinfo=timezone.utc), 2570),
        (datetime(2026, 9, 30, 16, 59, tzinfo=timezone.utc), 2569),
    ],
)
def test_fiscal_year_runs_october_to_september_in_thai_time(moment, expected):
    assert fiscal_year_be(moment) == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (DEFAULT_TRACKING_FORMAT, "2570-000123"),
        ("ร{fy}/{seq}", "ร2570/123"),
        ("{seq:05d}-{fy}", "00123-2570"),
    ],
)
def test_formats_render(fmt, expected):
    assert format_number(fmt, year=2570, seq=123) == expected


@pytest.mark.parametrize(
    ("fmt", "code"),
    [
        ("{fy}-fixed", "format.needs_seq"),
        ("{fy}-{seq}-{clerk}", "format.needs_seq"),
        ("{fy}-{seq", "format.invalid"),
        ("{seq:xyz}", "format.invalid"),
        ("{fy}" + "x" * 40 + "{seq}", "format.too_long"),
    ],
)
def test_bad_formats_are_refused_with_a_code(fmt, code):
    with pytest.raises(InvalidInput) as raised:
        check_format(fmt)
    assert raised.value.errors[0].field == "tracking_format"
    assert raised.value.errors[0].code == code
