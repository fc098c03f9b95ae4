"""Reading an edge list (CSV or XLSX, headings in English, Spanish, French or Russian) into the project's
relations as one undoable step.

Each row is a tie: source and target by name or UUID (`Source`/`Source ID`, `Target`/`Target ID`), its
relation kind (code or label), strength 1-5, the survey round that first observed it, and optionally
whether it is directed (empty: by its kind) and the rounds that last observed it and found it ended.
Every row is checked before anything is stored, and nothing is stored when any row is wrong: each problem
names the row, the column and what to write instead (unknown names with the closest name, names two
stakeholders share, self-ties, unknown kinds, strengths outside 1-5, rounds that cannot be a round or
that contradict each other).

- A round the project does not have yet is added after the project's rounds, and the summary says so
  (`network_import_rounds`): a new survey is how edge lists usually arrive.
- A tie the project already has (same ends, kind and first round; the order of the ends counts only when
  both ties are directed), or that an earlier row of the file already gave, is skipped and listed in the
  summary, never stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.edits import AddRelations
from clusterdesk.core.model import Relation
from clusterdesk.core.survey_rounds import ranks, round_order
from clusterdesk.core.vocabulary_labels import survey_round_label
from clusterdesk.io import network_import_cells as cells
from clusterdesk.io.cell_refusal import CellProblemsError
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.network_import_rounds import PlaceSurveyRounds, ordered_rounds
from clusterdesk.io.network_titles import REQUIRED_COLUMNS, edge_headings, english_heading, round_code
from clusterdesk.io.readers import read_table
from clusterdesk.io.source_table import HEADER_SEARCH_ROWS, SourceTable

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

MAX_LISTED_SKIPPED = 10


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    reason: str


class NetworkImportError(CellProblemsError):
    """The edge list has bad rows; nothing was imported."""

    listed = 30


@dataclass
class ImportedTies:
    """A checked edge list and the step that adds its ties; `command` is None when it adds nothing."""

    file_name: str
    command: CommandGroup | None
    added: int
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why)
    new_rounds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """The summary printed after the import, in the messages language."""
        language = messages_language()
        lines = [
            tr_plural(
                "network_import:added",
                "{file}: {count} tie added",
                "{file}: {count} ties added",
                self.added,
                language,
                file=self.file_name,
            )
        ]
        if self.new_rounds:
            lines.append(
                tr(
                    "network_import:new_rounds",
                    "new survey rounds, placed after the project's rounds: {rounds}",
                    language,
                    rounds=", ".join(survey_round_label(code, language) for code in self.new_rounds),
                )
            )
        if self.skipped:
            lines.append(
                tr_plural(
                    "network_import:skipped_count",
                    "{count} row skipped, its tie already known:",
                    "{count} rows skipped, their ties already known:",
                    len(self.skipped),
                    language,
                )
            )
        for row, why in self.skipped[:MAX_LISTED_SKIPPED]:
            lines.append("  " + tr("network_import:skipped", "row {row}: {why}", language, row=row, why=why))
        if len(self.skipped) > MAX_LISTED_SKIPPED:
            more = len(self.skipped) - MAX_LISTED_SKIPPED
            lines.append("  " + tr("network_import:more", "… and {count} more", language, count=more))
        lines.extend(self.notes)
        return "\n".join(lines)


@dataclass
class _Row:
    number: int
    source: cells.Found
    target: cells.Found
    kind: str
    strength: int
    directed: bool
    first: str
    last: str | None
    ended: str | None


def _columns(table: SourceTable) -> dict[str, str]:
    """English heading → the file's column, for the columns the edge list knows (the first of each)."""
    found: dict[str, str] = {}
    for column in table.columns:
        english = english_heading(column)
        if english is not None and english not in found:
            found[english] = column
    return found


def _complete(columns: dict[str, str]) -> bool:
    ends = all(f"{end}" in columns or f"{end} ID" in columns for end in ("Source", "Target"))
    return ends and all(name in columns for name in REQUIRED_COLUMNS)


