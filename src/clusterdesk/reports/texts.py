# ruff: noqa: E501 - translation tables read best one text per line, however long the text
"""Every printed text of the reports (action-plan pack and web map) in English, Spanish, French and Russian.

`text(id, language, **values)` looks a text up by its short id and fills its placeholders; numbers and
dates are written the way readers of each language expect. Vocabulary codes (kinds, relations, phases,
survey rounds) are labelled by core.vocabulary_labels; task statuses, budget sources and joint-action
types are labelled here, as only the reports print them in other languages so far.
"""

from __future__ import annotations

import datetime as dt

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES
from clusterdesk.core.vocabulary_labels import SUPPORTED_LANGUAGES

# ReportLab wraps at every Unicode space except U+00A0, so this keeps a number on one line in a cell
NBSP = "\u00a0"

_EN = {
    "quarter": "Q{n}",
    "web_basemap": "Basemap: Natural Earth (public domain)",
    "term_ended_on": "ended {date}", "term_until": "until {date}", "term_since": "since {date}", "dissolved": ", dissolved {date}",
    "isic": "ISIC {code}",
    "round_baseline": "Baseline", "round_mid_term": "Mid-term", "round_final": "Final",
    "series_overall": "{label} · overall {score}", "series_incomplete": "{label} (incomplete: {scored} of {total} indicators scored)",
    "cap_summary": "{count} support institutions assessed with the framework <i>{framework}</i> ({dimensions} dimensions, {indicators} indicators scored {low} to {high}), {rounds} assessments in all",
    "cap_incomplete": ", {count} of them not yet completely scored.", "incomplete": "incomplete",
    "cap_reached": "Every completely scored dimension has reached its target.",
    "cap_comparison_note": "The latest round of each institution. A dimension has a score only when all its indicators are scored, and the overall score only when every dimension has one; an incomplete assessment is never averaged as if it were whole.",
    "cap_gaps_note": "Gap = target minus score, from the latest round in which the dimension was completely scored; the largest gaps first, at most {count} per institution.",
    "cap_left_one": " {count} smaller gap is left out here; the Gaps tab of the app's Institutional capacity panel lists them all.",
    "cap_left_many": " {count} smaller gaps are left out here; the Gaps tab of the app's Institutional capacity panel lists them all.",
    "gov_summary": "The cluster's governance structure has {bodies} active bodies with {members} current members; {meetings} meetings are on record.",
    "as_of": "As of {date}, for the bodies active on that day.", "no_commission": "The cluster has no Cluster Commission yet.",
    "in_registry": "{label} ({count} in the registry)", "every_seat": "Every kind and sector of the registry has a seat.",
    "shares_red": "Shares of women below {low} or above {high} are shown in red.", "every_chair": "Every body has a chair.",
    "term_ended": "term ended {date}", "no_expired": "No member's term has expired.", "not_taken": "not taken", "now": "now",
    "attendance_note": "Attendance is the share of members present at the meetings whose attendance was taken, counting each member only at the meetings held during their term.",
    "conditions_met": "<b>{done} of {judged}</b> conditions for the Cluster Development Agent's withdrawal are met",
    "conditions_unjudged": "; {count} cannot be judged from the data yet.", "ticked_by_hand": "(ticked by hand)",
    "today": "today", "critical_not_marked": "The critical path is not marked: {error}",
    "plan_intro": "{count} tasks in outline order: strategic objectives, their actions and activities. Dates of objectives and actions span the tasks under them.",
    "map_located": "{located} of {total} stakeholders have a location.",
    "map_outside": "The map shows the cluster area: {count} located stakeholders further away (buyers or suppliers elsewhere) lie outside it",
    "map_outside_ties": ", and their ties run to the map's edge.",
    # Headings of the sections, as printed and as listed by `clusterdesk report --list-sections`
    "contents": "Contents", "profile": "Cluster profile", "map": "Cluster map", "stakeholders": "Stakeholders",
    "relations": "Relations", "governance": "Governance", "vision": "Vision and objectives",
    "plan": "Action plan", "gantt": "Gantt chart", "budget": "Budget and cost sharing",
    "capacity": "Institutional capacity",
    # Running header, footer and document properties
    "page_of": "Page {page} of ", "printed": "Printed {date}", "pack_title": "{cluster} – action-plan pack",
    "pack_subject": "Cluster development action-plan pack",
    # Cover
    "cover_kicker": "CLUSTER DEVELOPMENT INITIATIVE", "cover_subtitle": "Action-plan pack",
    "cover_phase": "Phase {phase} of 6: {label}", "cover_footer": "Prepared with ClusterDesk · Basemap data: Natural Earth",
    "cover_firms": "firms", "cover_jobs": "jobs in those firms", "cover_institutions": "support institutions",
    "cover_tasks": "tasks in the action plan",
    # Profile
    "fig_stakeholders": "Stakeholders", "fig_firms": "Firms", "fig_institutions": "Support institutions",
    "fig_employees": "Employees", "fig_relations": "Relations", "fig_women": "Women among employees",
    "fig_tasks": "Plan tasks", "fig_phase": "Phase",
    "profile_summary": "<b>{cluster}</b> brings together {firms} firms and {institutions} support institutions",
    "profile_in_region": " in {region}", "profile_in_sector": ", in the sector <i>{sector}</i>",
    "profile_phase": ". The initiative is in phase {phase}, {label}.",
    "facts": "Facts", "fact_cluster": "Cluster", "fact_sector": "Sector", "fact_region": "Region",
    "fact_country": "Country", "fact_agency": "Agency", "fact_phase": "Phase", "fact_start": "Start date",
    "fact_currency": "Currency",
    # Stakeholders and relations
    "by_kind": "By kind", "by_sector": "By sector (ISIC Rev.4)", "largest_firms": "Largest firms",
    "col_kind": "Kind", "col_stakeholders": "Stakeholders", "col_employees": "Employees",
    "col_women": "Women employees", "col_total": "Total", "col_firm": "Firm", "col_products": "Products",
    "col_area": "Area", "col_stakeholder": "Stakeholder", "col_ties": "Ties", "not_recorded": "(not recorded)",
    "relations_intro": "Ties between stakeholders recorded in each survey round, by kind of relation.",
    "most_connected": "Most connected stakeholders",
    # Map
    "legend": "Legend", "legend_boundary": "Cluster boundary",
    "legend_relation_density": "Relations, darker where more ties cross",
    "map_no_location": "No stakeholder has a location yet; the map shows the cluster boundaries.",
    "map_dots": "At this number each stakeholder is a dot in the colour of its kind.",
    "map_symbols": "Each symbol is a stakeholder, shaped and coloured by kind.",
    "map_density": "Relations are drawn as one density of lines; the Relations section counts them by kind.",
    "map_lines": "Lines join related stakeholders.",
    "x_of_y": "{located} of {total}",
    "unlocated_one": "Where a count reads “x of y”, x are on the map: {count} stakeholder has no location and is not on the map.",
    "unlocated_many": "Where a count reads “x of y”, x are on the map: {count} stakeholders have no location and are not on the map.",
    # Vision, plan, Gantt and budget
    "shared_vision": "Shared vision", "agreed_by": "Agreed by {who}", "agreed_on": "on {date}",
    "strategic_objectives": "Strategic objectives", "col_no": "No.", "col_objective": "Strategic objective",
    "col_from": "From", "col_to": "To", "col_actions": "Actions", "col_budget": "Budget {currency}",
    "col_task": "Task", "col_start": "Start", "col_finish": "Finish", "col_days": "Days", "col_status": "Status",
    "col_responsible": "Responsible", "critical_path": "Critical path", "milestone": "Milestone",
    "summary_bar": "Objective or summary", "gantt_task_header": "No.  Task",
    "budget_intro": "The plan's budget is <b>{total} {currency}</b>, the sum of the amounts entered on its "
    "tasks. Cost sharing shows who pays: firms' own contribution signals commitment to the joint actions.",
    "col_firms_share": "Firms' share", "by_objective": "By strategic objective ({currency})",
    "amounts": "amounts", "budget_caption": "Budget of each strategic objective by source of funds.",
    # Web map
    "web_offline_basemap": "Offline basemap (Natural Earth)", "web_osm": "OpenStreetMap (needs internet)",
    "web_boundary": "Cluster boundary", "web_relations_layer": "Relations: {label} ({count})",
    "web_employees": "Employees", "web_products": "Products", "web_contacts": "Contacts",
    "web_stakeholders": "Stakeholders", "web_relations": "Relations",
    "web_sized": "Firms, suppliers and buyers are sized by employees. ", "web_area": "Area",
    "web_click": "Click a symbol for details.", "web_empty": "This project has no stakeholders yet.",
    "web_title": "{cluster} – ClusterDesk web map", "web_data": "Data",
    # Governance and capacity
    "h_bodies": "Bodies", "h_representation": "Representation checks", "h_gender": "Gender balance of current members",
    "h_chairless": "Bodies without a chair", "h_expired": "Expired terms", "h_meetings": "Meetings and attendance",
    "h_maturity": "Maturity and phase-out readiness", "h_members": "Members: {body}",
    "h_absent": "Interest groups absent from the Cluster Commission",
    "h_capacity_rounds": "Capacity by institution and round", "h_comparison": "Comparison across institutions",
    "h_gaps": "Gaps to targets", "target": "Target",
    "col_body": "Body", "col_purpose": "Purpose", "col_reports_to": "Reports to", "col_members": "Members",
    "col_meetings": "Meetings", "col_member": "Member", "col_role": "Role", "col_interest": "Interest group",
    "col_gender": "Gender", "col_term": "Term", "col_women_count": "Women", "col_men": "Men", "col_other": "Other",
    "col_not_recorded": "Not recorded", "col_women_share": "Share of women", "col_attendance": "Attendance",
    "col_by_year": "By year", "col_period": "Period", "col_led_by": "Who led the joint actions",
    "col_condition": "Condition", "col_evidence": "Evidence", "col_institution": "Institution",
    "col_round": "Round", "col_scored": "Scored", "col_overall": "Overall", "col_dimension": "Dimension",
    "col_score": "Score", "col_gap": "Gap", "col_weakest": "Weakest indicators",
}  # fmt: skip

