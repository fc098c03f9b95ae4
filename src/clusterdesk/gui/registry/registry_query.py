"""The registry's filter and sort order as SQL, so 100,000 stakeholders are sorted and filtered by SQLite
and only the rows on screen are ever read (no Qt here: the same queries serve tests and benchmarks)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Qt's marker without Qt: `text` is recorded in the window's catalogue and translated where shown."""
    return text


@dataclass(frozen=True)
class RegistryColumn:
    name: str  # column of the stakeholders table
    # English, marked for the catalogue; the table shows translate("StakeholderTableModel", title) (the
    # call named here is also what makes tools/translations.py read this file)
    title: str
    numeric: bool = False
    shown: bool = True  # shown until the user chooses otherwise


COLUMNS: tuple[RegistryColumn, ...] = (
    RegistryColumn("name", QT_TRANSLATE_NOOP("StakeholderTableModel", "Name")),
    RegistryColumn("kind", QT_TRANSLATE_NOOP("StakeholderTableModel", "Kind")),
    RegistryColumn("admin_area", QT_TRANSLATE_NOOP("StakeholderTableModel", "Admin area")),
    RegistryColumn("sector_code", QT_TRANSLATE_NOOP("StakeholderTableModel", "Sector")),
    RegistryColumn("employees", QT_TRANSLATE_NOOP("StakeholderTableModel", "Employees"), numeric=True),
    RegistryColumn("women_employees", QT_TRANSLATE_NOOP("StakeholderTableModel", "Women"), numeric=True),
    RegistryColumn("year_founded", QT_TRANSLATE_NOOP("StakeholderTableModel", "Founded"), numeric=True,
                   shown=False),
    RegistryColumn("products", QT_TRANSLATE_NOOP("StakeholderTableModel", "Products")),
    RegistryColumn("tags", QT_TRANSLATE_NOOP("StakeholderTableModel", "Tags")),
    RegistryColumn("phone", QT_TRANSLATE_NOOP("StakeholderTableModel", "Phone"), shown=False),
    RegistryColumn("email", QT_TRANSLATE_NOOP("StakeholderTableModel", "E-mail"), shown=False),
    RegistryColumn("website", QT_TRANSLATE_NOOP("StakeholderTableModel", "Website"), shown=False),
    RegistryColumn("legal_form", QT_TRANSLATE_NOOP("StakeholderTableModel", "Legal form"), shown=False),
    RegistryColumn("address", QT_TRANSLATE_NOOP("StakeholderTableModel", "Address"), shown=False),
    RegistryColumn("modified_at", QT_TRANSLATE_NOOP("StakeholderTableModel", "Modified"), shown=False),
)  # fmt: skip
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
    """`column` is a registry column, or ENTRY_ORDER for the order the stakeholders were added in."""

    column: str = "fid"
    descending: bool = False


ENTRY_ORDER = "fid"  # the rowid order: read without sorting, so a large registry opens at once


_KIND_CODES = tuple(STAKEHOLDER_KINDS)
_KIND_INDEX_SQL = (
    "CASE kind " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(_KIND_CODES)) + " ELSE -1 END"
)


@dataclass(frozen=True)
class _Order:
    fids: np.ndarray  # every fid, ascending by the column, empty values last
    kinds: np.ndarray  # kind index of each, for counting and the kind filter without another scan
    empty: int  # how many at the end have no value