def _read(path: Path) -> tuple[SourceTable, dict[str, str]]:
    """The file's table and its known columns; the header may sit below title rows."""
    try:  # an edge list's header is usually its first row, whatever the cells below hold
        table = read_table(path, header_row=1)
    except ImportFileError:
        table = None
    if table is not None and _complete(_columns(table)):
        given = tr("source:given_header", "header row {row} as given", messages_language(), row=1)
        table.notes = [note for note in table.notes if note != given]
        return table, _columns(table)
    # the reader finds a header among title rows by the stakeholder fields it names ("X" and "Y" are
    # coordinates there), so the edge list's own headings are looked for in the first rows too
    table = read_table(path)
    columns = _columns(table)
    if _complete(columns):
        return table, columns
    for position in range(min(HEADER_SEARCH_ROWS, len(table))):
        row = table.frame.iloc[position].tolist()
        if _complete({english_heading(c): c for c in row if english_heading(c)}):
            table = read_table(path, header_row=int(table.row_numbers[position]))
            return table, _columns(table)
    language = messages_language()
    headings = edge_headings(language)
    needed = [
        f"{headings['Source']} / {headings['Source ID']}",
        f"{headings['Target']} / {headings['Target ID']}",
        *(headings[name] for name in REQUIRED_COLUMNS),
    ]
    raise ImportFileError(
        tr(
            "network_import:columns",
            "{file} is not an edge list: it needs the columns {needed} (in English, Spanish, French or "
            "Russian), as clusterdesk network export writes them.",
            language,
            file=path.name,
            needed=", ".join(needed),
        )
    )


def _existing(connection) -> set[tuple]:
    table = Relation.__table__
    identities: set[tuple] = set()
    rows = connection.execute(
        select(table.c.source_id, table.c.target_id, table.c.kind, table.c.survey_round, table.c.directed)
    )
    for source, target, kind, first, directed in rows:
        identities.update(_identities(source, target, kind, first or "baseline", bool(directed)))
    return identities


def _identities(source: int, target: int, kind: str, first: str, directed: bool) -> set[tuple]:
    """What makes two ties the same: kind, first round and ends, in order only when both are directed."""
    if directed:
        return {("→", source, target, kind, first)}
    return {("→", source, target, kind, first), ("→", target, source, kind, first)}


def read_edge_list(project: Project, path: str | Path) -> ImportedTies:
    """Check the edge list at `path` against `project`; raises NetworkImportError listing every bad cell,
    ImportFileError when the file is no edge list. Changes nothing: push `command` to import."""
    path = Path(path)
    table, columns = _read(path)
    connection = project.session.connection()
    index = cells.StakeholderIndex(connection)
    known = round_order(connection)
    problems: list[Problem] = [
        Problem(int(table.row_numbers[f.position]), f.column, f.reason) for f in table.findings
    ]
    heading = {english: column for english, column in columns.items()}
    parsed: list[dict] = []
    for position, values in enumerate(table.frame.itertuples(index=False)):
        number = int(table.row_numbers[position])
        row = dict(zip(table.columns, values, strict=True))
        parsed.append(_parse_row(number, row, heading, index, known, problems))
    new = {code for one in parsed if one for code in one["rounds"] if code not in known}
    order = ordered_rounds(known, new)
    rank = ranks(order)
    rows: list[_Row] = []
    for one in parsed:
        if one is not None and _rounds_agree(one, rank, heading, problems):
            rows.append(one["row"])
    if problems:
        raise NetworkImportError(path.name, sorted(problems, key=lambda p: p.row))
    return _imported(path.name, rows, connection, known, order, table.notes)


def _cell(row: dict, heading: dict[str, str], english: str) -> str:
    column = heading.get(english)
    return "" if column is None else str(row.get(column) or "").strip()


