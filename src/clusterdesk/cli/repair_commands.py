"""`clusterdesk repair`: write a repaired copy of a damaged project."""

from __future__ import annotations

import argparse

from clusterdesk.core.catalogue import messages_language, tr


def register(subparsers) -> None:
    language = messages_language()
    repair = subparsers.add_parser(
        "repair",
        help=tr(
            "cli:repair:help",
            "write a repaired copy of a damaged project (the original is never changed)",
            language,
        ),
        description=tr(
            "cli:repair:description",
            "Rebuild what another program removed or broke in a project: missing tables (empty), "
            "registrations, spatial indexes, the format marker, the project_info row; renamed tables get "
            "their name back and unreadable geometries become NULL. The result goes to a new file.",
            language,
        ),
    )
    repair.add_argument("path", help=tr("cli:repair:path", "the damaged project file (.gpkg)", language))
    repair.add_argument(
        "-o",
        "--output",
        help=tr(
            "cli:repair:output",
            "the repaired copy to write (default: NAME-repaired.gpkg next to it); never replaced",
            language,
        ),
    )
    repair.set_defaults(handler=run_repair)


def run_repair(args: argparse.Namespace) -> int:
    from clusterdesk.core.repair import repair_project

    result = repair_project(args.path, args.output)
    language = messages_language()
    if result.target is None:
        print(
            tr(
                "cli:repair:nothing",
                "{file} has nothing repair can fix; no copy was written.",
                language,
                file=result.source.name,
            )
        )
        return 0
    for action in result.actions:
        print(action)
    print(
        tr(
            "cli:repair:wrote",
            "Wrote {path} ({file} is unchanged)",
            language,
            path=result.target,
            file=result.source.name,
        )
    )
    if result.remaining:
        for problem in result.remaining:
            print(tr("cli:repair:still_wrong", "still wrong: {problem}", language, problem=problem))
        print(
            tr(
                "cli:repair:remaining",
                "{file} still has {count} problem(s) repair cannot fix.",
                language,
                file=result.target.name,
                count=len(result.remaining),
            )
        )
        return 1
    print(tr("cli:repair:valid", "{file} is valid.", language, file=result.target.name))
    return 0
