"""Titles of the project file's tables in Spanish, French and Russian, beside the English ones of
`model.TABLE_TITLES`: the layer and table names QGIS shows for a project in the project's language. They
travel in each table's QGIS style (`core.qgis_styles`) like the field aliases. Qt-free."""

from __future__ import annotations

from clusterdesk.core.place_names import map_language

SPANISH = {
    "stakeholders": "Actores", "relations": "Relaciones", "cluster_boundaries": "Límites del clúster",
    "project_info": "Proyecto", "contact_persons": "Personas de contacto",
    "custom_field_definitions": "Campos propios de los actores", "vision_statements": "Visión compartida",
    "plan_calendars": "Calendario del plan", "plan_holidays": "Feriados del plan",
    "plan_tasks": "Plan de acción: objetivos, acciones y actividades",
    "plan_links": "Dependencias del plan de acción",
    "plan_task_responsibles": "Actores responsables del plan de acción",
    "plan_task_firms": "Empresas participantes del plan de acción",
    "plan_baselines": "Líneas de base del plan de acción",
    "plan_baseline_tasks": "Fechas de la línea de base del plan de acción",
    "capacity_frameworks": "Marcos de evaluación de capacidades",
    "capacity_dimensions": "Dimensiones de capacidad",
    "capacity_indicators": "Indicadores de capacidad",
    "capacity_rubric_levels": "Niveles de la rúbrica de capacidad",
    "capacity_assessments": "Evaluaciones de capacidad de las instituciones",
    "capacity_scores": "Puntuaciones y evidencias de capacidad", "capacity_targets": "Metas de capacidad",
    "governance_bodies": "Órganos de gobernanza",
    "governance_members": "Miembros de los órganos de gobernanza",
    "governance_meetings": "Reuniones de gobernanza", "governance_attendance": "Asistencia a las reuniones",
    "governance_decisions": "Decisiones de las reuniones",
    "governance_maturity": "Madurez de la gobernanza por período",
    "governance_phase_out_items": "Lista de preparación para la salida",
    "results": "Cadena de resultados: impacto, efectos y productos",
    "result_task_links": "Objetivos y acciones del plan que contribuyen a los resultados",
    "result_indicators": "Indicadores de resultados",
    "indicator_values": "Líneas de base, metas y valores reales de los indicadores",
    "survey_rounds": "Rondas de encuesta de las relaciones",
}  # fmt: skip
FRENCH = {
    "stakeholders": "Acteurs", "relations": "Relations", "cluster_boundaries": "Limites du cluster",
    "project_info": "Projet", "contact_persons": "Personnes de contact",
    "custom_field_definitions": "Champs propres des acteurs", "vision_statements": "Vision partagée",
    "plan_calendars": "Calendrier du plan", "plan_holidays": "Jours fériés du plan",
    "plan_tasks": "Plan d’action : objectifs, actions et activités",
    "plan_links": "Dépendances du plan d’action",
    "plan_task_responsibles": "Acteurs responsables du plan d’action",
    "plan_task_firms": "Entreprises participantes du plan d’action",
    "plan_baselines": "Références du plan d’action",
    "plan_baseline_tasks": "Dates de référence du plan d’action",
    "capacity_frameworks": "Cadres d’évaluation des capacités",
    "capacity_dimensions": "Dimensions des capacités",
    "capacity_indicators": "Indicateurs de capacité",
    "capacity_rubric_levels": "Niveaux de la grille de capacité",
    "capacity_assessments": "Évaluations des capacités des institutions",
    "capacity_scores": "Notes et justifications de capacité", "capacity_targets": "Cibles de capacité",
    "governance_bodies": "Instances de gouvernance",
    "governance_members": "Membres des instances de gouvernance",
    "governance_meetings": "Réunions de gouvernance", "governance_attendance": "Présence aux réunions",
    "governance_decisions": "Décisions des réunions",
    "governance_maturity": "Maturité de la gouvernance par période",
    "governance_phase_out_items": "Liste de préparation au retrait",
    "results": "Chaîne de résultats : impact, effets et extrants",
    "result_task_links": "Objectifs et actions du plan contribuant aux résultats",
    "result_indicators": "Indicateurs de résultats",
    "indicator_values": "Références, cibles et réalisations des indicateurs",
    "survey_rounds": "Vagues d’enquête des relations",
}  # fmt: skip
RUSSIAN = {
    "stakeholders": "Участники", "relations": "Связи", "cluster_boundaries": "Границы кластера",
    "project_info": "Проект", "contact_persons": "Контактные лица",
    "custom_field_definitions": "Дополнительные поля участников", "vision_statements": "Общее видение",
    "plan_calendars": "Календарь плана", "plan_holidays": "Праздничные дни плана",
    "plan_tasks": "План действий: цели, действия и мероприятия",
    "plan_links": "Зависимости плана действий",
    "plan_task_responsibles": "Ответственные участники плана действий",
    "plan_task_firms": "Предприятия-участники плана действий",
    "plan_baselines": "Базовые версии плана действий",
    "plan_baseline_tasks": "Даты базовых версий плана действий",
    "capacity_frameworks": "Схемы оценки потенциала", "capacity_dimensions": "Направления потенциала",
    "capacity_indicators": "Показатели потенциала", "capacity_rubric_levels": "Уровни критериев потенциала",
    "capacity_assessments": "Оценки потенциала учреждений",
    "capacity_scores": "Оценки и обоснования потенциала", "capacity_targets": "Целевые значения потенциала",
    "governance_bodies": "Органы управления", "governance_members": "Члены органов управления",
    "governance_meetings": "Заседания органов управления", "governance_attendance": "Посещаемость заседаний",
    "governance_decisions": "Решения заседаний", "governance_maturity": "Зрелость управления по периодам",
    "governance_phase_out_items": "Готовность к завершению поддержки",
    "results": "Цепочка результатов: воздействие, конечные и непосредственные результаты",
    "result_task_links": "Цели и действия плана, ведущие к результатам",
    "result_indicators": "Индикаторы результатов",
    "indicator_values": "Базовые, целевые и фактические значения индикаторов",
    "survey_rounds": "Раунды обследования связей",
}  # fmt: skip
_TITLES = {"es": SPANISH, "fr": FRENCH, "ru": RUSSIAN}


def table_title(table: str, language: str | None = "en") -> str | None:
    """The title of `table` in `language`; English where a language lacks it, None for a table
    ClusterDesk does not know."""
    from clusterdesk.core.model import TABLE_TITLES  # filled by the plan, capacity and governance modules

    return _TITLES.get(map_language(language), {}).get(table) or TABLE_TITLES.get(table)
