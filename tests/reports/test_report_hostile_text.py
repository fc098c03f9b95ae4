"""Markup and script in a project's texts are shown literally by the web map and the PDF pack and never
run: the web map checked in headless Chromium, the pack read back with pypdf."""

from __future__ import annotations

import html

import pytest
from pypdf import PdfReader
from report_browser import console_errors, offline_chromium

from clusterdesk.reports import webmap
from clusterdesk.reports.pack import build_pack
from hostile_content import (
    AGENCY,
    BOUNDARY,
    CLUSTER,
    CONTACT,
    MARK,
    MARKUP,
    PRODUCTS,
    STAKEHOLDER,
    TASK,
    VISION,
    build_hostile_project,
)


@pytest.fixture
def hostile_project(tmp_path):
    project = build_hostile_project(tmp_path / "hostile.gpkg")
    yield project
    project.close()


def test_web_map_page_carries_no_markup_from_the_project(hostile_project):
    page = webmap.build_webmap_html(hostile_project, include_contacts=True)
    assert f"<title>{html.escape(CLUSTER)} – ClusterDesk web map</title>" in page
    for text in (CLUSTER, STAKEHOLDER, PRODUCTS, BOUNDARY, CONTACT):
        assert text not in page  # only escaped: as HTML entities, or as \u003c inside the script data
    assert page.count("<title>") == 1 and "alert(1)</script>" not in page


_OPEN_POPUP_AND_TOOLTIPS = """
let marker = null, boundaries = [];
window.clusterdeskLeafletMap.eachLayer(l => {
  if (l.options.outlineShape !== undefined && l.options.index === 0 && !marker) marker = l;
  if (l.feature && l.getTooltip()) boundaries.push(l);
});
marker.fire('click', {latlng: marker.getLatLng()}, true);
boundaries.forEach(l => l.openTooltip(l.getBounds().getCenter()));
"""


def _text_of(driver, selector: str) -> str:
    return driver.execute_script(f"return [...document.querySelectorAll({selector!r})]"
                                 ".map(e => e.textContent).join(' | ');")  # fmt: skip


def test_web_map_shows_hostile_texts_literally_and_runs_none(hostile_project, tmp_path):
    page = webmap.export_webmap(hostile_project, tmp_path / "map.html", include_contacts=True)
    with offline_chromium() as driver:
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        # An alert() that ran would stay open and make every further command fail
        driver.get(page.as_uri())
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        assert driver.title == f"{CLUSTER} – ClusterDesk web map"
        driver.execute_script(_OPEN_POPUP_AND_TOOLTIPS)
        popup = _text_of(driver, ".leaflet-popup-content")
        assert STAKEHOLDER in popup and PRODUCTS in popup and CONTACT in popup
        assert BOUNDARY in _text_of(driver, ".leaflet-tooltip")
        legend = _text_of(driver, ".cd-legend")
        assert CLUSTER in legend and "Region <img" in legend
        assert AGENCY in _text_of(driver, ".leaflet-control-attribution")
        # Nothing the project wrote became an element or ran
        injected = driver.execute_script(
            "return [...document.querySelectorAll('[onerror]')].length"
            " + [...document.querySelectorAll('b')].filter(b => b.textContent === 'x').length"
            " + [...document.scripts].filter(s => arguments[0].includes(s.textContent.trim())).length;",
            ["alert(1)", f"document.documentElement.dataset.{MARK}='1'"],
        )
        assert injected == 0
        assert driver.execute_script(f"return document.documentElement.dataset.{MARK} || null") is None
        assert console_errors(driver) == []


def _without_spaces(text: str) -> str:
    """Text without any white space: narrow table cells break long words wherever they must."""
    return "".join(text.split())


def test_pack_prints_hostile_texts_literally(hostile_project, tmp_path):
    result = build_pack(hostile_project, tmp_path / "pack.pdf")
    reader = PdfReader(result.path)
    text = _without_spaces(" ".join(page.extract_text() or "" for page in reader.pages))
    for expected in (CLUSTER, AGENCY, STAKEHOLDER, PRODUCTS, TASK, VISION, f"Objective {MARKUP}"):
        assert _without_spaces(expected) in text, expected
    assert "&amp;" not in text and "&lt;" not in text
    assert reader.metadata.title == f"{CLUSTER} – action-plan pack"
