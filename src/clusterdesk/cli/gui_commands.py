"""`clusterdesk gui [PATH]`: the desktop application (also what `clusterdesk` alone starts)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop application, optionally on a project file")
    gui.add_argument("path", nargs="?", help="a project file (.gpkg) to open")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    # Imported here so that other commands start without loading Qt
    from clusterdesk.gui.app import run

    return run(Path(args.path).expanduser() if args.path else None)
