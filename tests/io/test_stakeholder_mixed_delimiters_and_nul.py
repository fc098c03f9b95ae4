"""Lines written with another delimiter than the rest of the file, and NUL characters in cells: named row
by row, never a whole line read into the name, never a zero byte stored."""

from __future__ import annotations

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.stakeholder_import import build_import_plan

SEMICOLONS = [
    "Encuesta de empresas, Imbabura",  # a title with a comma, above the header
    "Razón social;Tipo;Latitud;Longitud;Notas",
    "Textiles Imbabura, S.A.;empresa;0,3345;-78,2201;tejidos, confección",
    "Hilados del Norte,proveedor,0.3512,-78.1302,",
    "Confecciones, Anita y Cía",  # only a name, the other cells not written
    '"Bordados, tejidos,\nconfección, ropa";;;;',  # a name over two lines with commas in it
    "Modas, Tejidos y Confección, Cía.;;;;",  # a name with commas and nothing else
    '"Bordados Otavalo, S.A.",empresa,0.23,-78.26,',
    "Modas Imbabura;empresa;0,35;-78,13;",
    "Tejidos San Roque;empresa;0,31;-78,21;",
]


def _write(path, lines: list[str]):
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_lines_with_another_delimiter_are_problems_naming_the_row(tmp_path):
    plan = build_import_plan(_write(tmp_path / "talleres.csv", SEMICOLONS))
    assert plan.delimiter == "semicolon"
    assert plan.checked.values["name"] == [
        "Textiles Imbabura, S.A.",
        "Confecciones, Anita y Cía",
        "Bordados, tejidos,\nconfección, ropa",
        "Modas, Tejidos y Confección, Cía.",
        "Modas Imbabura",
        "Tejidos San Roque",
    ]
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Razón social"), (8, "Razón social")]
    assert plan.problems[0].value == "Hilados del Norte,proveedor,0.3512,-78.1302,"
    assert plan.problems[0].reason.startswith(
        "this line is separated by commas while the file uses semicolons, so all of it would land in one cell"
    )


def test_the_cli_lists_them_and_imports_nothing(tmp_path, new_project, capsys):
    source = _write(tmp_path / "talleres.csv", SEMICOLONS)
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 2
    err = capsys.readouterr().err
    assert "row 4, column 'Razón social'" in err and "separated by commas" in err
    assert "row 8, column 'Razón social'" in err
    with Project.open(new_project.path) as project:
        assert project.counts()["stakeholders"] == 0


def test_a_header_with_another_delimiter_than_the_rows_is_refused(tmp_path):
    lines = [
        "Razón social,Tipo,Latitud,Longitud,Notas",
        *[line for line in SEMICOLONS[2:] if ";" in line] * 2,
    ]
    with pytest.raises(ImportFileError, match=r"talleres.csv, row 1 \(the column names\): this line is "):
        build_import_plan(_write(tmp_path / "talleres.csv", lines))


def test_nul_characters_are_removed_and_the_cells_named(tmp_path, new_project):
    source = tmp_path / "talleres.csv"
    source.write_bytes(
        b"Raz\xc3\xb3n social;Tipo;Notas\r\n"
        b"Textiles\x00 Imbabura;empresa;tejidos\x00\x00\r\n"
        b"Hilados del Norte;proveedor;hilos\r\n"
    )
    plan = build_import_plan(source, new_project)
    assert plan.checked.values["name"] == ["Textiles Imbabura", "Hilados del Norte"]
    assert plan.checked.values["notes"] == ["tejidos", "hilos"]
    assert (
        "NUL characters (zero bytes) removed from column 'Razón social' in row 2; the file may be damaged: "
        "check those cells"
    ) in plan.notes
    assert any("column 'Notas' in row 2" in note for note in plan.notes)
    new_project.stack.push(plan.command())
    stored = new_project.connection.execute(
        "SELECT count(*) FROM stakeholders WHERE instr(name, char(0)) OR instr(notes, char(0))"
    ).fetchone()[0]
    assert stored == 0


def test_nul_characters_in_a_header_are_removed(tmp_path):
    source = tmp_path / "talleres.csv"
    source.write_bytes(b"Na\x00me;Kind\r\nTextiles Imbabura;enterprise\r\n")
    plan = build_import_plan(source)
    assert plan.mapping == {"Name": "name", "Kind": "kind"}
    assert "NUL characters (zero bytes) removed from the column names" in plan.notes
