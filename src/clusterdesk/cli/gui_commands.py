"""`clusterdesk gui [PATH]`: the desktop application (also what `clusterdesk` alone starts)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr


def register(subparsers) -> None:
    language = messages_language()
    gui = subparsers.add_parser(
        "gui", help=tr("cli:gui:help", "open the desktop application, optionally on a project file", language)
    )
    gui.add_argument("path", nargs="?", help=tr("cli:gui:path", "a project file (.gpkg) to open", language))
    gui.add_argument(
        "--language",
        choices=SUPPORTED_LANGUAGES,
        help=tr(
            "cli:gui:language",
            "the interface language for this run (default: as chosen in Preferences, else the system's)",
            language,
        ),
    )
    gui.set_defaults(handler=run_gui)


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt would otherwise abort with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return tr(
        "cli:gui:no_display",
        "there is no graphical display (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. "
        "Run ClusterDesk from a desktop session, or use the command-line tools: clusterdesk --help.",
        messages_language(),
    )


def run_gui(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        print(f"clusterdesk: {problem}", file=sys.stderr)
        return 1
    # Imported here so that other commands start without loading Qt
    from clusterdesk.gui.app import run

    target = args.path
    if target and not (target.lower().startswith(("postgresql:", "postgres:")) or "project=" in target):
        target = Path(target).expanduser()  # a server address stays text: a Path would fold its //
    return run(target or None, getattr(args, "language", None))
