"""Map images for the command line, reports and export: PNG, SVG and PDF at a chosen size and dpi."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.render.basemap import NaturalEarthBasemap
from clusterdesk.render.decorations import MapDecorations
from clusterdesk.render.painting import painting
from clusterdesk.render.renderer import DEFAULT_LAYERS, MapRenderer
from clusterdesk.render.street_layer import street_basemap_for
from clusterdesk.render.tiles import XYZTileSource
from clusterdesk.render.viewport import Viewport

EXPORT_FORMATS = (".png", ".svg", ".pdf")
MAX_EXPORT_PIXELS = 400_000_000  # beyond this the image would not fit in memory on an office PC


class MapExportError(ClusterDeskError):
    pass


def ensure_gui_application() -> QGuiApplication:
    """Fonts and images need a Qt application; create a windowless one when none exists."""
    app = QGuiApplication.instance()
    if app is None:
        # Rendering needs no screen; the offscreen platform also works on servers without a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def parse_extent(text: str) -> tuple[float, float, float, float]:
    """'minlon,minlat,maxlon,maxlat' to numbers, with a message that says what is wrong."""
    parts = text.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4:
        raise MapExportError(f"--extent must be four numbers minlon,minlat,maxlon,maxlat, not {text!r}.")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        raise MapExportError(
            f"--extent {text!r} is not a box in degrees: longitudes run -180..180 and latitudes -90..90, "
            "minimum first."
        )
    return min_lon, min_lat, max_lon, max_lat


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise MapExportError(
            f"--size must look like 1600x1000 (width x height in pixels), not {text!r}."
        ) from None
    if width < 16 or height < 16 or width * height > MAX_EXPORT_PIXELS:
        raise MapExportError(f"--size {text} is out of range: use 16x16 up to about 20000x20000 pixels.")
    return width, height


def _country_extent(code: str | None) -> tuple[float, float, float, float] | None:
    if not code:
        return None
    basemap = NaturalEarthBasemap.shared()
    countries = basemap.layers["countries"]
    matches = np.flatnonzero(countries.attributes["iso_a2"] == code.upper())
    if len(matches) == 0:
        return None
    import shapely

    from clusterdesk.render.main_body import main_body
    from clusterdesk.render.viewport import mercator_to_lonlat

    # the country proper, its main body: Ecuador without the Galápagos, France without its overseas lands
    body = main_body(shapely.get_parts(countries.geometries[matches[0]]))
    if body is None:
        return None
    x0, y0, x1, y1 = body.bounds
    (lon0, lon1), (lat0, lat1) = mercator_to_lonlat([x0, x1], [y0, y1])
    return float(lon0), float(lat0), float(lon1), float(lat1)


def default_extent(renderer: MapRenderer) -> tuple[float, float, float, float] | None:
    """The cluster (its boundaries and the core of its stakeholders), else the project's country, else
    None (the world)."""
    if renderer.data is None:
        return None
    extent = renderer.data.located_extent(core=True)
    if extent is not None:
        return extent
    return _country_extent(renderer.data.project.info().country)


def viewport_for(renderer: MapRenderer, width: int, height: int, extent=None, dpi: float = 96.0) -> Viewport:
    extent = extent or default_extent(renderer)
    if extent is None:
        return Viewport.world(width, height, dpi=dpi)
    # A single stakeholder or a tight group still shows its surroundings (about 1:25,000 at least).
    return Viewport.from_extent(*extent, width, height, dpi=dpi, min_resolution=2.0 * 96 / dpi)


def fetch_tiles_in_view(renderer: MapRenderer, viewport: Viewport, timeout: float = 30.0) -> None:
    """Download the online tiles a one-off image needs before it is drawn (the canvas instead repaints
    as they arrive). Offline this returns at once and the map keeps its Natural Earth layers."""
    online = [s for s in renderer.layers if s.visible and isinstance(s.source, XYZTileSource)]
    if not online:
        return
    renderer.render(viewport)  # asks for the missing tiles
    for state in online:
        state.source.wait_idle(timeout)
    renderer.forget_tiles()


def render_map(
    project_or_path: Project | str | Path,
    width: int,
    height: int,
    extent: tuple[float, float, float, float] | None = None,
    *,
    dpi: float = 96.0,
    layers: Iterable[str] | None = None,
    language: str = "en",
) -> QImage:
    """A finished map image of a project (an open Project or a project file path), its place and
    country names in `language` (en, es, fr or ru)."""
    ensure_gui_application()
    owned = not isinstance(project_or_path, Project)
    project = Project.open(project_or_path) if owned else project_or_path
    try:
        renderer = MapRenderer(project, layers=layers or DEFAULT_LAYERS, language=language)
        renderer.set_street_basemap(street_basemap_for(project))  # the project's offline streets, if any
        viewport = viewport_for(renderer, width, height, extent, dpi)
        fetch_tiles_in_view(renderer, viewport)
        image = renderer.render(viewport)
        renderer.close()
        return image
    finally:
        if owned:
            project.close()


def render_map_png(
    project_or_path: Project | str | Path,
    width: int,
    height: int,
    extent: tuple[float, float, float, float] | None = None,
    *,
    dpi: float = 96.0,
    layers: Iterable[str] | None = None,
    language: str = "en",
) -> bytes:
    """render_map encoded as PNG, for documents that embed images (ReportLab takes a BytesIO of it)."""
    image = render_map(project_or_path, width, height, extent, dpi=dpi, layers=layers, language=language)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def export_view(
    renderer: MapRenderer,
    viewport: Viewport,
    path: str | Path,
    width: int,
    height: int,
    dpi: float = 96.0,
    decorations: MapDecorations | None = None,
) -> Path:
    """Write the area shown by `viewport` to PNG, SVG or PDF at `width` x `height` pixels and `dpi`,
    with the title, legend, scale bar and north arrow chosen in `decorations` (default: the renderer's)."""
    if decorations is None:
        return _export_view(renderer, viewport, path, width, height, dpi)
    shown = renderer.map_decorations
    renderer.map_decorations = decorations
    try:
        return _export_view(renderer, viewport, path, width, height, dpi)
    finally:
        renderer.map_decorations = shown


def _export_view(
    renderer: MapRenderer, viewport: Viewport, path: str | Path, width: int, height: int, dpi: float
) -> Path:
    ensure_gui_application()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise MapExportError(f"{path.name}: choose a file ending in .png, .svg or .pdf.")
    if width < 16 or height < 16 or width * height > MAX_EXPORT_PIXELS:
        raise MapExportError(
            f"{width}x{height} pixels is out of range for an export; use 16x16 to 20000x20000."
        )
    target = viewport.with_dpi(dpi, width, height)
    try:
        if suffix == ".png":
            image = renderer.render(target)
            if not image.save(str(path), "PNG"):
                raise MapExportError(f"Could not write {path}: check the folder exists and is writable.")
        elif suffix == ".svg":
            _write_svg(renderer, target, path)
        else:
            _write_pdf(renderer, target, path)
    except OSError as error:
        raise MapExportError(f"Could not write {path}: {error.strerror or error}.") from error
    if not path.exists() or path.stat().st_size == 0:
        raise MapExportError(f"Could not write {path}: check the folder exists and is writable.")
    return path


def _write_svg(renderer: MapRenderer, viewport: Viewport, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(viewport.width, viewport.height))
    generator.setViewBox(QRect(0, 0, viewport.width, viewport.height))
    generator.setResolution(round(viewport.dpi))
    generator.setTitle(renderer.map_decorations.title or "ClusterDesk map")
    with painting(generator) as painter:
        renderer.paint_vector(painter, viewport)


def _write_pdf(renderer: MapRenderer, viewport: Viewport, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(round(viewport.dpi))
    page_mm = QSizeF(viewport.width / viewport.dpi * 25.4, viewport.height / viewport.dpi * 25.4)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_mm, QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(renderer.map_decorations.title or "ClusterDesk map")
    writer.setCreator("ClusterDesk")
    with painting(writer) as painter:
        renderer.paint_vector(painter, viewport)
