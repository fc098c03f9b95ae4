"""`clusterdesk render-map --choropleth`: a selection study's areas coloured by the location quotient of a
sector or by the best candidate score, classed as the window's map row does, with its legend."""

from __future__ import annotations

from dataclasses import dataclass

from clusterdesk.core.catalogue import tr

CLASSES = {"fixed": "fixed_lq", "quantiles": "quantiles", "jenks": "jenks"}


def add_arguments(render, language: str) -> None:
    render.add_argument(
        "--choropleth",
        metavar="lq:SECTOR|score",
        help=tr(
            "render_choropleth:option",
            "colour the selection study's areas by the location quotient of an ISIC sector (lq:14) or by "
            "the best score of the candidates that include each area (score), with a legend",
            language,
        ),
    )
    render.add_argument(
        "--classes",
        choices=list(CLASSES),
        help=tr(
            "render_choropleth:classes",
            "how the five classes are drawn: fixed (around 1, location quotients only), quantiles or jenks "
            "(natural breaks); default: fixed for location quotients, quantiles for scores",
            language,
        ),
    )


class ChoroplethRefused(ValueError):
    """The command line asks for a choropleth the project cannot give; the message says what to change."""


@dataclass(frozen=True)
class ChoroplethRequest:
    mode: str  # "lq" or "score"
    sector: str | None
    method: str  # render.choropleth_classes METHODS


def parse_request(text: str, classes: str | None, language: str) -> ChoroplethRequest:
    mode, _, sector = text.strip().partition(":")
    mode, sector = mode.strip().lower(), sector.strip()
    if mode == "lq" and sector:
        return ChoroplethRequest("lq", sector, CLASSES[classes or "fixed"])
    if mode == "score" and not sector:
        if classes == "fixed":
            raise ChoroplethRefused(
                tr(
                    "render_choropleth:fixed_for_lq",
                    "--classes fixed is for location quotients; a score map takes quantiles or jenks.",
                    language,
                )
            )
        return ChoroplethRequest("score", None, CLASSES[classes or "quantiles"])
    raise ChoroplethRefused(
        tr(
            "render_choropleth:bad_value",
            "--choropleth {value}: write lq:SECTOR (an ISIC code such as lq:14) or score.",
            language,
            value=repr(text),
        )
    )


def build_choropleth(project, request: ChoroplethRequest, language: str):
    """The choropleth of the project's selection study (`render.choropleth.Choropleth`), its legend's
    title in `language`."""
    from clusterdesk.analysis.selection_lq import load_statistics
    from clusterdesk.analysis.selection_study import area_location_quotients, evaluate, read_settings
    from clusterdesk.core import isic
    from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas

    connection = project.connection
    settings = read_settings(connection)
    if settings is None:
        raise ChoroplethRefused(
            tr(
                "render_choropleth:no_study",
                "this project holds no selection study; start one with clusterdesk selection new.",
                language,
            )
        )
    areas = ChoroplethAreas.from_connection(connection)
    if not areas.codes:
        raise ChoroplethRefused(
            tr(
                "render_choropleth:no_areas",
                "the selection study has no areas yet; bring them in with "
                "clusterdesk selection import-areas.",
                language,
            )
        )
    stats = load_statistics(connection, settings.measure)
    if request.mode == "lq":
        values = area_location_quotients(connection, request.sector, stats).to_dict()
        if not values:
            raise ChoroplethRefused(
                tr(
                    "render_choropleth:no_sector",
                    "the study's statistics have no figures for sector {sector} in its year.",
                    language,
                    sector=request.sector,
                )
            )
        title = tr(
            "render_choropleth:title_lq",
            "Location quotient: {sector}",
            language,
            sector=isic.display(request.sector, language),
        )
    else:
        evaluation = evaluate(connection, stats)
        values = evaluation.area_scores()
        title = tr("render_choropleth:title_score", "Best candidate score (0–100)", language)
    return Choropleth.build(areas, values, request.method, title)
