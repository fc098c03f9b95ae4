"""`clusterdesk qgis` (open a project in QGIS) and `clusterdesk qgis-plugin` (package the QGIS plugin)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk import qgis_bridge
from clusterdesk.io.output_file import cannot_write_message


def register(subparsers) -> None:
    qgis = subparsers.add_parser("qgis", help="open a project in QGIS as styled layers and tables")
    qgis.add_argument("path", help="the project file (.gpkg); save unsaved changes first")
    qgis.set_defaults(handler=run_qgis)

    plugin = subparsers.add_parser("qgis-plugin", help="build the ClusterDesk plugin for QGIS")
    plugin.add_argument("--zip", metavar="OUT.zip", help="write the installable plugin archive here")
    plugin.set_defaults(handler=run_qgis_plugin)


def run_qgis(args: argparse.Namespace) -> int:
    path = qgis_bridge.check_is_project(args.path)
    executable = qgis_bridge.find_qgis()
    if executable is None:
        print(f"clusterdesk: {qgis_bridge.install_instructions()}")
        return 1
    qgis_bridge.open_in_qgis(path, executable)
    print(f"Starting QGIS ({executable}) on {path.name}.")
    return 0


def run_qgis_plugin(args: argparse.Namespace) -> int:
    metadata = qgis_bridge.plugin_metadata()
    described = f"ClusterDesk plugin {metadata['version']} for QGIS {metadata['qgisminimumversion']} or newer"
    if not args.zip:
        print(f"The {described} is in")
        print(f"  {qgis_bridge.plugin_source_dir()}")
        print("Build an archive to install with: clusterdesk qgis-plugin --zip clusterdesk_qgis.zip")
        return 0
    try:
        out = qgis_bridge.build_plugin_zip(args.zip)
    except OSError as error:  # the folder exists but cannot be written, or the name is taken by a folder
        print(f"clusterdesk: {cannot_write_message(Path(args.zip), error)}", file=sys.stderr)
        return 1
    print(f"Wrote {out} ({described}).")
    print("Install it in QGIS with Plugins > Manage and Install Plugins > Install from ZIP.")
    return 0
