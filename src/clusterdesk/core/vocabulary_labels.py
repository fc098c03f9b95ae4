"""Labels of the vocabulary codes in Spanish, French and Russian (English lives in `vocabulary`).

Codes are what files and the command line use; these labels are what people read. Qt-free, so the
reports, the web map and the CLI can label things in the project's language as well as the window.
"""

from __future__ import annotations

from clusterdesk.core.vocabulary import PHASES, RELATION_KINDS, STAKEHOLDER_KINDS, SURVEY_ROUND_BASELINE

_KINDS = {
    "es": {
        "enterprise": "Empresa", "supplier": "Proveedor", "buyer": "Comprador",
        "business_association": "Asociación empresarial", "bds_provider": "Proveedor de SDE",
        "financial_institution": "Institución financiera", "public_authority": "Autoridad pública",
        "training_institution": "Institución de formación o investigación", "ngo_other": "ONG u otra",
    },
    "fr": {
        "enterprise": "Entreprise", "supplier": "Fournisseur", "buyer": "Acheteur",
        "business_association": "Association professionnelle", "bds_provider": "Prestataire de SDE",
        "financial_institution": "Institution financière", "public_authority": "Autorité publique",
        "training_institution": "Institution de formation ou de recherche", "ngo_other": "ONG ou autre",
    },
    "ru": {
        "enterprise": "Предприятие", "supplier": "Поставщик", "buyer": "Покупатель",
        "business_association": "Бизнес-ассоциация", "bds_provider": "Поставщик бизнес-услуг",
        "financial_institution": "Финансовый институт", "public_authority": "Орган власти",
        "training_institution": "Учебное или научное учреждение", "ngo_other": "НКО или другое",
    },
}  # fmt: skip

_RELATIONS = {
    "es": {"supplies": "Suministra a", "buys_from": "Compra a", "member_of": "Miembro de",
           "joint_action": "Acción conjunta", "advises": "Asesora a", "finances": "Financia a",
           "other": "Otra"},
    "fr": {"supplies": "Fournit", "buys_from": "Achète à", "member_of": "Membre de",
           "joint_action": "Action conjointe", "advises": "Conseille", "finances": "Finance",
           "other": "Autre"},
    "ru": {"supplies": "Поставляет", "buys_from": "Покупает у", "member_of": "Член",
           "joint_action": "Совместное действие", "advises": "Консультирует", "finances": "Финансирует",
           "other": "Другое"},
}  # fmt: skip

_PHASES = {
    "es": {1: "Selección del clúster", 2: "Designación del agente de desarrollo del clúster",
           3: "Diagnóstico", 4: "Visión y plan de acción", 5: "Implementación",
           6: "Seguimiento y evaluación"},
    "fr": {1: "Sélection du cluster", 2: "Désignation de l'agent de développement du cluster",
           3: "Diagnostic", 4: "Vision et plan d'action", 5: "Mise en œuvre", 6: "Suivi et évaluation"},
    "ru": {1: "Выбор кластера", 2: "Назначение агента по развитию кластера", 3: "Диагностика",
           4: "Видение и план действий", 5: "Реализация", 6: "Мониторинг и оценка"},
}  # fmt: skip

_ROUNDS = {
    "en": ("Baseline", "Follow-up {n}"),
    "es": ("Línea de base", "Seguimiento {n}"),
    "fr": ("Situation de référence", "Suivi {n}"),
    "ru": ("Исходный уровень", "Повторное обследование {n}"),
}

SUPPORTED_LANGUAGES = ("en", "es", "fr", "ru")


def _language(language: str | None) -> str:
    """'es', 'es_EC' or 'ES' → 'es'; anything unknown falls back to English."""
    code = (language or "en").lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


def kind_label(code: str, language: str | None = "en") -> str:
    english = STAKEHOLDER_KINDS.get(code, code)
    return _KINDS.get(_language(language), {}).get(code, english)


def relation_label(code: str, language: str | None = "en") -> str:
    english = RELATION_KINDS.get(code, code)
    return _RELATIONS.get(_language(language), {}).get(code, english)


def phase_label(phase: int, language: str | None = "en") -> str:
    english = PHASES.get(phase, str(phase))
    return _PHASES.get(_language(language), {}).get(phase, english)


def survey_round_label(code: str, language: str | None = "en") -> str:
    """'baseline' → 'Línea de base'; 'follow_up_2' → 'Seguimiento 2'; other codes unchanged."""
    baseline, follow_up = _ROUNDS[_language(language)]
    if code == SURVEY_ROUND_BASELINE:
        return baseline
    number = code.removeprefix("follow_up_")
    return follow_up.format(n=number) if code.startswith("follow_up_") and number.isdigit() else code
