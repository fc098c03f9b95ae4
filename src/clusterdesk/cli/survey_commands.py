"""`clusterdesk survey new|form|import|list PROJECT …`: firm surveys without the window — a survey with the
standard questions, its XLSForm for KoboToolbox or ODK, the import of their data exports, and what has
been collected. Heavy modules are imported by the command that needs them, so `survey list` starts fast."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import messages_language, tr, tr_plural


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    saved = tr("cli:path:gpkg_saved_import", "project file (.gpkg); it is saved after the import", language)
    survey_help = tr("cli:survey:name_help", "the survey's name (or its form_id)", language)
    survey = subparsers.add_parser(
        "survey",
        help=tr(
            "cli:survey:help",
            "firm surveys: a survey with the standard questions, its XLSForm for KoboToolbox or ODK, the "
            "import of their data exports",
            language,
        ),
    )
    commands = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)

    new = commands.add_parser(
        "new",
        help=tr(
            "cli:survey:new",
            "add a survey with the standard questions (sales, exports, employees, women employees, new "
            "products, cooperation with other firms)",
            language,
        ),
    )
    new.add_argument("path", help=tr("cli:survey:new_path", "project file (.gpkg); it is saved", language))
    new.add_argument(
        "--name", required=True, help=tr("cli:survey:new_name", 'e.g. "Baseline 2024"', language)
    )
    new.add_argument(
        "--round",
        required=True,
        metavar="R",
        help=tr(
            "cli:survey:new_round",
            "survey round of its answers, e.g. baseline or follow_up_1; a new round is added after the "
            "project's rounds",
            language,
        ),
    )
    new.add_argument(
        "--date", metavar="YYYY-MM-DD", help=tr("cli:survey:new_date", "when the survey closes", language)
    )
    new.set_defaults(handler=run_new)

    form = commands.add_parser(
        "form",
        help=tr(
            "cli:survey:form",
            "write the survey as an XLSForm for KoboToolbox or ODK, with the registry's firms as choices",
            language,
        ),
    )
    form.add_argument("path", help=gpkg)
    form.add_argument("--survey", required=True, metavar="NAME", help=survey_help)
    form.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:survey:form_out", "workbook to write, e.g. form.xlsx", language),
    )
    form.set_defaults(handler=run_form)

    load = commands.add_parser(
        "import",
        help=tr(
            "cli:survey:import",
            "add the responses of a KoboToolbox or ODK Central data export (CSV or Excel) as one step that "
            "can be undone; nothing is written when a row is wrong, and submissions imported before are "
            "skipped",
            language,
        ),
    )
    load.add_argument("path", help=saved)
    load.add_argument(
        "source",
        help=tr("cli:survey:source", "the data export (.csv or .xlsx) of the survey's form", language),
    )
    load.add_argument("--survey", required=True, metavar="NAME", help=survey_help)
    load.add_argument(
        "--skip-invalid",
        action="store_true",
        help=tr(
            "cli:survey:skip_invalid",
            "import the good rows and list the rows left out with their problems",
            language,
        ),
    )
    load.set_defaults(handler=run_import)

    listing = commands.add_parser(
        "list",
        help=tr(
            "cli:survey:list",
            "print the surveys with their number of responses and how many answered each question",
            language,
        ),
    )
    listing.add_argument("path", help=gpkg)
    listing.set_defaults(handler=run_list)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def run_new(args: argparse.Namespace) -> int:
    from clusterdesk.core.errors import ValidationError
    from clusterdesk.core.project import Project
    from clusterdesk.core.survey_edits import create_survey

    language = messages_language()
    held_on = _date(args.date)
    if args.date and held_on is None:
        return refuse(tr("cli:survey:bad_date", "{value} is not a date: write it as 2024-03-31.", language,
                         value=args.date))  # fmt: skip
    with Project.open(args.path) as project:
        try:
            project.stack.push(create_survey(project, args.name, args.round, held_on))
        except ValidationError as error:
            return refuse(str(error))
        project.save()
    name, round_code = args.name.strip(), args.round.strip()
    print(
        tr(
            "cli:survey:created",
            "Added the survey {name} of round {round}.",
            language,
            name=name,
            round=round_code,
        )
    )
    return 0


def run_form(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.output_file import check_output_folder
    from clusterdesk.io.survey_import import SurveyChoiceError, choose_survey
    from clusterdesk.io.xlsform_writer import FormError, write_form

    language = messages_language()
    what = tr("cli:survey:what_form", "the form", language)
    if allowed_suffix(args.output, (".xlsx",), what) is None:
        return EXIT_INVALID_INPUT
    check_output_folder(args.output)
    with Project.open(args.path) as project:
        try:
            written = write_form(project, choose_survey(project, args.survey), args.output)
        except (SurveyChoiceError, FormError) as error:
            return refuse(str(error))
    print(tr("cli:survey:wrote_form", "Wrote the form with {questions} questions and {firms} firms to {path}",
             language, questions=written.questions, firms=written.firms, path=written.path))  # fmt: skip
    return 0


def run_import(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.io.cell_refusal import CellProblemsError
    from clusterdesk.io.errors import ImportFileError
    from clusterdesk.io.readers import EXCEL_EXTENSIONS, TEXT_EXTENSIONS
    from clusterdesk.io.survey_import import SurveyChoiceError, read_survey_export

    language = messages_language()
    what = tr("cli:survey:what_export", "the data export", language)
    if allowed_suffix(args.source, (*TEXT_EXTENSIONS, *EXCEL_EXTENSIONS), what) is None:
        return EXIT_INVALID_INPUT
    if not Path(args.source).is_file():
        return refuse(tr("cli:results:no_source", "{path} does not exist.", language, path=args.source))
    with Project.open(args.path) as project:
        try:
            imported = read_survey_export(project, args.source, args.survey, skip_invalid=args.skip_invalid)
        except (CellProblemsError, ImportFileError, SurveyChoiceError) as error:
            return refuse(str(error))
        if imported.command is not None:
            project.stack.push(imported.command)
            project.save()
    print(imported.describe())
    if imported.command is None:
        print(tr("cli:network:unchanged", "{path} was not changed.", language, path=args.path))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from clusterdesk.core.formatting import percent
    from clusterdesk.core.project import Project
    from clusterdesk.core.survey_reader import completeness, read_questions, read_surveys

    language = messages_language()
    with Project.open(args.path) as project:
        surveys = read_surveys(project.connection)
        if not surveys:
            print(tr("cli:survey:none", "No surveys yet: add one with clusterdesk survey new.", language))
            return 0
        for survey in surveys:
            print(
                tr_plural(
                    "cli:survey:line", "{name} (round {round}, form {form}): {count} response",
                    "{name} (round {round}, form {form}): {count} responses", survey.responses, language,
                    name=survey.name, round=survey.round_code, form=survey.form_id,
                )
            )  # fmt: skip
            answered = completeness(project.connection, survey.fid)
            for question in read_questions(project.connection, survey.fid):
                count = answered.get(question.name, 0)
                share = percent(count / survey.responses, language) if survey.responses else "–"
                print(f"  {question.name}: {count} ({share})")
    return 0
