"""Write the old-version project files under tests/data that prove migrations work.

project_v1.gpkg, schema version 1: the format before project-defined stakeholder fields (no
custom_field_definitions table, no contact_persons.gender column). Version 1 predates the repository, so
its tables are spelled out below as version 1 wrote them rather than derived from today's model; the
GeoPackage plumbing (core tables, RTree indexes, registration, default styles) comes from the current code
because the GeoPackage standard, not ClusterDesk's schema, defines it.

project_v2.gpkg and project_v3.gpkg, schema versions 2 and 3: written by the ClusterDesk code of that
version itself, taken from git history (OLD_CODE_COMMITS) and run in a subprocess, with the same firms
plus what each version added (contact genders and a custom field; a vision and a small action plan).

The committed files are what the migration tests read; run this only to recreate them:

    python tools/make_v1_fixture.py [--version N ...] [OUTPUT_FOLDER]

Each run rewrites the files it is asked for (all by default); version 1 takes its GeoPackage plumbing and
styles from the current code, so rewrite only the file of a new version when the schema moves on.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from clusterdesk.core import geometry, gpkg
from clusterdesk.core.qgis_styles import write_default_styles

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO / "tests" / "data"
# For each version, the last commit whose code wrote it
OLD_CODE_COMMITS = {
    2: "c6450747c82ccbd918f176525f26ff52c3f74f04",
    3: "1eeb9f3952147b71ae1a6da142f583e87211a447",
    4: "2c94d389548459139f2801d95f5c9d18732d4a11",
    5: "c3ae005ac6f01ade44e58ce4725e408bcdd8b985",
    6: "403b34d8b350301f618a5ff0ddf5f827dde79119",
    7: "ac79d3b9bc8e251ed1fc607b4d7dff5109238f13",
    8: "9075216fa29bc063124b9f00f9ffb167c8bc80a7",
    9: "af240c5d78c07dfe5c756e54a7a0310b93c955c0",
    10: "185df43c510eef8017c49354a8142cc93b103118",
}
WRITTEN_AT = "2025-03-14T09:30:00.000Z"  # fixed, so that re-running the tool gives the same content

V1_TABLES = """
CREATE TABLE clusterdesk_meta (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "key" TEXT NOT NULL, value TEXT NOT NULL, UNIQUE ("key"));
CREATE TABLE project_info (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL, cluster_name TEXT NOT NULL,
  sector_code TEXT, sector_label TEXT, country TEXT, region TEXT, currency TEXT, language TEXT NOT NULL,
  phase INTEGER NOT NULL, start_date DATE, description TEXT, agency_name TEXT, agency_logo BLOB,
  agency_logo_mime TEXT,
  CONSTRAINT ck_project_phase CHECK (phase BETWEEN 1 AND 6), UNIQUE (uuid));
CREATE TABLE stakeholders (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, geom POINT, uuid TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, address TEXT, admin_area TEXT, sector_code TEXT, products TEXT, employees INTEGER,
  women_employees INTEGER, year_founded INTEGER, legal_form TEXT, phone TEXT, email TEXT, website TEXT,
  tags TEXT, notes TEXT, custom_fields TEXT, created_at DATETIME NOT NULL, modified_at DATETIME NOT NULL,
  CONSTRAINT ck_stakeholder_kind CHECK (kind IN ('enterprise', 'supplier', 'buyer', 'business_association',
    'bds_provider', 'financial_institution', 'public_authority', 'training_institution', 'ngo_other')),
  CONSTRAINT ck_employees CHECK (employees IS NULL OR employees >= 0),
  CONSTRAINT ck_women_employees CHECK (women_employees IS NULL OR (women_employees >= 0 AND
    (employees IS NULL OR women_employees <= employees))),
  UNIQUE (uuid));
CREATE INDEX ix_stakeholders_kind ON stakeholders (kind);
CREATE TABLE cluster_boundaries (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, uuid TEXT NOT NULL, name TEXT NOT NULL,
  description TEXT, UNIQUE (uuid));
