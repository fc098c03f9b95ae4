"""Every kind of mistake the health checks look for, put into a clean project through the core commands,
is found with its check id, severity and target, and the message names the row."""

from __future__ import annotations

import datetime as dt

import pytest
from health_fixture import BODIES, MEMBERS, TASKS, add_contact, build_clean, push_fid, survey_answers, task

from clusterdesk.analysis.health_checks import SEVERITIES, registered_checks, run_checks
from clusterdesk.core import edits
from clusterdesk.core import governance_edits as g
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.diagnostic_edits import add_report
from clusterdesk.core.model import ProjectInfo
from clusterdesk.core.plan_edits import DeleteTasks
from clusterdesk.core.plan_link_edits import AddVisionStatement
from clusterdesk.core.results_edits import ValueEntry, add_indicator, set_result_tasks, set_values

D = dt.date


@pytest.fixture
def cluster(new_project):
    return new_project, build_clean(new_project)


def findings(project, **kwargs):
    return {(f.check, f.target): f for f in run_checks(project.connection, **kwargs).findings}


def update(project, table, fid, **changes):
    project.stack.push(UpdateRow(table, fid, changes, "Edit"))


def test_a_clean_project_has_no_finding(cluster):
    project, _ids = cluster
    report = run_checks(project.connection)
    assert report.findings == [] and report.silenced == []


def test_every_check_has_an_id_a_severity_and_a_fix():
    checks = registered_checks()
    assert len(checks) >= 30
    for check_id, check in checks.items():
        assert check_id == check.id and "." in check_id
        assert check.severity in SEVERITIES
        assert check.fix("en").endswith(".") and check.fix("ru") != check.fix("en")


def test_dates_that_contradict_each_other(cluster):
    project, ids = cluster
    early = push_fid(project, g.record_meeting(project, ids["commission"], D(2022, 1, 5), {}))
    update(project, BODIES, ids["steering"], dissolved_on=D(2023, 1, 1))
    late = push_fid(project, g.record_meeting(project, ids["steering"], D(2023, 5, 1), {}))
    network = push_fid(
        project,
        g.add_body(
            project,
            {
                "name": "Red de proveedores",
                "body_type": "enterprise_network",
                "lead_stakeholder_id": ids["firm_b"],
            },
        ),
    )
    before_founding = push_fid(project, g.record_meeting(project, network, D(2004, 6, 1), {}))
    member = push_fid(
        project,
        g.add_member(
            project,
            ids["commission"],
            {"stakeholder_id": ids["bank"], "person_name": "Elena Paz", "term_start": D(2021, 12, 1)},
        ),
    )
    joined = push_fid(
        project,
        g.add_member(
            project,
            ids["association"],
            {"person_name": "Sara Ortiz", "gender": "female", "term_start": D(2008, 1, 1)},
        ),
    )
    early_task = task(project, "Reunión preparatoria", start=D(2021, 6, 1))
    project.stack.push(
        edits.AddRelations(
            [
                {
                    "source_id": ids["firm_b"],
                    "target_id": ids["firm_a"],
                    "kind": "buys_from",
                    "since": D(2003, 1, 1),
                },
                {
                    "source_id": ids["firm_a"],
                    "target_id": ids["women"],
                    "kind": "member_of",
                    "since": D(2008, 1, 1),
                },
            ]
        )
    )
    tie, membership = [r[0] for r in project.connection.execute("SELECT fid FROM relations ORDER BY fid")][
        -2:
    ]
    report = push_fid(
        project, add_report(project, {"title": "Diagnóstico tardío", "report_date": D(2023, 1, 1)})
    )
    survey = survey_answers(
        project, "Seguimiento adelantado", "follow_up_2", D(2021, 12, 1), {ids["firm_a"]: (9, 3)}
    )
    new_round = project.connection.execute(
        "SELECT fid FROM survey_rounds WHERE code = 'follow_up_2'"
    ).fetchone()[0]
    found = findings(project)
    expected = {
        ("governance.meeting_before_body", f"governance_meetings:{early}"): ("error", "Comisión del Clúster"),
        ("governance.meeting_before_body", f"governance_meetings:{before_founding}"): (
            "error",
            "Hilados del Norte",
        ),
        ("governance.meeting_after_dissolution", f"governance_meetings:{late}"): (
            "error",
            "Comité Directivo",
        ),
        ("governance.member_before_body", f"governance_members:{member}"): ("error", "Elena Paz"),
        ("governance.member_before_body", f"governance_members:{joined}"): ("error", "Sara Ortiz"),
        ("governance.membership_before_founding", f"governance_members:{joined}"): ("error", "Sara Ortiz"),
        ("plan.task_before_project_start", f"plan_tasks:{early_task}"): ("error", "Reunión preparatoria"),
        ("relations.since_before_founded", f"relations:{tie}"): ("error", "Hilados del Norte"),
        ("relations.membership_before_founding", f"relations:{membership}"): (
            "error",
            "Asociación de Mujeres",
        ),
        ("diagnostic.after_plan_start", f"diagnostic_reports:{report}"): ("warning", "Diagnóstico tardío"),
        # the early task now starts the plan, before the first diagnostic too
        ("diagnostic.after_plan_start", "diagnostic_reports:1"): ("warning", "Reunión preparatoria"),
        ("surveys.out_of_round_order", f"surveys:{survey}"): ("error", "Seguimiento adelantado"),
        ("surveys.out_of_round_order", f"survey_rounds:{new_round}"): ("error", "Follow-up 2"),
    }
    for key, (severity, name) in expected.items():
        assert key in found, (key, sorted(found))
        assert found[key].severity == severity and name in found[key].message, found[key]
    assert found[("governance.meeting_before_body", f"governance_meetings:{early}")].go_to == (
        "governance_meetings",
        early,
    )
    assert set(found) == set(expected), sorted(set(found) - set(expected))