def _parse_row(number, row, heading, index, known, problems) -> dict | None:
    """The row's values, or None after adding its problems."""
    language = messages_language()
    before = len(problems)

    def problem(english: str, reason: str) -> None:
        problems.append(Problem(number, heading.get(english) or edge_headings(language)[english], reason))

    ends = []
    for end in ("Source", "Target"):
        by_id, by_name = _cell(row, heading, f"{end} ID"), _cell(row, heading, end)
        id_column = heading.get(f"{end} ID", edge_headings(language)[f"{end} ID"])
        try:
            if by_id:
                ends.append(index.by_id(by_id))
            elif by_name:
                ends.append(index.named(by_name, id_column))
            else:
                raise cells.CellProblem(
                    tr("network_import:end_required", "a stakeholder's name or UUID is required", language)
                )
        except cells.CellProblem as error:
            problem(f"{end} ID" if by_id else end, str(error))
            ends.append(None)
    if ends[0] is not None and ends[0] == ends[1]:
        problem(
            "Target", tr("network_import:self_tie", "a stakeholder cannot have a tie with itself", language)
        )
    values: dict = {}
    for english, read in (("Kind", cells.relation_kind), ("Strength", cells.strength)):
        text = _cell(row, heading, english)
        try:
            if not text:
                raise cells.CellProblem(tr("network_import:required", "a value is required", language))
            values[english] = read(text)
        except cells.CellProblem as error:
            problem(english, str(error))
    rounds: dict[str, str | None] = {}
    for english in ("Round", "Last observed round", "Ended round"):
        text = _cell(row, heading, english)
        try:
            if not text and english == "Round":
                raise cells.CellProblem(tr("network_import:required", "a value is required", language))
            rounds[english] = round_code(cells.round_text(text), known) if text else None
        except cells.CellProblem as error:
            problem(english, str(error))
    try:
        directed = cells.directed(_cell(row, heading, "Directed"), values.get("Kind", ""))
    except cells.CellProblem as error:
        problem("Directed", str(error))
    if len(problems) > before:
        return None
    tie = _Row(
        number, ends[0], ends[1], values["Kind"], values["Strength"], directed,
        rounds["Round"], rounds["Last observed round"], rounds["Ended round"],
    )  # fmt: skip
    return {"row": tie, "rounds": [code for code in rounds.values() if code]}


def _rounds_agree(one: dict, rank: dict[str, int], heading: dict[str, str], problems: list[Problem]) -> bool:
    """Whether the row's rounds follow each other: last observed not before the first, ended after both."""
    tie: _Row = one["row"]
    language = messages_language()
    first = rank[tie.first]
    if tie.last is not None and rank[tie.last] < first:
        problems.append(
            Problem(
                tie.number,
                heading["Last observed round"],
                tr(
                    "network_import:last_before_first",
                    "{last} comes before {first}, the round that first observed the tie",
                    language,
                    last=survey_round_label(tie.last, language),
                    first=survey_round_label(tie.first, language),
                ),
            )
        )
        return False
    latest = max(first, rank[tie.last]) if tie.last is not None else first
    if tie.ended is not None and rank[tie.ended] <= latest:
        problems.append(
            Problem(
                tie.number,
                heading["Ended round"],
                tr(
                    "network_import:ended_too_early",
                    "a tie can only be found ended in a round after {round}, the latest round that "
                    "observed it",
                    language,
                    round=survey_round_label(tie.last or tie.first, language),
                ),
            )
        )
        return False
    return True


def _imported(file_name, rows: list[_Row], connection, known, order, notes) -> ImportedTies:
    language = messages_language()
    seen = _existing(connection)
    kept: list[_Row] = []
    skipped: list[tuple[int, str]] = []
    in_file: dict[tuple, int] = {}
    for tie in rows:
        mine = _identities(tie.source.fid, tie.target.fid, tie.kind, tie.first, tie.directed)
        what = f"{tie.source.name} – {tie.target.name}, {tie.kind}, {survey_round_label(tie.first, language)}"
        if mine & seen:
            skipped.append(
                (
                    tie.number,
                    tr("network_import:in_project", "{tie} is already in the project", language, tie=what),
                )
            )
            continue
        earlier = next((in_file[i] for i in mine if i in in_file), None)
        if earlier is not None:
            skipped.append(
                (
                    tie.number,
                    tr("network_import:repeated", "{tie} repeats row {row}", language, tie=what, row=earlier),
                )
            )
            continue
        in_file.update({i: tie.number for i in mine})
        kept.append(tie)
    used = {code for tie in kept for code in (tie.first, tie.last, tie.ended) if code}
    new_rounds = [code for code in order if code not in known and code in used]
    command = None
    if kept:
        relations = AddRelations(
            [
                {
                    "source_id": tie.source.fid,
                    "target_id": tie.target.fid,
                    "kind": tie.kind,
                    "directed": tie.directed,
                    "strength": tie.strength,
                    "survey_round": tie.first,
                    "last_observed_round": tie.last,
                    "ended_round": tie.ended,
                }
                for tie in kept
            ]
        )
        steps = [relations]
        if new_rounds:
            steps.insert(
                0, PlaceSurveyRounds([code for code in order if code in known or code in new_rounds])
            )
        label = tr_plural(
            "network_import:undo",
            "Import {count} tie from {file}",
            "Import {count} ties from {file}",
            len(kept),
            language,
            file=file_name,
        )
        command = CommandGroup(steps, label)
    return ImportedTies(file_name, command, len(kept), skipped, new_rounds, list(notes))
