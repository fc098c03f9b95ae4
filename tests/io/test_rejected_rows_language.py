"""The rejected rows file names its own columns (row, problems) in the project's language, and the
stakeholder importer reads such a file back as it reads one with the English headings."""

from __future__ import annotations

import csv

import pytest
from stakeholder_files import write_text_table

from clusterdesk.core import edits
from clusterdesk.io.stakeholder_import import build_import_plan

TABLE = [
    ["name", "employees", "phone"],
    ["Taller Andrade", "many", "062 906 000"],
    ["Hilos Cotacachi", "12", ""],
]


def _rejected(project, tmp_path, language: str) -> tuple[list[list[str]], object]:
    project.stack.push(edits.update_project_info(project, {"language": language}))
    source = write_text_table(tmp_path / f"survey_{language}.csv", TABLE, delimiter=",")
    path = build_import_plan(source, project).write_rejected()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle)), path


@pytest.mark.parametrize(
    ("language", "row", "problems"),
    [("en", "row", "problems"), ("es", "fila", "problemas"), ("fr", "ligne", "problèmes"),
     ("ru", "строка", "проблемы")],
)  # fmt: skip
def test_rejected_rows_file_headings_follow_the_project_and_import_back(
    new_project, tmp_path, language, row, problems
):
    rows, path = _rejected(new_project, tmp_path, language)
    assert rows[0] == [row, problems, "name", "employees", "phone"]
    assert rows[1][:3] == ["2", rows[1][1], "Taller Andrade"] and "employees" in rows[1][1]
    again = build_import_plan(path, new_project)
    assert again.table.frame["name"].tolist() == ["Taller Andrade"]
    (tmp_path / "en").mkdir()
    english = build_import_plan(_rejected(new_project, tmp_path / "en", "en")[1], new_project)
    mapped = {column: field for column, field in again.mapping.items() if column in TABLE[0]}
    assert mapped == {column: field for column, field in english.mapping.items() if column in TABLE[0]}
