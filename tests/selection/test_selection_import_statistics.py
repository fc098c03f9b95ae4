"""Official statistics imported from CSV and XLSX: Spanish, French and Russian numbers, codes of another
classification through a mapping table, every bad row named, nothing written on refusal, one undoable step."""

from __future__ import annotations

import openpyxl
import pytest

from clusterdesk.core import selection_edits
from clusterdesk.core.project import Project
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.selection_numbers import parse_number
from clusterdesk.io.selection_statistics import read_mapping, read_statistics, statistics_import_command


@pytest.fixture
def project():
    project = Project.new(None, "Mapa nacional", phase=1, language="es")
    project.stack.push(selection_edits.create_study(project, "Mapeo 2020", measure="employment"))
    yield project
    project.close()


def _with_areas(project: Project, *codes: str) -> Project:
    rows = [{"code": code, "name": f"Provincia {code}"} for code in codes]
    project.stack.push(selection_edits.import_rows(project, {"selection_areas": rows}, "Areas"))
    return project


def _stored(project: Project) -> dict:
    rows = project.connection.execute(
        "SELECT area_code, sector_code, year, measure, value FROM selection_statistics"
    )
    return {(a, s, y, m): v for a, s, y, m, v in rows}


def _dump(project: Project) -> list:
    return project.connection.execute("SELECT * FROM selection_statistics ORDER BY fid").fetchall()


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [("1.234,5", None, 1234.5), ("1 234,5", None, 1234.5), ("1\u202f234,5", None, 1234.5),
     ("1\u00a0234", None, 1234.0), ("1,234.5", None, 1234.5), ("12,5", None, 12.5), ("1.234", ",", 1234.0),
     ("1.234", ".", 1.234), ("1,234", ".", 1234.0), ("1.234.567", None, 1234567.0), ("1.234", None, 1234.0)],
)  # fmt: skip
def test_numbers_as_statistical_offices_write_them(text, mark, value):
    assert parse_number(text, mark) == pytest.approx(value)


def test_a_spanish_csv_with_thousands_dots_and_decimal_commas(tmp_path, project):
    _with_areas(project, "10", "18")
    path = tmp_path / "empleo.csv"
    path.write_text(
        "Código de área;CIIU;Año;Valor;Fuente\n"
        "10;14;2020;1.234,5;INEC Censo\n"
        "10;C1410;2015;900;INEC Censo\n"
        "10;TOTAL;2020;20.000;\n"
        "18;15;2020;1 500;\n"
        "18;01;2020;..;\n",
        encoding="utf-8",
    )
    read = read_statistics(path, project)
    project.stack.push(statistics_import_command(project, read))
    assert _stored(project) == {
        ("10", "14", 2020, "employment"): 1234.5,
        ("10", "1410", 2015, "employment"): 900.0,
        ("10", "TOTAL", 2020, "employment"): 20000.0,
        ("18", "15", 2020, "employment"): 1500.0,
    }
    notes = " | ".join(read.notes)
    assert "decimal comma" in notes and "1 row without a figure" in notes and "employment" in notes
    source = project.connection.execute(
        "SELECT source FROM selection_statistics WHERE value = 900"
    ).fetchone()
    assert source == ("INEC Censo",)


def test_a_french_workbook_with_a_measure_column_and_a_chosen_sheet(tmp_path, project):
    path = tmp_path / "emploi.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    sheet = workbook.create_sheet("Données")
    sheet.append(["Zone", "Secteur", "Année", "Mesure", "Valeur"])
    sheet.append(["75", 14, 2021, "emploi", "12\u202f500,5"])
    sheet.append(["75", 14, 2021, "entreprises", 340])
    sheet.append(["69", "1520", 2021, "valeur ajoutée", 1250.25])
    workbook.save(path)
    read = read_statistics(path, project, sheet="Données")
    assert sorted((r["measure"], r["value"]) for r in read.rows) == [
        ("employment", 12500.5), ("firms", 340.0), ("value_added", 1250.25)
    ]  # fmt: skip


def test_every_bad_row_is_named_by_row_and_column_and_nothing_is_written(tmp_path, project):
    _with_areas(project, "10", "18")
    before = _dump(project)
    path = tmp_path / "malas.csv"
    path.write_text(
        "area_code,sector,year,value\n"
        "10,14,2020,100\n"
        "99,14,2020,100\n"
        "10,9999,2020,5\n"
        "18,15,20x0,5\n"
        "18,15,2020,-3\n"
        "18,10,2020,muchos\n"
        "10,14,2020,7\n",
        encoding="utf-8",
    )
    with pytest.raises(CellProblemsError) as refused:
        read_statistics(path, project)
    message = str(refused.value)
    assert "malas.csv: 6 problems, nothing was imported" in message
    assert "row 3, area_code: no area of the study has the code 99" in message
    assert "import the areas that hold it first" in message
    assert "row 4, sector: '9999' is not an ISIC Rev.4 division or class" in message
    assert "row 5, year: '20x0' is not a year" in message
    assert "row 6, value: '-3' is negative" in message
    assert "row 7, value: 'muchos' is not a number" in message
    assert "row 8, sector: the same area, sector, year and measure as row 2" in message
    assert _dump(project) == before


