"""The `clusterdesk` command. Each group of subcommands lives in its own module with a
`register(subparsers)` function; this module only assembles them and turns user errors into messages."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from clusterdesk import __version__
from clusterdesk.cli.argparse_texts import install_argparse_texts
from clusterdesk.core.catalogue import language_from_environment, messages_language, set_messages_language, tr
from clusterdesk.core.errors import ClusterDeskError

# Modules under clusterdesk.cli that add subcommands, in the order they appear in --help.
COMMAND_MODULES = [
    "project_commands",
    "repair_commands",
    "stakeholder_commands",
    "report_commands",
    "render_commands",
    "gui_commands",
    "qgis_commands",
    "plan_commands",
    "capacity_commands",
    "results_commands",
    "network_commands",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INVALID_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clusterdesk",
        description=tr(
            "cli:description",
            "ClusterDesk: maps, registry and action plans for cluster development initiatives.",
            messages_language(),
        ),
    )
    parser.add_argument("--version", action="version", version=f"ClusterDesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"clusterdesk.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Messages (errors, refusals) speak the language of the environment, as command-line tools do;
    # what a command prints about a project follows the project's language
    set_messages_language(language_from_environment())
    install_argparse_texts(messages_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if "gui" in parser._subparsers._group_actions[0].choices:  # no arguments: open the window
            args = parser.parse_args(["gui"])
        else:
            parser.print_help()
            return EXIT_OK
    try:
        code = args.handler(args) or EXIT_OK
        sys.stdout.flush()  # a closed pipe shows here, while it can still be handled
        return code
    except BrokenPipeError:
        # The reader stopped early (`clusterdesk info x.gpkg | head -3`): like other Unix tools, end quietly.
        # Output still buffered would fail again when the interpreter flushes stdout at exit, so point
        # stdout at the null device first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except ClusterDeskError as error:
        print(f"clusterdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        interrupted = tr("cli:interrupted", "interrupted; nothing was saved.", messages_language())
        print(f"clusterdesk: {interrupted}", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
