"""The action-plan pack read back with pypdf: sections, contents page numbers, fonts, Unicode, paper."""

from __future__ import annotations

import re
import threading

import pytest
from pypdf import PdfReader
from report_fixtures import NAMES, add_plan

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.reports.pack import SECTIONS, build_pack
from clusterdesk.reports.pack_plan_data import load_plan
from clusterdesk.reports.progress import ExportCancelled

HEADINGS = {
    "profile": "Cluster profile",
    "map": "Cluster map",
    "stakeholders": "Stakeholders",
    "relations": "Relations",
    "vision": "Vision and objectives",
    "plan": "Action plan",
    "gantt": "Gantt chart",
    "budget": "Budget and cost sharing",
}


def _page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _first_page_with_heading(texts: list[str], heading: str) -> int:
    """1-based number of the first page (after the contents) whose body starts with `heading`."""
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        # line 0-1 are the running header; the section heading follows
        if number > 2 and heading in lines[:4]:
            return number
    raise AssertionError(f"no page starts with {heading!r}")


def _fonts(reader: PdfReader) -> dict[str, object]:
    found = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for font in fonts.values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


@pytest.fixture
def planned_project(cluster_project):
    add_plan(cluster_project, 45)  # five objectives, names in five languages
    cluster_project.connection.execute("UPDATE project_info SET currency = 'USD'")
    cluster_project.connection.commit()
    return cluster_project


def test_full_pack_has_every_section_with_correct_contents_page_numbers(planned_project, tmp_path):
    result = build_pack(planned_project, tmp_path / "pack.pdf")
    # every section but selection, governance, capacity and results, which this project has no data for
    assert result.sections == [name for name in SECTIONS if name not in ("selection", "diagnostic", "governance", "capacity", "results")]
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages >= 10
    texts = _page_texts(result.path)
    assert "Atuntaqui garments" in texts[0] and "Agencia de Desarrollo de Imbabura" in texts[0]
    contents = reader.pages[1].extract_text(extraction_mode="layout")
    assert "Contents" in contents
    for key, heading in HEADINGS.items():
        page = _first_page_with_heading(texts, heading)
        # The contents line for the section ends with the page number the section starts on
        assert re.search(rf"{re.escape(heading)}[ .]*{page}\n", contents), (key, page, contents)
    assert re.search(rf"Page 3 of\s*{result.pages}\b", texts[2])
    everything = "\n".join(texts)
    for name in NAMES.values():
        assert name in everything, name
    assert "Доступ к финансированию для малых предприятий" in everything
    assert "Çevre dostu üretim ve enerji verimliliği" in everything
    assert "By 2030 Atuntaqui is the reference" in everything


def test_fonts_are_embedded_subsets(planned_project, tmp_path):
    result = build_pack(planned_project, tmp_path / "pack.pdf")
    fonts = _fonts(PdfReader(result.path))
    assert fonts, "the pack uses no fonts at all"
    for name, font in fonts.items():
        assert re.match(r"/[A-Z]{6}\+", name), f"{name} is not a subset"
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # TrueType subsets in ReportLab are simple fonts with a descriptor
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"
    assert any("DejaVuSans" in name for name in fonts)


def test_plan_pages_are_landscape_and_paper_sizes_apply(planned_project, tmp_path):
    a4 = build_pack(planned_project, tmp_path / "a4.pdf")
    texts = _page_texts(a4.path)
    reader = PdfReader(a4.path)
    gantt_page = reader.pages[_first_page_with_heading(texts, "Gantt chart") - 1]
    profile_page = reader.pages[_first_page_with_heading(texts, "Cluster profile") - 1]
    assert float(gantt_page.mediabox.width) > float(gantt_page.mediabox.height)
    assert (
        round(float(profile_page.mediabox.width)) == 595 and round(float(profile_page.mediabox.height)) == 842
    )
    letter = build_pack(planned_project, tmp_path / "letter.pdf", paper="Letter")
    first = PdfReader(letter.path).pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (612, 792)


def test_sections_without_data_are_left_out(cluster_project, tmp_path):
    result = build_pack(cluster_project, tmp_path / "pack.pdf")
    assert result.sections == ["profile", "map", "stakeholders", "relations", "network"]
    everything = "\n".join(_page_texts(result.path))
    for heading in ("Vision and objectives", "Gantt chart", "Budget and cost sharing", "Action plan"):
        assert heading not in everything


def test_chosen_sections_only(planned_project, tmp_path):
    result = build_pack(planned_project, tmp_path / "pack.pdf", sections=["budget", "stakeholders"])
    assert result.sections == ["budget", "stakeholders"]
    texts = _page_texts(result.path)
    assert (
        "Budget and cost sharing" in texts[1]
        and "Stakeholders" in texts[1]
        and "Cluster profile" not in "\n".join(texts)
    )


