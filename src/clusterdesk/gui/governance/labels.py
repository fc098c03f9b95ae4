"""What the governance panel shows for the vocabulary codes of core.governance, in the interface language.

The codes and their English labels belong to the Qt-free core; the markers below put the same English
labels in the governance catalogue, so the panel, its dialogs, the checks and the chart show them
translated. A code without a marker (one added to core later) shows core's English label.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clusterdesk.core import governance as vocabulary
from clusterdesk.core.plan import TASK_STATUSES
from clusterdesk.gui.i18n import translate

BODY_TYPES = {
    "steering_committee": QT_TRANSLATE_NOOP("GovernanceBodyType", "Steering Committee"),
    "cluster_commission": QT_TRANSLATE_NOOP("GovernanceBodyType", "Cluster Commission"),
    "project_team": QT_TRANSLATE_NOOP("GovernanceBodyType", "Project team"),
    "working_group": QT_TRANSLATE_NOOP("GovernanceBodyType", "Working group"),
    "enterprise_network": QT_TRANSLATE_NOOP("GovernanceBodyType", "Enterprise network"),
    "association": QT_TRANSLATE_NOOP("GovernanceBodyType", "Association"),
    "other": QT_TRANSLATE_NOOP("GovernanceBodyType", "Other"),
}
MEMBER_ROLES = {
    "chair": QT_TRANSLATE_NOOP("GovernanceRole", "Chair"),
    "vice_chair": QT_TRANSLATE_NOOP("GovernanceRole", "Vice-chair"),
    "secretary": QT_TRANSLATE_NOOP("GovernanceRole", "Secretary"),
    "member": QT_TRANSLATE_NOOP("GovernanceRole", "Member"),
    "observer": QT_TRANSLATE_NOOP("GovernanceRole", "Observer"),
}
TEAM_POSITIONS = {
    "project_coordinator": QT_TRANSLATE_NOOP("GovernanceTeamPosition", "Project Coordinator"),
    "cda": QT_TRANSLATE_NOOP("GovernanceTeamPosition", "Cluster Development Agent"),
    "specialist_consultant": QT_TRANSLATE_NOOP("GovernanceTeamPosition", "Specialist consultant"),
}
GENDERS = {
    "female": QT_TRANSLATE_NOOP("GovernanceGender", "Female"),
    "male": QT_TRANSLATE_NOOP("GovernanceGender", "Male"),
    "other": QT_TRANSLATE_NOOP("GovernanceGender", "Other"),
}
ATTENDANCE_STATUSES = {
    "present": QT_TRANSLATE_NOOP("GovernanceAttendance", "Present"),
    "apologies": QT_TRANSLATE_NOOP("GovernanceAttendance", "Apologies"),
    "absent": QT_TRANSLATE_NOOP("GovernanceAttendance", "Absent"),
}
LEADERSHIP_LEVELS = {
    "cda_led": QT_TRANSLATE_NOOP("GovernanceLeadership", "CDA-led"),
    "shared": QT_TRANSLATE_NOOP("GovernanceLeadership", "Shared"),
    "locally_owned": QT_TRANSLATE_NOOP("GovernanceLeadership", "Locally owned"),
}
# the phase-out checklist: the items analysis computes, then those people tick (MANUAL_PHASE_OUT_ITEMS)
READINESS_ITEMS = {
    "meet_without_cda": QT_TRANSLATE_NOOP("GovernanceReadiness", "Local bodies meet without the CDA"),
    "lead_institutions": QT_TRANSLATE_NOOP(
        "GovernanceReadiness", "Lead institutions named for the local bodies"
    ),
    "locally_owned": QT_TRANSLATE_NOOP("GovernanceReadiness", "Joint actions locally owned"),
    "tools_handed_over": QT_TRANSLATE_NOOP(
        "GovernanceReadiness", "Tools (registry, action plan, monitoring) handed over to a local institution"
    ),
    "methods_handed_over": QT_TRANSLATE_NOOP(
        "GovernanceReadiness", "Methods (diagnostic, action planning, facilitation) handed over and practised"
    ),
    "funding_secured": QT_TRANSLATE_NOOP(
        "GovernanceReadiness", "Funding for the bodies' secretariat secured after the project"
    ),
}
TASK_STATES = {
    "not_started": QT_TRANSLATE_NOOP("GovernanceFollowUp", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("GovernanceFollowUp", "In progress"),
    "completed": QT_TRANSLATE_NOOP("GovernanceFollowUp", "Completed"),
    "on_hold": QT_TRANSLATE_NOOP("GovernanceFollowUp", "On hold"),
    "cancelled": QT_TRANSLATE_NOOP("GovernanceFollowUp", "Cancelled"),
}

# context of each table of markers, and core's English labels for codes without a marker
TABLES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "body_type": ("GovernanceBodyType", BODY_TYPES, vocabulary.BODY_TYPES),
    "role": ("GovernanceRole", MEMBER_ROLES, vocabulary.MEMBER_ROLES),
    "team_position": ("GovernanceTeamPosition", TEAM_POSITIONS, vocabulary.TEAM_POSITIONS),
    "gender": ("GovernanceGender", GENDERS, vocabulary.GENDERS),
    "attendance": ("GovernanceAttendance", ATTENDANCE_STATUSES, vocabulary.ATTENDANCE_STATUSES),
    "leadership": ("GovernanceLeadership", LEADERSHIP_LEVELS, vocabulary.LEADERSHIP_LEVELS),
    "readiness": ("GovernanceReadiness", READINESS_ITEMS, vocabulary.MANUAL_PHASE_OUT_ITEMS),
    "task_status": ("GovernanceFollowUp", TASK_STATES, TASK_STATUSES),
}


def label(table: str, code: str | None) -> str:
    """The display label of `code` in one of the TABLES ('body_type', 'role', ...); '' for no code."""
    if not code:
        return ""
    context, markers, english = TABLES[table]
    source = markers.get(code)
    return translate(context, source) if source else english.get(code, code)


def choices(table: str) -> list[tuple[str, str]]:
    """(label, code) for every code of core's table, in core's order: the items of a combo box."""
    english = TABLES[table][2]
    return [(label(table, code), code) for code in english]


def member_role(member: dict[str, Any]) -> str:
    """A member's role as shown: the project-team position where there is one, else the role."""
    if member.get("team_position"):
        return label("team_position", member["team_position"])
    return label("role", member["role"])


def follow_up_status(data: vocabulary.GovernanceData, decision: dict[str, Any]) -> str:
    """What became of a decision: no task, a task since deleted, or the state of its action-plan task."""
    uuid = decision["task_uuid"]
    if uuid is None:
        return translate("GovernanceFollowUp", "No task")
    task = data.tasks.get(uuid)
    if task is None:
        return translate("GovernanceFollowUp", "Task deleted")
    return label("task_status", task["status"])
