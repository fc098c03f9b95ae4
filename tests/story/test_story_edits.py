"""Presentation commands: each lands in the tables, undoes and redoes exactly (fids, UUIDs, positions)
and the result survives a save and a reopen; bad slides are refused naming the field; one default."""

from __future__ import annotations

import json

import pytest

from clusterdesk.core import presentation_edits as edits
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.project import Project
from conftest import assert_valid_project

TABLES = ("presentations", "presentation_slides")
VIEW = (-78.3, 0.25, -78.1, 0.4)


def snapshot(connection) -> dict[str, list[tuple]]:
    return {name: connection.execute(f"SELECT * FROM {name} ORDER BY fid").fetchall() for name in TABLES}


def saved_snapshot(project: Project) -> dict[str, list[tuple]]:
    """Save, reopen the file and read the tables back from it."""
    project.save()
    with Project.open(project.path) as reopened:
        return snapshot(reopened.connection)


def round_trip(project: Project, command):
    """Do, undo and redo `command`, each state saved to the file and read back equal to the working copy."""
    before = snapshot(project.connection)
    project.stack.push(command)
    after = snapshot(project.connection)
    assert after != before, "the command changed nothing"
    assert saved_snapshot(project) == after
    project.stack.undo()
    assert snapshot(project.connection) == before
    assert saved_snapshot(project) == before
    project.stack.redo()
    assert snapshot(project.connection) == after
    assert saved_snapshot(project) == after
    return command


def titles(project: Project, presentation_id: int) -> list[tuple[str, int]]:
    return project.connection.execute(
        "SELECT title, position FROM presentation_slides WHERE presentation_id = ? ORDER BY position, fid",
        (presentation_id,),
    ).fetchall()


def defaults(project: Project) -> list[str]:
    return [r[0] for r in project.connection.execute("SELECT name FROM presentations WHERE is_default")]


@pytest.fixture
def story(new_project):
    """A presentation with four slides: a map view, key figures, results and network."""
    project = new_project
    command = edits.add_presentation(project, "Comité de marzo")
    project.stack.push(command)
    fid = command.rows["presentations"][0]["fid"]
    project.stack.push(
        edits.add_map_slide(
            project, fid, VIEW, "El conglomerado", layers=["stakeholders", "relations"],
            filters={"kind": ["enterprise"]}, highlighted=["uuid-1"], caption="Dónde", speaker_notes="Notas",
        )
    )  # fmt: skip
    for kind, title in (("key_figures", "Cifras"), ("results", "Resultados"), ("network", "Red")):
        project.stack.push(edits.add_slide(project, fid, {"kind": kind, "title": title}))
    return project, fid


def slide_fid(project: Project, title: str) -> int:
    return project.connection.execute(
        "SELECT fid FROM presentation_slides WHERE title = ?", (title,)
    ).fetchone()[0]


def test_presentations_add_rename_default_delete(new_project):
    project = new_project
    first = round_trip(project, edits.add_presentation(project, "Comité de marzo", notes="  para el comité "))
    assert defaults(project) == ["Comité de marzo"], "the first presentation is the default"
    first_fid = first.rows["presentations"][0]["fid"]
    second = round_trip(project, edits.add_presentation(project, "Versión corta"))
    second_fid = second.rows["presentations"][0]["fid"]
    assert defaults(project) == ["Comité de marzo"]
    round_trip(project, edits.add_presentation(project, "Para el donante", default=True))
    assert defaults(project) == ["Para el donante"]
    round_trip(project, edits.set_default_presentation(project, second_fid))
    assert defaults(project) == ["Versión corta"]
    round_trip(project, edits.rename_presentation(project, first_fid, "Comité de abril"))
    round_trip(project, edits.edit_presentation_notes(project, first_fid, "otra nota"))
    round_trip(project, edits.delete_presentation(project, second_fid))
    assert defaults(project) == ["Comité de abril"], "the oldest one left takes over as the default"
    names = [p.name for p in edits.read_presentations(project.session.connection())]
    assert names == ["Comité de abril", "Para el donante"]
    assert_valid_project(project.path)


