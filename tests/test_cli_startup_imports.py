"""`clusterdesk --help`, `--version` and the help of every command and subcommand start without loading
the database layer, the data libraries, ReportLab or Qt: they are imported by the command that runs.

Structural, not timed: a fresh interpreter builds the parsers and prints every help, then lists which of
the heavy packages it imported."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

HEAVY = ("sqlalchemy", "pandas", "geopandas", "PySide6", "reportlab", "numpy", "shapely", "pyogrio",
         "openpyxl", "scipy", "networkx", "folium")  # fmt: skip

# Prints the help of the top level and of every command and subcommand, as `clusterdesk … --help` does,
# then the heavy packages loaded and the names of the commands whose help was printed.
_HELP_OF_EVERY_COMMAND = textwrap.dedent(
    """
    import argparse, contextlib, io, json, sys
    from clusterdesk.cli.main import COMMAND_MODULES, main

    def helps(words):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            main([*words, "--help"])
        return out.getvalue()

    printed = {"": helps([])}
    for names in COMMAND_MODULES.values():
        for name in names:
            printed[name] = helps([name])
    # subcommands (plan export, capacity template, ...)
    from clusterdesk.cli.main import build_parser
    for name in [n for names in COMMAND_MODULES.values() for n in names]:
        parser = build_parser(name)
        command = parser._subparsers._group_actions[0].choices[name]
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices:
                    printed[f"{name} {sub}"] = helps([name, sub])
    heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1].split(",")))
    print(json.dumps({"heavy": heavy, "printed": {k: len(v) for k, v in printed.items()}}))
    """
)


def _run(script: str, *arguments: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_help_of_every_command_loads_no_heavy_package():
    found = _run(_HELP_OF_EVERY_COMMAND, ",".join(HEAVY))
    printed = found["printed"]
    # the helps were really printed: every command, and the subcommands of the command groups
    assert printed[""] > 500 and all(size > 100 for size in printed.values()), printed
    for command in ("report", "render-map", "import-stakeholders", "capacity", "plan", "network", "info"):
        assert command in printed
    for subcommand in ("plan export", "plan import", "capacity template", "results status", "network export"):
        assert subcommand in printed, sorted(printed)
    assert found["heavy"] == []


@pytest.mark.parametrize("words", [["--version"], ["--help"]])
def test_version_and_help_as_whole_processes_load_no_heavy_package(words):
    """The interpreter the `clusterdesk` script runs, from the start: -X importtime lists every module
    imported, including any a site hook or the package's own __init__ would load."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "clusterdesk.cli.main", *words],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ClusterDesk" in done.stdout
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "clusterdesk" in imported  # the import list is really there
    assert imported.isdisjoint(HEAVY), sorted(imported & set(HEAVY))
