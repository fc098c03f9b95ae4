"""The gettext catalogues of the printed texts (resources/locale) are complete, compiled and in step with
the code; texts are looked up by the ids the code uses, with each language's plural forms."""

from __future__ import annotations

import ast
import gettext
import sys

import pytest

from clusterdesk.core.catalogue import catalogue, tr_plural
from clusterdesk.reports import texts
from conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import catalogues  # noqa: E402  (tools/ is not a package)

# Calls that look a printed text up by its short id, and where the id is (the first argument)
TEXT_CALLS = {"text", "printed_text", "t"}
PLURAL_CALLS = {"plural_text", "plural"}


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_every_catalogue_is_complete_compiled_and_has_the_placeholders_of_its_english(language):
    # every message of the code translated, none fuzzy, the same {placeholders}, the .mo from this .po
    assert catalogues.problems(language) == []


def test_the_template_holds_the_messages_of_the_code():
    with catalogues.TEMPLATE.open("rb") as handle:
        pot = catalogues.read_po(handle)
    written = {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)) for m in pot if m.id}
    assert written == {(m.context, m.msgid) for m in catalogues.messages()}


def _ids_used(names: set[str]) -> set[str]:
    """Literal first arguments of calls to `names` (plain or as a method) in the reports, which print
    the texts of reports.texts (elsewhere `text(...)` may well be SQLAlchemy's)."""
    found = set()
    for path in (REPO / "src" / "clusterdesk" / "reports").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = node.args[0]
            if name in names and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def test_every_text_id_used_in_the_code_has_a_text():
    used = _ids_used(TEXT_CALLS)
    assert {"contents", "cap_summary", "web_title"} <= used  # the scan finds what the reports print
    assert sorted(used - set(texts.SOURCE)) == []
    plurals = _ids_used(PLURAL_CALLS)
    assert {"unlocated", "cap_left"} <= plurals
    assert sorted(plurals - set(texts.PLURALS)) == []


def test_catalogues_load_from_the_resources_with_the_languages_plural_forms():
    assert isinstance(catalogue("ru"), gettext.GNUTranslations)
    assert isinstance(catalogue("es-EC"), gettext.GNUTranslations)
    forms = {n: tr_plural("cover_firms", "firm", "firms", n, "ru") for n in (1, 2, 5, 11, 21, 22, 111)}
    assert forms == {1: "предприятие", 2: "предприятия", 5: "предприятий", 11: "предприятий",
                     21: "предприятие", 22: "предприятия", 111: "предприятий"}  # fmt: skip
    assert tr_plural("cover_firms", "firm", "firms", 1, "fr") == "entreprise"
    assert tr_plural("cover_firms", "firm", "firms", 0, "fr") == "entreprise"  # French counts 0 as one
    assert tr_plural("cover_firms", "firm", "firms", 0, "es") == "empresas"
    assert tr_plural("cover_firms", "firm", "firms", 2, "en") == "firms"