def test_presentation_names_refused(new_project):
    project = new_project
    project.stack.push(edits.add_presentation(project, "Comité"))
    with pytest.raises(ValidationError) as refused:
        edits.add_presentation(project, "  comité ")
    assert refused.value.field == "name"
    with pytest.raises(ValidationError) as refused:
        edits.add_presentation(project, "   ")
    assert refused.value.field == "name"


def test_slides_add_edit_move_duplicate_delete(story):
    project, fid = story
    assert titles(project, fid) == [("El conglomerado", 0), ("Cifras", 1), ("Resultados", 2), ("Red", 3)]
    round_trip(project, edits.add_slide(project, fid, {"kind": "budget", "title": "Presupuesto"}, position=1))
    assert [t for t, _p in titles(project, fid)] == [
        "El conglomerado",
        "Presupuesto",
        "Cifras",
        "Resultados",
        "Red",
    ]
    assert [p for _t, p in titles(project, fid)] == [0, 1, 2, 3, 4]
    round_trip(project, edits.move_slide(project, slide_fid(project, "Red"), 0))
    assert [t for t, _p in titles(project, fid)] == [
        "Red",
        "El conglomerado",
        "Presupuesto",
        "Cifras",
        "Resultados",
    ]
    round_trip(project, edits.move_slide(project, slide_fid(project, "Red"), 99))
    assert titles(project, fid)[-1] == ("Red", 4)
    round_trip(project, edits.duplicate_slide(project, slide_fid(project, "El conglomerado")))
    copies = project.connection.execute(
        "SELECT fid, uuid, position, min_lon, layers, filters, highlighted, caption, speaker_notes"
        " FROM presentation_slides WHERE title = 'El conglomerado' ORDER BY position"
    ).fetchall()
    assert [c[2] for c in copies] == [0, 1]
    assert copies[0][0] != copies[1][0] and copies[0][1] != copies[1][1]
    assert copies[0][3:] == copies[1][3:]
    round_trip(project, edits.update_slide(project, slide_fid(project, "Cifras"), {
        "title": "Cifras clave", "caption": "Lo esencial", "speaker_notes": "Decir primero",
        "options": {"top": 5},
    }))  # fmt: skip
    round_trip(
        project,
        edits.update_slide(
            project, slide_fid(project, "Red"), {"options": '{"rounds": ["baseline", "follow_up_1"]}'}
        ),
    )
    round_trip(project, edits.delete_slide(project, slide_fid(project, "Presupuesto")))
    assert [p for _t, p in titles(project, fid)] == list(range(5))
    (presentation,) = edits.read_presentations(project.session.connection())
    slides = presentation.slides
    assert [s["title"] for s in slides] == [
        "El conglomerado",
        "El conglomerado",
        "Cifras clave",
        "Resultados",
        "Red",
    ]
    assert slides[0]["layers"] == ["stakeholders", "relations"]
    assert slides[0]["filters"] == {"kind": ["enterprise"]}
    assert slides[0]["highlighted"] == ["uuid-1"]
    assert (slides[0]["min_lon"], slides[0]["max_lat"]) == (VIEW[0], VIEW[3])
    assert slides[2]["options"] == {"top": 5} and slides[2]["speaker_notes"] == "Decir primero"
    assert slides[4]["options"] == {"rounds": ["baseline", "follow_up_1"]}
    assert_valid_project(project.path)


def test_move_undo_restores_every_position(story):
    project, fid = story
    # positions with gaps, as another program may leave them: undo puts the gaps back, not 0..n
    project.connection.execute("UPDATE presentation_slides SET position = position * 10")
    project.connection.commit()
    before = titles(project, fid)
    project.stack.push(edits.move_slide(project, slide_fid(project, "Resultados"), 0))
    assert [p for _t, p in titles(project, fid)] == [0, 1, 2, 3]
    project.stack.undo()
    assert titles(project, fid) == before


