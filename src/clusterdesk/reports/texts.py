# ruff: noqa: E501 - the English texts read best one text per line, however long the text
"""Every printed text of the reports (action-plan pack and web map), in English, by its short id.

`text(id, language, **values)` gives the text in English, Spanish, French or Russian: the short id is the
message's context (msgctxt) in the gettext catalogues of core.catalogue and the English text its msgid,
so translators see both. Texts with a count have plural forms (`plural_text`). Numbers and dates are
written by core.formatting; vocabulary codes (kinds, relations, phases, statuses, budget sources, joint
actions, governance) are labelled by core.vocabulary_labels.
"""

from __future__ import annotations

from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, language_code, tr, tr_plural
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.vocabulary_labels import budget_source_label as budget_source_label
from clusterdesk.core.vocabulary_labels import governance_label as governance_label
from clusterdesk.core.vocabulary_labels import joint_action_label as joint_action_label
from clusterdesk.core.vocabulary_labels import status_label as status_label

SOURCE = {
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
    "gov_summary": "The cluster's governance structure has {bodies} active bodies with {members} current members; {meetings} meetings are on record.",
    "as_of": "As of {date}, for the bodies active on that day.", "no_commission": "The cluster has no Cluster Commission yet.",
    "in_registry": "{label} ({count} in the registry)", "every_seat": "Every kind and sector of the registry has a seat.",
    "shares_red": "Shares of women below {low} or above {high} are shown in red.", "every_chair": "Every body has a chair.",
    "term_ended": "term ended {date}", "no_expired": "No member's term has expired.", "not_taken": "not taken", "now": "now",
    "attendance_note": "Attendance is the share of members present at the meetings whose attendance was taken, counting each member only at the meetings held during their term.",
    "conditions_met": "<b>{done} of {judged}</b> conditions for the Cluster Development Agent's withdrawal are met",
    "ticked_by_hand": "(ticked by hand)",
    "today": "today", "critical_not_marked": "The critical path is not marked: {error}",
    "plan_intro": "{count} tasks in outline order: strategic objectives, their actions and activities. Dates of objectives and actions span the tasks under them.",
    "map_located": "{located} of {total} stakeholders have a location.",
    "map_outside": "The map shows the cluster area: {count} located stakeholders further away (buyers or suppliers elsewhere) lie outside it",
    "map_outside_ties": ", and their ties run to the map's edge.",
    # Headings of the sections, as printed and as listed by `clusterdesk report --list-sections`
    "contents": "Contents", "profile": "Cluster profile", "map": "Cluster map", "stakeholders": "Stakeholders",
    "relations": "Relations", "network": "Network", "governance": "Governance", "vision": "Vision and objectives",
    "plan": "Action plan", "gantt": "Gantt chart", "budget": "Budget and cost sharing",
    "capacity": "Institutional capacity", "diagnostic": "Diagnostic",
    # Running header, footer and document properties
    "page_of": "Page {page} of ", "printed": "Printed {date}", "pack_title": "{cluster} – action-plan pack",
    "pack_subject": "Cluster development action-plan pack",
    # Cover
    "cover_kicker": "CLUSTER DEVELOPMENT INITIATIVE", "cover_subtitle": "Action-plan pack",
    "cover_phase": "Phase {phase} of 6: {label}", "cover_footer": "Prepared with ClusterDesk · Basemap data: Natural Earth",
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
    "relations_intro": "The network of each survey round by kind of relation: the ties first observed in that round or carried from an earlier one, less those found ended.",
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
    # Vision, plan, Gantt and budget
    "shared_vision": "Shared vision", "agreed_by": "Agreed by {who}", "agreed_on": "on {date}",
    "strategic_objectives": "Strategic objectives", "col_no": "No.", "col_objective": "Strategic objective",
    "col_from": "From", "col_to": "To", "col_actions": "Actions", "col_budget": "Budget {currency}",
    "col_task": "Task", "col_start": "Start", "col_finish": "Finish", "col_days": "Days", "col_status": "Status",
    "col_responsible": "Responsible", "critical_path": "Critical path", "milestone": "Milestone",
    "summary_bar": "Objective or summary", "gantt_task_header": "No.  Task",
    "budget_intro": "The plan's budget is <b>{total}</b>, the sum of the amounts entered on its "
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
    "web_zoom_in": "Zoom in", "web_zoom_out": "Zoom out", "web_close_popup": "Close popup",
    "web_layers": "Layers", "web_osm_contributors": "OpenStreetMap contributors",
    # The scale bar's units (metric only), as written after a number: 500 m, 2 km
    "web_metres": "m", "web_kilometres": "km",
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
    # Results (pack_results, webmap_results); a semester as a part of its year, like Q3 for a quarter
    "results": "Results", "yes": "Yes", "no": "No", "res_no_data": "no data",
    "res_intro": "The result chain of the initiative, and the status of each indicator at the latest period with a reported value.",
    "res_frequency": "Reporting frequency: {frequency}.", "res_indicators": "Indicators",
    "res_rule": "An indicator is on track when its latest actual has made at least {on_track} of the progress expected by then, at risk from {at_risk}, and off track below that. A period without a reported value has no data: it is never filled in or averaged.",
    "h_result_chain": "Result chain", "col_code": "Code", "col_result": "Result", "col_assumptions": "Assumptions and risks",
    "res_contributing": "Contributing plan actions: {actions}", "h_indicators": "Indicators and status",
    "col_indicator": "Indicator", "col_baseline": "Baseline", "col_latest_target": "Latest target",
    "col_latest_actual": "Latest actual", "res_computed": "Computed: {formula}",
    "res_formulas": "Computed indicators take their actuals from the project itself, recomputed when the pack is printed:",
    "h_res_charts": "Targets and actuals of the outcome indicators", "res_actual": "Actual",
    "res_no_value": "No value reported",
    "res_chart_note": "Targets are joined to the baseline by a dashed line, actuals by a solid line that breaks where a period has no reported value (shaded).",
    "web_results": "Results", "web_result_no_firms": "No firm on the map takes part in its plan actions yet.",
    "web_results_hint": "Click a result to highlight on the map the firms taking part in the plan actions that contribute to it.",
}  # fmt: skip

