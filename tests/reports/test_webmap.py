"""The web map: a self-contained page that works offline, checked in a real headless Chromium."""

from __future__ import annotations

import re
import threading

import pytest
from report_browser import console_errors, offline_chromium
from report_fixtures import NAMES

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.reports import webmap
from clusterdesk.reports.progress import ExportCancelled
from clusterdesk.reports.webmap_assets import remote_references

# Pixels drawn on a canvas inside a given Leaflet pane (non-transparent alpha)
_PAINTED_PIXELS = """
const canvas = document.querySelector(arguments[0] + ' canvas');
if (!canvas || !canvas.width) { return -1; }
const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
let painted = 0;
for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
return painted;
"""


def test_page_loads_nothing_from_the_network(cluster_project, tmp_path):
    page = webmap.build_webmap_html(cluster_project)
    assert remote_references(page) == []
    assert not re.search(r"""<(script|link)[^>]+(src|href)=""", page)
    assert "L.version" in page or "Leaflet" in page  # Leaflet itself is inlined
    assert "data:image/png;base64," in page  # the layer switcher icon travels with the page
    for name in NAMES.values():
        assert name in page


def test_contacts_only_when_asked(cluster_project, tmp_path):
    without = webmap.export_webmap(cluster_project, tmp_path / "public.html")
    with_contacts = webmap.export_webmap(cluster_project, tmp_path / "internal.html", include_contacts=True)
    assert "mj@example.org" not in without.read_text(encoding="utf-8")
    assert "mj@example.org" in with_contacts.read_text(encoding="utf-8")


def test_export_reports_progress_and_can_be_cancelled(cluster_project, tmp_path):
    seen = []
    webmap.export_webmap(cluster_project, tmp_path / "map.html", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportCancelled, match="cancelled"):
        webmap.export_webmap(cluster_project, tmp_path / "cancelled.html", cancel=stop)
    assert not (tmp_path / "cancelled.html").exists()


def test_missing_folder_is_a_clear_error(cluster_project, tmp_path):
    with pytest.raises(ClusterDeskError, match="does not exist"):
        webmap.export_webmap(cluster_project, tmp_path / "nowhere" / "map.html")


def test_map_basemap_and_markers_appear_offline_without_console_errors(cluster_project, tmp_path):
    page = webmap.export_webmap(cluster_project, tmp_path / "map.html")
    with offline_chromium() as driver:
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        driver.get(page.as_uri())
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        assert driver.execute_script("return document.documentElement.dataset.clusterdeskMarkers") == "8"
        assert driver.execute_script("return typeof L === 'object' && L.version") == "1.9.3"
        markers = driver.execute_script(
            "let n = 0; window.clusterdeskLeafletMap.eachLayer("
            "  l => { if (l.options.outlineShape !== undefined) n++; });"
            "return n;"
        )
        assert markers == 8
        assert driver.execute_script(_PAINTED_PIXELS, ".leaflet-cdBasemap-pane") > 10_000
        assert driver.execute_script(_PAINTED_PIXELS, ".leaflet-overlay-pane") > 200
        layer_names = driver.execute_script(
            "return [...document.querySelectorAll('.leaflet-control-layers label')]"
            "  .map(l => l.textContent.trim());"
        )
        assert "Enterprise (2 of 3)" in layer_names
        assert "Offline basemap (Natural Earth)" in layer_names
        assert "Relations: Member of (2)" in layer_names
        legend = driver.execute_script("return document.querySelector('.cd-legend').textContent;")
        assert "Atuntaqui garments" in legend and "Training or research institution" in legend
        assert "1 stakeholder has no location and is not on the map." in legend
        assert driver.execute_script("return document.querySelector('.leaflet-control-scale') !== null;")
        # Open the popup of the Turkish supplier the way a click would
        popup = driver.execute_script(
            """
            let target = null;
            window.clusterdeskLeafletMap.eachLayer(l => {
              if (l.options.outlineShape !== undefined && l.options.fillColor === arguments[0]) target = l;
            });
            target.fire('click', {latlng: target.getLatLng()}, true);
            return document.querySelector('.leaflet-popup-content').textContent;
            """,
            "#e6ab02",
        )
        assert NAMES["turkish"] in popup and "Yarn <cotton & acrylic>" in popup and "80" in popup
        assert console_errors(driver) == []