_ES = {
    "quarter": "T{n}",
    "web_basemap": "Mapa base: Natural Earth (dominio público)",
    "term_ended_on": "venció el {date}", "term_until": "hasta el {date}", "term_since": "desde el {date}", "dissolved": ", disuelto el {date}",
    "isic": "CIIU {code}",
    "round_baseline": "Línea de base", "round_mid_term": "Medio término", "round_final": "Final",
    "series_overall": "{label} · global {score}", "series_incomplete": "{label} (incompleta: {scored} de {total} indicadores puntuados)",
    "cap_summary": "{count} instituciones de apoyo evaluadas con el marco <i>{framework}</i> ({dimensions} dimensiones, {indicators} indicadores puntuados de {low} a {high}), {rounds} evaluaciones en total",
    "cap_incomplete": ", {count} de ellas aún sin puntuar por completo.", "incomplete": "incompleta",
    "cap_reached": "Todas las dimensiones puntuadas por completo han alcanzado su meta.",
    "cap_comparison_note": "Última ronda de cada institución. Una dimensión solo tiene puntuación cuando todos sus indicadores están puntuados, y la puntuación global solo cuando la tienen todas las dimensiones; una evaluación incompleta nunca se promedia como si estuviera completa.",
    "cap_gaps_note": "Brecha = meta menos puntuación, según la última ronda en que la dimensión se puntuó por completo; primero las brechas mayores, como máximo {count} por institución.",
    "cap_left_one": " Se omite {count} brecha menor; la pestaña Brechas del panel Capacidad institucional de la aplicación las muestra todas.",
    "cap_left_many": " Se omiten {count} brechas menores; la pestaña Brechas del panel Capacidad institucional de la aplicación las muestra todas.",
    "gov_summary": "La estructura de gobernanza del clúster cuenta con {bodies} órganos activos y {members} miembros en funciones; hay {meetings} reuniones registradas.",
    "as_of": "Al {date}, para los órganos activos en esa fecha.", "no_commission": "El clúster aún no tiene Comisión del Clúster.",
    "in_registry": "{label} ({count} en el registro)", "every_seat": "Todos los tipos y sectores del registro tienen un puesto.",
    "shares_red": "Las proporciones de mujeres inferiores al {low} o superiores al {high} aparecen en rojo.", "every_chair": "Todos los órganos tienen presidencia.",
    "term_ended": "mandato vencido el {date}", "no_expired": "Ningún mandato ha vencido.", "not_taken": "sin registrar", "now": "hoy",
    "attendance_note": "La asistencia es la proporción de miembros presentes en las reuniones en que se registró, contando a cada miembro solo en las reuniones celebradas durante su mandato.",
    "conditions_met": "Se cumplen <b>{done} de {judged}</b> condiciones para la retirada del agente de desarrollo del clúster",
    "conditions_unjudged": "; {count} aún no pueden evaluarse con los datos disponibles.", "ticked_by_hand": "(marcada a mano)",
    "today": "hoy", "critical_not_marked": "La ruta crítica no está marcada: {error}",
    "plan_intro": "{count} tareas en orden jerárquico: objetivos estratégicos, sus acciones y actividades. Las fechas de objetivos y acciones abarcan las de las tareas que contienen.",
    "map_located": "{located} de {total} actores tienen ubicación.",
    "map_outside": "El mapa muestra la zona del clúster: {count} actores ubicados más lejos (compradores o proveedores de otros lugares) quedan fuera de él",
    "map_outside_ties": ", y sus vínculos llegan hasta el borde del mapa.",
    "contents": "Índice", "profile": "Perfil del clúster", "map": "Mapa del clúster", "stakeholders": "Actores",
    "relations": "Relaciones", "governance": "Gobernanza", "vision": "Visión y objetivos",
    "plan": "Plan de acción", "gantt": "Diagrama de Gantt", "budget": "Presupuesto y cofinanciación",
    "capacity": "Capacidad institucional",
    "page_of": "Página {page} de ", "printed": "Impreso el {date}",
    "pack_title": "{cluster} – dossier del plan de acción",
    "pack_subject": "Dossier del plan de acción para el desarrollo del clúster",
    "cover_kicker": "INICIATIVA DE DESARROLLO DE CLÚSTER", "cover_subtitle": "Dossier del plan de acción",
    "cover_phase": "Fase {phase} de 6: {label}",
    "cover_footer": "Elaborado con ClusterDesk · Datos del mapa base: Natural Earth",
    "cover_firms": "empresas", "cover_jobs": "empleos en esas empresas",
    "cover_institutions": "instituciones de apoyo", "cover_tasks": "tareas en el plan de acción",
    "fig_stakeholders": "Actores", "fig_firms": "Empresas", "fig_institutions": "Instituciones de apoyo",
    "fig_employees": "Empleados", "fig_relations": "Relaciones", "fig_women": "Mujeres entre el personal",
    "fig_tasks": "Tareas del plan", "fig_phase": "Fase",
    "profile_summary": "<b>{cluster}</b> reúne a {firms} empresas y {institutions} instituciones de apoyo",
    "profile_in_region": " en {region}", "profile_in_sector": ", en el sector <i>{sector}</i>",
    "profile_phase": ". La iniciativa se encuentra en la fase {phase}: {label}.",
    "facts": "Datos generales", "fact_cluster": "Clúster", "fact_sector": "Sector", "fact_region": "Región",
    "fact_country": "País", "fact_agency": "Agencia", "fact_phase": "Fase", "fact_start": "Fecha de inicio",
    "fact_currency": "Moneda",
    "by_kind": "Por tipo", "by_sector": "Por sector (CIIU Rev.4)", "largest_firms": "Empresas más grandes",
    "col_kind": "Tipo", "col_stakeholders": "Actores", "col_employees": "Empleados",
    "col_women": "Empleadas", "col_total": "Total", "col_firm": "Empresa", "col_products": "Productos",
    "col_area": "Zona", "col_stakeholder": "Actor", "col_ties": "Vínculos", "not_recorded": "(sin registrar)",
    "relations_intro": "Vínculos entre actores registrados en cada ronda de encuestas, por tipo de relación.",
    "most_connected": "Actores con más vínculos",
    "legend": "Leyenda", "legend_boundary": "Límite del clúster",
    "legend_relation_density": "Relaciones, más oscuras donde se cruzan más vínculos",
    "map_no_location": "Ningún actor tiene ubicación todavía; el mapa muestra los límites del clúster.",
    "map_dots": "Con tantos actores, cada uno aparece como un punto del color de su tipo.",
    "map_symbols": "Cada símbolo es un actor; su forma y color indican el tipo.",
    "map_density": "Las relaciones se dibujan como una densidad de líneas; la sección Relaciones las cuenta por tipo.",
    "map_lines": "Las líneas unen a los actores relacionados.",
    "x_of_y": "{located} de {total}",
    "unlocated_one": "Cuando un recuento dice «x de y», x están en el mapa: {count} actor no tiene ubicación y no aparece.",
    "unlocated_many": "Cuando un recuento dice «x de y», x están en el mapa: {count} actores no tienen ubicación y no aparecen.",
    "shared_vision": "Visión compartida", "agreed_by": "Acordada por {who}", "agreed_on": "el {date}",
    "strategic_objectives": "Objetivos estratégicos", "col_no": "N.º", "col_objective": "Objetivo estratégico",
    "col_from": "Desde", "col_to": "Hasta", "col_actions": "Acciones", "col_budget": "Presupuesto {currency}",
    "col_task": "Tarea", "col_start": "Inicio", "col_finish": "Fin", "col_days": "Días", "col_status": "Estado",
    "col_responsible": "Responsable", "critical_path": "Ruta crítica", "milestone": "Hito",
    "summary_bar": "Objetivo o resumen", "gantt_task_header": "N.º  Tarea",
    "budget_intro": "El presupuesto del plan asciende a <b>{total} {currency}</b>, la suma de los importes "
    "asignados a sus tareas. La cofinanciación muestra quién paga: el aporte propio de las empresas "
    "demuestra su compromiso con las acciones conjuntas.",
    "col_firms_share": "Aporte de empresas", "by_objective": "Por objetivo estratégico ({currency})",
    "amounts": "importes", "budget_caption": "Presupuesto de cada objetivo estratégico por fuente de financiación.",
    "web_offline_basemap": "Mapa base sin conexión (Natural Earth)",
    "web_osm": "OpenStreetMap (requiere internet)", "web_boundary": "Límite del clúster",
    "web_relations_layer": "Relaciones: {label} ({count})", "web_employees": "Empleados",
    "web_products": "Productos", "web_contacts": "Contactos", "web_stakeholders": "Actores",
    "web_relations": "Relaciones", "web_sized": "El tamaño de empresas, proveedores y compradores indica sus empleados. ",
    "web_area": "Zona", "web_click": "Haga clic en un símbolo para ver los detalles.",
    "web_empty": "Este proyecto aún no tiene actores.", "web_title": "{cluster} – mapa web de ClusterDesk",
    "web_data": "Datos",
    "h_bodies": "Órganos", "h_representation": "Controles de representatividad",
    "h_gender": "Equilibrio de género de los miembros actuales", "h_chairless": "Órganos sin presidencia",
    "h_expired": "Mandatos vencidos", "h_meetings": "Reuniones y asistencia",
    "h_maturity": "Madurez y preparación para la retirada del apoyo", "h_members": "Miembros: {body}",
    "h_absent": "Grupos de interés ausentes de la Comisión del Clúster",
    "h_capacity_rounds": "Capacidad por institución y ronda", "h_comparison": "Comparación entre instituciones",
    "h_gaps": "Brechas respecto a las metas", "target": "Meta",
    "col_body": "Órgano", "col_purpose": "Propósito", "col_reports_to": "Rinde cuentas a", "col_members": "Miembros",
    "col_meetings": "Reuniones", "col_member": "Miembro", "col_role": "Función", "col_interest": "Grupo de interés",
    "col_gender": "Género", "col_term": "Mandato", "col_women_count": "Mujeres", "col_men": "Hombres",
    "col_other": "Otro", "col_not_recorded": "Sin registrar", "col_women_share": "Proporción de mujeres",
    "col_attendance": "Asistencia", "col_by_year": "Por año", "col_period": "Período",
    "col_led_by": "Quién lideró las acciones conjuntas", "col_condition": "Condición", "col_evidence": "Evidencia",
    "col_institution": "Institución", "col_round": "Ronda", "col_scored": "Puntuadas", "col_overall": "Global",
    "col_dimension": "Dimensión", "col_score": "Puntuación", "col_gap": "Brecha",
    "col_weakest": "Indicadores más débiles",
}  # fmt: skip

