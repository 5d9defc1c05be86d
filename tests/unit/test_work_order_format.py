from __future__ import annotations

import pytest

from fondue_desk.domain.errors import InvalidInput
from fondue_desk.domain.numbering import check_work_order_format, format_work_order_number


@pytest.mark.parametrize(("fmt", "expected"), [
    ("{seq}/{fy}", "12/2570"),
    ("ช.{seq:04d}/{fy}", "ช.0012/2570"),
    ("{year}-{seq}", "2570-12"),
])
def test_work_order_formats_render(fmt, expected):
    assert format_work_order_number(fmt, seq=12, fiscal_year=2570) == expected


@pytest.mark.parametrize(("fmt", "code"), [
    ("{seq}", "format.needs_year"),           # numbers restart each year: would repeat
    ("{fy}", "format.needs_seq"),
    ("{seq}/{fy}/{crew}", "format.needs_seq"),
    ("{seq/{fy}", "format.invalid"),
    ("ใบสั่งงานเลขที่ {seq:08d}/{fy}", "format.too_long"),  # work_order.number is 20 wide
])
def test_bad_work_order_formats_are_refused(fmt, code):
    with pytest.raises(InvalidInput) as raised:
        check_work_order_format(fmt)
    assert (raised.value.errors[0].field, raised.value.errors[0].code) == (
        "work_order_format", code)