def test_people_in_incompatible_roles_and_the_methodology(cluster):
    project, ids = cluster
    cda = push_fid(
        project,
        g.add_member(
            project, ids["steering"], {"stakeholder_id": ids["bank"], "person_name": "lucía  pérez"}
        ),
    )
    update(project, MEMBERS, ids["steering_chair"], stakeholder_id=ids["firm_b"])
    group = push_fid(
        project,
        g.add_body(
            project, {"name": "Grupo de ferias", "body_type": "working_group", "parent_id": ids["commission"]}
        ),
    )
    two_chairs = push_fid(
        project, g.add_member(project, group, {"person_name": "Pedro Lima", "role": "chair"})
    )
    stranger = task(project, "Misión comercial", start=D(2022, 6, 1), cda_in_charge="Fatma Sarı (Agencia)")
    update(project, BODIES, ids["team"], parent_id=ids["steering"])
    project.stack.push(AddVisionStatement("Una visión", D(2022, 2, 1), "Comité Directivo del proyecto"))
    vision = project.connection.execute("SELECT max(fid) FROM vision_statements").fetchone()[0]
    found = findings(project)
    expected = {
        ("roles.cda_on_steering_committee", f"governance_members:{cda}"): ("error", "Banco de Fomento"),
        ("roles.steering_committee_chaired_by_enterprise", f"governance_members:{ids['steering_chair']}"): (
            "warning",
            "Hilados del Norte",
        ),
        ("roles.chair_of_supervising_bodies", f"governance_members:{two_chairs}"): ("warning", "Pedro Lima"),
        ("plan.cda_not_in_team", f"plan_tasks:{stranger}"): ("error", "Misión comercial"),
        ("methodology.steering_committee_parent", f"governance_bodies:{ids['team']}"): (
            "warning",
            "Equipo del proyecto",
        ),
        ("methodology.vision_agreed_by_steering_committee", f"vision_statements:{vision}"): (
            "warning",
            "Comité Directivo",
        ),
    }
    for key, (severity, name) in expected.items():
        assert key in found, (key, sorted(found))
        assert found[key].severity == severity and name in found[key].message, found[key]
    assert (
        "Lucía Pérez" in found[("plan.cda_not_in_team", f"plan_tasks:{stranger}")].message
    )  # the team's CDAs
    assert set(found) == set(expected), sorted(set(found) - set(expected))


def test_budget_lines_counted_twice(cluster):
    project, ids = cluster
    update(project, TASKS, ids["objective"], budget_donor=1000.0)  # the sum of its children's donor budget
    second = task(project, "Calidad", kind="objective", start=D(2022, 2, 1), budget_public=3000.0)
    task(project, "Norma técnica", parent_id=second, start=D(2022, 3, 1), budget_public=500.0)
    plant = task(project, "Tintorería", kind="objective", start=D(2022, 2, 1))
    task(project, "Construir la tintorería común", parent_id=plant, start=D(2022, 3, 1), budget_other=25e6)
    loan = task(
        project, "Préstamo para la tintorería", parent_id=plant, start=D(2022, 3, 1), budget_other=25e6
    )
    found = findings(project)
    twice = found[("plan.budget_counted_twice", f"plan_tasks:{ids['objective']}")]
    assert twice.severity == "error" and "Mercados" in twice.message and "1,000" in twice.message
    both = found[("plan.budget_on_parent_and_children", f"plan_tasks:{second}")]
    assert both.severity == "warning" and "Norma técnica" in both.message
    same = found[("plan.same_loan_twice", f"plan_tasks:{loan}")]
    assert same.severity == "warning" and "Construir la tintorería común" in same.message
    assert "25,000,000" in same.message
    assert len(found) == 3, sorted(found)


def test_a_phase_that_contradicts_the_plan(cluster):
    project, ids = cluster
    info = project.connection.execute("SELECT fid FROM project_info").fetchone()[0]
    update(project, ProjectInfo.__table__, info, phase=2)
    update(project, TASKS, ids["workshop"], status="completed", percent_complete=100)
    behind = findings(project)[("project.phase_behind_progress", "")]
    assert behind.severity == "error" and "2 of its 3 actions" in behind.message and behind.go_to is None
    update(project, ProjectInfo.__table__, info, phase=6)
    for fid in (ids["stand"], ids["workshop"]):
        update(project, TASKS, fid, status="not_started", percent_complete=0)
    found = findings(project)
    assert found[("project.phase_ahead_of_progress", "")].severity == "error"
    assert "none of its 3 actions" in found[("project.phase_ahead_of_progress", "")].message
    assert ("project.phase_behind_progress", "") not in found


