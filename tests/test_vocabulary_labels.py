from __future__ import annotations

import pytest

from clusterdesk.core import vocabulary
from clusterdesk.core.vocabulary_labels import (
    VOCABULARIES,
    governance_label,
    kind_label,
    label,
    phase_label,
    relation_label,
    survey_round_label,
)

# Labels that a language writes as English does (French "Diagnostic" and "Public", Spanish "Final")
SAME_IN_ENGLISH = ("Association", "Final", "Diagnostic", "Public")


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_every_code_has_its_own_label_in_each_language(language):
    # every code is translated in the language's catalogue (a missing one would fall back to English)
    for name in ("kind", "relation", "phase", "task_status", "budget_source", "joint_action", "body_type"):
        for code, english in VOCABULARIES[name].items():
            assert label(name, code, language) != english or english in SAME_IN_ENGLISH, (name, code)
    assert kind_label("enterprise", language) != "Enterprise"
    labels = [kind_label(code, language) for code in vocabulary.STAKEHOLDER_KINDS]
    assert len(set(labels)) == len(labels)  # no two kinds read the same


def test_english_and_unknown_languages_use_the_english_labels():
    assert kind_label("bds_provider", "en") == "BDS provider"
    assert kind_label("bds_provider", "tr") == "BDS provider"
    assert kind_label("bds_provider", None) == "BDS provider"
    assert relation_label("supplies", "de") == "Supplies"
    assert kind_label("no_such_kind", "es") == "no_such_kind"


def test_regional_language_tags_are_understood():
    assert kind_label("enterprise", "es_EC") == "Empresa"
    assert kind_label("enterprise", "fr-FR") == "Entreprise"
    assert phase_label(6, "RU") == "Мониторинг и оценка"


def test_a_code_of_two_vocabularies_is_labelled_from_the_one_its_english_label_names():
    assert governance_label("other", "Other", "es") == "Otro"
    assert label("gender", "female", "fr") == "Femme"
    assert governance_label("steering_committee", "Steering Committee", "ru") == "Руководящий комитет"
    assert governance_label("unknown", "As entered", "ru") == "As entered"


def test_survey_rounds():
    assert survey_round_label("baseline", "es") == "Línea de base"
    assert survey_round_label("follow_up_2", "fr") == "Suivi 2"
    assert survey_round_label("follow_up_1") == "Follow-up 1"
    assert survey_round_label("mid_term", "ru") == "mid_term"
    assert vocabulary.LANGUAGES.keys() == {"en", "es", "fr", "ru"}
