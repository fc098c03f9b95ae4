"""The pack's Network section and the corrected relations chart: the section prints analysis.network's
figures, the chart counts each round's network (a tie carried into the next round counts there too, an
ended one no longer), nothing English is left in a Spanish or Russian pack, and hostile names print as
they are."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixtures import flat_text, open_sample_copy
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line
from reportlab.platypus import Table

from clusterdesk.analysis.network import network_measures
from clusterdesk.core.edits import AddRelations, AddStakeholders
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import SurveyRound
from clusterdesk.reports import pack_network, pack_network_figure, pack_sections
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_style import styles
from clusterdesk.reports.texts import text
from conftest import english_words

HOSTILE = "<b>Taller</b> & Hijos </para> <font size=40>"


def _context(project, language: str = "en") -> PackContext:
    return PackContext(project, project.info(), "A4", styles(), language)


def _flowables(flowables) -> list:
    """Every flowable, with those kept together opened up."""
    found = []
    for flowable in flowables:
        inner = getattr(flowable, "_content", None)
        found += _flowables(inner) if inner else [flowable]
    return found


def _cell_text(cell) -> str:
    return cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell)


def _rows(table: Table) -> list[list[str]]:
    return [[_cell_text(cell) for cell in row] for row in table._cellvalues]


@pytest.fixture
def small_project(tmp_path):
    """Five stakeholders and three rounds: A–B from the baseline on (carried, never observed again),
    B–C from the baseline and ended at follow-up 1, C–D new at follow-up 1, D–E new at follow-up 2, and
    E the hostile name, so the rounds' networks hold 2, 2 and 3 ties while only 2, 1 and 1 are new."""
    project = Project.new(tmp_path / "small.gpkg", "Small cluster")
    names = ["Firm A", "Firm B", "Association C", "Firm D", HOSTILE]
    kinds = ["enterprise", "enterprise", "business_association", "enterprise", "enterprise"]
    command = AddStakeholders([{"name": n, "kind": k} for n, k in zip(names, kinds, strict=True)])
    project.stack.push(command)
    a, b, c, d, e = command.added_fids
    ties = [
        (a, b, "supplies", "baseline", None, None),
        (b, c, "member_of", "baseline", None, "follow_up_1"),
        (a, c, "member_of", "baseline", "follow_up_2", None),
        (c, d, "joint_action", "follow_up_1", "follow_up_2", None),
        (d, e, "joint_action", "follow_up_2", "follow_up_2", None),
    ]
    rows = [
        {"source_id": s, "target_id": t, "kind": k, "survey_round": first, "last_observed_round": seen,
         "ended_round": ended, "directed": k != "joint_action", "strength": 3}
        for s, t, k, first, seen, ended in ties
    ]  # fmt: skip
    project.stack.push(AddRelations(rows))
    for position, (code, day) in enumerate(
        (
            ("baseline", dt.date(2022, 3, 1)),
            ("follow_up_1", dt.date(2023, 3, 1)),
            ("follow_up_2", dt.date(2024, 3, 1)),
        )
    ):
        project.session.add(SurveyRound(code=code, position=position, held_on=day))
    project.session.commit()
    project.fids = dict(zip("abcde", command.added_fids, strict=True))
    yield project
    project.close()


def test_relations_chart_counts_each_rounds_network(small_project):
    rounds, counts, latest = pack_sections.round_networks(small_project)
    assert rounds == ["baseline", "follow_up_1", "follow_up_2"]
    # by hand: baseline A–B, B–C, A–C; follow-up 1 keeps A–B and A–C, B–C ended, C–D new;
    # follow-up 2 carries all three and adds D–E
    assert counts == {
        ("supplies", "baseline"): 1, ("supplies", "follow_up_1"): 1, ("supplies", "follow_up_2"): 1,
        ("member_of", "baseline"): 2, ("member_of", "follow_up_1"): 1, ("member_of", "follow_up_2"): 1,
        ("joint_action", "follow_up_1"): 1, ("joint_action", "follow_up_2"): 2,
    }  # fmt: skip
    assert len(latest) == 4
    story = _flowables(pack_sections.relations(_context(small_project)))
    chart = next(
        shape for flowable in story if isinstance(flowable, Drawing)
        for shape in flowable.contents if isinstance(shape, VerticalBarChart)
    )  # fmt: skip
    # columns stacked per round: supplies, member_of, joint_action; each round's total is its network
    assert [sum(column) for column in zip(*chart.data, strict=True)] == [3, 3, 4]
    table = next(f for f in story if isinstance(f, Table))
    assert _rows(table)[-1] == [text("col_total", "en"), "3", "3", "4"]
    most = [f for f in story if isinstance(f, Table)][-1]
    ties = {row[0]: row[2] for row in _rows(most)[1:]}
    assert ties["Association C"] == "2" and ties["Firm B"] == "1"  # B–C ended: not in the latest network


