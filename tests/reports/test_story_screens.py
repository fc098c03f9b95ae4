"""The web story on the screens of meeting rooms, 1024×768 to 1920×1080: type a room can read (body text
of at least 24 px at 1280×720) and nothing cut off, on every slide of a sample's story. With
CLUSTERDESK_STORY_SCREENSHOTS set to a folder, the screenshots are kept there (docs/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_browser import console_errors
from report_fixtures import open_sample_copy
from webstory_browser import VIEW_REACHED, story_chromium
from webstory_fixture import sample_story

from clusterdesk.reports.story import export_story

# Sizes and boxes of the slide shown: what would be cut off, and how large its type is
_MEASURE = """
const slide = [...document.querySelectorAll('.cd-slide')].find(s => !s.hidden);
const card = slide.querySelector('.cd-card');
const box = card.getBoundingClientRect(), bar = document.querySelector('.cd-bar').getBoundingClientRect();
const px = e => e ? parseFloat(getComputedStyle(e).fontSize) : null;
const buttons = [...document.querySelectorAll('.cd-bar button')].map(b => b.getBoundingClientRect());
return {
  kind: slide.dataset.kind, fit: Number(slide.dataset.fit || 1),
  body: px(document.body), title: px(card.querySelector('.cd-title')),
  caption: px(card.querySelector('.cd-caption')),
  table: px(card.querySelector('.cd-table td')), tile: px(card.querySelector('.cd-tile-value')),
  inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= bar.top + 1,
  tilesCut: [...card.querySelectorAll('.cd-tile-value')]
    .filter(e => e.scrollWidth > e.clientWidth + 1).length,
  namesCut: [...document.querySelectorAll('.cd-highlight-name')]
    .filter(e => e.style.opacity !== '0').map(e => e.getBoundingClientRect())  // not those fading out
    .filter(n => n.left < innerWidth && n.right > 0)  // those of stakeholders out of view are out of view
    .filter(n => n.right > innerWidth || (slide.dataset.kind === 'map' && n.left < box.right)).length,
  overflowX: card.scrollWidth - card.clientWidth, overflowY: card.scrollHeight - card.clientHeight,
  barFits: buttons.every(b => b.left >= 0 && b.right <= innerWidth && b.bottom <= innerHeight),
  pageScrolls: document.documentElement.scrollWidth > innerWidth
    || document.documentElement.scrollHeight > innerHeight,
};
"""
SHOTS = {(1280, 720): {1: "story_1280x720.png", 3: "story_1280x720_results.png"},
         (1920, 1080): {2: "story_1920x1080.png", 1: "story_1920x1080_map.png"}}  # fmt: skip


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story")
    project = open_sample_copy(folder, "ethiopia_edible_oil")
    try:
        sample_story(project, "ethiopia_edible_oil")
        return export_story(project, folder / "story.html")
    finally:
        project.close()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_legible_and_whole(sample_page, size, tmp_path):
    keep = os.environ.get("CLUSTERDESK_STORY_SCREENSHOTS")
    width, height = size
    with story_chromium(width, height) as driver:
        WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
        driver.get(sample_page.path.as_uri())
        assert driver.execute_script("return [innerWidth, innerHeight];") == [width, height]
        for index in range(sample_page.slides):
            driver.execute_script("window.clusterdeskStory.show(arguments[0]);", index)
            WebDriverWait(driver, 10).until(lambda d, i=index: d.execute_script(VIEW_REACHED, i))
            seen = driver.execute_script(_MEASURE)
            assert seen["inside"] and seen["barFits"] and not seen["pageScrolls"], (index, seen)
            assert seen["overflowX"] <= 0 and seen["tilesCut"] == 0, (index, seen)  # no line runs out
            assert seen["namesCut"] == 0, (index, seen)  # names of highlighted stakeholders clear the card
            assert seen["overflowY"] <= 1, (index, seen)  # the whole slide shows, without scrolling
            if size == (1280, 720):
                assert seen["body"] >= 24 and seen["title"] >= 1.5 * seen["body"], seen
                assert seen["caption"] is None or seen["caption"] >= 24, seen
                if seen["table"] is not None:  # tables may be set smaller to fit, never below 15 px
                    assert seen["table"] >= 15, (index, seen)
            name = SHOTS.get(size, {}).get(index)
            if name:
                target = Path(keep) / name if keep else tmp_path / name
                driver.save_screenshot(str(target))
                assert target.stat().st_size > 20_000
        assert console_errors(driver) == []
