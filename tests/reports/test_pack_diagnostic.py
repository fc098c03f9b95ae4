"""The pack's Diagnostic section on a copy of the Atuntaqui sample: the report's header, the SWOT in its
four quadrants, findings and leverage points with the plan actions answering them, and the baseline
figures of the firms from survey rows (worked by hand), in English, Spanish and Russian; hostile text
prints as typed; a project without a diagnostic has no section."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pypdf import PdfReader
from report_fixtures import flat_text, open_sample_copy

from clusterdesk.core import diagnostic_edits as edits
from clusterdesk.core.model import new_uuid
from clusterdesk.reports.pack import build_pack

HOSTILE_TITLE = "Diagnóstico </title><script>alert(1)</script>"
BOLD = "<b>x</b>"
TASKS = 2  # plan actions linked to the first finding


def clear_diagnostic_and_surveys(project) -> None:
    """The sample may carry its own diagnostic and surveys: the test knows exactly what it prints."""
    tables = ("survey_answers", "survey_responses", "survey_questions", "surveys", "diagnostic_item_tasks",
              "diagnostic_item_stakeholders", "diagnostic_items", "diagnostic_reports")  # fmt: skip
    for table in tables:
        project.connection.execute(f"DELETE FROM {table}")
    project.connection.commit()


def add_survey(project, name: str, round_code: str, answers: dict[str, list[float | None]]) -> None:
    """A survey with the standard questions named in `answers`, one response per firm (None: no answer)."""
    connection = project.connection
    firms = [r[0] for r in connection.execute("SELECT fid FROM stakeholders ORDER BY fid LIMIT 10")]
    survey = connection.execute(
        "INSERT INTO surveys (uuid, name, round_code, held_on, form_id) VALUES (?, ?, ?, ?, ?)",
        (new_uuid(), name, round_code, "2023-06-30", name.lower().replace(" ", "_")),
    ).lastrowid
    questions = {}
    for position, standard in enumerate(answers):
        kind = "decimal" if standard in ("sales", "exports") else "integer"
        questions[standard] = connection.execute(
            "INSERT INTO survey_questions (uuid, survey_id, position, name, type, labels, standard, required)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
            (new_uuid(), survey, position, standard, kind, json.dumps({"en": standard}), standard),
        ).lastrowid
    count = max(len(values) for values in answers.values())
    for n in range(count):
        response = connection.execute(
            "INSERT INTO survey_responses (uuid, survey_id, stakeholder_id, submission_id)"
            " VALUES (?, ?, ?, ?)",
            (new_uuid(), survey, firms[n], new_uuid()),
        ).lastrowid
        for standard, values in answers.items():
            if n < len(values) and values[n] is not None:
                connection.execute(
                    "INSERT INTO survey_answers (response_id, question_id, value_number) VALUES (?, ?, ?)",
                    (response, questions[standard], values[n]),
                )
    connection.commit()


# by hand: employees 40, 12, 7 (one firm did not answer): 3 firms, total 59, mean 19.7, median 12;
# sales 1 200 000 and 300 000: total 1 500 000, mean = median = 750 000; new products 0, 2, 1, 5: 4 firms,
# total 8, mean 2.0, median 1.5
BASELINE = {
    "employees": [40, None, 12, 7],
    "sales": [1_200_000, 300_000],
    "new_products": [0, 2, 1, 5],
}


@pytest.fixture
def diagnosed(tmp_path):
    project = open_sample_copy(tmp_path, "atuntaqui_garments")
    clear_diagnostic_and_surveys(project)
    push = project.stack.push
    tasks = project.connection.execute(
        "SELECT uuid, name FROM plan_tasks WHERE kind = 'action' ORDER BY fid LIMIT ?", (TASKS,)
    ).fetchall()
    firms = [r[0] for r in project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid LIMIT 2")]
    report = edits.add_report(
        project,
        {"title": HOSTILE_TITLE, "report_date": dt.date(2023, 7, 14), "authors": "Ana Pérez; Luis Mora",
         "summary": "Taller participativo con 38 empresas."},
    )  # fmt: skip
    push(report)
    report_id = report.rows["diagnostic_reports"][0]["fid"]
    for category, text, evidence in (
        ("strength", "Mano de obra con experiencia en tejido de punto", "Encuesta de línea de base"),
        ("strength", BOLD, None),
        ("weakness", "Poca compra conjunta de insumos", None),
        ("opportunity", "Demanda de Colombia", None),
        ("threat", "Importaciones de Asia a bajo precio", "Aduanas 2022"),
        ("finding", "Las empresas no comparten información de mercado", "Entrevistas"),
        ("leverage_point", "Una central de compras de hilo", None),
    ):
        values = {"report_id": report_id, "category": category, "text": text, "evidence": evidence}
        if category == "finding":
            values |= {"task_uuids": [t[0] for t in tasks], "stakeholder_ids": firms}
        push(edits.add_item(project, values))
    add_survey(project, "Línea de base 2023", "baseline", BASELINE)
    add_survey(project, "Seguimiento 2025", "follow_up_1", {"employees": [999, 999]})  # not printed
    yield project, [t[1] for t in tasks]
    project.close()


def pdf_text(path) -> str:
    return flat_text("\n".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Diagnostic", "SWOT analysis", "Strengths", "Weaknesses", "Opportunities", "Threats",
                "Key findings", "Leverage points", "Plan actions answering it",
                "Baseline figures of the firms", "Firms answering", "Median", "Authors: Ana Pérez, Luis Mora",
                "Dated 14 July 2023"]),
        ("es", ["Diagnóstico", "Análisis FODA", "Fortalezas", "Debilidades", "Oportunidades", "Amenazas",
                "Hallazgos clave", "Puntos de apalancamiento", "Cifras de línea de base de las empresas",
                "Mediana", "Autores: Ana Pérez, Luis Mora", "14 de julio de 2023"]),
        ("ru", ["Диагностика", "SWOT-анализ", "Сильные стороны", "Слабые стороны", "Возможности", "Угрозы",
                "Ключевые выводы", "Точки приложения усилий", "Базовые показатели предприятий", "Медиана",
                "Авторы: Ana Pérez, Luis Mora", "14 июля 2023"]),
    ],
)  # fmt: skip
def test_the_section_in_three_languages(diagnosed, tmp_path, language, words):
    project, task_names = diagnosed
    result = build_pack(project, tmp_path / f"{language}.pdf", sections=["diagnostic"], language=language)
    assert result.sections == ["diagnostic"]
    text = pdf_text(result.path)
    for word in words:
        assert word in text, (language, word)
    for name in task_names:
        assert flat_text(name) in text
    assert HOSTILE_TITLE in text and BOLD in text  # printed as typed, never taken for markup
    assert "Seguimiento" not in text and "999" not in text
    english = ["Strengths", "Key findings", "Firms answering", "Baseline figures", "Plan actions", "none yet",
               "Raised by", "Median", "Employees", "New products"]  # fmt: skip
    if language != "en":
        assert not [w for w in english if re.search(rf"\b{w}\b", text)], language


def baseline_rows(text: str) -> str:
    return text[text.index("Baseline figures of the firms") :]


def test_baseline_figures_are_worked_by_hand(diagnosed, tmp_path):
    project, _tasks = diagnosed
    result = build_pack(project, tmp_path / "en.pdf", sections=["diagnostic"], language="en")
    rows = baseline_rows(pdf_text(result.path))
    assert "(responses received: 4)" in rows
    assert "Employees 3 59 19.7 12.0" in rows
    assert "New products or models in the last 12 months 4 8 2.0 1.5" in rows
    assert "Sales in the last 12 months 2" in rows and "1,500,000" in rows and "750,000" in rows
    assert "Exports" not in rows  # not asked in this survey


def test_no_diagnostic_no_section(tmp_path):
    project = open_sample_copy(tmp_path, "atuntaqui_garments")
    try:
        clear_diagnostic_and_surveys(project)
        result = build_pack(
            project, tmp_path / "plain.pdf", sections=["profile", "diagnostic"], language="en"
        )
        assert result.sections == ["profile"]
    finally:
        project.close()
