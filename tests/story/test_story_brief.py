"""The printed results brief: for every sample with its default presentation, 2 to 4 pages in the
sample's language with the section headings and the key figures, read back with pypdf and drawn by
pdftoppm; A4 and Letter; hostile titles and captions printed literally; the presentation chosen by name."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader
from story_fixture import TODAY, build_story_project

from clusterdesk.analysis.story_views import story_view
from clusterdesk.core import presentation_edits as edits
from clusterdesk.core.catalogue import tr
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.project import Project
from clusterdesk.reports.brief import build_brief
from conftest import REPO, SAMPLES, english_words

sys.path.insert(0, str(REPO))  # the samples' presentations come from the sample builder's module
from tools.samples.story_defaults import (  # noqa: E402
    MAP_STORIES,
    VIEW_TEXTS,
    add_default_presentation,  # noqa: E402
)

KEYS = sorted(MAP_STORIES)
WORD = re.compile(r"[^\W\d_]+")


def squeeze(text: str) -> str:
    """Text without any whitespace: pypdf breaks lines where the layout wrapped them."""
    return re.sub(r"\s+", "", text)


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def project_words(project) -> set[str]:
    """Words of what the project holds and the brief prints as entered."""
    queries = [
        "SELECT cluster_name || ' ' || coalesce(agency_name, '') || ' ' || coalesce(currency, '')"
        " FROM project_info",
        "SELECT name FROM stakeholders",
        "SELECT name FROM plan_tasks",
        "SELECT code || ' ' || name FROM result_indicators",
        "SELECT name FROM governance_bodies",
        "SELECT text FROM governance_decisions",
        "SELECT coalesce(notes, '') FROM governance_phase_out_items",
        "SELECT title || ' ' || coalesce(caption, '') FROM presentation_slides",
        "SELECT name FROM cluster_boundaries",
    ]  # fmt: skip
    words: set[str] = set()
    for query in queries:
        for (text,) in project.connection.execute(query):
            words.update(WORD.findall(text or ""))
    return words


@pytest.fixture(scope="module")
def sample_briefs(tmp_path_factory):
    """Each sample copied and printed on A4 with its default presentation."""
    folder = tmp_path_factory.mktemp("briefs")
    printed = {}
    for key in KEYS:
        copy = folder / f"{key}.gpkg"
        shutil.copy(SAMPLES / f"{key}.gpkg", copy)
        with Project.open(copy) as project:  # the sample carries its default presentation
            result = build_brief(project, folder / f"{key}.pdf")
            language = project.info().language
            figures = story_view(project, "key_figures", language).figures
            words = project_words(project)
        printed[key] = (result, language, figures, words)
    return printed


@pytest.mark.parametrize("key", KEYS)
def test_sample_brief(sample_briefs, key):
    result, language, figures, words = sample_briefs[key]
    pages, text = pdf_text(result.path)
    assert 2 <= pages <= 4 and pages == result.pages
    assert result.presentation == MAP_STORIES[key]["name"]
    assert result.sections == [
        "key_figures",
        "map",
        "results",
        "network",
        "milestones",
        "budget",
        "governance",
        "decisions",
    ]
    flat = squeeze(text)
    # the headings are the default presentation's slide titles, the map's caption its first map slide's
    for title, caption, _notes in VIEW_TEXTS[language].values():
        assert squeeze(title) in flat, title
        assert squeeze(caption) in flat, caption
    assert squeeze(MAP_STORIES[key]["wider"][1]) in flat
    assert squeeze(tr("brief:subtitle", "Results brief for the steering committee", language)) in flat
    for figure in figures:
        assert squeeze(figure.value) in flat, (figure.label, figure.value)
        assert squeeze(figure.label) in flat, figure.label
    if language != "en":
        left = [w for w in english_words(text) if w not in words]
        if language == "ru":
            assert left == [], left
        # Spanish words are Latin too: look for the English of the brief's own texts instead
        english = {
            "Firms", "Institutions", "Relations", "Budget", "Phase", "Late", "Done", "Coming", "Baseline",
            "Change", "Status", "shown", "against", "Density", "Ties", "Whole", "Evidence", "Indicator",
        }  # fmt: skip
        assert not english & set(left), sorted(english & set(left))


@pytest.mark.parametrize("key", KEYS)
def test_sample_brief_pages_draw(sample_briefs, key, tmp_path):
    result = sample_briefs[key][0]
    drawn = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(result.path), str(tmp_path / "page")],
        capture_output=True,
        text=True,
    )
    assert drawn.returncode == 0, drawn.stderr
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == result.pages and all(image.stat().st_size > 2000 for image in images)


@pytest.mark.parametrize("key", ["samara_automotive", "bosawas_cocoa"])
def test_letter_paper(sample_briefs, key, tmp_path):
    copy = sample_briefs[key][0].path.with_suffix(".gpkg")
    with Project.open(copy) as project:
        result = build_brief(project, tmp_path / "brief.pdf", paper="Letter")
    reader = PdfReader(str(result.path))
    assert 2 <= len(reader.pages) <= 4
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (612, 792)


def test_brief_of_a_project_without_presentation(tmp_path):
    project = build_story_project(tmp_path / "story.gpkg", language="fr", cluster="Tricot d’Atuntaqui")
    try:
        result = build_brief(project, tmp_path / "brief.pdf", today=TODAY)
    finally:
        project.close()
    pages, text = pdf_text(result.path)
    assert result.presentation is None and 2 <= pages <= 4
    flat = squeeze(text)
    for heading in ("Le cluster en chiffres", "Décisions nécessaires", "Budget et partage des coûts"):
        assert squeeze(heading) in flat
    assert squeeze("500 $US") in flat or squeeze("500 $") in flat, text  # the budget, in French
    assert squeeze("Buscar un local para el centro de corte") in flat  # the decision without a task


MARKUP = '<b>x</b> & "q" <font color="red">y</font>'
SCRIPT = "<script>alert(1)</script> </para><para>"


def test_hostile_titles_and_captions_print_literally(tmp_path):
    from hostile_content import CLUSTER, build_hostile_project

    project = build_hostile_project(tmp_path / "hostile.gpkg")
    try:
        added = edits.add_presentation(project, f"Comité {MARKUP}")
        project.stack.push(added)
        fid = added.rows["presentations"][0]["fid"]
        project.stack.push(
            edits.add_map_slide(project, fid, (-78.3, 0.3, -78.1, 0.4), "Mapa", caption=f"Map {SCRIPT}")
        )
        project.stack.push(edits.add_slide(project, fid, {"kind": "results", "title": f"Results {MARKUP}",
                                                          "caption": f"Caption {SCRIPT}"}))  # fmt: skip
        project.stack.push(
            edits.add_slide(project, fid, {"kind": "key_figures", "title": f"Figures {SCRIPT}"})
        )
        project.save()
        result = build_brief(project, tmp_path / "brief.pdf", presentation=f"comité {MARKUP}")
    finally:
        project.close()
    _pages, text = pdf_text(result.path)
    flat = squeeze(text)
    for literal in (f"Results {MARKUP}", f"Caption {SCRIPT}", f"Figures {SCRIPT}", f"Map {SCRIPT}", CLUSTER):
        assert squeeze(literal) in flat, literal


def test_unknown_presentation_refused(tmp_path):
    project = build_story_project(tmp_path / "story.gpkg")
    try:
        project.stack.push(edits.add_presentation(project, "Comité"))
        with pytest.raises(ValidationError) as refused:
            build_brief(project, tmp_path / "brief.pdf", presentation="Otra")
    finally:
        project.close()
    assert "Comité" in str(refused.value)
    assert not (tmp_path / "brief.pdf").exists()


def test_sample_presentations(sample_briefs, tmp_path):
    """Nine slides telling the sample's story, exactly one default, map views inside the wider area;
    built again, the same slides (the builder itself is byte-for-byte repeatable: test_samples)."""
    for key in KEYS:
        copy = sample_briefs[key][0].path.with_suffix(".gpkg")
        with Project.open(copy) as project:
            (presentation,) = edits.read_presentations(project.session.connection())
            box = project.connection.execute(
                "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_cluster_boundaries_geom"
            ).fetchone()
            rows = project.connection.execute(
                "SELECT kind, title, caption, position FROM presentation_slides ORDER BY position"
            ).fetchall()
        assert presentation.is_default and 6 <= len(presentation.slides) <= 10
        kinds = [slide["kind"] for slide in presentation.slides]
        assert kinds == ["map", "map", "key_figures", "results", "network", "milestones", "budget",
                         "governance", "decisions"], key  # fmt: skip
        assert all(slide["speaker_notes"] and slide["caption"] for slide in presentation.slides)
        wider, core = presentation.slides[:2]
        assert wider["min_lon"] < box[0] and wider["max_lat"] > box[3], "the wider view shows every boundary"
        assert core["highlighted"], "the core view picks out the lead institutions"
        assert presentation.slides[4]["options"] == {"rounds": ["baseline", "follow_up_1"]}
        again = tmp_path / f"{key}.gpkg"
        shutil.copy(SAMPLES / f"{key}.gpkg", again)
        with Project.open(again) as project:  # built again from nothing, the same rows
            for fid in [p.fid for p in edits.read_presentations(project.session.connection())]:
                project.stack.push(edits.delete_presentation(project, fid))
            add_default_presentation(project, key)
            assert (
                project.connection.execute(
                    "SELECT kind, title, caption, position FROM presentation_slides ORDER BY position"
                ).fetchall()
                == rows
            )
