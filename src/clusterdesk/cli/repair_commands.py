"""`clusterdesk repair`: write a repaired copy of a damaged project."""

from __future__ import annotations

import argparse

from clusterdesk.core.repair import repair_project


def register(subparsers) -> None:
    repair = subparsers.add_parser(
        "repair",
        help="write a repaired copy of a damaged project (the original is never changed)",
        description="Rebuild what another program removed or broke in a project: missing tables (empty), "
        "registrations, spatial indexes, the format marker, the project_info row; renamed tables get their "
        "name back and unreadable geometries become NULL. The result goes to a new file.",
    )
    repair.add_argument("path", help="the damaged project file (.gpkg)")
    repair.add_argument(
        "-o",
        "--output",
        help="the repaired copy to write (default: NAME-repaired.gpkg next to it); never replaced",
    )
    repair.set_defaults(handler=run_repair)


def run_repair(args: argparse.Namespace) -> int:
    result = repair_project(args.path, args.output)
    if result.target is None:
        print(f"{result.source.name} has nothing repair can fix; no copy was written.")
        return 0
    for action in result.actions:
        print(action)
    print(f"Wrote {result.target} ({result.source.name} is unchanged)")
    if result.remaining:
        for problem in result.remaining:
            print(f"still wrong: {problem}")
        print(f"{result.target.name} still has {len(result.remaining)} problem(s) repair cannot fix.")
        return 1
    print(f"{result.target.name} is valid.")
    return 0