_FR = {
    "quarter": "T{n}",
    "web_basemap": "Fond de carte : Natural Earth (domaine public)",
    "term_ended_on": "échu le {date}", "term_until": "jusqu'au {date}", "term_since": "depuis le {date}", "dissolved": ", dissous le {date}",
    "isic": "CITI {code}",
    "round_baseline": "Référence", "round_mid_term": "Mi-parcours", "round_final": "Finale",
    "series_overall": "{label} · global {score}", "series_incomplete": "{label} (incomplète : {scored} indicateurs notés sur {total})",
    "cap_summary": "{count} institutions d'appui évaluées selon le référentiel <i>{framework}</i> ({dimensions} dimensions, {indicators} indicateurs notés de {low} à {high}), {rounds} évaluations au total",
    "cap_incomplete": ", dont {count} pas encore entièrement notées.", "incomplete": "incomplète",
    "cap_reached": "Toutes les dimensions entièrement notées ont atteint leur cible.",
    "cap_comparison_note": "Dernière évaluation de chaque institution. Une dimension n'a de note que si tous ses indicateurs sont notés, et la note globale que si toutes les dimensions en ont une ; une évaluation incomplète n'est jamais moyennée comme si elle était complète.",
    "cap_gaps_note": "Écart = cible moins note, d'après la dernière évaluation où la dimension a été entièrement notée ; les plus grands écarts d'abord, au plus {count} par institution.",
    "cap_left_one": " {count} écart plus faible n'est pas repris ici ; l'onglet Écarts du panneau Capacités institutionnelles de l'application les présente tous.",
    "cap_left_many": " {count} écarts plus faibles ne sont pas repris ici ; l'onglet Écarts du panneau Capacités institutionnelles de l'application les présente tous.",
    "gov_summary": "La gouvernance du cluster compte {bodies} instances actives et {members} membres en exercice ; {meetings} réunions sont enregistrées.",
    "as_of": "Au {date}, pour les instances actives à cette date.", "no_commission": "Le cluster n'a pas encore de Commission du cluster.",
    "in_registry": "{label} ({count} dans le registre)", "every_seat": "Chaque type et chaque secteur du registre dispose d'un siège.",
    "shares_red": "Les parts de femmes inférieures à {low} ou supérieures à {high} sont en rouge.", "every_chair": "Chaque instance a un président.",
    "term_ended": "mandat échu le {date}", "no_expired": "Aucun mandat n'est échu.", "not_taken": "non relevée", "now": "aujourd'hui",
    "attendance_note": "La participation est la part des membres présents aux réunions dont les présences ont été relevées, chaque membre n'étant compté que pour les réunions tenues pendant son mandat.",
    "conditions_met": "<b>{done} conditions sur {judged}</b> du retrait de l'agent de développement du cluster sont remplies",
    "conditions_unjudged": " ; {count} ne peuvent pas encore être évaluées à partir des données.", "ticked_by_hand": "(cochée à la main)",
    "today": "aujourd'hui", "critical_not_marked": "Le chemin critique n'est pas indiqué : {error}",
    "plan_intro": "{count} tâches dans l'ordre du plan : objectifs stratégiques, actions et activités. Les dates des objectifs et des actions couvrent celles des tâches qu'ils regroupent.",
    "map_located": "{located} acteurs sur {total} sont localisés.",
    "map_outside": "La carte montre la zone du cluster : {count} acteurs localisés plus loin (acheteurs ou fournisseurs d'ailleurs) sont hors cadre",
    "map_outside_ties": ", et leurs liens s'arrêtent au bord de la carte.",
    "contents": "Sommaire", "profile": "Profil du cluster", "map": "Carte du cluster", "stakeholders": "Acteurs",
    "relations": "Relations", "governance": "Gouvernance", "vision": "Vision et objectifs",
    "plan": "Plan d'action", "gantt": "Diagramme de Gantt", "budget": "Budget et partage des coûts",
    "capacity": "Capacités institutionnelles",
    "page_of": "Page {page} sur ", "printed": "Imprimé le {date}",
    "pack_title": "{cluster} – dossier du plan d'action",
    "pack_subject": "Dossier du plan d'action de développement du cluster",
    "cover_kicker": "INITIATIVE DE DÉVELOPPEMENT DE CLUSTER", "cover_subtitle": "Dossier du plan d'action",
    "cover_phase": "Phase {phase} sur 6 : {label}",
    "cover_footer": "Réalisé avec ClusterDesk · Fond de carte : Natural Earth",
    "cover_firms": "entreprises", "cover_jobs": "emplois dans ces entreprises",
    "cover_institutions": "institutions d'appui", "cover_tasks": "tâches du plan d'action",
    "fig_stakeholders": "Acteurs", "fig_firms": "Entreprises", "fig_institutions": "Institutions d'appui",
    "fig_employees": "Salariés", "fig_relations": "Relations", "fig_women": "Part des femmes parmi les salariés",
    "fig_tasks": "Tâches du plan", "fig_phase": "Phase",
    "profile_summary": "<b>{cluster}</b> réunit {firms} entreprises et {institutions} institutions d'appui",
    "profile_in_region": " en {region}", "profile_in_sector": ", dans le secteur <i>{sector}</i>",
    "profile_phase": ". L'initiative en est à la phase {phase} : {label}.",
    "facts": "Fiche d'identité", "fact_cluster": "Cluster", "fact_sector": "Secteur", "fact_region": "Région",
    "fact_country": "Pays", "fact_agency": "Agence", "fact_phase": "Phase", "fact_start": "Date de début",
    "fact_currency": "Monnaie",
    "by_kind": "Par type", "by_sector": "Par secteur (CITI Rév.4)", "largest_firms": "Principales entreprises",
    "col_kind": "Type", "col_stakeholders": "Acteurs", "col_employees": "Salariés",
    "col_women": "Salariées", "col_total": "Total", "col_firm": "Entreprise", "col_products": "Produits",
    "col_area": "Zone", "col_stakeholder": "Acteur", "col_ties": "Liens", "not_recorded": "(non renseigné)",
    "relations_intro": "Liens entre acteurs relevés à chaque enquête, par type de relation.",
    "most_connected": "Acteurs les plus connectés",
    "legend": "Légende", "legend_boundary": "Périmètre du cluster",
    "legend_relation_density": "Relations, plus sombres là où les liens se croisent",
    "map_no_location": "Aucun acteur n'est encore localisé ; la carte montre le périmètre du cluster.",
    "map_dots": "À ce nombre, chaque acteur est un point de la couleur de son type.",
    "map_symbols": "Chaque symbole est un acteur ; sa forme et sa couleur indiquent son type.",
    "map_density": "Les relations sont tracées en densité de lignes ; la section Relations les compte par type.",
    "map_lines": "Les lignes relient les acteurs en relation.",
    "x_of_y": "{located} sur {total}",
    "unlocated_one": "Dans « x sur y », x figurent sur la carte : {count} acteur n'est pas localisé et n'y figure pas.",
    "unlocated_many": "Dans « x sur y », x figurent sur la carte : {count} acteurs ne sont pas localisés et n'y figurent pas.",
    "shared_vision": "Vision partagée", "agreed_by": "Adoptée par {who}", "agreed_on": "le {date}",
    "strategic_objectives": "Objectifs stratégiques", "col_no": "N°", "col_objective": "Objectif stratégique",
    "col_from": "Du", "col_to": "Au", "col_actions": "Actions", "col_budget": "Budget {currency}",
    "col_task": "Tâche", "col_start": "Début", "col_finish": "Fin", "col_days": "Jours", "col_status": "État",
    "col_responsible": "Responsable", "critical_path": "Chemin critique", "milestone": "Jalon",
    "summary_bar": "Objectif ou synthèse", "gantt_task_header": "N°  Tâche",
    "budget_intro": "Le budget du plan s'élève à <b>{total} {currency}</b>, somme des montants saisis sur "
    "ses tâches. Le partage des coûts montre qui finance : la contribution propre des entreprises "
    "témoigne de leur engagement dans les actions collectives.",
    "col_firms_share": "Part des entreprises", "by_objective": "Par objectif stratégique ({currency})",
    "amounts": "montants", "budget_caption": "Budget de chaque objectif stratégique par source de financement.",
    "web_offline_basemap": "Fond de carte hors ligne (Natural Earth)",
    "web_osm": "OpenStreetMap (connexion requise)", "web_boundary": "Périmètre du cluster",
    "web_relations_layer": "Relations : {label} ({count})", "web_employees": "Salariés",
    "web_products": "Produits", "web_contacts": "Contacts", "web_stakeholders": "Acteurs",
    "web_relations": "Relations",
    "web_sized": "La taille des entreprises, fournisseurs et acheteurs reflète leurs effectifs. ",
    "web_area": "Zone", "web_click": "Cliquez sur un symbole pour afficher le détail.",
    "web_empty": "Ce projet ne compte encore aucun acteur.", "web_title": "{cluster} – carte web ClusterDesk",
    "web_data": "Données",
    "h_bodies": "Instances", "h_representation": "Contrôles de représentativité",
    "h_gender": "Équilibre femmes-hommes des membres actuels", "h_chairless": "Instances sans président",
    "h_expired": "Mandats expirés", "h_meetings": "Réunions et participation",
    "h_maturity": "Maturité et préparation au retrait de l'appui", "h_members": "Membres : {body}",
    "h_absent": "Groupes d'intérêt absents de la Commission du cluster",
    "h_capacity_rounds": "Capacités par institution et par évaluation",
    "h_comparison": "Comparaison entre institutions", "h_gaps": "Écarts par rapport aux cibles", "target": "Cible",
    "col_body": "Instance", "col_purpose": "Mission", "col_reports_to": "Rend compte à", "col_members": "Membres",
    "col_meetings": "Réunions", "col_member": "Membre", "col_role": "Rôle", "col_interest": "Groupe d'intérêt",
    "col_gender": "Sexe", "col_term": "Mandat", "col_women_count": "Femmes", "col_men": "Hommes",
    "col_other": "Autre", "col_not_recorded": "Non renseigné", "col_women_share": "Part des femmes",
    "col_attendance": "Participation", "col_by_year": "Par année", "col_period": "Période",
    "col_led_by": "Qui a piloté les actions collectives", "col_condition": "Condition", "col_evidence": "Justification",
    "col_institution": "Institution", "col_round": "Évaluation", "col_scored": "Notées", "col_overall": "Global",
    "col_dimension": "Dimension", "col_score": "Note", "col_gap": "Écart", "col_weakest": "Indicateurs les plus faibles",
}  # fmt: skip

