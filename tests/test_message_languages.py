"""What the Qt-free layers say to the user (errors of opening and saving, field rules, undo labels) is in
the messages language: the window's interface language, the command line's environment, else English."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest

from clusterdesk.core.catalogue import language_from_environment, messages_language, set_messages_language
from clusterdesk.core.edits import AddStakeholders, move_stakeholder
from clusterdesk.core.errors import CorruptProjectError, NotAProjectError, ProjectFileError
from clusterdesk.core.project import Project
from clusterdesk.core.stakeholder_rules import stakeholder_problems
from clusterdesk.core.workspace import Workspace
from conftest import REPO, english_words

COMMAND_LINES = re.compile(r"clusterdesk [a-z-]+")  # command and file names stay as they are


def assert_russian(message: str, *names) -> None:
    """`message` is Russian, once the file names it quotes and command lines are taken out."""
    for name in names:
        message = message.replace(str(name), " ")
    message = COMMAND_LINES.sub(" ", message)
    assert re.search("[а-яё]{4}", message), message
    assert english_words(message) == [], message


def test_opening_refusals_speak_russian(russian_messages, tmp_path):
    missing = tmp_path / "missing.gpkg"
    with pytest.raises(ProjectFileError) as refused:
        Project.open(missing)
    assert_russian(str(refused.value), missing)
    assert str(refused.value).startswith(f"Файл {missing} не существует")

    notes = tmp_path / "notes.gpkg"
    notes.write_text("hello")
    with pytest.raises(NotAProjectError) as refused:
        Project.open(notes)
    assert_russian(str(refused.value), notes.name)
    assert "Файл > Импорт участников" in str(refused.value)

    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(NotAProjectError) as refused:
        Project.open(plain)
    assert_russian(str(refused.value), plain.name, "SQLite")


def test_a_damaged_file_is_named_damaged_in_russian(russian_messages, new_project):
    data = bytearray(new_project.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wipe a page
    broken = new_project.path.with_name("broken.gpkg")
    broken.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError) as refused:
        Project.open(broken)
    assert_russian(str(refused.value), f"{broken.name}.bak", broken.name)
    assert "повреждён" in str(refused.value) and "образ базы данных" in str(refused.value)  # SQLite's too


def test_saving_where_nothing_can_be_written_speaks_russian(russian_messages, new_project):
    target = "/proc/x.gpkg"
    with pytest.raises(ProjectFileError) as refused:
        new_project.save(target)
    assert_russian(str(refused.value), target)
    assert str(refused.value).startswith(f"Не удалось сохранить {target}")
    assert not new_project.is_dirty  # the project stays as it was: saved at its own place


def test_field_rules_speak_russian(russian_messages):
    values = {"name": "", "kind": "enterprise", "employees": "many", "year_founded": "1750", "lat": "95"}
    problems = stakeholder_problems({**values, "lon": "-78.2"})
    assert set(problems) == {"name", "employees", "year_founded", "lat"}
    for message in problems.values():
        assert_russian(message)
    assert problems["employees"] == "Сотрудники: введите целое число, например 12."
    assert problems["lat"] == "Широта: значение должно быть от -90 до 90 градусов."
    women = {"name": "X", "kind": "enterprise", "employees": "1200", "women_employees": "1300"}
    women = stakeholder_problems(women)
    assert women["women_employees"] == (
        "Число сотрудников-женщин (1\u00a0300) не может превышать общее число сотрудников (1\u00a0200)."
    )


def test_undo_labels_speak_russian_with_its_plural_forms(russian_messages, new_project):
    workspace = Workspace()
    workspace.project = new_project
    rows = [{"name": f"Firm {i}", "kind": "enterprise", "lon": -78.2, "lat": 0.3} for i in range(500)]
    new_project.stack.push(AddStakeholders(rows))
    assert new_project.stack.undo_label == "Добавление 500 участников"
    fid = new_project.stakeholder_points().fid[0]
    new_project.stack.push(move_stakeholder(int(fid), -78.1, 0.4, "Textiles Imbabura"))
    assert workspace.state.undo_label == "Перемещение «Textiles Imbabura»"
    labels = {n: AddStakeholders([{"name": "X"}] * n).label for n in (2, 5, 21, 1001)}
    assert labels == {2: "Добавление 2 участников", 5: "Добавление 5 участников",
                      21: "Добавление 21 участника", 1001: "Добавление 1\u00a0001 участника"}  # fmt: skip
    workspace.project = None


def test_messages_are_english_by_default_and_after_switching_back(tmp_path):
    assert messages_language() == "en"
    set_messages_language("es")
    try:
        with pytest.raises(ProjectFileError, match="no existe"):
            Project.open(tmp_path / "missing.gpkg")
        assert AddStakeholders([{"name": "X"}] * 3).label == "Añadir 3 actores"
        set_messages_language("fr")
        assert AddStakeholders([{"name": "X"}] * 3).label == "Ajouter 3 acteurs"
        set_messages_language("de_DE")  # not spoken: English
        assert messages_language() == "en"
    finally:
        set_messages_language("en")
    with pytest.raises(ProjectFileError, match="does not exist. Check the name and folder"):
        Project.open(tmp_path / "missing.gpkg")
    assert AddStakeholders([{"name": "X"}] * 1200).label == "Add 1,200 stakeholders"


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "es_EC.UTF-8"}, "es"),
        ({"LANG": "fr"}, "fr"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "ru_RU.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr:en"}, "fr"),  # GNU's list of preferences
        ({"LANG": "C", "LANGUAGE": "ru"}, "en"),  # ... which gettext ignores in the C locale
    ],
)
def test_the_command_line_takes_its_language_from_the_environment(environment, language):
    assert language_from_environment(environment) == language


def _cli(tmp_path, **environment):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(environment, PYTHONPATH=str(REPO / "src"))
    missing = tmp_path / "missing.gpkg"
    result = subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "info", str(missing)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    return result.stderr.strip(), missing


def test_the_command_line_refuses_in_the_language_of_its_environment(tmp_path):
    message, missing = _cli(tmp_path, LANG="ru_RU.UTF-8")
    assert message.startswith(f"clusterdesk: Файл {missing} не существует."), message
    assert_russian(message.removeprefix("clusterdesk:"), missing)
    message, missing = _cli(tmp_path, LANG="C")
    assert message == (
        f"clusterdesk: {missing} does not exist. Check the name and folder, or open another project."
    )


def test_plan_governance_and_capacity_speak_russian(russian_messages, new_project):
    from clusterdesk.core.capacity_edits import SetTarget
    from clusterdesk.core.errors import ValidationError
    from clusterdesk.core.governance_edits import add_body
    from clusterdesk.core.plan_edits import AddTask

    new_project.stack.push(AddTask({"name": "Collective brand"}))
    assert new_project.stack.undo_label == "Добавление «Collective brand»"
    with pytest.raises(ValidationError) as refused:
        new_project.stack.push(AddTask({"name": " "}))
    assert refused.value.reason == "у задачи должно быть название"
    new_project.stack.push(add_body(new_project, {"name": "Comisión del Clúster"}))
    assert new_project.stack.undo_label == "Добавление органа «Comisión del Clúster»"
    with pytest.raises(ValidationError) as refused:
        new_project.stack.push(SetTarget(1, None, 9))
    assert refused.value.reason == "9 вне шкалы 1–5"


def test_a_file_missing_parts_says_what_is_missing_in_russian(russian_messages, new_project):
    path = new_project.path
    new_project.close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE contact_persons")
    connection.commit()
    connection.close()
    with pytest.raises(CorruptProjectError) as refused:
        Project.open(path)
    message = str(refused.value)
    assert "нет таблицы contact_persons" in message
    assert_russian(message, "cluster-repaired.gpkg", path.name, "contact_persons")