CREATE TABLE contact_persons (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL, stakeholder_id INTEGER NOT NULL,
  name TEXT NOT NULL, role TEXT, phone TEXT, email TEXT,
  UNIQUE (uuid), FOREIGN KEY(stakeholder_id) REFERENCES stakeholders (fid));
CREATE INDEX ix_contact_persons_stakeholder_id ON contact_persons (stakeholder_id);
CREATE TABLE relations (
  fid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, geom LINESTRING, uuid TEXT NOT NULL,
  source_id INTEGER NOT NULL, target_id INTEGER NOT NULL, kind TEXT NOT NULL, directed BOOLEAN NOT NULL,
  strength INTEGER NOT NULL, since DATE, survey_round TEXT NOT NULL, notes TEXT,
  CONSTRAINT ck_relation_kind CHECK (kind IN ('supplies', 'buys_from', 'member_of', 'joint_action',
    'advises', 'finances', 'other')),
  CONSTRAINT ck_relation_strength CHECK (strength BETWEEN 1 AND 5),
  CONSTRAINT ck_relation_not_self CHECK (source_id <> target_id),
  UNIQUE (uuid), FOREIGN KEY(source_id) REFERENCES stakeholders (fid),
  FOREIGN KEY(target_id) REFERENCES stakeholders (fid));
