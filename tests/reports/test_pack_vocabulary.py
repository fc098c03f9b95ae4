"""Every sample's pack printed in Spanish, French and Russian holds none of the English vocabulary: kinds,
relations, phases, statuses, budget sources, joint actions, governance bodies, roles, checks and their
evidence, the default capacity framework's dimensions and indicators, section headings, the country.

Names users entered stay as entered, so an English word that is part of a sample's own data (an English
sample's "Steering Committee") is not looked for in that sample's packs; neither is a word that the
language writes as English does ("Final" in Spanish, "Association" in French).
"""

from __future__ import annotations

import re
import sqlite3
import string
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixtures import SAMPLES, flat_text

from clusterdesk.cli.main import main
from clusterdesk.core.catalogue import catalogue
from clusterdesk.core.formatting import country_name

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import catalogues  # noqa: E402  (tools/ is not a package)

LANGUAGES = ("es", "fr", "ru")
SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))
# Contexts of the vocabularies and of the fixed texts printed in the pack (reports.texts have no colon)
VOCABULARY = re.compile(
    r"^(kind|relation|phase|task_status|budget_source|joint_action|body_type|member_role|team_position|"
    r"gender|leadership|phase_out|check|evidence|decision|survey_round|capacity:D\d+(\.\d+)?$|capacity:framework$)"
)
# Tables whose text is the application's, not entered by users: they do not excuse an English word
NOT_USER_TEXT = ("gpkg_", "rtree_", "layer_styles", "clusterdesk_meta", "capacity_frameworks",
                 "capacity_dimensions", "capacity_indicators", "capacity_rubric_levels")  # fmt: skip

# 18 packs of six samples in three languages: about 40 s on one core, so with the slow tests
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SAMPLE_FILES, reason="the sample projects are built by tools/build_samples.py"),
]


def _fragments(english: str) -> list[str]:
    """The fixed parts of a text around its placeholders and markup, of two words or more."""
    pieces = [literal for literal, *_rest in string.Formatter().parse(re.sub(r"<[^>]+>", "{}", english))]
    return [p.strip(" .,;:()") for p in pieces if len(p.strip(" .,;:()").split()) >= 2]


def english_vocabulary() -> dict[str, list[str]]:
    """Phrase → the contexts it comes from: each vocabulary label and printed text whole, and the fixed
    parts of those with placeholders."""
    found: dict[str, list[str]] = {}
    for message in catalogues.messages():
        if ":" in message.context and not VOCABULARY.match(message.context):
            continue
        for english in filter(None, (message.english, message.plural)):
            phrases = _fragments(english)
            if "{" not in english and "<" not in english:
                phrases.append(english.strip(" .,;:"))
            for phrase in phrases:
                if len(phrase) > 2:
                    found.setdefault(phrase, []).append(message.context)
    return found


def _translations(language: str) -> str:
    """Every translated text of `language` in one string, to tell words both languages write alike."""
    texts = catalogue(language)._catalog.values()  # noqa: SLF001 - the compiled catalogue's own texts
    return "\n".join(flat_text(t) for t in texts)


def _user_text(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        values = []
        for table in tables:
            if table.startswith(NOT_USER_TEXT):
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                values += [v for v in row if isinstance(v, str)]
    return flat_text("\n".join(values))


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[tuple[str, str], str]:
    """(sample, language) → the flat text of its pack, each built once by the report command."""
    folder = tmp_path_factory.mktemp("packs")
    texts = {}
    for sample in SAMPLE_FILES:
        for language in LANGUAGES:
            out = folder / f"{sample.stem}_{language}.pdf"
            assert main(["report", str(sample), "-o", str(out), "--language", language]) == 0
            pages = PdfReader(out).pages
            texts[sample.stem, language] = flat_text("\n".join(page.extract_text() or "" for page in pages))
    return texts


def _present(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_vocabulary_in_translated_packs(packs, language):
    vocabulary = english_vocabulary()
    assert {"Supplier", "NGO or other", "Staff competence", "not yet"} <= set(vocabulary)
    same_in_language = _translations(language)
    left = {}
    for sample in SAMPLE_FILES:
        text = packs[sample.stem, language]
        entered = _user_text(sample)
        with sqlite3.connect(f"file:{sample}?mode=ro", uri=True) as connection:
            (country,) = connection.execute("SELECT country FROM project_info").fetchone()
        looked_for = dict(vocabulary)
        looked_for[country_name(country, "en")] = ["country"]
        found = [
            f"{phrase!r} ({', '.join(contexts[:2])})"
            for phrase, contexts in looked_for.items()
            if _present(phrase, text)
            and not _present(phrase, entered)
            and not _present(phrase, same_in_language)
        ]
        if found:
            left[sample.stem] = found
    assert not left, f"English left in the {language} packs: {left}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_packs_write_the_country_and_decimals_in_their_language(packs, language):
    for sample in SAMPLE_FILES:
        with sqlite3.connect(f"file:{sample}?mode=ro", uri=True) as connection:
            (country,) = connection.execute("SELECT country FROM project_info").fetchone()
        text = packs[sample.stem, language]
        assert flat_text(country_name(country, language)) in text, sample.stem
        # capacity scores and legends have one decimal: a comma in all three languages, never a point
        assert re.search(r"\s\d,\d\s", text), sample.stem
        assert not re.search(r"(?:·|итог|global) \d\.\d\b", text), sample.stem
