"""Who may do what in a project schema, enforced by PostgreSQL itself: three group roles per project and
row-level security on every project table, so that raw SQL cannot do what the window would not.

- `<project>_viewer` reads everything;
- `<project>_editor` (a viewer too) writes the cluster data: stakeholders, relations, contacts,
  boundaries, the vision and plan (not its budgets), indicator values, surveys, diagnostic, capacity,
  network rounds, the selection study, presentations;
- `<project>_coordinator` (an editor too) writes every table: governance, project details, the result
  chain, custom fields and plan budgets as well.

Table privileges say which commands a role may run (column-level for the plan's budgets); the policies
of row-level security, enabled and forced on every table, say which rows. A login role gets a project
role with `grant`.
"""

from __future__ import annotations

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server.ddl import project_tables, qualified, quoted
from clusterdesk.io.server.errors import ServerError

ROLE_NAMES = ("viewer", "editor", "coordinator")
# Tables only the coordinator writes (besides every governance_* table)
COORDINATOR_TABLES = frozenset(
    {"project_info", "custom_field_definitions", "results", "result_indicators", "result_task_links"}
)
BUDGET_TABLE = "plan_tasks"
BUDGET_COLUMNS = ("budget_enterprises", "budget_public", "budget_donor", "budget_other")


def role_name(schema: str, role: str) -> str:
    return f"{schema}_{role}"


def editor_writes(table: str) -> bool:
    """True when editors may add, change and remove rows of `table` (budgets of plan tasks aside)."""
    return table not in COORDINATOR_TABLES and not table.startswith("governance_")


def _existing_roles(connection, names: list[str]) -> set[str]:
    rows = connection.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (names,))
    return {row[0] for row in rows}


def create_roles(connection, schema: str) -> None:
    """The three group roles of the project (kept when they are left from an earlier publication)."""
    viewer, editor, coordinator = (role_name(schema, role) for role in ROLE_NAMES)
    existing = _existing_roles(connection, [viewer, editor, coordinator])
    for role, member_of in ((viewer, None), (editor, viewer), (coordinator, editor)):
        if role not in existing:
            connection.execute(f"CREATE ROLE {quoted(role)} NOLOGIN")
        if member_of:
            connection.execute(f"GRANT {quoted(member_of)} TO {quoted(role)}")
    # The schema's owner is bound by the policies too (FORCE): publishing makes it a coordinator
    connection.execute(f"GRANT {quoted(coordinator)} TO CURRENT_USER")


def secure_tables(connection, schema: str) -> None:
    """Privileges and row-level security policies on every table of the project schema."""
    viewer, editor, coordinator = (quoted(role_name(schema, role)) for role in ROLE_NAMES)
    connection.execute(f"GRANT USAGE ON SCHEMA {quoted(schema)} TO {viewer}")
    connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {quoted(schema)} TO {viewer}")
    connection.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quoted(schema)} TO {editor}")
    for table in project_tables():
        name = qualified(schema, table.name)
        connection.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        connection.execute(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
        connection.execute(f"CREATE POLICY read ON {name} FOR SELECT TO {viewer} USING (true)")
        connection.execute(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {coordinator}")
        for command in ("INSERT", "UPDATE", "DELETE"):
            connection.execute(_policy(f"coordinator_{command.lower()}", name, command, coordinator, "true"))
        if not editor_writes(table.name):
            continue
        if table.name == BUDGET_TABLE:
            columns = [c.name for c in table.columns if c.name not in BUDGET_COLUMNS]
            connection.execute(f"GRANT INSERT, DELETE ON {name} TO {editor}")
            connection.execute(f"GRANT UPDATE ({', '.join(map(quoted, columns))}) ON {name} TO {editor}")
            no_budget = " AND ".join(f"{quoted(c)} = 0" for c in BUDGET_COLUMNS)
            connection.execute(_policy("editor_insert", name, "INSERT", editor, no_budget))
        else:
            connection.execute(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {editor}")
            connection.execute(_policy("editor_insert", name, "INSERT", editor, "true"))
        connection.execute(_policy("editor_update", name, "UPDATE", editor, "true"))
        connection.execute(_policy("editor_delete", name, "DELETE", editor, "true"))


def _policy(name: str, table: str, command: str, role: str, condition: str) -> str:
    using = "" if command == "INSERT" else f" USING ({condition})"
    check = "" if command == "DELETE" else f" WITH CHECK ({condition})"
    return f"CREATE POLICY {name} ON {table} FOR {command} TO {role}{using}{check}"


def grant(address, user: str, role: str) -> str:
    """Give the login role `user` the project role `role` (viewer, editor or coordinator); returns the
    group role's name."""
    from clusterdesk.io.server.address import connect, require_project

    language = messages_language()
    if role not in ROLE_NAMES:
        raise ServerError(
            tr(
                "server:bad_role",
                "{role} is not a project role: choose viewer, editor or coordinator.",
                language,
                role=role,
            )
        )
    schema = require_project(address)
    group = role_name(schema, role)
    with connect(address) as connection:
        found = _existing_roles(connection, [user, group])
        if group not in found:
            raise ServerError(
                tr(
                    "server:no_such_project",
                    "There is no project {project} on {address}.",
                    language,
                    project=schema,
                    address=address.with_project(None).display(),
                )
            )
        if user not in found:
            raise ServerError(
                tr(
                    "server:no_such_user",
                    "There is no user {user} on {address}: create the login first (CREATE ROLE {user} "
                    "LOGIN PASSWORD …).",
                    language,
                    user=user,
                    address=address.with_project(None).display(),
                )
            )
        connection.execute(f"GRANT {quoted(group)} TO {quoted(user)}")
    return group
