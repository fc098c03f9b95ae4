"""`clusterdesk webmap` and `clusterdesk report`: the handouts for steering committees."""

from __future__ import annotations

import argparse
import sys
import time

from clusterdesk.cli.refusals import refuse
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary_labels import SUPPORTED_LANGUAGES


def register(subparsers) -> None:
    webmap = subparsers.add_parser(
        "webmap", help="write an interactive web map (one HTML file that works offline)"
    )
    webmap.add_argument("path", help="project file (.gpkg)")
    webmap.add_argument("-o", "--output", required=True, help="HTML file to write, e.g. map.html")
    webmap.add_argument(
        "--contacts", action="store_true", help="include contact persons in the popups (off by default)"
    )
    webmap.add_argument(
        "--size-by-employees",
        action="store_true",
        help="size firms, suppliers and buyers by their employees (off by default, as on the desktop map)",
    )
    _add_language(webmap, "legend, layer names and popups")
    webmap.set_defaults(handler=run_webmap)

    report = subparsers.add_parser("report", help="write the printed action-plan pack (PDF)")
    report.add_argument("path", nargs="?", help="project file (.gpkg)")
    report.add_argument("-o", "--output", help="PDF file to write, e.g. pack.pdf (required)")
    report.add_argument(
        "--paper",
        default="A4",
        type=_paper,
        metavar="{A4,Letter}",
        help="paper size, A4 (default) or Letter, in any case",
    )
    report.add_argument(
        "--sections",
        help="comma-separated sections to include, in pack order (default: all the project has data for); "
        "see --list-sections",
    )
    report.add_argument("--list-sections", action="store_true", help="print the section names and stop")
    _add_language(report, "headings, tables, charts and notes")
    report.set_defaults(handler=run_report)


def _add_language(parser, what: str) -> None:
    parser.add_argument(
        "--language",
        type=_language,
        metavar="{en,es,fr,ru}",
        help=f"language of the {what} (default: the project's language)",
    )


def _language(text: str) -> str:
    code = text.strip().lower()
    if code not in SUPPORTED_LANGUAGES:
        raise argparse.ArgumentTypeError(f"choose en, es, fr or ru, not {text!r}")
    return code


_PAPERS = {"a4": "A4", "letter": "Letter"}


def _paper(text: str) -> str:
    """A4 or Letter, however the user typed it."""
    paper = _PAPERS.get(text.strip().lower())
    if paper is None:
        raise argparse.ArgumentTypeError(f"choose A4 or Letter, not {text!r}")
    return paper


def run_webmap(args: argparse.Namespace) -> int:
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
    print(f"Wrote {target} ({size_mb:.1f} MB) in {time.perf_counter() - started:.2f} s")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from clusterdesk.reports.pack import SECTIONS, build_pack

    if args.list_sections:
        for name, section in SECTIONS.items():
            print(f"{name:14} {section.title}")
        return 0
    if args.path is None or args.output is None:
        missing = " and ".join(
            what for what, value in (("the project file", args.path), ("-o OUTPUT", args.output)) if not value
        )
        return refuse(f"report needs {missing}, e.g. clusterdesk report project.gpkg -o pack.pdf.")
    sections = None
    if args.sections:
        sections = [s.strip().lower() for s in args.sections.split(",") if s.strip()]
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            print(
                f"clusterdesk: unknown section {unknown[0]!r} in --sections. "
                f"Choose from: {', '.join(SECTIONS)}.",
                file=sys.stderr,
            )
            return 2
    started = time.perf_counter()
    with Project.open(args.path) as project:
        result = build_pack(project, args.output, paper=args.paper, sections=sections, language=args.language)
    elapsed = time.perf_counter() - started
    print(f"Wrote {result.path} ({result.pages} pages: {', '.join(result.sections)}) in {elapsed:.2f} s")
    for note in result.notes:
        print(f"Note: {note}")
    return 0
