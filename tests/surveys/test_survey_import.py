"""Importing KoboToolbox- and ODK-Central-style exports of a survey's form: refusals by row and column with
the project file unchanged, the good rows stored as written, re-import adding nothing, roster answers as
relations of the round, one undo removing everything; and the command line around it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from survey_fixture import ROUND, SURVEY, Answer, firm_choices, survey_project, write_kobo, write_odk

from clusterdesk.core.project import Project
from clusterdesk.core.survey_reader import completeness, read_answers, read_surveys
from clusterdesk.core.survey_rounds import ties_of_round
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.survey_import import read_survey_export
from clusterdesk.io.xlsform_firms import uuid_of_choice

WRITERS = {"kobo": write_kobo, "odk": write_odk}
RESPONSES_OF = (
    "SELECT count(*) FROM survey_responses r JOIN surveys s ON s.fid = r.survey_id WHERE s.name = ?"
)
COLUMN = {"kobo": "answers/{}", "odk": "answers-{}"}


def good_answers(firms: list[str]) -> list[Answer]:
    return [
        Answer(firms[i], {"sales": 1500.5 * (i + 1), "employees": 10 + i, "women_employees": 4,
                          "new_products": i % 3, "cooperation": [firms[i + 1], firms[i + 2]],
                          "size_class": "small" if i % 2 else "Pequeña (10-49)",
                          "workshop": f"0.3{i} -78.2{i} 2400 5"})
        for i in range(6)
    ]  # fmt: skip


def bad_rows(firms: list[str]) -> list[Answer]:
    return [
        Answer(firms[7], {"employees": "many"}),  # text in a number question: spreadsheet row 8
        Answer(firms[1], {"employees": 4}),  # the firm of row 3 again: row 9
        Answer("f_" + "0" * 32, {"employees": 4}),  # no such firm: row 10
        Answer(firms[9], {"employees": 4, "women_employees": 6}),  # more women than employees: row 11
        Answer(firms[10], {"size_class": "huge"}),  # not a choice: row 12
    ]


@pytest.fixture(params=sorted(WRITERS))
def tool(request):
    return request.param


def test_a_bad_export_is_refused_by_row_and_column_and_the_file_is_not_touched(tool, tmp_path):
    path = survey_project(tmp_path)
    before = path.read_bytes()
    with Project.open(path) as project:
        firms = firm_choices(project)
        export = WRITERS[tool](project, good_answers(firms) + bad_rows(firms), tmp_path / "export.csv")
    done = subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "survey", "import", str(path), str(export),
         "--survey", SURVEY],
        capture_output=True, text=True, env={"LANG": "C", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    column = COLUMN[tool]
    assert f"row 8, {column.format('employees')}: 'many' is not a number" in done.stderr
    assert "row 9, firm: " in done.stderr and "answered already in row 3" in done.stderr
    assert "row 10, firm: 'f_00000000000000000000000000000000' is not a firm of the registry" in done.stderr
    assert (
        f"row 11, {column.format('women_employees')}: 6 women employees but 4 employees in all" in done.stderr
    )
    assert (
        f"row 12, {column.format('size_class')}: 'huge' is not one of the question's choices" in done.stderr
    )
    assert "5 problems, nothing was imported" in done.stderr
    assert path.read_bytes() == before


def test_good_rows_import_and_import_again_adds_nothing(tool, tmp_path):
    path = survey_project(tmp_path)
    with Project.open(path) as project:
        firms = firm_choices(project)
        answers = good_answers(firms)
        export = WRITERS[tool](project, answers, tmp_path / "export.csv")
        survey = read_surveys(project.connection)[-1]
        relations_before = project.connection.execute("SELECT count(*) FROM relations").fetchone()[0]
        imported = read_survey_export(project, export, SURVEY)
        assert imported.added == 6 and imported.already == 0
        project.stack.push(imported.command)
        stored = read_answers(project.connection, survey.fid)
        fid_of = {uuid: fid for fid, uuid in project.connection.execute("SELECT fid, uuid FROM stakeholders")}
        expected_fids = [fid_of[uuid_of_choice(a.firm)] for a in answers]
        assert stored.stakeholder_ids.tolist() == expected_fids
        assert stored.columns["sales"].tolist() == [1500.5 * (i + 1) for i in range(6)]
        assert stored.columns["employees"].tolist() == [10, 11, 12, 13, 14, 15]
        assert stored.columns["size_class"].tolist() == ["small"] * 6  # label "Pequeña (10-49)" → its name
        assert stored.columns["workshop"][2] == "0.32 -78.22 2400 5"
        assert stored.columns["cooperation"][0] == f"{firms[1]} {firms[2]}"
        assert stored.columns["exports"].tolist() == [None] * 6 or all(
            v != v for v in stored.columns["exports"]
        )
        submissions = [
            r[0]
            for r in project.connection.execute(
                "SELECT submission_id FROM survey_responses WHERE survey_id = ? ORDER BY fid", (survey.fid,)
            )
        ]
        assert submissions == [a.submission for a in answers]  # "uuid:" of ODK taken off
        counts = completeness(project.connection, survey.fid)
        assert counts["employees"] == 6 and counts["exports"] == 0 and counts["workshop"] == 6

        # the roster: each pair once, as joint action ties first observed in the survey's round
        pairs = {frozenset((i, j)) for i in range(6) for j in (i + 1, i + 2)}
        ties = project.connection.execute(
            "SELECT source_id, target_id, kind, survey_round, directed FROM relations "
            "WHERE fid > (SELECT max(fid) - ? FROM relations)", (len(pairs),),
        ).fetchall()  # fmt: skip
        index = {fid_of[uuid_of_choice(f)]: n for n, f in enumerate(firms)}
        assert {frozenset((index[s], index[t])) for s, t, *_ in ties} == pairs
        assert {(kind, round_, directed) for *_, kind, round_, directed in ties} == {
            ("joint_action", ROUND, 0)
        }
        relations_after = project.connection.execute("SELECT count(*) FROM relations").fetchone()[0]
        assert relations_after == relations_before + len(pairs)
        round_ties = ties_of_round(project.session.connection(), ROUND).fids
        assert len(round_ties) >= len(pairs)
        project.save()

    with Project.open(path) as project:  # the same export again, then the other tool's export of it
        again = read_survey_export(project, export, SURVEY)
        assert again.command is None and again.added == 0 and again.already == 6
        other = [w for name, w in WRITERS.items() if name != tool][0]
        again = read_survey_export(project, other(project, answers, tmp_path / "other.csv"), SURVEY)
        assert again.command is None and again.already == 6


def test_a_tie_the_round_already_has_is_observed_again_and_undo_removes_everything(tmp_path):
    path = survey_project(tmp_path)
    with Project.open(path) as project:
        connection = project.connection
        source, target, fid = connection.execute(
            "SELECT r.source_id, r.target_id, r.fid FROM relations r "
            "JOIN stakeholders a ON a.fid = r.source_id JOIN stakeholders b ON b.fid = r.target_id "
            "WHERE r.kind = 'joint_action' AND r.ended_round IS NULL "
            "AND a.kind = 'enterprise' AND b.kind = 'enterprise' ORDER BY r.fid LIMIT 1"
        ).fetchone()  # fmt: skip
        uuid_of = dict(connection.execute("SELECT fid, uuid FROM stakeholders"))
        choice = {fid_: "f_" + u.replace("-", "") for fid_, u in uuid_of.items()}
        answers = [Answer(choice[target], {"employees": 7, "cooperation": [choice[source]]})]
        export = write_kobo(project, answers, tmp_path / "export.csv")
        before = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("relations", "survey_responses", "survey_answers")
        }
        imported = read_survey_export(project, export, SURVEY)
        assert imported.ties_added == 0 and imported.ties_observed == 1
        project.stack.push(imported.command)
        assert connection.execute(
            "SELECT last_observed_round FROM relations WHERE fid = ?", (fid,)
        ).fetchone() == (ROUND,)
        mine = (
            "SELECT count(*) FROM survey_answers WHERE response_id IN (SELECT r.fid FROM survey_responses r "
        )
        mine += "JOIN surveys s ON s.fid = r.survey_id WHERE s.name = ?)"
        assert connection.execute(mine, (SURVEY,)).fetchone()[0] == 2
        project.stack.undo()
        after = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("relations", "survey_responses", "survey_answers")
        }
        assert after == before
        project.stack.redo()
        assert connection.execute(RESPONSES_OF, (SURVEY,)).fetchone()[0] == 1


def test_a_firm_that_answered_before_with_another_submission_is_refused(tmp_path):
    path = survey_project(tmp_path)
    with Project.open(path) as project:
        firms = firm_choices(project)
        first = write_kobo(project, [Answer(firms[0], {"employees": 3})], tmp_path / "first.csv")
        project.stack.push(read_survey_export(project, first, SURVEY).command)
        second = write_kobo(project, [Answer(firms[0], {"employees": 5})], tmp_path / "second.csv")
        with pytest.raises(CellProblemsError, match=r"row 2, firm: .* already answered this survey"):
            read_survey_export(project, second, SURVEY)
        skipped = read_survey_export(project, second, SURVEY, skip_invalid=True)
        assert skipped.command is None and [p.row for p in skipped.skipped] == [2]


def test_an_export_without_the_firm_question_matches_names(tmp_path):
    path = survey_project(tmp_path)
    with Project.open(path) as project:
        name, uuid = project.connection.execute(
            "SELECT name, uuid FROM stakeholders WHERE kind = 'enterprise' ORDER BY fid LIMIT 1"
        ).fetchone()
        export = tmp_path / "by_name.csv"
        export.write_text(
            f"Name,employees,_uuid\n{name.upper()} S.A.,12,abc-1\nNobody Known Ltd,3,abc-2\n",
            encoding="utf-8",
        )
        with pytest.raises(
            CellProblemsError, match="row 3, Name: 'Nobody Known Ltd' is not a firm of the registry"
        ):
            read_survey_export(project, export, SURVEY)
        export.write_text(f"Name,employees,_uuid\n{name.upper()} S.A.,12,abc-1\n", encoding="utf-8")
        imported = read_survey_export(project, export, SURVEY)
        project.stack.push(imported.command)
        fid = project.connection.execute(
            "SELECT stakeholder_id " + RESPONSES_OF.removeprefix("SELECT count(*) "), (SURVEY,)
        ).fetchone()[0]
        assert project.connection.execute(
            "SELECT uuid FROM stakeholders WHERE fid = ?", (fid,)
        ).fetchone() == (uuid,)


def test_cli_new_form_import_list(tmp_path):
    path = survey_project(tmp_path)

    def run(*args, lang="C"):
        return subprocess.run(
            [sys.executable, "-m", "clusterdesk.cli.main", "survey", *map(str, args)],
            capture_output=True, text=True, env={"LANG": lang, "PATH": "/usr/bin:/bin"},
        )  # fmt: skip

    made = run("new", path, "--name", "Endline 2027", "--round", "endline", "--date", "2027-05-31")
    assert made.returncode == 0, made.stderr
    assert made.stdout == "Added the survey Endline 2027 of round endline.\n"
    written = run("form", path, "--survey", "Endline 2027", "-o", tmp_path / "endline.xlsx")
    assert written.returncode == 0 and (tmp_path / "endline.xlsx").is_file(), written.stderr
    with Project.open(path) as project:
        firms = firm_choices(project)
        write_odk(project, good_answers(firms)[:3], tmp_path / "export.csv")
    loaded = run("import", path, tmp_path / "export.csv", "--survey", SURVEY)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith(f"export.csv: 3 responses added to {SURVEY}\n")
    listed = run("list", path)
    assert f"{SURVEY} (round {ROUND}, form firm_survey_2025): 3 responses" in listed.stdout
    assert "  employees: 3 (100%)" in listed.stdout and "  exports: 0 (0%)" in listed.stdout
    assert "Endline 2027 (round endline, form endline_2027): 0 responses" in listed.stdout
    with Project.open(path) as project:
        rounds = [
            r[0] for r in project.connection.execute("SELECT code FROM survey_rounds ORDER BY position")
        ]
    assert rounds == ["baseline", "follow_up_1", ROUND, "endline"]
    missing = run("form", path, "--survey", "Nothing", "-o", tmp_path / "x.xlsx")
    assert missing.returncode == 2 and "The project has no survey named Nothing." in missing.stderr


def test_an_xlsx_export_with_labels_as_values_imports(tmp_path):
    """KoboToolbox's XLS export with "labels" as values: the firm's name, choice labels, True/False flags."""
    import csv

    from openpyxl import Workbook

    path = survey_project(tmp_path)
    with Project.open(path) as project:
        firms = firm_choices(project)
        names = dict(project.connection.execute("SELECT uuid, name FROM stakeholders"))
        answers = good_answers(firms)[:2]
        source = write_kobo(project, answers, tmp_path / "export.csv")
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = SURVEY[:31]
        with open(source, encoding="utf-8") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        flags = [i for i, heading in enumerate(rows[0]) if heading.startswith("answers/cooperation/")]
        sheet.append(rows[0])
        for row in rows[1:]:
            row[2] = names[uuid_of_choice(row[2])]  # the firm by its name, as a label export writes it
            for i in flags:
                row[i] = "True" if row[i] == "1" else "False"
            sheet.append(row)
        workbook.save(tmp_path / "export.xlsx")
        imported = read_survey_export(project, tmp_path / "export.xlsx", SURVEY)
        assert imported.added == 2 and imported.ties_added == 4  # 0–1, 0–2, 1–2, 1–3
        project.stack.push(imported.command)
        survey = read_surveys(project.connection)[-1]
        stored = read_answers(project.connection, survey.fid)
        assert stored.columns["size_class"].tolist() == ["small", "small"]
        assert stored.columns["cooperation"][1] == f"{firms[2]} {firms[3]}"