_RU = {
    "quarter": "{n} кв.",
    "web_basemap": "Подложка: Natural Earth (общественное достояние)",
    "term_ended_on": "истёк {date}", "term_until": "до {date}", "term_since": "с {date}", "dissolved": ", распущен {date}",
    "isic": "МСОК {code}",
    "round_baseline": "Исходная", "round_mid_term": "Промежуточная", "round_final": "Итоговая",
    "series_overall": "{label} · итог {score}", "series_incomplete": "{label} (не завершена: оценено {scored} из {total} показателей)",
    "cap_summary": "Организаций поддержки, оценённых по методике <i>{framework}</i>: {count} ({dimensions} направлений, {indicators} показателей по шкале от {low} до {high}); всего оценок: {rounds}",
    "cap_incomplete": ", из них не завершены: {count}.", "incomplete": "не завершена",
    "cap_reached": "Все полностью оценённые направления достигли целевых значений.",
    "cap_comparison_note": "Последний раунд по каждой организации. Направление получает оценку, только когда оценены все его показатели, а итоговая оценка — только когда оценены все направления; незавершённая оценка никогда не усредняется как полная.",
    "cap_gaps_note": "Отставание = целевое значение минус оценка, по последнему раунду, в котором направление оценено полностью; сначала наибольшие, не более {count} на организацию.",
    "cap_left_one": " Меньших отставаний не показано: {count}; все они приведены на вкладке «Отставания» панели «Институциональный потенциал» в приложении.",
    "cap_left_many": " Меньших отставаний не показано: {count}; все они приведены на вкладке «Отставания» панели «Институциональный потенциал» в приложении.",
    "gov_summary": "В структуре управления кластером действующих органов: {bodies}, действующих членов: {members}; зарегистрировано заседаний: {meetings}.",
    "as_of": "По состоянию на {date}, для органов, действовавших в этот день.", "no_commission": "Кластерная комиссия ещё не создана.",
    "in_registry": "{label} (в реестре: {count})", "every_seat": "Все типы и отрасли реестра представлены.",
    "shares_red": "Доля женщин ниже {low} или выше {high} выделена красным.", "every_chair": "У всех органов есть председатель.",
    "term_ended": "полномочия истекли {date}", "no_expired": "Ни у одного члена полномочия не истекли.", "not_taken": "не отмечалась", "now": "н. в.",
    "attendance_note": "Явка — доля членов, присутствовавших на заседаниях, где велась регистрация; каждый член учитывается только на заседаниях в период своих полномочий.",
    "conditions_met": "Выполнено условий для выхода агента по развитию кластера: <b>{done} из {judged}</b>",
    "conditions_unjudged": "; ещё {count} нельзя оценить по имеющимся данным.", "ticked_by_hand": "(отмечено вручную)",
    "today": "сегодня", "critical_not_marked": "Критический путь не отмечен: {error}",
    "plan_intro": "Задач в плане: {count}, в порядке структуры — стратегические цели, меры и мероприятия. Сроки целей и мер охватывают сроки входящих в них задач.",
    "map_located": "Координаты есть у {located} из {total} участников.",
    "map_outside": "Карта показывает территорию кластера: участники с координатами за её пределами (покупатели или поставщики из других мест) — {count} — на неё не попали",
    "map_outside_ties": ", их связи доходят до края карты.",
    "contents": "Содержание", "profile": "Профиль кластера", "map": "Карта кластера", "stakeholders": "Участники",
    "relations": "Связи", "governance": "Управление", "vision": "Видение и цели",
    "plan": "План действий", "gantt": "Диаграмма Ганта", "budget": "Бюджет и софинансирование",
    "capacity": "Институциональный потенциал",
    "page_of": "Страница {page} из ", "printed": "Напечатано {date}",
    "pack_title": "{cluster} – материалы плана действий",
    "pack_subject": "Материалы плана действий по развитию кластера",
    "cover_kicker": "ИНИЦИАТИВА ПО РАЗВИТИЮ КЛАСТЕРА", "cover_subtitle": "Материалы плана действий",
    "cover_phase": "Этап {phase} из 6: {label}",
    "cover_footer": "Подготовлено в ClusterDesk · Данные подложки: Natural Earth",
    "cover_firms": "предприятий", "cover_jobs": "рабочих мест на этих предприятиях",
    "cover_institutions": "организаций поддержки", "cover_tasks": "задач в плане действий",
    "fig_stakeholders": "Участники", "fig_firms": "Предприятия", "fig_institutions": "Организации поддержки",
    "fig_employees": "Работники", "fig_relations": "Связи", "fig_women": "Доля женщин среди работников",
    "fig_tasks": "Задачи плана", "fig_phase": "Этап",
    "profile_summary": "<b>{cluster}</b> объединяет предприятия ({firms}) и организации поддержки ({institutions})",
    "profile_in_region": " в регионе {region}", "profile_in_sector": ", отрасль: <i>{sector}</i>",
    "profile_phase": ". Инициатива находится на этапе {phase}: {label}.",
    "facts": "Основные сведения", "fact_cluster": "Кластер", "fact_sector": "Отрасль", "fact_region": "Регион",
    "fact_country": "Страна", "fact_agency": "Агентство", "fact_phase": "Этап", "fact_start": "Дата начала",
    "fact_currency": "Валюта",
    "by_kind": "По типам", "by_sector": "По отраслям (МСОК, ред. 4)", "largest_firms": "Крупнейшие предприятия",
    "col_kind": "Тип", "col_stakeholders": "Участники", "col_employees": "Работники",
    "col_women": "Из них женщины", "col_total": "Итого", "col_firm": "Предприятие", "col_products": "Продукция",
    "col_area": "Район", "col_stakeholder": "Участник", "col_ties": "Связи", "not_recorded": "(не указано)",
    "relations_intro": "Связи между участниками, выявленные в каждом раунде обследования, по типам.",
    "most_connected": "Участники с наибольшим числом связей",
    "legend": "Условные обозначения", "legend_boundary": "Граница кластера",
    "legend_relation_density": "Связи; темнее там, где их больше",
    "map_no_location": "Ни у одного участника пока нет координат; на карте показаны границы кластера.",
    "map_dots": "При таком числе участников каждый показан точкой цвета своего типа.",
    "map_symbols": "Каждый знак — участник; форма и цвет обозначают его тип.",
    "map_density": "Связи показаны плотностью линий; по типам они подсчитаны в разделе «Связи».",
    "map_lines": "Линии соединяют связанных участников.",
    "x_of_y": "{located} из {total}",
    "unlocated_one": "Запись «x из y» означает, что x показаны на карте: у {count} участника нет координат.",
    "unlocated_many": "Запись «x из y» означает, что x показаны на карте: участников без координат — {count}.",
    "shared_vision": "Общее видение", "agreed_by": "Согласовано: {who}", "agreed_on": "{date}",
    "strategic_objectives": "Стратегические цели", "col_no": "№", "col_objective": "Стратегическая цель",
    "col_from": "С", "col_to": "По", "col_actions": "Меры", "col_budget": "Бюджет {currency}",
    "col_task": "Задача", "col_start": "Начало", "col_finish": "Окончание", "col_days": "Дни",
    "col_status": "Статус", "col_responsible": "Ответственный", "critical_path": "Критический путь",
    "milestone": "Веха", "summary_bar": "Цель или сводная задача", "gantt_task_header": "№  Задача",
    "budget_intro": "Бюджет плана составляет <b>{total} {currency}</b> — сумма, внесённая по его задачам. "
    "Софинансирование показывает, кто платит: собственный вклад предприятий говорит об их приверженности "
    "совместным действиям.",
    "col_firms_share": "Доля предприятий", "by_objective": "По стратегическим целям ({currency})",
    "amounts": "суммы", "budget_caption": "Бюджет каждой стратегической цели по источникам финансирования.",
    "web_offline_basemap": "Офлайн-подложка (Natural Earth)", "web_osm": "OpenStreetMap (нужен интернет)",
    "web_boundary": "Граница кластера", "web_relations_layer": "Связи: {label} ({count})",
    "web_employees": "Работники", "web_products": "Продукция", "web_contacts": "Контакты",
    "web_stakeholders": "Участники", "web_relations": "Связи",
    "web_sized": "Размер знаков предприятий, поставщиков и покупателей отражает численность работников. ",
    "web_area": "Территория", "web_click": "Нажмите на знак, чтобы увидеть подробности.",
    "web_empty": "В проекте пока нет участников.", "web_title": "{cluster} – веб-карта ClusterDesk",
    "web_data": "Данные",
    "h_bodies": "Органы", "h_representation": "Проверка представительства",
    "h_gender": "Гендерный баланс действующих членов", "h_chairless": "Органы без председателя",
    "h_expired": "Истёкшие полномочия", "h_meetings": "Заседания и явка",
    "h_maturity": "Зрелость и готовность к завершению поддержки", "h_members": "Члены: {body}",
    "h_absent": "Группы интересов, не представленные в Кластерной комиссии",
    "h_capacity_rounds": "Потенциал по организациям и раундам", "h_comparison": "Сравнение организаций",
    "h_gaps": "Отставание от целевых значений", "target": "Цель",
    "col_body": "Орган", "col_purpose": "Назначение", "col_reports_to": "Подотчётен", "col_members": "Члены",
    "col_meetings": "Заседания", "col_member": "Член", "col_role": "Роль", "col_interest": "Группа интересов",
    "col_gender": "Пол", "col_term": "Срок полномочий", "col_women_count": "Женщины", "col_men": "Мужчины",
    "col_other": "Другое", "col_not_recorded": "Не указано", "col_women_share": "Доля женщин",
    "col_attendance": "Явка", "col_by_year": "По годам", "col_period": "Период",
    "col_led_by": "Кто руководил совместными действиями", "col_condition": "Условие", "col_evidence": "Подтверждение",
    "col_institution": "Организация", "col_round": "Раунд", "col_scored": "Оценено", "col_overall": "Итог",
    "col_dimension": "Направление", "col_score": "Оценка", "col_gap": "Отставание",
    "col_weakest": "Самые слабые показатели",
}  # fmt: skip

