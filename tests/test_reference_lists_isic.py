"""ISIC Rev.4: the whole structure, titles in the four languages, the chain of parents, search by code
and by word without regard to case or accents, and `clusterdesk new` refusing codes not in the lists."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pytest

from clusterdesk.cli.main import main
from clusterdesk.core import isic
from clusterdesk.core.project import Project
from clusterdesk.resources_path import resource

LANGUAGES = ("en", "es", "fr", "ru")


def test_the_structure_is_complete():
    levels = Counter(entry.level for entry in isic.entries())
    assert levels == {"section": 21, "division": 88, "group": 238, "class": 419}  # as the UN publishes it
    assert [e.code for e in isic.entries() if e.level == "section"] == list("ABCDEFGHIJKLMNOPQRSTU")


def test_every_code_has_a_title_in_each_language():
    for entry in isic.entries():
        for language in LANGUAGES:
            assert entry.title(language).strip(), (entry.code, language)
    assert isic.title("0111") == "Growing of cereals (except rice), leguminous crops and oil seeds"


def test_every_code_is_translated_in_the_data_not_shown_in_english():
    with resource("classifications", "isic_rev4.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 766
    for row in rows:
        assert row["es"] and row["fr"] and row["ru"], row["code"]
        assert re.search("[а-яё]", row["ru"], re.IGNORECASE) and not re.search("[a-z]{3}", row["ru"]), row
    assert sum(row["es"] == row["en"] for row in rows) == 0
    assert isic.title("C", "ru") == "Обрабатывающая промышленность"
    assert isic.title("1430", "es") == "Fabricación de artículos de punto y ganchillo"
    assert isic.title("0111", "es") == "Cultivo de cereales (excepto arroz), legumbres y semillas oleaginosas"
    assert isic.title("14", "fr") == "Fabrication d’articles d’habillement"
    assert (
        isic.title("2817") == "Manufacture of office machinery and equipment (except computers and "
        "peripheral equipment)"
    )  # the source's stray comma at the end is gone


def test_parent_chain_and_children():
    assert isic.parents("1430") == ["C", "14", "143", "1430"]
    assert isic.parents("C1430") == ["C", "14", "143", "1430"]  # as some national lists write it
    assert isic.parents("01") == ["A", "01"]
    assert isic.parents("A") == ["A"]
    assert isic.parents("1499") == []
    assert isic.children("14") == ["141", "142", "143"]
    assert isic.children(None)[:3] == ["A", "B", "C"]
    for entry in isic.entries():
        chain = isic.parents(entry.code)
        assert chain[0].isalpha() and chain[-1] == entry.code and len(chain) == len(entry.code)


def test_validity():
    for code in ("A", "c", "14", "143", "1430", " 1430 ", "14.30"):
        assert isic.is_code(code), code
    for code in ("V", "1499", "00", "12345", "", None, "knit"):
        assert not isic.is_code(code), code
    assert isic.looks_like_code("1499") and not isic.looks_like_code("V")


@pytest.mark.parametrize(("typed", "language", "expected"), [
    ("1430", "en", ["1430"]),
    ("14", "en", ["14", "141", "1410", "142", "1420", "143", "1430"]),
    ("knitted", "en", ["1391", "143", "1430"]),
    ("KNITTED apparel", "en", ["143", "1430"]),
    ("punto", "es", ["1391", "143", "1430"]),
    ("ganchillo punto", "es", ["1391", "143", "1430"]),
    ("prendas", "es", ["1392", "14", "141", "1410"]),  # "excepto prendas de vestir" for 1392
    ("bonneterie", "fr", ["1391", "143", "1430"]),
    ("etoffes", "fr", ["1391"]),  # étoffes, without the accent
    ("d'habillement", "fr", ["1392", "14", "141", "1410"]),  # the UN writes d’habillement
    ("вязан", "ru", ["1391", "143", "1430"]),
    ("ТРИКОТАЖ", "ru", ["1391", "143", "1430"]),
    ("knitted", "ru", ["1391", "143", "1430"]),  # English words find titles in every language
])  # fmt: skip
def test_search_by_code_and_word(typed, language, expected):
    found = isic.search(typed, language)
    assert found[: len(expected)] == expected


def test_search_for_a_section_letter_and_nothing():
    assert isic.search("c") == ["C"]
    assert isic.search("") == []
    assert isic.search("1499") == []


def _new(capsys, tmp_path, *options):
    code = main(["new", str(tmp_path / "x.gpkg"), "--name", "Cluster", *options])
    return code, capsys.readouterr()


def test_new_refuses_sector_and_country_codes_not_in_the_lists(capsys, tmp_path):
    code, out = _new(capsys, tmp_path, "--sector", "1499")
    assert code != 0 and "1499 is not in ISIC Rev.4" in out.err
    code, out = _new(capsys, tmp_path, "--country", "XK")
    assert code != 0 and "XK is not an ISO 3166-1 country code" in out.err
    code, out = _new(capsys, tmp_path, "--sector", "knitwear")
    assert code != 0 and "--sector must be an ISIC Rev.4 code" in out.err
    assert not (tmp_path / "x.gpkg").exists()


def test_new_takes_known_codes(capsys, tmp_path):
    code, _out = _new(capsys, tmp_path, "--sector", "c1430", "--country", "ec")
    assert code == 0
    project = Project.open(tmp_path / "x.gpkg")
    try:
        assert (project.info().sector_code, project.info().country) == ("1430", "EC")
    finally:
        project.close()


def test_new_refusal_speaks_russian(capsys, tmp_path, monkeypatch, russian_messages):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # the command line speaks the environment's language
    code, out = _new(capsys, tmp_path, "--sector", "1499")
    assert code != 0 and "отсутствует в МСОК" in out.err
