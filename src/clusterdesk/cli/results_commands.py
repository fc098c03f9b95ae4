"""`clusterdesk results export|import|status|iati PROJECT …`: the result chain without the window, for the
donor's logframe, a steering committee's status list or the IATI Registry."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.formatting import decimal, period_label, short_date
from clusterdesk.io.output_file import check_output_folder

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    results = subparsers.add_parser(
        "results",
        help=tr("cli:results:help", "result chain: logframe workbook, indicator status, IATI file", language),
    )
    commands = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    export = commands.add_parser(
        "export",
        help=tr(
            "cli:results:export", "write the logframe (result chain, indicators, values) to Excel", language
        ),
    )
    export.add_argument("path", help=gpkg)
    export.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:results:export_out", "workbook to write, e.g. logframe.xlsx", language),
    )
    export.set_defaults(handler=run_export)

    load = commands.add_parser(
        "import",
        help=tr(
            "cli:results:import",
            "read a logframe workbook into the project as one step that can be undone: results and "
            "indicators are matched by code and updated, new codes are added, values in the file replace "
            "those of the same period and category, an empty value cell removes that value, and nothing "
            "else is deleted",
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
            "cli:results:source",
            "logframe workbook (.xlsx), as clusterdesk results export writes it",
            language,
        ),
    )
    load.add_argument(
        "--replace",
        action="store_true",
        help=tr(
            "cli:results:replace",
            "make the project's chain the file's: delete results and indicators the file does not have, and "
            "the values of its indicators that it does not list",
            language,
        ),
    )
    load.set_defaults(handler=run_import)

    status = commands.add_parser(
        "status",
        help=tr(
            "cli:results:status",
            "print each indicator with its baseline, latest target, latest actual and status",
            language,
        ),
    )
    status.add_argument("path", help=gpkg)
    status.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    status.set_defaults(handler=run_status)

    iati = commands.add_parser(
        "iati",
        help=tr(
            "cli:results:iati", "write the project and its results as an IATI 2.03 activity file", language
        ),
    )
    iati.add_argument("path", help=gpkg)
    iati.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:results:iati_out", "XML file to write, e.g. activity.xml", language),
    )
    iati.add_argument(
        "--reporting-org",
        metavar="ORG-ID",
        help=tr(
            "cli:results:reporting_org",
            "the reporting organisation's IATI identifier, e.g. XM-DAC-41123 (required)",
            language,
        ),
    )
    iati.add_argument(
        "--reporting-org-name",
        metavar="NAME",
        help=tr(
            "cli:results:reporting_org_name",
            "the reporting organisation's name (default: the project's agency)",
            language,
        ),
    )
    iati.add_argument(
        "--reporting-org-type",
        metavar="CODE",
        help=tr(
            "cli:results:reporting_org_type",
            "its IATI organisation type code, e.g. 40 (multilateral) or 90 (other, the default)",
            language,
        ),
    )
    iati.add_argument(
        "--activity-identifier",
        metavar="ID",
        help=tr(
            "cli:results:activity_identifier",
            "the activity's IATI identifier, beginning with ORG-ID (default: ORG-ID and the project's UUID)",
            language,
        ),
    )
    iati.set_defaults(handler=run_iati)


def _suffix(path: str, suffixes: tuple[str, ...], what: str) -> bool:
    return allowed_suffix(path, suffixes, what) is not None


# The exchange modules are imported by the commands that use them: `results status` starts faster without
# the workbook readers (pandas) and the IATI writer.


def run_export(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.logframe_xlsx import write_logframe

    language = messages_language()
    if not _suffix(args.output, (".xlsx",), tr("cli:results:what_workbook", "the workbook", language)):
        return EXIT_INVALID_INPUT
    check_output_folder(args.output)  # before the project is read
    with Project.open(args.path) as project:
        written = write_logframe(project, args.output)
    print(tr("cli:results:wrote", "Wrote the logframe to {path}", language, path=written))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.errors import ImportFileError
    from clusterdesk.io.logframe_xlsx_import import LogframeImportError, read_logframe

    language = messages_language()
    if not _suffix(args.source, (".xlsx",), tr("cli:results:what_workbook", "the workbook", language)):
        return EXIT_INVALID_INPUT
    if not Path(args.source).is_file():
        return refuse(tr("cli:results:no_source", "{path} does not exist.", language, path=args.source))
    with Project.open(args.path) as project:
        try:
            imported = read_logframe(project, args.source, replace=args.replace)
        except (LogframeImportError, ImportFileError) as error:
            return refuse(str(error))
        if imported.command is None:
            print(
                tr(
                    "cli:results:unchanged",
                    "{path} already holds what {file} says; nothing changed.",
                    language,
                    path=args.path,
                    file=imported.file_name,
                )
            )
            return 0
        project.stack.push(imported.command)
        project.save()
    print(
        tr(
            "cli:results:imported",
            "Imported into {path}: {what}",
            language,
            path=args.path,
            what=imported.describe(),
        )
    )
    return 0


def _number(value: float | None, language: str) -> str:
    if value is None:
        return tr("cli:results:none", "none", language)
    digits = next((n for n in (0, 1) if round(value, n) == value), 2)  # 12, 41.5, 40.25
    return decimal(value, language, digits)


def status_rows(project: Project, language: str) -> list[dict[str, Any]]:
    """Each indicator in chain order with its baseline, latest target and actual and status: what the
    text and the JSON of `results status` show (labels in `language`, codes stable)."""
    from clusterdesk.analysis.results_series import indicator_series, monitoring_settings
    from clusterdesk.analysis.results_status import latest_status, latest_target
    from clusterdesk.core.results import read_results
    from clusterdesk.core.vocabulary_labels import label

    connection = project.session.connection()
    settings = monitoring_settings(connection)
    data = read_results(connection, with_values=False)
    series = indicator_series(connection, data.indicators, settings)
    results = {r["fid"]: r for r in data.results}
    rows = []
    for indicator in data.indicators:
        one = series[indicator["fid"]]
        status = latest_status(one, settings.thresholds)
        target = latest_target(one)
        actual_period = status.period
        result = results.get(indicator["result_id"], {})
        baseline_date = indicator["baseline_date"]
        rows.append(
            {
                "code": indicator["code"],
                "name": indicator["name"],
                "result_code": result.get("code"),
                "result_level": result.get("level"),
                "unit": indicator["unit"],
                "direction": indicator["direction"],
                "computed": indicator["computed"],
                "baseline": {
                    "value": indicator["baseline_value"],
                    "date": baseline_date.isoformat() if baseline_date else None,
                    "source": indicator["baseline_source"],
                },
                "latest_target": {"period": target[0], "value": target[1]} if target else None,
                "latest_actual": (
                    {"period": actual_period, "value": one.actuals[actual_period]} if actual_period else None
                ),
                "status": status.status,
                "status_label": label("indicator_status", status.status, language),
                "status_period": status.period,
                "expected": status.expected,
                "progress_ratio": status.ratio,
                "reason": status.reason,
                "reason_text": label("status_reason", status.reason, language),
            }
        )
    return rows


def _print_status(rows: list[dict[str, Any]], language: str) -> None:
    def at(found: dict[str, Any] | None) -> str:
        if found is None:
            return tr("cli:results:none", "none", language)
        return tr(
            "cli:results:at",
            "{value} ({period})",
            language,
            value=_number(found["value"], language),
            period=period_label(found["period"], language),
        )

    for row in rows:
        baseline = row["baseline"]
        shown = _number(baseline["value"], language)
        if baseline["value"] is not None and baseline["date"]:
            day = short_date(dt.date.fromisoformat(baseline["date"]), language)
            shown = tr("cli:results:at", "{value} ({period})", language, value=shown, period=day)
        print(f"{row['code']}  {row['name']}")
        print(
            "    "
            + tr(
                "cli:results:figures",
                "baseline {baseline}; latest target {target}; latest actual {actual}",
                language,
                baseline=shown,
                target=at(row["latest_target"]),
                actual=at(row["latest_actual"]),
            )
        )
        reason = row["reason_text"]
        if row["expected"] is not None:
            reason += " " + tr(
                "cli:results:expected",
                "Expected by then: {value}.",
                language,
                value=_number(row["expected"], language),
            )
        print(
            "    "
            + tr(
                "cli:results:status_line",
                "status: {status}. {reason}",
                language,
                status=row["status_label"],
                reason=reason,
            )
        )


def run_status(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.results_series import monitoring_settings
    from clusterdesk.core.project import Project

    language = messages_language()
    with Project.open(args.path) as project:
        rows = status_rows(project, language)
        frequency = monitoring_settings(project.session.connection()).frequency
    if args.json:
        print(
            json.dumps({"reporting_frequency": frequency, "indicators": rows}, ensure_ascii=False, indent=2)
        )
        return 0
    if not rows:
        print(
            tr(
                "cli:results:no_indicators",
                "The project has no result indicators yet: add them in the Results panel or import a "
                "logframe (clusterdesk results import).",
                language,
            )
        )
        return 0
    _print_status(rows, language)
    return 0


def run_iati(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.iati_activity import write_iati_activity
    from clusterdesk.io.iati_xml import IatiDataError

    language = messages_language()
    if not _suffix(args.output, (".xml",), tr("cli:results:what_xml", "the IATI file", language)):
        return EXIT_INVALID_INPUT
    if not (args.reporting_org or "").strip():
        return refuse(
            tr(
                "cli:results:no_reporting_org",
                "an IATI file names the organisation that publishes it: add --reporting-org with your "
                "organisation's IATI identifier (e.g. XM-DAC-41123). Nothing was written.",
                language,
            )
        )
    check_output_folder(args.output)
    with Project.open(args.path) as project:
        try:
            write_iati_activity(
                project,
                args.output,
                args.reporting_org.strip(),
                reporting_org_name=args.reporting_org_name,
                reporting_org_type=args.reporting_org_type,
                activity_identifier=args.activity_identifier,
            )
        except IatiDataError as error:
            return refuse(str(error))
    print(
        tr(
            "cli:results:wrote_iati",
            "Wrote the IATI activity file to {path}",
            language,
            path=Path(args.output).absolute(),
        )
    )
    return 0