_STATUSES = {
    "es": {"not_started": "Sin iniciar", "in_progress": "En curso", "completed": "Terminada",
           "on_hold": "En pausa", "cancelled": "Cancelada"},
    "fr": {"not_started": "Non commencée", "in_progress": "En cours", "completed": "Terminée",
           "on_hold": "En attente", "cancelled": "Annulée"},
    "ru": {"not_started": "Не начата", "in_progress": "Выполняется", "completed": "Выполнена",
           "on_hold": "Приостановлена", "cancelled": "Отменена"},
}  # fmt: skip

_BUDGET_SOURCES = {
    "es": {"enterprises": "Empresas", "public": "Sector público", "donor": "Donantes", "other": "Otras"},
    "fr": {"enterprises": "Entreprises", "public": "Public", "donor": "Bailleurs", "other": "Autres"},
    "ru": {"enterprises": "Предприятия", "public": "Государство", "donor": "Доноры", "other": "Другие"},
}  # fmt: skip

_JOINT_ACTIONS = {
    "es": {"joint_purchasing": "Compras conjuntas", "joint_marketing": "Comercialización conjunta",
           "shared_equipment": "Equipos compartidos", "training": "Capacitación",
           "quality_standards": "Normas de calidad", "trade_fair": "Feria comercial",
           "infrastructure": "Infraestructura", "policy_dialogue": "Diálogo de políticas",
           "institutional_support": "Apoyo institucional", "other": "Otra"},
    "fr": {"joint_purchasing": "Achats groupés", "joint_marketing": "Commercialisation commune",
           "shared_equipment": "Équipements partagés", "training": "Formation",
           "quality_standards": "Normes de qualité", "trade_fair": "Salon professionnel",
           "infrastructure": "Infrastructures", "policy_dialogue": "Dialogue sur les politiques",
           "institutional_support": "Appui institutionnel", "other": "Autre"},
    "ru": {"joint_purchasing": "Совместные закупки", "joint_marketing": "Совместный маркетинг",
           "shared_equipment": "Общее оборудование", "training": "Обучение",
           "quality_standards": "Стандарты качества", "trade_fair": "Выставка-ярмарка",
           "infrastructure": "Инфраструктура", "policy_dialogue": "Диалог с властями",
           "institutional_support": "Институциональная поддержка", "other": "Другое"},
}  # fmt: skip

