"""What the new user's trial found in the map outputs: legends that count like the rest of the app, fixed
symbol sizes on the web map, a view that stays on the embedded basemap, place names that do not overlap,
and the pack's legend outlines, glyph check, score colours and gap table."""

from __future__ import annotations

import json
import re
import time

import pytest
from pypdf import PdfReader
from report_browser import console_errors, offline_chromium
from reportlab.graphics.shapes import Circle
from test_pack_capacity import sample  # noqa: F401  (a fixture, found by pytest by name)

from clusterdesk.analysis import capacity_scores as scores
from clusterdesk.cli.main import main
from clusterdesk.core.governance_edits import add_body
from clusterdesk.render.score_colours import score_rgb
from clusterdesk.render.symbols import OUTLINE_WIDTH_PT
from clusterdesk.reports import pack_capacity, webmap
from clusterdesk.reports.legend_counts import kind_counts, unlocated_note
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.pack_glyphs import unprintable_characters
from clusterdesk.reports.pack_map import symbol


def _payload(page: str) -> dict:
    """The data the page hands to clusterdeskMap()."""
    start = page.index("clusterdeskMap(")
    data = page[page.index("}, {", start) + 3 :]
    return json.JSONDecoder().raw_decode(data)[0]


def test_kind_counts_give_mapped_of_all_and_one_note(cluster_project):
    counts = {c.kind: c for c in kind_counts(cluster_project.connection)}
    # The fixture's "Taller sin ubicación" is the one enterprise without a location
    assert (counts["enterprise"].located, counts["enterprise"].total) == (2, 3)
    assert counts["enterprise"].text == "2 of 3"
    assert counts["supplier"].text == "1"
    assert list(counts)[0] == "enterprise"  # vocabulary order, as in the Layers panel
    note = unlocated_note(list(counts.values()))
    assert "1 stakeholder has no location and is not on the map" in note


def test_web_legend_says_mapped_of_all_right_under_the_entries(cluster_project):
    legend = _payload(webmap.build_webmap_html(cluster_project))["legendHtml"]
    stakeholders = legend.split("<h4>Stakeholders</h4>")[1].split("<h4>Relations</h4>")[0]
    assert re.search(r"Enterprise</span><span class='cd-count'>2 of 3</span>", stakeholders)
    assert "Supplier</span><span class='cd-count'>1</span>" in stakeholders
    # The note sits after the last kind and before the relations, not at the foot of the legend
    assert stakeholders.rstrip().endswith("not on the map.</div>")
    assert "sized by employees" not in legend


def test_pack_legend_counts_all_with_the_note_under_it(cluster_project, tmp_path):
    result = build_pack(cluster_project, tmp_path / "map.pdf", sections=["map"])
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(result.path).pages).split())
    legend = text.split("Legend", 1)[1]
    assert "Enterprise 2 of 3" in legend
    assert "1 stakeholder has no location and is not on the map." in legend


def test_web_map_symbols_have_fixed_sizes_unless_firms_are_sized_by_employees(cluster_project):
    fixed = {
        layer["kind"]: layer for layer in _payload(webmap.build_webmap_html(cluster_project))["stakeholders"]
    }
    for layer in fixed.values():
        assert len(set(layer["radius"])) == 1, layer["kind"]
    sized = webmap.build_webmap_html(cluster_project, size_by_employees=True)
    by_kind = {layer["kind"]: layer for layer in _payload(sized)["stakeholders"]}
    # Firms of 12 and 45 employees differ; institutions keep the size of their kind whatever their staff
    assert len(set(by_kind["enterprise"]["radius"])) == 2
    assert max(by_kind["enterprise"]["radius"]) > max(fixed["enterprise"]["radius"])
    for kind in ("business_association", "public_authority", "training_institution", "financial_institution"):
        assert by_kind[kind]["radius"] == fixed[kind]["radius"], kind
    assert "Firms, suppliers and buyers are sized by employees" in _payload(sized)["legendHtml"]


def test_cli_sizes_by_employees_only_when_asked(cluster_project, tmp_path):
    path = cluster_project.path
    cluster_project.close()
    assert main(["webmap", str(path), "-o", str(tmp_path / "fixed.html")]) == 0
    assert main(["webmap", str(path), "-o", str(tmp_path / "sized.html"), "--size-by-employees"]) == 0

    def enterprise_radii(name: str) -> set[float]:
        layers = _payload((tmp_path / name).read_text(encoding="utf-8"))["stakeholders"]
        return {r for layer in layers if layer["kind"] == "enterprise" for r in layer["radius"]}

    assert len(enterprise_radii("fixed.html")) == 1 and len(enterprise_radii("sized.html")) == 2


