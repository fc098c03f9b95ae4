"""The ready-made slide views against a small project worked out by hand (story_fixture), in English,
Spanish and Russian; every view fits a slide (its stated top N)."""

from __future__ import annotations

import pytest
from story_fixture import TODAY, build_story_project

from clusterdesk.analysis import story_views_governance, story_views_plan, story_views_results
from clusterdesk.analysis.story_views import READY_MADE, story_view, story_views
from conftest import english_words


@pytest.fixture(scope="module")
def story_project(tmp_path_factory):
    project = build_story_project(tmp_path_factory.mktemp("views") / "story.gpkg")
    yield project
    project.close()


def figures(view) -> dict[str, float | None]:
    return {figure.label: figure.number for figure in view.figures}


def rows(view, table: int = 0) -> list[tuple[str, ...]]:
    return [row.cells for row in view.tables[table].rows]


def test_key_figures(story_project):
    view = story_view(story_project, "key_figures", "en", today=TODAY)
    assert figures(view) == {
        "Firms": 4,  # three enterprises and a supplier
        "Institutions": 2,
        "Relations": 2,  # follow-up: the tie kept and the new one, not the one found ended
        "Joint actions done": 1,
        "Joint actions running": 1,
        "Budget": 500,  # 100 + 50 + 200 + 50 + 100
        "Phase": 1,
    }
    shown = {figure.label: (figure.value, figure.note) for figure in view.figures}
    assert shown["Budget"] == ("US$\u00a0500", "40% from the firms")  # 200 of 500 from the enterprises
    assert shown["Joint actions done"] == ("1", "of 2 joint actions")
    assert shown["Relations"][1] == "Follow-up 1"


def test_results(story_project):
    view = story_view(story_project, "results", "en", today=TODAY)
    # the impact's indicator is left out: outcomes and outputs only
    assert rows(view) == [
        (
            "1.1a",
            "Exportaciones",
            "10",
            "20 (Q4\u00a02024)",
            "12 (Q4\u00a02024)",
            "Off track",
        ),  # (12-10)/(20-10)
        ("1.1.1a", "Compradores nuevos", "0", "10 (Q4\u00a02024)", "9 (Q4\u00a02024)", "On track"),  # 0.9
        ("1.1.1b", "Citas", "10%", "50% (Q4\u00a02025)", "–", "No data"),
    ]
    assert [row.mark for row in view.tables[0].rows] == ["off_track", "on_track", "no_data"]
    assert figures(view) == {"On track": 1, "At risk": 0, "Off track": 1, "No data": 1}


def test_network_change(story_project):
    view = story_view(story_project, "network", "en", today=TODAY)
    assert figures(view) == {"New ties": 1, "Ties kept": 1, "Ties ended": 1}
    table = dict((r[0], r[1:]) for r in rows(view))
    assert view.tables[0].columns == ("Measure", "Baseline", "Follow-up 1", "Change")
    assert table["Ties"] == ("2", "2", "0")
    assert table["Density"] == ("0.133", "0.133", "0.000")  # 2 ties over 6 × 5 / 2 pairs
    assert table["Components"] == ("4", "4", "0")  # one of three stakeholders and three alone
    # rounds chosen on the slide: the same round twice changes nothing
    same = story_view(story_project, "network", "en", {"rounds": ["baseline", "baseline"]}, TODAY)
    assert figures(same) == {"New ties": 0, "Ties kept": 2, "Ties ended": 0}


def test_milestones(story_project):
    view = story_view(story_project, "milestones", "en", today=TODAY)
    # late first, then coming by date, then done; the cancelled action is left out
    assert rows(view) == [
        ("03/02/2025", "Catálogo listo", "Milestone", "Late", "0"),
        ("03/03/2025", "Feria", "Action", "Coming", "+10"),  # baseline finish 17/02: ten working days
        ("02/06/2025", "Curso de patronaje", "Action", "Coming", "–"),  # not in the baseline
        ("10/01/2025", "Compra conjunta", "Action", "Done", "–"),
    ]
    assert figures(view) == {"Done": 1, "Late": 1, "Coming": 2, "Largest slip": 10}