_MONTHS = {
    "en": ("January February March April May June July August September October November December", "{d} {m} {y}"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
           "{d} de {m} de {y}"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre", "{d} {m} {y}"),
    "ru": ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря", "{d} {m} {y} г."),
}  # fmt: skip

# Month names short enough for a Gantt column heading
_SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "ru": "янв фев мар апр май июн июл авг сен окт ноя дек",
}

# Governance vocabulary (core.governance codes, and the phase-out conditions of
# analysis.governance_checks by their code) as printed in the pack's member and body tables
_GOVERNANCE = {
    "es": {"steering_committee": "Comité directivo", "cluster_commission": "Comisión del clúster",
           "project_team": "Equipo del proyecto", "working_group": "Grupo de trabajo",
           "enterprise_network": "Red empresarial", "association": "Asociación", "chair": "Presidencia",
           "vice_chair": "Vicepresidencia", "secretary": "Secretaría", "member": "Miembro",
           "observer": "Observador", "project_coordinator": "Coordinación del proyecto",
           "cda": "Agente de desarrollo del clúster", "specialist_consultant": "Consultor especializado",
           "female": "Mujer", "male": "Hombre", "other": "Otro",
           "cda_led": "Liderado por el agente", "shared": "Compartido", "locally_owned": "Apropiación local",
           "meet_without_cda": "Los órganos locales se reúnen sin el agente",
           "lead_institutions": "Instituciones líderes designadas para los órganos locales",
           "tools_handed_over": "Herramientas (registro, plan de acción, seguimiento) transferidas a una institución local",
           "methods_handed_over": "Métodos (diagnóstico, planificación, facilitación) transferidos y puestos en práctica",
           "funding_secured": "Financiación de la secretaría de los órganos asegurada tras el proyecto"},
    "fr": {"steering_committee": "Comité de pilotage", "cluster_commission": "Commission du cluster",
           "project_team": "Équipe de projet", "working_group": "Groupe de travail",
           "enterprise_network": "Réseau d'entreprises", "association": "Association", "chair": "Président",
           "vice_chair": "Vice-président", "secretary": "Secrétaire", "member": "Membre",
           "observer": "Observateur", "project_coordinator": "Coordinateur du projet",
           "cda": "Agent de développement du cluster", "specialist_consultant": "Consultant spécialisé",
           "female": "Femme", "male": "Homme", "other": "Autre",
           "cda_led": "Piloté par l'agent", "shared": "Partagé", "locally_owned": "Appropriation locale",
           "meet_without_cda": "Les instances locales se réunissent sans l'agent",
           "lead_institutions": "Institutions chefs de file désignées pour les instances locales",
           "tools_handed_over": "Outils (registre, plan d'action, suivi) transférés à une institution locale",
           "methods_handed_over": "Méthodes (diagnostic, planification, animation) transférées et pratiquées",
           "funding_secured": "Financement du secrétariat des instances assuré après le projet"},
    "ru": {"steering_committee": "Руководящий комитет", "cluster_commission": "Кластерная комиссия",
           "project_team": "Проектная команда", "working_group": "Рабочая группа",
           "enterprise_network": "Сеть предприятий", "association": "Ассоциация", "chair": "Председатель",
           "vice_chair": "Заместитель председателя", "secretary": "Секретарь", "member": "Член",
           "observer": "Наблюдатель", "project_coordinator": "Координатор проекта",
           "cda": "Агент по развитию кластера", "specialist_consultant": "Профильный консультант",
           "female": "Ж", "male": "М", "other": "Другое",
           "cda_led": "Под руководством агента", "shared": "Совместно", "locally_owned": "Местная ответственность",
           "meet_without_cda": "Местные органы собираются без агента",
           "lead_institutions": "Для местных органов назначены ведущие организации",
           "tools_handed_over": "Инструменты (реестр, план действий, мониторинг) переданы местной организации",
           "methods_handed_over": "Методы (диагностика, планирование, модерация) переданы и применяются",
           "funding_secured": "Финансирование секретариата органов обеспечено после проекта"},
}  # fmt: skip

