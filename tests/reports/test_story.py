"""The web story as a file: one self-contained page, every text escaped, script data without "<", and a
clear refusal when the project has no presentation to tell."""

from __future__ import annotations

import html
import json
import re

import pytest
from webstory_fixture import HOSTILE_BOLD, HOSTILE_TITLE, add_presentation, story_slides

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.reports.story import build_story_html, export_story
from clusterdesk.reports.webmap_assets import remote_references


def _script_data(page: str) -> str:
    found = re.search(r'<script type="application/json" id="cd-story-data">(.*?)</script>', page, re.S)
    assert found, "the page has no story data"
    return found.group(1)


def test_story_page_is_whole_offline_and_escaped(cluster_project, tmp_path):
    add_presentation(cluster_project, "Steering committee <March>", story_slides(cluster_project))
    result = export_story(cluster_project, tmp_path / "story.html")
    page = result.path.read_text(encoding="utf-8")
    assert result.slides == 8 and result.presentation == "Steering committee <March>"
    assert remote_references(page) == []
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.I)
    # Three scripts: Leaflet, the data, the story's own; no other script from any text of the project
    assert len(re.findall(r"<script\b", page)) == 3
    assert "<script>alert(1)" not in page
    assert html.escape(HOSTILE_TITLE) in page and html.escape(HOSTILE_BOLD) in page
    assert "<b>x</b>" not in page
    data = _script_data(page)
    assert "<" not in data
    views = json.loads(data)["views"]
    assert len(views) == 8
    assert views[0]["bounds"] == [[0.32, -78.23], [0.36, -78.18]]
    # The third slide shows firms only, with the two named firms picked out
    assert views[2]["kinds"] == ["enterprise"] and views[2]["layers"] == ["basemap", "stakeholders"]
    assert sorted(views[2]["highlighted"]["name"]) == ["Atelier Éloïse & Fils", "Confecciones Añañuca y Peña"]
    assert "<title>Steering committee &lt;March&gt; – Atuntaqui garments</title>" in page


def test_story_takes_the_default_presentation_or_the_one_named(cluster_project):
    add_presentation(cluster_project, "Draft", [{"kind": "key_figures", "title": "Draft figures"}])
    add_presentation(
        cluster_project, "Final", [{"kind": "key_figures", "title": "Final figures"}], is_default=True
    )
    page, name, count = build_story_html(cluster_project)
    assert (name, count) == ("Final", 1) and "Final figures" in page and "Draft figures" not in page
    page, name, _count = build_story_html(cluster_project, presentation="draft")
    assert name == "Draft" and "Draft figures" in page


def test_story_refuses_without_a_presentation_and_says_how_to_make_one(cluster_project, tmp_path):
    with pytest.raises(ClusterDeskError, match="no presentation yet") as refused:
        export_story(cluster_project, tmp_path / "story.html")
    assert "Slides panel" in str(refused.value) and "sample" in str(refused.value)
    assert not (tmp_path / "story.html").exists()


def test_story_refuses_an_unknown_presentation_naming_those_there_are(cluster_project, tmp_path):
    add_presentation(cluster_project, "March committee", [{"kind": "key_figures", "title": "Figures"}])
    add_presentation(cluster_project, "Donor visit", [{"kind": "results", "title": "Results"}])
    with pytest.raises(ClusterDeskError) as refused:
        export_story(cluster_project, tmp_path / "story.html", presentation="June committee")
    message = str(refused.value)
    assert "'June committee'" in message and "'March committee'" in message and "'Donor visit'" in message


def test_story_refuses_a_presentation_without_slides(cluster_project, tmp_path):
    add_presentation(cluster_project, "Empty", [])
    with pytest.raises(ClusterDeskError, match="has no slides yet"):
        export_story(cluster_project, tmp_path / "story.html")


def test_story_command_writes_the_page_and_refuses_with_the_names(cluster_project, tmp_path, capsys):
    from clusterdesk.cli.main import main

    add_presentation(cluster_project, "March committee", story_slides(cluster_project))
    cluster_project.save()
    path = str(cluster_project.path)
    target = tmp_path / "story.html"
    assert main(["story", path, "-o", str(target)]) == 0
    assert "8 slides of March committee" in capsys.readouterr().out
    assert "cd-story-data" in target.read_text(encoding="utf-8")
    assert main(["story", path, "-o", str(target), "--presentation", "June"]) == 1
    refusal = capsys.readouterr().err
    assert "'June'" in refusal and "'March committee'" in refusal
    assert main(["story", path]) == 2
    assert "story needs -o OUTPUT" in capsys.readouterr().err


def test_story_export_reports_progress_can_be_cancelled_and_needs_its_folder(cluster_project, tmp_path):
    import threading

    from clusterdesk.reports.progress import ExportCancelled

    add_presentation(cluster_project, "March", story_slides(cluster_project))
    seen = []
    export_story(cluster_project, tmp_path / "story", progress=lambda f, m: seen.append(f))
    assert (tmp_path / "story.html").is_file()  # the suffix is added
    assert seen == sorted(seen) and seen[-1] == 1.0
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportCancelled):
        export_story(cluster_project, tmp_path / "cancelled.html", cancel=stop)
    assert not (tmp_path / "cancelled.html").exists()
    with pytest.raises(ClusterDeskError, match="does not exist"):
        export_story(cluster_project, tmp_path / "nowhere" / "story.html")


def test_story_map_follows_the_desktops_layers_and_filters(cluster_project):
    add_presentation(
        cluster_project,
        "Layers",
        [
            {"kind": "map", "title": "Default layers", "min_lon": -78.3, "min_lat": 0.3, "max_lon": -78.1,
             "max_lat": 0.4},
            {"kind": "map", "title": "Nothing but the basemap", "min_lon": -78.3, "min_lat": 0.3,
             "max_lon": -78.1, "max_lat": 0.4, "layers": ["basemap", "osm"],
             "filters": {"kind": ["supplier", "buyer"], "relation_kind": ["supplies"]}},
        ],
    )  # fmt: skip
    page, _name, _count = build_story_html(cluster_project)
    first, second = json.loads(_script_data(page))["views"]
    assert first["layers"] == ["basemap", "boundaries", "relations", "stakeholders", "labels"]
    assert first["kinds"] is None and first["relationKinds"] is None
    assert second["layers"] == ["basemap"]  # online tiles are never used offline
    assert second["kinds"] == ["supplier", "buyer"] and second["relationKinds"] == ["supplies"]
