"""Titles of the project file's columns in English, Spanish, French and Russian: the field aliases of
the QGIS styles ClusterDesk writes into the file (`core.qgis_styles`), so that QGIS shows a project's
tables in the project's language.

A title is looked up as "table.column" first (where one column name means different things in different
tables), then by the column name alone. Qt-free.
"""

from __future__ import annotations

from clusterdesk.core.field_titles_es import TITLES as SPANISH
from clusterdesk.core.field_titles_fr import TITLES as FRENCH
from clusterdesk.core.field_titles_ru import TITLES as RUSSIAN
from clusterdesk.core.place_names import map_language

ENGLISH = {
    "fid": "Feature ID", "uuid": "UUID", "name": "Name", "description": "Description", "notes": "Notes",
    "created_at": "Created", "modified_at": "Modified", "kind": "Kind", "position": "Position",
    # stakeholders and relations
    "address": "Address", "admin_area": "Administrative area", "sector_code": "Sector (ISIC)",
    "products": "Products", "employees": "Employees", "women_employees": "Women employees",
    "year_founded": "Year founded", "legal_form": "Legal form", "phone": "Phone", "email": "E-mail",
    "website": "Website", "tags": "Tags", "custom_fields": "Custom fields",
    "relations.source_id": "From stakeholder", "relations.target_id": "To stakeholder",
    "directed": "Directed", "strength": "Strength (1-5)", "since": "Since", "survey_round": "Survey round",
    # project, custom fields, contacts, vision
    "cluster_name": "Cluster", "sector_label": "Sector", "country": "Country", "region": "Region",
    "currency": "Currency", "language": "Language", "phase": "Phase", "start_date": "Start date",
    "end_date": "End date",
    "agency_name": "Agency", "agency_logo": "Agency logo", "agency_logo_mime": "Logo format",
    "key": "Key", "label": "Label", "value_type": "Value type", "choices": "Choices", "value": "Value",
    "stakeholder_id": "Stakeholder", "role": "Role", "gender": "Gender",
    "version": "Version", "text": "Text", "agreed_on": "Agreed on", "agreed_by": "Agreed by",
    # action plan
    "parent_id": "Parent", "plan_tasks.parent_id": "Parent task", "start": "Start", "finish": "Finish",
    "duration_days": "Duration (days)", "milestone": "Milestone", "joint_action_type": "Joint action type",
    "status": "Status", "percent_complete": "% complete",
    "cda_in_charge": "Cluster development agent in charge", "cda_contact_id": "Agent's contact person",
    "budget_enterprises": "Budget: enterprises", "budget_public": "Budget: public",
    "budget_donor": "Budget: donors", "budget_other": "Budget: other", "task_id": "Task",
    "task_uuid": "Task", "predecessor_id": "Predecessor", "successor_id": "Successor",
    "link_type": "Link type", "lag_days": "Lag (days)", "baseline_id": "Baseline", "saved_at": "Saved",
    "calendar_id": "Calendar", "day": "Date", "working_days": "Working days",
    "hours_per_day": "Hours per day",
    # governance
    "body_type": "Body type", "purpose": "Purpose", "governance_bodies.parent_id": "Parent body",
    "lead_stakeholder_id": "Lead stakeholder", "established_on": "Established", "dissolved_on": "Dissolved",
    "body_id": "Body", "contact_id": "Contact person", "person_name": "Person",
    "team_position": "Team position", "interest_group": "Interest group", "term_start": "Term start",
    "term_end": "Term end", "held_on": "Held on", "place": "Place", "agenda": "Agenda", "guests": "Guests",
    "minutes": "Minutes", "cda_present": "Agent present", "meeting_id": "Meeting", "member_id": "Member",
    "governance_decisions.text": "Decision", "period_start": "Period start", "period_end": "Period end",
    "leadership": "Leadership", "item": "Item", "done": "Done", "done_on": "Done on",
    # capacity assessment
    "default_target": "Default target", "framework_id": "Framework", "institution_id": "Institution",
    "round": "Round", "assessed_on": "Assessed on", "assessor": "Assessor", "code": "Code",
    "dimension_id": "Dimension", "indicator_id": "Indicator", "target": "Target", "level": "Level",
    "assessment_id": "Assessment", "score": "Score", "evidence": "Evidence",
    # results and monitoring
    "statement": "Statement", "assumptions": "Assumptions and risks", "results.parent_id": "Parent result",
    "results.level": "Level of the result chain", "result_id": "Result", "definition": "Definition",
    "unit": "Unit", "direction": "Desired direction", "disaggregations": "Disaggregated by",
    "data_source": "Data source", "collection_method": "Collection method",
    "frequency": "Collection frequency", "responsible": "Responsible",
    "verification": "Means of verification", "computed": "Computed from",
    "baseline_value": "Baseline value", "baseline_date": "Baseline date",
    "baseline_source": "Baseline source", "period": "Period", "indicator_values.kind": "Target or actual",
    "dimension": "Disaggregation", "category": "Category", "note": "Note",
    "reporting_frequency": "Reporting frequency", "status_on_track": "On-track threshold",
    "status_at_risk": "At-risk threshold", "result_indicators.code": "Indicator code",
    "results.code": "Result code",
    # survey rounds
    "last_observed_round": "Last observed in round", "ended_round": "Ended in round",
    "survey_rounds.code": "Round", "survey_rounds.held_on": "Survey date",
    # diagnostic and surveys
    "report_date": "Report date", "authors": "Authors", "summary": "Summary", "report_id": "Report",
    "diagnostic_items.category": "Category", "item_id": "Diagnostic item", "round_code": "Survey round",
    "form_id": "Form ID", "form_version": "Form version", "survey_id": "Survey",
    "survey_questions.name": "Question name", "survey_questions.type": "Question type", "labels": "Labels",
    "hints": "Hints", "choices_from": "Choices from", "relation_kind": "Relation kind",
    "standard": "Standard indicator", "required": "Required", "submission_id": "Submission ID",
    "submitted_at": "Submitted at", "source": "Source", "response_id": "Response",
    "question_id": "Question", "value_number": "Number", "value_text": "Text", "title": "Title",
    "surveys.name": "Survey",
    # silenced health checks
    "check_id": "Check", "check_silences.target": "Finding about",
    "reason": "Reason", "silenced_on": "Silenced on",
    # presentations
    "is_default": "Default presentation", "presentation_id": "Presentation",
    "presentation_slides.kind": "Slide kind", "caption": "Caption", "speaker_notes": "Speaker notes",
    "min_lon": "West longitude", "min_lat": "South latitude", "max_lon": "East longitude",
    "max_lat": "North latitude", "layers": "Layers shown", "filters": "Filters",
    "highlighted": "Highlighted stakeholders", "options": "View options",
    # cluster selection study
    "measure": "Measure", "year": "Year", "base_year": "Base year for growth", "area_level": "Area level",
    "parent_code": "Parent area code", "area_code": "Area code", "selection_criteria.source": "Computed from",
    "weight": "Weight", "selection_criteria.direction": "Better when", "decided_on": "Decided on",
    "decided_by": "Decided by", "grounds": "Grounds", "basis": "Weights and ranking at the decision",
    "decision_id": "Decision", "project_file": "Cluster project file", "candidate_id": "Candidate cluster",
    "criterion_id": "Criterion", "selection_candidates.status": "Decision outcome",
}  # fmt: skip

_TITLES = {"en": ENGLISH, "es": SPANISH, "fr": FRENCH, "ru": RUSSIAN}


def column_title(table: str, column: str, language: str | None = "en") -> str | None:
    """The title of `table`.`column` in `language` (English where a translation is missing), or None
    for a column ClusterDesk does not know."""
    for titles in (_TITLES[map_language(language)], ENGLISH):
        for key in (f"{table}.{column}", column):
            if key in titles:
                return titles[key]
    return None