CREATE INDEX ix_relations_target_id ON relations (target_id);
CREATE INDEX ix_relations_source_id ON relations (source_id);
"""

V1_FEATURE_TABLES = {
    "stakeholders": ("POINT", "Stakeholders"),
    "relations": ("LINESTRING", "Relations"),
    "cluster_boundaries": ("MULTIPOLYGON", "Cluster boundaries"),
}
V1_ATTRIBUTE_TABLES = {
    "project_info": "Project",
    "clusterdesk_meta": "ClusterDesk file information",
    "contact_persons": "Contact persons",
}

# (name, kind, lon, lat, employees, women employees, products, tags); a travelling trader has no location
STAKEHOLDERS = [
    ("Confecciones Lucía", "enterprise", -78.2231, 0.3325, 42, 30, "knitted sweaters", "knitwear; export"),
    ("Tejidos Andinos", "enterprise", -78.2175, 0.3368, 18, 11, "children's clothing", "knitwear"),
    ("Hilos del Norte", "supplier", -78.1312, 0.3512, 25, 9, "acrylic and cotton yarn", None),
    ("Cámara de Comercio de Atuntaqui", "business_association", -78.2202, 0.3339, 6, 4, None, "governance"),
    ("Cooperativa Textil Imbabura", "financial_institution", -78.1239, 0.3491, 35, 19, "micro-credit", None),
    ("Comercial Otavalo (travelling trader)", "buyer", None, None, 2, 1, "wholesale garments", None),
]
CONTACTS = [
    (1, "María Guzmán", "owner", "+593 6 290 6123", "maria@confeccioneslucia.ec"),
    (4, "Jorge Andrade", "executive director", "+593 6 290 6011", "direccion@camara-atuntaqui.ec"),
    (5, "Rosa Cevallos", "loan officer", None, "rcevallos@coopimbabura.ec"),
]
# (source, target, kind, strength, survey round)
RELATIONS = [
    (3, 1, "supplies", 4, "baseline"),
    (3, 2, "supplies", 3, "baseline"),
    (1, 4, "member_of", 5, "baseline"),
    (5, 2, "finances", 2, "follow-up 1"),
    (6, 1, "buys_from", 3, "baseline"),  # no line: the trader has no location
]
V2_CONTACT_GENDERS = ["female", "male", "female"]  # version 2 added contact_persons.gender
CORE_AREA = Polygon([(-78.235, 0.320), (-78.200, 0.320), (-78.200, 0.350), (-78.235, 0.350)])


def _uuid(prefix: int, number: int) -> str:
    return f"00000000-0000-4000-8000-{prefix:04d}{number:08d}"


def create_v1_tables(connection: sqlite3.Connection) -> None:
    connection.executescript(V1_TABLES)
    for table, (geometry_type, title) in V1_FEATURE_TABLES.items():
        gpkg.register_features(connection, table, "geom", geometry_type, title)
    for table, title in V1_ATTRIBUTE_TABLES.items():
        gpkg.register_attributes(connection, table, title)
    write_default_styles(connection)
    connection.executemany(
        "INSERT INTO clusterdesk_meta (key, value) VALUES (?, ?)",
        [("application", "ClusterDesk"), ("schema_version", "1"), ("written_by", "ClusterDesk 0.0.9")],
    )


def fill_sample_data(connection: sqlite3.Connection) -> None:
    connection.execute(
        "INSERT INTO project_info (uuid, cluster_name, sector_code, sector_label, country, region, currency,"
        " language, phase, start_date, description, agency_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            _uuid(1, 1), "Atuntaqui garments", "1430", "Manufacture of knitted and crocheted apparel", "EC",
            "Imbabura", "USD", "es", 3, "2024-02-01", "Knitwear producers of Antonio Ante canton.",
            "Agencia de Desarrollo Imbabura",
        ),
    )  # fmt: skip
    for number, (name, kind, lon, lat, employees, women, products, tags) in enumerate(STAKEHOLDERS, 1):
        point = None if lon is None else geometry.encode(Point(lon, lat))
        connection.execute(
            "INSERT INTO stakeholders (fid, geom, uuid, name, kind, employees, women_employees, products,"
            " tags, admin_area, created_at, modified_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Antonio Ante', ?, ?)",
            (number, point, _uuid(2, number), name, kind, employees, women, products, tags)
            + (WRITTEN_AT, WRITTEN_AT),
        )
    locations = {n: (s[2], s[3]) for n, s in enumerate(STAKEHOLDERS, 1)}
    for number, (stakeholder, name, role, phone, email) in enumerate(CONTACTS, 1):
        connection.execute(
            "INSERT INTO contact_persons (fid, uuid, stakeholder_id, name, role, phone, email)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (number, _uuid(3, number), stakeholder, name, role, phone, email),
        )
    for number, (source, target, kind, strength, survey_round) in enumerate(RELATIONS, 1):
        ends = [locations[source], locations[target]]
        line = None if None in (ends[0][0], ends[1][0]) else geometry.encode(LineString(ends))
        connection.execute(
            "INSERT INTO relations (fid, geom, uuid, source_id, target_id, kind, directed, strength, since,"
            " survey_round) VALUES (?, ?, ?, ?, ?, ?, 1, ?, '2023-06-01', ?)",
            (number, line, _uuid(4, number), source, target, kind, strength, survey_round),
        )
    connection.execute(
        "INSERT INTO cluster_boundaries (fid, geom, uuid, name, description) VALUES (1, ?, ?, ?, ?)",
        (geometry.encode(MultiPolygon([CORE_AREA])), _uuid(5, 1), "Core area", "Atuntaqui and Andrade Marín"),
    )
    for table in V1_FEATURE_TABLES:
        gpkg.update_extent(connection, table)
    connection.execute("UPDATE gpkg_contents SET last_change = ?", (WRITTEN_AT,))
    connection.execute("UPDATE layer_styles SET update_time = ?", (WRITTEN_AT,))


def write_fixture(output: Path) -> Path:
    if output.exists():
        output.unlink()
    connection = sqlite3.connect(output)
    try:
        gpkg.register_functions(connection)  # the RTree triggers call ST_* functions
        connection.execute("PRAGMA foreign_keys = ON")
        gpkg.initialise(connection)
        create_v1_tables(connection)
        fill_sample_data(connection)
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()
    return output


# Runs under the old code: builds the project through that version's own API.
_OLD_CODE_WRITER = """
import datetime, json, sys
from shapely.geometry import Polygon
import clusterdesk
from clusterdesk.core import edits, schema
from clusterdesk.core.model import ContactPerson, CustomFieldDefinition
from clusterdesk.core.project import Project

data = json.load(sys.stdin)
assert schema.SCHEMA_VERSION == data["version"], schema.SCHEMA_VERSION
assert clusterdesk.__file__.startswith(data["source"]), clusterdesk.__file__
project = Project.new(None, "Atuntaqui garments", country="EC", sector_code="1430",
                      sector_label="Manufacture of knitted and crocheted apparel", region="Imbabura",
                      currency="USD", language="es", phase=3, start_date=datetime.date(2024, 2, 1))
