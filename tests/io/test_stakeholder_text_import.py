"""CSV import: encodings, delimiters, decimal commas, title and notes rows, headers in four languages."""

from __future__ import annotations

import pytest
from stakeholder_files import SPANISH_ROWS, write_text_table

from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.stakeholder_import import build_import_plan


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("cp1252", "Windows-1252 (Western European)"),
        ("utf-16", "UTF-16 LE with BOM"),
        ("utf-16-le", "UTF-16 LE"),
    ],
)
def test_spanish_csv_in_every_encoding(tmp_path, encoding, label):
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS, encoding=encoding)
    plan = build_import_plan(source)
    assert plan.encoding == label
    assert plan.delimiter == "semicolon"
    assert not plan.problems
    assert plan.checked.values["name"] == ["Textiles Imbabura", "Hilados del Norte", "Confecciones Anita"]
    assert plan.checked.values["kind"] == ["enterprise", "supplier", "enterprise"]
    assert plan.checked.lat[0] == pytest.approx(0.3345)
    assert plan.checked.lon[1] == pytest.approx(-78.1302)
    assert plan.checked.values["women_employees"] == [31, 3, 7]
    assert plan.mapping["Razón social"] == "name"


def test_russian_cp1251_csv(tmp_path):
    rows = [
        ["Название", "Тип", "Широта", "Долгота", "Сотрудники", "Эл. почта"],
        ["ООО «Волжские детали»", "Поставщик", "53°12'N", "50 08 В", "1 200", "info@vd.ru"],
        ["АвтоКомпонент", "Предприятие", "53,2415", "50,2212", "350", ""],
    ]
    source = write_text_table(tmp_path / "поставщики.csv", rows, delimiter=",", encoding="cp1251")
    plan = build_import_plan(source)
    assert plan.encoding == "Windows-1251 (Cyrillic)"
    assert plan.delimiter == "comma"
    assert not plan.problems, plan.problems
    assert plan.checked.values["name"][0] == "ООО «Волжские детали»"
    assert plan.checked.values["kind"] == ["supplier", "enterprise"]
    assert plan.checked.values["employees"] == [1200, 350]
    assert plan.checked.lat[0] == pytest.approx(53.2)
    assert plan.checked.lon[0] == pytest.approx(50 + 8 / 60)
    assert plan.checked.lon[1] == pytest.approx(50.2212)


def test_french_headers_tab_and_pipe(tmp_path):
    rows = [
        ["Raison sociale", "Catégorie", "Latitude", "Longitude", "Effectif", "Femmes", "Année de création"],
        ["Coopérative Ségou", "Entreprise", "13.4317", "-6.2649", "25", "20", "1998"],
        ["Banque Régionale", "Banque", "13°25'54\"N", "6°16'O", "40", "", "1975"],
    ]
    for delimiter, label in (("\t", "tab"), ("|", "pipe")):
        source = write_text_table(
            tmp_path / f"acteurs{label}.txt", rows, delimiter=delimiter, encoding="cp1252"
        )
        plan = build_import_plan(source)
        assert plan.delimiter == label
        assert not plan.problems, plan.problems
        assert plan.checked.values["kind"] == ["enterprise", "financial_institution"]
        assert plan.checked.values["year_founded"] == [1998, 1975]
        assert plan.checked.lon[1] == pytest.approx(-(6 + 16 / 60))


def test_title_rows_blank_rows_and_notes_keep_spreadsheet_row_numbers(tmp_path):
    rows = [
        ["Directorio de talleres de Atuntaqui"],
        ["Levantamiento 2024"],
        [""],
        SPANISH_ROWS[0],
        SPANISH_ROWS[1],
        [""],
        ["Sin nombre", "", "", "", "-5", "", ""],
        ["", "Empresa", "0,33", "-78,2", "4", "", ""],
        [""],
        ["Fuente: encuesta del CDA, junio 2024"],
        ["Elaborado por: Agencia de Desarrollo"],
    ]
    source = write_text_table(tmp_path / "directorio.csv", rows)
    plan = build_import_plan(source)
    assert plan.header_row == 4
    assert plan.total_rows == 3
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (7, "Empleados", "must not be negative"),
        (8, "Razón social", "the name is required"),
    ]
    assert any("rows 10–11" in note for note in plan.notes)


