"""The interactive web map: one self-contained HTML file (folium + Leaflet) that works without internet.

Stakeholders become one toggleable layer per kind, drawn on a canvas so 100,000 points stay usable;
relations one layer per kind; boundaries one layer; the offline basemap is embedded as vector data and
OpenStreetMap tiles are offered as an alternative base layer for when the room has a connection.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from pathlib import Path

import folium
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template

from clusterdesk.core import formatting
from clusterdesk.core.errors import ClusterDeskError, missing_folder_message
from clusterdesk.core.formatting import integer
from clusterdesk.core.geometry import decode, decode_points
from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    relation_style,
    size_for_employees,
    stakeholder_style,
)
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label, relation_label
from clusterdesk.reports.basemap import (
    country_extent,
    country_name,
    focus_extent,
    load_basemap,
    names_credit,
    padded_bbox,
)
from clusterdesk.reports.legend_counts import KindCount, kind_counts, unlocated_note
from clusterdesk.reports.progress import CancelFlag, ProgressCallback, Steps
from clusterdesk.reports.symbols import shape_outline, svg_line, svg_symbol
from clusterdesk.reports.texts import chosen_language, text
from clusterdesk.reports.webmap_assets import inline_assets_html, remote_references
from clusterdesk.reports.webmap_results import results_panel

_HERE = Path(__file__).resolve().parent
PX_PER_MM = 96 / 25.4
OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


def osm_attribution(language: str) -> str:
    """OpenStreetMap's credit, as its licence asks, in the map's language (HTML)."""
    credit = html.escape(text("web_osm_contributors", language))
    return f'&copy; <a href="https://www.openstreetmap.org/copyright">{credit}</a>'


def _unit_outline(shape: str) -> tuple[list[list[float]] | None, float]:
    """Vertices scaled into the unit circle, and the factor by which the marker radius grows to keep
    the shape's visual size."""
    vertices = shape_outline(shape, 1.0)
    if vertices is None:
        return None, 1.0
    reach = max(math.hypot(x, y) for x, y in vertices)
    return [[round(x / reach, 4), round(y / reach, 4)] for x, y in vertices], reach


def _contacts_by_stakeholder(connection) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = (
        "SELECT stakeholder_id, name, role, phone, email FROM contact_persons ORDER BY stakeholder_id, fid"
    )
    for stakeholder_id, name, role, phone, email in connection.execute(query):
        parts = [name + (f" ({role})" if role else "")] + [p for p in (phone, email) if p]
        found[stakeholder_id].append(", ".join(parts))
    return found


# The kinds "Size firms by employees" applies to: a bank or ministry is not bigger for its staff
SIZED_KINDS = frozenset({"enterprise", "supplier", "buyer"})


def _radius_px(kind: str, base_mm: float, employees: int | None, reach: float, by_employees: bool) -> float:
    size_mm = size_for_employees(employees, base_mm) if by_employees and kind in SIZED_KINDS else base_mm
    return round(size_mm * PX_PER_MM / 2 * reach, 1)


def _stakeholder_layers(
    connection, include_contacts: bool, size_by_employees: bool = False, language: str = "en"
) -> list[dict]:
    """One layer per kind with located members. Symbols have the kind's fixed size from core.symbology,
    as on the desktop map, unless `size_by_employees` scales firms, suppliers and buyers."""
    rows = connection.execute(
        "SELECT fid, name, kind, employees, products, geom FROM stakeholders "
        "WHERE geom IS NOT NULL ORDER BY fid"
    ).fetchall()
    lons, lats = decode_points([r[5] for r in rows])
    contacts = _contacts_by_stakeholder(connection) if include_contacts else {}
    by_kind: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if not (np.isnan(lons[index]) or np.isnan(lats[index])):
            by_kind[row[2]].append(index)
    layers = []
    for kind in STAKEHOLDER_KINDS:
        label = kind_label(kind, language)
        members = by_kind.get(kind)
        if not members:
            continue
        style = stakeholder_style(kind)
        outline, reach = _unit_outline(style.shape)
        layer = {
            "kind": kind,
            "label": label,
            "colour": style.colour,
            "outline": "#ffffff" if style.outline.lower() in ("#fff", "#ffffff") else style.outline,
            "shape": outline,
            "lon": [round(float(lons[i]), 6) for i in members],
            "lat": [round(float(lats[i]), 6) for i in members],
            "name": [rows[i][1] for i in members],
            "employees": [rows[i][3] for i in members],
            "products": [rows[i][4] or "" for i in members],
            "radius": [
                _radius_px(kind, style.size_mm, rows[i][3], reach, size_by_employees) for i in members
            ],
        }
        if include_contacts:
            layer["contacts"] = [contacts.get(rows[i][0], []) for i in members]
        layers.append(layer)
    return layers


