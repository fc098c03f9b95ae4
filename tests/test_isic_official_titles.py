"""ISIC Rev.4 titles in Spanish and French are the UN Statistics Division's own (its structure files
ISIC_Rev_4_spanish_structure.txt and ISIC_Rev_4_french_structure.txt), at every level, with the two typing
errors of the French file corrected; the sector picker's search finds them as people type them."""

from __future__ import annotations

import csv

import pytest

from clusterdesk.core import isic
from clusterdesk.resources_path import resource

OFFICIAL = [
    ("A", "es", "Agricultura, ganadería, silvicultura y pesca"),
    ("01", "es", "Agricultura, ganadería, caza y actividades de servicios conexas"),
    ("015", "es", "Cultivo de productos agrícolas en combinación con la cría de animales "
                  "(explotación mixta)"),
    ("1701", "es", "Fabricación de pasta de madera, papel y cartón"),
    ("6201", "es", "Programación informática"),
    ("9101", "es", "Actividades de librerías y archivos"),  # the UN's wording, kept as published
    ("A", "fr", "Agriculture, sylviculture et pêche"),
    ("01", "fr", "Culture et production animale, chasse et activités de services connexes"),
    ("011", "fr", "Cultures temporaires"),
    ("0111", "fr", "Culture de céréales (à l’exception du riz), de légumineuses et de graines oléagineuses"),
    ("0121", "fr", "Culture de raisin"),
    ("1430", "fr", "Fabrication d’articles de bonneterie"),
    ("2920", "en", "Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and "
                   "semi-trailers"),
    ("9601", "en", "Washing and (dry-) cleaning of textile and fur products"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "language", "expected"), OFFICIAL)
def test_titles_are_the_un_wording(code, language, expected):
    assert isic.title(code, language) == expected


def test_the_typing_errors_of_the_french_file_are_corrected():
    assert isic.title("0128", "fr") == (
        "Culture de plantes pour épices, de plantes aromatiques et de plantes pour médicaments et "
        "produits pharmaceutiques"
    )
    for code in ("091", "0910"):
        assert isic.title(code, "fr") == "Activités annexes à l’extraction de pétrole et de gaz naturel"


def test_french_titles_use_the_uns_apostrophe_throughout():
    with resource("classifications", "isic_rev4.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sum("’" in row["fr"] for row in rows) > 100
    assert not [row["code"] for row in rows if "'" in row["fr"]]
    assert not [
        (row["code"], language)
        for row in rows
        for language in ("en", "es", "fr", "ru")
        if row[language] != " ".join(row[language].split()) or row[language].endswith(",")
    ]


@pytest.mark.parametrize(("typed", "expected"), [
    ("l'exception du riz", ["0111"]),  # a typed ' finds the UN's ’
    ("l’exception riz", ["0111"]),
    ("cultures temporaires", ["011", "0119"]),
    ("extraction petrole", ["06", "061", "0610", "091", "0910"]),
])  # fmt: skip
def test_the_picker_search_finds_official_french_titles_as_typed(typed, expected):
    assert isic.search(typed, "fr") == expected
