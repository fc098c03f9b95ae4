"""`clusterdesk import-stakeholders` and `export-stakeholders`: exit codes, messages, files written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from stakeholder_files import SPANISH_ROWS, write_text_table

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from conftest import assert_valid_project

BAD_ROWS = [*SPANISH_ROWS, ["Mala", "Banco", "95", "10", "-3", "", "no-mail"]]


def _count(path) -> int:
    project = Project.open(path)
    try:
        return project.counts()["stakeholders"]
    finally:
        project.close()


def test_clean_import_reports_and_saves(tmp_path, new_project, capsys):
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS, encoding="cp1252")
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 0
    out = capsys.readouterr().out
    assert "encoding Windows-1252 (Western European), semicolon-separated, header in row 1" in out
    assert "Razón social → name" in out
    assert "Rows: 3 read, 3 valid, 0 with problems" in out
    assert "Imported 3 stakeholders" in out
    assert _count(new_project.path) == 3
    assert_valid_project(new_project.path)


def test_invalid_rows_write_nothing_and_exit_2(tmp_path, new_project, capsys):
    source = write_text_table(tmp_path / "talleres.csv", BAD_ROWS)
    before = new_project.path.read_bytes()
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "row 5, column 'Latitud', value '95': latitude must be between -90 and 90" in err
    assert "row 5, column 'Empleados', value '-3': must not be negative" in err
    assert "row 5, column 'Correo electrónico', value 'no-mail': not an e-mail address" in err
    assert "Nothing was imported" in err
    assert new_project.path.read_bytes() == before
    assert not (tmp_path / "talleres.rejected.csv").exists()


def test_skip_invalid_imports_valid_rows_and_writes_rejected_file(tmp_path, new_project, capsys):
    source = write_text_table(tmp_path / "talleres.csv", BAD_ROWS)
    args = ["import-stakeholders", str(new_project.path), str(source), "--skip-invalid", "--kind", "supplier"]
    assert main(args) == 0
    out = capsys.readouterr().out
    rejected = tmp_path / "talleres.rejected.csv"
    assert f"written to {rejected}" in out
    text = rejected.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "row;problems;" + ";".join(SPANISH_ROWS[0])
    assert text.splitlines()[1].startswith("5;")
    assert "Empleados: must not be negative" in text
    assert _count(new_project.path) == 3
    project = Project.open(new_project.path)
    try:  # the empty Tipo cell of row 4 took --kind
        kinds = [k for (k,) in project.connection.execute("SELECT kind FROM stakeholders ORDER BY fid")]
    finally:
        project.close()
    assert kinds == ["enterprise", "supplier", "supplier"]


def test_map_option_and_mapping_errors(tmp_path, new_project, capsys):
    rows = [["Firma", "Coordenada N", "Coordenada E"], ["Textiles Imbabura", "0.33", "-78.22"]]
    source = write_text_table(tmp_path / "firms.csv", rows, delimiter=",")
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    assert "No column holds the stakeholder names" in capsys.readouterr().err
    args = ["import-stakeholders", str(new_project.path), str(source), "--map", "Firma=name",
            "--map", "Coordenada N=lat", "--map", "Coordenada E=lon"]  # fmt: skip
    assert main(args) == 0
    assert "Coordenada N → lat" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("garbage.csv", bytes(range(256)) * 20, "binary data"),
        ("corrupt.xlsx", b"PK\x03\x04 not really a zip", "not an Excel workbook"),
        ("firms.odt", b"x", "cannot be imported"),
        ("broken.geojson", b'{"type": "FeatureCollection", "features": [', "cannot be read as GeoJSON"),
    ],
)
def test_bad_files_give_a_message_not_a_traceback(tmp_path, new_project, capsys, name, content, message):
    source = tmp_path / name
    source.write_bytes(content)
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_missing_files(tmp_path, new_project, capsys):
    assert main(["import-stakeholders", str(new_project.path), str(tmp_path / "nada.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS)
    assert main(["import-stakeholders", str(tmp_path / "missing.gpkg"), str(source)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_export_command(tmp_path, new_project, capsys):
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS)
    main(["import-stakeholders", str(new_project.path), str(source)])
    out = tmp_path / "firms.geojson"
    assert main(["export-stakeholders", str(new_project.path), str(out)]) == 0
    assert "Exported 3 stakeholders" in capsys.readouterr().out
    assert out.exists()
    assert main(["export-stakeholders", str(new_project.path), str(tmp_path / "firms.doc")]) == 2
    assert "firms.doc: the export file must end in .csv" in capsys.readouterr().err


def test_console_script_without_traceback(tmp_path, new_project):
    garbage = tmp_path / "firms.xlsx"
    garbage.write_bytes(b"\x00" * 64)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "clusterdesk.cli.main",
            "import-stakeholders",
            str(new_project.path),
            str(garbage),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "firms.xlsx is not an Excel workbook" in result.stderr


def test_read_only_project_is_refused_before_reading(tmp_path, new_project, capsys):
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS)
    new_project.path.chmod(0o444)
    try:
        assert main(["import-stakeholders", str(new_project.path), str(source)]) == 1
    finally:
        new_project.path.chmod(0o644)
    assert "is read-only" in capsys.readouterr().err
