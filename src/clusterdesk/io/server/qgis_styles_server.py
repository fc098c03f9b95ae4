"""The project's default QGIS styles in `public.layer_styles`, the table QGIS itself reads a PostGIS
layer's default style from, so that QGIS opens the published layers styled as the GeoPackage does.

The QML is the one the GeoPackage carries (`core.qgis_styles`, in the project's language). The table is
created with QGIS's own column layout when the database has none yet; QGIS finds a style by database
(f_table_catalog), schema, table and geometry column (NULL for tables without geometry).
"""

from __future__ import annotations

import sqlite3

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.qgis_styles import STYLE_NAME
from clusterdesk.io.server.ddl import quoted
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.roles import ROLE_NAMES, role_name

# The layout QGIS (3.14 and later) gives the table when it saves a style to PostgreSQL
LAYER_STYLES_DDL = """
CREATE TABLE IF NOT EXISTS public.layer_styles (
  id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
  f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,
  description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,
  update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)
"""


def styles_of(source: sqlite3.Connection) -> list[tuple[str, str | None, str]]:
    """(table, geometry column or None, QML) of the GeoPackage's default styles."""
    rows = source.execute(
        "SELECT f_table_name, f_geometry_column, styleQML FROM layer_styles WHERE styleName = ?"
        " ORDER BY f_table_name",
        (STYLE_NAME,),
    ).fetchall()
    return [(table, column or None, qml) for table, column, qml in rows]


def write_styles(connection, schema: str, styles: list[tuple[str, str | None, str]]) -> None:
    """Replace the project's default styles in public.layer_styles and let its roles read them."""
    if connection.execute("SELECT to_regclass('public.layer_styles')").fetchone()[0] is None:
        connection.execute(LAYER_STYLES_DDL)
        connection.execute("GRANT SELECT ON public.layer_styles TO PUBLIC")  # styles are no secret
    else:
        _require_writing(connection)
    connection.execute(
        "DELETE FROM public.layer_styles WHERE f_table_catalog = current_database()"
        " AND f_table_schema = %s AND stylename = %s",
        (schema, STYLE_NAME),
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name,"
            " f_geometry_column, stylename, styleqml, stylesld, useasdefault, description, ui)"
            " VALUES (current_database(), %s, %s, %s, %s, XMLPARSE(DOCUMENT %s), NULL, true,"
            " 'Default style written by ClusterDesk', NULL)",
            [(schema, table, column, STYLE_NAME, qml) for table, column, qml in styles],
        )
    may_grant = connection.execute(
        "SELECT has_table_privilege('public.layer_styles', 'SELECT WITH GRANT OPTION')"
    ).fetchone()[0]
    if may_grant:
        viewer = quoted(role_name(schema, ROLE_NAMES[0]))
        connection.execute(f"GRANT SELECT ON public.layer_styles TO {viewer}")


def _require_writing(connection) -> None:
    """A table QGIS or another login created: the publishing login must be allowed to write it."""
    allowed = connection.execute(
        "SELECT has_table_privilege('public.layer_styles', 'INSERT')"
        " AND has_table_privilege('public.layer_styles', 'DELETE')"
    ).fetchone()[0]
    if not allowed:
        raise ServerError(
            tr(
                "server:layer_styles_locked",
                "This login may not write QGIS's style table public.layer_styles of the database: an "
                "administrator runs GRANT SELECT, INSERT, DELETE ON public.layer_styles TO {user} and GRANT "
                "USAGE ON ALL SEQUENCES IN SCHEMA public TO {user}. Nothing was written.",
                messages_language(),
                user=connection.execute("SELECT current_user").fetchone()[0],
            )
        )
