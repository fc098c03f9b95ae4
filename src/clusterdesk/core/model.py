"""The domain model as SQLAlchemy 2 typed ORM classes over the GeoPackage tables.

Tables with geometry are GeoPackage feature tables; the rest are `attributes` tables. Every table is
registered in gpkg_contents by `clusterdesk.core.gpkg`. Declared column types are restricted to those the
GeoPackage standard allows (TEXT, INTEGER, REAL, BOOLEAN, DATE, DATETIME, BLOB and geometry names).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module

from shapely.geometry import LineString, MultiPolygon, Point
from sqlalchemy import (
    BLOB,
    BOOLEAN,
    INTEGER,
    REAL,
    TEXT,
    CheckConstraint,
    ForeignKey,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from clusterdesk.core.column_types import Date, DateTime, Geometry, utc_now
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS

TAG_SEPARATOR = "; "


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def _in_list(column: str, codes) -> str:
    return f"{column} IN ({', '.join(repr(c) for c in codes)})"


class Base(DeclarativeBase):
    pass


class FidAndUuid:
    """The two keys of every attribute table: the integer fid GeoPackage readers need as primary key, and
    the UUID that cross-references, merges and shared mode rely on. Sorted first, so each table still
    starts with fid, uuid as the files already written do."""

    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True, sort_order=-2)
    uuid: Mapped[str] = mapped_column(TEXT, unique=True, default=new_uuid, sort_order=-1)


class MetaEntry(Base):
    """Key/value facts about the file itself (schema version, writer)."""

    __tablename__ = "clusterdesk_meta"
    __table_args__ = ({"sqlite_autoincrement": True},)
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    key: Mapped[str] = mapped_column(TEXT, unique=True)
    value: Mapped[str] = mapped_column(TEXT)


class ProjectInfo(FidAndUuid, Base):
    """The single row of project metadata."""

    __tablename__ = "project_info"
    __table_args__ = (
        CheckConstraint("phase BETWEEN 1 AND 6", name="ck_project_phase"),
        {"sqlite_autoincrement": True},
    )
    cluster_name: Mapped[str] = mapped_column(TEXT)
    sector_code: Mapped[str | None] = mapped_column(TEXT)
    sector_label: Mapped[str | None] = mapped_column(TEXT)
    country: Mapped[str | None] = mapped_column(TEXT)  # ISO 3166-1 alpha-2
    region: Mapped[str | None] = mapped_column(TEXT)
    currency: Mapped[str | None] = mapped_column(TEXT)  # ISO 4217
    language: Mapped[str] = mapped_column(TEXT, default="en")
    phase: Mapped[int] = mapped_column(INTEGER, default=1)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(TEXT)
    agency_name: Mapped[str | None] = mapped_column(TEXT)
    agency_logo: Mapped[bytes | None] = mapped_column(BLOB)
    agency_logo_mime: Mapped[str | None] = mapped_column(TEXT)
    # monitoring: results are reported per quarter, semester or year (core.periods), and an indicator is on
    # track or at risk when it reached these shares of the progress expected by then (core.results)
    reporting_frequency: Mapped[str] = mapped_column(TEXT, default="quarter")
    status_on_track: Mapped[float] = mapped_column(REAL, default=0.9)
    status_at_risk: Mapped[float] = mapped_column(REAL, default=0.6)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # the project's planned end (version 11)


class Stakeholder(Base):
    __tablename__ = "stakeholders"
    __table_args__ = (
        CheckConstraint(_in_list("kind", STAKEHOLDER_KINDS), name="ck_stakeholder_kind"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="ck_employees"),
        CheckConstraint(
            "women_employees IS NULL OR (women_employees >= 0 AND "
            "(employees IS NULL OR women_employees <= employees))",
            name="ck_women_employees",
        ),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    geom: Mapped[Point | None] = mapped_column(Geometry("POINT"))
    uuid: Mapped[str] = mapped_column(TEXT, unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(TEXT)
    kind: Mapped[str] = mapped_column(TEXT, default="enterprise", index=True)
    address: Mapped[str | None] = mapped_column(TEXT)
    admin_area: Mapped[str | None] = mapped_column(TEXT)
    sector_code: Mapped[str | None] = mapped_column(TEXT)
    products: Mapped[str | None] = mapped_column(TEXT)
    employees: Mapped[int | None] = mapped_column(INTEGER)
    women_employees: Mapped[int | None] = mapped_column(INTEGER)
    year_founded: Mapped[int | None] = mapped_column(INTEGER)
    legal_form: Mapped[str | None] = mapped_column(TEXT)
    phone: Mapped[str | None] = mapped_column(TEXT)
    email: Mapped[str | None] = mapped_column(TEXT)
    website: Mapped[str | None] = mapped_column(TEXT)
    tags: Mapped[str | None] = mapped_column(TEXT)  # "tag; tag"
    notes: Mapped[str | None] = mapped_column(TEXT)
    custom_fields: Mapped[str | None] = mapped_column(TEXT)  # JSON object
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="stakeholder", order_by="ContactPerson.fid"
    )

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in (self.tags or "").split(";") if t.strip()]

    @property
    def custom_values(self) -> dict:
        return json.loads(self.custom_fields) if self.custom_fields else {}

    @property
    def lon(self) -> float | None:
        return None if self.geom is None else self.geom.x

    @property
    def lat(self) -> float | None:
        return None if self.geom is None else self.geom.y


class ContactPerson(FidAndUuid, Base):
    __tablename__ = "contact_persons"
    __table_args__ = ({"sqlite_autoincrement": True},)
    stakeholder_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    name: Mapped[str] = mapped_column(TEXT)
    role: Mapped[str | None] = mapped_column(TEXT)
    gender: Mapped[str | None] = mapped_column(TEXT)  # female, male, other, or NULL
    phone: Mapped[str | None] = mapped_column(TEXT)
    email: Mapped[str | None] = mapped_column(TEXT)

    stakeholder: Mapped[Stakeholder] = relationship(back_populates="contacts")


class Relation(Base):
    """A tie between two stakeholders. The line geometry joins both ends when both have a location."""

    __tablename__ = "relations"
    __table_args__ = (
        CheckConstraint(_in_list("kind", RELATION_KINDS), name="ck_relation_kind"),
        CheckConstraint("strength BETWEEN 1 AND 5", name="ck_relation_strength"),
        CheckConstraint("source_id <> target_id", name="ck_relation_not_self"),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    geom: Mapped[LineString | None] = mapped_column(Geometry("LINESTRING"))
    uuid: Mapped[str] = mapped_column(TEXT, unique=True, default=new_uuid)
    source_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    target_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    kind: Mapped[str] = mapped_column(TEXT, default="other")
    directed: Mapped[bool] = mapped_column(BOOLEAN, default=True)
    strength: Mapped[int] = mapped_column(INTEGER, default=3)
    since: Mapped[dt.date | None] = mapped_column(Date)
    survey_round: Mapped[str] = mapped_column(TEXT, default="baseline")  # the round that first observed it
    notes: Mapped[str | None] = mapped_column(TEXT)
    # the latest round that observed the tie again, and the round that found it ended (core.survey_rounds)
    last_observed_round: Mapped[str | None] = mapped_column(TEXT)
    ended_round: Mapped[str | None] = mapped_column(TEXT)


class ClusterBoundary(Base):
    __tablename__ = "cluster_boundaries"
    __table_args__ = ({"sqlite_autoincrement": True},)
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    geom: Mapped[MultiPolygon | None] = mapped_column(Geometry("MULTIPOLYGON"))
    uuid: Mapped[str] = mapped_column(TEXT, unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(TEXT)
    description: Mapped[str | None] = mapped_column(TEXT)


class CustomFieldDefinition(Base):
    """A project-specific stakeholder field, stored in Stakeholder.custom_fields under `key`."""

    __tablename__ = "custom_field_definitions"
    __table_args__ = (
        CheckConstraint(
            _in_list("value_type", ("text", "integer", "number", "date", "choice")),
            name="ck_custom_field_type",
        ),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    key: Mapped[str] = mapped_column(TEXT, unique=True)
    label: Mapped[str] = mapped_column(TEXT)
    value_type: Mapped[str] = mapped_column(TEXT, default="text")
    choices: Mapped[str | None] = mapped_column(TEXT)  # "a; b; c" for value_type choice
    position: Mapped[int] = mapped_column(INTEGER, default=0)


FEATURE_TABLES: dict[str, tuple[str, str]] = {
    # table: (geometry column, geometry type)
    "stakeholders": ("geom", "POINT"),
    "relations": ("geom", "LINESTRING"),
    "cluster_boundaries": ("geom", "MULTIPOLYGON"),
}

# Titles shown in gpkg_contents (and by QGIS); the plan, capacity and governance modules add their own
# tables' titles beside their table classes.
TABLE_TITLES: dict[str, str] = {
    "stakeholders": "Stakeholders",
    "relations": "Relations",
    "cluster_boundaries": "Cluster boundaries",
    "project_info": "Project",
    "clusterdesk_meta": "ClusterDesk file information",
    "contact_persons": "Contact persons",
    "custom_field_definitions": "Custom stakeholder fields",
}

STAKEHOLDER_FIELDS = (
    "name", "kind", "address", "admin_area", "sector_code", "products", "employees",
    "women_employees", "year_founded", "legal_form", "phone", "email", "website", "tags", "notes",
    "custom_fields",
)  # fmt: skip
