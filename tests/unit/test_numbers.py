"""Counts read with thousands separators; identifiers are never passed through the format."""
from __future__ import annotations

import pytest

from fondue_desk.domain.numbers import fill_count, format_count


@pytest.mark.parametrize(("n", "text"), [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (16669, "16,669"),
    (300000, "300,000"), (1234567, "1,234,567"), (-1200, "-1,200"),
])
def test_format_count_groups_thousands(n, text):
    assert format_count(n) == text


@pytest.mark.parametrize("value", [1.5, "16669", None, True])
def test_format_count_takes_only_whole_counts(value):
    with pytest.raises(TypeError):
        format_count(value)


def test_fill_count_fills_every_placeholder_and_leaves_the_rest():
    assert fill_count("พบ %n เรื่อง", 16669) == "พบ 16,669 เรื่อง"
    assert fill_count("%n of %n", 1000) == "1,000 of 1,000"
    assert fill_count("%1 · %n complaint(s)", 2500) == "%1 · 2,500 complaint(s)"
    assert fill_count("no count here", 5000) == "no count here"
