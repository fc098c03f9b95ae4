"""Writing the cluster's network to a GEXF, GraphML or edge-list CSV file, chosen by the file's extension,
whole or not at all (`output_file.written_atomically`). Qt-free; `clusterdesk network export` calls it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.survey_rounds import round_order
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.core.vocabulary_labels import survey_round_label
from clusterdesk.io.errors import ExportError
from clusterdesk.io.network_csv import write_edge_csv
from clusterdesk.io.network_gexf import write_gexf
from clusterdesk.io.network_ties import exchange_network
from clusterdesk.io.network_titles import relation_kind_code, round_code
from clusterdesk.io.output_file import written_atomically

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

NETWORK_SUFFIXES = (".gexf", ".graphml", ".csv")


class NetworkChoiceError(ExportError):
    """A round or relation kind that the project does not have: nothing was written."""


@dataclass(frozen=True)
class WrittenNetwork:
    path: Path
    nodes: int
    ties: int
    round: str | None


def project_round(connection, text: str, rounds: list[str]) -> str:
    """The project's round that `text` names (code or label, any language); ExportError naming the
    project's rounds otherwise."""
    code = round_code(text, rounds)
    if code in rounds:
        return code
    language = messages_language()
    listed = ", ".join(f"{c} ({survey_round_label(c, language)})" for c in rounds) or "–"
    raise NetworkChoiceError(
        tr(
            "network_export:unknown_round",
            "the project has no survey round {round}. Its rounds are: {rounds}.",
            language,
            round=repr(text),
            rounds=listed,
        )
    )


def relation_kinds(texts: Iterable[str] | None) -> tuple[str, ...] | None:
    """The relation kind codes named by `texts` (codes or labels in any language); ExportError naming the
    kinds for one that is none of them. None stays None (every kind)."""
    if texts is None:
        return None
    codes = []
    for text in texts:
        code = relation_kind_code(text)
        if code is None:
            raise NetworkChoiceError(
                tr(
                    "network_export:unknown_kind",
                    "{kind} is not a relation kind. Use one of: {kinds}.",
                    messages_language(),
                    kind=repr(text),
                    kinds=", ".join(RELATION_KINDS),
                )
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def write_network(
    project: Project,
    path: str | Path,
    *,
    round_text: str | None = None,
    kinds: Iterable[str] | None = None,
) -> WrittenNetwork:
    """Write the project's network to `path` (.gexf, .graphml or .csv): the ties of the round named by
    `round_text`, or every tie with its rounds; only the relation `kinds` given (codes or labels)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in NETWORK_SUFFIXES:
        raise ExportError(
            tr(
                "cli:bad_suffix",
                "{file}: {what} must end in {suffixes}.",
                messages_language(),
                file=path.name,
                what=tr("network_export:what", "the network file", messages_language()),
                suffixes=", ".join(NETWORK_SUFFIXES),
            )
        )
    connection = project.session.connection()
    info = project.info()
    language = info.language
    code = None if round_text is None else project_round(connection, round_text, round_order(connection))
    network = exchange_network(connection, code, relation_kinds(kinds))
    with written_atomically(path) as temporary:
        if suffix == ".gexf":
            ties = write_gexf(network, temporary, info.cluster_name, language)
        elif suffix == ".graphml":
            from clusterdesk.io.network_graphml import write_graphml  # networkx, only for GraphML

            ties = write_graphml(network, temporary, info.cluster_name, language)
        else:
            ties = write_edge_csv(network, temporary, language)
    return WrittenNetwork(path.expanduser().absolute(), len(network.nodes), ties, code)
