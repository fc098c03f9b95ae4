"""The pack and the web map speak the project's language (or the one asked for), read back from the PDF
(text and outline) and from the web map's HTML."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixtures import flat_text, open_sample_copy

from clusterdesk.cli.main import main
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.formatting import decimal, long_date
from clusterdesk.core.vocabulary_labels import kind_label, status_label
from clusterdesk.reports import webmap
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.texts import text

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
SECTION_KEYS = ("profile", "map", "stakeholders", "relations", "network", "diagnostic", "governance", "vision", "plan",
                "gantt", "budget", "capacity", "results")  # fmt: skip
# Headings and labels an English pack prints; none may be left in a pack printed in another language
ENGLISH_HEADINGS = ("Contents", "Cluster profile", "Cluster map", "Stakeholders", "Vision and objectives",
                    "Action plan", "Gantt chart", "Budget and cost sharing", "Institutional capacity",
                    "Legend", "By kind", "Largest firms", "Most connected stakeholders", "Shared vision",
                    "Strategic objectives", "Representation checks", "Meetings and attendance",
                    "Gaps to targets", "Comparison across institutions", "Facts", "Printed", "Page 2 of",
                    "CLUSTER DEVELOPMENT INITIATIVE", "Action-plan pack", "Women employees",
                    "Result chain", "Indicators and status", "Latest actual")  # fmt: skip


def _flat(path: Path) -> str:
    return flat_text("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _outline(path: Path) -> list[str]:
    return [entry.title for entry in PdfReader(path).outline if not isinstance(entry, list)]


def test_numbers_and_dates_follow_each_language():
    day = dt.date(2026, 11, 27)
    assert long_date(day, "en") == "27 November 2026"
    assert long_date(day, "es") == "27 de noviembre de 2026"
    assert long_date(day, "fr") == "27 novembre 2026"
    assert long_date(day, "ru") == "27 ноября 2026\u00a0г."
    assert decimal(1234567.5, "en", 1) == "1,234,567.5"
    assert decimal(1234567.5, "es", 1) == "1.234.567,5"
    # French groups with a narrow no-break space, which ReportLab would break a line at: a no-break one
    assert decimal(1234567.5, "fr", 1) == "1\u00a0234\u00a0567,5"
    assert decimal(2.345, "ru") == "2,3"
    assert text("page_of", "es_EC", page=3) == "Página 3 de "
    assert text("contents", "de") == "Contents"  # an unknown project language prints in English
    assert status_label("in_progress", "ru") == "Выполняется"


def test_spanish_sample_pack_has_spanish_headings_and_no_english_ones(tmp_path):
    project = open_sample_copy(tmp_path, "atuntaqui_garments")
    try:
        assert project.info().language == "es"
        result = build_pack(project, tmp_path / "pack.pdf")
        english = build_pack(project, tmp_path / "english.pdf", language="en")
    finally:
        project.close()
    # The same project printed in English has every heading looked for below, so their absence counts
    assert [heading for heading in ENGLISH_HEADINGS if heading not in _flat(english.path)] == []
    flat = _flat(result.path)
    assert _outline(result.path) == [text(key, "es") for key in SECTION_KEYS if key in result.sections]
    for phrase in ("Índice", "Perfil del clúster", "Presupuesto y cofinanciación", "Leyenda", "Por tipo",
                   "Objetivos estratégicos", "Controles de representatividad", "Página 2 de",
                   text("printed", "es", date=long_date(dt.date.today(), "es")),
                   kind_label("enterprise", "es"), status_label("completed", "es")):  # fmt: skip
        assert phrase in flat, phrase
    left = [heading for heading in ENGLISH_HEADINGS if heading in flat]
    assert left == [], f"English left in the Spanish pack: {left}"


def test_russian_sample_pack_prints_cyrillic_headings(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        result = build_pack(project, tmp_path / "pack.pdf", sections=["profile", "stakeholders", "budget"])
    finally:
        project.close()
    assert _outline(result.path) == ["Профиль кластера", "Участники", "Бюджет и софинансирование"]
    flat = _flat(result.path)
    printed_on = flat_text(long_date(dt.date.today(), "ru"))
    for phrase in ("Содержание", "Основные сведения", "Страница 2 из", "По типам", "Итого",
                   "ИНИЦИАТИВА ПО РАЗВИТИЮ КЛАСТЕРА", printed_on):  # fmt: skip
        assert phrase in flat, phrase
    assert not [heading for heading in ENGLISH_HEADINGS if heading in flat]


def test_language_option_of_the_report_command_prints_french(cluster_project, tmp_path):
    out = tmp_path / "pack.pdf"
    code = main(["report", str(cluster_project.path), "-o", str(out), "--language", "FR",
                 "--sections", "profile,stakeholders"])  # fmt: skip
    assert code == 0
    assert _outline(out) == ["Profil du cluster", "Acteurs"]
    flat = _flat(out)
    for phrase in ("Sommaire", "Fiche d'identité", "Page 2 sur", "Par type", "Dont femmes"):
        assert phrase in flat, phrase
    assert "Cluster profile" not in flat


def test_unknown_language_is_refused_with_the_choices(cluster_project, tmp_path, capsys):
    with pytest.raises(ClusterDeskError, match="en, es, fr, ru"):
        build_pack(cluster_project, tmp_path / "pack.pdf", language="de")
    with pytest.raises(SystemExit):
        main(["report", str(cluster_project.path), "-o", str(tmp_path / "x.pdf"), "--language", "german"])
    assert "choose en, es, fr or ru" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def _payload(page: str) -> dict:
    start = page.index("clusterdeskMap(")
    return json.JSONDecoder().raw_decode(page[page.index("}, {", start) + 3 :])[0]


def test_web_map_legend_and_layers_speak_the_project_language(tmp_path):
    project = open_sample_copy(tmp_path, "samara_automotive")
    try:
        russian = webmap.build_webmap_html(project)
        english = webmap.build_webmap_html(project, language="en")
    finally:
        project.close()
    legend = _payload(russian)["legendHtml"]
    assert "<h4>Участники</h4>" in legend and "<h4>Связи</h4>" in legend
    assert kind_label("enterprise", "ru") in legend and "Stakeholders" not in legend
    assert _payload(russian)["labels"]["employees"] == "Работники"
    # Layer names reach the layer control as JSON strings
    for name in ("Офлайн-подложка (Natural Earth)", "OpenStreetMap (нужен интернет)"):
        assert json.dumps(name) in russian, name
    assert re.search(re.escape(json.dumps(kind_label("enterprise", "ru"))[:-1]) + r" \(\d", russian)
    assert "Offline basemap" not in russian
    assert "<h4>Stakeholders</h4>" in _payload(english)["legendHtml"]
    assert json.dumps("Offline basemap (Natural Earth)") in english


def test_webmap_command_takes_a_language(cluster_project, tmp_path):
    out = tmp_path / "map.html"
    assert main(["webmap", str(cluster_project.path), "-o", str(out), "--language", "es"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<h4>Actores</h4>" in _payload(page)["legendHtml"]
    assert _payload(page)["language"] == "es"