def _relation_layers(connection, language: str = "en") -> list[dict]:
    by_kind: dict[str, list] = defaultdict(list)
    for kind, blob in connection.execute(
        "SELECT kind, geom FROM relations WHERE geom IS NOT NULL ORDER BY fid"
    ):
        line = decode(blob)
        if line is None or line.is_empty:
            continue
        by_kind[kind].append([[round(y, 6), round(x, 6)] for x, y in line.coords])
    total = sum(len(lines) for lines in by_kind.values())
    # Hundreds of ties would bury the stakeholders: the more there are, the lighter each is drawn
    opacity = round(max(0.25, 0.8 * min(1.0, math.sqrt(80 / max(total, 1)))), 2)
    layers = []
    for kind in RELATION_KINDS:
        label = relation_label(kind, language)
        if not by_kind.get(kind):
            continue
        style = relation_style(kind)
        dash = {"dash": "8 5", "dot": "2 5"}.get(style.dash)
        layers.append(
            {
                "kind": kind,
                "label": label,
                "colour": style.colour,
                "dash": dash,
                "lines": by_kind[kind],
                "weight": round(max(1.5, style.width_mm * PX_PER_MM), 1),
                "opacity": opacity,
            }
        )
    return layers


def _boundaries(connection) -> dict | None:
    features = []
    for name, blob in connection.execute("SELECT name, geom FROM cluster_boundaries WHERE geom IS NOT NULL"):
        shape = decode(blob)
        if shape is not None and not shape.is_empty:
            geometry = json.loads(shapely.to_geojson(shapely.set_precision(shape, 1e-6)))
            features.append({"type": "Feature", "properties": {"name": name}, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features} if features else None


def _feature_collection(geometries) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": json.loads(shapely.to_geojson(g))}
            for g in shapely.set_precision(np.array(geometries, dtype=object), 1e-5)
            if not g.is_empty
        ]
        if len(geometries)
        else [],
    }


def _legend_html(
    title: str,
    subtitle: str,
    counts: list[KindCount],
    relations: list[dict],
    boundary: bool,
    size_by_employees: bool,
    language: str = "en",
) -> str:
    def t(key: str, **values) -> str:
        return html.escape(text(key, language, **values))

    parts = [f"<h3>{html.escape(title)}</h3>"]
    if subtitle:
        parts.append(f"<div class='cd-subtitle'>{html.escape(subtitle)}</div>")
    if counts:
        parts.append(f"<h4>{t('web_stakeholders')}</h4>")
        for count in counts:
            style = stakeholder_style(count.kind)
            symbol = svg_symbol(style.shape, style.colour, "#ffffff")
            parts.append(
                f"<div class='cd-row'>{symbol}<span>{html.escape(count.label)}</span>"
                f"<span class='cd-count'>{html.escape(count.text)}</span></div>"
            )
        note = unlocated_note(counts, language)
        if note:  # right under the counts it explains
            parts.append(f"<div class='cd-note cd-unlocated'>{html.escape(note)}</div>")
    if relations:
        parts.append(f"<h4>{t('web_relations')}</h4>")
        for layer in relations:
            style = relation_style(layer["kind"])
            parts.append(
                f"<div class='cd-row'>{svg_line(style.colour, layer['weight'], style.dash)}"
                f"<span>{html.escape(layer['label'])}</span>"
                f"<span class='cd-count'>{html.escape(integer(len(layer['lines']), language))}</span></div>"
            )
    if boundary:
        swatch = (
            f"<svg width='26' height='14' aria-hidden='true'><rect x='1' y='1' width='24' height='12' "
            f"fill='{BOUNDARY_FILL}' fill-opacity='0.15' stroke='{BOUNDARY_OUTLINE}' stroke-width='2'/></svg>"
        )
        parts.append(
            f"<h4>{t('web_area')}</h4><div class='cd-row'>{swatch}<span>{t('web_boundary')}</span></div>"
        )
    if any(c.located for c in counts):
        sized = t("web_sized") if size_by_employees else ""
        parts.append(f"<div class='cd-note'>{sized}{t('web_click')}</div>")
    if not counts:
        parts.append(f"<div class='cd-note'>{t('web_empty')}</div>")
    return "".join(parts)


