"""`clusterdesk selection …`: the cluster selection study of phase 1 without the window: start a study,
import areas and statistics, print location quotients and the ranking of candidate clusters, score and
decide, and start the cluster project of the chosen candidate.

Commands that change the project save it after one undoable step. The data libraries are imported by the
command that runs, so that `--help` stays fast."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from clusterdesk.cli.refusals import refuse
from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

MEASURE_KEYS = ("employment", "firms", "value_added")


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    saved = tr("cli:path:gpkg_saved_import", "project file (.gpkg); it is saved after the import", language)
    selection = subparsers.add_parser(
        "selection",
        help=tr(
            "cli:selection:help",
            "cluster selection study: areas, statistics, location quotients, ranking, decision",
            language,
        ),
    )
    commands = selection.add_subparsers(dest="selection_command", metavar="ACTION", required=True)

    new = commands.add_parser(
        "new", help=tr("cli:selection:new", "start the project's selection study", language)
    )
    new.add_argument("path", help=gpkg)
    new.add_argument(
        "--name",
        required=True,
        help=tr("cli:selection:name", "name of the study, e.g. Mapping 2024", language),
    )
    new.add_argument(
        "--measure",
        choices=MEASURE_KEYS,
        default="employment",
        help=tr("cli:selection:measure", "what the statistics count (default employment)", language),
    )
    new.add_argument(
        "--year", type=int, help=tr("cli:selection:year", "year compared (default the latest)", language)
    )
    new.add_argument(
        "--base-year", type=int, help=tr("cli:selection:base_year", "year growth is measured from", language)
    )
    new.add_argument(
        "--area-level", help=tr("cli:selection:area_level", "what the areas are, e.g. Province", language)
    )
    new.set_defaults(handler=run_new)

    areas = commands.add_parser(
        "import-areas",
        help=tr(
            "cli:selection:import_areas",
            "import administrative areas from a Shapefile, GeoPackage or GeoJSON file (any coordinate "
            "system)",
            language,
        ),
    )
    areas.add_argument("path", help=saved)
    areas.add_argument("file", help=tr("cli:selection:areas_file", "file of the areas' boundaries", language))
    areas.add_argument(
        "--code-column",
        required=True,
        metavar="C",
        help=tr("cli:selection:code_column", "column holding the code the statistics use", language),
    )
    areas.add_argument(
        "--name-column",
        required=True,
        metavar="N",
        help=tr("cli:selection:name_column", "column holding the area's name", language),
    )
    areas.add_argument(
        "--parent-column",
        metavar="P",
        help=tr("cli:selection:parent_column", "column holding the code of the larger area", language),
    )
    areas.add_argument(
        "--layer", metavar="L", help=tr("cli:selection:layer", "layer of a GeoPackage", language)
    )
    areas.add_argument(
        "--replace",
        action="store_true",
        help=tr("cli:selection:replace_areas", "replace the areas that have the same codes", language),
    )
    areas.set_defaults(handler=run_import_areas)

    statistics = commands.add_parser(
        "import-statistics",
        help=tr(
            "cli:selection:import_statistics",
            "import figures by area, sector (ISIC Rev.4), year and measure from a CSV or XLSX file",
            language,
        ),
    )
    statistics.add_argument("path", help=saved)
    statistics.add_argument(
        "file",
        help=tr(
            "cli:selection:statistics_file",
            "CSV or XLSX file with the columns area code, sector, year, value (measure and source optional)",
            language,
        ),
    )
    statistics.add_argument(
        "--measure",
        metavar="M",
        help=tr(
            "cli:selection:statistics_measure",
            "measure of every figure: employment, firms or value_added (default the study's)",
            language,
        ),
    )
    statistics.add_argument(
        "--mapping",
        metavar="FILE",
        help=tr(
            "cli:selection:mapping",
            "two-column table translating the file's sector codes into ISIC Rev.4 codes",
            language,
        ),
    )
    statistics.add_argument(
        "--sheet", help=tr("cli:selection:sheet", "worksheet of an XLSX workbook", language)
    )
    statistics.add_argument(
        "--replace",
        action="store_true",
        help=tr(
            "cli:selection:replace_statistics",
            "replace figures of the same area, sector, year and measure",
            language,
        ),
    )
    statistics.set_defaults(handler=run_import_statistics)

    lq = commands.add_parser(
        "lq",
        help=tr("cli:selection:lq", "print location quotients by area and sector, highest first", language),
    )
    lq.add_argument("path", help=gpkg)
    lq.add_argument(
        "--sector",
        metavar="CODE",
        help=tr("cli:selection:sector", "one ISIC Rev.4 sector, e.g. 14 or 1410", language),
    )
    lq.add_argument(
        "--year", type=int, help=tr("cli:selection:lq_year", "year (default the study's)", language)
    )
    lq.add_argument(
        "--top",
        type=int,
        default=40,
        metavar="N",
        help=tr("cli:selection:top", "rows printed without --sector (default 40)", language),
    )
    lq.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    lq.set_defaults(handler=run_lq)

    ranking = commands.add_parser(
        "rank",
        help=tr(
            "cli:selection:rank",
            "print the candidate clusters ranked on the weighted criteria, and how far each weight may move",
            language,
        ),
    )
    ranking.add_argument("path", help=gpkg)
    ranking.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    ranking.set_defaults(handler=run_rank)

    candidate = commands.add_parser(
        "candidate", help=tr("cli:selection:candidate", "candidate clusters", language)
    )
    candidate_commands = candidate.add_subparsers(dest="candidate_command", metavar="ACTION", required=True)
    add = candidate_commands.add_parser(
        "add",
        help=tr("cli:selection:candidate_add", "add a candidate cluster: a sector in some areas", language),
    )
    add.add_argument("path", help=gpkg)
    add.add_argument("--code", required=True, help=tr("cli:selection:candidate_code", "short code", language))
    add.add_argument("--name", required=True, help=tr("cli:selection:candidate_name", "name", language))
    add.add_argument(
        "--sector",
        required=True,
        help=tr("cli:selection:candidate_sector", "ISIC Rev.4 code, e.g. 14", language),
    )
    add.add_argument(
        "--areas",
        required=True,
        metavar="A,B",
        help=tr("cli:selection:candidate_areas", "area codes, separated by commas", language),
    )
    add.add_argument("--notes", help=tr("cli:selection:notes", "notes", language))
    add.set_defaults(handler=run_candidate_add)

    score = commands.add_parser(
        "score",
        help=tr("cli:selection:score", "give a candidate its score on a criterion scored by hand", language),
    )
    score.add_argument("path", help=gpkg)
    score.add_argument("candidate", help=tr("cli:selection:score_candidate", "candidate code", language))
    score.add_argument(
        "criterion", help=tr("cli:selection:score_criterion", "criterion key, e.g. joint_action", language)
    )
    score.add_argument(
        "value",
        help=tr("cli:selection:score_value", "score (0 to 5 by default); empty to remove it", language),
    )
    score.add_argument("--note", help=tr("cli:selection:score_note", "why this score", language))
    score.set_defaults(handler=run_score)

    decide = commands.add_parser(
        "decide",
        help=tr(
            "cli:selection:decide", "record the selection decision and the candidates' outcomes", language
        ),
    )
    decide.add_argument("path", help=gpkg)
    decide.add_argument(
        "--by",
        required=True,
        help=tr("cli:selection:decided_by", "who decided, e.g. Steering Committee", language),
    )
    decide.add_argument(
        "--grounds", required=True, help=tr("cli:selection:grounds", "on what grounds", language)
    )
    decide.add_argument(
        "--date", help=tr("cli:selection:date", "date of the decision, YYYY-MM-DD (default today)", language)
    )
    outcomes = {
        "selected": tr(
            "cli:selection:selected", "codes of the candidates selected, separated by commas", language
        ),
        "reserve": tr("cli:selection:reserve", "codes of the candidates kept in reserve", language),
        "rejected": tr("cli:selection:rejected", "codes of the candidates not selected", language),
    }
    for status, text in outcomes.items():
        decide.add_argument(f"--{status}", metavar="A,B", default="", help=text)
    decide.set_defaults(handler=run_decide)

    start = commands.add_parser(
        "start-project",
        help=tr(
            "cli:selection:start",
            "create the cluster project of a candidate: its areas as boundary, its sector, the registry "
            "firms inside",
            language,
        ),
    )
    start.add_argument("path", help=saved)
    start.add_argument("candidate", help=tr("cli:selection:score_candidate", "candidate code", language))
    start.add_argument(
        "output", help=tr("cli:selection:start_output", "new project file to write (.gpkg)", language)
    )
    start.set_defaults(handler=run_start_project)


def _codes(text: str) -> list[str]:
    return [code.strip() for code in (text or "").split(",") if code.strip()]


def _input_errors():
    from clusterdesk.core.errors import ValidationError
    from clusterdesk.io.cell_refusal import CellProblemsError
    from clusterdesk.io.errors import ImportFileError

    return ValidationError, ImportFileError, CellProblemsError


def _study_needed(project: Project) -> int | None:
    from clusterdesk.core.selection_edits import study_fid

    if study_fid(project) is None:
        return refuse(
            tr(
                "cli:selection:no_study",
                "{file} holds no selection study: start one with clusterdesk selection new.",
                messages_language(),
                file=project.path.name if project.path else "",
            )
        )
    return None


def _run_edit(
    path: str,
    edit: Callable[[Project], Any],
    *,
    study: bool = False,
    notes: list[str] | None = None,
    quiet: bool = False,
) -> int:
    """Open the project at `path`, push the undoable step `edit(project)` makes, save, print its label.

    With `study`, a project without a selection study is refused first. `edit` may return an exit code
    instead of a step, for input it refuses itself; the domain's and the file readers' input errors are
    refused with their message. `notes` (filled by `edit`) are printed under the label; `quiet` prints
    nothing, for a command that says more than the label."""
    from clusterdesk.core.project import Project

    with Project.open(path) as project:
        if study and (refused := _study_needed(project)) is not None:
            return refused
        try:
            command = edit(project)
        except _input_errors() as error:
            return refuse(str(error))
        if isinstance(command, int):
            return command
        project.stack.push(command)
        project.save()
    if not quiet:
        print(command.label)
        for note in notes or ():
            print(f"  {note}")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from clusterdesk.core.selection_edits import create_study

    language = messages_language()

    def edit(project: Project):
        return create_study(project, args.name, args.measure, args.year, args.base_year, args.area_level)

    if (code := _run_edit(args.path, edit, quiet=True)) != 0:
        return code
    print(
        tr(
            "cli:selection:created",
            "Started the selection study {name} in {path}",
            language,
            name=args.name,
            path=args.path,
        )
    )
    return 0


def run_import_areas(args: argparse.Namespace) -> int:
    from clusterdesk.io.selection_areas import areas_import_command, read_areas

    notes: list[str] = []

    def edit(project: Project):
        read = read_areas(
            args.file, args.code_column, args.name_column, parent_column=args.parent_column, layer=args.layer
        )
        notes.extend(read.notes)
        return areas_import_command(project, read, replace=args.replace)

    return _run_edit(args.path, edit, notes=notes)


def run_import_statistics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clusterdesk.io.selection_statistics import read_mapping, read_statistics, statistics_import_command

    notes: list[str] = []

    def edit(project: Project):
        mapping = read_mapping(args.mapping) if args.mapping else None
        read = read_statistics(
            args.file,
            project,
            measure=args.measure,
            mapping=mapping,
            mapping_name=Path(args.mapping).name if args.mapping else None,
            sheet=args.sheet,
        )
        notes.extend(read.notes)
        return statistics_import_command(project, read, replace=args.replace)

    return _run_edit(args.path, edit, notes=notes)


def _area_names(project: Project) -> dict[str, str]:
    return dict(project.connection.execute("SELECT code, name FROM selection_areas"))


def run_lq(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.selection_lq import load_statistics, location_quotients
    from clusterdesk.analysis.selection_study import read_settings
    from clusterdesk.cli.selection_tables import lq_json, lq_text
    from clusterdesk.core import isic
    from clusterdesk.core.project import Project

    language = messages_language()
    sector = isic.normalised(args.sector) if args.sector else None
    if sector is not None and not (sector.isdigit() and 2 <= len(sector) <= 4):
        return refuse(
            tr(
                "cli:selection:bad_sector",
                "{value} is not an ISIC Rev.4 division or class (14, 1410)",
                language,
                value=args.sector,
            )
        )
    with Project.open(args.path) as project:
        settings = read_settings(project.connection)
        measure = settings.measure if settings else "employment"
        year = args.year if args.year is not None else (settings.year if settings else None)
        stats = load_statistics(project.connection, measure)
        names = _area_names(project)
    if stats.frame.empty:
        return refuse(
            tr(
                "cli:selection:no_statistics",
                "the project holds no statistics of {measure}: import them with clusterdesk selection "
                "import-statistics.",
                language,
                measure=measure,
            )
        )
    if year is not None and year not in stats.years:
        return refuse(
            tr(
                "cli:selection:no_year",
                "the statistics have no figures for {year} (they have {years})",
                language,
                year=year,
                years=", ".join(map(str, stats.years)),
            )
        )
    table = location_quotients(
        stats, year, settings.base_year if settings else None, len(sector) if sector else None
    )
    if sector is not None:
        table = table[table["sector_code"] == sector]
    table = table.sort_values(["lq", "area_code"], ascending=[False, True], na_position="last")
    shown_year = year if year is not None else max(stats.years)
    if args.json:
        print(lq_json(table, names, measure, shown_year))
        return 0
    more = 0
    if sector is None and len(table) > args.top:
        more, table = len(table) - args.top, table.head(args.top)
    print(lq_text(table, names, language, more))
    return 0


def run_rank(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.selection_ranking import leader_stable_range
    from clusterdesk.analysis.selection_study import evaluate
    from clusterdesk.cli.selection_tables import rank_json, rank_text
    from clusterdesk.core.project import Project

    language = messages_language()
    with Project.open(args.path) as project:
        if (refused := _study_needed(project)) is not None:
            return refused
        evaluation = evaluate(project.connection)
    if not evaluation.codes:
        return refuse(
            tr(
                "cli:selection:no_candidates",
                "the study has no candidate clusters yet: add them with clusterdesk selection candidate add.",
                language,
            )
        )
    criteria = evaluation.ranking_criteria()
    ranges = [leader_stable_range(evaluation.ranking, criteria, j) for j in range(len(criteria))]
    if args.json:
        print(json.dumps(rank_json(evaluation, ranges), ensure_ascii=False, indent=2))
    else:
        print(rank_text(evaluation, ranges, language))
    return 0


def run_candidate_add(args: argparse.Namespace) -> int:
    from clusterdesk.core.selection_edits import add_candidate

    language = messages_language()

    def edit(project: Project):
        areas = _codes(args.areas)
        known = _area_names(project)
        unknown = [code for code in areas if known and code not in known]
        if unknown:
            return refuse(
                tr(
                    "cli:selection:unknown_areas",
                    "the study has no area with the code {codes}; its areas: {known}",
                    language,
                    codes=", ".join(unknown),
                    known=", ".join(sorted(known)),
                )
            )
        return add_candidate(project, args.code, args.name, args.sector, areas, args.notes)

    return _run_edit(args.path, edit, study=True)


def _candidate_and_criterion(project: Project, code: str, key: str) -> tuple[int, int, str]:
    from clusterdesk.core.errors import ValidationError
    from clusterdesk.core.selection_project import candidate_fid

    fid = candidate_fid(project, code)
    rows = list(
        project.connection.execute("SELECT fid, key, source FROM selection_criteria ORDER BY position")
    )
    found = [row for row in rows if row[1] == key]
    if not found:
        raise ValidationError(
            "criterion",
            tr(
                "cli:selection:no_criterion",
                "the study has no criterion {key} (its criteria: {keys})",
                messages_language(),
                key=key,
                keys=", ".join(r[1] for r in rows),
            ),
        )
    return fid, found[0][0], found[0][2]


def run_score(args: argparse.Namespace) -> int:
    from clusterdesk.core.selection_edits import set_score

    language = messages_language()

    def edit(project: Project):
        candidate, criterion, source = _candidate_and_criterion(project, args.candidate, args.criterion)
        if source != "manual":
            return refuse(
                tr(
                    "cli:selection:computed_criterion",
                    "{key} is computed from the statistics or the registry; only criteria scored by "
                    "hand take a score",
                    language,
                    key=args.criterion,
                )
            )
        return set_score(project, candidate, criterion, args.value, args.note)

    return _run_edit(args.path, edit)


def run_decide(args: argparse.Namespace) -> int:
    from clusterdesk.analysis.selection_study import evaluate
    from clusterdesk.core.selection_edits import record_decision
    from clusterdesk.core.selection_project import candidate_fid

    language = messages_language()
    try:
        day = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        return refuse(
            tr(
                "cli:selection:bad_date",
                "{value} is not a date (write YYYY-MM-DD)",
                language,
                value=args.date,
            )
        )

    def edit(project: Project):
        outcomes = {
            candidate_fid(project, code): status
            for status in ("selected", "reserve", "rejected")
            for code in _codes(getattr(args, status))
        }
        basis = evaluate(project.connection).decision_basis()
        return record_decision(project, day, args.by, args.grounds, outcomes, basis)

    return _run_edit(args.path, edit, study=True)


def run_start_project(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clusterdesk.core.selection_project import start_project

    language = messages_language()
    if Path(args.output).suffix.lower() != ".gpkg":
        return refuse(
            tr(
                "cli:new:bad_extension",
                "{file}: a project file must end in .gpkg (for example {stem}.gpkg).",
                language,
                file=Path(args.output).name,
                stem=Path(args.output).stem,
            )
        )
    output = Path(args.output).expanduser().absolute()
    if output.exists():  # before the study is read
        return refuse(
            tr("new:exists", "{path} already exists. Choose another name or open it instead.", language,
               path=output)
        )  # fmt: skip
    outcome = []

    def edit(project: Project):
        outcome.append(start_project(project, args.candidate, output))
        return outcome[0].record

    if (code := _run_edit(args.path, edit, study=True, quiet=True)) != 0:
        return code
    started = outcome[0]
    print(
        tr_plural(
            "cli:selection:started",
            "Created {path} with {count} stakeholder of the registry located in the candidate's areas",
            "Created {path} with {count} stakeholders of the registry located in the candidate's areas",
            started.stakeholders,
            language,
            path=started.path,
            count=count_text(started.stakeholders, language),
        )
    )
    return 0
