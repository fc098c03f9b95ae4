"""A foreign MS Project plan imports with a summary of what the action plan does not keep (resources beyond
the responsible parties, work, costs, constraints, deadlines, baselines, task calendars, custom fields);
only a file that is not a plan, or whose links form a loop, is refused; a Primavera P6 file saved as .xml
is read as P6."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_records import PlanFileError, read_plan
from conftest import assert_valid_project, english_words

DATA = Path(__file__).parent / "data"
ESTELI = DATA / "esteli_msproject2016.xml"
SOURCE = Path(__file__).parents[2] / "src"


def test_the_summary_names_each_kind_of_content_left_out():
    document = read_mspdi(ESTELI)
    assert {t.name: t.responsible for t in document.tasks if t.responsible} == {
        "Capacitación en BPA": [("INTA Estelí", "lead")],  # the seeds (material) are no responsible party
        "Venta conjunta a supermercados": [("Cooperativa Las Segovias", "support")],
    }
    summary = "\n".join(document.not_understood)
    for expected in [
        "2 material or cost resources were not imported ('Semillas certificadas', 'Viáticos')",
        "1 resource is assigned to no task and was not imported ('Consultora de mercadeo')",
        "The work and cost of 4 resource assignments were not imported",
        "The costs of 2 tasks were not imported",  # summaries only add up their tasks' costs
        "The resources' rates and costs per use were not imported.",
        "2 tasks have date constraints other than 'start no earlier than' ('Certificación de fincas', "
        "'Venta conjunta a supermercados')",
        "1 task has a deadline ('Certificación de fincas')",
        "The file's 2 baselines were not imported",
        "1 task follows a calendar of its own ('Certificación de fincas')",
        "The calendar makes 1 day working that its week leaves free (2027-03-20 'Feria del productor')",
        "4 custom fields are not ClusterDesk's",
    ]:
        assert expected in summary
    assert len(document.not_understood) == 11  # one sentence per kind, not per task


def test_the_cli_imports_a_foreign_plan_and_prints_the_summary(tmp_path, capsys):
    project = Project.new(tmp_path / "esteli.gpkg", "Hortalizas Estelí", country="NI")
    project.save()
    project.close()
    assert main(["plan", "import", str(tmp_path / "esteli.gpkg"), str(ESTELI)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"Imported 4 tasks and 2 dependencies into {tmp_path / 'esteli.gpkg'}"
    assert lines[1] == "Not imported from esteli_msproject2016.xml, because the action plan does not keep it:"
    assert len(lines) == 2 + 11 and all(line.startswith("  - ") for line in lines[2:])
    assert "Traceback" not in captured.err
    assert "'INTA Estelí', 'Cooperativa Las Segovias'" in captured.err  # responsible, not stakeholders here
    with Project.open(tmp_path / "esteli.gpkg") as reopened:
        assert [t.name for t in read_plan(reopened).tasks][:2] == [
            "Buenas prácticas agrícolas",
            "Capacitación en BPA",
        ]
    assert_valid_project(tmp_path / "esteli.gpkg")


def test_the_summary_speaks_the_environments_language(tmp_path):
    project = Project.new(tmp_path / "esteli.gpkg", "Hortalizas Estelí", country="NI")
    project.save()
    project.close()
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(LANG="ru_RU.UTF-8", PYTHONPATH=str(SOURCE))
    target = str(tmp_path / "esteli.gpkg")
    done = subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "plan", "import", target, str(ESTELI)],
        env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1] == "Не импортировано из esteli_msproject2016.xml, так как план действий этого не хранит:"
    assert "2 материальных или затратных ресурса не импортированы" in done.stdout
    assert "У 2 задач есть ограничения, отличные от «Начало не ранее»" in done.stdout
    left = re.sub(r"'[^']*'", " ", done.stdout.replace(target, " "))  # names from the file
    left = re.sub(r"(Text|Number|Flag)\d+ \([^)]*\)", " ", left).replace(ESTELI.name, " ")
    assert english_words(left.replace("ClusterDesk", " ")) == []


def test_links_forming_a_loop_are_refused_naming_the_tasks(tmp_path, capsys):
    text = ESTELI.read_text(encoding="utf-8").replace(
        "<Duration>PT160H0M0S</Duration>\n\t\t\t<DurationFormat>7</DurationFormat>",
        "<Duration>PT160H0M0S</Duration>\n\t\t\t<DurationFormat>7</DurationFormat>"
        "<PredecessorLink><PredecessorUID>4</PredecessorUID><Type>1</Type></PredecessorLink>",
    )
    path = tmp_path / "loop.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanFileError) as refused:
        read_mspdi(path)
    assert str(refused.value).startswith(
        "loop.xml: its dependencies form a loop ('Capacitación en BPA' → 'Certificación de fincas' → "
        "'Venta conjunta a supermercados' → 'Capacitación en BPA')"
    )
    project = Project.new(tmp_path / "esteli.gpkg", "Hortalizas Estelí", country="NI")
    project.save()
    project.close()
    assert main(["plan", "import", str(tmp_path / "esteli.gpkg"), str(path)]) == 1
    error = capsys.readouterr().err
    assert "its dependencies form a loop" in error and "Traceback" not in error
    with Project.open(tmp_path / "esteli.gpkg") as reopened:
        assert read_plan(reopened).tasks == []


def test_a_primavera_p6_file_is_read_as_p6(tmp_path, capsys):
    path = tmp_path / "p6_export.xml"
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<APIBusinessObjects xmlns='http://xmlns.oracle.com/Primavera/P6/V19.12/API/BusinessObjects'>"
        "<Project><ObjectId>4711</ObjectId><Id>EST-01</Id><Name>Cooperativas Estelí</Name>"
        "<Activity><ObjectId>1</ObjectId><Id>A1000</Id><Name>Capacitación en BPA</Name></Activity>"
        "</Project></APIBusinessObjects>",
        encoding="utf-8",
    )
    document = read_mspdi(path)
    assert document.name == "Cooperativas Estelí"
    assert [t.name for t in document.tasks] == ["Capacitación en BPA"]
    project = Project.new(tmp_path / "esteli.gpkg", "Hortalizas Estelí", country="NI")
    project.save()
    project.close()
    assert main(["plan", "import", str(tmp_path / "esteli.gpkg"), str(path)]) == 0
    assert "Imported 1 tasks" in capsys.readouterr().out


def test_a_file_that_is_not_a_plan_is_still_refused(tmp_path):
    path = tmp_path / "inventory.xml"
    path.write_text("<?xml version='1.0'?><inventory><item>maíz</item></inventory>", encoding="utf-8")
    with pytest.raises(PlanFileError, match="the root element is <inventory>, not <Project>"):
        read_mspdi(path)
