"""The cluster's network as a GEXF 1.3 file, the format Gephi (0.9.3 and later) opens natively.

GEXF 1.3 is the stable version of the format (gexf.net); networkx reads it as well. The file is written
here rather than by networkx's writer because that one names the XML Schema instance namespace wrongly for
1.3 and writes a time format ("long") the schema does not allow.

- Nodes: every stakeholder, id = its UUID, label = its name; attributes kind (code and label), sector,
  administrative area, employees, and `latitude`/`longitude` (doubles, the names Gephi's geographic
  layouts look for) where the stakeholder has a location. Unknown values are left out, not written empty.
- Edges: id = the relation's UUID, `kind` = the relation kind (GEXF 1.3 keeps parallel edges of different
  kinds apart), weight = strength; attributes kind, strength, directed, first round, last observed
  round, ended round. networkx reads one edge direction per graph, so every tie is written from its
  source to its target and the `directed` attribute says whether the direction means anything.
- One round: a static graph of that round's network. Every round: a dynamic graph whose time is the
  round number (1 = the earliest round, `timeformat="integer"`); each edge carries one spell from the
  first to the last round whose network holds it; nodes have no spell, so they are present throughout.
  The meta description lists which number is which round.
- Attribute titles are in the project's language; attribute ids stay English so that they are stable.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from clusterdesk import __version__
from clusterdesk.core.catalogue import tr
from clusterdesk.core.vocabulary_labels import kind_label, relation_label, survey_round_label
from clusterdesk.io.network_ties import ExchangeNetwork, Node, Tie
from clusterdesk.io.network_titles import LATITUDE, LONGITUDE, edge_titles, node_titles

GEXF_NAMESPACE = "http://gexf.net/1.3"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
NODE_TYPES = {
    "kind": "string",
    "kind_label": "string",
    "sector": "string",
    "admin_area": "string",
    "employees": "integer",
    LATITUDE: "double",
    LONGITUDE: "double",
}
EDGE_TYPES = {
    "kind": "string",
    "kind_label": "string",
    "strength": "integer",
    "directed": "boolean",
    "first_round": "string",
    "last_observed_round": "string",
    "ended_round": "string",
}
# Characters XML 1.0 cannot hold at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: object) -> str:
    """`value` as text an XML file can hold: characters XML forbids are left out."""
    return _NOT_XML.sub("", str(value))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return xml_text(value)


def _attvalues(parent: ET.Element, values: dict[str, object]) -> None:
    present = {k: v for k, v in values.items() if v is not None}
    if present:
        holder = ET.SubElement(parent, "attvalues")
        for attribute, value in present.items():
            ET.SubElement(holder, "attvalue", {"for": attribute, "value": _value(value)})


def _attributes(graph: ET.Element, kind: str, types: dict[str, str], titles: dict[str, str]) -> None:
    holder = ET.SubElement(graph, "attributes", {"class": kind, "mode": "static"})
    for attribute, xml_type in types.items():
        ET.SubElement(holder, "attribute", {"id": attribute, "title": titles[attribute], "type": xml_type})


def _node(nodes: ET.Element, node: Node, language: str | None) -> None:
    element = ET.SubElement(nodes, "node", {"id": node.uuid, "label": xml_text(node.name)})
    _attvalues(
        element,
        {
            "kind": node.kind,
            "kind_label": kind_label(node.kind, language),
            "sector": node.sector,
            "admin_area": node.admin_area,
            "employees": node.employees,
            LATITUDE: node.latitude,
            LONGITUDE: node.longitude,
        },
    )


def _edge(edges: ET.Element, tie: Tie, language: str | None, dynamic: bool) -> None:
    element = ET.SubElement(
        edges,
        "edge",
        {
            "id": tie.uuid,
            "source": tie.source,
            "target": tie.target,
            "kind": tie.kind,
            "label": relation_label(tie.kind, language),
            "weight": str(float(tie.strength)),
        },
    )
    _attvalues(
        element,
        {
            "kind": tie.kind,
            "kind_label": relation_label(tie.kind, language),
            "strength": tie.strength,
            "directed": tie.directed,
            "first_round": tie.first_round,
            "last_observed_round": tie.last_observed_round,
            "ended_round": tie.ended_round,
        },
    )
    if dynamic:
        spells = ET.SubElement(element, "spells")
        ET.SubElement(spells, "spell", {"start": str(tie.first_number), "end": str(tie.last_number)})


def describe(network: ExchangeNetwork, cluster: str, language: str | None) -> str:
    """The file's description: which network it holds, and the round numbers of a dynamic file."""
    if network.round is not None:
        return tr(
            "network_gexf:round",
            "Network of {cluster} in the survey round {round}",
            language,
            cluster=cluster,
            round=survey_round_label(network.round, language),
        )
    numbers = "; ".join(
        f"{number} = {survey_round_label(code, language)}" for number, code in enumerate(network.rounds, 1)
    )
    return tr(
        "network_gexf:rounds",
        "Network of {cluster} over its survey rounds (time: {numbers})",
        language,
        cluster=cluster,
        numbers=numbers or "–",
    )


def gexf_document(network: ExchangeNetwork, cluster: str, language: str | None, today: dt.date) -> ET.Element:
    """The GEXF 1.3 document of `network`, titles in `language`."""
    ET.register_namespace("", GEXF_NAMESPACE)
    ET.register_namespace("xsi", XSI_NAMESPACE)
    root = ET.Element("gexf", {"version": "1.3", f"{{{XSI_NAMESPACE}}}schemaLocation": SCHEMA_LOCATION})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": today.isoformat()})
    ET.SubElement(meta, "creator").text = f"ClusterDesk {__version__}"
    ET.SubElement(meta, "description").text = xml_text(describe(network, cluster, language))
    dynamic = network.round is None
    ties = [tie for tie in network.ties if tie.first_number is not None]  # see network_ties
    graph_attributes = {"defaultedgetype": "directed", "idtype": "string"}
    graph_attributes.update(
        {"mode": "dynamic", "timeformat": "integer", "timerepresentation": "interval"}
        if dynamic
        else {"mode": "static"}
    )
    graph = ET.SubElement(root, "graph", graph_attributes)
    _attributes(graph, "node", NODE_TYPES, node_titles(language))
    _attributes(graph, "edge", EDGE_TYPES, edge_titles(language))
    nodes = ET.SubElement(graph, "nodes", {"count": str(len(network.nodes))})
    for node in network.nodes:
        _node(nodes, node, language)
    edges = ET.SubElement(graph, "edges", {"count": str(len(ties))})
    for tie in ties:
        _edge(edges, tie, language, dynamic)
    _qualify(root)
    return root


def _qualify(element: ET.Element) -> None:
    """Put every element into the GEXF namespace (attributes stay unqualified, as GEXF has them)."""
    for child in element.iter():
        if not child.tag.startswith("{"):
            child.tag = f"{{{GEXF_NAMESPACE}}}{child.tag}"


def write_gexf(
    network: ExchangeNetwork, path: Path, cluster: str, language: str | None, today: dt.date | None = None
) -> int:
    """Write `network` to `path` (the caller makes it atomic); returns the number of edges written."""
    root = gexf_document(network, cluster, language, today or dt.date.today())
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="UTF-8", xml_declaration=True)
    return sum(1 for tie in network.ties if tie.first_number is not None)