def test_deleting_a_presentation_takes_its_slides(story):
    project, fid = story
    round_trip(project, edits.delete_presentation(project, fid))
    assert project.connection.execute("SELECT count(*) FROM presentation_slides").fetchone()[0] == 0
    assert defaults(project) == []


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "map", "title": "Vista"}, "min_lon"),
        ({"kind": "chart", "title": "Vista"}, "kind"),
        ({"kind": "map", "title": "  "}, "title"),
        ({"kind": "map", "title": "V", "min_lon": -190, "min_lat": 0, "max_lon": 1, "max_lat": 1}, "min_lon"),
        ({"kind": "map", "title": "V", "min_lon": 0, "min_lat": -91, "max_lon": 1, "max_lat": 1}, "min_lat"),
        ({"kind": "map", "title": "V", "min_lon": 0, "min_lat": 0, "max_lon": 1, "max_lat": 95}, "max_lat"),
        ({"kind": "map", "title": "V", "min_lon": 2, "min_lat": 0, "max_lon": 1, "max_lat": 1}, "max_lon"),
        ({"kind": "map", "title": "V", "min_lon": 0, "min_lat": 1, "max_lon": 1, "max_lat": 1}, "max_lat"),
        ({"kind": "map", "title": "V", "min_lon": 0, "min_lat": 0, "max_lon": 1}, "max_lat"),
        (
            {"kind": "map", "title": "V", "min_lon": "west", "min_lat": 0, "max_lon": 1, "max_lat": 1},
            "min_lon",
        ),
        (
            {"kind": "map", "title": "V", "min_lon": float("nan"), "min_lat": 0, "max_lon": 1, "max_lat": 1},
            "min_lon",
        ),
        ({"kind": "results", "title": "R", "options": "{top: 5"}, "options"),
        ({"kind": "results", "title": "R", "options": "[1, 2]"}, "options"),
        ({"kind": "results", "title": "R", "layers": '["a", 3]'}, "layers"),
        ({"kind": "results", "title": "R", "highlighted": '"one"'}, "highlighted"),
        ({"kind": "results", "title": "R", "filters": '{"kind": "enterprise"}'}, "filters"),
        ({"kind": "results", "title": "R", "filters": "{'kind': ['enterprise']}"}, "filters"),
        ({"kind": "results", "title": "R", "colour": "red"}, "colour"),
    ],
)
def test_bad_slides_refused_naming_the_field(story, values, field):
    project, fid = story
    before = snapshot(project.connection)
    with pytest.raises(ValidationError) as refused:
        edits.add_slide(project, fid, values)
    assert refused.value.field == field, str(refused.value)
    assert snapshot(project.connection) == before


def test_bad_edits_refused_naming_the_field(story):
    project, _fid = story
    map_slide = slide_fid(project, "El conglomerado")
    with pytest.raises(ValidationError) as refused:
        edits.update_slide(project, map_slide, {"max_lon": -79.0})
    assert refused.value.field == "max_lon"
    with pytest.raises(ValidationError) as refused:
        edits.update_slide(project, slide_fid(project, "Cifras"), {"kind": "map"})
    assert refused.value.field == "min_lon", "a slide turned into a map needs a view"
    with pytest.raises(ValidationError) as refused:
        edits.update_slide(project, map_slide, {"options": "not json"})
    assert refused.value.field == "options"


def test_refusals_in_russian(story, russian_messages):
    project, fid = story
    with pytest.raises(ValidationError) as refused:
        edits.add_slide(project, fid, {"kind": "map", "title": "Вид"})
    assert "карт" in refused.value.reason, refused.value.reason
    command = edits.add_slide(project, fid, {"kind": "decisions"})
    assert "Добавить" in command.label, command.label
    assert command.commands[0].rows["presentation_slides"][0]["title"] == "Необходимые решения"


def test_unreadable_json_in_the_file_reads_as_nothing(story):
    project, fid = story
    project.connection.execute("UPDATE presentation_slides SET layers = '{bad', options = '[1]'")
    project.connection.commit()
    slides = edits.read_presentations(project.session.connection())[0].slides
    assert all(s["layers"] is None and s["options"] is None for s in slides)


def test_chosen_presentation(story):
    project, _fid = story
    project.stack.push(edits.add_presentation(project, "Corta"))
    presentations = edits.read_presentations(project.session.connection())
    assert edits.chosen_presentation(presentations, None).name == "Comité de marzo"
    assert edits.chosen_presentation(presentations, " corta").name == "Corta"
    with pytest.raises(ValidationError) as refused:
        edits.chosen_presentation(presentations, "Otra")
    assert "Corta" in str(refused.value)
    assert json.loads(json.dumps([p.name for p in presentations]))
