"""The plan, capacity, report, map and QGIS commands and the readers speak the environment's language:
help, refusals and the reasons a file is refused; with LANG=C they print exactly the English texts."""

from __future__ import annotations

import re

import pytest

from test_cli_languages import assert_russian, run

COMMANDS = [
    ("capacity",), ("capacity", "init"), ("capacity", "template"), ("capacity", "import"),
    ("capacity", "export"), ("capacity", "scores"), ("plan",), ("plan", "export"), ("plan", "import"),
    ("plan", "schedule"), ("render-map",), ("report",), ("webmap",), ("gui",), ("qgis",), ("qgis-plugin",),
    ("results",), ("results", "export"), ("results", "import"), ("results", "status"), ("results", "iati"),
    ("network",), ("network", "export"), ("network", "import"), ("network", "measures"),
    ("survey",), ("survey", "new"), ("survey", "form"), ("survey", "import"), ("survey", "list"),
    ("check",),
    ("brief",),
]  # fmt: skip
# Names kept as typed in the help: formats, programs, choices and examples
NAMES = (
    # render-map's choropleth: values typed as they are (before "tiles", which "quantiles" holds)
    "quantiles",
    "score",
    "fixed",
    "jenks",
    "lq",
    "MS Project",
    "ProjectLibre",
    "GanttProject",
    "Primavera P6",
    "iCalendar",
    "Excel",
    "XML",
    "CSV",
    "PDF",
    "PNG",
    "SVG",
    "HTML",
    "Natural Earth",
    "GeoPackage",
    "QGIS",
    "ClusterDesk",
    "baseline",
    "midline",
    "endline",
    "Letter",
    "osm",
    "boundaries",
    "relations",
    "stakeholders",
    "labels",
    "tiles",
    "basemap",
    "decorations",
    "pack",
    "init",
    "template",
    "import",
    "export",
    "scores",
    "schedule",
    "out",
    "source",
    "final",
    "map",
    "minlon",
    "minlat",
    "maxlon",
    "maxlat",
    "IATI",
    "XM-DAC-41123",
    "status",
    "iati",
    "GEXF",
    "GraphML",
    "Gephi",
    "UUID",
    "supplies",
    "joint_action",
    "measures",
    "network",
    "net.gexf",
    "net.graphml",
    "edges.csv",
    "clusterdesk",
    "XLSForm",
    "KoboToolbox",
    "ODK",
    "Central",
    "form_id",
    "follow_up_1",
    "form.xlsx",
    "survey",
    "new",
    "list",
    "form",
    "NAME",
    "YYYY-MM-DD",
    "brief",
    "brief.pdf",
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("languages")
    done = run("new", "atuntaqui", "--name", "Atuntaqui", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder / "atuntaqui.gpkg"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_in_russian(command, tmp_path):
    shown = run(*command, "--help", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    words = shown.stdout.split("\n\n", 1)[1]  # the usage lines list the options
    words = re.sub(r"--?[a-z][a-z-]*", " ", words)  # before names such as "out" are taken out
    assert_russian(words, *NAMES)


def test_top_level_help_in_russian(tmp_path):
    shown = run("--help", cwd=tmp_path)
    assert "карты, реестр и планы действий" in shown.stdout


def test_plan_export_to_a_missing_folder(project, tmp_path):
    out = tmp_path / "nowhere" / "plan.xml"
    refused = run("plan", "export", str(project), str(out), cwd=tmp_path)
    assert refused.returncode != 0
    assert_russian(refused.stderr, out.parent)
    english = run("plan", "export", str(project), str(out), cwd=tmp_path, lang="C")
    assert english.stderr == (
        f"clusterdesk: The folder {out.parent} does not exist. Create it or choose another.\n"
    )


def test_capacity_refusal(project, tmp_path):
    refused = run("capacity", "template", str(project), "round.txt", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "round.txt", ".xlsx")
    english = run("capacity", "template", str(project), "round.txt", cwd=tmp_path, lang="C")
    assert english.stderr == "clusterdesk: round.txt: the workbook must end in .xlsx.\n"
    shown = run("capacity", "scores", str(project), cwd=tmp_path)
    assert_russian(shown.stdout, "`clusterdesk capacity init PATH`")
    english = run("capacity", "scores", str(project), cwd=tmp_path, lang="C")
    assert english.stdout == "No assessment framework yet: run `clusterdesk capacity init PATH` first.\n"


def test_report_refusal(project, tmp_path):
    refused = run("report", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "report", "project.gpkg", "pack.pdf", "OUTPUT")
    english = run("report", cwd=tmp_path, lang="C")
    assert english.stderr == (
        "clusterdesk: report needs the project file and -o OUTPUT, "
        "e.g. clusterdesk report project.gpkg -o pack.pdf.\n"
    )
    english = run("report", str(project), cwd=tmp_path, lang="C")
    assert english.stderr.startswith("clusterdesk: report needs -o OUTPUT, e.g. ")


def test_brief_refusal(project, tmp_path):
    refused = run("brief", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "brief", "project.gpkg", "brief.pdf", "OUTPUT")
    english = run("brief", cwd=tmp_path, lang="C")
    assert english.stderr == (
        "clusterdesk: brief needs the project file and -o OUTPUT, "
        "e.g. clusterdesk brief project.gpkg -o brief.pdf.\n"
    )
    missing = run("brief", str(project), "-o", "brief.pdf", "--presentation", "Comité", cwd=tmp_path)
    assert missing.returncode == 1
    assert_russian(missing.stderr, "presentation", "Comité", "–")
    done = run("brief", str(project), "-o", "brief.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert_russian(done.stdout, tmp_path / "brief.pdf", "brief.pdf")


def test_malformed_ms_project_xml(project, tmp_path):
    source = tmp_path / "plan.xml"
    source.write_text('<?xml version="1.0"?>\n<Project><Tasks><Task>\n', encoding="utf-8")
    refused = run("plan", "import", str(project), str(source), cwd=tmp_path)
    assert refused.returncode != 0
    assert_russian(refused.stderr, "plan.xml", "MS Project", "XML")
    english = run("plan", "import", str(project), str(source), cwd=tmp_path, lang="C")
    assert english.stderr == (
        "clusterdesk: plan.xml: not well-formed XML at line 3, column 1; the file may be cut short or not "
        "an MS Project XML file.\n"
    )


def test_xlsx_with_a_formula_without_a_value(project, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Firms"
    sheet.append(["name", "kind", "lat", "lon", "employees"])
    sheet.append(["Tejidos Ana", "enterprise", 0.33, -78.22, "=2*6"])
    source = tmp_path / "firms.xlsx"
    workbook.save(source)
    shown = run("import-stakeholders", str(project), str(source), cwd=tmp_path)
    output = shown.stdout + shown.stderr
    assert "формул" in output, output
    assert_russian(
        output, source, "firms.xlsx", "'Firms'", "E2", "Excel", "LibreOffice", "XLSX", "=2*6", "2*6", "UTF-8"
    )
    english = run("import-stakeholders", str(project), str(source), cwd=tmp_path, lang="C")
    assert (
        "1 formula cell of sheet 'Firms' (E2) has no computed result: the program that wrote the file did "
        "not calculate them. Open the file in Excel or LibreOffice and save it, then import it again"
    ) in english.stdout + english.stderr


def test_argparses_own_words_in_russian(tmp_path):
    refused = run("new", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines()[-1] == (
        "clusterdesk new: ошибка: не хватает обязательных аргументов: path, --name"
    )
    shown = run("new", "--help", cwd=tmp_path)
    assert shown.stdout.startswith("использование: clusterdesk new")
    assert "позиционные аргументы" in shown.stdout and "показать эту справку и выйти" in shown.stdout
    english = run("new", cwd=tmp_path, lang="C")
    assert english.stderr.strip().splitlines()[-1] == (
        "clusterdesk new: error: the following arguments are required: path, --name"
    )


def test_results_refusals_in_russian(project, tmp_path):
    refused = run("results", "iati", str(project), "-o", "activity.xml", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "--reporting-org", "IATI", "XM-DAC-41123")
    english = run("results", "iati", str(project), "-o", "activity.xml", cwd=tmp_path, lang="C")
    assert english.stderr == (
        "clusterdesk: an IATI file names the organisation that publishes it: add --reporting-org with your "
        "organisation's IATI identifier (e.g. XM-DAC-41123). Nothing was written.\n"
    )
    shown = run("results", "status", str(project), cwd=tmp_path)
    assert shown.returncode == 0
    assert_russian(shown.stdout, "clusterdesk results import")
    source = tmp_path / "logframe.xlsx"
    source.write_text("not a workbook", encoding="utf-8")
    refused = run("results", "import", str(project), str(source), cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "logframe.xlsx", "Excel", ".xlsx")


def test_survey_refusals_in_russian(project, tmp_path):
    refused = run("survey", "form", str(project), "--survey", "Base", "-o", "form.xlsx", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "Base", "clusterdesk survey new")
    english = run("survey", "form", str(project), "--survey", "Base", "-o", "form.xlsx", cwd=tmp_path,
                  lang="C")  # fmt: skip
    assert english.stderr == (
        "clusterdesk: The project has no survey named Base. Its surveys: none yet (clusterdesk survey new).\n"
    )
    made = run("survey", "new", str(project), "--name", "Base", "--round", "baseline", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert_russian(made.stdout, "Base", "baseline")
    source = tmp_path / "export.csv"
    source.write_text("Name,employees\nNadie,many\n", encoding="utf-8")
    refused = run("survey", "import", str(project), str(source), "--survey", "Base", cwd=tmp_path)
    assert refused.returncode == 2
    assert_russian(refused.stderr, "export.csv", "Name", "employees", "'Nadie'", "'many'")
    english = run("survey", "import", str(project), str(source), "--survey", "Base", cwd=tmp_path, lang="C")
    assert "row 2, employees: 'many' is not a number" in english.stderr
    assert "row 2, Name: 'Nadie' is not a firm of the registry" in english.stderr
