"""The cluster's ties as an edge list (CSV), one row per tie, for a spreadsheet, UCINET, Kumu or Gephi's
spreadsheet import, and for `network import` into another project.

Columns (headings in the project's language, `network_titles.EDGE_COLUMNS`): source and target by name and
by UUID, relation kind (code), strength 1-5, directed (yes/no in the project's language), the round that
first observed the tie, the round that last observed it and the round that found it ended (codes). With a
round, the rows are the ties of that round's network; without one, every tie of the project, those in no
round's network included. Text cells are written safe from spreadsheet formulas (`spreadsheet_text`),
with a byte-order mark so that spreadsheets read the file as UTF-8.
"""

from __future__ import annotations

import csv
from pathlib import Path

from clusterdesk.core.catalogue import tr
from clusterdesk.io.network_ties import ExchangeNetwork
from clusterdesk.io.network_titles import EDGE_COLUMNS, edge_headings
from clusterdesk.io.spreadsheet_text import csv_cell


def yes_no(value: bool, language: str | None) -> str:
    return tr("network_csv:yes", "yes", language) if value else tr("network_csv:no", "no", language)


def edge_rows(network: ExchangeNetwork, language: str | None) -> list[list[object]]:
    """The rows of the edge list below its heading, as written (before spreadsheet protection)."""
    names = network.names
    return [
        [
            names[tie.source],
            tie.source,
            names[tie.target],
            tie.target,
            tie.kind,
            tie.strength,
            yes_no(tie.directed, language),
            tie.first_round,
            tie.last_observed_round or "",
            tie.ended_round or "",
        ]
        for tie in network.ties
    ]


def write_edge_csv(network: ExchangeNetwork, path: Path, language: str | None) -> int:
    """Write the edge list to `path` (the caller makes it atomic); returns the number of rows."""
    headings = edge_headings(language)
    rows = edge_rows(network, language)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([headings[column] for column in EDGE_COLUMNS])
        for row in rows:
            writer.writerow([csv_cell(cell) for cell in row])
    return len(rows)