# Texts with a count: (singular, plural) in English; each language has its own number of forms
PLURALS = {
    "unlocated": ("Where a count reads “x of y”, x are on the map: {count} stakeholder has no location and is not on the map.",
                  "Where a count reads “x of y”, x are on the map: {count} stakeholders have no location and are not on the map."),
    "cap_left": (" {count} smaller gap is left out here; the Gaps tab of the app's Institutional capacity panel lists them all.",
                 " {count} smaller gaps are left out here; the Gaps tab of the app's Institutional capacity panel lists them all."),
    "conditions_unjudged": ("; {count} cannot be judged from the data yet.", "; {count} cannot be judged from the data yet."),
    # Under the key figures of the cover, whose number is printed above them
    "cover_firms": ("firm", "firms"), "cover_jobs": ("job in those firms", "jobs in those firms"),
    "cover_institutions": ("support institution", "support institutions"),
    "cover_tasks": ("task in the action plan", "tasks in the action plan"),
    "web_result_firms": ("{count} firm in its plan actions", "{count} firms in its plan actions"),
}  # fmt: skip


def text(key: str, language: str | None = "en", **values) -> str:
    """The text `key` in `language` with its placeholders filled; English where a translation lacks it."""
    return tr(key, SOURCE[key], language, **values)


def plural_text(key: str, n: int, language: str | None = "en", **values) -> str:
    """The form of the text `key` for the number `n`; `{count}` is filled with `values["count"]` when
    given (the number already written out), else with `n` itself."""
    singular, plural = PLURALS[key]
    return tr_plural(key, singular, plural, n, language, **values)


def capacity_round_label(code: str, language: str | None = "en") -> str:
    """Named capacity rounds (baseline, mid-term, final) translated; dated rounds keep their own name."""
    key = f"round_{code}"
    return text(key, language) if key in SOURCE else code


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
