"""The desktop side of team mode: opening a project from a PostgreSQL/PostGIS server (connection dialog,
checkout into a private working copy), live mode (a push after every command, others' saves pulled when
the server notifies them), conflicts shown side by side, what a role may edit, and File ▸ Synchronise for
a checked-out project file."""
