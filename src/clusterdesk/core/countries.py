"""ISO 3166-1 countries with their names in English, Spanish, French and Russian (Qt-free).

The list is resources/classifications/countries.csv, built by tools/build_classifications.py from
Debian's iso-codes (the codes and ISO's names) and Unicode CLDR (the short names people use: "Russia",
"Bolivia"); ISO's own names in the four languages ("Russian Federation", "Estado Plurinacional de
Bolivia") are kept as aliases that search also finds.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from clusterdesk.core.catalogue import language_code
from clusterdesk.core.reference_text import folded, matches_words, words
from clusterdesk.resources_path import resource

LANGUAGES = ("en", "es", "fr", "ru")


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    alpha3: str
    names: dict[str, str]  # language → name
    aliases: tuple[str, ...]  # ISO's own names, in any of the four languages

    def name(self, language: str | None) -> str:
        return self.names[language_code(language)]


@functools.cache
def _countries() -> dict[str, Country]:
    with resource("classifications", "countries.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: Country(
                row["code"],
                row["alpha3"],
                {language: row[language] for language in LANGUAGES},
                tuple(alias for alias in row["aliases"].split("|") if alias),
            )
            for row in csv.DictReader(handle)
        }


@functools.cache
def _search_words(code: str) -> tuple[list[str], list[str]]:
    """Words of the country's names in every language, and of its ISO aliases."""
    country = _countries()[code]
    names = [word for name in country.names.values() for word in words(name)]
    return names, [word for alias in country.aliases for word in words(alias)]


def countries() -> list[Country]:
    """Every country, in code order."""
    return list(_countries().values())


def is_country(code: str | None) -> bool:
    return bool(code) and code.strip().upper() in _countries()


def country(code: str) -> Country | None:
    return _countries().get((code or "").strip().upper())


def name(code: str | None, language: str | None = "en") -> str | None:
    """'Ecuador', 'Эквадор'; None for a code that is not in ISO 3166-1."""
    found = country(code or "")
    return found.name(language) if found else None


def display(code: str | None, language: str | None = "en") -> str:
    """'Ecuador (EC)' for a known code, the code itself for an unknown one, '' for none."""
    if not code:
        return ""
    found = name(code, language)
    return f"{found} ({code.strip().upper()})" if found else code


def search(text: str, language: str | None = "en") -> list[str]:
    """Codes of the countries that `text` names, best first: the code itself ("ec", "ecu"), then names
    in `language` that begin with it, then names in any of the four languages or ISO's own names whose
    words it begins ("rusia", "fédération russe", "Россия"). Sorted by name in `language` within each
    rank."""
    query = folded(text.strip())
    if not query:
        return []
    language = language_code(language)
    query_words = words(query)
    ranked: list[tuple[int, str, str]] = []
    for code, entry in _countries().items():
        own = entry.name(language)
        if query.upper() in (code, entry.alpha3):
            rank = 0
        elif folded(own).startswith(query):
            rank = 1
        elif matches_words(query_words, words(own)):
            rank = 2
        else:
            names, aliases = _search_words(code)
            if matches_words(query_words, names):
                rank = 3
            elif matches_words(query_words, aliases):
                rank = 4
            else:
                continue
        ranked.append((rank, folded(own), code))
    return [code for _rank, _name, code in sorted(ranked)]
