"""The cluster selection study (phase 1 of the method) as GeoPackage tables.

A project in phase 1 may hold a selection study: a national or regional mapping of where sectors
concentrate, from which the counterparts and the donor choose the clusters to support. Its parts:

- `selection_studies`: the single row describing the study (its name, the measure its statistics count,
  the year compared and the earlier year growth is measured from);
- `selection_areas`: administrative units (a feature table of multipolygons in WGS 84) with the code the
  statistics use and a name;
- `selection_statistics`: one value per area, sector (ISIC Rev.4 at 2 or 4 digits), year and measure
  (employment, firms or value added), as official statistics publish it;
- `selection_criteria`: the criteria candidates are scored on, with their weights. A criterion is either
  computed from the statistics and the registry (`source` other than "manual") or scored by hand per
  candidate (`selection_scores`);
- `selection_candidates`: a sector in one or more areas (`selection_candidate_areas`, by area code), with
  its status once decided;
- `selection_decisions`: who decided, when and on what grounds, with the weights and ranking the decision
  was taken on kept as JSON (`basis`), so the record stays true when weights are edited later.

Area codes are kept as text and matched, not foreign keys: statistics may be imported before the areas,
and an unknown code is reported by the importer rather than breaking the file. The computations are in
`analysis.selection_lq` (location quotients) and `analysis.selection_ranking` (weighted ranking and
sensitivity).
"""

from __future__ import annotations

import datetime as dt

from shapely.geometry import MultiPolygon
from sqlalchemy import INTEGER, REAL, TEXT, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date, Geometry
from clusterdesk.core.model import FEATURE_TABLES, TABLE_TITLES, Base, FidAndUuid, _in_list, new_uuid

MEASURES: dict[str, str] = {
    "employment": "Employment",
    "firms": "Number of firms",
    "value_added": "Value added",
}

# Where a criterion's value comes from: computed from the study's statistics and the registry, or scored
# by hand for each candidate.
CRITERION_SOURCES: dict[str, str] = {
    "location_quotient": "Specialisation (location quotient)",
    "national_share": "Share of national sector total",
    "size": "Size (sector total in the areas)",
    "growth": "Growth since the base year",
    "registry_firms": "Firms in the registry",
    "manual": "Scored by hand",
}

DIRECTIONS: dict[str, str] = {"higher": "Higher is better", "lower": "Lower is better"}

CANDIDATE_STATUSES: dict[str, str] = {
    "candidate": "Candidate",
    "selected": "Selected",
    "reserve": "Reserve",
    "rejected": "Not selected",
}

# The criteria a new study starts with (key, source, weight); the user edits the list and the weights.
# "Existing institutions", "potential for joint action" and "policy priority" are judged by the
# counterparts, so they are scored by hand (0 to 5).
DEFAULT_CRITERIA: tuple[tuple[str, str, float], ...] = (
    ("specialisation", "location_quotient", 3.0),
    ("size", "size", 2.0),
    ("growth", "growth", 2.0),
    ("smes", "registry_firms", 1.0),
    ("institutions", "manual", 1.0),
    ("joint_action", "manual", 2.0),
    ("policy_priority", "manual", 1.0),
)

SELECTION_TABLE_TITLES: dict[str, str] = {
    "selection_studies": "Cluster selection study",
    "selection_areas": "Selection areas",
    "selection_statistics": "Selection statistics",
    "selection_criteria": "Selection criteria",
    "selection_candidates": "Candidate clusters",
    "selection_candidate_areas": "Candidate cluster areas",
    "selection_scores": "Candidate scores",
    "selection_decisions": "Selection decisions",
}
SELECTION_TABLES = tuple(SELECTION_TABLE_TITLES)


class SelectionStudy(FidAndUuid, Base):
    __tablename__ = "selection_studies"
    __table_args__ = (
        CheckConstraint(_in_list("measure", MEASURES), name="ck_selection_measure"),
        CheckConstraint("base_year IS NULL OR year IS NULL OR base_year < year", name="ck_selection_years"),
        {"sqlite_autoincrement": True},
    )
    name: Mapped[str] = mapped_column(TEXT)
    measure: Mapped[str] = mapped_column(TEXT, default="employment")
    year: Mapped[int | None] = mapped_column(INTEGER)  # the year compared (the latest one when empty)
    base_year: Mapped[int | None] = mapped_column(INTEGER)  # growth is measured from this year
    area_level: Mapped[str | None] = mapped_column(TEXT)  # e.g. "Province", as the user names it
    description: Mapped[str | None] = mapped_column(TEXT)


