"""What every ready-made slide is made of: key figures, short tables and notes, all as texts already
written for the reader's language, so the presentation mode, the web story and the printed brief show
the same words and numbers without formatting anything themselves. Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from clusterdesk.core import formatting
from clusterdesk.core.catalogue import language_code, tr

# A state a row is in, for renderers to mark beside its word (colour and shape): indicator statuses,
# plan items and checklist items
MARKS = ("on_track", "at_risk", "off_track", "no_data", "done", "late", "coming", "yes", "no", "unknown")


@dataclass(frozen=True)
class KeyFigure:
    label: str  # what is counted: "Firms"
    value: str  # the figure as the language writes it: "1 250", "45 %"
    note: str = ""  # a short qualifier: "of 12 joint actions"
    number: float | None = None  # the figure itself, for charts and tests


@dataclass(frozen=True)
class ViewRow:
    cells: tuple[str, ...]
    mark: str | None = None  # one of MARKS, or None


@dataclass
class ViewTable:
    columns: tuple[str, ...]
    rows: list[ViewRow]
    numeric_from: int | None = None  # columns from this one on hold figures (right-aligned)
    title: str | None = None
    mark_column: int | None = None  # the column whose word a row's mark stands beside
    total_last: bool = False  # the last row sums the others


@dataclass
class StoryView:
    """One ready-made slide's content. `empty` says why there is nothing to show (no plan yet ...)."""

    kind: str
    title: str
    figures: list[KeyFigure] = field(default_factory=list)
    tables: list[ViewTable] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    empty: str | None = None

    def text(self) -> str:
        """Every word and figure of the view, one item a line (for search and tests)."""
        lines = [self.title, *(f"{f.label} {f.value} {f.note}".strip() for f in self.figures)]
        for table in self.tables:
            lines += [table.title or "", " | ".join(table.columns)]
            lines += [" | ".join(row.cells) for row in table.rows]
        return "\n".join([*lines, *self.notes, self.empty or ""]).strip()


@dataclass
class ViewContext:
    """The project seen in one language on one day; `options` are the slide's own (e.g. its rounds)."""

    project: Any  # clusterdesk.core.project.Project
    language: str
    today: dt.date
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def connection(self):
        """The SQLAlchemy connection of the project's session (the analysis functions take it)."""
        return self.project.session.connection()

    @property
    def raw(self):
        """The project's sqlite3 connection, for plain queries."""
        return self.project.connection

    @cached_property
    def info(self) -> dict[str, Any]:
        row = self.raw.execute(
            "SELECT cluster_name, agency_name, currency, phase, language, country FROM project_info"
        ).fetchone()
        names = ("cluster_name", "agency_name", "currency", "phase", "language", "country")
        return dict(zip(names, row, strict=True)) if row else dict.fromkeys(names)

    def number(self, value: float | None, digits: int = 0) -> str:
        return formatting.decimal(value, self.language, digits)

    def percent(self, share: float | None, digits: int = 0) -> str:
        return formatting.percent(share, self.language, digits)

    def money(self, value: float | None) -> str:
        return formatting.money(value, self.info.get("currency"), self.language)

    def date(self, day: dt.date | None) -> str:
        return formatting.short_date(day, self.language)

    def signed(self, value: float | None, digits: int = 0) -> str:
        """A change with its sign: +3, −0,012; – when unknown."""
        if value is None:
            return formatting.DASH
        text = formatting.decimal(abs(value), self.language, digits)
        if round(abs(value), digits) == 0:
            return text
        return ("+" if value > 0 else "−") + text


def view_context(project, language: str | None = None, today: dt.date | None = None, options=None):
    """The context of a view: `language` None takes the project's."""
    if language is None:
        row = project.connection.execute("SELECT language FROM project_info").fetchone()
        language = row[0] if row else "en"
    return ViewContext(project, language_code(language), today or dt.date.today(), dict(options or {}))


def as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def shown_of(context: ViewContext, shown: int, total: int) -> str | None:
    """The note of a list cut to fit one slide: "8 of 12 shown"; None when all are shown."""
    if shown >= total:
        return None
    return tr(
        "story:shown_of",
        "{shown} of {total} shown",
        context.language,
        shown=context.number(shown),
        total=context.number(total),
    )
