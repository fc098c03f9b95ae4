"""Every word a reader sees in the web story of a Russian project is Russian: the slides, the ready-made
views, the controls, their tooltips and what screen readers announce, and Leaflet's own words."""

from __future__ import annotations

import pytest
from report_browser import console_errors
from report_fixtures import open_sample_copy
from webstory_browser import VIEW_REACHED, leaving_the_page, requested_urls, story_chromium
from webstory_fixture import entered_words, sample_story

from clusterdesk.reports.story import export_story
from conftest import english_words

# Names of data sources and programs, credited as they call themselves
CREDITED = {"Natural", "Earth", "GeoNames", "ClusterDesk", "CC", "BY"}

# Everything a reader can see or hear on the slide shown: town names are data (the basemap keeps its own
# name where GeoNames has none in Russian), left out like e-mail addresses
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


def test_russian_story_has_no_english_words(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        assert project.info().language == "ru"
        sample_story(project, "samara_automotive")
        result = export_story(project, tmp_path / "samara.html")
        entered = entered_words(project)
    finally:
        project.close()
    with story_chromium(1280, 720) as driver:
        driver.get(result.path.as_uri() + "#notes")
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        seen = []
        for index in range(result.slides):
            driver.execute_script("window.clusterdeskStory.show(arguments[0]);", index)
            WebDriverWait(driver, 10).until(lambda d, i=index: d.execute_script(VIEW_REACHED, i))
            seen.append(driver.execute_script(_VISIBLE_WORDS))
        visible = "\n".join(seen)
        assert driver.execute_script("return document.documentElement.lang;") == "ru"
        assert "Заметки докладчика" in visible and "Следующий слайд" in visible and "Приблизить" in visible
        left = [word for word in english_words(visible) if word not in CREDITED | entered]
        assert left == [], f"English words in the Russian story: {sorted(set(left))}"
        assert leaving_the_page(requested_urls(driver), result.path.as_uri()) == []
        assert console_errors(driver) == []
