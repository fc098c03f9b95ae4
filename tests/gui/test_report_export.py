"""File ▸ Export ▸ Action-plan pack and Web map from the window: built in the background from a snapshot
that includes unsaved edits, then opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from clusterdesk.core import edits
from clusterdesk.gui import ask, report_export


def _open(window, path: Path, qtbot):
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    return window.workspace.project


def _no_external_viewer(monkeypatch) -> list[str]:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    return opened


def test_pack_includes_unsaved_edits_and_opens(make_window, small_project, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader

    window = make_window()
    project = _open(window, small_project, qtbot)
    project.stack.push(edits.AddStakeholders([{"name": "Confecciones Ñandú", "lon": -78.2, "lat": 0.33}]))
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(ask, "save_file_name", lambda *_args: str(target))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: ("Letter", True))
    opened = _no_external_viewer(monkeypatch)
    window.menu_actions["export_pack"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert opened == [str(target)]
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as chosen
    text = "".join(page.extract_text() for page in reader.pages)
    firms = project.connection.execute(
        "SELECT count(*) FROM stakeholders WHERE kind IN ('enterprise', 'supplier', 'buyer')"
    ).fetchone()[0]
    assert f"brings together {firms} firms" in " ".join(text.split())  # the unsaved firm is counted
    assert project.is_dirty  # exporting does not save
    assert not list(tmp_path.glob("clusterdesk-export-*"))


def test_webmap_leaves_contacts_out_unless_asked(make_window, small_project, qtbot, monkeypatch, tmp_path):
    window = make_window()
    _open(window, small_project, qtbot)
    target = tmp_path / "mapa.html"
    monkeypatch.setattr(ask, "save_file_name", lambda *_args: str(target))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    opened = _no_external_viewer(monkeypatch)
    window.menu_actions["export_webmap"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    html = target.read_text(encoding="utf-8")
    assert "leaflet" in html.lower()
    assert "https://cdn" not in html


def test_paper_follows_the_locale():
    assert report_export.default_paper() in {"A4", "Letter"}
