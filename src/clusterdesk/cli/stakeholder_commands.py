"""`clusterdesk import-stakeholders` and `clusterdesk export-stakeholders`."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.io.column_mapping import (
    MAX_UNASKED_CUSTOM_FIELDS,
    TooManyCustomFieldsError,
    describe_mapping,
    parse_overrides,
)
from clusterdesk.io.errors import ExportError, ImportFileError, MappingError
from clusterdesk.io.field_names import IGNORE
from clusterdesk.io.readers import IMPORT_EXTENSIONS
from clusterdesk.io.stakeholder_export import EXPORT_EXTENSIONS, export_stakeholders
from clusterdesk.io.stakeholder_import import ImportPlan, build_import_plan
from clusterdesk.io.uuid_matches import uuid_column

_LISTED_DUPLICATES = 20
_LISTED_IGNORED_COLUMNS = 20


def register(subparsers) -> None:
    imports = subparsers.add_parser(
        "import-stakeholders",
        help="add stakeholders from a CSV, XLSX, GeoJSON, Shapefile or GeoPackage file",
        description=(
            "Add stakeholders from FILE to the project PATH as one undoable step. Columns are matched to "
            "fields by their header (English, Spanish, French or Russian). By default nothing is written "
            "when "
            "any row is invalid; every problem is listed and the exit code is 2."
        ),
    )
    imports.add_argument("path", help="project file (.gpkg)")
    imports.add_argument("file", help=f"file to import ({', '.join(IMPORT_EXTENSIONS)})")
    imports.add_argument("--sheet", help="worksheet of an XLSX workbook, or layer of a GeoPackage")
    imports.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="read COLUMN into FIELD (name, kind, lat, lon, employees, ..., custom:KEY, ignore); repeatable",
    )
    imports.add_argument(
        "--kind",
        default="enterprise",
        choices=list(STAKEHOLDER_KINDS),
        metavar="CODE",
        help=f"kind of rows without one (default enterprise; one of {', '.join(STAKEHOLDER_KINDS)})",
    )
    imports.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows; write the rejected ones with their reasons to NAME.rejected.csv "
        "next to FILE (next to the project when FILE's folder cannot be written)",
    )
    imports.add_argument(
        "--rejected",
        metavar="OUT.csv",
        help="with --skip-invalid: write the rejected rows here instead of next to FILE",
    )
    imports.add_argument(
        "--unmapped",
        choices=("custom", "ignore"),
        help="columns that match no field: keep each as a custom field, or leave them out (default: "
        f"custom, asked for when more than {MAX_UNASKED_CUSTOM_FIELDS})",
    )
    imports.add_argument("--header-row", type=int, metavar="N", help="spreadsheet row holding the headers")
    imports.set_defaults(handler=run_import)

    exports = subparsers.add_parser(
        "export-stakeholders",
        help="write the project's stakeholders to a file",
        description=f"Write every stakeholder of PATH to OUT ({', '.join(EXPORT_EXTENSIONS)}, by extension).",
    )
    exports.add_argument("path", help="project file (.gpkg)")
    exports.add_argument("out", help="file to write; an existing file of that name is replaced")
    exports.set_defaults(handler=run_export)


def _print_plan(plan: ImportPlan) -> None:
    print(f"Read {plan.source.name}: {plan.describe_source()}")
    print("Columns:")
    uuids = uuid_column(plan.table)
    left_out = 0
    for column, line in zip(plan.mapping, describe_mapping(plan.mapping), strict=True):
        if column == uuids and plan.mapping[column] == IGNORE:  # read for identity, not as a field
            line = f"{column} → uuid (rows already in the project are skipped)"
        elif plan.mapping[column] == IGNORE:
            left_out += 1
            if left_out > _LISTED_IGNORED_COLUMNS:
                continue
        print(f"  {line}")
    if left_out > _LISTED_IGNORED_COLUMNS:
        print(f"  ... and {left_out - _LISTED_IGNORED_COLUMNS:,} more columns → ignore")
    for note in plan.notes:
        print(f"Note: {note}")
    rejected = len(plan.rejected_rows)
    known = len(plan.already_present)
    print(f"Rows: {plan.total_rows} read, {plan.valid_count + known} valid, {rejected} with problems")
    if known:
        print(f"Already in the project (same UUID), skipped: {known}")
        for entry in plan.already_present[:_LISTED_DUPLICATES]:
            print(f"  {entry.describe()}")
        if known > _LISTED_DUPLICATES:
            print(f"  ... and {known - _LISTED_DUPLICATES} more")
    if plan.duplicates:
        print(f"Likely duplicates: {len(plan.duplicates)}")
        for duplicate in plan.duplicates[:_LISTED_DUPLICATES]:
            print(f"  {duplicate.describe()}")
        if len(plan.duplicates) > _LISTED_DUPLICATES:
            print(f"  ... and {len(plan.duplicates) - _LISTED_DUPLICATES} more")


def _print_problems(plan: ImportPlan) -> None:
    print(f"Problems ({len(plan.problems)}):", file=sys.stderr)
    for problem in plan.problems:
        value = problem.value if len(problem.value) <= 40 else problem.value[:37] + "..."
        print(
            f"  row {problem.row}, column {problem.column!r}, value {value!r}: {problem.reason}",
            file=sys.stderr,
        )


def _write_rejected(plan: ImportPlan, project_path: Path, chosen: str | None) -> Path | None:
    """Write the rejected rows where asked, else next to the source or, failing that, next to the project.

    Returns where they went, or None after saying why they could not be written (nothing is imported then:
    rows left out without a record of why would be lost from sight).
    """
    if chosen:
        targets = [Path(chosen)]
    else:
        targets = [plan.rejected_path(), project_path.parent / plan.rejected_path().name]
    failures: list[str] = []
    for target in dict.fromkeys(targets):
        try:
            written = plan.write_rejected(target)
        except ExportError as error:
            failures.append(str(error))
            continue
        for failure in failures:
            print(f"Note: {failure}")
        print(f"Rejected rows with their reasons written to {written}{' instead' if failures else ''}")
        return written
    advice = f"Name {'another' if chosen else 'a'} file with --rejected OUT.csv."
    for failure in failures:
        print(f"clusterdesk: {failure}", file=sys.stderr)
    print(f"Nothing was imported: the rejected rows could not be written. {advice}", file=sys.stderr)
    return None


def run_import(args: argparse.Namespace) -> int:
    if args.rejected and not args.skip_invalid:
        return refuse("--rejected names where rows left out by --skip-invalid go; add --skip-invalid.")
    project = Project.open(args.path)
    try:
        if project.read_only:
            print(
                f"clusterdesk: {args.path} is read-only, so nothing can be imported into it. "
                "Make it writable or import into a copy.",
                file=sys.stderr,
            )
            return 1
        try:
            plan = build_import_plan(
                args.file,
                project,
                sheet=args.sheet,
                mapping=parse_overrides(args.map),
                default_kind=args.kind,
                keep_unmapped=args.unmapped != "ignore",
                custom_field_limit=None if args.unmapped else MAX_UNASKED_CUSTOM_FIELDS,
                header_row=args.header_row,
            )
        except TooManyCustomFieldsError as error:
            return refuse(
                f"{error} Nothing was imported. Name the columns to keep with --map COLUMN=FIELD (or "
                "COLUMN=custom:KEY) and leave out the others with --unmapped ignore, or keep all of them "
                "with --unmapped custom."
            )
        except (ImportFileError, MappingError) as error:
            return refuse(str(error))
        except ClusterDeskError:
            raise
        except Exception as error:  # a reader library failing in a way not foreseen: still no traceback
            print(
                f"clusterdesk: {args.file} could not be read ({type(error).__name__}: {error}). "
                "Nothing was imported. Save the file again (e.g. as CSV UTF-8) and retry.",
                file=sys.stderr,
            )
            return EXIT_INVALID_INPUT
        _print_plan(plan)
        if plan.has_problems:
            _print_problems(plan)
            if plan.swapped_columns:
                latitude, longitude = plan.swapped_columns
                exchanged = f"--map {shlex.quote(latitude + '=lon')} --map {shlex.quote(longitude + '=lat')}"
                print(f"To read the columns the other way round, add {exchanged}", file=sys.stderr)
            if not args.skip_invalid:
                if plan.valid_count:
                    rows = "the valid row" if plan.valid_count == 1 else f"the {plan.valid_count} valid rows"
                    advice = f"fix the rows above, or use --skip-invalid to import {rows}"
                else:
                    advice = "no row is valid; fix the rows above"
                print(f"Nothing was imported: {advice}.", file=sys.stderr)
                return EXIT_INVALID_INPUT
            rejected = _write_rejected(plan, project.path, args.rejected)
            if rejected is None:
                return EXIT_INVALID_INPUT
        if plan.valid_count == 0:
            if plan.already_present and not plan.has_problems:
                print("Nothing to import: every row is already in the project (same UUID).")
                return 0
            print("Nothing to import: no valid rows.")
            return EXIT_INVALID_INPUT if plan.has_problems else 0
        project.stack.push(plan.command())
        saved = project.save()
        print(f"Imported {plan.valid_count} stakeholder{'' if plan.valid_count == 1 else 's'} into {saved}")
        return 0
    finally:
        project.close()


def run_export(args: argparse.Namespace) -> int:
    if allowed_suffix(args.out, EXPORT_EXTENSIONS, "the export file") is None:
        return EXIT_INVALID_INPUT
    out = Path(args.out).expanduser()
    replacing = out.is_file()  # an export is overwritten without asking, but the user is told
    project = Project.open(args.path)
    try:
        try:
            count = export_stakeholders(project, out)
        except ExportError as error:
            print(f"clusterdesk: {error}", file=sys.stderr)
            return 1
    finally:
        project.close()
    if replacing:
        print(f"Replaced {args.out} with {count} stakeholders")
    else:
        print(f"Exported {count} stakeholders to {args.out}")
    return 0
