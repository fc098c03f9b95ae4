"""The words of the network exchange files: the edge list's column headings and the attribute titles of
GEXF, in the project's language, and their way back from any language ClusterDesk speaks.

Headings and titles are not data, so an edge list or a GEXF file is written in the project's language; an
edge list made in English, Spanish, French or Russian imports again, because `english_heading` turns every
known heading back into its English one. Relation kinds and survey rounds are read by their code or by
their label in any of those languages. Qt-free.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, tr
from clusterdesk.core.vocabulary import RELATION_KINDS, SURVEY_ROUND_BASELINE
from clusterdesk.core.vocabulary_labels import relation_label, survey_round_label

# The edge list's columns in the order an export writes them; the import needs the first five
EDGE_COLUMNS = (
    "Source",
    "Source ID",
    "Target",
    "Target ID",
    "Kind",
    "Strength",
    "Directed",
    "Round",
    "Last observed round",
    "Ended round",
)
REQUIRED_COLUMNS = ("Kind", "Strength", "Round")
LATITUDE, LONGITUDE = "latitude", "longitude"  # the names Gephi's geographic layouts look for
_MOST_FOLLOW_UPS = 99  # follow-up labels ("Seguimiento 7") recognised back up to this number


def edge_headings(language: str | None) -> dict[str, str]:
    """English heading of the edge list → its heading in `language`."""
    return {
        "Source": tr("network_csv:source", "Source", language),
        "Source ID": tr("network_csv:source_id", "Source ID", language),
        "Target": tr("network_csv:target", "Target", language),
        "Target ID": tr("network_csv:target_id", "Target ID", language),
        "Kind": tr("network_csv:kind", "Kind", language),
        "Strength": tr("network_csv:strength", "Strength", language),
        "Directed": tr("network_csv:directed", "Directed", language),
        "Round": tr("network_csv:round", "Round", language),
        "Last observed round": tr("network_csv:last_observed", "Last observed round", language),
        "Ended round": tr("network_csv:ended", "Ended round", language),
    }


def node_titles(language: str | None) -> dict[str, str]:
    """GEXF node attribute id → its title in `language` (latitude and longitude keep the names Gephi's
    geographic layout looks for)."""
    return {
        "kind": tr("network_attribute:kind", "Kind", language),
        "kind_label": tr("network_attribute:kind_label", "Kind (label)", language),
        "sector": tr("network_attribute:sector", "Sector", language),
        "admin_area": tr("network_attribute:admin_area", "Administrative area", language),
        "employees": tr("network_attribute:employees", "Employees", language),
        LATITUDE: LATITUDE,
        LONGITUDE: LONGITUDE,
    }


def edge_titles(language: str | None) -> dict[str, str]:
    """GEXF edge attribute id → its title in `language`."""
    return {
        "kind": tr("network_attribute:relation_kind", "Relation kind", language),
        "kind_label": tr("network_attribute:relation_kind_label", "Relation kind (label)", language),
        "strength": tr("network_attribute:strength", "Strength", language),
        "directed": tr("network_attribute:directed", "Directed", language),
        "first_round": tr("network_attribute:first_round", "First round", language),
        "last_observed_round": tr("network_attribute:last_observed", "Last observed round", language),
        "ended_round": tr("network_attribute:ended_round", "Ended round", language),
        "rounds": tr("network_attribute:rounds", "Rounds", language),
    }


def key(text: Any) -> str:
    """How headings and labels are compared: spaces collapsed, case folded."""
    return " ".join(str(text or "").split()).casefold()


@functools.cache
def _english_headings() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        found.update({key(title): english for english, title in edge_headings(language).items()})
    found.update({key(english.replace(" ", "_")): english for english in EDGE_COLUMNS})  # source_id, ...
    return found


def english_heading(heading: str) -> str | None:
    """The English heading of the edge list that `heading` is, in any language; None for another column."""
    return _english_headings().get(key(heading))


@functools.cache
def _kinds_by_label() -> dict[str, str]:
    found = {key(code): code for code in RELATION_KINDS}
    for language in SUPPORTED_LANGUAGES:
        found.update({key(relation_label(code, language)): code for code in RELATION_KINDS})
    return found


def relation_kind_code(text: str) -> str | None:
    """The relation kind written as `text` (its code or its label in any language), or None."""
    return _kinds_by_label().get(key(text))


@functools.cache
def _rounds_by_label() -> dict[str, str]:
    codes = [SURVEY_ROUND_BASELINE, *(f"follow_up_{n}" for n in range(1, _MOST_FOLLOW_UPS + 1))]
    found = {key(code): code for code in codes}
    for language in SUPPORTED_LANGUAGES:
        found.update({key(survey_round_label(code, language)): code for code in codes})
    return found


_FOLLOW_UP_CODE = re.compile(r"^follow[ _-]?up[ _-]?(\d+)$")


def round_code(text: str, known: list[str]) -> str:
    """The survey round written as `text`: one of the `known` codes (by code or by its label in any
    language), the baseline or a follow-up in any language, otherwise the text itself as a new code."""
    wanted = key(text)
    for code in known:
        if wanted == key(code) or any(
            wanted == key(survey_round_label(code, lang)) for lang in SUPPORTED_LANGUAGES
        ):
            return code
    found = _rounds_by_label().get(wanted)
    if found:
        return found
    match = _FOLLOW_UP_CODE.match(wanted)
    if match:
        return f"follow_up_{int(match.group(1))}"
    return " ".join(text.split())