def test_steps_missing_for_the_phase(new_project):
    project = new_project
    info = project.connection.execute("SELECT fid FROM project_info").fetchone()[0]
    update(project, ProjectInfo.__table__, info, phase=6)
    found = findings(project)
    for check in (
        "project.phase_without_diagnostic",
        "project.phase_without_vision",
        "project.phase_without_results",
    ):
        assert (
            found[(check, "")].severity == "warning"
            and "Monitoring and evaluation" in found[(check, "")].message
        )


def test_gender_figures_that_contradict_themselves(cluster):
    project, ids = cluster
    survey = survey_answers(
        project, "Seguimiento 2024", "follow_up_2", D(2024, 6, 1), {ids["firm_b"]: (10, 12)}
    )
    response = project.connection.execute(
        "SELECT fid FROM survey_responses WHERE survey_id = ?", (survey,)
    ).fetchone()[0]
    man = push_fid(
        project,
        g.add_member(
            project,
            ids["commission"],
            {"stakeholder_id": ids["women"], "person_name": "Luis Mora", "gender": "male"},
        ),
    )
    add_contact(project, ids["women"], "Jorge Paredes", "male")
    found = findings(project)
    exceed = found[("gender.women_exceed_employees", f"survey_responses:{response}")]
    assert exceed.severity == "error" and "Hilados del Norte" in exceed.message and "12" in exceed.message
    assert exceed.go_to == ("stakeholders", ids["firm_b"])
    sends = found[("gender.womens_association_sends_man", f"governance_members:{man}")]
    assert sends.severity == "warning" and "Luis Mora" in sends.message
    some = found[("gender.men_in_womens_association", f"stakeholders:{ids['women']}")]
    assert some.severity == "warning" and "1 of its 3 people" in some.message
    for name in ("Mario Ríos", "Iván Cruz"):
        add_contact(project, ids["women"], name, "male")
    mostly = findings(project)[("gender.womens_association_mostly_men", f"stakeholders:{ids['women']}")]
    assert mostly.severity == "error" and "3 of its 5 people" in mostly.message
    # the registry refuses more women than employees; a file edited elsewhere may still hold it
    project.connection.execute("PRAGMA ignore_check_constraints = ON")
    project.connection.execute("UPDATE stakeholders SET women_employees = 40 WHERE fid = ?", (ids["firm_b"],))
    project.connection.commit()
    registry = findings(project)[("gender.women_exceed_employees", f"stakeholders:{ids['firm_b']}")]
    assert "40" in registry.message and "30" in registry.message


def test_dangling_references_and_indicators(cluster):
    project, ids = cluster
    project.stack.push(
        set_result_tasks(
            project,
            ids["result"],
            [
                project.connection.execute(
                    "SELECT uuid FROM plan_tasks WHERE fid = ?", (ids["training"],)
                ).fetchone()[0]
            ],
        )
    )
    project.stack.push(DeleteTasks([ids["training"]]))
    link = project.connection.execute("SELECT fid FROM result_task_links").fetchone()[0]
    bare = push_fid(project, add_indicator(project, {"result_id": ids["result"], "name": "Empleo"}))
    project.stack.push(set_values(project, bare, [ValueEntry("2023-Q4", "actual", 80.0)]))
    # QGIS does not enforce the foreign keys: a stakeholder deleted there leaves its relations behind
    project.connection.execute("PRAGMA foreign_keys = OFF")
    project.connection.execute("DELETE FROM stakeholders WHERE fid = ?", (ids["chamber"],))
    project.connection.commit()
    tie = project.connection.execute(
        "SELECT fid FROM relations WHERE target_id = ?", (ids["chamber"],)
    ).fetchone()[0]
    found = findings(project)
    dangling = found[("relations.dangling_stakeholder", f"relations:{tie}")]
    assert dangling.severity == "error" and "Textiles Andinos" in dangling.message
    assert f"deleted stakeholder {ids['chamber']}" in dangling.message
    deleted = found[("plan.dangling_task_links", f"result_task_links:{link}")]
    assert deleted.severity == "info" and "Las firmas venden más" in deleted.message
    assert deleted.go_to == ("results", ids["result"])
    assert found[("results.indicator_without_baseline", f"result_indicators:{bare}")].severity == "warning"
    assert "Empleo" in found[("results.indicator_without_target", f"result_indicators:{bare}")].message


def test_findings_in_russian(cluster):
    project, ids = cluster
    task(project, "Misión comercial", start=D(2022, 6, 1), cda_in_charge="Fatma Sarı")
    finding = run_checks(project.connection, "ru").findings[0]
    assert finding.check == "plan.cda_not_in_team"
    assert "Misión comercial" in finding.message and "агент" in finding.message
    assert "Выберите" in finding.fix