def test_unknown_area_codes_pass_while_the_study_has_no_areas(tmp_path, project):
    path = tmp_path / "antes.csv"
    path.write_text("area,sector,year,value\n99,14,2020,100\n", encoding="utf-8")
    assert read_statistics(path, project).rows[0]["area_code"] == "99"


def test_other_classifications_go_through_a_mapping_table_and_are_summed(tmp_path, project):
    mapping = tmp_path / "ciiu3_a_ciiu4.csv"
    mapping.write_text("ciiu3,isic4\n1810,1410\n1820,1420\n1920,1520\n", encoding="utf-8")
    path = tmp_path / "nacional.csv"
    path.write_text(
        "area,sector,year,value\nP1,1810,2020,100\nP1,1820,2020,30\nP1,1920,2020,7\nP1,TOTAL,2020,900\n",
        encoding="utf-8",
    )
    codes = read_mapping(mapping)
    assert codes == {"1810": "1410", "1820": "1420", "1920": "1520"}
    read = read_statistics(path, project, mapping=codes, mapping_name=mapping.name)
    assert {(r["sector_code"], r["value"]) for r in read.rows} == {
        ("1410", 100.0), ("1420", 30.0), ("1520", 7.0), ("TOTAL", 900.0)
    }  # fmt: skip
    assert any("3 codes of the statistics translated" in note for note in read.notes)


def test_codes_missing_from_the_mapping_and_bad_mapping_rows_are_named(tmp_path, project):
    mapping = tmp_path / "tabla.csv"
    mapping.write_text("nacional,ciiu\n1810,14\n1820,14\n", encoding="utf-8")
    path = tmp_path / "nacional.csv"
    path.write_text("area,sector,year,value\nP1,1810,2020,100\nP1,1820,2020,30\nP1,1999,2020,7\n")
    with pytest.raises(CellProblemsError) as refused:
        read_statistics(path, project, mapping=read_mapping(mapping), mapping_name="tabla.csv")
    assert "row 4, sector: '1999' is not in the mapping table tabla.csv" in str(refused.value)
    path.write_text("area,sector,year,value\nP1,1810,2020,100\nP1,1820,2020,30\n")
    read = read_statistics(path, project, mapping=read_mapping(mapping), mapping_name="tabla.csv")
    assert [(r["sector_code"], r["value"]) for r in read.rows] == [("14", 130.0)]  # two codes summed
    mapping.write_text("nacional,ciiu\n1810,14\n1810,15\n1820,ropa\n")
    with pytest.raises(CellProblemsError) as refused:
        read_mapping(mapping)
    assert "row 3, nacional: 1810 is mapped to 14 in row 2 already" in str(refused.value)
    assert "row 4, ciiu: 'ropa' is not an ISIC Rev.4" in str(refused.value)


def test_missing_columns_are_named(tmp_path, project):
    path = tmp_path / "sin_valor.csv"
    path.write_text("area,sector,year,personas\n10,14,2020,100\n")
    with pytest.raises(ImportFileError) as refused:
        read_statistics(path, project)
    assert "no column is headed as the value" in str(refused.value) and "personas" in str(refused.value)


def test_an_import_is_one_undoable_step_and_replaces_only_when_asked(tmp_path, project):
    path = tmp_path / "empleo.csv"
    path.write_text("area,sector,year,value\n10,14,2020,100\n10,15,2020,50\n")
    project.stack.push(statistics_import_command(project, read_statistics(path, project)))
    assert project.stack.undo_label == "Import 2 figures from empleo.csv"
    path.write_text("area,sector,year,value\n10,14,2020,120\n")
    again = read_statistics(path, project)
    with pytest.raises(ImportFileError) as refused:
        statistics_import_command(project, again)
    assert "already holds 1 of these figures" in str(refused.value)
    project.stack.push(statistics_import_command(project, again, replace=True))
    assert _stored(project)[("10", "14", 2020, "employment")] == 120.0
    assert len(_stored(project)) == 2
    project.stack.undo()
    assert _stored(project)[("10", "14", 2020, "employment")] == 100.0
    project.stack.undo()
    assert _stored(project) == {}


def test_progress_is_reported_and_a_cancel_stops_the_import(tmp_path, project):
    from clusterdesk.io.errors import Cancelled
    from clusterdesk.io.task import TaskState

    path = tmp_path / "empleo.csv"
    path.write_text("area,sector,year,value\n10,14,2020,100\n")
    seen: list[tuple[float, str]] = []
    read_statistics(path, project, state=TaskState(lambda done, text: seen.append((done, text))))
    assert seen[0][1] == "Reading empleo.csv" and any(
        t == "Checking the figures of empleo.csv" for _, t in seen
    )
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with pytest.raises(Cancelled):
        read_statistics(path, project, state=TaskState(cancel=lambda: True))