def test_quoted_cells_with_delimiters_and_line_breaks(tmp_path):
    rows = [
        ["name", "address", "lat", "lon"],
        ["Calzado Ambato, Cía. Ltda.", 'Av. Cevallos 12\n"Edificio Sur"', "-1.2417", "-78.6197"],
        ["Curtiembre Tungurahua", "Izamba", "-1.2100", "-78.5900"],
    ]
    source = write_text_table(tmp_path / "ambato.csv", rows, delimiter=",")
    plan = build_import_plan(source)
    assert not plan.problems
    assert plan.checked.values["address"][0] == 'Av. Cevallos 12\n"Edificio Sur"'
    assert plan.checked.values["name"][0] == "Calzado Ambato, Cía. Ltda."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \r\n\r\n", "is empty"),
        (bytes(range(256)) * 40, "binary data"),
        (b"PK\x03\x04" + b"\x00" * 200, "Excel workbook"),
        (b"%PDF-1.7\n" + b"x" * 100, "PDF"),
    ],
)
def test_unreadable_text_files_are_refused_with_a_reason(tmp_path, content, message):
    source = tmp_path / "firms.csv"
    source.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        build_import_plan(source)


def test_truncated_utf16_file_is_reported(tmp_path):
    source = write_text_table(tmp_path / "firms.csv", SPANISH_ROWS, encoding="utf-16")
    source.write_bytes(source.read_bytes()[:-3])  # cut in the middle of a character
    with pytest.raises(ImportFileError, match="truncated or damaged"):
        build_import_plan(source)


def test_a_row_wider_than_the_header_after_many_rows_is_read(tmp_path):
    rows = [["name", "employees"]] + [[f"Firm {i}", str(i)] for i in range(300)] + [["Late", "3", "extra"]]
    source = write_text_table(tmp_path / "wide.csv", rows, delimiter=",")
    plan = build_import_plan(source)
    assert plan.valid_count == 301
    assert "Column 3" in plan.mapping


def test_sheet_option_on_a_text_file_is_refused(tmp_path):
    source = write_text_table(tmp_path / "talleres.csv", SPANISH_ROWS)
    with pytest.raises(ImportFileError, match="no sheets or layers"):
        build_import_plan(source, sheet="Hoja1")


def test_excel_separator_line_is_honoured_and_not_counted(tmp_path):
    source = tmp_path / "excel.csv"
    text = "sep=|\r\n" + "\r\n".join("|".join(row) for row in SPANISH_ROWS) + "\r\nSin tipo|x|1|2|3|4|\r\n"
    source.write_text(text, encoding="utf-8")
    plan = build_import_plan(source)
    assert plan.delimiter == "pipe"
    assert plan.header_row == 1
    assert [(p.row, p.column) for p in plan.problems] == [(5, "Tipo"), (5, "Mujeres empleadas")]


def test_header_row_can_be_given(tmp_path):
    rows = [
        ["Nombre", "Latitud"],
        ["Código", "name", "lat", "lon"],
        ["T-01", "Textiles Imbabura", "0.33", "-78.2"],
    ]
    source = write_text_table(tmp_path / "codes.csv", rows, delimiter=",")
    plan = build_import_plan(source, header_row=2)
    assert plan.header_row == 2
    assert plan.checked.values["name"] == ["Textiles Imbabura"]
    assert [p.row for p in plan.problems] == []
    with pytest.raises(ImportFileError, match="row 9 is outside the table"):
        build_import_plan(source, header_row=9)


def test_header_without_rows(tmp_path):
    source = write_text_table(tmp_path / "solo.csv", [["Directorio"], SPANISH_ROWS[0], [""], ["Fuente: CDA"]])
    with pytest.raises(ImportFileError, match="header in row 2 but no stakeholder rows"):
        build_import_plan(source)
