"""Screenshots of presentation mode, for the documentation and for checking legibility.

    QT_QPA_PLATFORM=offscreen python tools/presentation_screenshots.py [--samples KEY ...] [--all-slides]

For each sample (Bahir Dar edible oil, in English, and Atuntaqui garments, in Spanish, by default) it opens
a copy, takes its default presentation or, when it has none, builds one of seven slides (map views with
captions and highlighted institutions, key figures, results, network, milestones, decisions), and saves
presentation mode drawn offscreen at 1024×768, 1280×720 and 1920×1080 as
docs/screenshots/presentation_<sample>_<w>x<h>.png (the first map slide with highlighted stakeholders),
and every slide at 1280×720 as presentation_<sample>_slide<n>_1280x720.png with --all-slides. The
sample itself is never written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = ((1024, 768), (1280, 720), (1920, 1080))
SAMPLES = ("ethiopia_edible_oil", "atuntaqui_garments")
SUPPORT = ("business_association", "public_authority", "training_institution", "bds_provider",
           "financial_institution", "international_organisation")  # fmt: skip

TEXTS = {
    "en": {
        "name": "Steering committee",
        "map1": ("The cluster today", "Firms, support institutions and their ties across the cluster area."),
        "map2": (
            "Who supports the firms",
            "The support institutions at the heart of the cluster, picked out.",
        ),
        "map3": ("Where the firms work together", "Joint actions gather the firms of the core area."),
        "notes": "Start with the map: the core area holds most firms; point to the institutions.",
    },
    "es": {
        "name": "Comité de coordinación",
        "map1": (
            "El clúster hoy",
            "Empresas, instituciones de apoyo y sus vínculos en el territorio del clúster.",
        ),
        "map2": (
            "Quién apoya a las empresas",
            "Las instituciones de apoyo en el centro del clúster, destacadas.",
        ),
        "map3": (
            "Dónde trabajan juntas las empresas",
            "Las acciones conjuntas reúnen a las empresas del área central.",
        ),
        "notes": "Empezar por el mapa: el área central reúne a la mayoría de empresas;"
        " señalar las instituciones.",
    },
}


def build_demo_presentation(project) -> int:
    """Seven slides telling the sample's story; returns the presentation's fid."""
    from clusterdesk.core import presentation_edits as edits
    from clusterdesk.render.project_data import ProjectData

    language = project.connection.execute("SELECT language FROM project_info").fetchone()[0] or "en"
    texts = TEXTS.get(language, TEXTS["en"])
    project.stack.push(edits.add_presentation(project, texts["name"], default=True))
    fid = project.connection.execute("SELECT max(fid) FROM presentations").fetchone()[0]
    data = ProjectData(project)
    whole = data.located_extent()
    core = data.located_extent(core=True)
    marks = ",".join("?" * len(SUPPORT))
    institutions = [r[0] for r in project.connection.execute(
        f"SELECT uuid FROM stakeholders WHERE kind IN ({marks}) AND geom IS NOT NULL ORDER BY fid LIMIT 5",
        SUPPORT)]  # fmt: skip
    (lon0, lat0, lon1, lat1) = core
    inner = (
        lon0 + (lon1 - lon0) * 0.2,
        lat0 + (lat1 - lat0) * 0.2,
        lon1 - (lon1 - lon0) * 0.2,
        lat1 - (lat1 - lat0) * 0.2,
    )
    add = project.stack.push
    add(edits.add_map_slide(project, fid, whole, texts["map1"][0], caption=texts["map1"][1],
                            speaker_notes=texts["notes"]))  # fmt: skip
    add(edits.add_slide(project, fid, {"kind": "key_figures"}))
    add(edits.add_map_slide(project, fid, core, texts["map2"][0], caption=texts["map2"][1],
                            layers=["basemap", "boundaries", "stakeholders", "labels"],
                            highlighted=institutions))  # fmt: skip
    add(edits.add_slide(project, fid, {"kind": "results"}))
    add(edits.add_map_slide(project, fid, inner, texts["map3"][0], caption=texts["map3"][1],
                            filters={"kind": ["enterprise", "supplier", "buyer"]}))  # fmt: skip
    add(edits.add_slide(project, fid, {"kind": "network"}))
    add(edits.add_slide(project, fid, {"kind": "milestones"}))
    add(edits.add_slide(project, fid, {"kind": "decisions"}))
    return fid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of presentation mode.")
    parser.add_argument("--samples", nargs="*", default=list(SAMPLES))
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--all-slides", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "src"))
    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.presentation_edits import read_presentations
    from clusterdesk.core.project import Project
    from clusterdesk.gui.presentation.show_window import ShowWindow
    from clusterdesk.gui.presentation.slides import slides_of

    app = QApplication.instance() or QApplication([])
    args.output.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-presentation-screens-"))
    try:
        for sample in args.samples:
            copy = folder / f"{sample}.gpkg"
            shutil.copy(REPO / "sample_projects" / f"{sample}.gpkg", copy)
            project = Project.open(copy)
            try:
                found = read_presentations(project.session.connection())
                if not found:
                    build_demo_presentation(project)
                    found = read_presentations(project.session.connection())
                slides = slides_of(found[0])
                language = project.connection.execute("SELECT language FROM project_info").fetchone()[0]
                show = ShowWindow(project, slides, language=language, transition_ms=0)
                highlighted = [n for n, s in enumerate(slides) if s.is_map and s.highlighted]
                first = highlighted[0] if highlighted else 0
                for width, height in SIZES:
                    show.resize(width, height)
                    show.go_to(first, animate=False)
                    path = args.output / f"presentation_{sample}_{width}x{height}.png"
                    show.grab_image().save(str(path))
                    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
                if args.all_slides:
                    show.resize(1280, 720)
                    for n in range(len(slides)):
                        show.go_to(n, animate=False)
                        path = args.output / f"presentation_{sample}_slide{n + 1}_1280x720.png"
                        show.grab_image().save(str(path))
                        print(path)
                show.close()
                app.processEvents()
            finally:
                project.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
