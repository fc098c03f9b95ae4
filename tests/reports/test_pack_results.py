"""The pack's Results section, printed from a copy of the Atuntaqui sample with a result chain: the chain,
the indicators with hand-worked statuses and their values, the computed indicator's formula, charts that
break at a missing value, every word in the pack's language, hostile text printed as it is."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from report_chain import (
    ASSUMPTION,
    BOLD,
    HOSTILE_INDICATOR,
    HOSTILE_STATEMENT,
    IMPACT,
    OUTCOME_MARKET,
    OUTPUT_COURSE,
    TITLE_BREAKER,
    atuntaqui_with_chain,
    atuntaqui_without_chain,
)
from report_fixtures import flat_text
from reportlab.graphics.shapes import PolyLine, Rect

from clusterdesk.analysis.results_series import indicator_series
from clusterdesk.core.formatting import period_label
from clusterdesk.core.periods import parse_period
from clusterdesk.core.results import read_results
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.pack_results_charts import (
    ACTUAL_COLOUR,
    NO_DATA_FILL,
    chart_periods,
    target_actual_chart,
)
from clusterdesk.reports.pack_results_data import format_value
from clusterdesk.reports.pack_style import register_fonts
from clusterdesk.reports.texts import SOURCE, text
from conftest import english_words

# statuses worked out by hand from the chain's values (docs of analysis.results_status):
# 1a   baseline 12.0 M (2022-Q1), target 15.0 M in 2025-Q4, actual 13.1 M in 2024-Q4: expected
#      12 + 3 × 11/15 = 14.2 M, progress 1.1/2.2 = 0.50 -> off track
# 1.1a baseline 0, targets 35 (2024-Q4) and 50 (2025-Q4), actual 28 in 2025-Q2: expected 42.5,
#      progress 0.66 -> at risk
# 1.2a target 80 in 2025-Q2, actual 31 then: 0.39 -> off track
# 1.2b baseline 40 % (2022-Q2), target 60 % in 2025-Q4, actual 55.5 % in 2024-Q4: expected 40 + 20 × 10/14
#      = 54.3 %, progress 1.08 -> on track
# 1.1.1a yes/no, target met -> on track; 1.1.2a 70 of 160 hours: 0.44 -> off track
HAND_WORKED = {
    "1a": "off_track",
    "1.1a": "at_risk",
    "1.2a": "off_track",
    "1.2b": "on_track",
    "1.1.1a": "on_track",
    "1.1.2a": "off_track",
}
LATEST_ACTUALS = {  # indicator -> (value, period) as each language prints them
    "en": {"1a": ("US$ 13,100,000", "Q4 2024"), "1.1a": ("28", "Q2 2025"), "1.2b": ("55.5%", "Q4 2024")},
    "es": {"1a": ("13.100.000 US$", "T4 2024"), "1.1a": ("28", "T2 2025"), "1.2b": ("55,5 %", "T4 2024")},
    "ru": {
        "1a": ("13 100 000 $", "4-й кв. 2024"),
        "1.1a": ("28", "2-й кв. 2025"),
        "1.2b": ("55,5 %", "4-й кв. 2024"),
    },
}
RESULTS_KEYS = [
    key for key in SOURCE if key.startswith(("res_", "h_res", "col_latest", "h_result", "h_indicators"))
]


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[str, str]:
    """language -> flat text of the Results section of the pack printed in it."""
    folder = tmp_path_factory.mktemp("results_packs")
    project = atuntaqui_with_chain(folder)
    texts = {}
    try:
        for language in ("en", "es", "ru"):
            result = build_pack(project, folder / f"{language}.pdf", sections=["results"], language=language)
            assert result.sections == ["results"]
            pages = PdfReader(result.path).pages[2:]  # after the cover and the contents
            texts[language] = flat_text("\n".join(page.extract_text() for page in pages))
    finally:
        project.close()
    return texts


def _row(section: str, language: str, code: str) -> str:
    """The text of one indicator's row: from its code in the indicator table to the next row's code."""
    following = [c for c in HAND_WORKED if c != code] + ["1.1b"]
    table = section[section.index(text("h_indicators", language)) :]
    start = re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", table).start()
    ends = [
        m.start()
        for c in following
        if (m := re.search(rf"(?<![\w.]){re.escape(c)}(?![\w.])", table[start + 1 :]))
    ]
    return table[start : start + 1 + min(ends)] if ends else table[start:]


@pytest.mark.parametrize("language", ["en", "es", "ru"])
def test_section_prints_chain_indicators_statuses_and_values(packs, language):
    section = packs[language]
    assert text("results", language) in section
    for statement in (IMPACT, OUTCOME_MARKET, OUTPUT_COURSE, ASSUMPTION):
        assert flat_text(statement) in section
    for code in ("1", "1.1", "1.2", "1.1.1", "1.1.2", "1.2.1"):
        assert re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", section)
    for level in ("impact", "outcome", "output"):
        assert label("result_level", level, language) in section
    assert "Estrategia conjunta de marketing" in section  # a contributing plan action
    for code, status in HAND_WORKED.items():
        row = _row(section, language, code)
        assert label("indicator_status", status, language) in row, (code, row)
    for code, (value, period) in LATEST_ACTUALS[language].items():
        row = _row(section, language, code)
        assert flat_text(value) in row and flat_text(period) in row, (code, row)
    # the computed indicator names its formula and the rule is written out under the table
    assert label("formula", "firms_in_joint_actions", language) in section
    assert flat_text(label("formula_rule", "firms_in_joint_actions", language))[:60] in section
    assert flat_text(text("res_formulas", language)) in section
    # the disaggregated actual of 1.2a, by sex
    assert f"{label('sex', 'female', language)} 25" in section
    # the charts of the outcome indicators and their legend
    assert text("h_res_charts", language) in section
    assert text("res_no_value", language) in section
    assert not re.search(r"\b20\d\d-(Q|S)\d\b", section)  # period codes never printed


@pytest.mark.parametrize("language", ["es", "ru"])
def test_no_english_left_in_translated_sections(packs, language):
    section = packs["es" if language == "es" else "ru"]
    english = [text(key, "en") for key in RESULTS_KEYS] + [text("results", "en"), text("yes", "en")]
    for vocabulary, codes in (
        ("indicator_status", ("on_track", "at_risk", "off_track", "no_data")),
        ("result_level", ("impact", "outcome", "output")),
        ("indicator_unit", ("number", "percentage", "currency", "yes_no")),
        ("direction", ("increase",)),
        ("reporting_frequency", ("quarter",)),
        ("formula", ("firms_in_joint_actions",)),
    ):
        english += [label(vocabulary, code, "en") for code in codes]
    fragments = [piece.strip(" .,:") for phrase in english for piece in re.split(r"\{\w+\}", phrase)]
    left = [f for f in fragments if len(f.split()) >= 2 and flat_text(f) in section]
    assert not left, left
    if language == "ru":
        # every Latin word left is one the users wrote (the sample's Spanish names and statements)
        project_words = set(re.findall(r"[A-Za-z]{3,}", " ".join(_project_texts())))
        assert [w for w in english_words(section) if w not in project_words] == []


def _project_texts() -> list[str]:
    import sqlite3

    import report_chain
    from report_fixtures import SAMPLES

    texts = [v for k, v in vars(report_chain).items() if k.isupper() and isinstance(v, str)]
    texts += ["Ventas anuales de las empresas del clúster", "Empresas que venden bajo la marca colectiva",
              "Empresas en acciones conjuntas", "Operarias y operarios certificados en patronaje",
              "Proporción de mujeres entre las patronistas", "Marca registrada en el SENADI",
              "Horas de uso del centro al mes", "US"]  # fmt: skip
    with sqlite3.connect(SAMPLES / "atuntaqui_garments.gpkg") as connection:
        for table, column in (("project_info", "cluster_name"), ("project_info", "agency_name"),
                              ("plan_tasks", "name")):  # fmt: skip
            texts += [v for (v,) in connection.execute(f"SELECT {column} FROM {table}") if v]
    return texts


def test_long_russian_words_and_amounts_are_never_cut(packs):
    section = packs["ru"]
    # headings and statuses in narrow columns wrap between words, never inside one
    for word in ("Последнее", "фактическое", "целевое", "значение", "Исходный", "Непосредственный",
                 "Отставание", "Под угрозой", "Допущения"):  # fmt: skip
        assert word in section, word
    for amount in ("12 000 000 $", "15 000 000 $", "13 100 000 $"):
        assert amount in section, amount


def test_period_labels_speak_the_language():
    assert period_label("2024-Q3", "es") == "T3\u00a02024"
    assert period_label("2024-Q3", "en") == "Q3\u00a02024"
    assert period_label("2024-Q3", "ru") == "3-й кв.\u00a02024"
    assert period_label("2024-S1", "ru") == "1-е полуг.\u00a02024"
    assert period_label("2024-S2", "fr") == "S2\u00a02024"
    assert period_label("2024", "fr") == "2024"
    assert format_value(1, "yes_no", "es") == "Sí" and format_value(0, "yes_no", "ru") == "Нет"
    assert format_value(55.5, "percentage", "fr") == "55,5\u00a0%"
    assert format_value(3.0, "score", "es") == "3,0"


def test_chart_breaks_the_actual_line_and_shades_the_missing_quarter(tmp_path):
    project = atuntaqui_with_chain(tmp_path)
    try:
        connection = project.session.connection()
        data = read_results(connection, with_values=False)
        indicator = next(i for i in data.indicators if i["code"] == "1.1a")
        series = indicator_series(connection, [indicator])[indicator["fid"]]
    finally:
        project.close()
    register_fonts()
    periods = chart_periods(series, "quarter")
    assert periods[0].code == "2022-Q1" and periods[-1].code == "2025-Q4"
    drawing = target_actual_chart(series, periods, parse_period("2025-Q4"), 250, 130, "es")
    actual_lines = [s for s in drawing.contents if isinstance(s, PolyLine) and s.strokeColor == ACTUAL_COLOUR]
    # 2022-Q3 to 2023-Q4, then 2024-Q2 to 2025-Q2: the unreported 2024-Q1 is not bridged
    assert [len(line.points) // 2 for line in actual_lines] == [6, 5]
    shaded = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == NO_DATA_FILL]
    # the unreported 2024-Q1, 2022-Q2 before the first report, and 2025-Q3 and 2025-Q4, due by 2025-Q4
    left = min(r.x for r in shaded)
    assert sorted(round((r.x - left) / r.width) for r in shaded) == [0, 7, 13, 14]
    assert all(r.height > 50 for r in shaded)


def test_hostile_statement_is_printed_literally(tmp_path):
    project = atuntaqui_with_chain(tmp_path, hostile=True)
    try:
        result = build_pack(project, tmp_path / "hostile.pdf", sections=["results"], language="en")
    finally:
        project.close()
    section = flat_text("\n".join(page.extract_text() for page in PdfReader(result.path).pages[2:]))
    assert HOSTILE_STATEMENT in section
    assert HOSTILE_INDICATOR in section
    assert BOLD in section and TITLE_BREAKER in section


def test_section_left_out_without_a_result_chain(tmp_path):
    project = atuntaqui_without_chain(tmp_path)
    try:
        result = build_pack(project, tmp_path / "plain.pdf", sections=["profile", "results"], language="en")
    finally:
        project.close()
    assert result.sections == ["profile"]
    contents = PdfReader(result.path).pages[1].extract_text()
    assert "Results" not in contents


def test_a_survey_formula_is_printed_with_its_question_not_its_code(tmp_path):
    from report_fixtures import SAMPLES

    from clusterdesk.core.project import Project

    with Project.open(SAMPLES / "atuntaqui_garments.gpkg") as project:
        build_pack(project, tmp_path / "pack.pdf", sections=["results"])
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pack.pdf").pages)
    assert "survey_mean" not in text  # the formula by its name, its question by its label
    assert "Exportaciones" in text
