"""The logframe workbook's words for levels, units, directions, disaggregations, categories and value kinds:
written in the project's language, read back from any language ClusterDesk speaks or from the code itself
("output", "firm_size"), so a donor's copy with labels typed in English still imports into a Spanish
project."""

from __future__ import annotations

import functools

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES
from clusterdesk.core.vocabulary_labels import VOCABULARIES, category_label, label
from clusterdesk.io.logframe_xlsx_headings import key

# the vocabulary that names the categories of each disaggregation with closed categories
CATEGORY_VOCABULARY = {"sex": "sex", "firm_size": "firm_size", "stakeholder_kind": "kind"}


def write_label(vocabulary: str, code: str | None, language: str | None) -> str | None:
    """The label a cell shows for `code` (None stays empty)."""
    return None if code is None else label(vocabulary, code, language)


def write_category(dimension: str, category: str, language: str | None) -> str:
    return category_label(dimension, category, language) if dimension else ""


@functools.cache
def _codes_by_label(vocabulary: str) -> dict[str, str]:
    codes = VOCABULARIES[vocabulary]
    found: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        found.update({key(label(vocabulary, code, language)): code for code in codes})
    found.update({key(code): code for code in codes})  # a code typed as it is stored wins
    return found


def read_code(vocabulary: str, text: str) -> str | None:
    """The code a cell names by its label in any language or by the code itself; None when unknown."""
    return _codes_by_label(vocabulary).get(key(text))


def read_category(dimension: str, text: str) -> str | None:
    """The stored category of a cell for `dimension`: a code for sex, size class and stakeholder kind
    (None when unknown), the text itself for an area."""
    vocabulary = CATEGORY_VOCABULARY.get(dimension)
    if vocabulary is None:
        return text.strip() or None
    return read_code(vocabulary, text)


def known_categories(dimension: str, language: str | None) -> list[str]:
    """The labels of a closed disaggregation's categories, for a message saying what to write."""
    vocabulary = CATEGORY_VOCABULARY.get(dimension)
    if vocabulary is None:
        return []
    return [label(vocabulary, code, language) for code in VOCABULARIES[vocabulary]]
