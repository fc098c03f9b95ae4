"""The web story in a real headless Chromium with the network closed: it loads, every slide is reached by
keyboard and by button, the map flies to each map slide's extent, speaker notes stay hidden unless asked
for, hostile text stays text, nothing is requested beyond the page, and the console stays clean."""

from __future__ import annotations

import pytest
from report_browser import console_errors
from webstory_browser import VIEW_REACHED, leaving_the_page, requested_urls, story_chromium
from webstory_fixture import CENTRE, HOSTILE_TITLE, WHOLE, WIDER, add_presentation, story_slides

from clusterdesk.reports.story import export_story

# The map's view as (west, south, east, north), and whether it holds a box with room around it
_MAP_VIEW = """
const b = window.clusterdeskStory.map.getBounds();
return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), window.clusterdeskStory.map.getZoom()];
"""
_SHOWN = "return document.documentElement.dataset.storySlide;"
_NOTES_TEXT = (
    "return [...document.querySelectorAll('.cd-notes-text')].filter(e => e.offsetHeight)[0].textContent;"
)
_NOTES_SHOWN = "return [...document.querySelectorAll('.cd-notes')].some(e => e.offsetHeight > 0);"


def _wait(driver, condition, *args, seconds: float = 10):
    WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
    WebDriverWait(driver, seconds).until(lambda d: d.execute_script(condition, *args))


def _holds(view, box) -> bool:
    west, south, east, north = view[:4]
    return west <= box[0] and south <= box[1] and east >= box[2] and north >= box[3]


def _press(driver, key) -> None:
    ActionChains = pytest.importorskip("selenium.webdriver").ActionChains  # noqa: N806
    ActionChains(driver).send_keys(key).perform()


@pytest.fixture
def story_page(cluster_project, tmp_path):
    add_presentation(cluster_project, HOSTILE_TITLE, story_slides(cluster_project))
    return export_story(cluster_project, tmp_path / "story.html").path


def test_every_slide_by_keyboard_with_the_map_at_each_extent_offline(story_page):
    Keys = pytest.importorskip("selenium.webdriver.common.keys").Keys  # noqa: N806
    extents = {0: WHOLE, 2: CENTRE, 4: WIDER, 7: WHOLE}
    with story_chromium(1280, 720) as driver:
        driver.get(story_page.as_uri())
        _wait(driver, "return document.documentElement.dataset.storyReady === '1';")
        _wait(driver, VIEW_REACHED, 0)
        assert driver.execute_script("return document.documentElement.dataset.storyMarkers") == "8"
        assert driver.execute_script("return typeof L === 'object' && L.version") == "1.9.3"
        assert driver.execute_script("return window.clusterdeskStory.count") == 8
        zooms = {}
        for index in range(8):
            if index:
                _press(driver, Keys.ARROW_RIGHT if index % 2 else Keys.PAGE_DOWN)
            _wait(driver, VIEW_REACHED, index)
            visible = driver.execute_script(
                "return [...document.querySelectorAll('.cd-slide')].map(s => s.offsetHeight > 0);"
            )
            assert visible == [i == index for i in range(8)]
            counter = driver.execute_script("return document.querySelector('.cd-counter').textContent;")
            assert counter == f"{index + 1}\u2009/\u20098"
            if index in extents:
                view = driver.execute_script(_MAP_VIEW)
                assert _holds(view, extents[index]), (index, view)
                # ... and closely: the slide's extent is not a speck in a continent
                assert (view[2] - view[0]) < 6 * (extents[index][2] - extents[index][0]), (index, view)
                zooms[index] = view[4]
        assert zooms[2] > zooms[0] > zooms[4]  # the town centre closer than the cluster, the area further
        _press(driver, Keys.ARROW_RIGHT)  # the last slide stays the last
        assert driver.execute_script(_SHOWN) == "7"
        _press(driver, Keys.HOME)
        _wait(driver, VIEW_REACHED, 0)
        _press(driver, Keys.END)
        _wait(driver, VIEW_REACHED, 7)
        _press(driver, Keys.PAGE_UP)
        _wait(driver, VIEW_REACHED, 6)
        _press(driver, Keys.ARROW_LEFT)
        _wait(driver, VIEW_REACHED, 5)
        _press(driver, Keys.ARROW_UP)
        _wait(driver, VIEW_REACHED, 4)
        # The third slide shows only firms, two of them ringed and named
        _press(driver, Keys.HOME)
        _press(driver, Keys.ARROW_DOWN)
        _press(driver, Keys.ARROW_DOWN)
        _wait(driver, VIEW_REACHED, 2)
        assert driver.execute_script("return document.documentElement.dataset.storyHighlighted") == "2"
        names = driver.execute_script(
            "return [...document.querySelectorAll('.cd-highlight-name')].map(e => e.textContent).sort();"
        )
        assert names == ["Atelier Éloïse & Fils", "Confecciones Añañuca y Peña"]
        markers = driver.execute_script(
            "let n = 0; window.clusterdeskStory.map.eachLayer("
            "  l => { if (l.options.outlineShape !== undefined) n++; }); return n;"
        )
        assert markers == 2  # the two located enterprises; the third has no place, the supplier is hidden
        urls = requested_urls(driver)
        assert urls and story_page.as_uri() in [u.split("#")[0] for u in urls]
        assert leaving_the_page(urls, story_page.as_uri()) == []
        assert driver.execute_script("return performance.getEntriesByType('resource').length;") == 0
        assert console_errors(driver) == []