def test_network_section_prints_the_analysis_figures(small_project):
    context = _context(small_project)
    story = _flowables(pack_network.network(context))
    tables = [f for f in story if isinstance(f, Table)]
    measures = _rows(tables[0])
    rounds = ["baseline", "follow_up_1", "follow_up_2"]
    assert measures[0][1:] == [
        "Baseline (01/03/2022)",
        "Follow-up 1 (01/03/2023)",
        "Follow-up 2 (01/03/2024)",
        "Change",
    ]
    measured = [network_measures(small_project.connection, code).whole for code in rounds]
    printed = {row[0]: row[1:] for row in measures[1:]}
    for key, decimals, share in pack_network.MEASURES:
        values = [m[key] for m in measured]
        expected = [context.percent(v) if share else context.number(v, decimals) for v in values]
        assert printed[pack_network.measure_label(key, "en")][:3] == expected, key
    # worked by hand: 5 stakeholders, ties 3 → 3 → 4, density 3/10 → 4/10, the last round one component;
    # firms A, B, D, E: A and B with C at baseline, D joins at follow-up 1, E at follow-up 2
    assert printed["Ties"] == ["3", "3", "4", "+1"]
    assert printed["Density"] == ["0.300", "0.300", "0.400", "+0.100"]
    assert printed["Components"] == ["3", "2", "1", "-2"]
    assert printed["Isolates"] == ["2", "1", "0", "-2"]
    assert printed["Share of firms in the largest component"] == ["50%", "75%", "100%", "+50 pt"]
    brokers = _rows(tables[-1])
    betweenness = network_measures(small_project.connection, "follow_up_2").per_stakeholder["betweenness"]
    top = betweenness[betweenness > 0].sort_values(ascending=False)
    assert [row[3] for row in brokers[1:]] == [context.number(v, 3) for v in top.tolist()]
    assert brokers[1][0] == "Association C"


def test_before_after_figure_highlights_new_and_dashes_ended_ties(small_project):
    story = _flowables(pack_network.network(_context(small_project)))
    drawing = next(f for f in story if isinstance(f, Drawing))
    lines = [shape for shape in drawing.contents if isinstance(shape, Line)]
    new = [ln for ln in lines if ln.strokeColor == pack_network_figure.NEW_COLOUR]
    ended = [ln for ln in lines if ln.strokeColor == pack_network_figure.ENDED_COLOUR and ln.strokeDashArray]
    # baseline → follow-up 2: B–C ended; C–D and D–E new (plus one legend sample line of each)
    assert (len(new), len(ended)) == (2 + 1, 1 + 1)
    # the same seeded layout every time
    again = next(
        f for f in _flowables(pack_network.network(_context(small_project))) if isinstance(f, Drawing)
    )
    assert [(ln.x1, ln.y1) for ln in lines] == [
        (ln.x1, ln.y1) for ln in again.contents if isinstance(ln, Line)
    ]


def test_hostile_names_print_literally(small_project, tmp_path):
    # the hostile firm brokers between D's group and nobody else: give it a partner of its own
    f = small_project.fids
    rows = [{"source_id": f["e"], "target_id": f["a"], "kind": "joint_action", "survey_round": "follow_up_2",
             "directed": False, "strength": 2}]  # fmt: skip
    small_project.stack.push(AddRelations(rows))
    result = build_pack(small_project, tmp_path / "pack.pdf", sections=["relations", "network"])
    assert result.sections == ["relations", "network"]
    flat = flat_text("\n".join(page.extract_text() or "" for page in PdfReader(result.path).pages))
    assert flat_text(HOSTILE) in flat


def _english_of_section() -> list[str]:
    """Every English text the section and the relations chart print: the tr() literals of pack_network
    and the section's heading and introduction."""
    source = Path(pack_network.__file__).read_text(encoding="utf-8")
    found = [text("network", "en"), text("relations_intro", "en")]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
            found.append(node.args[1].value)
    return found


@pytest.fixture(scope="module")
def sample_packs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs")
    printed = {}
    for key, language in (("bosawas_cocoa", "es"), ("samara_automotive", "ru")):
        project = open_sample_copy(folder, key)
        try:
            result = build_pack(project, folder / f"{key}.pdf", sections=["relations", "network"])
        finally:
            project.close()
        assert result.sections == ["relations", "network"]
        printed[language] = flat_text("\n".join(p.extract_text() or "" for p in PdfReader(result.path).pages))
    return printed


@pytest.mark.parametrize("language", ["es", "ru"])
def test_no_english_left_in_es_and_ru(sample_packs, language):
    section = sample_packs[language]
    assert text("network", language) in section and text("relations_intro", language)[:40] in section
    fragments = [p.strip(" .,:;()") for phrase in _english_of_section() for p in re.split(r"\{\w+\}", phrase)]
    left = [f for f in fragments if (len(f.split()) >= 2 or len(f) >= 6) and flat_text(f) in section]
    assert not left, left
    if language == "ru":  # Samara's names are Cyrillic: any Latin word would be English left over
        assert english_words(section) == []


def test_samara_pack_shows_the_club_as_its_first_broker(sample_packs):
    section = sample_packs["ru"]
    brokers = section[section.index(pack_network.tr("pack_network:brokers", "Brokers", "ru")) :]
    assert "Российско-словенский деловой клуб" in brokers
    assert "Привратник" in brokers  # a brokerage role, in Russian
