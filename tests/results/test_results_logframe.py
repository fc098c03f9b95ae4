"""The logframe workbook: what it holds and how it looks, text that stays text, the round trip into a copy
of the project without its chain (in English, in Russian and for the samples), how an import meets the
chain the project has, and bad rows refused one by one with nothing written."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from logframe_chain import (
    HOSTILE_ASSUMPTION,
    HOSTILE_EVIDENCE,
    HOSTILE_NOTE,
    HOSTILE_STATEMENT,
    TASKS,
    build_chain,
    chain_snapshot,
    remove_chain,
)

from clusterdesk.cli.main import main
from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.core.results import read_results
from clusterdesk.io.logframe_xlsx import write_logframe
from clusterdesk.io.logframe_xlsx_headings import (
    CHAIN_COLUMNS,
    CHAIN_SHEET,
    VALUE_COLUMNS,
    VALUES_SHEET,
    column_titles,
    english_header,
    sheet_names,
    sheet_role,
)
from clusterdesk.io.logframe_xlsx_import import LogframeImportError, read_logframe
from conftest import SAMPLES, assert_valid_project


@pytest.fixture
def chained(new_project):
    build_chain(new_project)
    return new_project


def _sheet(book, role: str):
    return book[next(name for name in book.sheetnames if sheet_role(name) == role)]


def _rows(sheet) -> list[dict[str, object]]:
    """The rows of a sheet as English heading → value."""
    rows = list(sheet.iter_rows(values_only=True))
    header = english_header(list(rows[0]))
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def _edit(path, role: str, row: int, column: str, value) -> None:
    """Set one cell of an exported workbook, found by its English heading."""
    book = openpyxl.load_workbook(path)
    sheet = _sheet(book, role)
    header = english_header([c.value for c in sheet[1]])
    sheet.cell(row, header.index(column) + 1).value = value
    book.save(path)


def _copy_without_chain(project: Project, tmp_path) -> Project:
    copy = tmp_path / "copy.gpkg"
    shutil.copyfile(project.path, copy)
    opened = Project.open(copy)
    remove_chain(opened)
    opened.save()
    assert read_results(opened.session.connection()).results == []
    return opened


def test_workbook_holds_the_chain_and_values_with_a_readable_layout(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Logframe", "Values", "About"]
    chain, values = book["Logframe"], book["Values"]
    assert [c.value for c in chain[1]] == list(CHAIN_COLUMNS)
    assert [c.value for c in values[1]] == list(VALUE_COLUMNS)
    for sheet in (chain, values):
        assert sheet.freeze_panes == "C2"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.auto_filter.ref.startswith("A1:")
    assert chain.column_dimensions["C"].width == 46 and chain["C2"].alignment.wrap_text
    rows = _rows(chain)
    assert [(r["Level"], r["Code"], r["Indicator code"]) for r in rows] == [
        ("Impact", "1", "1a"),
        ("Impact", "1", "1b"),
        ("Outcome", "1.1", "1.1a"),
        ("Output", "1.1.1", "1.1.1a"),
        ("Output", "1.1.2", None),
        ("Outcome", "1.2", None),
        ("Output", "1.2.1", "1.2.1a"),
    ]
    sales = rows[0]
    assert sales["Result statement"] == "Garment firms of the valley grow their sales"
    assert rows[1]["Result statement"] is None  # a result's texts on its first row only
    assert chain["A3"].font.color.rgb.endswith("8A8A8A")  # its further rows repeat level and code in grey
    assert (sales["Unit"], sales["Direction"], sales["Disaggregations"]) == (
        "Currency",
        "Increase",
        "Firm size class; Area",
    )
    assert (sales["Baseline value"], sales["Baseline date"].date().isoformat()) == (1200000, "2024-12-31")
    assert (sales["End target"], sales["End target period"]) == (1800000, "2026-Q4")
    assert (sales["Data source"], sales["Means of verification"]) == ("Firm survey", "Survey report")
    assert rows[3]["Contributing plan actions"] == f"{TASKS[0]}\n{TASKS[2]}"
    assert rows[2]["Computed formula"] == "joint_actions_completed"
    assert rows[3]["Parent code"] == "1.1"
    listed = _rows(values)
    micro = next(r for r in listed if r["Category"] == "Micro (1-9 employees)")
    assert (
        micro["Indicator code"],
        micro["Period"],
        micro["Target or actual"],
        micro["Disaggregation"],
        micro["Value"],
        micro["Note"],
    ) == ("1a", "2025-Q2", "Actual", "Firm size class", 400000, HOSTILE_NOTE)
    computed = [r for r in listed if r["Computed"]]
    assert [
        (r["Indicator code"], r["Period"], r["Target or actual"], r["Value"], r["Computed"]) for r in computed
    ] == [("1.1a", "2025-Q1", "Actual", 1, "yes")]


def test_hostile_text_is_written_as_text_never_as_formulas(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    book = openpyxl.load_workbook(path)
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    by_value = {}
    for cell in cells:
        by_value.setdefault(cell.value, []).append(cell)
    for text in (HOSTILE_STATEMENT, HOSTILE_ASSUMPTION, HOSTILE_NOTE, HOSTILE_EVIDENCE, TASKS[2]):
        found = [
            c for value, group in by_value.items() if isinstance(value, str) and text in value for c in group
        ]
        assert found, text
        assert all(c.data_type == "s" for c in found)
    assert all(c.quotePrefix for c in by_value[HOSTILE_STATEMENT] + by_value[HOSTILE_NOTE])
    # with its cached values, as a spreadsheet program shows them
    shown = openpyxl.load_workbook(path, data_only=True)
    assert _rows(_sheet(shown, CHAIN_SHEET))[2]["Result statement"] == HOSTILE_STATEMENT


def test_round_trip_into_a_copy_without_the_chain(chained, tmp_path):
    expected = chain_snapshot(chained)
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    copy = _copy_without_chain(chained, tmp_path)
    try:
        imported = read_logframe(copy, path)
        assert imported.computed_skipped == 1
        copy.stack.push(imported.command)
        assert chain_snapshot(copy) == expected
        assert copy.stack.undo_label == "Import logframe from logframe.xlsx"
        copy.stack.undo()  # one step takes the whole import back
        assert read_results(copy.session.connection()).results == []
        copy.stack.redo()
        assert chain_snapshot(copy) == expected
        copy.save()
    finally:
        copy.close()
    assert_valid_project(tmp_path / "copy.gpkg")
    with Project.open(tmp_path / "copy.gpkg") as reopened:
        assert chain_snapshot(reopened) == expected
        values = read_results(reopened.session.connection()).values
        assert not [
            v for v in values if v["kind"] == "actual" and v["period"] == "2025-Q1"
        ]  # computed stays so


def test_importing_the_same_workbook_changes_nothing(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    imported = read_logframe(chained, path)
    assert imported.command is None
    assert (imported.results, imported.indicators) == (6, 5)


def test_corrections_update_by_code_and_keep_what_the_file_leaves_out(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    _edit(path, CHAIN_SHEET, 2, "Result statement", "Garment firms grow their sales and jobs")
    _edit(path, VALUES_SHEET, 3, "Value", 1_260_000)  # 1a, 2025-Q2 actual
    _edit(path, VALUES_SHEET, 4, "Value", None)  # the area value: removed
    book = openpyxl.load_workbook(path)
    _sheet(book, CHAIN_SHEET).delete_rows(8)  # output 1.2.1 and its indicator: not in the file
    book.save(path)
    before = chain_snapshot(chained)
    imported = read_logframe(chained, path)
    changes = imported.changes
    assert (changes.changed_results, changes.values_written, changes.values_removed) == (1, 1, 1)
    chained.stack.push(imported.command)
    after = chain_snapshot(chained)
    assert after["results"][0][4] == "Garment firms grow their sales and jobs"
    assert [r[3] for r in after["results"]] == [r[3] for r in before["results"]]  # 1.2.1 kept
    sales = [v for v in after["values"] if v[0] == "1a" and v[2] == "actual"]
    assert ("1a", "2025-Q2", "actual", "", "", 1_260_000, "Provisional", "survey-2025.xlsx") in sales
    assert not [v for v in sales if v[3] == "area"]
    chained.stack.undo()
    assert chain_snapshot(chained) == before


def test_replace_makes_the_chain_the_files(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    book = openpyxl.load_workbook(path)
    _sheet(book, CHAIN_SHEET).delete_rows(8)  # output 1.2.1 with indicator 1.2.1a
    values = _sheet(book, VALUES_SHEET)
    values.delete_rows(2)  # 1a's 2025-Q2 target
    book.save(path)
    before = chain_snapshot(chained)
    imported = read_logframe(chained, path, replace=True)
    assert (imported.changes.results_deleted, imported.changes.indicators_deleted) == (1, 1)
    chained.stack.push(imported.command)
    after = chain_snapshot(chained)
    assert [r[3] for r in after["results"]] == ["1", "1.1", "1.1.1", "1.1.2", "1.2"]
    assert [i[2] for i in after["indicators"]] == ["1a", "1b", "1.1a", "1.1.1a"]
    assert ("1a", "2025-Q2", "target", "", "", 1_300_000, None, None) not in after["values"]
    assert len(after["values"]) == len(before["values"]) - 1
    chained.stack.undo()
    assert chain_snapshot(chained) == before


def test_a_workbook_in_russian_imports_back(chained, tmp_path):
    chained.stack.push(edits.update_project_info(chained, {"language": "ru"}))
    chained.save()
    expected = chain_snapshot(chained)
    path = write_logframe(chained, tmp_path / "рамка.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Логическая рамка", "Значения", "О файле"]
    chain, values = book["Логическая рамка"], book["Значения"]
    assert [c.value for c in chain[1]] == [column_titles("ru")[c] for c in CHAIN_COLUMNS]
    assert [c.value for c in values[1]] == [column_titles("ru")[c] for c in VALUE_COLUMNS]
    assert [chain.cell(row, 1).value for row in (2, 4, 5)] == [
        "Воздействие",
        "Конечный результат",
        "Непосредственный результат",
    ]
    assert {r[3] for r in values.iter_rows(min_row=2, values_only=True)} == {"Цель", "Факт"}
    assert "Вычислено" in [c.value for c in values[1]] and "да" in [c.value for c in values["J"]]
    copy = _copy_without_chain(chained, tmp_path)
    try:
        copy.stack.push(read_logframe(copy, path).command)
        assert chain_snapshot(copy) == expected
    finally:
        copy.close()


def test_an_english_workbook_imports_into_a_spanish_project(chained, tmp_path):
    expected = chain_snapshot(chained)
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    copy = _copy_without_chain(chained, tmp_path)
    try:
        copy.stack.push(edits.update_project_info(copy, {"language": "es"}))
        copy.stack.push(read_logframe(copy, path).command)
        assert chain_snapshot(copy) == expected
        assert sheet_names("es")[CHAIN_SHEET] == "Marco lógico"
    finally:
        copy.close()


# -- bad rows -------------------------------------------------------------------------------------------
BAD_CELLS = [
    # (sheet, row, column, value, words of the reason)
    (CHAIN_SHEET, 2, "Level", "Programme", "'Programme' is not one of: Impact, Outcome, Output"),
    (
        CHAIN_SHEET,
        6,
        "Parent code",
        "1.9",
        "result 1.1.2 belongs under 1.9, which is neither on this sheet nor",
    ),
    (CHAIN_SHEET, 6, "Parent code", "1.1.1", "1.1.1 is an output, and no result sits under an output"),
    (CHAIN_SHEET, 6, "Level", "Outcome", "a result under 1.1 (Outcome) has the level Output, not Outcome"),
    (CHAIN_SHEET, 3, "Indicator code", "1a", "the indicator code 1a is already used in row 2"),
    (
        CHAIN_SHEET,
        3,
        "Result statement",
        "Firms export",
        "row 2 gives result 1 another Result statement; keep one",
    ),
    (CHAIN_SHEET, 2, "Unit", "Litres", "'Litres' is not one of: Number, Percentage, Currency, Yes/no, Score"),
    (CHAIN_SHEET, 2, "Baseline value", "lots", "'lots' is not a number; write a number such as 12 or 12.5"),
    (CHAIN_SHEET, 2, "Baseline date", "last spring", "'last spring' is not a date; write it as YYYY-MM-DD"),
    (CHAIN_SHEET, 2, "End target", 1_700_000, "differs from the target for 2026-Q4 on the sheet 'Values'"),
    (
        CHAIN_SHEET,
        5,
        "Contributing plan actions",
        "Trade mission",
        "no plan action of this project is called 'Trade mission'",
    ),
    (CHAIN_SHEET, 2, "Result statement", None, None),  # row 3 gives none either: the result has no statement
    (VALUES_SHEET, 3, "Value", "many", "'many' is not a number"),
    (VALUES_SHEET, 3, "Value", "=2*3", "a formula without a computed value (=2*3)"),
    (
        VALUES_SHEET,
        3,
        "Period",
        "2025-S1",
        "'2025-S1' is not a reporting period of this project: it reports "
        "per quarter; write periods such as 2025-Q3",
    ),
    (VALUES_SHEET, 5, "Category", "Giant", "'Giant' is not one of: Micro (1-9 employees)"),
    (VALUES_SHEET, 2, "Disaggregation", "Sex", "indicator 1a is not disaggregated by Sex"),
    (VALUES_SHEET, 2, "Indicator code", "9z", "no indicator has the code '9z' on the sheet 'Logframe' or in"),
    (
        VALUES_SHEET,
        13,
        "Computed",
        None,
        "the actuals of indicator 1.1a are computed from the project; enter targets only",
    ),  # named in the column Target or actual
    (VALUES_SHEET, 13, "Computed", "perhaps", "write 'yes' for a value computed from the project"),
    (VALUES_SHEET, 15, "Value", 0.5, "a yes/no indicator takes 1 (yes) or 0 (no), not 0.5"),
    (VALUES_SHEET, 3, "Target or actual", "Forecast", "'Forecast' is not one of: Target, Actual"),
]


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value", "reason"), BAD_CELLS, ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in BAD_CELLS]
)
def test_a_bad_cell_is_refused_naming_sheet_row_and_column(
    chained, tmp_path, capsys, sheet, row, column, value, reason
):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    _edit(path, sheet, row, column, value)
    if reason is None:
        _edit(path, sheet, row, "Code", "1.3")  # a new result without a statement
        _edit(path, sheet, row, "Indicator code", "1.3a")
        reason, column = "empty; state the result (what will change)", "Result statement"
    project_file = chained.path
    chained.close()
    before = project_file.read_bytes()
    assert main(["results", "import", str(project_file), str(path)]) == 2
    error = capsys.readouterr().err
    assert "logframe.xlsx: 1 problem, nothing was imported. Correct this cell and import again:" in error
    shown = "Target or actual" if column == "Computed" and value is None else column
    assert f"  {sheet}, row {row}, {shown}: {reason}" in error, error
    assert "Traceback" not in error
    assert project_file.read_bytes() == before


def test_a_value_given_twice_is_refused(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    book = openpyxl.load_workbook(path)
    values = _sheet(book, VALUES_SHEET)
    values.append([cell.value for cell in values[3]])  # 1a, 2025-Q2, actual, total once more
    book.save(path)
    with pytest.raises(LogframeImportError) as refused:
        read_logframe(chained, path)
    assert [(p.sheet, p.row, p.column) for p in refused.value.problems] == [("Values", 17, "Value")]
    assert refused.value.problems[0].reason.startswith("row 3 already gives this value")


def test_every_bad_row_is_listed(chained, tmp_path):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    _edit(path, VALUES_SHEET, 3, "Value", "many")
    _edit(path, CHAIN_SHEET, 2, "Level", "Programme")
    _edit(path, VALUES_SHEET, 5, "Category", "Giant")
    with pytest.raises(LogframeImportError) as refused:
        read_logframe(chained, path)
    assert [(p.sheet, p.row, p.column) for p in refused.value.problems] == [
        ("Logframe", 2, "Level"),
        ("Values", 3, "Value"),
        ("Values", 5, "Category"),
    ]


def test_bad_rows_are_named_in_russian(chained, tmp_path, russian_messages):
    path = write_logframe(chained, tmp_path / "logframe.xlsx")
    _edit(path, VALUES_SHEET, 3, "Value", "many")
    with pytest.raises(LogframeImportError) as refused:
        read_logframe(chained, path)
    assert "Values, строка 3, Value: 'many' — не число" in str(refused.value)


# -- samples --------------------------------------------------------------------------------------------
def _samples_with_chains() -> list:
    found = []
    for sample in sorted(SAMPLES.glob("*.gpkg")):
        with Project.open(sample) as project:
            if read_results(project.session.connection(), with_values=False).indicators:
                found.append(sample)
    return found


@pytest.mark.parametrize("sample", _samples_with_chains(), ids=lambda p: p.stem)
def test_sample_round_trip(sample, tmp_path):
    copy = tmp_path / sample.name
    shutil.copyfile(sample, copy)
    with Project.open(copy) as project:
        expected = chain_snapshot(project)
        path = write_logframe(project, tmp_path / "logframe.xlsx")
        names = sheet_names(project.info().language)
        assert openpyxl.load_workbook(path, read_only=True).sheetnames == list(names.values())
        assert read_logframe(project, path).command is None
        remove_chain(project)
        project.stack.push(read_logframe(project, path).command)
        assert chain_snapshot(project) == expected


def test_at_least_two_samples_have_a_chain():
    assert len(_samples_with_chains()) >= 2
