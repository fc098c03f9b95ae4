"""`clusterdesk plan export PATH OUT.(xml|csv|ics)`, `plan import PATH IN.(xml|csv)` and
`plan schedule PATH` (critical path, float and slippage against the newest baseline)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.analysis.plan_schedule import schedule_project, slippage
from clusterdesk.analysis.schedule import ScheduleError
from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.project import Project
from clusterdesk.io.output_file import check_output_folder
from clusterdesk.io.plan_csv import read_plan_csv, write_plan_csv
from clusterdesk.io.plan_ical import read_meetings, write_plan_ical
from clusterdesk.io.plan_mspdi import write_mspdi
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanAlreadyInProjectError, plan_import_command, read_plan

EXPORTERS = {".xml": write_mspdi, ".csv": write_plan_csv, ".ics": write_plan_ical}
IMPORTERS = {".xml": read_mspdi, ".csv": read_plan_csv}


def register(subparsers) -> None:
    plan = subparsers.add_parser("plan", help="export, import and schedule the action plan")
    commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write the plan as MS Project XML, CSV or iCalendar")
    export.add_argument("path", help="project file (.gpkg)")
    export.add_argument("out", help="output file: .xml (MS Project), .csv or .ics (milestones)")
    export.set_defaults(handler=run_export)

    load = commands.add_parser("import", help="add a plan from MS Project XML or CSV to the project")
    load.add_argument("path", help="project file (.gpkg); it is saved after the import")
    load.add_argument("source", help="plan file: .xml (MS Project, ProjectLibre, GanttProject) or .csv")
    load.add_argument("--replace", action="store_true", help="remove the current plan first")
    load.set_defaults(handler=run_import)

    show = commands.add_parser("schedule", help="print the critical path, float and slippage")
    show.add_argument("path", help="project file (.gpkg)")
    show.set_defaults(handler=run_schedule)


def run_export(args: argparse.Namespace) -> int:
    suffix = allowed_suffix(args.out, EXPORTERS, "the output file")
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
        what = f"{milestones} milestones and {len(meetings)} meetings"
    else:
        written = EXPORTERS[suffix](document, args.out)
        what = f"{len(document.tasks)} tasks"
    print(f"Wrote {what} to {written}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    suffix = allowed_suffix(args.source, IMPORTERS, "the plan file")
    if suffix is None:
        return EXIT_INVALID_INPUT
    if not Path(args.source).is_file():
        return refuse(f"{args.source} does not exist.")
    document = IMPORTERS[suffix](args.source)  # a bad file stops here, before the project is opened
    project = Project.open(args.path)
    try:
        try:
            command, warnings = plan_import_command(
                project, document, replace=args.replace, source=Path(args.source).name
            )
        except PlanAlreadyInProjectError as error:
            return refuse(f"{error} To load the file instead of the current plan, run again with --replace.")
        project.stack.push(command)
        try:
            schedule_project(project)
        except ScheduleError as error:  # imported as written; the loop is for the planner to resolve
            warnings.append(f"the imported plan cannot be scheduled yet: {error}")
        project.save()
    finally:
        project.close()
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Imported {len(document.tasks)} tasks and {len(document.links)} dependencies into {args.path}")
    return 0


def run_schedule(args: argparse.Namespace) -> int:
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
    print(f"Plan finishes {finish}; critical path ({count} task{'s' if count != 1 else ''}):")
    for task_id in planned.result.critical_ids():
        start, end = dates[task_id]
        print(f"  {start} .. {end}  {planned.names[task_id]}")
    summaries = set(planned.result.ids[planned.result.is_summary].tolist())
    floating = [
        (total_float[t], planned.names[t]) for t in dates if total_float[t] > 0 and t not in summaries
    ]
    if floating:
        print("Most float:")
        for days, name in sorted(floating, reverse=True)[:5]:
            print(f"  {days:>4} working days  {name}")
    for slip in slips:
        print(f"Slipped: {slip.name} finishes {slip.finish_slip_days:+d} working days against the baseline")
    return 0
