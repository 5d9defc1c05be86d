"""The register's "Export Open311 (GeoReport v2)…": the current view into a chosen folder, in the
background, from the button or the keyboard; a cancelled export leaves nothing."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fondue_desk.domain.register_filter import RegisterFilter
from fondue_desk.services import register

COMPLAINTS = 300


def _exported(folder) -> list[str]:
    requests = json.loads((folder / "requests.json").read_text(encoding="utf-8"))
    return [r["service_request_id"] for r in requests]


def test_the_current_view_is_exported_as_open311_in_the_background(
        qtbot, register_page, db, register_office, tmp_path, monkeypatch):
    register_page.set_filter(RegisterFilter(statuses=frozenset({"closed"})))
    qtbot.waitUntil(lambda: register_page.model.filter.statuses == {"closed"}, timeout=10_000)
    folder = tmp_path / "open311"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: asked.append(a) or str(folder))
    button = register_page.open311.button
    assert button.text() == "Open311…" and button.isVisible()
    with qtbot.waitSignal(register_page.message, timeout=20_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # one export at a time
    expected = [r.tracking_no for r in register.iter_rows(
        db, register_office.id, register_page.model.filter, register_page.model.sort_order)]
    assert _exported(folder) == expected and expected
    exporter = register_page.open311
    services = len(json.loads((folder / "services.json").read_text(encoding="utf-8")))
    # Worded through tr(): the Thai arrives when the pending translations are merged.
    assert done.args[0] == exporter.tr(
        "Exported %1 complaints and %2 categories as Open311 files to %3").replace(
        "%1", f"{len(expected):,}").replace("%2", str(services)).replace("%3", str(folder))
    assert (folder / "requests.xml").exists() and (folder / "services.json").exists()
    assert button.isEnabled() and len(asked) == 1


def test_the_action_works_from_the_keyboard_and_a_cancel_leaves_the_folder_alone(
        qtbot, register_page, tmp_path, monkeypatch):
    import ui.dialogs.open311_export as module

    real = module.export_open311
    monkeypatch.setattr(module, "export_open311",
                        lambda *a, **k: real(*a, **{**k, "is_cancelled": lambda: True}))
    folder = tmp_path / "kept"
    folder.mkdir()
    (folder / "requests.json").write_text("[]\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    assert register_page.open311.action in register_page.actions()
    button = register_page.open311.button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=10_000)
    with qtbot.waitSignal(register_page.message, timeout=20_000) as done:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert done.args[0] == register_page.open311.tr(
        "Open311 export cancelled; the folder is as it was")
    assert [p.name for p in folder.iterdir()] == ["requests.json"]
    assert (folder / "requests.json").read_text(encoding="utf-8") == "[]\n"


def test_no_folder_chosen_exports_nothing(qtbot, register_page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    assert register_page.open311.export() is None
    assert register_page.open311.task is None and register_page.open311.button.isEnabled()