_LABEL_OVERLAPS = """
const boxes = [...document.querySelectorAll('.cd-place')]
  .filter(e => e.style.visibility !== 'hidden').map(e => e.getBoundingClientRect());
let overlaps = 0;
for (let i = 0; i < boxes.length; i++) {
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) { overlaps++; }
  }
}
return [overlaps, boxes.length,
        document.querySelectorAll('.cd-place').length - boxes.length];
"""


def test_view_stays_on_the_basemap_and_place_names_do_not_overlap(cluster_project, tmp_path):
    page = webmap.export_webmap(cluster_project, tmp_path / "map.html")
    limits = _payload(page.read_text(encoding="utf-8"))["limits"]
    with offline_chromium() as driver:
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        driver.get(page.as_uri())
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        # Asked to zoom out to the whole world, the map stops where the embedded basemap still fills it
        driver.execute_script(
            "const m = window.clusterdeskLeafletMap; m.setView(m.getCenter(), 0, {animate: false});"
            "m.panBy([-5000, -5000], {animate: false});"
        )
        time.sleep(0.6)  # Leaflet pulls the view back inside its bounds after the pan
        view = driver.execute_script(
            "const m = window.clusterdeskLeafletMap, b = m.getBounds();"
            "return [m.getZoom(), m.getMinZoom(), b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];"
        )
        zoom, min_zoom, south, west, north, east = view
        assert zoom == min_zoom > 2
        tolerance = 0.01  # about a pixel at this zoom
        assert south >= limits[0][0] - tolerance and west >= limits[0][1] - tolerance
        assert north <= limits[1][0] + tolerance and east <= limits[1][1] + tolerance
        hidden_somewhere = 0
        for step in range(4):
            driver.execute_script(
                "const m = window.clusterdeskLeafletMap;"
                "m.setView(m.getCenter(), arguments[0], {animate: false});",
                min_zoom + step,
            )
            overlaps, shown, hidden = driver.execute_script(_LABEL_OVERLAPS)
            assert overlaps == 0, f"zoom {min_zoom + step}"
            assert shown > 0
            hidden_somewhere += hidden
        # Around Atuntaqui, Quito and its suburbs crowd each other when zoomed out
        assert hidden_somewhere > 0
        assert console_errors(driver) == []


def test_pack_legend_symbols_are_outlined_like_the_map():
    drawn = symbol("circle", 10, 10, 4, "#d95f02")
    assert isinstance(drawn, Circle) and drawn.strokeWidth == OUTLINE_WIDTH_PT
    for polygon in symbol("star", 10, 10, 4, "#d95f02").contents:
        assert polygon.strokeWidth == OUTLINE_WIDTH_PT


def test_glyph_check_reads_governance_text(cluster_project):
    cluster_project.stack.push(add_body(cluster_project, {"name": "Comité ሰላም", "body_type": "other"}))
    connection = cluster_project.connection

    def has_table(name: str) -> bool:
        found = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,))
        return found.fetchone() is not None

    assert unprintable_characters(connection, has_table) == "ሰላም"


def test_capacity_cells_use_the_apps_score_scale():
    for value in (1.0, 2.4, 3.0, 4.6, 5.0):
        colour = pack_capacity.score_colour(value)
        expected = score_rgb(value, pale=True)
        assert [round(c * 255) for c in colour.rgb()] == list(expected)


def test_gap_table_keeps_the_largest_three_per_institution(sample, tmp_path):  # noqa: F811
    framework = scores.load_framework(sample)
    found = scores.gaps(sample, framework)
    shown = pack_capacity.largest_gaps(found)
    per_institution: dict[int, list] = {}
    for gap in found:
        per_institution.setdefault(gap.institution_id, []).append(gap)
    assert len(found) > len(shown)  # the sample has more than three gaps for some institution
    for institution, gaps in per_institution.items():
        kept = [g for g in shown if g.institution_id == institution]
        assert kept == gaps[: pack_capacity.GAPS_PER_INSTITUTION]
    assert [g.gap for g in shown] == sorted((g.gap for g in shown), reverse=True)
    result = build_pack(sample, tmp_path / "pack.pdf", sections=["capacity"], language="en")
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(result.path).pages).split())
    assert f"{len(found) - len(shown)} smaller gaps are left out here" in text