TEXTS = {"en": _EN, "es": _ES, "fr": _FR, "ru": _RU}


def language_code(language: str | None) -> str:
    """'es', 'es_EC', 'ES' → 'es'; empty or unknown → 'en', so a pack is always printable."""
    code = (language or "en").lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else "en"


def text(key: str, language: str | None = "en", **values) -> str:
    """The text `key` in `language` with its placeholders filled; English where a translation lacks it."""
    template = TEXTS[language_code(language)].get(key) or _EN[key]
    return template.format(**values) if values else template


def format_number(value: float | int | None, language: str | None = "en", decimals: int = 0) -> str:
    """Thousands separated by a no-break space (never split across lines, correct in all four
    languages); the decimal mark is a point in English and a comma in Spanish, French and Russian."""
    if value is None:
        return "–"
    digits = f"{value:,.{decimals}f}"
    if language_code(language) != "en":
        digits = digits.replace(".", "\0").replace(",", NBSP).replace("\0", ",")
        return digits
    return digits.replace(",", NBSP)


def format_percent(share: float, language: str | None = "en") -> str:
    """45% in English and Spanish, 45 % in French and Russian (no-break space, the local habit)."""
    figure = f"{share:.0f}"
    return f"{figure}{NBSP}%" if language_code(language) in ("fr", "ru") else f"{figure}%"


