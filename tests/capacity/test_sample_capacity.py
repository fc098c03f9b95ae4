"""Every sample carries baseline and mid-term assessments of its support institutions, with plausible
change."""

from __future__ import annotations

import pytest

from clusterdesk.analysis import capacity_scores as cs
from clusterdesk.core.project import Project
from conftest import SAMPLES

KEYS = ["atuntaqui_garments", "ambato_footwear", "bosawas_cocoa", "samara_automotive",
        "adiyaman_kahramanmaras_textiles", "ethiopia_edible_oil"]  # fmt: skip


@pytest.mark.parametrize("key", KEYS)
def test_sample_assessments_show_progress_and_one_incomplete_round(key):
    path = SAMPLES / f"{key}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} is not built (python tools/build_samples.py)")
    with Project.open(path) as project:
        framework = cs.load_framework(project)
        results = cs.results_by_institution(project, framework)
        assert len(results) >= 2
        rounds = {tuple(r.assessment.round for r in rows) for rows in results.values()}
        assert rounds == {("baseline", "mid_term")}
        complete = [rows for rows in results.values() if rows[-1].complete]
        assert all(rows[-1].overall > rows[0].overall for rows in complete), "institutions grew"
        assert any(not rows[-1].complete for rows in results.values()), "one visit could not score everything"
        assert cs.gaps(project, framework), "there is still work for the action plan"
        if key == "atuntaqui_garments":
            names = {rows[0].assessment.institution_name for rows in results.values()}
            followed = ("Cámara de Comercio de Antonio Ante", "Universidad Técnica del Norte",
                        "Unidad Educativa Técnica Atuntaqui")  # fmt: skip
            assert all(any(n.startswith(f) for n in names) for f in followed)