class SelectionArea(Base):
    __tablename__ = "selection_areas"
    __table_args__ = ({"sqlite_autoincrement": True},)
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    geom: Mapped[MultiPolygon | None] = mapped_column(Geometry("MULTIPOLYGON"))
    uuid: Mapped[str] = mapped_column(TEXT, unique=True, default=new_uuid)
    code: Mapped[str] = mapped_column(TEXT, unique=True)
    name: Mapped[str] = mapped_column(TEXT)
    parent_code: Mapped[str | None] = mapped_column(TEXT)


class SelectionStatistic(FidAndUuid, Base):
    __tablename__ = "selection_statistics"
    __table_args__ = (
        CheckConstraint(_in_list("measure", MEASURES), name="ck_statistic_measure"),
        CheckConstraint("value >= 0", name="ck_statistic_value"),
        UniqueConstraint("area_code", "sector_code", "year", "measure", name="uq_statistic"),
        {"sqlite_autoincrement": True},
    )
    area_code: Mapped[str] = mapped_column(TEXT, index=True)
    sector_code: Mapped[str] = mapped_column(TEXT)  # ISIC Rev.4, 2 or 4 digits
    year: Mapped[int] = mapped_column(INTEGER)
    measure: Mapped[str] = mapped_column(TEXT, default="employment")
    value: Mapped[float] = mapped_column(REAL)
    source: Mapped[str | None] = mapped_column(TEXT)


class SelectionCriterion(FidAndUuid, Base):
    __tablename__ = "selection_criteria"
    __table_args__ = (
        CheckConstraint(_in_list("source", CRITERION_SOURCES), name="ck_criterion_source"),
        CheckConstraint(_in_list("direction", DIRECTIONS), name="ck_criterion_direction"),
        CheckConstraint("weight >= 0", name="ck_criterion_weight"),
        {"sqlite_autoincrement": True},
    )
    key: Mapped[str] = mapped_column(TEXT, unique=True)
    label: Mapped[str] = mapped_column(TEXT)
    source: Mapped[str] = mapped_column(TEXT, default="manual")
    weight: Mapped[float] = mapped_column(REAL, default=1.0)
    direction: Mapped[str] = mapped_column(TEXT, default="higher")
    position: Mapped[int] = mapped_column(INTEGER, default=0)
    description: Mapped[str | None] = mapped_column(TEXT)


class SelectionDecision(FidAndUuid, Base):
    __tablename__ = "selection_decisions"
    __table_args__ = ({"sqlite_autoincrement": True},)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(TEXT)  # e.g. "Steering Committee (MICIP, UNIDO, donor)"
    grounds: Mapped[str] = mapped_column(TEXT)
    basis: Mapped[str | None] = mapped_column(TEXT)  # JSON: weights and ranking at the time of the decision


class SelectionCandidate(FidAndUuid, Base):
    __tablename__ = "selection_candidates"
    __table_args__ = (
        CheckConstraint(_in_list("status", CANDIDATE_STATUSES), name="ck_candidate_status"),
        {"sqlite_autoincrement": True},
    )
    code: Mapped[str] = mapped_column(TEXT, unique=True)
    name: Mapped[str] = mapped_column(TEXT)
    sector_code: Mapped[str] = mapped_column(TEXT)
    status: Mapped[str] = mapped_column(TEXT, default="candidate")
    decision_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("selection_decisions.fid"))
    notes: Mapped[str | None] = mapped_column(TEXT)
    project_file: Mapped[str | None] = mapped_column(TEXT)  # the cluster project started from it


class SelectionCandidateArea(Base):
    __tablename__ = "selection_candidate_areas"
    __table_args__ = (
        UniqueConstraint("candidate_id", "area_code", name="uq_candidate_area"),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("selection_candidates.fid"), index=True)
    area_code: Mapped[str] = mapped_column(TEXT)


class SelectionScore(Base):
    __tablename__ = "selection_scores"
    __table_args__ = (
        UniqueConstraint("candidate_id", "criterion_id", name="uq_candidate_score"),
        {"sqlite_autoincrement": True},
    )
    fid: Mapped[int] = mapped_column(INTEGER, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("selection_candidates.fid"), index=True)
    criterion_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("selection_criteria.fid"), index=True)
    value: Mapped[float] = mapped_column(REAL)
    note: Mapped[str | None] = mapped_column(TEXT)


FEATURE_TABLES["selection_areas"] = ("geom", "MULTIPOLYGON")
TABLE_TITLES.update(SELECTION_TABLE_TITLES)
