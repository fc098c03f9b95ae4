"""The pack's Cluster selection section: printed for a project with a selection study (the Ecuador
sample), read back with pdftotext, in English, Spanish and Russian; left out of a project without one."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from clusterdesk.core import selection_edits
from clusterdesk.core.project import Project
from clusterdesk.reports.pack import build_pack
from conftest import SAMPLES

SAMPLE = SAMPLES / "ecuador_cluster_selection.gpkg"
# English texts of the section that a Spanish or Russian pack must not print
ENGLISH = (
    "Cluster selection", "Criteria and weights", "Measured by", "Share of the weights", "Candidate cluster",
    "Ranking of the candidate", "Sensitivity of the ranking", "How far each weight", "any weight", "leads",
    "Decision", "Grounds", "Not selected", "Selected", "Reserve", "Location quotient", "Fixed classes",
    "Not shown, far from", "weighted criteria", "The decision was taken", "Specialisation", "Scored by hand",
    "Size of the sector", "Number of SMEs", "Potential for joint action", "compares the",
)  # fmt: skip


def pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())  # one line: wrapped sentences read whole


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("selection_packs")
    printed = {}
    with Project.open(SAMPLE) as project:
        for language in ("en", "es", "ru"):
            result = build_pack(
                project, folder / f"{language}.pdf", sections=["selection"], language=language
            )
            printed[language] = (result, pdf_text(result.path))
    return printed


def test_section_prints_the_study_ranking_sensitivity_and_decision(packs):
    result, text = packs["en"]
    assert result.sections == ["selection"]
    assert "compares the employment of 24 areas (Province) by sector (ISIC Rev.4) in 2003" in text
    ranking = text[text.index("Ranking of the candidate clusters") : text.index("Sensitivity of the ranking")]
    order = [ranking.index(name) for name in (
        "Garments and knitwear of Atuntaqui (Imbabura)", "Leather footwear of Ambato (Tungurahua)",
        "Fish and food processing of Manabí", "Wood and furniture of Cuenca (Azuay)",
        "Garments of Quito (Pichincha)", "Leather and tanning of Guayaquil (Guayas)")]  # fmt: skip
    assert order == sorted(order), "the ranking table lists the candidates best first"
    ranking = text[text.index("Ranking of the candidate clusters") : text.index("Sensitivity of the ranking")]
    for row in (
        "1 Garments and knitwear of Atuntaqui (Imbabura) ISIC 14 · Imbabura 3.82 11,070 +38% 8 4 5 4 81.5 "
        "Selected",
        "2 Leather footwear of Ambato (Tungurahua) ISIC 15 · Tungurahua 4.62 5,700 +25% 8 4 5 4 81.0 "
        "Selected",
        "6 Leather and tanning of Guayaquil (Guayas) ISIC 15 · Guayas 1.00 8,630 -10% 2 2 1 2 2.0 "
        "Not selected",
    ):
        assert row in ranking
    assert (
        "Specialisation (LQ) (weight 3.0): up to 3.31; above, Leather footwear of Ambato (Tungurahua) leads."
        in text
    )
    assert "On 15 July 2003, Steering Committee (MICIP, UNIDO) decided:" in text
    assert (
        "Selected: Garments and knitwear of Atuntaqui (Imbabura); Leather footwear of Ambato (Tungurahua)"
        in text
    )
    assert "Reserve: Fish and food processing of Manabí" in text
    assert "Grounds: Garments and footwear account for a significant share of employment and income" in text
    assert "The decision was taken on the weights and ranking shown above." in text
    assert "Not shown, far from the other areas: Galápagos." in text
    assert "14 Manufacture of wearing apparel: location quotient, 2003" in text
    assert "15 Manufacture of leather and related products: location quotient, 2003" in text


def test_the_two_lq_maps_are_embedded_at_print_resolution(packs):
    result, _text = packs["en"]
    reader = PdfReader(result.path)
    page = next(p for p in reader.pages if "Criteria and weights" in (p.extract_text() or ""))
    maps = [image for image in page.images if image.image.width > 600]
    assert len(maps) == 2
    assert all(image.image.width >= 900 for image in maps)  # about 84 mm at 300 dpi


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("es", ("Selección de clústeres", "Clasificación de los clústeres candidatos", "Seleccionados:",
                "El 15 de julio de 2003, Steering Committee (MICIP, UNIDO) decidió:",
                "Cociente de localización", "Especialización (CL) (peso 3,0)",
                "No se muestran, por estar lejos de las demás áreas: Galápagos.")),
        ("ru", ("Выбор кластеров", "Рейтинг кластеров-кандидатов", "Выбраны:", "Решение от 15 июля 2003 г.",
                "Коэффициент локализации", "Не показаны, так как удалены от остальных территорий: Galápagos.",
                "Специализация (КЛ) (вес 3,0)")),
    ],
)  # fmt: skip
def test_spanish_and_russian_sections_have_no_english_left(packs, language, phrases):
    _result, text = packs[language]
    for phrase in phrases:
        assert phrase in text
    # the user's own texts (candidate names, grounds, the study's name) stay as entered; take them out
    with Project.open(SAMPLE) as project:
        connection = project.connection
        entered = [n for (n,) in connection.execute("SELECT name FROM selection_candidates")]
        entered += [g for (g,) in connection.execute("SELECT grounds FROM selection_decisions")]
        entered += [n for (n,) in connection.execute("SELECT name FROM selection_studies")]
        entered += [d for (d,) in connection.execute("SELECT description FROM selection_studies")]
        entered += [
            project.info().cluster_name,
            project.info().agency_name,
            "Steering Committee (MICIP, UNIDO)",
        ]
    for own in sorted(entered, key=len, reverse=True):
        text = text.replace(" ".join(own.split()), "")
    left = [phrase for phrase in ENGLISH if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert left == []


def test_section_is_absent_without_a_study(tmp_path):
    project = Project.new(tmp_path / "cluster.gpkg", "Textiles Imbabura", country="EC", sector_code="1410")
    try:
        result = build_pack(project, tmp_path / "pack.pdf")
        assert "selection" not in result.sections and result.sections
        text = pdf_text(result.path)
        assert "Ranking of the candidate clusters" not in text and "Criteria and weights" not in text
    finally:
        project.close()


def test_a_study_without_candidates_prints_what_it_has(tmp_path):
    path = tmp_path / "study.gpkg"
    shutil.copy(SAMPLE, path)
    with Project.open(path) as project:
        connection = project.connection
        for table in (
            "selection_scores",
            "selection_candidate_areas",
            "selection_candidates",
            "selection_decisions",
        ):
            connection.execute(f"DELETE FROM {table}")
        connection.commit()
        result = build_pack(project, tmp_path / "pack.pdf", sections=["selection"])
    text = pdf_text(result.path)
    assert result.sections == ["selection"]
    assert "Criteria and weights" in text and "No selection decision has been recorded yet." in text
    assert "Ranking of the candidate clusters" not in text


def test_an_empty_new_study_prints_its_heading_and_criteria(tmp_path):
    project = Project.new(tmp_path / "new.gpkg", "Selection", country="EC", language="ru")
    try:
        project.stack.push(selection_edits.create_study(project, "Картирование 2024", year=2024))
        result = build_pack(project, tmp_path / "pack.pdf", sections=["selection"])
        text = pdf_text(result.path)
        assert result.sections == ["selection"]
        assert (
            "Выбор кластеров" in text
            and "Специализация (КЛ)" in text
            and "Решение о выборе пока не записано." in text
        )
    finally:
        project.close()
