"""The registry's filter and sort order as SQL, so 100,000 stakeholders are sorted and filtered by SQLite
and only the rows on screen are ever read (no Qt here: the same queries serve tests and benchmarks)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS


@dataclass(frozen=True)
class RegistryColumn:
    name: str  # column of the stakeholders table
    title: str
    numeric: bool = False
    shown: bool = True  # shown until the user chooses otherwise


COLUMNS: tuple[RegistryColumn, ...] = (
    RegistryColumn("name", "Name"),
    RegistryColumn("kind", "Kind"),
    RegistryColumn("admin_area", "Admin area"),
    RegistryColumn("sector_code", "Sector"),
    RegistryColumn("employees", "Employees", numeric=True),
    RegistryColumn("women_employees", "Women", numeric=True),
    RegistryColumn("year_founded", "Founded", numeric=True, shown=False),
    RegistryColumn("products", "Products"),
    RegistryColumn("tags", "Tags"),
    RegistryColumn("phone", "Phone", shown=False),
    RegistryColumn("email", "E-mail", shown=False),
    RegistryColumn("website", "Website", shown=False),
    RegistryColumn("legal_form", "Legal form", shown=False),
    RegistryColumn("address", "Address", shown=False),
    RegistryColumn("modified_at", "Modified", shown=False),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
# The free-text search looks in these: what a person remembers about a firm
TEXT_SEARCH_COLUMNS = ("name", "products", "admin_area", "tags", "address", "email", "phone", "notes")


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""
    kind: str | None = None
    tag: str | None = None
    admin_area: str | None = None
    sector_code: str | None = None

    def where(self, *, with_kind: bool = True) -> tuple[str, list]:
        """SQL condition and its parameters; `with_kind=False` leaves the kind out (for counts per kind)."""
        clauses: list[str] = []
        parameters: list = []
        if with_kind and self.kind:
            clauses.append("kind = ?")
            parameters.append(self.kind)
        if self.admin_area:
            clauses.append("admin_area = ?")
            parameters.append(self.admin_area)
        if self.sector_code:
            clauses.append("sector_code = ?")
            parameters.append(self.sector_code)
        if self.tag:
            # tags are stored "a; b; c": wrap in separators so a tag matches whole, never a part of another
            clauses.append("(';' || replace(ifnull(tags, ''), '; ', ';') || ';') LIKE ? ESCAPE '\\'")
            parameters.append(f"%;{self.tag.replace('%', '').replace('_', '')};%")
        words = self.text.split()
        for word in words:
            pattern = _like_pattern(word)
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in TEXT_SEARCH_COLUMNS) + ")")
            parameters.extend([pattern] * len(TEXT_SEARCH_COLUMNS))
        return (" AND ".join(clauses) or "1"), parameters

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.kind or self.tag or self.admin_area or self.sector_code)


@dataclass(frozen=True)
class SortOrder:
    column: str = "name"
    descending: bool = False

    def sql(self) -> str:
        if self.column not in COLUMN_NAMES:
            raise ValueError(f"cannot sort by {self.column!r}")
        direction = "DESC" if self.descending else "ASC"
        spec = next(c for c in COLUMNS if c.name == self.column)
        collate = "" if spec.numeric else " COLLATE NOCASE"
        # Empty values last whichever the direction, and fid keeps equal values in a stable order
        return (
            f"({self.column} IS NULL OR {self.column} = '') ASC, {self.column}{collate} {direction}, fid ASC"
        )


def matching_fids(connection: sqlite3.Connection, where: RegistryFilter, order: SortOrder) -> np.ndarray:
    """fids of the stakeholders passing the filter, in display order."""
    condition, parameters = where.where()
    cursor = connection.execute(
        f"SELECT fid FROM stakeholders WHERE {condition} ORDER BY {order.sql()}", parameters
    )
    return np.fromiter((r[0] for r in cursor), dtype=np.int64)


def read_rows(connection: sqlite3.Connection, fids: Sequence[int]) -> dict[int, tuple]:
    """fid -> (values of COLUMNS) for a page of rows."""
    if not len(fids):
        return {}
    marks = ",".join("?" * len(fids))
    query = f"SELECT fid, {', '.join(COLUMN_NAMES)} FROM stakeholders WHERE fid IN ({marks})"
    return {row[0]: row[1:] for row in connection.execute(query, [int(f) for f in fids])}


def kind_counts(connection: sqlite3.Connection, where: RegistryFilter) -> dict[str, int]:
    """Stakeholders per kind among those passing every filter except the kind itself."""
    condition, parameters = where.where(with_kind=False)
    found = dict(
        connection.execute(
            f"SELECT kind, count(*) FROM stakeholders WHERE {condition} GROUP BY kind", parameters
        )
    )
    return {code: found.get(code, 0) for code in STAKEHOLDER_KINDS}


@dataclass
class FilterChoices:
    admin_areas: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def filter_choices(connection: sqlite3.Connection) -> FilterChoices:
    """The values the filter lists offer, read with DISTINCT so 100,000 rows cost a few milliseconds."""

    def distinct(column: str) -> list[str]:
        query = f"SELECT DISTINCT {column} FROM stakeholders WHERE {column} IS NOT NULL AND {column} <> ''"
        return sorted((r[0] for r in connection.execute(query)), key=str.casefold)

    tags: dict[str, str] = {}
    for text in distinct("tags"):
        for tag in text.split(";"):
            tag = tag.strip()
            if tag:
                tags.setdefault(tag.casefold(), tag)
    return FilterChoices(
        distinct("admin_area"), distinct("sector_code"), sorted(tags.values(), key=str.casefold)
    )