class SortKeys:
    """The display order of every stakeholder by a column, read from SQLite once and then reused for every
    filter and both directions until the next edit (a new SortKeys is made then).

    Sorting 100,000 names costs SQLite about a tenth of a second; reordering a filtered set of fids by a
    known order costs numpy a few milliseconds.
    """

    def __init__(self) -> None:
        self._orders: dict[str, _Order] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def known(self, column: str) -> bool:
        return column in self._orders

    def seed_entry_order(self, fids: np.ndarray, kinds: np.ndarray) -> None:
        """Take the entry order from columns already read (the project's cached stakeholder points,
        ordered by fid), so opening the registry needs no query at all."""
        self._orders[ENTRY_ORDER] = _Order(np.ascontiguousarray(fids, dtype=np.int64),
                                           np.ascontiguousarray(kinds, dtype=np.int64), 0)  # fmt: skip

    def order_of(self, connection: sqlite3.Connection, column: str) -> _Order:
        known = self._orders.get(column)
        if known is not None:
            return known
        with self._guard:
            lock = self._locks.setdefault(column, threading.Lock())
        with lock:  # a worker reading the same order ahead finishes it; nobody reads it twice
            known = self._orders.get(column)
            if known is None:
                known = self._read(connection, column)
                self._orders[column] = known
        return known

    @staticmethod
    def _read(connection: sqlite3.Connection, column: str) -> _Order:
        if column not in (*COLUMN_NAMES, ENTRY_ORDER):
            raise ValueError(f"cannot sort by {column!r}")
        empty = f"({column} IS NULL OR {column} = '')"
        spec = next((c for c in COLUMNS if c.name == column), None)
        collate = "" if spec is None or spec.numeric else " COLLATE NOCASE"
        ordering = "fid" if column == ENTRY_ORDER else f"{empty}, {column}{collate}, fid"
        query = f"SELECT fid, {_KIND_INDEX_SQL}, {empty} FROM stakeholders ORDER BY {ordering}"
        rows = np.array(connection.execute(query).fetchall(), dtype=np.int64).reshape(-1, 3)
        return _Order(
            np.ascontiguousarray(rows[:, 0]), np.ascontiguousarray(rows[:, 1]), int(rows[:, 2].sum())
        )

    def ordered(self, connection: sqlite3.Connection, order: SortOrder) -> tuple[np.ndarray, np.ndarray]:
        """(every fid, its kind index) in the display order; descending keeps empty values last."""
        known = self.order_of(connection, order.column)
        if not order.descending:
            return known.fids, known.kinds
        filled = len(known.fids) - known.empty
        flip = np.r_[np.arange(filled - 1, -1, -1), np.arange(filled, len(known.fids))]
        return known.fids[flip], known.kinds[flip]


def read_orders(connection: sqlite3.Connection, keys: SortKeys, columns: Sequence[str]) -> None:
    """Read the orders of `columns` ahead of time (on a worker), so a click on their header is quick."""
    for column in columns:
        keys.order_of(connection, column)


def matching_fids_and_counts(
    connection: sqlite3.Connection, where: RegistryFilter, order: SortOrder, keys: SortKeys
) -> tuple[np.ndarray, dict[str, int]]:
    """(fids in display order, stakeholders per kind among those passing every filter but the kind).

    The order comes from `keys`; only the text, tag, area and sector filters need a scan in SQLite, and
    the kind filter and the counts are worked out with numpy from the kinds read with the order.
    """
    fids, kinds = keys.ordered(connection, order)
    condition, parameters = where.where(with_kind=False)
    if condition != "1":
        cursor = connection.execute(f"SELECT fid FROM stakeholders WHERE {condition}", parameters)
        passing = np.array(cursor.fetchall(), dtype=np.int64).ravel()
        keep = np.isin(fids, passing, assume_unique=True)
        fids, kinds = fids[keep], kinds[keep]
    tally = np.bincount(kinds[kinds >= 0], minlength=len(_KIND_CODES))
    counts = {code: int(n) for code, n in zip(_KIND_CODES, tally, strict=True)}
    if where.kind:
        chosen = _KIND_CODES.index(where.kind) if where.kind in _KIND_CODES else -2
        fids = fids[kinds == chosen]
    return np.ascontiguousarray(fids), counts


def read_rows(connection: sqlite3.Connection, fids: Sequence[int]) -> dict[int, tuple]:
    """fid -> (values of COLUMNS) for a page of rows."""
    if not len(fids):
        return {}
    marks = ",".join("?" * len(fids))
    query = f"SELECT fid, {', '.join(COLUMN_NAMES)} FROM stakeholders WHERE fid IN ({marks})"
    return {row[0]: row[1:] for row in connection.execute(query, [int(f) for f in fids])}


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
