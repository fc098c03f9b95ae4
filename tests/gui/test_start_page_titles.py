"""The start page names projects by their cluster, read without opening them, over a quieter file name."""

from __future__ import annotations

from clusterdesk.gui.start_page import TITLE_ROLE, WHERE_ROLE, ProjectList


def test_samples_show_the_cluster_title_over_the_file_name(qtbot, small_project, tmp_path):
    broken = tmp_path / "half_copied_cluster.gpkg"
    broken.write_bytes(b"not a GeoPackage")
    before = small_project.read_bytes()
    samples = ProjectList("none", show_folders=False)
    qtbot.addWidget(samples)
    samples.set_paths([small_project, broken])
    first, second = samples.item(0), samples.item(1)
    assert first.data(TITLE_ROLE) == "Atuntaqui garments · EC"
    assert first.data(WHERE_ROLE) == small_project.name
    assert second.data(TITLE_ROLE) == "half copied cluster"  # unreadable: the file's name, no error
    assert small_project.read_bytes() == before  # read-only: listing never touches a project


def test_recent_projects_show_where_they_are(qtbot, small_project):
    recent = ProjectList("none")
    qtbot.addWidget(recent)
    recent.set_paths([small_project])
    assert recent.item(0).data(WHERE_ROLE) == str(small_project)
