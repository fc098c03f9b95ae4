"""Row versions, the change log and notifications of a project schema on the server.

- Every project table has `row_version` (created by io.server.ddl); a BEFORE UPDATE trigger raises it by
  one, so a client that sends `UPDATE ... WHERE fid = %s AND row_version = %s` changes nothing when
  someone else saved the row since it was read.
- Every insert, update and delete appends a row to `<schema>.clusterdesk_changes` and notifies the
  channel `clusterdesk_<schema>` with `{change_id, table, fid, op, version, by}`.

The change log is written at commit (a deferred constraint trigger) under a transaction-level advisory
lock of the project, so change ids are handed out in commit order: a client that read every change up to
id N never later meets a change below N committed after its read (which would be lost to it). The lock is
held only while a transaction commits. The logging function runs with its owner's rights (the publishing
role), so editors write the log only through their edits; `changed_by` is the login (session user).
"""

from __future__ import annotations

from clusterdesk.io.server import ddl

CHANGE_LOG_TABLE = "clusterdesk_changes"
_VERSION_FUNCTION = "clusterdesk_next_row_version"
_LOG_FUNCTION = "clusterdesk_log_change"
_VERSION_TRIGGER = "clusterdesk_row_version"
_LOG_TRIGGER = "clusterdesk_change_log"


def channel(schema: str) -> str:
    """The LISTEN/NOTIFY channel of a project."""
    return f"clusterdesk_{schema}"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def change_log_sql(schema: str) -> list[str]:
    log = ddl.qualified(schema, CHANGE_LOG_TABLE)
    return [
        f"""CREATE TABLE IF NOT EXISTS {log} (
  change_id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  fid bigint NOT NULL,
  op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
  row_version bigint NOT NULL,
  changed_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()
)""",
        f"""CREATE OR REPLACE FUNCTION {ddl.qualified(schema, _VERSION_FUNCTION)}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.row_version := OLD.row_version + 1;
  RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION {ddl.qualified(schema, _LOG_FUNCTION)}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  changed_row record;
  operation char(1) := left(TG_OP, 1);
  new_id bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN changed_row := OLD; ELSE changed_row := NEW; END IF;
  PERFORM pg_advisory_xact_lock(hashtext({_literal(log)}));
  INSERT INTO {log} (table_name, fid, op, row_version, changed_by)
    VALUES (TG_TABLE_NAME, changed_row.fid, operation, changed_row.row_version, session_user)
    RETURNING change_id INTO new_id;
  PERFORM pg_notify({_literal(channel(schema))}, json_build_object(
    'change_id', new_id, 'table', TG_TABLE_NAME, 'fid', changed_row.fid, 'op', operation,
    'version', changed_row.row_version, 'by', session_user)::text);
  RETURN NULL;
END $$""",
    ]


def table_triggers_sql(schema: str, table: str) -> list[str]:
    name = ddl.qualified(schema, table)
    return [
        f"DROP TRIGGER IF EXISTS {_VERSION_TRIGGER} ON {name}",
        f"CREATE TRIGGER {_VERSION_TRIGGER} BEFORE UPDATE ON {name} FOR EACH ROW"
        f" EXECUTE FUNCTION {ddl.qualified(schema, _VERSION_FUNCTION)}()",
        f"DROP TRIGGER IF EXISTS {_LOG_TRIGGER} ON {name}",
        f"CREATE CONSTRAINT TRIGGER {_LOG_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {name}"
        f" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        f" EXECUTE FUNCTION {ddl.qualified(schema, _LOG_FUNCTION)}()",
    ]


def install_server_triggers(connection, schema: str) -> None:
    """Create the change log and the triggers on every project table of `schema` (in the caller's
    transaction; running it again replaces them)."""
    for statement in change_log_sql(schema):
        connection.execute(statement)
    for table in ddl.project_tables():
        for statement in table_triggers_sql(schema, table.name):
            connection.execute(statement)
    viewer = f"{schema}_viewer"
    if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (viewer,)).fetchone():
        connection.execute(
            f"GRANT SELECT ON {ddl.qualified(schema, CHANGE_LOG_TABLE)} TO {ddl.quoted(viewer)}"
        )