def test_every_slide_by_button_and_rail(story_page):
    with story_chromium(1024, 768) as driver:
        driver.get(story_page.as_uri())
        _wait(driver, VIEW_REACHED, 0)
        next_button = driver.find_element("css selector", ".cd-next")
        for index in range(1, 8):
            next_button.click()
            _wait(driver, VIEW_REACHED, index)
        for index in range(6, -1, -1):
            driver.find_element("css selector", ".cd-previous").click()
            _wait(driver, VIEW_REACHED, index)
        for index in (4, 1, 7, 2):
            driver.find_element("css selector", f".cd-rail-item[data-go='{index}']").click()
            _wait(driver, VIEW_REACHED, index)
            assert driver.execute_script(
                "return document.querySelector('.cd-rail-item[aria-current=step]').dataset.go;"
            ) == str(index)
        assert leaving_the_page(requested_urls(driver), story_page.as_uri()) == []
        assert console_errors(driver) == []


def test_speaker_notes_hidden_unless_asked_and_hostile_text_inert(story_page):
    Keys = pytest.importorskip("selenium.webdriver.common.keys").Keys  # noqa: N806
    with story_chromium(1280, 720) as driver:
        driver.get(story_page.as_uri())
        _wait(driver, VIEW_REACHED, 0)
        assert driver.execute_script(_NOTES_SHOWN) is False
        # The hostile title is the page's title and the slide's heading, as text
        assert driver.title == f"{HOSTILE_TITLE} – Atuntaqui garments"
        assert (
            driver.execute_script("return document.querySelector('.cd-title').textContent;") == HOSTILE_TITLE
        )
        assert driver.execute_script("return document.scripts.length;") == 3
        assert (
            driver.execute_script("return document.querySelectorAll('.cd-story b, .cd-story i').length;") == 0
        )
        _press(driver, "n")
        assert driver.execute_script(_NOTES_SHOWN) is True
        notes = driver.execute_script(_NOTES_TEXT)
        assert notes == "Open with the map: 8 stakeholders located."
        _press(driver, Keys.ESCAPE)
        assert driver.execute_script(_NOTES_SHOWN) is False
        # B blacks the screen out; any key brings the slide back
        _press(driver, "b")
        assert driver.execute_script("return !document.querySelector('.cd-black').hidden;")
        _press(driver, "x")
        assert driver.execute_script("return document.querySelector('.cd-black').hidden;")
        # Opened with #notes, the notes show from the start, on the slide the address names
        driver.get(story_page.as_uri() + "#notes,3")
        driver.refresh()
        _wait(driver, VIEW_REACHED, 2)
        assert driver.execute_script(_NOTES_SHOWN) is True
        notes = driver.execute_script(_NOTES_TEXT)
        assert notes == "<i>not italic</i>"
        assert console_errors(driver) == []
