"""The web map's Results block, checked in headless Chromium: outcomes and outputs with their indicators'
status, a click on a result rings exactly the located firms of its plan actions, hostile text is inert."""

from __future__ import annotations

import html

import pytest
from report_browser import console_errors, offline_chromium
from report_chain import (
    BOLD,
    HOSTILE_INDICATOR,
    HOSTILE_STATEMENT,
    OUTCOME_MARKET,
    OUTPUT_CENTRE,
    TITLE_BREAKER,
    atuntaqui_with_chain,
    atuntaqui_without_chain,
)

from clusterdesk.core.vocabulary_labels import label
from clusterdesk.reports import webmap
from clusterdesk.reports.texts import text
from conftest import english_words

WAIT_FOR_MAP = "return document.documentElement.dataset.clusterdeskMarkers"
RINGS = "return document.querySelectorAll('.leaflet-cdHighlight-pane path.cd-highlight').length"


def _located_firms(project, task_fids: list[int]) -> set[int]:
    """Located participating firms of the tasks and every task under them, by plain SQL."""
    tasks = set(task_fids)
    while True:
        marks = ",".join("?" * len(tasks))
        query = f"SELECT fid FROM plan_tasks WHERE parent_id IN ({marks})"
        found = {f for (f,) in project.connection.execute(query, tuple(tasks))}
        if found <= tasks:
            break
        tasks |= found
    marks = ",".join("?" * len(tasks))
    rows = project.connection.execute(
        "SELECT DISTINCT f.stakeholder_id FROM plan_task_firms f "
        "JOIN stakeholders s ON s.fid = f.stakeholder_id "
        f"WHERE s.geom IS NOT NULL AND f.task_id IN ({marks})",
        tuple(tasks),
    )
    return {fid for (fid,) in rows}


@pytest.fixture
def chain_map(tmp_path):
    """(project, path of its Spanish web map, expected firm counts by result code)."""
    project = atuntaqui_with_chain(tmp_path, hostile=True)
    expected = {
        "1.1.2": len(_located_firms(project, [19])),  # the shared cutting and embroidery centre
        # the outcome's own action (the trade fair stand) and those of its two outputs
        "1.1": len(_located_firms(project, [7, 2, 6, 19])),
    }
    page = webmap.export_webmap(project, tmp_path / "map.html", language="es")
    yield project, page, expected
    project.close()


def _open(driver, page):
    WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait  # noqa: N806
    driver.get(page.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(WAIT_FOR_MAP))


def _button(driver, code: str):
    for button in driver.find_elements("css selector", "button.cd-result"):
        if button.find_element("css selector", ".cd-result-code").text == code:
            return button
    raise AssertionError(f"no result button {code}")


def test_page_carries_the_block_with_every_text_escaped(chain_map):
    _project, page, _expected = chain_map
    source = page.read_text(encoding="utf-8")
    assert "class='cd-results'" in source
    for hostile in (HOSTILE_STATEMENT, HOSTILE_INDICATOR, TITLE_BREAKER, BOLD):
        assert hostile not in source
    assert html.escape(HOSTILE_STATEMENT) in source  # in the legend's HTML, escaped


def test_clicking_a_result_rings_its_firms(chain_map, tmp_path):
    _project, page, expected = chain_map
    assert expected["1.1.2"] > 3 and expected["1.1"] > expected["1.1.2"]
    with offline_chromium(1366, 900) as driver:
        _open(driver, page)
        block = driver.find_element("css selector", ".cd-legend .cd-results")
        block_text = block.text
        assert text("web_results", "es").upper() in block_text.upper()
        assert flat(OUTCOME_MARKET) in flat(block_text)
        assert label("indicator_status", "at_risk", "es") in block_text  # 1.1a, hand-worked in the pack test
        assert label("indicator_status", "off_track", "es") in block_text
        assert label("result_level", "output", "es") in block_text
        assert driver.execute_script(RINGS) == 0

        centre = _button(driver, "1.1.2")
        driver.execute_script("arguments[0].scrollIntoView()", centre)
        centre.click()
        assert centre.get_attribute("aria-pressed") == "true"
        assert driver.execute_script(RINGS) == expected["1.1.2"]
        assert driver.execute_script("return document.documentElement.dataset.clusterdeskHighlighted") == str(
            expected["1.1.2"]
        )
        driver.save_screenshot(str(tmp_path / "results_centre.png"))

        outcome = _button(driver, "1.1")
        driver.execute_script("arguments[0].scrollIntoView()", outcome)
        outcome.click()  # another result: its own firms only
        assert centre.get_attribute("aria-pressed") == "false"
        assert driver.execute_script(RINGS) == expected["1.1"]
        outcome.click()  # a second click clears
        assert driver.execute_script(RINGS) == 0
        assert outcome.get_attribute("aria-pressed") == "false"
        assert console_errors(driver) == []


def test_hostile_statement_shows_literally_and_runs_nothing(chain_map):
    _project, page, _expected = chain_map
    with offline_chromium() as driver:
        _open(driver, page)
        statements = driver.execute_script(
            "return [...document.querySelectorAll('.cd-result-statement')].map(e => e.textContent)"
        )
        assert HOSTILE_STATEMENT in statements
        assert OUTPUT_CENTRE not in statements  # the hostile text replaced it
        names = driver.execute_script(
            "return [...document.querySelectorAll('.cd-indicator-name')].map(e => e.textContent).join('|')"
        )
        assert HOSTILE_INDICATOR in names
        assert (
            driver.execute_script(
                "return document.querySelectorAll('.cd-results b, .cd-results script').length"
            )
            == 0
        )
        assert driver.execute_script("return document.title").count("alert") == 0
        assert console_errors(driver) == []


def test_russian_block_has_no_english_words(tmp_path):
    project = atuntaqui_with_chain(tmp_path)
    try:
        page = webmap.export_webmap(project, tmp_path / "ru.html", language="ru")
        statements = " ".join(v for (v,) in project.connection.execute("SELECT statement FROM results"))
        names = " ".join(v for (v,) in project.connection.execute("SELECT name FROM result_indicators"))
    finally:
        project.close()
    with offline_chromium() as driver:
        _open(driver, page)
        block = driver.execute_script("return document.querySelector('.cd-results').innerText")
    assert label("indicator_status", "on_track", "ru") in block
    written = set(english_words(f"{statements} {names}"))
    assert [w for w in english_words(block) if w not in written] == []


def test_no_block_without_a_result_chain(tmp_path):
    project = atuntaqui_without_chain(tmp_path)
    try:
        source = webmap.build_webmap_html(project, language="en")
    finally:
        project.close()
    assert "class='cd-results'" not in source
    assert '"results":[]' in source


def flat(value: str) -> str:
    return " ".join(value.split())
