"""Social network analysis of the cluster's relations, per survey round (docs/network_analysis.md).

    round_graph(connection, round_code, kinds=None) -> RoundNetwork      the network as a networkx DiGraph
    network_measures(connection, round_code, kinds=None) -> NetworkMeasures
    compare_rounds(connection, first, second, kinds=None) -> RoundChange

`connection` is the project's sqlite3 connection, a SQLAlchemy connection or session connection of it.
`kinds` limits the ties to relation kinds (codes of core.vocabulary.RELATION_KINDS). The modules behind:
network_graph (the round's ties), network_measures, network_paths (betweenness and closeness),
network_brokerage (Gould–Fernandez roles), network_change. Qt-free.
"""

from __future__ import annotations

from clusterdesk.analysis.network_brokerage import ROLES
from clusterdesk.analysis.network_change import RoundChange, compare_rounds
from clusterdesk.analysis.network_graph import RoundNetwork, read_round, round_graph, survey_round_order
from clusterdesk.analysis.network_measures import (
    STAKEHOLDER_MEASURES,
    WHOLE_MEASURES,
    NetworkMeasures,
    network_measures,
)

__all__ = [
    "ROLES",
    "STAKEHOLDER_MEASURES",
    "WHOLE_MEASURES",
    "NetworkMeasures",
    "RoundChange",
    "RoundNetwork",
    "compare_rounds",
    "network_measures",
    "read_round",
    "round_graph",
    "survey_round_order",
]
