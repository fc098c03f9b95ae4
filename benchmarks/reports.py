"""Report benchmark: action-plan pack and web map of every sample project, a 2,000-task plan, and a
100,000-stakeholder web map (export time, file size, and with --browser its load time in headless Chromium
with the network cut off).

    python benchmarks/reports.py [--workdir DIR] [--browser]

Targets: a sample's pack ≤ 3 s; the 100,000-stakeholder web map loads and pans without errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from clusterdesk.core.plan import PlanTask  # noqa: E402
from clusterdesk.core.project import Project  # noqa: E402
from clusterdesk.reports.pack import build_pack  # noqa: E402
from clusterdesk.reports.webmap import export_webmap  # noqa: E402

PACK_TARGET_S = 3.0


def _samples(workdir: Path) -> None:
    print(f"{'sample':34} {'pack s':>7} {'pages':>5} {'web map s':>9} {'MB':>5}")
    for sample in sorted((REPO / "sample_projects").glob("*.gpkg")):
        with Project.open(sample) as project:
            pack = build_pack(project, workdir / f"{sample.stem}.pdf")
            started = time.perf_counter()
            page = export_webmap(project, workdir / f"{sample.stem}.html")
            web_s = time.perf_counter() - started
        flag = "" if pack.seconds <= PACK_TARGET_S else "  over target"
        print(f"{sample.stem:34} {pack.seconds:7.2f} {pack.pages:5d} {web_s:9.2f} "
              f"{page.stat().st_size / 1e6:5.1f}{flag}")  # fmt: skip


def _long_plan(workdir: Path, tasks: int = 2000) -> None:
    project = Project.new(None, "Long plan", country="EC")
    try:
        start = dt.date(2026, 1, 5)
        objectives = [PlanTask(kind="objective", name=f"Objective {i + 1}", position=i) for i in range(5)]
        project.session.add_all(objectives)
        project.session.flush()
        project.session.add_all(
            PlanTask(kind="action", parent_id=objectives[i % 5].fid, position=i, name=f"Action {i + 1}",
                     start=start + dt.timedelta(days=i % 400), finish=start + dt.timedelta(days=i % 400 + 20),
                     duration_days=15, budget_enterprises=1000.0, budget_donor=500.0)  # fmt: skip
            for i in range(tasks - 5)
        )
        project.session.commit()
        pack = build_pack(project, workdir / "long_plan.pdf", sections=["vision", "plan", "gantt", "budget"])
        print(f"{tasks}-task plan pack: {pack.seconds:.2f} s, {pack.pages} pages")
    finally:
        project.close()


def _large_web_map(workdir: Path, browser: bool, count: int = 100_000) -> None:
    from synthetic import make_synthetic_project

    path = workdir / f"synthetic_{count}.gpkg"
    if not path.exists():
        make_synthetic_project(path, count)
    with Project.open(path) as project:
        started = time.perf_counter()
        page = export_webmap(project, workdir / f"synthetic_{count}.html")
        export_s = time.perf_counter() - started
        pack = build_pack(project, workdir / f"synthetic_{count}.pdf")
    print(f"{count:,} stakeholders: web map {export_s:.2f} s, {page.stat().st_size / 1e6:.1f} MB; "
          f"pack {pack.seconds:.2f} s, {pack.pages} pages")  # fmt: skip
    if browser:
        _browser_timing(page)


def _browser_timing(page: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
                 "--proxy-bypass-list=<-loopback>", "--window-size=1400,900"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(shutil.which("chromedriver")))
    try:
        started = time.perf_counter()
        driver.get(page.as_uri())
        WebDriverWait(driver, 300).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        load_s = time.perf_counter() - started
        timings = {}
        for name, action in (("zoom in", "m.setZoom(m.getZoom() + 1, {animate: false})"),
                             ("pan", "m.panBy([300, 200], {animate: false})")):  # fmt: skip
            started = time.perf_counter()
            driver.execute_async_script(
                "const done = arguments[0]; const m = window.clusterdeskLeafletMap;"
                "m.once('moveend', () => requestAnimationFrame(() => done()));" + action + ";"
            )
            timings[name] = time.perf_counter() - started
        errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        print(f"  in Chromium (offline): load {load_s:.2f} s, zoom in {timings['zoom in']:.2f} s, "
              f"pan {timings['pan']:.2f} s, console errors: {len(errors)}")  # fmt: skip
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="folder for outputs (default: a temporary one)")
    parser.add_argument("--browser", action="store_true", help="also time the large web map in Chromium")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="clusterdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    _samples(workdir)
    _long_plan(workdir)
    _large_web_map(workdir, args.browser)
    print(f"outputs in {workdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
