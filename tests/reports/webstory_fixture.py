"""A presentation of slides in a project, for the web story tests: map slides with their own extents,
layers, filters and highlights, ready-made views, and hostile text where a title or a name can go."""

from __future__ import annotations

from clusterdesk.core import presentation_edits

HOSTILE_TITLE = "</title><script>alert(1)</script>"
HOSTILE_BOLD = "<b>x</b>"


def add_presentation(project, name: str, slides: list[dict], is_default: bool = False) -> int:
    """A presentation with `slides` (fields of a slide, JSON fields as Python values), added through the
    commands the desktop uses; returns its fid."""
    project.stack.push(presentation_edits.add_presentation(project, name, default=is_default))
    fid = project.connection.execute("SELECT fid FROM presentations WHERE name = ?", (name,)).fetchone()[0]
    for slide in slides:
        project.stack.push(presentation_edits.add_slide(project, fid, slide))
    return fid


def uuids_of(project, names: list[str]) -> list[str]:
    marks = ", ".join("?" for _ in names)
    return [
        row[0]
        for row in project.connection.execute(f"SELECT uuid FROM stakeholders WHERE name IN ({marks})", names)
    ]


def extent_of(box: tuple[float, float, float, float]) -> dict:
    return dict(zip(("min_lon", "min_lat", "max_lon", "max_lat"), box, strict=True))


# Three views of the Atuntaqui test project: the whole cluster, the town centre, the wider area
WHOLE = (-78.23, 0.32, -78.18, 0.36)
CENTRE = (-78.216, 0.326, -78.2, 0.34)
WIDER = (-78.6, 0.05, -77.8, 0.65)


def story_slides(project) -> list[dict]:
    """Eight slides: four map views, four ready-made views, hostile text in titles, captions and notes."""
    picked = uuids_of(project, ["Confecciones Añañuca y Peña", "Atelier Éloïse & Fils"])
    return [
        {"kind": "map", "title": HOSTILE_TITLE, "caption": f"The cluster today {HOSTILE_BOLD}",
         "speaker_notes": "Open with the map: 8 stakeholders located.", **extent_of(WHOLE),
         "layers": ["basemap", "boundaries", "relations", "stakeholders", "labels"]},
        {"kind": "key_figures", "title": "Key figures", "caption": "Where the initiative stands"},
        {"kind": "map", "title": "Two firms lead the joint actions", "caption": HOSTILE_BOLD,
         "speaker_notes": "<i>not italic</i>", **extent_of(CENTRE),
         "layers": ["basemap", "stakeholders"], "filters": {"kind": ["enterprise"]}, "highlighted": picked},
        {"kind": "results", "title": "Results indicators", "caption": "Status at the latest period"},
        {"kind": "map", "title": "The wider area", "caption": "Buyers and suppliers around Imbabura",
         **extent_of(WIDER), "layers": ["basemap", "boundaries", "stakeholders", "relations"]},
        {"kind": "milestones", "title": "Milestones and delays"},
        {"kind": "decisions", "title": "Decisions needed", "speaker_notes": "Ask for the budget decision."},
        {"kind": "map", "title": "Back to the cluster", **extent_of(WHOLE)},
    ]  # fmt: skip


def sample_story(project, key: str) -> None:
    """Give the sample `key` its default presentation (as tools/build_samples.py does) when the copy has
    none yet."""
    import sys

    from conftest import REPO

    if project.connection.execute("SELECT count(*) FROM presentations").fetchone()[0]:
        return
    sys.path.insert(0, str(REPO))  # the samples' presentations come from the sample builder's module
    from tools.samples.story_defaults import add_default_presentation

    add_default_presentation(project, key)


def entered_words(project) -> set[str]:
    """Latin-script words the project's own data hold (names, statements, evidence): data, not interface."""
    import re

    skipped = ("layer_styles", "clusterdesk_meta", "gpkg_", "rtree_", "sqlite_")
    words: set[str] = set()
    tables = [r[0] for r in project.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith(skipped):
            continue
        columns = [
            r[1] for r in project.connection.execute(f'PRAGMA table_info("{table}")') if r[2] == "TEXT"
        ]
        for column in columns:
            for (value,) in project.connection.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                if isinstance(value, str):
                    words.update(re.findall(r"[A-Za-z]{3,}", value))
    return words
