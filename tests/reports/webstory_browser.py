"""Headless Chromium for the web story tests, with the network closed twice over: every request goes to a
closed local port (a proxy to nowhere) and Chromium's own offline emulation is on. Every request the page
makes is logged (Chrome's performance log), so a test can prove none left the page."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest
from report_browser import CHROMEDRIVER, CHROMIUM

# Waits until the story has shown slide `arguments[0]` and its map has reached that slide's view
VIEW_REACHED = (
    "const r = document.documentElement;"
    "return r.dataset.storySlide === String(arguments[0]) && r.dataset.storyView === String(arguments[0]);"
)


@contextmanager
def story_chromium(width: int = 1280, height: int = 720):
    """A driver whose window's inner size (the page's viewport) is `width` × `height`."""
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromium-driver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        # The viewport, not the window, is what the page lays out in
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver
    finally:
        driver.quit()


def requested_urls(driver) -> list[str]:
    """Every URL the page asked for since the last call (the performance log empties as it is read)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def leaving_the_page(urls: list[str], page_uri: str) -> list[str]:
    """Requests other than the page itself and data carried inside it."""
    return [u for u in urls if not (u.split("#")[0] == page_uri or u.startswith("data:"))]
