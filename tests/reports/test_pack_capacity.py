"""The institutional capacity section of the pack, read back with pypdf: radar charts per institution,
the comparison and the gap table from the analysis functions, incomplete assessments marked as such."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from report_fixtures import flat_text, open_sample_copy
from reportlab.platypus import Paragraph

from clusterdesk.analysis import capacity_scores as scores
from clusterdesk.core.capacity import round_label
from clusterdesk.reports import pack_capacity
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.pack_style import number, styles


@pytest.fixture
def sample(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    yield project
    project.close()


def test_capacity_section_prints_radars_comparison_and_gaps(sample, tmp_path):
    result = build_pack(sample, tmp_path / "pack.pdf", sections=["capacity"], language="en")
    assert result.sections == ["capacity"]
    pages = [page.extract_text() or "" for page in PdfReader(result.path).pages]
    flat = flat_text("\n".join(pages))
    for heading in ("Institutional capacity", "Capacity by institution and round",
                    "Comparison across institutions", "Gaps to targets"):  # fmt: skip
        assert heading in flat, heading
    framework = scores.load_framework(sample)
    results = scores.results_by_institution(sample, framework)
    incomplete = [r for rounds in results.values() for r in rounds if not r.complete]
    assert incomplete, "the sample has an assessment still being scored"
    for rounds in results.values():
        assert rounds[0].assessment.institution_name.split(" – ")[0] in flat
        for result_ in rounds:
            if result_.complete:
                assert f"overall {result_.overall:.1f}" in flat
    for result_ in incomplete:
        # the legend says so, and the comparison prints no overall score for it
        assert f"(incomplete: {result_.scored} of {result_.total} indicators scored)" in flat
        assert f"{result_.scored}/{result_.total}" in flat
    assert "incomplete" in flat.split("Comparison across institutions")[1]
    gaps = scores.gaps(sample, framework)
    largest = gaps[0]
    gap_text = flat.split("Gaps to targets", 1)[1]
    expected = f"{round_label(largest.round)} {largest.score:.1f} {largest.target:.1f} {largest.gap:.1f}"
    assert expected in gap_text
    for indicator, score in largest.weakest:
        assert f"{indicator.code}" in gap_text and f"({score})" in gap_text


def test_incomplete_round_is_dashed_and_unfilled_in_the_radar(sample):
    framework = scores.load_framework(sample)
    results = next(r for r in scores.results_by_institution(sample, framework).values()
                   if any(not x.complete for x in r))  # fmt: skip
    drawing = pack_capacity.radar([d.name for d in framework.dimensions], results, (4.0,) * 7, 240)
    lines = [s for s in drawing.contents if type(s).__name__ == "PolyLine"]
    incomplete_colour = pack_capacity.round_colour(next(i for i, r in enumerate(results) if not r.complete))
    dashed = [s for s in lines if s.strokeColor.hexval()[2:].lower() == incomplete_colour[1:]]
    assert dashed and all(s.strokeDashArray for s in dashed)
    # a side only between two scored dimensions: none runs to a dimension without a score
    values = [d.score for d in next(r for r in results if not r.complete).dimensions]
    assert None in values
    count = len(values)
    sides = sum(values[i] is not None and values[(i + 1) % count] is not None for i in range(count))
    assert len(dashed) == sides < count


def test_round_colours_are_the_apps():
    from clusterdesk.gui.capacity.radar_chart import ROUND_COLOURS

    assert pack_capacity.ROUND_COLOURS == ROUND_COLOURS


def test_no_capacity_section_without_assessments(cluster_project, tmp_path):
    result = build_pack(cluster_project, tmp_path / "pack.pdf")
    assert "capacity" not in result.sections
    text = "\n".join(page.extract_text() or "" for page in PdfReader(result.path).pages)
    assert "Institutional capacity" not in text and "Gaps to targets" not in text


def test_a_long_number_in_a_narrow_cell_stays_on_one_line():
    text = number(1234567890, language="fr")  # French groups digits with spaces
    paragraph = Paragraph(text, styles().cell_right)
    paragraph.wrap(30, 200)  # narrower than the number itself
    assert len(paragraph.blPara.lines) == 1
    # the same number with the narrow no-break space would have broken into several lines
    broken = Paragraph(text.replace("\u00a0", "\u202f"), styles().cell_right)
    broken.wrap(30, 200)
    assert len(broken.blPara.lines) > 1
    # in running text a line breaks before or after a number, never inside it
    sentence = Paragraph(f"Le budget est de {number(2345678, language='fr')} USD en tout.", styles().cell)
    sentence.wrap(45, 200)
    lines = [" ".join(words) for _width, words in sentence.blPara.lines]
    assert any(number(2345678, language="fr") in line for line in lines), lines
