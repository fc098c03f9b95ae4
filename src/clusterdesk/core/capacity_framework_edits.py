"""Commands that change assessment frameworks: add a whole framework, add or remove an indicator, and
rewrite a level of the rubric. Renaming a dimension or indicator is an `UpdateRow` on its table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.core.capacity_edits import (
    DIMENSIONS,
    FRAMEWORK_TABLES,
    FRAMEWORKS,
    INDICATORS,
    RUBRIC,
    SCORES,
    CapacityRows,
    UuidMaker,
    _connection,
    _rows,
    outside_scale,
)
from clusterdesk.core.capacity_framework import FrameworkSpec, IndicatorSpec
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.column_types import utc_now
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.model import new_uuid

if TYPE_CHECKING:
    from clusterdesk.core.project import Project


def _indicator_rows(spec: IndicatorSpec, position: int, uuid: UuidMaker) -> tuple[dict, list[dict]]:
    indicator = {
        "uuid": uuid("capacity_indicators", spec.code),
        "code": spec.code,
        "name": spec.name,
        "description": spec.description,
        "position": position,
    }
    levels = [
        {"uuid": uuid("capacity_rubric_levels", f"{spec.code}/{level}"), "level": level, "text": text}
        for level, text in enumerate(spec.levels, start=SCALE_MIN)
    ]
    return indicator, levels


@dataclass
class AddFramework:
    """Store a framework (the default one, a copy of it, or one a user built) in the project."""

    spec: FrameworkSpec
    uuid: UuidMaker = lambda _table, _key: new_uuid()  # noqa: E731 - a default factory in a dataclass
    created_at: dt.datetime | None = None
    label: str = ""
    tables: frozenset[str] = FRAMEWORK_TABLES
    fid: int | None = None
    _added: CapacityRows = field(default_factory=CapacityRows)

    def do(self, project: Project) -> None:
        self.label = self.label or tr(
            "undo:add_framework", "Add framework {name}", messages_language(), name=self.spec.name
        )
        if self._added:
            self._added.insert(project)
            return
        taken = _connection(project).execute(
            select(FRAMEWORKS.c.fid).where(FRAMEWORKS.c.name == self.spec.name)
        )
        if taken.first() is not None:
            message = tr(
                "capacity:framework_exists",
                "a framework named {name} already exists; choose another name",
                messages_language(),
                name=repr(self.spec.name),
            )
            raise ValidationError("name", message)
        framework = {
            "uuid": self.uuid("capacity_frameworks", self.spec.name),
            "name": self.spec.name,
            "description": self.spec.description,
            "default_target": self.spec.default_target,
            "created_at": self.created_at or utc_now(),
        }
        self._added.add(FRAMEWORKS, [framework])
        self._added.insert(project)
        for d_position, dimension in enumerate(self.spec.dimensions):
            d_row = {
                "uuid": self.uuid("capacity_dimensions", dimension.code),
                "framework_id": framework["fid"],
                "code": dimension.code,
                "name": dimension.name,
                "description": dimension.description,
                "position": d_position,
            }
            part = CapacityRows()
            part.add(DIMENSIONS, [d_row])
            part.insert(project)
            self._added.add(DIMENSIONS, [d_row])
            for i_position, indicator in enumerate(dimension.indicators):
                i_row, levels = _indicator_rows(indicator, i_position, self.uuid)
                i_row["dimension_id"] = d_row["fid"]
                part = CapacityRows()
                part.add(INDICATORS, [i_row])
                part.insert(project)
                for level in levels:
                    level["indicator_id"] = i_row["fid"]
                part = CapacityRows()
                part.add(RUBRIC, levels)
                part.insert(project)
                self._added.add(INDICATORS, [i_row])
                self._added.add(RUBRIC, levels)
        self.fid = framework["fid"]

    def undo(self, project: Project) -> None:
        self._added.delete(project)


@dataclass
class AddIndicator:
    """Add an indicator with its rubric at the end of a dimension."""

    dimension_id: int
    spec: IndicatorSpec
    label: str = ""
    tables: frozenset[str] = frozenset({"capacity_indicators", "capacity_rubric_levels"})
    _added: CapacityRows = field(default_factory=CapacityRows)

    def do(self, project: Project) -> None:
        self.label = self.label or tr(
            "undo:add_indicator", "Add indicator {name}", messages_language(), name=self.spec.name
        )
        if not self._added:
            connection = _connection(project)
            if (
                connection.execute(
                    select(DIMENSIONS.c.fid).where(DIMENSIONS.c.fid == self.dimension_id)
                ).first()
                is None
            ):
                message = tr(
                    "capacity:no_dimension",
                    "dimension {fid} is not in the project",
                    messages_language(),
                    fid=self.dimension_id,
                )
                raise ValidationError("dimension", message)
            positions = (
                connection.execute(
                    select(INDICATORS.c.position).where(INDICATORS.c.dimension_id == self.dimension_id)
                )
                .scalars()
                .all()
            )
            indicator, levels = _indicator_rows(
                self.spec, max(positions, default=-1) + 1, lambda _t, _k: new_uuid()
            )
            indicator["dimension_id"] = self.dimension_id
            first = CapacityRows({INDICATORS.name: [indicator]})
            first.insert(project)
            for level in levels:
                level["indicator_id"] = indicator["fid"]
            CapacityRows({RUBRIC.name: levels}).insert(project)
            self._added = CapacityRows({INDICATORS.name: [indicator], RUBRIC.name: levels})
            return
        self._added.insert(project)

    def undo(self, project: Project) -> None:
        self._added.delete(project)


@dataclass
class DeleteIndicator:
    """Remove an indicator with its rubric and every score given on it."""

    indicator_id: int
    label: str = ""
    tables: frozenset[str] = frozenset({"capacity_indicators", "capacity_rubric_levels", "capacity_scores"})
    _removed: CapacityRows = field(default_factory=CapacityRows)

    def do(self, project: Project) -> None:
        indicator = _rows(project, INDICATORS, INDICATORS.c.fid, [self.indicator_id])
        if not indicator:
            message = tr(
                "capacity:no_indicator",
                "indicator {fid} is not in the project",
                messages_language(),
                fid=self.indicator_id,
            )
            raise ValidationError("indicator", message)
        self.label = self.label or tr(
            "undo:delete_indicator", "Delete indicator {name}", messages_language(), name=indicator[0]["name"]
        )
        self._removed = CapacityRows(
            {
                INDICATORS.name: indicator,
                RUBRIC.name: _rows(project, RUBRIC, RUBRIC.c.indicator_id, [self.indicator_id]),
                SCORES.name: _rows(project, SCORES, SCORES.c.indicator_id, [self.indicator_id]),
            }
        )
        self._removed.delete(project)

    def undo(self, project: Project) -> None:
        self._removed.insert(project)


@dataclass
class SetRubricText:
    """Write what a level of an indicator means (adds the level when the indicator has none yet)."""

    indicator_id: int
    level: int
    text: str
    label: str = ""
    tables: frozenset[str] = frozenset({"capacity_rubric_levels"})
    _before: dict[str, Any] | None = None
    _added: CapacityRows = field(default_factory=CapacityRows)

    def __post_init__(self) -> None:
        self.label = self.label or tr("undo:edit_rubric", "Edit rubric", messages_language())

    def do(self, project: Project) -> None:
        if not SCALE_MIN <= self.level <= SCALE_MAX:
            raise ValidationError("level", outside_scale(self.level))
        where = (RUBRIC.c.indicator_id == self.indicator_id) & (RUBRIC.c.level == self.level)
        current = _connection(project).execute(select(RUBRIC).where(where)).first()
        if current is not None:
            self._before = dict(current._mapping)
            _connection(project).execute(
                update(RUBRIC).where(RUBRIC.c.fid == current.fid).values(text=self.text)
            )
            return
        if not self._added:
            row = {
                "uuid": new_uuid(),
                "indicator_id": self.indicator_id,
                "level": self.level,
                "text": self.text,
            }
            self._added = CapacityRows({RUBRIC.name: [row]})
        self._added.insert(project)

    def undo(self, project: Project) -> None:
        if self._before is not None:
            fid = self._before["fid"]
            _connection(project).execute(
                update(RUBRIC).where(RUBRIC.c.fid == fid).values(text=self._before["text"])
            )
        else:
            self._added.delete(project)
