"""`clusterdesk report` and `clusterdesk webmap` from the command line."""

from __future__ import annotations

from pypdf import PdfReader

from clusterdesk.cli.main import main


def test_report_command_writes_the_chosen_sections(cluster_project, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    code = main(["report", str(cluster_project.path), "-o", str(out), "--paper", "letter",
                 "--sections", "profile,relations"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "profile, relations" in printed and " s" in printed
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Relations" in "\n".join(page.extract_text() for page in reader.pages)


def test_report_command_rejects_unknown_sections(cluster_project, tmp_path, capsys):
    code = main(["report", str(cluster_project.path), "-o", str(tmp_path / "x.pdf"), "--sections", "annexes"])
    assert code == 2
    assert "unknown section 'annexes'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_command_lists_sections(capsys):
    assert main(["report", "unused.gpkg", "-o", "unused.pdf", "--list-sections"]) == 0
    assert "gantt" in capsys.readouterr().out


def test_webmap_command_and_missing_project(cluster_project, tmp_path, capsys):
    out = tmp_path / "map.html"
    assert main(["webmap", str(cluster_project.path), "-o", str(out), "--contacts"]) == 0
    assert "mj@example.org" in out.read_text(encoding="utf-8")
    assert main(["webmap", str(tmp_path / "missing.gpkg"), "-o", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
