"""`clusterdesk qgis` (open a project in QGIS) and `clusterdesk qgis-plugin` (package the QGIS plugin)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.output_file import cannot_write_message


def register(subparsers) -> None:
    language = messages_language()
    qgis = subparsers.add_parser(
        "qgis", help=tr("cli:qgis:help", "open a project in QGIS as styled layers and tables", language)
    )
    qgis.add_argument(
        "path", help=tr("cli:qgis:path", "the project file (.gpkg); save unsaved changes first", language)
    )
    qgis.set_defaults(handler=run_qgis)

    plugin = subparsers.add_parser(
        "qgis-plugin", help=tr("cli:qgis:plugin", "build the ClusterDesk plugin for QGIS", language)
    )
    plugin.add_argument(
        "--zip",
        metavar="OUT.zip",
        help=tr("cli:qgis:zip", "write the installable plugin archive here", language),
    )
    plugin.set_defaults(handler=run_qgis_plugin)


def run_qgis(args: argparse.Namespace) -> int:
    from clusterdesk import qgis_bridge

    path = qgis_bridge.check_is_project(args.path)
    executable = qgis_bridge.find_qgis()
    if executable is None:
        print(f"clusterdesk: {qgis_bridge.install_instructions()}")
        return 1
    qgis_bridge.open_in_qgis(path, executable)
    print(
        tr("cli:qgis:starting", "Starting QGIS ({program}) on {file}.", messages_language(),
           program=executable, file=path.name)
    )  # fmt: skip
    return 0


def run_qgis_plugin(args: argparse.Namespace) -> int:
    from clusterdesk import qgis_bridge

    metadata = qgis_bridge.plugin_metadata()
    language = messages_language()
    versions = {"version": metadata["version"], "qgis": metadata["qgisminimumversion"]}
    if not args.zip:
        print(tr("cli:qgis:plugin_is_in", "The ClusterDesk plugin {version} for QGIS {qgis} or newer is in",
                 language, **versions))  # fmt: skip
        print(f"  {qgis_bridge.plugin_source_dir()}")
        print(
            tr(
                "cli:qgis:build_archive",
                "Build an archive to install with: clusterdesk qgis-plugin --zip clusterdesk_qgis.zip",
                language,
            )
        )
        return 0
    try:
        out = qgis_bridge.build_plugin_zip(args.zip)
    except OSError as error:  # the folder exists but cannot be written, or the name is taken by a folder
        print(f"clusterdesk: {cannot_write_message(Path(args.zip), error)}", file=sys.stderr)
        return 1
    print(tr("cli:qgis:wrote", "Wrote {path} (ClusterDesk plugin {version} for QGIS {qgis} or newer).",
             language, path=out, **versions))  # fmt: skip
    print(
        tr(
            "cli:qgis:install",
            "Install it in QGIS with Plugins > Manage and Install Plugins > Install from ZIP.",
            language,
        )
    )
    return 0
