"""`clusterdesk new`, `info`, `validate` and `--version`: output, exit codes, and a plain message (never a
traceback) for a missing file, a file that is not a project, a damaged file and bad arguments."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk import __version__
from clusterdesk.cli.main import main
from clusterdesk.core import edits, schema
from clusterdesk.core.project import Project
from conftest import REPO, TEST_DATA, assert_valid_project


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_cli_process(*argv: str) -> subprocess.CompletedProcess:
    """The installed console script, as a user runs it."""
    script = Path(sys.executable).with_name("clusterdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clusterdesk.cli.main"]
    return subprocess.run([*command, *map(str, argv)], capture_output=True, text=True, timeout=120)


@pytest.fixture
def project_with_firms(tmp_path) -> Path:
    path = tmp_path / "atuntaqui.gpkg"
    with Project.new(path, "Atuntaqui garments", country="EC", sector_code="1430") as project:
        project.stack.push(
            edits.AddStakeholders(
                [
                    {"name": "Confecciones Lucía", "lon": -78.2231, "lat": 0.3325, "employees": 42},
                    {"name": "Hilos del Norte", "kind": "supplier", "lon": -78.1312, "lat": 0.3512},
                    {"name": "Comercial Otavalo", "kind": "buyer"},  # a travelling trader: no location
                ]
            )
        )
        project.save()
    return path


def damaged_copy(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # overwrite the second page with junk
    broken = path.with_name("damaged.gpkg")
    broken.write_bytes(bytes(data))
    return broken


def test_version_from_the_console_script():
    result = run_cli_process("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ClusterDesk {__version__}"


def test_new_creates_a_valid_project(tmp_path, capsys):
    path = tmp_path / "ambato.gpkg"
    code, out, err = run_cli(
        capsys, "new", path, "--name", "Ambato footwear", "--country", "ec", "--sector", "1520"
    )
    assert (code, err) == (0, "")
    assert out.strip() == f"Created {path}"
    assert_valid_project(path)
    with Project.open(path) as project:
        info = project.info()
        assert (info.cluster_name, info.country, info.sector_code) == ("Ambato footwear", "EC", "1520")
        assert not project.is_dirty


def test_new_in_the_projects_language(tmp_path, capsys):
    path = tmp_path / "samara.gpkg"
    code, _out, err = run_cli(capsys, "new", path, "--name", "Самарский кластер", "--language", "ru")
    assert (code, err) == (0, "")
    assert_valid_project(path)
    with Project.open(path) as project:
        assert project.info().language == "ru"
        styles = "".join(row[0] for row in project.connection.execute("SELECT styleQML FROM layer_styles"))
        assert "Предприятие" in styles  # the QGIS legend speaks the project's language from the start


def test_new_refuses_to_overwrite(project_with_firms, capsys):
    before = project_with_firms.read_bytes()
    code, _out, err = run_cli(capsys, "new", project_with_firms, "--name", "Other")
    assert code == 1
    assert "already exists" in err and project_with_firms.name in err
    assert project_with_firms.read_bytes() == before


@pytest.mark.parametrize("country", ["Ecuador", "E1", "ÉC", "ECU"])
def test_new_refuses_a_bad_country(tmp_path, capsys, country):
    path = tmp_path / "x.gpkg"
    code, _out, err = run_cli(capsys, "new", path, "--name", "X", "--country", country)
    assert code == 2
    assert "--country" in err and repr(country) in err and "two-letter" in err
    assert not path.exists()


def test_new_refuses_a_bad_sector_and_an_empty_name(tmp_path, capsys):
    path = tmp_path / "x.gpkg"
    code, _out, err = run_cli(capsys, "new", path, "--name", "X", "--sector", "14100")
    assert code == 2 and "--sector" in err and "'14100'" in err
    code, _out, err = run_cli(capsys, "new", path, "--name", "  ")
    assert code == 2 and "--name" in err
    assert not path.exists()


def test_new_in_a_missing_folder_says_so(tmp_path, capsys):
    code, _out, err = run_cli(capsys, "new", tmp_path / "nowhere" / "x.gpkg", "--name", "X")
    assert code == 1
    assert "folder" in err and "does not exist" in err


def test_info_text(project_with_firms, capsys):
    code, out, err = run_cli(capsys, "info", project_with_firms)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Atuntaqui garments  ({project_with_firms})"
    assert "country EC, sector 1430, phase 1" in out
    assert f"project format {schema.SCHEMA_VERSION}" in out and "upgrades" not in out
    extent_line = next(line for line in lines if line.startswith("  extent: "))
    numbers = [float(word.strip(",")) for word in extent_line.split() if word[0] in "-0123456789"]
    # The spatial index keeps 32-bit floats rounded outwards, hence the tolerance
    assert numbers == pytest.approx([-78.2231, -78.1312, 0.3325, 0.3512], abs=1e-4)
    table_rows = [line.split() for line in lines if line.startswith("  ")]
    counts = {row[0]: int(row[1]) for row in table_rows if len(row) == 2 and row[1].isdigit()}
    assert counts["stakeholders"] == 3
    assert counts["relations"] == 0


def test_info_json(project_with_firms, capsys):
    code, out, _err = run_cli(capsys, "info", project_with_firms, "--json")
    assert code == 0
    facts = json.loads(out)
    assert facts["cluster_name"] == "Atuntaqui garments"
    assert facts["schema_version"] == facts["current_schema_version"] == schema.SCHEMA_VERSION
    assert facts["counts"]["stakeholders"] == 3
    assert facts["counts"]["project_info"] == 1
    assert "layer_styles" not in facts["counts"]
    assert facts["extent"] == pytest.approx([-78.2231, 0.3325, -78.1312, 0.3512], abs=1e-4)


def test_info_on_an_old_file_reports_its_version_and_leaves_it_alone(tmp_path, capsys):
    old = tmp_path / "old.gpkg"
    shutil.copyfile(TEST_DATA / "project_v1.gpkg", old)
    before = old.read_bytes()
    code, out, _err = run_cli(capsys, "info", old, "--json")
    assert code == 0
    assert json.loads(out)["schema_version"] == 1
    code, out, _err = run_cli(capsys, "info", old)
    assert f"project format 1 (saving upgrades it to {schema.SCHEMA_VERSION})" in out
    assert old.read_bytes() == before


def test_validate_a_good_file(project_with_firms, capsys):
    code, out, _err = run_cli(capsys, "validate", project_with_firms)
    assert code == 0
    assert out.splitlines()[-1] == f"{project_with_firms}: valid"
    assert "error" not in out and "not installed" not in out


def test_validate_finds_an_unregistered_table(project_with_firms, capsys):
    connection = sqlite3.connect(project_with_firms)
    connection.execute("CREATE TABLE field_notes (fid INTEGER PRIMARY KEY, note TEXT)")
    connection.commit()
    connection.close()
    code, out, _err = run_cli(capsys, "validate", project_with_firms)
    assert code == 1
    assert "field_notes is not registered in gpkg_contents" in out
    assert out.splitlines()[-1].endswith("error(s)")


@pytest.mark.parametrize("command", ["info", "validate"])
def test_missing_file(tmp_path, capsys, command):
    code, out, err = run_cli(capsys, command, tmp_path / "missing.gpkg")
    assert code == 1
    assert "missing.gpkg does not exist" in err
    assert out == ""


def test_files_that_are_not_projects(tmp_path, capsys):
    text = tmp_path / "firms.csv"
    text.write_text("name;lat;lon\nConfecciones Lucía;0.33;-78.22\n", encoding="utf-8")
    plain = tmp_path / "other.sqlite"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE t (a)")
    connection.commit()
    connection.close()
    code, _out, err = run_cli(capsys, "info", text)
    assert code == 1 and "firms.csv is not a ClusterDesk project" in err and "Import stakeholders" in err
    code, _out, err = run_cli(capsys, "info", plain)
    assert code == 1 and "other.sqlite is a GeoPackage or SQLite file but not a ClusterDesk project" in err
    code, _out, err = run_cli(capsys, "validate", text)
    assert code == 1 and "firms.csv is not a GeoPackage (SQLite) file" in err
    code, _out, err = run_cli(capsys, "validate", plain)
    assert code == 1 and "other.sqlite is a GeoPackage or SQLite file but not a ClusterDesk project" in err
    assert text.read_text(encoding="utf-8").startswith("name;lat;lon")


def test_a_folder_is_not_a_project(tmp_path, capsys):
    folder = tmp_path / "looks_like.gpkg"
    folder.mkdir()
    for command in ("info", "validate"):
        code, _out, err = run_cli(capsys, command, folder)
        assert code == 1 and "is a folder" in err


def test_damaged_file_gives_a_message_not_a_traceback(project_with_firms):
    broken = damaged_copy(project_with_firms)
    before = broken.read_bytes()
    for command in ("info", "validate"):
        result = run_cli_process(command, broken)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        output = result.stdout + result.stderr
        assert "Traceback" not in output, output
        assert "damaged" in output, output
    assert broken.read_bytes() == before  # never modified
    truncated = project_with_firms.with_name("truncated.gpkg")
    truncated.write_bytes(project_with_firms.read_bytes()[:3000])
    result = run_cli_process("info", truncated)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "truncated.gpkg is damaged" in result.stderr


def test_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# Every command that reads a project, with the arguments it needs besides the project path
PROJECT_COMMANDS = {
    "info": [],
    "import-stakeholders": ["{table}"],
    "export-stakeholders": ["{out}.csv"],
    "webmap": ["-o", "{out}.html"],
    "report": ["-o", "{out}.pdf"],
    "render-map": ["-o", "{out}.png"],
    "plan export": ["{out}.xml"],
    "plan import": ["{table}"],
    "plan schedule": [],
}


@pytest.mark.parametrize("command", sorted(PROJECT_COMMANDS))
def test_every_project_command_refuses_a_damaged_file_with_a_message(project_with_firms, capsys, command):
    from clusterdesk.cli.main import build_parser

    words = command.split()
    if words[0] not in build_parser()._subparsers._group_actions[0].choices:
        pytest.skip(f"there is no {words[0]} command")
    broken = damaged_copy(project_with_firms)
    before = broken.read_bytes()
    table = broken.with_name("firms.csv")
    table.write_text("name,latitude,longitude\nConfecciones Lucía,0.33,-78.22\n", encoding="utf-8")
    out = broken.with_name("output")
    extra = [a.format(table=table, out=out) for a in PROJECT_COMMANDS[command]]
    # An exception other than a user error would propagate here and fail the test with its traceback
    code, _out, err = run_cli(capsys, *words, broken, *extra)
    assert code == 1
    # The message names the file at fault: the damaged project, or the input when it is checked first
    assert err.startswith("clusterdesk: ")
    assert "damaged.gpkg is damaged" in err or "firms.csv" in err, err
    assert broken.read_bytes() == before
    assert not list(broken.parent.glob("output*")), "a command wrote output from a damaged project"


def _readme_command_lines() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [line.split("#")[0].strip() for line in text.splitlines()]
    inline = [part.strip() for part in text.split("`") if part.startswith("clusterdesk ")]
    return [line for line in lines + inline if line.startswith("clusterdesk ")]


def test_readme_shows_only_real_commands_and_options():
    from clusterdesk.cli.main import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    lines = _readme_command_lines()
    assert len(lines) >= 8
    for line in lines:
        words = line.split()[1:]
        if words[0].isupper():  # a placeholder such as COMMAND
            continue
        if words[0].startswith("-"):
            assert words[0] in ("--version", "--help"), line
            continue
        for name in words[0].split("|"):
            assert name in commands, f"README shows `clusterdesk {name}`, which does not exist"
            options = commands[name]._option_string_actions
            for word in words[1:]:
                option = word.strip("[]").split("=")[0]
                if option.startswith("--") and not commands[name]._subparsers:
                    assert option in options, f"README shows {option} for `clusterdesk {name}`"
