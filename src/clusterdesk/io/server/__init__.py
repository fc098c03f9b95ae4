"""Team mode: a project kept in a PostgreSQL/PostGIS schema (the source of truth), published from a
GeoPackage, checked out to GeoPackage working copies and synchronised with them. Qt-free; psycopg is
imported inside functions, so that nothing here slows the command line's start."""
