"""Waiting on the map page from tests: JavaScript results and readiness, with generous timeouts.

QtWebEngine starts a Chromium process on first use, which takes seconds on a cold machine.
"""
from __future__ import annotations

import json

WEB_TIMEOUT_MS = 30_000


def js(qtbot, view, code: str):
    """Run `code` in the page and return its value (JSON round trip keeps types plain)."""
    results: list = []
    view.run_js(f"JSON.stringify({code})", results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WEB_TIMEOUT_MS)
    return None if results[0] in (None, "") else json.loads(results[0])


def wait_js(qtbot, view, code: str, expected) -> None:
    """Wait until `code` evaluates to `expected` (the page draws asynchronously)."""
    seen: list = []

    def matches() -> bool:
        value = js(qtbot, view, code)
        seen.append(value)
        return value == expected

    try:
        qtbot.waitUntil(matches, timeout=WEB_TIMEOUT_MS)
    except AssertionError:
        raise AssertionError(f"{code} stayed {seen[-1:]!r}, expected {expected!r}") from None
