"""`clusterdesk render-map`: write a map of a project to PNG, SVG or PDF."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from clusterdesk.cli import render_choropleth
from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, allowed_suffix, refuse
from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr
from clusterdesk.core.map_layers import DEFAULT_LAYERS, LAYER_TITLES
from clusterdesk.core.place_names import map_language


def register(subparsers) -> None:
    language = messages_language()
    render = subparsers.add_parser(
        "render-map",
        help=tr("cli:render:help", "write a map of the project to PNG, SVG or PDF", language),
        description=tr(
            "cli:render:description",
            "Render the project's map (Natural Earth basemap, boundaries, relations, stakeholders).",
            language,
        ),
    )
    render.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    render.add_argument(
        "-o",
        "--output",
        required=True,
        help=tr("cli:render:output", "image to write: .png, .svg or .pdf", language),
    )
    render.add_argument(
        "--size",
        default="1600x1000",
        help=tr("cli:render:size", "width x height in pixels (default 1600x1000)", language),
    )
    render.add_argument(
        "--extent",
        help=tr(
            "cli:render:extent", "minlon,minlat,maxlon,maxlat (default: the project's stakeholders)", language
        ),
    )
    render.add_argument(
        "--dpi",
        type=float,
        default=96.0,
        help=tr("cli:render:dpi", "resolution for symbol and text sizes (default 96)", language),
    )
    render.add_argument(
        "--layers",
        default=",".join(DEFAULT_LAYERS),
        help=tr(
            "cli:render:layers",
            "comma-separated layers to show, from {layers} (default: all but osm)",
            language,
            layers=", ".join(LAYER_TITLES),
        ),
    )
    render.add_argument(
        "--language",
        help=tr(
            "cli:render:language",
            "language of place and country names: en, es, fr or ru (default: the project's language)",
            language,
        ),
    )
    render.add_argument(
        "--size-by-employees",
        action="store_true",
        help=tr("cli:render:size_by_employees", "scale firm symbols by employees", language),
    )
    render.add_argument(
        "--colour-by-capacity",
        action="store_true",
        help=tr(
            "cli:render:colour_by_capacity",
            "fill assessed support institutions with the colour of their overall capacity score "
            "(hollow grey while no assessment round is complete)",
            language,
        ),
    )
    render.add_argument(
        "--tiles",
        action="append",
        default=[],
        metavar="FILE",
        help=tr(
            "cli:render:tiles",
            "a local .mbtiles or GeoPackage tile file drawn over the Natural Earth basemap (repeatable)",
            language,
        ),
    )
    render.add_argument(
        "--osm-extract",
        metavar="FILE",
        help=tr(
            "cli:render:osm_extract",
            "an OpenStreetMap extract (.osm.pbf) drawn as an offline street basemap (default: the extract "
            "the project uses in the window, if any)",
            language,
        ),
    )
    render.add_argument(
        "--title",
        default="",
        help=tr("cli:render:title", "a title written at the top of the map (default: none)", language),
    )
    render.add_argument(
        "--legend",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=tr(
            "cli:render:legend",
            "draw a legend of the stakeholder kinds shown, in the map's language (default: yes)",
            language,
        ),
    )
    render.add_argument(
        "--scale-bar",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=tr("cli:render:scale_bar", "draw a scale bar (default: yes)", language),
    )
    render.add_argument(
        "--north-arrow",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=tr("cli:render:north_arrow", "draw a north arrow (default: yes)", language),
    )
    render_choropleth.add_arguments(render, language)
    # Western and southern extents start with a minus sign; let "--extent -78.3,0.28,..." be a value, not
    # an unknown option (argparse only recognises plain negative numbers by default).
    render._negative_number_matcher = re.compile(r"^-\d*\.?\d+(,-?\d*\.?\d+)*$")
    render.set_defaults(handler=run_render_map)


def run_render_map(args: argparse.Namespace) -> int:
    from clusterdesk.core.errors import ClusterDeskError
    from clusterdesk.core.project import Project
    from clusterdesk.render.decorations import MapDecorations
    from clusterdesk.render.export import (
        EXPORT_FORMATS,
        MapExportError,
        ensure_gui_application,
        export_view,
        fetch_tiles_in_view,
        parse_extent,
        parse_size,
        viewport_for,
    )
    from clusterdesk.render.renderer import MapRenderer
    from clusterdesk.render.street_layer import street_basemap_for
    from clusterdesk.render.tiles import TileFileError, open_tile_file

    try:
        width, height = parse_size(args.size)
        extent = parse_extent(args.extent) if args.extent else None
    except MapExportError as error:
        return refuse(str(error))
    language = messages_language()
    if allowed_suffix(args.output, EXPORT_FORMATS, tr("cli:render:what", "the map image", language)) is None:
        return EXIT_INVALID_INPUT
    layers = [name.strip() for name in args.layers.split(",") if name.strip()]
    unknown = [name for name in layers if name not in LAYER_TITLES]
    if unknown:
        return refuse(
            tr(
                "cli:render:unknown_layer",
                "unknown layer {layers}; choose from {choices}.",
                language,
                layers=", ".join(unknown),
                choices=", ".join(LAYER_TITLES),
            )
        )
    if not 24 <= args.dpi <= 1200:
        return refuse(
            tr(
                "cli:render:bad_dpi",
                "--dpi {dpi} is out of range; use 24 to 1200.",
                language,
                dpi=f"{args.dpi:g}",
            )
        )
    if args.language and map_language(args.language) != args.language.strip().lower():
        return refuse(
            tr(
                "cli:render:bad_language",
                "--language {value}: choose one of {choices}.",
                language,
                value=repr(args.language),
                choices=", ".join(SUPPORTED_LANGUAGES),
            )
        )
    try:
        request = args.choropleth and render_choropleth.parse_request(args.choropleth, args.classes, language)
    except render_choropleth.ChoroplethRefused as error:
        return refuse(str(error))
    ensure_gui_application()
    project = Project.open(args.path)
    try:
        map_words = map_language(args.language or project.info().language)
        renderer = MapRenderer(project, layers=layers, language=map_words)
        if request is not None:
            try:
                renderer.choropleth = render_choropleth.build_choropleth(project, request, map_words)
            except render_choropleth.ChoroplethRefused as error:
                return refuse(str(error))
            extent = extent or renderer.choropleth.areas.extent_lonlat()
        renderer.size_by_employees = args.size_by_employees
        renderer.colour_by_capacity = args.colour_by_capacity
        try:
            renderer.set_street_basemap(street_basemap_for(project, args.osm_extract))
        except ClusterDeskError as error:
            return refuse(f"--osm-extract: {error}")
        for tile_file in args.tiles:
            try:
                renderer.add_tile_layer(open_tile_file(tile_file))
            except TileFileError as error:
                return refuse(f"--tiles {error}")
        viewport = viewport_for(renderer, width, height, extent, args.dpi)
        fetch_tiles_in_view(renderer, viewport)
        decorations = MapDecorations(
            title=args.title, legend=args.legend, scale_bar=args.scale_bar, north_arrow=args.north_arrow
        )
        output = export_view(renderer, viewport, Path(args.output), width, height, args.dpi, decorations)
        renderer.close()
    finally:
        project.close()
    print(
        tr(
            "cli:render:wrote",
            "Wrote {path} ({width}x{height} px, 1:{scale})",
            language,
            path=output,
            width=width,
            height=height,
            scale=f"{viewport.scale_denominator():,.0f}",
        )
    )
    return 0
