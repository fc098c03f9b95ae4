"""The command line speaks the environment's language: refusals, results, report lines and help of its
commands (argparse's own words such as "usage:" come from Python and may stay English); with LANG=C it
prints exactly the English texts."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import REPO, english_words

# What stays as typed: options, command names, field codes of --map, file and table names, argparse's words,
# and the words of an exception raised by GDAL's validator
KEPT = re.compile(
    r"\(\w+Error: [^)]*\)|--?[a-z][a-z-]*|clusterdesk[: ][a-z-]*|\S*\.(?:gpkg|csv|bak)\b|\.[a-z]{2,7}\b|"
    r"\b[a-z]+_[a-z_]+\b|\b(?:name|kind|lat|lon|employees|custom|ignore|relations|stakeholders|results|surveys|path|file|"
    r"usage|positional arguments|options|show this help message and exit|"
    r"SQLite|GDAL|NULL|fid|rtree\S*)\b|\b[A-Z][A-Z_]+\b"  # metavars
)
KINDS = ("enterprise", "supplier", "buyer", "ngo_other")


def run(*args: str, cwd, lang: str = "ru_RU.UTF-8") -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(LANG=lang, PYTHONPATH=str(REPO / "src"), COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", *args],
        cwd=cwd, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def assert_russian(text: str, *names) -> None:
    for name in names:
        text = text.replace(str(name), " ")
    text = KEPT.sub(" ", text)
    for kind in KINDS:
        text = text.replace(kind, " ")
    assert re.search("[а-яё]{4}", text), text
    assert english_words(text) == [], text


@pytest.fixture
def project(tmp_path):
    done = run("new", "atuntaqui", "--name", "Atuntaqui", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Создан ") and "к имени добавлено .gpkg" in done.stdout
    assert_russian(done.stdout, tmp_path)
    return tmp_path / "atuntaqui.gpkg"


def test_refusal_new_and_info_in_russian(project, tmp_path):
    refused = run("new", "plan.txt", "--name", "X", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "plan.txt", "plan.gpkg")
    refused = run("new", "x.gpkg", "--name", "X", "--country", "Ecuador", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "'Ecuador'", "ISO")
    info = run("info", str(project), cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "формат проекта" in info.stdout
    from clusterdesk.core.schema import SCHEMA_VERSION, tables_of_version

    # the counts are listed by table name, an identifier of the file (QGIS shows the same names)
    assert_russian(
        info.stdout, project, "Atuntaqui", *sorted(tables_of_version(SCHEMA_VERSION), key=len, reverse=True)
    )


def test_validate_and_repair_in_russian(project, tmp_path):
    valid = run("validate", str(project), cwd=tmp_path)
    assert valid.returncode == 0
    assert valid.stdout.strip().splitlines()[-1] == f"{project}: ошибок нет"
    assert_russian(valid.stdout, project, "GeoPackage")

    connection = sqlite3.connect(project)
    connection.execute("DROP TABLE relations")
    connection.execute("DELETE FROM project_info")
    connection.commit()
    connection.close()
    damaged = run("validate", str(project), cwd=tmp_path)
    assert damaged.returncode == 1
    assert "ошибка:" in damaged.stdout and "ошибок:" in damaged.stdout
    assert_russian(damaged.stdout, project, "GeoPackage", "pip install --no-deps gdal-utils")

    repaired = run("repair", str(project), cwd=tmp_path)
    assert repaired.returncode == 0, repaired.stderr
    assert "создана недостающая таблица relations" in repaired.stdout
    assert_russian(repaired.stdout, project, tmp_path / "atuntaqui-repaired.gpkg", "atuntaqui")


def test_import_with_a_title_and_a_bad_row_in_russian(project, tmp_path):
    source = tmp_path / "firms.csv"
    source.write_text(
        "Stakeholders of the cluster\n\nname;kind;lat;lon;employees\n"
        "Tejidos Ana;enterprise;0.33;-78.22;12\nBad;enterprise;95;-78.2;x\n",
        encoding="utf-8",
    )
    refused = run("import-stakeholders", str(project), str(source), cwd=tmp_path)
    assert refused.returncode == 2
    assert "заголовки найдены в строке 3 (строки выше пропущены)" in refused.stdout
    assert_russian(refused.stdout, source, "UTF-8")
    assert_russian(refused.stderr, "'95'", "'x'")
    imported = run("import-stakeholders", str(project), str(source), "--skip-invalid", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert f"Импортирован 1 участник в {project}" in imported.stdout
    assert_russian(imported.stdout, source, project, "UTF-8")


def test_help_of_a_command_in_russian(tmp_path):
    for command in ("import-stakeholders", "repair", "new"):
        shown = run(command, "--help", cwd=tmp_path)
        assert shown.returncode == 0
        words = shown.stdout.split("\n\n", 1)[1]  # the usage lines list the options
        assert_russian(words, "ISO", "QGIS")


def test_english_stays_exactly_english(tmp_path):
    done = run("new", "atuntaqui", "--name", "Atuntaqui", cwd=tmp_path, lang="C")
    assert done.stdout == f"Created {tmp_path / 'atuntaqui.gpkg'} (.gpkg added to the name)\n"
    valid = run("validate", "atuntaqui.gpkg", cwd=tmp_path, lang="C")
    assert valid.stdout.splitlines()[-1] == "atuntaqui.gpkg: valid"
    shown = run("repair", "--help", cwd=tmp_path, lang="C")
    assert "write a repaired copy" not in shown.stdout  # the command's own help shows the description
    assert "Rebuild what another program removed or broke in a project" in shown.stdout
    shutil.rmtree(tmp_path)