def test_bad_requests_are_clear_errors(cluster_project, tmp_path):
    with pytest.raises(ClusterDeskError, match="Unknown pack section 'annex'"):
        build_pack(cluster_project, tmp_path / "pack.pdf", sections=["annex"])
    with pytest.raises(ClusterDeskError, match="A4 or Letter"):
        build_pack(cluster_project, tmp_path / "pack.pdf", paper="A3")
    with pytest.raises(ClusterDeskError, match="does not exist"):
        build_pack(cluster_project, tmp_path / "missing" / "pack.pdf")
    stop = threading.Event()
    stop.set()
    with pytest.raises(ExportCancelled):
        build_pack(cluster_project, tmp_path / "cancelled.pdf", cancel=stop)
    assert not (tmp_path / "cancelled.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_long_plan_continues_across_pages_with_repeated_headers(cluster_project, tmp_path):
    add_plan(cluster_project, 2000, vision=False)
    result = build_pack(cluster_project, tmp_path / "long.pdf", sections=["plan", "gantt"])
    texts = _page_texts(result.path)
    plan_pages = [
        t
        for t in texts[2:]
        if "Action plan" in t.splitlines()[1:2]
        or "Budget USD" in t
        or re.search(r"No\.\s*Task\s*Start\s*Finish", t)
    ]
    assert len(plan_pages) > 20
    for text in plan_pages:
        assert re.search(r"No\.\s*Task\s*Start\s*Finish", text), text[:200]
    everything = "\n".join(texts)
    last_task = next(r.name for r in reversed(load_plan(cluster_project.connection)) if r.kind == "action")
    assert everything.count(last_task) == 2  # once in the table, once in the Gantt chart
    gantt_pages = [t for t in texts if "\nGantt chart\n" in t]  # the running header names the section
    assert len(gantt_pages) > 20
    assert all("2026" in t for t in gantt_pages)  # the time axis is repeated on every page


def _cover_images(path) -> int:
    page = PdfReader(path).pages[0]
    objects = page["/Resources"].get("/XObject") or {}
    return sum(1 for item in objects.values() if item.get_object().get("/Subtype") == "/Image")


def test_cover_shows_the_agency_logo_and_survives_a_damaged_one(cluster_project, tmp_path):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "#1d3557").save(buffer, format="PNG")
    connection = cluster_project.connection
    connection.execute(
        "UPDATE project_info SET agency_logo = ?, agency_logo_mime = 'image/png'", (buffer.getvalue(),)
    )
    connection.commit()
    with_logo = build_pack(cluster_project, tmp_path / "logo.pdf", sections=["profile"])
    assert _cover_images(with_logo.path) == 1 and with_logo.notes == []
    connection.execute("UPDATE project_info SET agency_logo = ?", (b"not an image",))
    connection.commit()
    damaged = build_pack(cluster_project, tmp_path / "damaged.pdf", sections=["profile"])
    assert _cover_images(damaged.path) == 0
    assert damaged.notes == ["The agency logo could not be read and was left out."]


def test_gantt_marks_the_critical_path_and_explains_a_dependency_loop(planned_project, tmp_path):
    connection = planned_project.connection
    actions = [
        r[0] for r in connection.execute("SELECT fid FROM plan_tasks WHERE kind = 'action' ORDER BY fid")
    ]
    connection.execute(
        "INSERT INTO plan_links (uuid, predecessor_id, successor_id, link_type, lag_days) "
        "VALUES ('l1', ?, ?, 'FS', 0)",
        (actions[0], actions[1]),
    )
    connection.commit()
    linked = build_pack(planned_project, tmp_path / "linked.pdf", sections=["gantt"])
    assert "Critical path" in " ".join(_page_texts(linked.path)) and linked.notes == []
    connection.execute(
        "INSERT INTO plan_links (uuid, predecessor_id, successor_id, link_type, lag_days) "
        "VALUES ('l2', ?, ?, 'FS', 0)",
        (actions[1], actions[0]),
    )
    connection.commit()
    looped = build_pack(planned_project, tmp_path / "looped.pdf", sections=["gantt"])
    assert "Critical path" not in " ".join(_page_texts(looped.path))
    assert len(looped.notes) == 1 and looped.notes[0].startswith("The critical path is not marked")


def test_characters_missing_from_the_font_are_reported(cluster_project, tmp_path):
    cluster_project.connection.execute(
        "UPDATE stakeholders SET name = 'የዘይት ፋብሪካ' WHERE name = ?", (NAMES["french"],)
    )
    cluster_project.connection.commit()
    result = build_pack(cluster_project, tmp_path / "pack.pdf", sections=["stakeholders"])
    assert len(result.notes) == 1
    assert result.notes[0].startswith("8 characters in the project's text are not in the pack's font")
    assert "የ" in result.notes[0]
    clean = build_pack(cluster_project, tmp_path / "clean.pdf", sections=["profile"])
    assert clean.notes == result.notes  # the check covers all printed text, whatever the sections
