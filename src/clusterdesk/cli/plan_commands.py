"""`clusterdesk plan export PATH OUT.(xml|csv|ics)`, `plan import PATH IN.(xml|gan|csv)` and
`plan schedule PATH` (critical path, float and slippage against the newest baseline)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.output_file import check_output_folder

# The writers and readers by suffix; they are imported by the command that uses them
EXPORT_SUFFIXES = (".xml", ".csv", ".ics")
IMPORT_SUFFIXES = (".xml", ".gan", ".csv")  # .xml: MS Project or Primavera P6, told apart by the root


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    plan = subparsers.add_parser(
        "plan", help=tr("cli:plan:help", "export, import and schedule the action plan", language)
    )
    commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    export = commands.add_parser(
        "export", help=tr("cli:plan:export", "write the plan as MS Project XML, CSV or iCalendar", language)
    )
    export.add_argument("path", help=gpkg)
    export.add_argument(
        "out",
        help=tr("cli:plan:out", "output file: .xml (MS Project), .csv or .ics (milestones)", language),
    )
    export.set_defaults(handler=run_export)

    load = commands.add_parser(
        "import",
        help=tr(
            "cli:plan:import_foreign",
            "add a plan from MS Project XML, Primavera P6 XML, GanttProject or CSV to the project",
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
            "cli:plan:source_foreign",
            "plan file: .xml (MS Project, ProjectLibre, Primavera P6), .gan (GanttProject) or .csv",
            language,
        ),
    )
    load.add_argument(
        "--p6-project",
        metavar="ID",
        help=tr(
            "cli:plan:p6_project",
            "the project to import from a Primavera P6 file holding several, by its ID or name "
            "(default: the first)",
            language,
        ),
    )
    load.add_argument(
        "--replace",
        action="store_true",
        help=tr("cli:plan:replace", "remove the current plan first", language),
    )
    load.set_defaults(handler=run_import)

    show = commands.add_parser(
        "schedule", help=tr("cli:plan:schedule", "print the critical path, float and slippage", language)
    )
    show.add_argument("path", help=gpkg)
    show.set_defaults(handler=run_schedule)


def run_export(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.plan_csv import write_plan_csv
    from clusterdesk.io.plan_ical import read_meetings, write_plan_ical
    from clusterdesk.io.plan_mspdi import write_mspdi
    from clusterdesk.io.plan_records import read_plan

    language = messages_language()
    suffix = allowed_suffix(args.out, EXPORT_SUFFIXES, tr("cli:plan:what_out", "the output file", language))
    if suffix is None:
        return EXIT_INVALID_INPUT
    check_output_folder(args.out)  # before the project is read; the writers also replace the file whole
    project = Project.open(args.path)
    try:
        document = read_plan(project)
        meetings = read_meetings(project) if suffix == ".ics" else []
    finally:
        project.close()
    if suffix == ".ics":
        written = write_plan_ical(document, args.out, meetings)
        milestones = sum(t.milestone for t in document.tasks)
        text = tr_plural(
            "cli:plan:wrote_ical",
            "Wrote {count} milestones and {meetings} meetings to {path}",
            "Wrote {count} milestones and {meetings} meetings to {path}",
            milestones,
            language,
            meetings=len(meetings),
            path=written,
        )
    else:
        written = {".xml": write_mspdi, ".csv": write_plan_csv}[suffix](document, args.out)
        text = tr_plural(
            "cli:plan:wrote",
            "Wrote {count} tasks to {path}",
            "Wrote {count} tasks to {path}",
            len(document.tasks),
            language,
            path=written,
        )
    print(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.plan_schedule import schedule_project
    from clusterdesk.analysis.schedule import ScheduleError
    from clusterdesk.core.project import Project
    from clusterdesk.io.plan_import_readers import read_plan_file
    from clusterdesk.io.plan_records import PlanAlreadyInProjectError, plan_import_command

    language = messages_language()
    suffix = allowed_suffix(args.source, IMPORT_SUFFIXES, tr("cli:plan:what_in", "the plan file", language))
    if suffix is None:
        return EXIT_INVALID_INPUT
    if not Path(args.source).is_file():
        return refuse(tr("cli:plan:no_source", "{path} does not exist.", language, path=args.source))
    document = read_plan_file(args.source, args.p6_project)  # a bad file stops here, before the project opens
    project = Project.open(args.path)
    try:
        try:
            command, warnings = plan_import_command(
                project, document, replace=args.replace, source=Path(args.source).name
            )
        except PlanAlreadyInProjectError as error:
            again = tr(
                "cli:plan:use_replace",
                "To load the file instead of the current plan, run again with --replace.",
                language,
            )
            return refuse(f"{error} {again}")
        project.stack.push(command)
        try:
            schedule_project(project)
        except ScheduleError as error:  # imported as written; the loop is for the planner to resolve
            warnings.append(
                tr(
                    "cli:plan:cannot_schedule",
                    "the imported plan cannot be scheduled yet: {error}",
                    language,
                    error=error,
                )
            )
        project.save()
    finally:
        project.close()
    for warning in warnings:
        print(tr("cli:validate:warning", "warning: {warning}", language, warning=warning), file=sys.stderr)
    print(
        tr_plural(
            "cli:plan:imported",
            "Imported {count} tasks and {links} dependencies into {path}",
            "Imported {count} tasks and {links} dependencies into {path}",
            len(document.tasks),
            language,
            links=len(document.links),
            path=args.path,
        )
    )
    if document.not_understood:  # what a foreign plan holds that the project does not keep, one line each
        print(
            tr(
                "cli:plan:not_understood",
                "Not imported from {file}, because the action plan does not keep it:",
                language,
                file=Path(args.source).name,
            )
        )
        for sentence in document.not_understood:
            print(f"  - {sentence}")
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.plan_schedule import schedule_project, slippage
    from clusterdesk.core.project import Project

    language = messages_language()
    project = Project.open(args.path)
    try:
        planned = schedule_project(project)
        slips = [s for s in slippage(project) if s.finish_slip_days]
    finally:
        project.close()
    dates = planned.dates()
    total_float = planned.total_float_days()
    finish = max((d[1] for d in dates.values()), default=None)
    count = len(planned.critical_names())
    print(
        tr_plural(
            "cli:plan:finishes",
            "Plan finishes {finish}; critical path ({count} task):",
            "Plan finishes {finish}; critical path ({count} tasks):",
            count,
            language,
            finish=finish,
        )
    )
    for task_id in planned.result.critical_ids():
        start, end = dates[task_id]
        print(f"  {start} .. {end}  {planned.names[task_id]}")
    summaries = set(planned.result.ids[planned.result.is_summary].tolist())
    floating = [
        (total_float[t], planned.names[t]) for t in dates if total_float[t] > 0 and t not in summaries
    ]
    if floating:
        print(tr("cli:plan:most_float", "Most float:", language))
        for days, name in sorted(floating, reverse=True)[:5]:
            working = tr_plural(
                "cli:plan:working_days",
                "{count} working day",
                "{count} working days",
                days,
                language,
                count=f"{days:>4}",
            )
            print(f"  {working}  {name}")
    for slip in slips:
        print(
            tr_plural(
                "cli:plan:slipped",
                "Slipped: {name} finishes {days} working days against the baseline",
                "Slipped: {name} finishes {days} working days against the baseline",
                abs(slip.finish_slip_days),
                language,
                name=slip.name,
                days=f"{slip.finish_slip_days:+d}",
            )
        )
    return 0