def _layer_group(name: str, **options) -> folium.FeatureGroup:
    """A layer for the layer control, which shows names as HTML: the name is escaped."""
    return folium.FeatureGroup(name=html.escape(name), **options)


class _ClusterDeskLayers(MacroElement):
    """Calls clusterdeskMap() once every folium group exists, so the layer control lists them."""

    _template = Template(
        """{% macro script(this, kwargs) %}
clusterdeskMap({{ this._parent.get_name() }}, {
  basemap: {{ this.basemap.get_name() }},
  boundaries: {{ this.boundaries.get_name() if this.boundaries else 'null' }},
  relations: [{% for g in this.relations %}{{ g.get_name() }}{{ ',' if not loop.last }}{% endfor %}],
  stakeholders: [{% for g in this.stakeholders %}{{ g.get_name() }}{{ ',' if not loop.last }}{% endfor %}]
}, {{ this.payload }});
{% endmacro %}"""
    )

    def __init__(self, basemap, boundaries, relations, stakeholders, payload: dict):
        super().__init__()
        self.basemap, self.boundaries = basemap, boundaries
        self.relations, self.stakeholders = relations, stakeholders
        # "</script>" or "<!--" inside the data would end or derail the script element: no "<" at all
        self.payload = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def build_webmap_html(
    project,
    include_contacts: bool = False,
    steps: Steps | None = None,
    size_by_employees: bool = False,
    language: str | None = None,
) -> str:
    """The complete HTML page of the web map for `project`, labelled in `language` (en, es, fr or ru;
    by default the project's own language)."""
    steps = steps or Steps(None, None, "The web map export")
    connection = project.connection
    info = project.info()
    language = chosen_language(language, info.language)
    steps.report(0.05, "Reading stakeholders")
    stakeholders = _stakeholder_layers(connection, include_contacts, size_by_employees, language)
    counts = kind_counts(connection, language)
    count_text = {c.kind: c.text for c in counts}
    steps.report(0.35, "Reading relations and boundaries")
    relations = _relation_layers(connection, language)
    boundaries = _boundaries(connection)
    extent = project.extent()
    # Open on the cluster itself, not on its farthest buyer; a project with nothing located yet opens on
    # its country
    focus = focus_extent(project) or country_extent(info.country)
    steps.report(0.5, "Preparing the offline basemap")
    basemap_box = padded_bbox(extent or focus, fraction=1.5, minimum_deg=2.0)
    basemap = load_basemap(basemap_box, language=language)

    centre = [0.0, 0.0] if extent is None else [(extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2]
    web_map = folium.Map(
        location=centre,
        zoom_start=2 if extent is None else 10,
        tiles=None,
        prefer_canvas=True,
        control_scale=False,  # webmap.js adds a metric one that speaks the map's language
    )
    # Leaflet comes inlined from an installed package; folium's CDN assets are not needed
    web_map.default_js = []
    web_map.default_css = []
    root = web_map.get_root()
    # Every text of the page is escaped where it enters HTML: branca writes the title as it is
    root.title = html.escape(text("web_title", language, cluster=info.cluster_name))
    root.header.add_child(Element(inline_assets_html()), name="leaflet_inline")
    own_script = (_HERE / "webmap.js").read_text(encoding="utf-8")
    own_style = (_HERE / "webmap.css").read_text(encoding="utf-8")
    root.header.add_child(
        Element(f"<style>{own_style}</style>\n<script>{own_script}</script>"), name="cd_assets"
    )

    basemap_group = _layer_group(text("web_offline_basemap", language), overlay=False, control=True)
    basemap_group.add_to(web_map)
    folium.TileLayer(
        OSM_URL,
        name=html.escape(text("web_osm", language)),  # the layer control shows names as HTML
        attr=osm_attribution(language),
        overlay=False,
        show=False,
        max_zoom=19,
    ).add_to(web_map)
    boundary_group = None
    if boundaries:
        boundary_group = _layer_group(text("web_boundary", language)).add_to(web_map)
    relation_groups = [
        _layer_group(
            text(
                "web_relations_layer",
                language,
                label=layer["label"],
                count=integer(len(layer["lines"]), language),
            )
        ).add_to(web_map)
        for layer in relations
    ]
    stakeholder_groups = [
        _layer_group(f"{layer['label']} ({count_text[layer['kind']]})").add_to(web_map)
        for layer in stakeholders
    ]
    steps.report(0.7, "Assembling the map")
    results_html, results_firms = results_panel(project, language)
    country = formatting.country_name(info.country, language) or country_name(info.country)
    subtitle = ", ".join(p for p in (info.sector_label, info.region, country) if p)
    payload = {
        "stakeholders": stakeholders,
        "relations": relations,
        "boundaries": boundaries,
        "boundaryStyle": {
            "color": BOUNDARY_OUTLINE,
            "weight": 2.5,
            "fillColor": BOUNDARY_FILL,
            "fillOpacity": max(BOUNDARY_FILL_OPACITY, 0.1),
            "dashArray": "10 4",
        },
        "basemap": {
            "land": _feature_collection(basemap.land),
            "lakes": _feature_collection(basemap.lakes),
            "rivers": _feature_collection(basemap.rivers),
            "borders": _feature_collection(basemap.borders),
            "places": [[n, round(x, 5), round(y, 5)] for n, x, y, _rank in basemap.places[:40]],
        },
        "labels": {key: text(f"web_{key}", language) for key in ("employees", "products", "contacts")},
        "attribution": f"{text('web_basemap', language)}{names_credit(language)} · "
        f"{text('web_data', language)}: "
        f"{info.agency_name or info.cluster_name} (ClusterDesk)",
        "legendHtml": _legend_html(
            info.cluster_name, subtitle, counts, relations, bool(boundaries), size_by_employees, language
        )
        + results_html,
        "results": results_firms,  # the firms each result button of the legend highlights
        "controls": {
            key: text(f"web_{name}", language)
            for key, name in (
                ("zoomIn", "zoom_in"),
                ("zoomOut", "zoom_out"),
                ("closePopup", "close_popup"),
                ("layers", "layers"),
                ("metres", "metres"),
                ("kilometres", "kilometres"),
            )
        },
        "language": language,  # the page's lang attribute, for screen readers and hyphenation
        "bounds": None if focus is None else [[focus[1], focus[0]], [focus[3], focus[2]]],
        # The view stays inside the embedded basemap, which ends in straight edges
        "limits": [[basemap_box[1], basemap_box[0]], [basemap_box[3], basemap_box[2]]],
        "markerCount": sum(len(layer["lon"]) for layer in stakeholders),
    }
    _ClusterDeskLayers(basemap_group, boundary_group, relation_groups, stakeholder_groups, payload).add_to(
        web_map
    )
    folium.LayerControl(collapsed=False, position="topright").add_to(web_map)
    steps.report(0.85, "Writing the page")
    page = root.render()
    remote = remote_references(page)
    if remote:
        raise ClusterDeskError(
            f"The web map would load {remote[0]!r} from the internet; it must work offline. "
            "Update ClusterDesk, or report this as a bug."
        )
    return page


def export_webmap(
    project,
    out_path: str | Path,
    include_contacts: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    size_by_employees: bool = False,
    language: str | None = None,
) -> Path:
    """Write the web map of `project` to `out_path` (HTML). Contacts are included only when asked,
    because the file is meant to be handed out. `size_by_employees` scales firms, suppliers and buyers by
    their employees, like the desktop map's option; other kinds keep their size. Legend, layer names and
    popups speak `language` (en, es, fr or ru), by default the project's own language."""
    target = Path(out_path).expanduser()
    if target.suffix.lower() not in (".html", ".htm"):
        target = target.with_suffix(".html")
    if not target.parent.is_dir():
        raise ClusterDeskError(missing_folder_message(target.parent))
    steps = Steps(progress, cancel, "The web map export")
    page = build_webmap_html(project, include_contacts, steps, size_by_employees, language)
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ClusterDeskError(f"Cannot write {target}: {error.strerror}. Choose another folder.") from error
    steps.report(1.0, f"Wrote {target.name}")
    return target
