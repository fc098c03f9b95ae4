"""Outputs that cannot be written (a missing folder, a path through a file, a name taken by a folder, a
full disk): one line saying which file and what to do, exit code 1 or 2, and no earlier file damaged.

The tests run as root in CI, where permissions do not stop writes, so every unwritable place here fails
for root too."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ET

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core.project import Project

REJECTING = "name;lat;lon;employees\nTextiles Imbabura;0.3345;-78.2201;40\nHilados del Norte;0.35;-78.13;-5\n"


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("suffix", [".xml", ".csv", ".ics"])
def test_plan_export_into_a_missing_folder_or_through_a_file(new_project, tmp_path, capsys, suffix):
    missing = tmp_path / "nowhere"
    assert main(["plan", "export", str(new_project.path), str(missing / f"plan{suffix}")]) == 1
    assert _one_line(capsys.readouterr().err) == (
        f"clusterdesk: The folder {missing} does not exist. Create it or choose another."
    )
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    assert main(["plan", "export", str(new_project.path), str(a_file / f"plan{suffix}")]) == 1
    assert f"{a_file} is a file, not a folder" in _one_line(capsys.readouterr().err)


def test_plan_export_over_a_folder_is_refused(new_project, tmp_path, capsys):
    taken = tmp_path / "plan.xml"
    taken.mkdir()
    assert main(["plan", "export", str(new_project.path), str(taken)]) == 1
    assert f"{taken} is a folder" in _one_line(capsys.readouterr().err)


def test_a_failed_plan_export_leaves_the_earlier_file_whole(new_project, tmp_path, capsys, monkeypatch):
    out = tmp_path / "plan.xml"
    out.write_text("earlier export")

    def disk_full(self, target, *args, **kwargs):
        with open(target, "w") as handle:
            handle.write("<Project>")  # a part written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ET.ElementTree, "write", disk_full)
    assert main(["plan", "export", str(new_project.path), str(out)]) == 1
    assert _one_line(capsys.readouterr().err) == (
        f"clusterdesk: {out} cannot be written: the disk is full. "
        "Free some space, or write it to another drive."
    )
    assert out.read_text() == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["plan.xml", new_project.path.name])


def test_qgis_plugin_zip_where_it_cannot_be_written(tmp_path, capsys):
    taken = tmp_path / "plugin.zip"
    taken.mkdir()
    assert main(["qgis-plugin", "--zip", str(taken)]) == 1
    assert "plugin.zip cannot be written" in _one_line(capsys.readouterr().err)
    assert list(taken.iterdir()) == []
    assert main(["qgis-plugin", "--zip", "/proc/clusterdesk_qgis.zip"]) == 1
    assert "/proc/clusterdesk_qgis.zip cannot be written" in _one_line(capsys.readouterr().err)


def _stakeholders(path) -> int:
    with Project.open(path) as project:
        return project.counts()["stakeholders"]


def test_skip_invalid_writes_rejected_rows_next_to_the_project_when_the_source_folder_refuses(
    new_project, tmp_path, capsys
):
    media = tmp_path / "media"
    media.mkdir()
    source = media / "firms.csv"
    source.write_text(REJECTING)
    (media / "firms.rejected.csv").mkdir()  # the place next to the source cannot take the file
    args = ["import-stakeholders", str(new_project.path), str(source), "--skip-invalid"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    fallback = new_project.path.parent / "firms.rejected.csv"
    assert f"Rejected rows with their reasons written to {fallback} instead" in captured.out
    assert "employees: must not be negative" in fallback.read_text(encoding="utf-8-sig")
    assert _stakeholders(new_project.path) == 1


def test_skip_invalid_imports_nothing_when_the_rejected_rows_cannot_be_written(new_project, tmp_path, capsys):
    source = tmp_path / "firms.csv"
    source.write_text(REJECTING)
    (tmp_path / "firms.rejected.csv").mkdir()  # next to the source and next to the project
    before = new_project.path.read_bytes()
    assert main(["import-stakeholders", str(new_project.path), str(source), "--skip-invalid"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "Nothing was imported: the rejected rows could not be written" in err
    assert "--rejected OUT.csv" in err
    assert new_project.path.read_bytes() == before

    through_a_file = str(source / "rejected.csv")
    args = ["import-stakeholders", str(new_project.path), str(source), "--skip-invalid", "--rejected"]
    assert main([*args, through_a_file]) == 2
    err = capsys.readouterr().err
    assert f"{source} is a file, not a folder" in err and "Traceback" not in err
    assert new_project.path.read_bytes() == before

    chosen = tmp_path / "out" / "left-out.csv"
    chosen.parent.mkdir()
    assert main([*args, str(chosen)]) == 0
    assert f"written to {chosen}" in capsys.readouterr().out
    assert _stakeholders(new_project.path) == 1
