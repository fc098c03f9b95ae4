"""What a new user meets first on the command line: pipes closed early, file names, exit codes, one wording
for a missing folder, re-imports that must not duplicate, and messages free of library internals."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.io.duplicates import find_duplicates, name_key
from clusterdesk.io.stakeholder_import import build_import_plan
from conftest import SAMPLES, assert_valid_project

FIRMS = [
    {"name": "Textiles Imbabura", "lon": -78.2201, "lat": 0.3345, "employees": 40},
    {"name": "Hilados del Norte", "kind": "supplier", "lon": -78.1302, "lat": 0.3512},
    {"name": "Comerciante ambulante"},  # a travelling trader: no location
]


@pytest.fixture(autouse=True)
def _application(qapp):
    """A widget application from the start: render-map would otherwise create a windowless one, on which
    the import wizard test (or any later widget test in the same run) cannot build its window."""
    return qapp


@pytest.fixture
def firms_project(new_project):
    new_project.stack.push(edits.AddStakeholders([dict(row) for row in FIRMS]))
    new_project.save()
    return new_project


def stakeholder_count(path) -> int:
    with Project.open(path) as project:
        return project.counts()["stakeholders"]


# -- 1. a closed pipe ------------------------------------------------------------------------------------


def test_output_into_a_closed_pipe_ends_quietly(firms_project):
    """`clusterdesk info x.gpkg | head -1`: the reader goes away before the output is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clusterdesk.cli.main", "info", str(firms_project.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert errors == ""


# -- 2. `new` needs a file name --------------------------------------------------------------------------


