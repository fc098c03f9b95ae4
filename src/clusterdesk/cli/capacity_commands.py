"""`clusterdesk capacity init|template|import|export|scores PATH …`: institutional capacity assessments
without the window, e.g. to prepare field templates or read them back on a server."""

from __future__ import annotations

import argparse
from pathlib import Path

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.capacity_rounds import NAMED_ROUNDS, round_label
from clusterdesk.core.catalogue import messages_language, tr

SHOWN_GAPS = 10


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    saved = tr("cli:path:gpkg_saved_import", "project file (.gpkg); it is saved after the import", language)
    workbook = tr("cli:capacity:out", "workbook to write (.xlsx)", language)
    capacity = subparsers.add_parser(
        "capacity", help=tr("cli:capacity:help", "institutional capacity assessments", language)
    )
    commands = capacity.add_subparsers(dest="capacity_command", metavar="ACTION", required=True)

    init = commands.add_parser(
        "init", help=tr("cli:capacity:init", "add the default framework for support institutions", language)
    )
    init.add_argument(
        "path", help=tr("cli:path:gpkg_saved", "project file (.gpkg); it is saved afterwards", language)
    )
    init.set_defaults(handler=run_init)

    template = commands.add_parser(
        "template",
        help=tr("cli:capacity:template", "write an Excel template for field teams to fill in", language),
    )
    template.add_argument("path", help=gpkg)
    template.add_argument("out", help=workbook)
    rounds = ", ".join(NAMED_ROUNDS)
    template.add_argument(
        "--round",
        default="baseline",
        help=tr(
            "cli:capacity:round", "{rounds} or a date YYYY-MM-DD (default: baseline)", language, rounds=rounds
        ),
    )
    template.set_defaults(handler=run_template)

    load = commands.add_parser(
        "import",
        help=tr("cli:capacity:import", "read a filled-in template (or a corrected export)", language),
    )
    load.add_argument("path", help=saved)
    load.add_argument("source", help=tr("cli:capacity:source", "filled-in workbook (.xlsx)", language))
    load.set_defaults(handler=run_import)

    export = commands.add_parser(
        "export",
        help=tr(
            "cli:capacity:export", "write every assessment, its scores and the rubric to Excel", language
        ),
    )
    export.add_argument("path", help=gpkg)
    export.add_argument("out", help=workbook)
    export.set_defaults(handler=run_export)

    show = commands.add_parser(
        "scores",
        help=tr("cli:capacity:scores", "print overall scores per round and the largest gaps", language),
    )
    show.add_argument("path", help=gpkg)
    show.set_defaults(handler=run_scores)


def _xlsx(path: str) -> bool:
    what = tr("cli:capacity:what", "the workbook", messages_language())
    return allowed_suffix(path, (".xlsx",), what) is not None


def run_init(args: argparse.Namespace) -> int:
    from clusterdesk.analysis import capacity_scores as scores
    from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
    from clusterdesk.core.capacity_framework_edits import AddFramework
    from clusterdesk.core.project import Project

    language = messages_language()
    with Project.open(args.path) as project:
        if scores.load_framework(project) is not None:
            print(
                tr(
                    "cli:capacity:has_framework",
                    "{file} already has an assessment framework; nothing changed.",
                    language,
                    file=Path(args.path).name,
                )
            )
            return 0
        project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
        project.save()
    print(
        tr(
            "cli:capacity:added",
            "Added the framework {name} to {path}",
            language,
            name=repr(SUPPORT_INSTITUTION_FRAMEWORK.name),
            path=args.path,
        )
    )
    return 0


def run_template(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.capacity_xlsx import write_template

    if not _xlsx(args.out):
        return EXIT_INVALID_INPUT
    with Project.open(args.path) as project:
        written = write_template(project, Path(args.out), args.round)
    print(
        tr(
            "cli:capacity:wrote_template",
            "Wrote the {round} template to {path}",
            messages_language(),
            round=round_label(args.round),
            path=written,
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.capacity_xlsx_import import CapacityImportError, read_assessments

    if not _xlsx(args.source):
        return EXIT_INVALID_INPUT
    language = messages_language()
    with Project.open(args.path) as project:
        try:
            imported = read_assessments(project, Path(args.source))
        except CapacityImportError as error:
            return refuse(str(error))
        if not imported.items:
            print(
                tr(
                    "cli:capacity:no_scores",
                    "{file} has no scores filled in; nothing was imported.",
                    language,
                    file=Path(args.source).name,
                )
            )
            return 0
        project.stack.push(imported.command())
        project.save()
    print(
        tr(
            "cli:capacity:imported",
            "Imported {what} into {path}",
            language,
            what=imported.describe(),
            path=args.path,
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.capacity_xlsx import export_assessments

    if not _xlsx(args.out):
        return EXIT_INVALID_INPUT
    with Project.open(args.path) as project:
        written = export_assessments(project, Path(args.out))
    print(tr("cli:capacity:wrote", "Wrote the assessments to {path}", messages_language(), path=written))
    return 0


def run_scores(args: argparse.Namespace) -> int:
    from clusterdesk.analysis import capacity_scores as scores
    from clusterdesk.core.project import Project

    language = messages_language()
    with Project.open(args.path) as project:
        framework = scores.load_framework(project)
        if framework is None:
            print(
                tr(
                    "cli:capacity:no_framework",
                    "No assessment framework yet: run `clusterdesk capacity init PATH` first.",
                    language,
                )
            )
            return 0
        results = scores.results_by_institution(project, framework)
        gaps = scores.gaps(project, framework)
    incomplete = tr("cli:capacity:incomplete", "incomplete", language)
    for rows in sorted(results.values(), key=lambda r: r[0].assessment.institution_name.casefold()):
        print(rows[0].assessment.institution_name)
        for result in rows:
            overall = f"{result.overall:.2f}" if result.overall is not None else incomplete
            scored = tr(
                "cli:capacity:scored",
                "{scored}/{total} scored",
                language,
                scored=result.scored,
                total=result.total,
            )
            print(f"  {result.assessment.round_label:<12} {overall:>10}  ({scored})")
    if gaps:
        print(tr("cli:capacity:largest_gaps", "Largest gaps (of {count}):", language, count=len(gaps)))
        for gap in gaps[:SHOWN_GAPS]:
            of = tr("cli:capacity:of_target", "{score} of {target}", language,
                    score=f"{gap.score:.1f}", target=f"{gap.target:.1f}")  # fmt: skip
            print(f"  {gap.gap:4.1f}  {gap.institution_name}: {gap.dimension.name} ({of})")
    return 0
