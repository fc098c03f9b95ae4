"""`clusterdesk network export|import|measures PROJECT …`: the cluster's social network without the window,
for Gephi, UCINET or a spreadsheet, an edge list from a survey, and the measures per survey round."""

from __future__ import annotations

import argparse
from pathlib import Path

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.output_file import check_output_folder


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    network = subparsers.add_parser(
        "network",
        help=tr(
            "cli:network:help",
            "social network of the cluster: measures per survey round, exchange with Gephi and edge lists",
            language,
        ),
    )
    commands = network.add_subparsers(dest="network_command", metavar="ACTION", required=True)
    round_help = tr(
        "cli:network:round",
        "only the network of this survey round (its code or name, e.g. baseline); default: every tie with "
        "its rounds",
        language,
    )
    kind_help = tr(
        "cli:network:kind",
        "only ties of these relation kinds (codes or names, e.g. supplies joint_action); default: all",
        language,
    )

    export = commands.add_parser(
        "export",
        help=tr(
            "cli:network:export",
            "write the network for Gephi and other programs: GEXF, GraphML or an edge list (CSV)",
            language,
        ),
    )
    export.add_argument("path", help=gpkg)
    export.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:network:export_out", "file to write: net.gexf, net.graphml or edges.csv", language),
    )
    export.add_argument("--round", metavar="R", help=round_help)
    export.add_argument("--kind", metavar="K", nargs="+", help=kind_help)
    export.set_defaults(handler=run_export)

    load = commands.add_parser(
        "import",
        help=tr(
            "cli:network:import",
            "add the ties of an edge list (CSV or Excel) to the project as one step that can be undone: "
            "stakeholders by name or UUID, with kind, strength and survey round; ties the project already "
            "has are skipped, and nothing is written when a row is wrong",
            language,
        ),
    )
    load.add_argument(
        "path",
        help=tr("cli:path:gpkg_saved_import", "project file (.gpkg); it is saved after the import", language),
    )
    load.add_argument(
        "source",
        help=tr(
            "cli:network:source",
            "edge list (.csv or .xlsx), as clusterdesk network export writes it",
            language,
        ),
    )
    load.set_defaults(handler=run_import)

    measures = commands.add_parser(
        "measures",
        help=tr(
            "cli:network:measures",
            "print the measures of the network per survey round and relation kind, its brokers and its "
            "isolates",
            language,
        ),
    )
    measures.add_argument("path", help=gpkg)
    measures.add_argument(
        "--round",
        metavar="R",
        help=tr(
            "cli:network:measures_round",
            "only this survey round (its code or name); default: every round",
            language,
        ),
    )
    measures.add_argument("--kind", metavar="K", nargs="+", help=kind_help)
    measures.add_argument(
        "--compare",
        metavar=("R1", "R2"),
        nargs=2,
        help=tr(
            "cli:network:compare",
            "also print how the network and each stakeholder changed from round R1 to round R2",
            language,
        ),
    )
    measures.add_argument(
        "--top",
        type=int,
        default=10,
        metavar="N",
        help=tr("cli:network:top", "how many brokers to list (default 10)", language),
    )
    measures.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    measures.set_defaults(handler=run_measures)


def run_measures(args: argparse.Namespace) -> int:
    # the analysis (scipy, pandas) is imported only by the command that needs it
    from clusterdesk.cli.network_measures_text import run_measures as measures

    return measures(args)


def run_export(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.network_export import NETWORK_SUFFIXES, NetworkChoiceError, write_network

    language = messages_language()
    what = tr("network_export:what", "the network file", language)
    if allowed_suffix(args.output, NETWORK_SUFFIXES, what) is None:
        return EXIT_INVALID_INPUT
    check_output_folder(args.output)  # before the project is read
    with Project.open(args.path) as project:
        try:
            written = write_network(project, args.output, round_text=args.round, kinds=args.kind)
        except NetworkChoiceError as error:
            return refuse(str(error))
    print(
        tr(
            "cli:network:wrote",
            "Wrote {nodes} stakeholders and {ties} ties to {path}",
            language,
            nodes=written.nodes,
            ties=written.ties,
            path=written.path,
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.errors import ImportFileError
    from clusterdesk.io.file_suffixes import EXCEL_EXTENSIONS, TEXT_EXTENSIONS
    from clusterdesk.io.network_import import NetworkImportError, read_edge_list

    language = messages_language()
    what = tr("cli:network:what_edges", "the edge list", language)
    if allowed_suffix(args.source, (*TEXT_EXTENSIONS, *EXCEL_EXTENSIONS), what) is None:
        return EXIT_INVALID_INPUT
    if not Path(args.source).is_file():
        return refuse(tr("cli:results:no_source", "{path} does not exist.", language, path=args.source))
    with Project.open(args.path) as project:
        try:
            imported = read_edge_list(project, args.source)
        except (NetworkImportError, ImportFileError) as error:
            return refuse(str(error))
        if imported.command is not None:
            project.stack.push(imported.command)
            project.save()
    print(imported.describe())
    if imported.command is None:
        print(
            tr(
                "cli:network:unchanged",
                "{path} was not changed.",
                language,
                path=args.path,
            )
        )
    return 0
