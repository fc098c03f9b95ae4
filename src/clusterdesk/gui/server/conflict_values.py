"""How the conflict dialog shows a row's values: field titles in the user's language (`core.field_titles`),
points as coordinates, other shapes by kind, booleans as yes or no. No widgets here."""

from __future__ import annotations

from clusterdesk.core import geometry
from clusterdesk.core.field_titles import column_title
from clusterdesk.core.table_titles import table_title
from clusterdesk.core.vocabulary_labels import kind_label, relation_label
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.io.server.sync import BOTH_CHANGED, CHANGED_HERE_DELETED_THERE, Conflict

HIDDEN_COLUMNS = frozenset({"fid", "uuid"})  # identifiers the user never edits
NAME_COLUMNS = ("name", "cluster_name", "person_name", "title", "statement", "text", "label")


GEOMETRY_COLUMNS = frozenset({"geom"})
VOCABULARIES = {("stakeholders", "kind"): kind_label, ("relations", "kind"): relation_label}


def field_title(table: str, column: str) -> str:
    if column in GEOMETRY_COLUMNS:
        return translate("ServerConflicts", "Place on the map")
    return column_title(table, column, interface_language()) or column


def conflict_title(conflict: Conflict) -> str:
    """'Stakeholders: Calzado Ana' — the table's title and the row's name (or its number)."""
    table = table_title(conflict.table, interface_language()) or conflict.table
    row = conflict.mine or conflict.theirs or {}
    name = next((str(row[c]) for c in NAME_COLUMNS if row.get(c)), None)
    if name is None:
        name = translate("ServerConflicts", "row {fid}").format(fid=conflict.fid)
    return f"{table}: {name}"


def conflict_kind(conflict: Conflict) -> str:
    if conflict.kind == BOTH_CHANGED:
        return translate("ServerConflicts", "changed here and on the server")
    if conflict.kind == CHANGED_HERE_DELETED_THERE:
        return translate("ServerConflicts", "changed here, deleted on the server")
    return translate("ServerConflicts", "deleted here, changed on the server")


def command_size(conflict: Conflict) -> str | None:
    """For an edit of several rows, a line saying how many (it is settled whole); None for one row."""
    count = len(conflict.command_rows)
    if count <= 1:
        return None
    return translate_n("ServerConflicts", "One edit of %n row(s)", count)


def held_summary(conflict: Conflict) -> str | None:
    """The edit's rows not in conflict, counted per table ('Relations: 4 rows'); None when there are none."""
    counts: dict[str, int] = {}
    for table, _fid, _op in conflict.held_rows():
        counts[table] = counts.get(table, 0) + 1
    if not counts:
        return None
    language = interface_language()
    parts = [
        translate_n("ServerConflicts", "{table}: %n row(s)", count).format(
            table=table_title(table, language) or table
        )
        for table, count in counts.items()
    ]
    return translate("ServerConflicts", "Also in this edit, kept or dropped with it: {rows}").format(
        rows="; ".join(parts)
    )


def rows_side_by_side(conflict: Conflict) -> list[tuple[str, str, str, bool]]:
    """(field title, my value, their value, differs) for every shown column, in the table's order."""
    mine, theirs = conflict.mine, conflict.theirs
    columns = [c for c in (mine or theirs or {}) if c not in HIDDEN_COLUMNS]
    rows = []
    for column in columns:
        left = _shown(conflict.table, mine, column)
        right = _shown(conflict.table, theirs, column)
        differs = mine is None or theirs is None or mine.get(column) != theirs.get(column)
        rows.append((field_title(conflict.table, column), left, right, differs))
    return rows


def _shown(table: str, row: dict | None, column: str) -> str:
    if row is None:
        return translate("ServerConflicts", "(deleted)")
    value = row.get(column)
    vocabulary = VOCABULARIES.get((table, column))
    if vocabulary is not None and value:
        return vocabulary(value, interface_language())
    return shown_value(value)


def shown_value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("ServerConflicts", "yes") if value else translate("ServerConflicts", "no")
    if isinstance(value, bytes | bytearray | memoryview):
        shape = geometry.decode(bytes(value))
        if shape is None or shape.is_empty:
            return "—"
        if shape.geom_type == "Point":
            return f"{shape.y:.5f}, {shape.x:.5f}"
        return translate("ServerConflicts", "map shape ({kind})").format(kind=shape.geom_type)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
