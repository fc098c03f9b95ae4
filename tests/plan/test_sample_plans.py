"""Every sample project carries a plausible action plan tied to its story."""

from __future__ import annotations

import pytest

from clusterdesk.analysis.plan_schedule import schedule_project, slippage
from clusterdesk.core.project import Project
from clusterdesk.io.plan_records import read_plan
from conftest import SAMPLES

KEYS = ["atuntaqui_garments", "ambato_footwear", "bosawas_cocoa", "samara_automotive",
        "adiyaman_kahramanmaras_textiles", "ethiopia_edible_oil"]  # fmt: skip
STORY_WORDS = {
    "atuntaqui_garments": ("marketing", "Universidad Técnica del Norte", "Cámara de Comercio de Antonio"),
    "ethiopia_edible_oil": ("purchasing", "refinery", "Right Edible Oil Producers (REOP) plc"),
    "bosawas_cocoa": ("Certificación colectiva", "Contrato colectivo", "Unión de Cooperativas Cacao Bosawas"),
    "samara_automotive": ("IATF 16949", "поставщиков", "Ассоциация поставщиков автокомпонентов"),
}


@pytest.fixture(params=KEYS)
def sample(request):
    path = SAMPLES / f"{request.param}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} is not built (python tools/build_samples.py)")
    project = Project.open(path)
    yield request.param, project
    project.close()


def test_sample_plan_is_complete_and_schedulable(sample):
    key, project = sample
    plan = read_plan(project)
    objectives = [t for t in plan.tasks if t.level == 1]
    actions = [t for t in plan.tasks if t.level == 2]
    assert 2 <= len(objectives) <= 4
    assert len(actions) >= 8
    assert any(t.level == 3 for t in plan.tasks), "actions have activities"
    assert any(t.milestone for t in plan.tasks)
    assert len(plan.links) >= 5
    led = [t for t in actions if any(role == "lead" for _name, role in t.responsible)]
    assert len(led) == len(actions), "every action has a lead institution"
    assert sum(1 for t in actions if t.firms) >= 4
    assert sum(sum(t.budget.values()) for t in actions) > 0
    assert len({t.status for t in plan.tasks}) >= 3
    assert project.connection.execute("SELECT count(*) FROM vision_statements").fetchone()[0] == 1
    planned = schedule_project(project)
    assert planned.pushed() == {}, "stored dates respect the dependencies"
    assert planned.result.critical_ids()
    assert any(s.finish_slip_days > 0 for s in slippage(project, "Plan agreed"))


@pytest.mark.parametrize("key", sorted(STORY_WORDS))
def test_sample_plan_tells_the_sample_s_story(key):
    path = SAMPLES / f"{key}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} is not built")
    with Project.open(path) as project:
        plan = read_plan(project)
    text = " ".join(t.name for t in plan.tasks) + " " + " ".join(
        name for t in plan.tasks for name, _role in t.responsible
    )
    for word in STORY_WORDS[key]:
        assert word in text, f"{key}: {word!r} not found in the plan"