def long_date(day: dt.date, language: str | None = "en") -> str:
    """27 November 2026, 27 de noviembre de 2026, 27 novembre 2026, 27 ноября 2026 г."""
    names, pattern = _MONTHS[language_code(language)]
    day_number = "1er" if language_code(language) == "fr" and day.day == 1 else str(day.day)
    return pattern.format(d=day_number, m=names.split()[day.month - 1], y=day.year)


def short_date(day: dt.date | None, language: str | None = "en") -> str:
    """Dates in table cells: ISO in English (sortable, unambiguous), day.month.year elsewhere."""
    if day is None:
        return "–"
    if language_code(language) == "en":
        return day.isoformat()
    separator = "/" if language_code(language) in ("es", "fr") else "."
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def month_abbreviation(month: int, language: str | None = "en") -> str:
    return _SHORT_MONTHS[language_code(language)].split()[month - 1]


def status_label(code: str, language: str | None = "en") -> str:
    return _STATUSES.get(language_code(language), {}).get(code) or TASK_STATUSES.get(code, code)


def budget_source_label(code: str, language: str | None = "en") -> str:
    return _BUDGET_SOURCES.get(language_code(language), {}).get(code) or BUDGET_SOURCES.get(code, code)


def joint_action_label(code: str, language: str | None = "en") -> str:
    return _JOINT_ACTIONS.get(language_code(language), {}).get(code) or JOINT_ACTION_TYPES.get(code, code)


def capacity_round_label(code: str, language: str | None = "en") -> str:
    """Named capacity rounds (baseline, mid-term, final) translated; dated rounds keep their own name."""
    key = f"round_{code}"
    return text(key, language) if key in _EN else code


def chosen_language(override: str | None, project_language: str | None) -> str:
    """The language a report is printed in: `override` when given (it must be one we print), else the
    project's own language (anything unknown there falls back to English rather than failing)."""
    if override is None:
        return language_code(project_language)
    if override.strip().lower() not in SUPPORTED_LANGUAGES:
        raise ClusterDeskError(
            f"Reports cannot be printed in {override!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}."
        )
    return override.strip().lower()


def governance_label(code: str, english: str, language: str | None = "en") -> str:
    """A governance body type, member role, team position or gender in `language`; `english` is the
    label core.governance gives it, printed as it is in English or where a translation is missing."""
    return _GOVERNANCE.get(language_code(language), {}).get(code, english)
