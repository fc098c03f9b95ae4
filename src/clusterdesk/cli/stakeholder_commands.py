"""`clusterdesk import-stakeholders` and `clusterdesk export-stakeholders`."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.io.column_mapping import (
    MAX_UNASKED_CUSTOM_FIELDS,
    TooManyCustomFieldsError,
    describe_mapping,
    parse_overrides,
)
from clusterdesk.io.errors import ExportError, ImportFileError, MappingError
from clusterdesk.io.field_names import IGNORE
from clusterdesk.io.file_suffixes import EXPORT_EXTENSIONS, IMPORT_EXTENSIONS

if TYPE_CHECKING:
    from clusterdesk.io.stakeholder_import import ImportPlan
    from clusterdesk.io.stakeholder_import_stream import StreamedImport

_LISTED_DUPLICATES = 20
_LISTED_IGNORED_COLUMNS = 20


def register(subparsers) -> None:
    language = messages_language()
    imports = subparsers.add_parser(
        "import-stakeholders",
        help=tr(
            "cli:import:help",
            "add stakeholders from a CSV, XLSX, GeoJSON, Shapefile or GeoPackage file",
            language,
        ),
        description=tr(
            "cli:import:description",
            "Add stakeholders from FILE to the project PATH as one undoable step. Columns are matched to "
            "fields by their header (English, Spanish, French or Russian). By default nothing is written "
            "when any row is invalid; every problem is listed and the exit code is 2.",
            language,
        ),
    )
    imports.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    imports.add_argument(
        "file",
        help=tr(
            "cli:import:file",
            "file to import ({extensions})",
            language,
            extensions=", ".join(IMPORT_EXTENSIONS),
        ),
    )
    imports.add_argument(
        "--sheet",
        help=tr("cli:import:sheet", "worksheet of an XLSX workbook, or layer of a GeoPackage", language),
    )
    imports.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=tr(
            "cli:import:map",
            "read COLUMN into FIELD (name, kind, lat, lon, employees, ..., custom:KEY, ignore); repeatable",
            language,
        ),
    )
    imports.add_argument(
        "--kind",
        default="enterprise",
        choices=list(STAKEHOLDER_KINDS),
        metavar="CODE",
        help=tr(
            "cli:import:kind",
            "kind of rows without one (default enterprise; one of {kinds})",
            language,
            kinds=", ".join(STAKEHOLDER_KINDS),
        ),
    )
    imports.add_argument(
        "--skip-invalid",
        action="store_true",
        help=tr(
            "cli:import:skip_invalid",
            "import the valid rows; write the rejected ones with their reasons to NAME.rejected.csv "
            "next to FILE (next to the project when FILE's folder cannot be written)",
            language,
        ),
    )
    imports.add_argument(
        "--rejected",
        metavar="OUT.csv",
        help=tr(
            "cli:import:rejected",
            "with --skip-invalid: write the rejected rows here instead of next to FILE",
            language,
        ),
    )
    imports.add_argument(
        "--unmapped",
        choices=("custom", "ignore"),
        help=tr(
            "cli:import:unmapped",
            "columns that match no field: keep each as a custom field, or leave them out (default: "
            "custom, asked for when more than {limit})",
            language,
            limit=MAX_UNASKED_CUSTOM_FIELDS,
        ),
    )
    imports.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=tr("cli:import:header_row", "spreadsheet row holding the headers", language),
    )
    imports.set_defaults(handler=run_import)

    exports = subparsers.add_parser(
        "export-stakeholders",
        help=tr("cli:export:help", "write the project's stakeholders to a file", language),
        description=tr(
            "cli:export:description",
            "Write every stakeholder of PATH to OUT ({extensions}, by extension).",
            language,
            extensions=", ".join(EXPORT_EXTENSIONS),
        ),
    )
    exports.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    exports.add_argument(
        "out", help=tr("cli:export:out", "file to write; an existing file of that name is replaced", language)
    )
    exports.set_defaults(handler=run_export)


def _print_plan(plan: ImportPlan | StreamedImport) -> None:
    from clusterdesk.io.uuid_matches import uuid_column

    language = messages_language()
    print(
        tr(
            "cli:import:read",
            "Read {file}: {facts}",
            language,
            file=plan.source.name,
            facts=plan.describe_source(),
        )
    )
    print(tr("cli:import:columns", "Columns:", language))
    uuids = uuid_column(plan.table)
    left_out = 0
    for column, line in zip(plan.mapping, describe_mapping(plan.mapping), strict=True):
        if column == uuids and plan.mapping[column] == IGNORE:  # read for identity, not as a field
            line = tr(
                "cli:import:uuid_column",
                "{column} → uuid (rows already in the project are skipped)",
                language,
                column=column,
            )
        elif plan.mapping[column] == IGNORE:
            left_out += 1
            if left_out > _LISTED_IGNORED_COLUMNS:
                continue
        print(f"  {line}")
    if left_out > _LISTED_IGNORED_COLUMNS:
        more = left_out - _LISTED_IGNORED_COLUMNS
        print(
            "  "
            + tr(
                "cli:import:more_ignored",
                "... and {count} more columns → ignore",
                language,
                count=f"{more:,}",
            )
        )
    for note in plan.notes:
        print(tr("cli:import:note", "Note: {note}", language, note=note))
    rejected = len(plan.rejected_rows)
    known = len(plan.already_present)
    print(
        tr(
            "cli:import:rows",
            "Rows: {read} read, {valid} valid, {rejected} with problems",
            language,
            read=plan.total_rows,
            valid=plan.valid_count + known,
            rejected=rejected,
        )
    )
    if known:
        print(
            tr(
                "cli:import:known",
                "Already in the project (same UUID), skipped: {count}",
                language,
                count=known,
            )
        )
        for entry in plan.already_present[:_LISTED_DUPLICATES]:
            print(f"  {entry.describe()}")
        if known > _LISTED_DUPLICATES:
            print(
                "  "
                + tr("cli:import:more", "... and {count} more", language, count=known - _LISTED_DUPLICATES)
            )
    if plan.duplicates:
        print(tr("cli:import:duplicates", "Likely duplicates: {count}", language, count=len(plan.duplicates)))
        for duplicate in plan.duplicates[:_LISTED_DUPLICATES]:
            print(f"  {duplicate.describe()}")
        if len(plan.duplicates) > _LISTED_DUPLICATES:
            more = len(plan.duplicates) - _LISTED_DUPLICATES
            print("  " + tr("cli:import:more", "... and {count} more", language, count=more))


def _print_problems(plan: ImportPlan | StreamedImport) -> None:
    language = messages_language()
    print(
        tr("cli:import:problems", "Problems ({count}):", language, count=len(plan.problems)), file=sys.stderr
    )
    for problem in plan.problems:
        value = problem.value if len(problem.value) <= 40 else problem.value[:37] + "..."
        line = tr(
            "cli:import:problem",
            "row {row}, column {column}, value {value}: {reason}",
            language,
            row=problem.row,
            column=repr(problem.column),
            value=repr(value),
            reason=problem.reason,
        )
        print(f"  {line}", file=sys.stderr)


def _write_rejected(plan: ImportPlan | StreamedImport, project_path: Path, chosen: str | None) -> Path | None:
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
        language = messages_language()
        for failure in failures:
            print(tr("cli:import:note", "Note: {note}", language, note=failure))
        if failures:
            text = tr(
                "cli:import:rejected_instead",
                "Rejected rows with their reasons written to {path} instead",
                language,
                path=written,
            )
        else:
            text = tr(
                "cli:import:rejected_written",
                "Rejected rows with their reasons written to {path}",
                language,
                path=written,
            )
        print(text)
        return written
    for failure in failures:
        print(f"clusterdesk: {failure}", file=sys.stderr)
    if chosen:
        text = tr(
            "cli:import:rejected_failed_chosen",
            "Nothing was imported: the rejected rows could not be written. "
            "Name another file with --rejected OUT.csv.",
            messages_language(),
        )
    else:
        text = tr(
            "cli:import:rejected_failed",
            "Nothing was imported: the rejected rows could not be written. "
            "Name a file with --rejected OUT.csv.",
            messages_language(),
        )
    print(text, file=sys.stderr)
    return None


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.stakeholder_import_stream import (
        ImportChoices,
        ImportRefused,
        StreamedStakeholderImport,
        import_streamed,
    )

    if args.rejected and not args.skip_invalid:
        return refuse(
            tr(
                "cli:import:rejected_alone",
                "--rejected names where rows left out by --skip-invalid go; add --skip-invalid.",
                messages_language(),
            )
        )
    language = messages_language()
    project = Project.open(args.path)
    try:
        if project.read_only:
            text = tr(
                "cli:import:read_only",
                "{path} is read-only, so nothing can be imported into it. "
                "Make it writable or import into a copy.",
                language,
                path=args.path,
            )
            print(f"clusterdesk: {text}", file=sys.stderr)
            return 1
        try:
            choices = ImportChoices(
                sheet=args.sheet,
                mapping=parse_overrides(args.map),
                default_kind=args.kind,
                keep_unmapped=args.unmapped != "ignore",
                custom_field_limit=None if args.unmapped else MAX_UNASKED_CUSTOM_FIELDS,
                header_row=args.header_row,
            )
            # Read, checked and written a chunk at a time; refused rows roll back what was written
            command = StreamedStakeholderImport(
                Path(args.file), choices, refuse_problems=not args.skip_invalid
            )
            plan = import_streamed(project, command).result
        except ImportRefused as refused:
            plan = refused.result
        except TooManyCustomFieldsError as error:
            return refuse(
                tr(
                    "cli:import:too_many_custom",
                    "{error} Nothing was imported. Name the columns to keep with --map COLUMN=FIELD (or "
                    "COLUMN=custom:KEY) and leave out the others with --unmapped ignore, or keep all of them "
                    "with --unmapped custom.",
                    language,
                    error=error,
                )
            )
        except (ImportFileError, MappingError) as error:
            return refuse(str(error))
        except ClusterDeskError:
            raise
        except Exception as error:  # a reader library failing in a way not foreseen: still no traceback
            text = tr(
                "cli:import:reader_failed",
                "{file} could not be read ({error}). Nothing was imported. Save the file again (e.g. as CSV "
                "UTF-8) and retry.",
                language,
                file=args.file,
                error=f"{type(error).__name__}: {error}",
            )
            print(f"clusterdesk: {text}", file=sys.stderr)
            return EXIT_INVALID_INPUT
        _print_plan(plan)
        if plan.has_problems:
            _print_problems(plan)
            if plan.swapped_columns:
                latitude, longitude = plan.swapped_columns
                exchanged = f"--map {shlex.quote(latitude + '=lon')} --map {shlex.quote(longitude + '=lat')}"
                print(
                    tr(
                        "cli:import:swap_advice",
                        "To read the columns the other way round, add {options}",
                        language,
                        options=exchanged,
                    ),
                    file=sys.stderr,
                )
            if not args.skip_invalid:
                if plan.valid_count:
                    advice = tr_plural(
                        "cli:import:fix_or_skip",
                        "Nothing was imported: fix the rows above, "
                        "or use --skip-invalid to import the valid row.",
                        "Nothing was imported: fix the rows above, "
                        "or use --skip-invalid to import the {count} valid rows.",
                        plan.valid_count,
                        language,
                    )
                else:
                    advice = tr(
                        "cli:import:none_valid",
                        "Nothing was imported: no row is valid; fix the rows above.",
                        language,
                    )
                print(advice, file=sys.stderr)
                return EXIT_INVALID_INPUT
            rejected = _write_rejected(plan, project.path, args.rejected)
            if rejected is None:
                project.stack.undo()
                return EXIT_INVALID_INPUT
        if plan.valid_count == 0:
            if plan.already_present and not plan.has_problems:
                print(
                    tr(
                        "cli:import:all_known",
                        "Nothing to import: every row is already in the project (same UUID).",
                        language,
                    )
                )
                return 0
            print(tr("cli:import:no_valid", "Nothing to import: no valid rows.", language))
            return EXIT_INVALID_INPUT if plan.has_problems else 0
        saved = project.save()
        print(
            tr_plural(
                "cli:import:imported",
                "Imported {count} stakeholder into {path}",
                "Imported {count} stakeholders into {path}",
                plan.valid_count,
                language,
                path=saved,
            )
        )
        return 0
    finally:
        project.close()


def run_export(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.stakeholder_export import export_stakeholders

    what = tr("cli:export:what", "the export file", messages_language())
    if allowed_suffix(args.out, EXPORT_EXTENSIONS, what) is None:
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
    language = messages_language()
    if replacing:
        print(
            tr_plural(
                "cli:export:replaced",
                "Replaced {path} with {count} stakeholders",
                "Replaced {path} with {count} stakeholders",
                count,
                language,
                path=args.out,
            )
        )
    else:
        print(
            tr_plural(
                "cli:export:exported",
                "Exported {count} stakeholders to {path}",
                "Exported {count} stakeholders to {path}",
                count,
                language,
                path=args.out,
            )
        )
    return 0
