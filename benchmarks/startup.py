"""Time from launch to a usable main window on a large project.

    python benchmarks/startup.py [--stakeholders 100000] [--runs 5] [--languages en ru]

Each run is a fresh Python process (cold imports count, as they do for a user): it imports ClusterDesk,
creates the application and the main window, opens the project and paints the first map frame. The
figure is the wall time from starting the process to that first frame; the child also reports where
the time went. Target: at most 1.5 s at 100,000 stakeholders, and a translated window within 5 % of the
English one (runs of the languages alternate, so that a busy machine slows them alike).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 1.5


def child(path: Path, launched_at: float, language: str) -> None:
    """Runs in the measured process; prints the phase times as JSON (seconds since launch)."""
    marks = {"interpreter": time.time() - launched_at}
    begin = time.perf_counter() - marks["interpreter"]
    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.main_window import MainWindow

    marks["imports done"] = time.perf_counter() - begin
    app = make_application([sys.argv[0]], language=language)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    marks["window shown"] = time.perf_counter() - begin
    window.documents.open_path(path)
    marks["project open"] = time.perf_counter() - begin
    window.canvas.repaint()  # paints synchronously: the first frame the user sees
    app.processEvents()
    marks["first map frame"] = time.perf_counter() - begin
    assert window.workspace.project is not None and len(window.workspace.project.stakeholder_points()) > 0
    print(json.dumps(marks))
    window.workspace.shutdown()


def measure(path: Path, data_dir: Path, language: str = "en") -> tuple[float, dict[str, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLUSTERDESK_DATA_DIR=str(data_dir))
    command = [sys.executable, __file__, "--child", str(path), "--launched-at", repr(time.time()),
               "--language", language]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the measured process failed:\n{result.stderr}")
    marks = json.loads(result.stdout.strip().splitlines()[-1])
    return marks["first map frame"], marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stakeholders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--languages", nargs="+", default=["en"], choices=["en", "es", "fr", "ru"])
    parser.add_argument("--language", default="en", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--launched-at", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.launched_at, args.language)
        return 0
    sys.path.insert(0, str(REPO / "tools"))
    from synthetic import make_synthetic_project

    with tempfile.TemporaryDirectory(prefix="clusterdesk-startup-") as folder:
        folder = Path(folder)
        path = make_synthetic_project(folder / "large.gpkg", args.stakeholders, seed=1)
        measure(path, folder / "warm")  # warms the disk cache, as a second launch would be
        totals: dict[str, list[float]] = {language: [] for language in args.languages}
        phases: dict[str, list[dict]] = {language: [] for language in args.languages}
        for run in range(args.runs):
            for language in args.languages:
                total, marks = measure(path, folder / f"user{run}{language}", language)
                totals[language].append(total)
                phases[language].append(marks)
    english = statistics.median(totals[args.languages[0]])
    for language in args.languages:
        median = statistics.median(totals[language])
        print(f"Startup to a usable window in '{language}', {args.stakeholders:,} stakeholders, "
              f"{args.runs} runs (1366x768):")  # fmt: skip
        for name in phases[language][0]:
            after = statistics.median(p[name] for p in phases[language]) * 1000
            print(f"  {name:<16} {after:7.0f} ms after launch")
        spread = f"min {min(totals[language]):.2f}, max {max(totals[language]):.2f}"
        print(f"  median launch to first map frame: {median:.2f} s ({spread})")
        print(f"  target <= {TARGET_SECONDS} s: {'met' if median <= TARGET_SECONDS else 'NOT met'}")
        if language != args.languages[0]:
            change = (median / english - 1) * 100
            verdict = "met" if change <= 5 else "NOT met"
            print(f"  {change:+.1f} % against '{args.languages[0]}' (target within 5 %): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
