"""Codes used in files and on the command line, with their English labels.

Codes never change once written to a project; labels are translated by `core.vocabulary_labels`.
"""

from __future__ import annotations

STAKEHOLDER_KINDS: dict[str, str] = {
    "enterprise": "Enterprise",
    "supplier": "Supplier",
    "buyer": "Buyer",
    "business_association": "Business association",
    "bds_provider": "BDS provider",
    "financial_institution": "Financial institution",
    "public_authority": "Public authority",
    "training_institution": "Training or research institution",
    # UNIDO, the donor, development banks: they fund and supervise, and sit on the Steering Committee
    "international_organisation": "International organisation or donor",
    "ngo_other": "NGO or other",
}

SUPPORT_INSTITUTION_KINDS = (
    "business_association",
    "bds_provider",
    "financial_institution",
    "public_authority",
    "training_institution",
)

RELATION_KINDS: dict[str, str] = {
    "supplies": "Supplies",
    "buys_from": "Buys from",
    "member_of": "Member of",
    "joint_action": "Joint action",
    "advises": "Advises",
    "finances": "Finances",
    "other": "Other",
}

PHASES: dict[int, str] = {
    1: "Cluster selection",
    2: "Appointment of the Cluster Development Agent",
    3: "Diagnostic",
    4: "Vision and action planning",
    5: "Implementation",
    6: "Monitoring and evaluation",
}

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "ru": "Русский"}

SURVEY_ROUND_BASELINE = "baseline"


def survey_round_label(code: str) -> str:
    """'baseline' -> 'Baseline', 'follow_up_2' -> 'Follow-up 2'."""
    if code == SURVEY_ROUND_BASELINE:
        return "Baseline"
    if code.startswith("follow_up_"):
        return "Follow-up " + code.removeprefix("follow_up_")
    return code
