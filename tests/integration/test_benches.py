"""Every bench/ script runs at its --smoke size and prints its figures with their floors.

A bench is only run by hand before a release; without this test a change to a service it
calls (map settings becoming the admin's, say) breaks it unnoticed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
# A loaded 2-core machine: the map bench starts Chromium and builds a demo office.
TIMEOUT_S = 180


def run_bench(name: str, *options: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), "--smoke", *options],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"bench/{name}.py printed no JSON:\n{done.stdout[-2000:]}") from None


def at(figures: dict, path: str):
    value = figures
    for key in path.split("."):
        assert isinstance(value, dict) and key in value, f"no {path!r} in {figures!r}"
        value = value[key]
    return value


def positive(figures: dict, *paths: str) -> None:
    for path in paths:
        value = at(figures, path)
        assert isinstance(value, int | float) and not isinstance(value, bool), (path, value)
        assert value > 0, (path, value)


def test_intake_bench():
    figures = run_bench("intake")
    assert figures["complaints"] == 20
    positive(figures, "save.p50_ms", "save.p95_ms", "save_raw_sqlite3_floor.p50_ms",
             "save_raw_sqlite3_floor.p95_ms", "save_p95_ratio_to_floor", "receipt_a5.p95_ms",
             "targets.save_p95_ms", "targets.receipt_p95_ms", "peak_rss_mb")


def test_register_bench():
    figures = run_bench("register")
    assert figures["complaints"] == 2000
    positive(figures, "demo_created_s", "first_rows.ms", "first_rows.floor_ms", "first_rows.ratio",
             "first_rows.register_page_painted_ms")
    positive(figures, "filter_sort_first_page_and_count.p95_ratio")
    for part in ("search_1_char", "search_2_chars", "search_longer",
                 "filter_sort_first_page_and_count"):
        positive(figures, f"{part}.p50_ms", f"{part}.p95_ms", f"{part}.floor.p50_ms",
                 f"{part}.floor.p95_ms")
    positive(figures, "search_2_chars.raw_sqlite3_scan.p95_ms",
             "search_typing_each_keystroke.p95_ms", "search_index.rows",
             "search_index.held_mb")
    assert figures["search_index"]["rows"] == 2000
    positive(figures, "last_page.ms", "last_page.floor_ms", "targets.first_rows_ms",
             "targets.every_search_ms", "targets.filter_sort_p95_ms", "targets.ratio_to_floor")


def test_register_bench_on_postgresql(pg_url):
    figures = run_bench("register", "--db", pg_url)
    assert figures["backend"] == "postgresql"
    assert figures["complaints"] == figures["search_index"]["rows"] == 2000
    positive(figures, "demo_created_s", "first_rows.ms", "first_rows.floor_ms",
             "filter_sort_first_page_and_count.p95_ms",
             "filter_sort_first_page_and_count.floor.p95_ms",
             "filter_sort_first_page_and_count.p95_ratio", "search_longer.p95_ms",
             "search_longer.floor.p95_ms", "search_longer.raw_psycopg_trigram.p95_ms",
             "last_page.ms", "last_page.floor_ms")


def test_map_bench_acts_as_the_admin():
    figures = run_bench("map")
    positive(figures, "chromium_start_s", "empty_page_ready_s", "targets.time_to_ready_s.100000",
             "targets.time_to_ready_s.300000", "targets.max_gui_stall_ms")
    positive(figures, "300.complaints_with_coordinates", "300.time_to_ready_s", "300.build_s",
             "300.draw_s", "300.page_bytes", "300.markers_bytes")
    assert figures["300"]["build_floor_s"] >= 0 and figures["300"]["max_gui_stall_ms"] >= 0
    # The page with markers cannot be ready before it has fetched and drawn them.
    assert figures["300"]["time_to_ready_s"] >= figures["300"]["draw_s"]


def test_documents_bench():
    figures = run_bench("documents")
    by_grouping = {f["grouping"]: f for f in figures["work_orders"]}
    assert set(by_grouping) == {"crew_day", "job"}
    assert by_grouping["job"]["orders"] == by_grouping["job"]["jobs"] == 10
    for grouping in by_grouping.values():
        positive(grouping, "assign_and_number_s", "read_and_render_s", "total_s", "pdf_bytes",
                 "target_total_s", "pages", "floor_plain_reportlab_s", "render_to_floor_ratio")
        assert grouping["pages"] >= grouping["orders"]
    assert figures["closure_letters"]["letters"] == 5
    positive(figures, "closure_letters.approve_and_number_s", "closure_letters.render_day_s",
             "closure_letters.pdf_bytes", "closure_letters.floor_plain_reportlab_s",
             "closure_letters.render_to_floor_ratio", "peak_rss_mb")



def test_template_preview_bench():
    figures = run_bench("template_preview")
    for document in ("receipt", "letter"):
        assert figures[document]["keystrokes"] == 4
        positive(figures, f"{document}.keystroke_to_pdf.p50_ms",
                 f"{document}.keystroke_to_pdf.p95_ms", f"{document}.preview_render_no_qt.p50_ms",
                 f"{document}.floor_plain_reportlab.p50_ms", f"{document}.render_p50_ratio_to_floor")
        # the page waits 250 ms for typing to stop: a faster "preview" was not the new text
        assert figures[document]["keystroke_to_pdf"]["p50_ms"] >= 250
    positive(figures, "target_ms", "peak_rss_mb")


def test_concurrency_bench():
    figures = run_bench("concurrency")
    assert figures["desks"] == [1, 2]
    backends = ["sqlite"] + ([] if "skipped" in figures["postgresql"] else ["postgresql"])
    for backend in backends:
        for desks in ("1_desks", "2_desks"):
            run = at(figures, f"{backend}.{desks}")
            assert run["service"]["errors"] == run["floor"]["errors"] == 0, run
            assert run["service"]["numbers_unique_and_gapless"] is True
            positive(run, "service.per_s", "service.wait.p50_ms", "service.wait.p95_ms",
                     "service.wait.max_ms", "floor.per_s", "floor.wait.max_ms",
                     "per_s_ratio_to_floor")


def test_import_bench():
    figures = run_bench("import")
    assert figures["rows"] == figures["added"] == 2000
    assert figures["agency_rows_added"] == 200
    positive(figures, "import_rows_per_s", "floor_rows_per_s", "ratio_to_floor", "plan_s")


def _dashboard_figures_check(figures: dict) -> None:
    assert figures["complaints"] == 2000
    for period in ("fiscal_year", "previous_fiscal_year", "last_12_months"):
        positive(figures, f"{period}.best_ms", f"{period}.p50_ms", f"{period}.floor.best_ms",
                 f"{period}.floor.p50_ms", f"{period}.ratio")
    # the demo spreads its complaints over the last 365 days: most are in these twelve months
    positive(figures, "last_12_months.figures.received", "last_12_months.figures.closed_in_period",
             "last_12_months.figures.median", "last_12_months.figures.p90", "targets.figures_ms")
    year = figures["last_12_months"]["figures"]
    assert year["p90"] >= year["median"]
    assert 0 <= year["sla_share"] <= 1


def test_dashboard_bench():
    _dashboard_figures_check(run_bench("dashboard"))


def test_dashboard_bench_on_postgresql(pg_url):
    figures = run_bench("dashboard", "--db", pg_url)
    assert figures["backend"] == "postgresql"
    _dashboard_figures_check(figures)
