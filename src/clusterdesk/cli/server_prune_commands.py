"""`clusterdesk server prune ADDRESS --older-than DAYS`: remove old entries of a project's change log on
the server (coordinators only). Working copies that last synchronised before the removed changes are
told to check the project out again."""

from __future__ import annotations

import argparse

from clusterdesk.core.catalogue import messages_language, tr


def add_prune_parser(commands, address_help: str) -> None:
    language = messages_language()
    prune = commands.add_parser(
        "prune",
        help=tr(
            "cli:server_prune:help",
            "remove old entries of a project's change log on the server (coordinators only)",
            language,
        ),
        description=tr(
            "cli:server_prune:description",
            "The server logs every saved change so that working copies can bring in what others saved. "
            "This removes the changes older than the given number of days (the newest is always kept). "
            "A copy that last synchronised before them must then be checked out again.",
            language,
        ),
    )
    prune.add_argument("address", help=address_help)
    prune.add_argument(
        "--older-than",
        dest="older_than",
        type=_days,
        required=True,
        metavar="DAYS",
        help=tr("cli:server_prune:older_than", "remove the changes older than this many days", language),
    )
    prune.set_defaults(handler=run_prune)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(
            tr(
                "cli:server_prune:bad_days",
                "{value} is not a number of days (0 or more).",
                messages_language(),
                value=text,
            )
        )
    return days


def run_prune(args: argparse.Namespace) -> int:
    from clusterdesk.io.server.address import parse_address
    from clusterdesk.io.server.log_pruning import prune

    address = parse_address(args.address)
    result = prune(address, args.older_than)
    language = messages_language()
    print(
        tr(
            "cli:server_prune:done",
            "Project {project}: changes removed from the change log: {removed}; changes kept: {kept}.",
            language,
            project=address.project,
            removed=result.removed,
            kept=result.kept,
        )
    )
    if result.pruned_through:
        print(
            tr(
                "cli:server_prune:checkout_again",
                "Copies last synchronised before change {through} must be checked out again.",
                language,
                through=result.pruned_through,
            )
        )
    return 0
