"""`clusterdesk webmap` and `clusterdesk report`: the handouts for steering committees."""

from __future__ import annotations

import argparse
import gc
import time

from clusterdesk.cli.refusals import missing_path_or_output, refuse
from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr, tr_plural


def register(subparsers) -> None:
    language = messages_language()
    gpkg = tr("cli:project_file", "project file (.gpkg)", language)
    webmap = subparsers.add_parser(
        "webmap",
        help=tr(
            "cli:webmap:help", "write an interactive web map (one HTML file that works offline)", language
        ),
    )
    webmap.add_argument("path", help=gpkg)
    webmap.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:webmap:output", "HTML file to write, e.g. map.html", language),
    )
    webmap.add_argument(
        "--contacts",
        action="store_true",
        help=tr("cli:webmap:contacts", "include contact persons in the popups (off by default)", language),
    )
    webmap.add_argument(
        "--size-by-employees",
        action="store_true",
        help=tr(
            "cli:webmap:size_by_employees",
            "size firms, suppliers and buyers by their employees (off by default, as on the desktop map)",
            language,
        ),
    )
    _add_language(
        webmap,
        tr(
            "cli:webmap:language",
            "language of the legend, layer names and popups (default: the project's language)",
            language,
        ),
    )
    webmap.set_defaults(handler=run_webmap)

    report = subparsers.add_parser(
        "report", help=tr("cli:report:help", "write the printed action-plan pack (PDF)", language)
    )
    report.add_argument("path", nargs="?", help=gpkg)
    report.add_argument(
        "-o",
        "--output",
        help=tr("cli:report:output", "PDF file to write, e.g. pack.pdf (required)", language),
    )
    report.add_argument(
        "--paper",
        default="A4",
        type=_paper,
        metavar="{A4,Letter}",
        help=tr("cli:report:paper", "paper size, A4 (default) or Letter, in any case", language),
    )
    report.add_argument(
        "--sections",
        help=tr(
            "cli:report:sections",
            "comma-separated sections to include, in pack order (default: all the project has data for); "
            "see --list-sections",
            language,
        ),
    )
    report.add_argument(
        "--list-sections",
        action="store_true",
        help=tr("cli:report:list_sections", "print the section names and stop", language),
    )
    _add_language(
        report,
        tr(
            "cli:report:language",
            "language of the headings, tables, charts and notes (default: the project's language)",
            language,
        ),
    )
    report.set_defaults(handler=run_report)


def _add_language(parser, help_text: str) -> None:
    parser.add_argument("--language", type=_language, metavar="{en,es,fr,ru}", help=help_text)


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


_PAPERS = {"a4": "A4", "letter": "Letter"}


def _paper(text: str) -> str:
    """A4 or Letter, however the user typed it."""
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


def run_webmap(args: argparse.Namespace) -> int:
    from clusterdesk.core.project import Project
    from clusterdesk.reports.webmap import export_webmap

    started = time.perf_counter()
    with Project.open(args.path) as project:
        target = export_webmap(
            project,
            args.output,
            include_contacts=args.contacts,
            size_by_employees=args.size_by_employees,
            language=args.language,
        )
    size_mb = target.stat().st_size / 1e6
    print(
        tr(
            "cli:webmap:wrote",
            "Wrote {path} ({size} MB) in {seconds} s",
            messages_language(),
            path=target,
            size=f"{size_mb:.1f}",
            seconds=f"{time.perf_counter() - started:.2f}",
        )
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    # Python's cycle collector walked every object the libraries create at import, again and again while
    # the pack is built: a fifth of the command's processor time. They live as long as the process, so
    # they are loaded with the collector off and then frozen out of its reach.
    gc.disable()
    try:
        # The Qt-free libraries first: once PySide6 is loaded, its import hook (for `from __feature__
        # import`) reads the source of every module imported after it
        import clusterdesk.analysis.network_measures  # noqa: F401
        import clusterdesk.core.project  # noqa: F401
        import clusterdesk.reports.pack  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()
    try:
        return _write_report(args)
    finally:
        gc.unfreeze()  # a process that goes on (tests, an embedding program) collects them again


def _write_report(args: argparse.Namespace) -> int:
    from clusterdesk.reports.pack import SECTIONS, build_pack

    if args.list_sections:
        for name, section in SECTIONS.items():
            print(f"{name:14} {section.title}")
        return 0
    language = messages_language()
    missing = missing_path_or_output(args)
    if missing is not None:
        return refuse(
            tr(
                "cli:report:needs",
                "report needs {missing}, e.g. clusterdesk report project.gpkg -o pack.pdf.",
                language,
                missing=missing,
            )
        )
    sections = None
    if args.sections:
        sections = [s.strip().lower() for s in args.sections.split(",") if s.strip()]
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            return refuse(
                tr(
                    "cli:report:unknown_section",
                    "unknown section {section} in --sections. Choose from: {choices}.",
                    language,
                    section=repr(unknown[0]),
                    choices=", ".join(SECTIONS),
                )
            )
    from clusterdesk.core.project import Project

    started = time.perf_counter()
    with Project.open(args.path) as project:
        result = build_pack(project, args.output, paper=args.paper, sections=sections, language=args.language)
    elapsed = time.perf_counter() - started
    print(
        tr_plural(
            "cli:report:wrote",
            "Wrote {path} ({count} pages: {sections}) in {seconds} s",
            "Wrote {path} ({count} pages: {sections}) in {seconds} s",
            result.pages,
            language,
            path=result.path,
            sections=", ".join(result.sections),
            seconds=f"{elapsed:.2f}",
        )
    )
    for note in result.notes:
        print(tr("cli:import:note", "Note: {note}", language, note=note))
    return 0
