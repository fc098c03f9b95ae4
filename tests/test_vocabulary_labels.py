from __future__ import annotations

import pytest

from clusterdesk.core import vocabulary, vocabulary_labels
from clusterdesk.core.vocabulary_labels import kind_label, phase_label, relation_label, survey_round_label


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_every_code_has_its_own_label_in_each_language(language):
    # every code is covered by the language's own table (a missing one would fall back to English)
    assert set(vocabulary_labels._KINDS[language]) == set(vocabulary.STAKEHOLDER_KINDS)
    assert set(vocabulary_labels._RELATIONS[language]) == set(vocabulary.RELATION_KINDS)
    assert set(vocabulary_labels._PHASES[language]) == set(vocabulary.PHASES)
    assert kind_label("enterprise", language) != "Enterprise"
    labels = [kind_label(code, language) for code in vocabulary.STAKEHOLDER_KINDS]
    assert len(set(labels)) == len(labels)  # no two kinds read the same


def test_english_and_unknown_languages_use_the_english_labels():
    assert kind_label("bds_provider", "en") == "BDS provider"
    assert kind_label("bds_provider", "tr") == "BDS provider"
    assert kind_label("bds_provider", None) == "BDS provider"
    assert relation_label("supplies", "de") == "Supplies"


def test_regional_language_tags_are_understood():
    assert kind_label("enterprise", "es_EC") == "Empresa"
    assert kind_label("enterprise", "fr-FR") == "Entreprise"
    assert phase_label(6, "RU") == "Мониторинг и оценка"


def test_survey_rounds():
    assert survey_round_label("baseline", "es") == "Línea de base"
    assert survey_round_label("follow_up_2", "fr") == "Suivi 2"
    assert survey_round_label("follow_up_1") == "Follow-up 1"
    assert survey_round_label("mid_term", "ru") == "mid_term"
    assert vocabulary_labels.SUPPORTED_LANGUAGES == tuple(vocabulary.LANGUAGES)
