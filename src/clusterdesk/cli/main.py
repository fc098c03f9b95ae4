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

# Modules under clusterdesk.cli that add subcommands, in the order they appear in --help, with the
# commands each adds: a command line loads only the module of its command, so that a command does not
# pay for importing what the others need (tests/test_cli_polish.py checks the names against the modules).
COMMAND_MODULES = {
    "project_commands": ("new", "info", "validate"),
    "repair_commands": ("repair",),
    "stakeholder_commands": ("import-stakeholders", "export-stakeholders"),
    "report_commands": ("webmap", "report"),
    "render_commands": ("render-map",),
    "gui_commands": ("gui",),
    "qgis_commands": ("qgis", "qgis-plugin"),
    "plan_commands": ("plan",),
    "capacity_commands": ("capacity",),
    "results_commands": ("results",),
    "network_commands": ("network",),
    "survey_commands": ("survey",),
    "check_commands": ("check",),
    "story_commands": ("brief", "story"),
    "selection_commands": ("selection",),
    "server_commands": ("server",),
}


EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INVALID_INPUT = 2


def module_of(command: str | None) -> str | None:
    """The module that adds `command`, or None for an unknown or missing command."""
    return next((module for module, names in COMMAND_MODULES.items() if command in names), None)


def requested_command(argv: list[str]) -> str | None:
    """The command a command line asks for: its first argument that is not an option."""
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(command: str | None = None, commands: bool = True) -> argparse.ArgumentParser:
    """The parser of every command, or only of `command` when it is known (the rest is not imported), or of
    none with `commands` False (for --version)."""
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
    only = module_of(command)
    for name in ([only] if only else list(COMMAND_MODULES)) if commands else []:
        importlib.import_module(f"clusterdesk.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Messages (errors, refusals) speak the language of the environment, as command-line tools do;
    # what a command prints about a project follows the project's language
    set_messages_language(language_from_environment())
    install_argparse_texts(messages_language())
    arguments = sys.argv[1:] if argv is None else list(argv)
    command = requested_command(arguments) or ("gui" if not arguments else None)
    parser = build_parser(command, commands=arguments != ["--version"])
    args = parser.parse_args(arguments)
    if args.command is None:
        if "gui" in parser._subparsers._group_actions[0].choices and not arguments:  # open the window
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