def test_new_refuses_an_empty_name_and_a_foreign_extension(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "", "--name", "x"]) == 2
    assert "give the project a file name" in capsys.readouterr().err
    assert main(["new", "notes.txt", "--name", "x"]) == 2
    assert "notes.txt: a project file must end in .gpkg" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_new_adds_the_extension_and_says_so(tmp_path, capsys):
    assert main(["new", str(tmp_path / "atuntaqui"), "--name", "Atuntaqui"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"Created {tmp_path / 'atuntaqui.gpkg'} (.gpkg added to the name)"
    assert_valid_project(tmp_path / "atuntaqui.gpkg")
    assert not (tmp_path / "atuntaqui").exists()


# -- 3. re-importing an export ---------------------------------------------------------------------------


def test_reimporting_an_export_adds_nothing_twice(firms_project, tmp_path, capsys):
    path = firms_project.path
    firms_project.close()
    exported = tmp_path / "firms.csv"
    assert main(["export-stakeholders", str(path), str(exported)]) == 0
    capsys.readouterr()
    assert main(["import-stakeholders", str(path), str(exported)]) == 0
    out = capsys.readouterr().out
    assert "Already in the project (same UUID), skipped: 3" in out
    assert "row 2 'Textiles Imbabura' is stakeholder 1 (same UUID)" in out
    assert "Nothing to import: every row is already in the project (same UUID)." in out
    assert "Likely duplicates" not in out  # the UUID said it already; no second report
    assert stakeholder_count(path) == 3


def test_rows_with_a_new_or_missing_uuid_are_imported(firms_project, tmp_path):
    exported = tmp_path / "firms.csv"
    from clusterdesk.io.stakeholder_export import export_stakeholders

    export_stakeholders(firms_project, exported)
    with open(exported, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    uuid_at, name_at = rows[0].index("uuid"), rows[0].index("name")
    rows[1][uuid_at] = ""  # same firm, identity lost: imported, flagged as a likely duplicate
    rows[2][uuid_at], rows[2][name_at] = "0f8e3a52-6d1b-4c6e-9a57-3f7f2f0d9c11", "Nueva Textil"
    with open(exported, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    plan = build_import_plan(exported, firms_project)
    assert [(a.row, a.name) for a in plan.already_present] == [(4, "Comerciante ambulante")]
    assert plan.valid_count == 2
    assert [d.row for d in plan.duplicates] == [2]
    firms_project.stack.push(plan.command())
    assert firms_project.counts()["stakeholders"] == 5
    firms_project.save()
    assert_valid_project(firms_project.path)


def test_imported_rows_keep_the_files_uuids_so_a_second_import_is_recognised(firms_project, tmp_path):
    from clusterdesk.io.stakeholder_export import export_stakeholders

    exported = tmp_path / "firms.csv"
    export_stakeholders(firms_project, exported)
    with open(exported, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows.append(list(rows[1]))  # the same UUID twice in one file: only the first row may keep it
    rows[-1][rows[0].index("name")] = "Copia"
    with open(exported, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    original = dict(firms_project.connection.execute("SELECT name, uuid FROM stakeholders").fetchall())
    with Project.new(tmp_path / "other.gpkg", "Other") as other:
        plan = build_import_plan(exported, other)
        assert plan.already_present == [] and plan.valid_count == 4
        other.stack.push(plan.command())
        copied = dict(other.connection.execute("SELECT name, uuid FROM stakeholders").fetchall())
        assert {name: copied[name] for name in original} == original
        assert copied["Copia"] not in original.values()
        again = build_import_plan(exported, other)
        assert len(again.already_present) == 4 and again.valid_count == 0
        other.stack.undo()
        other.stack.redo()  # redo puts back the same identities
        assert dict(other.connection.execute("SELECT name, uuid FROM stakeholders").fetchall()) == copied
        other.save()
    assert_valid_project(tmp_path / "other.gpkg")


# -- 5. names made of legal-form letters -----------------------------------------------------------------


def test_single_letter_names_are_compared_not_dropped():
    assert name_key("A") == "a" and name_key("C") == "c"
    assert name_key("S.A.") == "s a"
    assert name_key("Textiles Imbabura S.A.") == "textiles imbabura"
    import numpy as np

    found = find_duplicates(
        ["A", "B", "A"],
        np.array([-78.22, -78.30, -78.22]),
        np.array([0.33, 0.40, 0.33]),
        np.array([2, 3, 4]),
        None,
    )
    assert [(d.row, d.other_row) for d in found] == [(4, 2)]
    nothing = np.array([], dtype=float)
    assert find_duplicates([], nothing, nothing, np.array([], dtype=int), None) == []


# -- 7. import hints -------------------------------------------------------------------------------------


def test_rows_without_coordinates_get_a_note(new_project, tmp_path, capsys):
    source = tmp_path / "firms.csv"
    source.write_text("name,lat,lon\nTextiles A,0.33,-78.2\nTrader B,,\n", encoding="utf-8")
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 0
    out = capsys.readouterr().out
    assert "Note: 1 of the 2 rows to import has no coordinates: imported, but not on the map" in out


def test_an_explicit_header_row_is_reported_as_given(new_project, tmp_path, capsys):
    source = tmp_path / "firms.csv"
    source.write_text("Directorio 2025\n\nname,employees\nTextiles A,4\n", encoding="utf-8")
    assert main(["import-stakeholders", str(new_project.path), str(source), "--header-row", "3"]) == 0
    out = capsys.readouterr().out
    assert "Note: header row 3 as given (rows above it skipped)" in out
    assert "header found" not in out
    assert main(["import-stakeholders", str(new_project.path), str(source)]) == 0
    assert "Note: header found in row 3 (rows above it skipped)" in capsys.readouterr().out


# -- 8. exit codes and wording ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--size", "800by600"], "--size must look like 1600x1000"),
        (["--extent", "1,2,3"], "--extent must be four numbers"),
    ],
)
def test_render_map_refuses_bad_arguments_with_exit_2(firms_project, tmp_path, capsys, arguments, message):
    out = tmp_path / "map.png"
    assert main(["render-map", str(firms_project.path), "-o", str(out), *arguments]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_render_map_refuses_an_unknown_image_type_and_a_fake_tile_file(firms_project, tmp_path, capsys):
    assert main(["render-map", str(firms_project.path), "-o", str(tmp_path / "map.jpg")]) == 2
    assert "map.jpg: the map image must end in .png, .svg, .pdf" in capsys.readouterr().err
    fake = tmp_path / "fake.gpkg"
    fake.write_text("this is not a geopackage\n")
    code = main(["render-map", str(firms_project.path), "-o", str(tmp_path / "m.png"), "--tiles", str(fake)])
    assert code == 2
    err = capsys.readouterr().err
    assert "fake.gpkg is not a GeoPackage tile file: it is not an SQLite database" in err
    assert "file is not a database" not in err


def test_a_missing_output_folder_has_one_wording(firms_project, tmp_path, capsys):
    missing = tmp_path / "nowhere"
    wording = f"The folder {missing} does not exist. Create it or choose another."
    commands = [
        ["export-stakeholders", str(firms_project.path), str(missing / "firms.csv")],
        ["webmap", str(firms_project.path), "-o", str(missing / "map.html")],
        ["report", str(firms_project.path), "-o", str(missing / "pack.pdf")],
        ["qgis-plugin", "--zip", str(missing / "plugin.zip")],
        ["new", str(missing / "new.gpkg"), "--name", "x"],
    ]
    for command in commands:
        assert main(command) == 1, command
        assert wording in capsys.readouterr().err, command


def test_export_names_a_wrong_extension_and_says_when_it_replaces(firms_project, tmp_path, capsys):
    assert main(["export-stakeholders", str(firms_project.path), str(tmp_path / "firms.docx")]) == 2
    assert "firms.docx: the export file must end in .csv, .xlsx" in capsys.readouterr().err
    out = tmp_path / "firms.csv"
    assert main(["export-stakeholders", str(firms_project.path), str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Exported 3 stakeholders to {out}"
    assert main(["export-stakeholders", str(firms_project.path), str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Replaced {out} with 3 stakeholders"


def test_report_lists_sections_alone_and_takes_paper_in_any_case(firms_project, tmp_path, capsys):
    assert main(["report", "--list-sections"]) == 0
    assert "profile" in capsys.readouterr().out
    assert main(["report", str(firms_project.path)]) == 2
    assert "report needs -o OUTPUT" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["report", str(firms_project.path), "-o", str(tmp_path / "p.pdf"), "--paper", "legal"])
    assert stopped.value.code == 2
    assert "choose A4 or Letter, not 'legal'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "{A4,Letter}" in capsys.readouterr().out


def test_every_path_argument_is_explained(capsys):
    from clusterdesk.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    unexplained = []
    for name, command in commands.items():
        parsers = [(name, command)]
        for action in command._actions:  # `plan` and `capacity` have actions of their own
            if getattr(action, "choices", None) and isinstance(action.choices, dict):
                parsers += [(f"{name} {sub}", p) for sub, p in action.choices.items()]
        for label, sub in parsers:
            for action in sub._actions:
                if action.dest == "path" and not action.help:
                    unexplained.append(label)
    assert unexplained == []


# -- 9. messages without internals -----------------------------------------------------------------------


def test_a_fake_geopackage_is_named_not_explained_in_gdal_terms(new_project, tmp_path, capsys):
    fake = tmp_path / "fake.gpkg"
    fake.write_text("this is not a geopackage\n")
    assert main(["import-stakeholders", str(new_project.path), str(fake)]) == 2
    err = capsys.readouterr().err
    assert "fake.gpkg is not a readable GeoPackage" in err
    assert "DRIVER" not in err and "prefixing" not in err
    assert main(["info", str(fake)]) == 1
    err = capsys.readouterr().err
    assert "fake.gpkg is not a ClusterDesk project" in err
    assert "clusterdesk import-stakeholders PROJECT FILE" in err


def test_import_wizard_counts_skipped_rows_and_no_empty_problem_clause(firms_project, tmp_path, qtbot):
    from clusterdesk.gui.import_wizard import ImportWizard
    from clusterdesk.io.stakeholder_export import export_stakeholders

    exported = tmp_path / "firms.csv"
    export_stakeholders(firms_project, exported)
    with open(exported, "a", encoding="utf-8-sig", newline="") as handle:
        handle.write("Nueva Textil,enterprise,0.34,-78.21" + "," * 18 + "\n")
    wizard = ImportWizard(firms_project, exported)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=10000)
    summary = wizard.review_page.summary.text()
    assert "<b>1 row will be imported</b>." in summary
    assert "with problems" not in summary
    assert "3 rows are already in the project (same UUID) and will be skipped." in summary


def test_each_command_loads_only_its_own_module_and_the_list_of_commands_is_true():
    import argparse
    import importlib

    from clusterdesk.cli.main import COMMAND_MODULES, build_parser

    for module, names in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers(dest="command")
        importlib.import_module(f"clusterdesk.cli.{module}").register(subparsers)
        assert tuple(subparsers.choices) == names, module
        assert tuple(build_parser(names[0])._subparsers._group_actions[0].choices) == names
    everything = build_parser()._subparsers._group_actions[0].choices
    assert list(everything) == [name for names in COMMAND_MODULES.values() for name in names]


def test_a_command_does_not_import_what_other_commands_need():
    script = (
        "import sys; from clusterdesk.cli.main import main\n"
        "code = main(['results', 'status', sys.argv[1]])\n"
        "heavy = ('pandas', 'networkx', 'PySide6.QtWidgets', 'reportlab')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    sample = SAMPLES / "atuntaqui_garments.gpkg"
    done = subprocess.run(
        [sys.executable, "-c", script, str(sample)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-300:]
