"""`clusterdesk capacity init|template|import|export|scores PATH …`: institutional capacity assessments
without the window, e.g. to prepare field templates or read them back on a server."""

from __future__ import annotations

import argparse
from pathlib import Path

from clusterdesk.analysis import capacity_scores as scores
from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.capacity import NAMED_ROUNDS, round_label
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.project import Project
from clusterdesk.io.capacity_xlsx import export_assessments, write_template
from clusterdesk.io.capacity_xlsx_import import CapacityImportError, read_assessments

SHOWN_GAPS = 10


def register(subparsers) -> None:
    capacity = subparsers.add_parser("capacity", help="institutional capacity assessments")
    commands = capacity.add_subparsers(dest="capacity_command", metavar="ACTION", required=True)

    init = commands.add_parser("init", help="add the default framework for support institutions")
    init.add_argument("path", help="project file (.gpkg); it is saved afterwards")
    init.set_defaults(handler=run_init)

    template = commands.add_parser("template", help="write an Excel template for field teams to fill in")
    template.add_argument("path", help="project file (.gpkg)")
    template.add_argument("out", help="workbook to write (.xlsx)")
    rounds = ", ".join(NAMED_ROUNDS)
    template.add_argument(
        "--round", default="baseline", help=f"{rounds} or a date YYYY-MM-DD (default: baseline)"
    )
    template.set_defaults(handler=run_template)

    load = commands.add_parser("import", help="read a filled-in template (or a corrected export)")
    load.add_argument("path", help="project file (.gpkg); it is saved after the import")
    load.add_argument("source", help="filled-in workbook (.xlsx)")
    load.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="write every assessment, its scores and the rubric to Excel")
    export.add_argument("path", help="project file (.gpkg)")
    export.add_argument("out", help="workbook to write (.xlsx)")
    export.set_defaults(handler=run_export)

    show = commands.add_parser("scores", help="print overall scores per round and the largest gaps")
    show.add_argument("path", help="project file (.gpkg)")
    show.set_defaults(handler=run_scores)


def _xlsx(path: str) -> bool:
    return allowed_suffix(path, (".xlsx",), "the workbook") is not None


def run_init(args: argparse.Namespace) -> int:
    with Project.open(args.path) as project:
        if scores.load_framework(project) is not None:
            print(f"{Path(args.path).name} already has an assessment framework; nothing changed.")
            return 0
        project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
        project.save()
    print(f"Added the framework {SUPPORT_INSTITUTION_FRAMEWORK.name!r} to {args.path}")
    return 0


def run_template(args: argparse.Namespace) -> int:
    if not _xlsx(args.out):
        return EXIT_INVALID_INPUT
    with Project.open(args.path) as project:
        written = write_template(project, Path(args.out), args.round)
    print(f"Wrote the {round_label(args.round)} template to {written}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    if not _xlsx(args.source):
        return EXIT_INVALID_INPUT
    with Project.open(args.path) as project:
        try:
            imported = read_assessments(project, Path(args.source))
        except CapacityImportError as error:
            return refuse(str(error))
        if not imported.items:
            print(f"{Path(args.source).name} has no scores filled in; nothing was imported.")
            return 0
        project.stack.push(imported.command())
        project.save()
    print(f"Imported {imported.describe()} into {args.path}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    if not _xlsx(args.out):
        return EXIT_INVALID_INPUT
    with Project.open(args.path) as project:
        written = export_assessments(project, Path(args.out))
    print(f"Wrote the assessments to {written}")
    return 0


def run_scores(args: argparse.Namespace) -> int:
    with Project.open(args.path) as project:
        framework = scores.load_framework(project)
        if framework is None:
            print("No assessment framework yet: run `clusterdesk capacity init PATH` first.")
            return 0
        results = scores.results_by_institution(project, framework)
        gaps = scores.gaps(project, framework)
    for rows in sorted(results.values(), key=lambda r: r[0].assessment.institution_name.casefold()):
        print(rows[0].assessment.institution_name)
        for result in rows:
            overall = f"{result.overall:.2f}" if result.overall is not None else "incomplete"
            scored = f"{result.scored}/{result.total} scored"
            print(f"  {result.assessment.round_label:<12} {overall:>10}  ({scored})")
    if gaps:
        print(f"Largest gaps (of {len(gaps)}):")
        for gap in gaps[:SHOWN_GAPS]:
            print(f"  {gap.gap:4.1f}  {gap.institution_name}: {gap.dimension.name} "
                  f"({gap.score:.1f} of {gap.target:.1f})")  # fmt: skip
    return 0