def test_budget(story_project):
    view = story_view(story_project, "budget", "en", today=TODAY)
    assert rows(view) == [
        ("Mercados", "US$\u00a0400", "25%", "12%", "50%", "12%"),  # 100, 50, 200, 50 of 400
        ("Formación", "US$\u00a0100", "100%", "0%", "0%", "0%"),
        ("Whole plan", "US$\u00a0500", "40%", "10%", "40%", "10%"),
    ]
    assert view.tables[0].total_last


def test_governance(story_project):
    view = story_view(story_project, "governance", "en", today=TODAY)
    assert rows(view, 0) == [
        ("01/01/2023 – 31/12/2023", "CDA-led", "1"),
        ("01/01/2024 –", "Shared", "2"),
    ]
    checklist = rows(view, 1)
    assert [r[1] for r in checklist] == ["Yes", "Yes", "No", "Yes", "No", "No"]
    assert checklist[1][2] == "Cámara de Comercio"
    assert figures(view) == {"Leadership of joint actions": 2, "Phase-out checklist": 3}


def test_decisions(story_project):
    view = story_view(story_project, "decisions", "en", today=TODAY)
    # the recent decision without a task; the one with a task and the one older than a year are not
    assert rows(view) == [
        (
            "Decision without a task",
            "Buscar un local para el centro de corte",
            "Comisión del clúster, 05/12/2024",
        ),
        ("Indicator off track", "1.1a Exportaciones", "12 against 20 expected (Q4\u00a02024)"),
        ("Late milestone", "Catálogo listo", "due 03/02/2025"),
    ]
    assert figures(view) == {
        "Decisions without a task": 1,
        "Indicators off track": 1,
        "Late actions and milestones": 1,
    }


def test_views_are_cut_to_one_slide(story_project, monkeypatch):
    monkeypatch.setattr(story_views_results, "RESULTS_SHOWN", 2)
    monkeypatch.setattr(story_views_plan, "MILESTONES_SHOWN", 2)
    monkeypatch.setattr(story_views_governance, "DECISIONS_SHOWN", 2)
    results = story_view(story_project, "results", "en", today=TODAY)
    # the worst two kept (off track, no data), in the chain's order
    assert [r[0] for r in rows(results)] == ["1.1a", "1.1.1b"]
    assert "2 of 3 shown" in results.notes
    assert [r[1] for r in rows(story_view(story_project, "milestones", "en", today=TODAY))] == [
        "Catálogo listo",
        "Feria",
    ]
    decisions = story_view(story_project, "decisions", "en", today=TODAY)
    assert len(decisions.tables[0].rows) == 2 and "2 of 3 shown" in decisions.notes


def project_texts(project) -> list[str]:
    """What the project itself holds and a view prints as entered (names, decisions), longest first."""
    queries = (
        "SELECT name FROM stakeholders", "SELECT name FROM plan_tasks", "SELECT name FROM result_indicators",
        "SELECT name FROM governance_bodies", "SELECT text FROM governance_decisions",
    )  # fmt: skip
    found = {r[0] for q in queries for r in project.connection.execute(q)}
    return sorted(found, key=len, reverse=True)


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_views_speak_the_language(story_project, language):
    views = story_views(story_project, language, today=TODAY)
    assert list(views) == list(READY_MADE)
    text = "\n".join(view.text() for view in views.values())
    for entered in project_texts(story_project):
        text = text.replace(entered, " ")
    if language == "ru":
        assert english_words(text) == [], english_words(text)
    english = {"Firms", "Late", "Coming", "Done", "Baseline", "Change", "Yes", "shown", "against", "Whole"}
    assert not english & set(english_words(text)), english_words(text)


def test_empty_project_says_what_is_missing(new_project):
    views = story_views(new_project, "en", today=TODAY)
    assert views["results"].empty and views["milestones"].empty and views["budget"].empty
    assert views["network"].empty
    assert [f.number for f in views["key_figures"].figures][:3] == [0, 0, 0]
    assert views["decisions"].empty == "Nothing waits for a decision."
