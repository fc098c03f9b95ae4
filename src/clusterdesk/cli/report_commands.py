"""`clusterdesk webmap` and `clusterdesk report`: the handouts for steering committees."""

from __future__ import annotations

import argparse
import sys
import time

from clusterdesk.core.project import Project


def register(subparsers) -> None:
    webmap = subparsers.add_parser(
        "webmap", help="write an interactive web map (one HTML file that works offline)"
    )
    webmap.add_argument("path", help="project file (.gpkg)")
    webmap.add_argument("-o", "--output", required=True, help="HTML file to write, e.g. map.html")
    webmap.add_argument(
        "--contacts", action="store_true", help="include contact persons in the popups (off by default)"
    )
    webmap.set_defaults(handler=run_webmap)

    report = subparsers.add_parser("report", help="write the printed action-plan pack (PDF)")
    report.add_argument("path", help="project file (.gpkg)")
    report.add_argument("-o", "--output", required=True, help="PDF file to write, e.g. pack.pdf")
    report.add_argument("--paper", default="A4", type=str.upper, choices=["A4", "LETTER"], help="paper size")
    report.add_argument(
        "--sections",
        help="comma-separated sections to include, in pack order (default: all the project has data for); "
        "see --list-sections",
    )
    report.add_argument("--list-sections", action="store_true", help="print the section names and stop")
    report.set_defaults(handler=run_report)


def run_webmap(args: argparse.Namespace) -> int:
    from clusterdesk.reports.webmap import export_webmap

    started = time.perf_counter()
    with Project.open(args.path) as project:
        target = export_webmap(project, args.output, include_contacts=args.contacts)
    size_mb = target.stat().st_size / 1e6
    print(f"Wrote {target} ({size_mb:.1f} MB) in {time.perf_counter() - started:.2f} s")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from clusterdesk.reports.pack import SECTIONS, build_pack

    if args.list_sections:
        for name, section in SECTIONS.items():
            print(f"{name:14} {section.title}")
        return 0
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
        result = build_pack(project, args.output, paper="Letter" if args.paper == "LETTER" else "A4",
                            sections=sections)  # fmt: skip
    elapsed = time.perf_counter() - started
    print(f"Wrote {result.path} ({result.pages} pages: {', '.join(result.sections)}) in {elapsed:.2f} s")
    for note in result.notes:
        print(f"Note: {note}")
    return 0
