"""The cluster's network as GraphML, written by networkx, for Gephi, yEd, Cytoscape, igraph and R.

Node ids are stakeholder UUIDs and edge ids relation UUIDs; the data keys are named in English (GraphML
has no titles apart from the key's name, which programs use to find a column): `label` (the name, which
Gephi shows), `kind`, `kind_label`, `sector`, `admin_area`, `employees`, `latitude` and `longitude` on
nodes; `kind`, `kind_label`, `weight` and `strength`, `directed`, `first_round`, `last_observed_round`,
`ended_round` and `rounds` (the rounds whose network holds the tie, separated by "; ") on edges. Unknown
values are left out. As in the GEXF file, every tie runs from its source to its target and `directed`
says whether that direction means anything.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from clusterdesk.core.vocabulary_labels import kind_label, relation_label
from clusterdesk.io.network_gexf import describe, xml_text
from clusterdesk.io.network_ties import ExchangeNetwork
from clusterdesk.io.network_titles import LATITUDE, LONGITUDE


def _present(values: dict[str, object]) -> dict[str, object]:
    return {k: (xml_text(v) if isinstance(v, str) else v) for k, v in values.items() if v is not None}


def network_graph(network: ExchangeNetwork, cluster: str, language: str | None) -> nx.MultiDiGraph:
    """`network` as a networkx multigraph with the attributes the GraphML file holds."""
    graph = nx.MultiDiGraph(description=xml_text(describe(network, cluster, language)))
    if network.round is not None:
        graph.graph["round"] = network.round
    else:
        graph.graph["rounds"] = "; ".join(network.rounds)
    for node in network.nodes:
        graph.add_node(
            node.uuid,
            **_present(
                {
                    "label": node.name,
                    "kind": node.kind,
                    "kind_label": kind_label(node.kind, language),
                    "sector": node.sector,
                    "admin_area": node.admin_area,
                    "employees": node.employees,
                    LATITUDE: node.latitude,
                    LONGITUDE: node.longitude,
                }
            ),
        )
    for tie in network.ties:
        if tie.first_number is None:
            continue  # in no round's network (network_ties)
        graph.add_edge(
            tie.source,
            tie.target,
            key=tie.uuid,
            **_present(
                {
                    "kind": tie.kind,
                    "kind_label": relation_label(tie.kind, language),
                    "weight": float(tie.strength),
                    "strength": tie.strength,
                    "directed": tie.directed,
                    "first_round": tie.first_round,
                    "last_observed_round": tie.last_observed_round,
                    "ended_round": tie.ended_round,
                    "rounds": "; ".join(tie.rounds),
                }
            ),
        )
    return graph


def write_graphml(network: ExchangeNetwork, path: Path, cluster: str, language: str | None) -> int:
    """Write `network` to `path` (the caller makes it atomic); returns the number of edges written."""
    graph = network_graph(network, cluster, language)
    nx.write_graphml(
        graph, path, encoding="utf-8", prettyprint=True
    )  # key ids d0, d1 …: node and edge both have a "kind"
    return graph.number_of_edges()
