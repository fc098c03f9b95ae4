"""Every word a reader sees on the web map of a Russian project is Russian, Leaflet's own included: the scale
bar (metric, км or м), the zoom buttons, the popup's close button, the layer switcher and the credits."""

from __future__ import annotations

import pytest
from report_browser import console_errors, offline_chromium
from report_fixtures import open_sample_copy

from clusterdesk.reports import webmap
from conftest import english_words

# Names of data sources and programs, credited as they call themselves
CREDITED = {"Leaflet", "OpenStreetMap", "Natural", "Earth", "GeoNames", "ClusterDesk", "CC", "BY"}

# Town names are data: where GeoNames has no Russian name the basemap keeps its own (Zhanibek); they are
# left out, like e-mail addresses
_VISIBLE_WORDS = """
const hidden = [...document.querySelectorAll('.cd-place')];
hidden.forEach(e => { e.dataset.display = e.style.display; e.style.display = 'none'; });
const seen = [document.body.innerText.replace(/\\S+@\\S+/g, ''), document.title];
hidden.forEach(e => { e.style.display = e.dataset.display; });
for (const element of document.querySelectorAll('[title], [aria-label]')) {
  seen.push(element.getAttribute('title') || '', element.getAttribute('aria-label') || '');
}
return seen.join('\\n');
"""

_OPEN_FIRST_POPUP = """
let target = null;
window.clusterdeskLeafletMap.eachLayer(l => {
  if (!target && l.options.outlineShape !== undefined) target = l;
});
target.fire('click', {latlng: target.getLatLng()}, true);
return document.querySelector('.leaflet-popup-content').innerText;
"""


def test_russian_web_map_has_a_metric_scale_and_no_english_words(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        assert project.info().language == "ru"
        page = webmap.export_webmap(project, tmp_path / "samara.html", include_contacts=True)
        # the results block quotes the chain as entered: "IATF 16949" is the standard's own name
        entered = " ".join(row[0] for row in project.connection.execute(
            "SELECT statement FROM results UNION ALL SELECT name FROM result_indicators"))  # fmt: skip
    finally:
        project.close()
    with offline_chromium() as driver:
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        driver.get(page.as_uri())
        WebDriverWait(driver, 20).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        scales = driver.execute_script(
            "return [...document.querySelectorAll('.leaflet-control-scale-line')].map(e => e.textContent);"
        )
        assert len(scales) == 1, scales  # metric only: no miles or feet
        assert scales[0].split("\u00a0")[-1] in ("км", "м"), scales
        driver.execute_script("window.clusterdeskLeafletMap.setZoom(16, {animate: false});")
        assert driver.execute_script(
            "return document.querySelector('.leaflet-control-scale-line').textContent;"
        ).endswith("\u00a0м")
        assert driver.execute_script(_OPEN_FIRST_POPUP)
        # The attribution of the OpenStreetMap layer shows once that layer is chosen
        driver.execute_script(
            "const inputs = [...document.querySelectorAll('.leaflet-control-layers-base input')];"
            "inputs[inputs.length - 1].click();"
        )
        visible = driver.execute_script(_VISIBLE_WORDS)
        assert "участники OpenStreetMap" in visible
        assert "Приблизить" in visible and "Отдалить" in visible
        left = [word for word in english_words(visible) if word not in CREDITED | set(english_words(entered))]
        assert left == [], f"English words on the Russian web map: {sorted(set(left))}"
        driver.save_screenshot(str(tmp_path / "samara.png"))
        assert [e for e in console_errors(driver) if "tile.openstreetmap" not in e] == []
