"""The project roles as the window names them."""

from __future__ import annotations

from clusterdesk.gui.i18n import translate


def role_title(role: str | None) -> str:
    if role == "coordinator":
        return translate("TeamSession", "coordinator")
    if role == "editor":
        return translate("TeamSession", "editor")
    if role == "viewer":
        return translate("TeamSession", "viewer")
    return translate("TeamSession", "no project role")