rows = []
for name, kind, lon, lat, employees, women, products, tags in data["stakeholders"]:
    markets = json.dumps({"export_markets": "Colombia"}) if kind == "enterprise" else None
    rows.append({"name": name, "kind": kind, "lon": lon, "lat": lat, "employees": employees,
                 "women_employees": women, "products": products, "tags": tags, "admin_area": "Antonio Ante",
                 "custom_fields": markets})
project.stack.push(edits.AddStakeholders(rows))
for (stakeholder, name, role, phone, email), gender in zip(data["contacts"], data["genders"]):
    project.session.add(ContactPerson(stakeholder_id=stakeholder, name=name, role=role, phone=phone,
                                      email=email, gender=gender))
project.session.add(CustomFieldDefinition(key="export_markets", label="Export markets", value_type="text"))
project.session.commit()
project.stack.push(edits.AddRelations([
    {"source_id": s, "target_id": t, "kind": k, "strength": n, "survey_round": r,
     "since": datetime.date(2023, 6, 1)} for s, t, k, n, r in data["relations"]]))
project.stack.push(edits.AddBoundary("Core area", Polygon(data["core_area"]), "Atuntaqui and Andrade Marín"))
if data["version"] >= 3:
    from clusterdesk.core.plan import PlanLink, PlanTask, VisionStatement
    project.session.add(VisionStatement(version=1, text="Atuntaqui, the knitwear capital of Ecuador by 2030.",
                                        agreed_on=datetime.date(2024, 5, 8), agreed_by="Steering committee"))
    objective = PlanTask(name="Reach new markets", kind="objective", position=0)
    project.session.add(objective)
    project.session.flush()
    fair = PlanTask(name="Joint stand at the Quito fair", kind="action", parent_id=objective.fid, position=0,
                    start=datetime.date(2024, 6, 3), finish=datetime.date(2024, 6, 14), duration_days=10,
                    joint_action_type=None)
    catalogue = PlanTask(name="Shared catalogue", kind="action", parent_id=objective.fid, position=1,
                         start=datetime.date(2024, 6, 17), finish=datetime.date(2024, 6, 28),
                         duration_days=10)
    project.session.add_all([fair, catalogue])
    project.session.flush()
    project.session.add(PlanLink(predecessor_id=fair.fid, successor_id=catalogue.fid, link_type="FS"))
    project.session.commit()
if data["version"] >= 5:
    from clusterdesk.core import results_edits
    from clusterdesk.core.results import read_results
    project.stack.push(results_edits.add_result(project, {"statement": "Atuntaqui firms sell more together"}))
    impact = read_results(project.session.connection()).results[0]["fid"]
    project.stack.push(results_edits.add_result(project, {"statement": "Joint sales", "parent_id": impact}))
    outcome = read_results(project.session.connection()).results[1]["fid"]
    indicator = {"result_id": outcome, "name": "Firms at the fair", "baseline_value": 0.0}
    project.stack.push(results_edits.add_indicator(project, indicator))
    indicator = read_results(project.session.connection()).indicators[0]["fid"]
    entries = [results_edits.ValueEntry("2024-Q2", "target", 10.0),
               results_edits.ValueEntry("2024-Q2", "actual", 8.0)]
    project.stack.push(results_edits.set_values(project, indicator, entries))
    project.session.commit()
if data["version"] >= 6:
    from clusterdesk.core.survey_rounds import SurveyRound
    project.session.add(SurveyRound(uuid="00000000-0000-4000-8000-000000000601", code="baseline", position=0,
                                    held_on=datetime.date(2023, 6, 30)))
    project.session.add(SurveyRound(uuid="00000000-0000-4000-8000-000000000602", code="follow-up 1",
                                    position=1,
                                    held_on=datetime.date(2024, 6, 30)))
    project.connection.execute("UPDATE relations SET ended_round = 'follow-up 1' WHERE fid = 1")
    project.session.commit()
