"""Which project role the login holds, and what that role may edit in the window. Qt-free.

The server enforces the roles itself (privileges and row-level security, `io.server.roles`); the window
only disables what would be refused, so that a user is not invited to make edits that cannot be saved."""

from __future__ import annotations

from clusterdesk.io.server.roles import ROLE_NAMES, role_name

VIEWER, EDITOR, COORDINATOR = ROLE_NAMES

# Window actions that add, change or remove rows, disabled for a viewer
EDIT_ACTIONS = (
    "import", "import_survey", "import_plan", "project_details", "delete", "tool_place",
    "tool_draw_boundary", "tool_edit_boundary",
)  # fmt: skip
# ... and those an editor may not use (project details are the coordinator's)
COORDINATOR_ACTIONS = ("project_details",)


def login_role(server, schema: str) -> str | None:
    """The strongest project role the connected login holds (a superuser holds them all), or None when
    it holds none of them."""
    names = [role_name(schema, role) for role in ROLE_NAMES]
    held = {
        row[0]
        for row in server.execute(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) AND pg_has_role(oid, 'MEMBER')", (names,)
        )
    }
    for role in reversed(ROLE_NAMES):
        if role_name(schema, role) in held:
            return role
    return None


def disabled_actions(role: str | None) -> tuple[str, ...]:
    if role == COORDINATOR:
        return ()
    if role == EDITOR:
        return COORDINATOR_ACTIONS
    return EDIT_ACTIONS
