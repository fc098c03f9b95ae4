"""`clusterdesk brief` and `clusterdesk story`: what a coordinator hands the steering committee, built
from the project's presentation: the printed brief and the web story (one HTML file that works offline).
Heavy imports (ReportLab, the analysis) stay inside the run functions, so that `--help` and the other
commands do not pay for them."""

from __future__ import annotations

import argparse
import time

from clusterdesk.cli.refusals import missing_path_or_output, refuse
from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr, tr_plural

_PAPERS = {"a4": "A4", "letter": "Letter"}


def register(subparsers) -> None:
    language = messages_language()
    brief = subparsers.add_parser(
        "brief",
        help=tr(
            "cli:brief:help",
            "write the results brief for the steering committee (a PDF of 2 to 4 pages)",
            language,
        ),
    )
    brief.add_argument("path", nargs="?", help=tr("cli:project_file", "project file (.gpkg)", language))
    brief.add_argument(
        "-o",
        "--output",
        help=tr("cli:brief:output", "PDF file to write, e.g. brief.pdf (required)", language),
    )
    brief.add_argument(
        "--paper",
        default="A4",
        type=_paper,
        metavar="{A4,Letter}",
        help=tr("cli:report:paper", "paper size, A4 (default) or Letter, in any case", language),
    )
    brief.add_argument(
        "--presentation",
        metavar="NAME",
        help=tr(
            "cli:brief:presentation",
            "the presentation whose slides the brief follows (default: the project's default one, else "
            "every view)",
            language,
        ),
    )
    brief.add_argument(
        "--language",
        type=_language,
        metavar="{en,es,fr,ru}",
        help=tr(
            "cli:brief:language",
            "language of the headings, figures and notes (default: the project's language)",
            language,
        ),
    )
    brief.set_defaults(handler=run_brief)
    _register_story(subparsers, language)


def _register_story(subparsers, language: str) -> None:
    story = subparsers.add_parser(
        "story",
        help=tr(
            "cli:story:help",
            "write the web story of a presentation: its slides over the interactive map, in one HTML file "
            "that works offline",
            language,
        ),
    )
    story.add_argument("path", nargs="?", help=tr("cli:project_file", "project file (.gpkg)", language))
    story.add_argument(
        "-o",
        "--output",
        help=tr("cli:story:output", "HTML file to write, e.g. story.html (required)", language),
    )
    story.add_argument(
        "--presentation",
        metavar="NAME",
        help=tr(
            "cli:story:presentation",
            "the presentation to tell (default: the project's default presentation)",
            language,
        ),
    )
    story.add_argument(
        "--language",
        type=_language,
        metavar="{en,es,fr,ru}",
        help=tr(
            "cli:story:language",
            "language of the page's controls and ready-made views (default: the project's language)",
            language,
        ),
    )
    story.set_defaults(handler=run_story)


def _language(text: str) -> str:
    code = text.strip().lower()
    if code not in SUPPORTED_LANGUAGES:
        raise argparse.ArgumentTypeError(
            tr(
                "cli:report:bad_language",
                "choose en, es, fr or ru, not {value}",
                messages_language(),
                value=repr(text),
            )
        )
    return code


def _paper(text: str) -> str:
    paper = _PAPERS.get(text.strip().lower())
    if paper is None:
        raise argparse.ArgumentTypeError(
            tr(
                "cli:report:bad_paper",
                "choose A4 or Letter, not {value}",
                messages_language(),
                value=repr(text),
            )
        )
    return paper


def run_brief(args: argparse.Namespace) -> int:
    # The Qt-free libraries first: once PySide6 is loaded, its import hook (for `from __feature__ import`)
    # reads the source of every module imported after it
    import clusterdesk.analysis.network  # noqa: F401
    from clusterdesk.core.project import Project
    from clusterdesk.reports.brief import build_brief

    language = messages_language()
    missing = missing_path_or_output(args)
    if missing is not None:
        return refuse(
            tr(
                "cli:brief:needs",
                "brief needs {missing}, e.g. clusterdesk brief project.gpkg -o brief.pdf.",
                language,
                missing=missing,
            )
        )
    started = time.perf_counter()
    with Project.open(args.path) as project:
        result = build_brief(
            project, args.output, paper=args.paper, presentation=args.presentation, language=args.language
        )
    print(
        tr_plural(
            "cli:brief:wrote",
            "Wrote {path} ({count} page) in {seconds} s",
            "Wrote {path} ({count} pages) in {seconds} s",
            result.pages,
            language,
            path=result.path,
            count=result.pages,
            seconds=f"{time.perf_counter() - started:.1f}",
        )
    )
    return 0


def run_story(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.reports.story import export_story

    language = messages_language()
    missing = missing_path_or_output(args)
    if missing is not None:
        return refuse(
            tr(
                "cli:story:needs",
                "story needs {missing}, e.g. clusterdesk story project.gpkg -o story.html.",
                language,
                missing=missing,
            )
        )
    started = time.perf_counter()
    with Project.open(args.path) as project:
        result = export_story(project, args.output, presentation=args.presentation, language=args.language)
    print(
        tr_plural(
            "cli:story:wrote",
            "Wrote {path} ({count} slide of {presentation}, {size} MB) in {seconds} s",
            "Wrote {path} ({count} slides of {presentation}, {size} MB) in {seconds} s",
            result.slides,
            language,
            path=result.path,
            count=result.slides,
            presentation=result.presentation,
            size=f"{result.size_bytes / 1e6:.1f}",
            seconds=f"{time.perf_counter() - started:.1f}",
        )
    )
    return 0
