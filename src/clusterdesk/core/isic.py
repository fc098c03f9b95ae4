"""ISIC Rev.4, the UN's International Standard Industrial Classification, in four languages (Qt-free).

Sections A–U, 2-digit divisions, 3-digit groups and 4-digit classes with their titles in English,
Spanish, French and Russian, from resources/classifications/isic_rev4.csv (built by
tools/build_classifications.py; see resources/classifications/README.md for the sources). A title
missing in a language is shown in English.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from clusterdesk.core.catalogue import language_code
from clusterdesk.core.reference_text import matches_words, words
from clusterdesk.resources_path import resource

LEVELS = {1: "section", 2: "division", 3: "group", 4: "class"}
_CODE = re.compile(r"^(?:[A-U]|\d{2,4})$")


@dataclass(frozen=True)
class IsicEntry:
    code: str
    titles: dict[str, str]  # language → title ('' where the classification lacks one)
    parent: str | None  # the section of a division, the division of a group, the group of a class

    @property
    def level(self) -> str:
        """'section', 'division', 'group' or 'class'."""
        return LEVELS[len(self.code)]

    def title(self, language: str | None) -> str:
        return self.titles.get(language_code(language)) or self.titles["en"]


@functools.cache
def _entries() -> dict[str, IsicEntry]:
    """Every entry in the order of the classification (a section, then its divisions, ...)."""
    entries: dict[str, IsicEntry] = {}
    section = None
    with resource("classifications", "isic_rev4.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row.pop("code")
            if code.isalpha():
                section, parent = code, None
            else:
                parent = section if len(code) == 2 else code[:-1]
            entries[code] = IsicEntry(code, row, parent)
    return entries


def normalised(code: str | None) -> str:
    """'c', ' 1430 ', 'C1430' and '14.30' → 'C', '1430', '1430', '1430': the forms people type."""
    text = (code or "").strip().upper().replace(".", "")
    if len(text) > 1 and text[0].isalpha() and text[1:].isdigit():
        text = text[1:]  # a section letter before the digits, as some national lists write them
    return text


def entries() -> list[IsicEntry]:
    return list(_entries().values())


def entry(code: str | None) -> IsicEntry | None:
    return _entries().get(normalised(code))


def is_code(code: str | None) -> bool:
    """True for a section, division, group or class of ISIC Rev.4 (not for '1499', which looks like one)."""
    return normalised(code) in _entries()


def looks_like_code(code: str | None) -> bool:
    """True for text shaped like an ISIC code (a letter A–U or 2 to 4 digits), whether it exists or not."""
    return bool(_CODE.match(normalised(code)))


def title(code: str | None, language: str | None = "en") -> str | None:
    found = entry(code)
    return found.title(language) if found else None


def display(code: str | None, language: str | None = "en") -> str:
    """'1430 Manufacture of knitted and crocheted apparel'; an unknown code as it is; '' for none."""
    found = entry(code)
    if found is None:
        return code or ""
    return f"{found.code} {found.title(language)}"


def parents(code: str | None) -> list[str]:
    """The chain from the section down to `code` itself: '1430' → ['C', '14', '143', '1430'];
    [] for an unknown code."""
    chain: list[str] = []
    current = entry(code)
    while current is not None:
        chain.insert(0, current.code)
        current = _entries().get(current.parent) if current.parent else None
    return chain


def children(code: str | None) -> list[str]:
    """The codes one level below `code` (the sections for None), in the classification's order."""
    parent = normalised(code) if code else None
    return [found.code for found in _entries().values() if found.parent == parent]


def search(text: str, language: str | None = "en") -> list[str]:
    """Codes matching `text`, in the classification's order: codes beginning with it ("14" finds 14,
    141, 1410, 142, ...; "c" finds section C), or titles whose words it begins, in `language` or in
    English ("knitted", "punto", "вязан")."""
    query = text.strip()
    if not query:
        return []
    code_query = normalised(query)
    if code_query.isdigit() or (len(code_query) == 1 and code_query.isalpha()):
        by_code = [code for code in _entries() if code.startswith(code_query)]
        if by_code or code_query.isdigit():
            return by_code
    query_words = words(query)
    language = language_code(language)
    return [
        found.code
        for found in _entries().values()
        if matches_words(query_words, words(found.title(language)))
        or matches_words(query_words, words(found.titles["en"]))
    ]
