"""Names of the measures and brokerage roles in the interface language."""

from __future__ import annotations

from clusterdesk.gui.i18n import translate


def measure_names() -> dict[str, str]:
    return {
        "degree": translate("NetworkLabels", "Degree"),
        "betweenness": translate("NetworkLabels", "Betweenness"),
        "closeness": translate("NetworkLabels", "Closeness"),
        "eigenvector": translate("NetworkLabels", "Eigenvector"),
    }


def role_names() -> dict[str, str]:
    """Gould and Fernandez's brokerage roles, by the kinds of the three stakeholders involved."""
    return {
        "coordinator": translate("NetworkLabels", "Coordinator"),
        "itinerant": translate("NetworkLabels", "Itinerant broker"),
        "consultant": translate("NetworkLabels", "Itinerant broker"),
        "gatekeeper": translate("NetworkLabels", "Gatekeeper"),
        "representative": translate("NetworkLabels", "Representative"),
        "liaison": translate("NetworkLabels", "Liaison"),
    }


def role_label(role: str | None) -> str:
    if not role:
        return "—"
    return role_names().get(str(role), str(role))


def whole_names() -> dict[str, str]:
    """The whole network's measures, in the order shown."""
    return {
        "nodes": translate("NetworkLabels", "Stakeholders"),
        "ties": translate("NetworkLabels", "Ties"),
        "density": translate("NetworkLabels", "Density"),
        "mean_degree": translate("NetworkLabels", "Mean degree"),
        "components": translate("NetworkLabels", "Components"),
        "largest_component_share": translate("NetworkLabels", "In the largest component"),
        "isolates": translate("NetworkLabels", "Isolates"),
        "clustering": translate("NetworkLabels", "Clustering"),
        "centralisation": translate("NetworkLabels", "Centralisation"),
    }
