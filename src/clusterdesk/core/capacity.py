"""Institutional capacity assessments as GeoPackage attributes tables.

A framework (e.g. the default one for support institutions) has dimensions, each with indicators scored
on the framework's scale (1 to 5) against a rubric text per level. An assessment scores one institution
in one round; a score may still be missing, and such an assessment stays incomplete rather than being
averaged as if it were whole. Targets say where an institution should get to on a dimension; a target
without an institution applies to every institution assessed with the framework.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import INTEGER, REAL, TEXT, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.capacity_rounds import NAMED_ROUNDS as NAMED_ROUNDS
from clusterdesk.core.capacity_rounds import is_valid_round as is_valid_round
from clusterdesk.core.capacity_rounds import round_label as round_label
from clusterdesk.core.capacity_rounds import round_sort_key as round_sort_key
from clusterdesk.core.column_types import Date, DateTime, utc_now
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid

SCALE_MIN = 1
SCALE_MAX = 5
DEFAULT_TARGET = 4.0

CAPACITY_TABLE_TITLES: dict[str, str] = {
    "capacity_frameworks": "Capacity assessment frameworks",
    "capacity_dimensions": "Capacity dimensions",
    "capacity_indicators": "Capacity indicators",
    "capacity_rubric_levels": "Capacity rubric levels",
    "capacity_assessments": "Capacity assessments of institutions",
    "capacity_scores": "Capacity scores and evidence",
    "capacity_targets": "Capacity targets",
}
CAPACITY_TABLES = tuple(CAPACITY_TABLE_TITLES)  # derived: a table titled is a table watched


class CapacityFramework(FidAndUuid, Base):
    __tablename__ = "capacity_frameworks"
    __table_args__ = (
        CheckConstraint(f"default_target BETWEEN {SCALE_MIN} AND {SCALE_MAX}", name="ck_framework_target"),
        {"sqlite_autoincrement": True},
    )
    name: Mapped[str] = mapped_column(TEXT, unique=True)
    description: Mapped[str | None] = mapped_column(TEXT)
    default_target: Mapped[float] = mapped_column(REAL, default=DEFAULT_TARGET)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class CapacityDimension(FidAndUuid, Base):
    __tablename__ = "capacity_dimensions"
    __table_args__ = (UniqueConstraint("framework_id", "code"), {"sqlite_autoincrement": True})
    framework_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_frameworks.fid"), index=True)
    code: Mapped[str] = mapped_column(TEXT)  # short and stable, e.g. "D3"; templates refer to it
    name: Mapped[str] = mapped_column(TEXT)
    description: Mapped[str | None] = mapped_column(TEXT)
    position: Mapped[int] = mapped_column(INTEGER, default=0)


class CapacityIndicator(FidAndUuid, Base):
    __tablename__ = "capacity_indicators"
    __table_args__ = (UniqueConstraint("dimension_id", "code"), {"sqlite_autoincrement": True})
    dimension_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_dimensions.fid"), index=True)
    code: Mapped[str] = mapped_column(TEXT)  # e.g. "D3.2", unique within the framework by convention
    name: Mapped[str] = mapped_column(TEXT)
    description: Mapped[str | None] = mapped_column(TEXT)
    position: Mapped[int] = mapped_column(INTEGER, default=0)


class CapacityRubricLevel(FidAndUuid, Base):
    """What a score of `level` means for one indicator."""

    __tablename__ = "capacity_rubric_levels"
    __table_args__ = (
        UniqueConstraint("indicator_id", "level"),
        CheckConstraint(f"level BETWEEN {SCALE_MIN} AND {SCALE_MAX}", name="ck_rubric_level"),
        {"sqlite_autoincrement": True},
    )
    indicator_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_indicators.fid"), index=True)
    level: Mapped[int] = mapped_column(INTEGER)
    text: Mapped[str] = mapped_column(TEXT)


class CapacityAssessment(FidAndUuid, Base):
    """One institution assessed in one round. `round` is baseline, mid_term, final or a date."""

    __tablename__ = "capacity_assessments"
    __table_args__ = (
        UniqueConstraint("framework_id", "institution_id", "round"),
        {"sqlite_autoincrement": True},
    )
    framework_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_frameworks.fid"), index=True)
    institution_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    round: Mapped[str] = mapped_column(TEXT, default="baseline")
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    assessor: Mapped[str | None] = mapped_column(TEXT)
    notes: Mapped[str | None] = mapped_column(TEXT)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class CapacityScore(FidAndUuid, Base):
    """The score of one indicator in one assessment; NULL score = not scored yet (evidence may exist)."""

    __tablename__ = "capacity_scores"
    __table_args__ = (
        UniqueConstraint("assessment_id", "indicator_id"),
        CheckConstraint(f"score IS NULL OR score BETWEEN {SCALE_MIN} AND {SCALE_MAX}", name="ck_score_scale"),
        {"sqlite_autoincrement": True},
    )
    assessment_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_assessments.fid"), index=True)
    indicator_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_indicators.fid"), index=True)
    score: Mapped[int | None] = mapped_column(INTEGER)
    evidence: Mapped[str | None] = mapped_column(TEXT)


class CapacityTarget(FidAndUuid, Base):
    """The score an institution should reach on a dimension (all institutions when institution_id is NULL)."""

    __tablename__ = "capacity_targets"
    __table_args__ = (
        UniqueConstraint("dimension_id", "institution_id"),
        CheckConstraint(f"target BETWEEN {SCALE_MIN} AND {SCALE_MAX}", name="ck_target_scale"),
        {"sqlite_autoincrement": True},
    )
    dimension_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("capacity_dimensions.fid"), index=True)
    institution_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)
    target: Mapped[float] = mapped_column(REAL)


TABLE_TITLES.update(CAPACITY_TABLE_TITLES)  # one list of titles for gpkg_contents, kept beside the tables