if data["version"] >= 7:
    from clusterdesk.core.diagnostic import DiagnosticItem, DiagnosticReport
    from clusterdesk.core.surveys import Survey, SurveyAnswer, SurveyQuestion, SurveyResponse
    report = DiagnosticReport(uuid="00000000-0000-4000-8000-000000000701", title="Diagnostic 2023",
                              report_date=datetime.date(2023, 5, 1), authors="CDA")
    project.session.add(report)
    project.session.flush()
    project.session.add(DiagnosticItem(uuid="00000000-0000-4000-8000-000000000702", report_id=report.fid,
                                       category="strength", text="Skilled knitters"))
    survey = Survey(uuid="00000000-0000-4000-8000-000000000703", name="Baseline 2023", round_code="baseline",
                    held_on=datetime.date(2023, 6, 30), form_id="baseline_2023")
    project.session.add(survey)
    project.session.flush()
    question = SurveyQuestion(uuid="00000000-0000-4000-8000-000000000704", survey_id=survey.fid,
                              name="employees", type="integer", labels='{"en": "Employees today"}',
                              standard="employees")
    response = SurveyResponse(uuid="00000000-0000-4000-8000-000000000705", survey_id=survey.fid,
                              stakeholder_id=1, submission_id="uuid:fixture-1")
    project.session.add_all([question, response])
    project.session.flush()
    project.session.add(SurveyAnswer(response_id=response.fid, question_id=question.fid, value_number=12.0))
    project.session.commit()
if data["version"] >= 8:
    from clusterdesk.core.check_silences import CheckSilence
    project.session.add(CheckSilence(uuid="00000000-0000-4000-8000-000000000801",
                                     check_id="results.no_baseline", target="result_indicators:1",
                                     reason="Baseline survey still running"))
    project.session.commit()
if data["version"] >= 9:
    from clusterdesk.core.presentations import Presentation, PresentationSlide
    show = Presentation(uuid="00000000-0000-4000-8000-000000000901", name="Steering committee",
                        is_default=True)
    project.session.add(show)
    project.session.flush()
    project.session.add(PresentationSlide(uuid="00000000-0000-4000-8000-000000000902",
                                          presentation_id=show.fid, position=1, kind="map",
                                          title="The cluster", min_lon=-78.25, min_lat=0.3,
                                          max_lon=-78.15, max_lat=0.4, layers='["stakeholders"]'))
    project.session.commit()
project.save(data["output"])
project.close()
"""


def _extract_source(commit: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit, "src/clusterdesk"],
        check=True,
        capture_output=True,
    ).stdout
    archive_path = folder / "source.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def write_old_code_fixture(version: int, output: Path) -> Path:
    """Write a project of `version` with that version's code from git history."""
    if output.exists():
        output.unlink()
    with tempfile.TemporaryDirectory(prefix=f"clusterdesk-v{version}-") as folder:
        source = _extract_source(OLD_CODE_COMMITS[version], Path(folder))
        data = {
            "version": version,
            "output": str(output),
            "source": str(source),
            "stakeholders": STAKEHOLDERS,
            "contacts": CONTACTS,
            "genders": V2_CONTACT_GENDERS,
            "relations": RELATIONS,
            "core_area": list(CORE_AREA.exterior.coords),
        }
        environment = {**os.environ, "PYTHONPATH": str(source), "CLUSTERDESK_DATA_DIR": folder}
        subprocess.run(
            [sys.executable, "-c", _OLD_CODE_WRITER],
            input=json.dumps(data),
            text=True,
            env=environment,
            check=True,
        )
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument(
        "--version",
        type=int,
        action="append",
        choices=[1, *OLD_CODE_COMMITS],
        help="write only this version's file (repeatable; default all)",
    )
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    versions = args.version or [1, *OLD_CODE_COMMITS]
    if 1 in versions:
        print(f"Wrote {write_fixture(args.folder / 'project_v1.gpkg')}")
    for version in OLD_CODE_COMMITS:
        if version in versions:
            print(f"Wrote {write_old_code_fixture(version, args.folder / f'project_v{version}.gpkg')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
