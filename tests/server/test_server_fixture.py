"""The team mode tests reach a real PostGIS server."""


def test_the_test_database_has_postgis(postgres_database):
    import psycopg

    with psycopg.connect(postgres_database) as connection:
        version = connection.execute("SELECT postgis_lib_version()").fetchone()[0]
        server = connection.execute("SHOW server_version_num").fetchone()[0]
    assert int(version.split(".")[0]) >= 3
    assert int(server) >= 130000
