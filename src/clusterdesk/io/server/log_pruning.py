"""Pruning the server's change log, and knowing whether it still reaches back to a working copy.

`clusterdesk_changes` grows with every saved change. `prune` (coordinators only: the server function
`clusterdesk_prune_changes` runs with its owner's rights and only the coordinator role may execute it)
removes changes older than some days, always keeping the newest, and notes in `clusterdesk_server_meta`
the highest change id removed (`changes_pruned_through`). A working copy whose last pulled change is
below that cannot know what it missed: `require_reach` says it must be checked out again (a push still
works, since it compares row versions, not the log).
"""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server import ddl
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.server_triggers import CHANGE_LOG_TABLE

PRUNED_THROUGH_KEY = "changes_pruned_through"
PUBLISH_ID_KEY = "publish_id"
_FUNCTION = "clusterdesk_prune_changes"


class CheckoutRequired(ServerError):
    """The server's change log no longer reaches back to this working copy's last pull."""


@dataclass
class PruneResult:
    removed: int
    pruned_through: int
    kept: int


def prune_function_sql(schema: str) -> list[str]:
    log = ddl.qualified(schema, CHANGE_LOG_TABLE)
    meta = ddl.qualified(schema, ddl.SERVER_META_TABLE)
    function = ddl.qualified(schema, _FUNCTION)
    coordinator = ddl.quoted(f"{schema}_coordinator")
    return [
        f"""CREATE OR REPLACE FUNCTION {function}(days integer) RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  newest bigint;
  through bigint;
  removed bigint;
BEGIN
  IF days IS NULL OR days < 0 THEN RAISE EXCEPTION 'days must be 0 or more'; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('{log}'));
  SELECT max(change_id) INTO newest FROM {log};
  SELECT max(change_id) INTO through FROM {log}
    WHERE changed_at < now() - make_interval(days => days) AND change_id < newest;
  IF through IS NULL THEN
    removed := 0;
  ELSE
    DELETE FROM {log} WHERE change_id <= through;
    GET DIAGNOSTICS removed = ROW_COUNT;
    INSERT INTO {meta} (key, value) VALUES ('{PRUNED_THROUGH_KEY}', through::text)
      ON CONFLICT (key) DO UPDATE SET value = greatest(
        coalesce(nullif({meta}.value, '')::bigint, 0), excluded.value::bigint)::text;
  END IF;
  RETURN ARRAY[removed, coalesce((SELECT value::bigint FROM {meta} WHERE key = '{PRUNED_THROUGH_KEY}'), 0),
    (SELECT count(*) FROM {log})];
END $$""",
        f"REVOKE ALL ON FUNCTION {function}(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {function}(integer) TO {coordinator}",
    ]


def install_prune_function(connection, schema: str) -> None:
    """Create the pruning function (in the caller's transaction; the coordinator role must exist)."""
    for statement in prune_function_sql(schema):
        connection.execute(statement)


def meta_value(server, schema: str, key: str) -> str | None:
    row = server.execute(
        f"SELECT value FROM {ddl.qualified(schema, ddl.SERVER_META_TABLE)} WHERE key = %s", (key,)
    ).fetchone()
    return row[0] if row else None


def pruned_through(server, schema: str) -> int:
    value = meta_value(server, schema, PRUNED_THROUGH_KEY)
    return int(value) if value and value.isdigit() else 0


def require_reach(server, schema: str, last_change_id: int, server_text: str = "") -> None:
    """CheckoutRequired when changes after `last_change_id` were pruned from the server's log."""
    through = pruned_through(server, schema)
    if through > last_change_id:
        raise CheckoutRequired(
            tr(
                "server:checkout_required",
                "This copy last received the server's changes up to number {last}, and the server has "
                "since removed its record of the changes up to number {through}. Check the project out "
                "again (clusterdesk server checkout {address} NEW.gpkg, or File ▸ Open from Server); "
                "changes of this copy that were not sent stay in this file.",
                messages_language(),
                last=last_change_id,
                through=through,
                address=server_text or schema,
            )
        )


def prune(address, older_than_days: int) -> PruneResult:
    """Remove the project's changes older than `older_than_days` days (the newest is always kept)."""
    import psycopg

    from clusterdesk.io.server.address import connect, require_project

    schema = require_project(address)
    language = messages_language()
    with connect(address) as server:
        coordinator = f"{schema}_coordinator"
        allowed = server.execute(
            "SELECT pg_has_role(oid, 'MEMBER') FROM pg_roles WHERE rolname = %s", (coordinator,)
        ).fetchone()
        if allowed is None:
            raise ServerError(
                tr(
                    "server:no_such_project",
                    "There is no project {project} on {address}.",
                    language,
                    project=schema,
                    address=address.with_project(None).display(),
                )
            )
        if not allowed[0]:
            raise ServerError(
                tr(
                    "server:prune_coordinator_only",
                    "Only a coordinator of {project} may prune its change log.",
                    language,
                    project=schema,
                )
            )
        function = ddl.qualified(schema, _FUNCTION)
        exists = server.execute(
            "SELECT 1 FROM pg_proc WHERE proname = %s AND pronamespace = %s::regnamespace",
            (_FUNCTION, schema),
        ).fetchone()
        try:
            if not exists:  # a project published before pruning existed: its owner adds the function
                install_prune_function(server, schema)
            removed, through, kept = server.execute(
                f"SELECT {function}(%s)", (int(older_than_days),)
            ).fetchone()[0]
        except psycopg.Error as error:
            raise ServerError(
                tr(
                    "server:prune_failed",
                    "Pruning the change log of {project} failed: {reason}. Nothing was removed.",
                    language,
                    project=schema,
                    reason=str(error).strip().splitlines()[0],
                )
            ) from error
        server.commit()
    return PruneResult(int(removed), int(through), int(kept))
