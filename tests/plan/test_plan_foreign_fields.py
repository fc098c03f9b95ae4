"""Custom fields of MS Project XML written by others: ClusterDesk reads its own fields only where the file
declares them with ClusterDesk's alias; every other Text, Number or Flag value is kept in the task's
notes and named once in the import summary, never a reason to refuse the plan."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.core.project import Project
from clusterdesk.io.plan_mspdi import write_mspdi
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import plan_import_command, read_plan
from conftest import assert_valid_project

ESTELI = Path(__file__).parent / "data" / "esteli_msproject2016.xml"


def by_name(document):
    return {task.name: task for task in document.tasks}


def test_text4_as_a_budget_line_and_other_fields_go_to_the_notes(tmp_path):
    document = read_mspdi(ESTELI)  # Text4 holds the agency's budget line number, not ClusterDesk's budget
    tasks = by_name(document)
    training = tasks["Capacitación en BPA"]
    assert training.budget == {}
    assert training.notes == (
        "Con el apoyo del INTA.\n\n"
        "Text1 (Municipio): Estelí\n"
        "Text4 (Línea presupuestaria): 4\n"
        "Number1 (Hectáreas): 12.5\n"
        "Flag1 (Aprobado por el donante): yes"
    )
    assert training.joint_action_type is None and training.status == "in_progress"  # Text1 is not ours
    assert tasks["Certificación de fincas"].notes == (
        "Text1 (Municipio): Condega\nText4 (Línea presupuestaria): 12\nFlag1 (Aprobado por el donante): no"
    )
    fields = [s for s in document.not_understood if "custom field" in s]
    assert fields == [
        "4 custom fields are not ClusterDesk's; their values were kept in the task notes: Text1 (Municipio), "
        "Text4 (Línea presupuestaria), Number1 (Hectáreas), Flag1 (Aprobado por el donante)."
    ]

    project = Project.new(tmp_path / "esteli.gpkg", "Hortalizas Estelí", country="NI")
    try:
        command, _warnings = plan_import_command(project, document, source=ESTELI.name)
        project.stack.push(command)
        project.save()
    finally:
        project.close()
    with Project.open(tmp_path / "esteli.gpkg") as reopened:
        stored = by_name(read_plan(reopened))
    assert "Text4 (Línea presupuestaria): 4" in stored["Capacitación en BPA"].notes
    assert stored["Venta conjunta a supermercados"].notes == "Text4 (Línea presupuestaria): 7"
    assert_valid_project(tmp_path / "esteli.gpkg")


def test_fields_without_declarations_are_named_by_ms_projects_field_names(tmp_path):
    text = ESTELI.read_text(encoding="utf-8")
    start, end = text.index("<ExtendedAttributes>"), text.index("</ExtendedAttributes>") + 21
    path = tmp_path / "undeclared.xml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    # Number1 and Flag1 used for other things again, this time in Text2 and Text3 positions too
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "<ExtendedAttribute><FieldID>188743731</FieldID><Value>Estelí</Value></ExtendedAttribute>",
            "<ExtendedAttribute><FieldID>188743734</FieldID><Value>completed</Value></ExtendedAttribute>"
            "<ExtendedAttribute><FieldID>188743983</FieldID><Value>3</Value></ExtendedAttribute>"
            "<ExtendedAttribute><FieldID>188743981</FieldID><Value>1</Value></ExtendedAttribute>",
        ),
        encoding="utf-8",
    )
    training = by_name(read_mspdi(path))["Capacitación en BPA"]
    assert training.status == "in_progress"  # 'completed' in Text2 is the agency's, not ClusterDesk's status
    assert training.notes.splitlines()[2:] == [
        "Text2: completed",
        "Number7: 3",
        "Flag20: yes",
        "Text4: 4",
        "Number1: 12.5",
        "Flag1: yes",
    ]


def test_clusterdesk_fields_are_read_where_the_file_declares_them_as_clusterdesks(planned_project, tmp_path):
    original = by_name(read_plan(planned_project))
    path = write_mspdi(read_plan(planned_project), tmp_path / "exported.xml")
    copied = read_mspdi(path)
    marketing = by_name(copied)["Joint marketing strategy"]
    assert marketing.budget == {"enterprises": 4000, "public": 2500.5, "donor": 6000}
    assert marketing.joint_action_type == "joint_marketing" and marketing.cda_in_charge == "María Pérez"
    assert marketing.notes == original["Joint marketing strategy"].notes
    assert copied.not_understood == []

    # the same file once an agency has renamed the budget field for its own use: kept as a note
    text = path.read_text(encoding="utf-8").replace("<Alias>Budget by source</Alias>", "<Alias>Rubro</Alias>")
    path.write_text(text, encoding="utf-8")
    marketing = by_name(read_mspdi(path))["Joint marketing strategy"]
    assert marketing.budget == {}
    assert marketing.notes.endswith("Text4 (Rubro): enterprises=4000;public=2500.5;donor=6000")
    assert marketing.joint_action_type == "joint_marketing"  # Text1 is still declared as ClusterDesk's


def test_a_clusterdesk_budget_that_cannot_be_read_is_kept_and_reported(planned_project, tmp_path):
    path = write_mspdi(read_plan(planned_project), tmp_path / "edited.xml")
    text = path.read_text(encoding="utf-8").replace("enterprises=4000;", "empresas=4000;")
    path.write_text(text, encoding="utf-8")
    document = read_mspdi(path)
    marketing = by_name(document)["Joint marketing strategy"]
    assert marketing.budget == {}
    assert marketing.notes.endswith("Text4 (Budget by source): empresas=4000;public=2500.5;donor=6000")
    assert document.not_understood == [
        "The budget by source of 1 task could not be read ('Joint marketing strategy'); it was kept in the "
        "task notes."
    ]


def test_a_party_whose_comma_became_a_semicolon_still_matches_its_stakeholder():
    import datetime as dt

    """MS Project allows no comma in a resource name; programs saving MS Project XML write a semicolon."""
    from clusterdesk.core.model import Stakeholder
    from clusterdesk.core.plan import PlanTaskResponsible
    from clusterdesk.core.project import Project
    from clusterdesk.io.plan_records import PlanDocument, TaskRecord, plan_import_command

    project = Project.new(None, "Calzado de Tungurahua")
    try:
        project.session.add(Stakeholder(name="Ministerio de Industrias, MIPRO", kind="public_authority"))
        project.session.commit()
        party = [("Ministerio de Industrias; MIPRO", "lead")]
        task = TaskRecord(key="1", name="Feria", start=dt.date(2025, 3, 3), duration_days=5)
        task.responsible = party
        command, warnings = plan_import_command(project, PlanDocument("Plan", tasks=[task]))
        project.stack.push(command)
        assert warnings == []
        assert project.session.query(PlanTaskResponsible).count() == 1
    finally:
        project.close()
