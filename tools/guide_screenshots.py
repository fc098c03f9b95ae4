"""The pictures of the user guide (resources/help), taken in the guide's language.

    python tools/guide_screenshots.py --language ru [--only gantt registry ...] [--output DIR]
    python tools/guide_screenshots.py --language all

Each language's pictures go to resources/help/images/<language>/ (English: resources/help/images/). The
window runs offscreen at a fixed size in the chosen interface language, on copies of the sample projects
in a folder of its own (sample_projects/ is only read), with settings, recent files and recovery copies in
a temporary folder, so the pictures never show the local user's history. The web map is exported in the
same language and photographed in headless Chromium with the network cut off. Pictures are reduced to
256 colours, which keeps the guide small.

One language per process: Qt's translators and the vocabularies are chosen once, at start; `all` runs
this script once per language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELP = REPO / "resources" / "help"
LANGUAGES = ("en", "es", "fr", "ru")
PICTURES = (
    "start-page",
    "main-window",
    "registry",
    "import-columns",
    "import-review",
    "gantt",
    "governance",
    "capacity-radar",
    "web-map",
)
WIDTH = 1100  # pictures of the whole window are reduced to this width; dialogs are shown at their size
WINDOW = (1366, 768)  # a common laptop screen
TALL_WINDOW = (1366, 811)  # the registry picture: room for the table under the map

# The folder of "recent projects" on the start page, as a user of each language might name it
PROJECT_FOLDER = {"en": "Projects", "es": "Proyectos", "fr": "Projets", "ru": "Проекты"}
RECENT = ("atuntaqui_garments", "ambato_footwear", "bosawas_cocoa", "samara_automotive")
MAIN_SAMPLE = "atuntaqui_garments"
GOVERNANCE_SAMPLE = "samara_automotive"
SUPPORT_KINDS = ("business_association", "public_authority")
REGISTRY_SELECTION = ("Creaciones Núñez", "Diseños La Esperanza", "Confecciones Villacís")
RADAR_INSTITUTION = "Universidad Técnica del Norte"

# A firm survey with a title row and four faulty rows, as agencies receive them
SURVEY = """Encuesta de empresas 2024
Razón social;Tipo;Empleados;Mujeres;Latitud;Longitud;Teléfono;Certificación
Confecciones Andinas;empresa;25;12;0,331;-78,215;06 290 6123;ISO 9001
Hilos Cotacachi;proveedor;abc;;0,30;-78,26;;
;empresa;4;;0,31;-78,21;;
Bordados Otavalo;empresa;10;15;0,23;-78,26;;
Tejidos San Roque;empresa;8;3;95;-78,2;;
Modas Imbabura;empresa;40;22;0,35;-78,13;;BPM
Textiles Chaltura;empresa;12;7;0,33;-78,20;;
"""


def projects_folder(language: str) -> Path:
    return Path(tempfile.gettempdir()) / "ClusterDesk" / PROJECT_FOLDER[language]


def output_folder(language: str) -> Path:
    return HELP / "images" if language == "en" else HELP / "images" / language


def settle(app, seconds: float) -> None:
    """Let layouts, deferred rendering and timers run, as a user would see after a moment."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def wait_until(app, condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def save_picture(image, target: Path, width: int | None = None) -> Path:
    """Save a QImage as an optimised 256-colour PNG, reduced to `width` when given."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if width is not None and image.width() != width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    raw = target.with_suffix(".raw.png")
    image.save(str(raw))
    with Image.open(raw) as picture:
        reduced = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=0)
        reduced.save(target, optimize=True)
    raw.unlink()
    return target


class Shooter:
    """Takes the pictures of one language in this process."""

    def __init__(self, language: str, output: Path, work: Path) -> None:
        from clusterdesk.gui.app import make_application

        self.language = language
        self.output = output
        self.work = work
        self.app = make_application([sys.argv[0]], language=language)
        self.copies = self._copy_samples()

    def _copy_samples(self) -> dict[str, Path]:
        # a fixed place, so the start page shows the same folder on every run
        folder = projects_folder(self.language)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        copies = {}
        for sample in sorted((REPO / "sample_projects").glob("*.gpkg")):
            copies[sample.stem] = Path(shutil.copyfile(sample, folder / sample.name))
        return copies

    # -- the window ------------------------------------------------------------------------------
    def window(self, size: tuple[int, int], project: str | None, panels: tuple[str, ...] = ()):
        from clusterdesk.gui.main_window import MainWindow

        window = MainWindow()
        window.resize(*size)
        window.show()
        settle(self.app, 0.3)
        if project is not None:
            if not window.documents.open_path(self.copies[project]):
                raise RuntimeError(f"{project} could not be opened")
            for name, dock in window.docks.items():
                dock.setVisible(name in panels)
        settle(self.app, 0.5)
        return window

    def close(self, window) -> None:
        if window.workspace.project is not None:
            window.workspace.close(discard=True)
        window.workspace.shutdown()
        window.hide()
        window.deleteLater()
        settle(self.app, 0.1)

    def fids(self, window, sql: str, parameters=()) -> list[int]:
        rows = window.workspace.project.connection.execute(sql, parameters).fetchall()
        return [row[0] for row in rows]

    # -- pictures --------------------------------------------------------------------------------
    def start_page(self, target: Path) -> None:
        from clusterdesk.core.workspace import RecentFiles

        recent = RecentFiles()
        recent.clear()
        for name in reversed(RECENT):
            recent.add(self.copies[name])
        window = self.window(WINDOW, None)
        window.refresh_start_page()
        settle(self.app, 0.5)
        save_picture(window.grab().toImage(), target, WIDTH)
        self.close(window)

    def main_window(self, target: Path) -> None:
        window = self.window(WINDOW, MAIN_SAMPLE, ("layers",))
        marks = ",".join("?" * len(SUPPORT_KINDS))
        support = self.fids(window, f"SELECT fid FROM stakeholders WHERE kind IN ({marks})", SUPPORT_KINDS)
        window.workspace.selection.set(support)
        window.canvas.zoom_in()  # close enough for the firms' names
        settle(self.app, 1.5)
        save_picture(window.grab().toImage(), target, WIDTH)
        self.close(window)

    def registry(self, target: Path) -> None:
        from PySide6.QtCore import Qt

        window = self.window(TALL_WINDOW, MAIN_SAMPLE, ("layers", "registry", "relations"))
        docks = window.docks
        window.resizeDocks([docks["layers"], docks["relations"]], [300, 440], Qt.Orientation.Horizontal)
        window.resizeDocks([docks["registry"]], [330], Qt.Orientation.Vertical)
        registry = docks["registry"].widget()
        registry.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        marks = ",".join("?" * len(REGISTRY_SELECTION))
        query = f"SELECT fid FROM stakeholders WHERE name IN ({marks})"
        chosen = self.fids(window, query, REGISTRY_SELECTION)
        window.workspace.selection.set(chosen)
        window.canvas.zoom_to_selection()
        window.canvas.zoom_out()
        settle(self.app, 1.5)
        save_picture(window.grab().toImage(), target, WIDTH)
        self.close(window)

    def _wizard(self):
        from clusterdesk.gui.import_wizard import ImportWizard

        survey = self.work / "encuesta_empresas.csv"
        survey.write_text(SURVEY, encoding="utf-8")
        window = self.window(WINDOW, MAIN_SAMPLE)
        wizard = ImportWizard(window.workspace.project, survey, window)
        wizard.resize(860, 600)
        wizard.show()
        wait_until(self.app, wizard.preview_page.isComplete)
        wizard.next()
        wait_until(self.app, wizard.mapping_page.isComplete)
        settle(self.app, 0.3)
        return window, wizard

    def import_pictures(self, columns: Path | None, review: Path | None) -> None:
        window, wizard = self._wizard()
        if columns is not None:
            save_picture(wizard.grab().toImage(), columns)
        wizard.next()
        wait_until(self.app, wizard.review_page.isComplete)
        settle(self.app, 0.3)
        if review is not None:
            save_picture(wizard.grab().toImage(), review)
        wizard.reject()
        wizard.deleteLater()
        self.close(window)

    def _panel(self, project: str, make, size: tuple[int, int]):
        window = self.window(WINDOW, project)
        panel = make(window.workspace)
        panel.resize(*size)
        panel.show()
        settle(self.app, 0.8)
        return window, panel

    def gantt(self, target: Path) -> None:
        from clusterdesk.gui.plan import GanttPanel

        window, panel = self._panel(MAIN_SAMPLE, GanttPanel, (1100, 495))
        panel.zoom.setCurrentIndex(panel.zoom.findData("months"))
        panel.table.parentWidget().setSizes([385, 715])  # the splitter: more of the chart
        settle(self.app, 0.5)
        save_picture(panel.grab().toImage(), target)
        panel.close()
        panel.deleteLater()
        self.close(window)

    def governance(self, target: Path) -> None:
        from PySide6.QtWidgets import QTreeWidgetItemIterator

        from clusterdesk.gui.governance import GovernancePanel

        window, panel = self._panel(GOVERNANCE_SAMPLE, GovernancePanel, (2000, 1400))
        tree = panel.tree
        tree.expandAll()
        tree.setCurrentItem(tree.topLevelItem(0).child(0))  # the first member of the first body
        settle(self.app, 0.3)
        # as large as the whole tree, every column and row of it, then reduced to the guide's width
        last = tree.topLevelItem(0)
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            last = iterator.value()
            iterator += 1
        width = tree.header().length() + panel.width() - tree.viewport().width() + 8
        height = tree.visualItemRect(last).bottom() + panel.height() - tree.viewport().height() + 8
        panel.resize(max(width, WIDTH), height)
        settle(self.app, 0.3)
        save_picture(panel.grab().toImage(), target, WIDTH)
        panel.close()
        panel.deleteLater()
        self.close(window)

    def capacity(self, target: Path) -> None:
        from clusterdesk.gui.capacity import CapacityPanel

        window, panel = self._panel(MAIN_SAMPLE, CapacityPanel, (1104, 630))
        for index in range(panel.institution.count()):
            if panel.institution.itemText(index).startswith(RADAR_INSTITUTION):
                panel.institution.setCurrentIndex(index)
        panel.tabs.setCurrentIndex(0)
        settle(self.app, 0.5)
        save_picture(panel.tabs.grab().toImage(), target)
        panel.close()
        panel.deleteLater()
        self.close(window)

    def web_map(self, target: Path) -> None:
        from clusterdesk.core.project import Project
        from clusterdesk.reports.webmap import export_webmap

        page = self.work / "web-map.html"
        project = Project.open(self.copies[MAIN_SAMPLE])
        try:
            export_webmap(project, page, language=self.language)
        finally:
            project.close()
        photograph_web_map(page, target, (1100, 700))

    def take(self, names: list[str]) -> list[Path]:
        done = []
        self.output.mkdir(parents=True, exist_ok=True)
        path = {name: self.output / f"{name}.png" for name in names}
        simple = {
            "start-page": self.start_page,
            "main-window": self.main_window,
            "registry": self.registry,
            "gantt": self.gantt,
            "governance": self.governance,
            "capacity-radar": self.capacity,
            "web-map": self.web_map,
        }
        for name in names:
            if name in simple:
                simple[name](path[name])
                done.append(path[name])
        if {"import-columns", "import-review"} & set(names):
            self.import_pictures(path.get("import-columns"), path.get("import-review"))
            done += [path[n] for n in ("import-columns", "import-review") if n in path]
        return done


def photograph_web_map(page: Path, target: Path, size: tuple[int, int]) -> None:
    """The exported web map in headless Chromium, offline, once its markers are drawn."""
    from selenium import webdriver
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--proxy-server=127.0.0.1:9",  # the web map works offline; so does its picture
        "--proxy-bypass-list=<-loopback>",
    ):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.set_window_size(*size)
        inner = driver.execute_script("return [window.innerWidth, window.innerHeight];")
        driver.set_window_size(2 * size[0] - inner[0], 2 * size[1] - inner[1])
        driver.get(page.as_uri())
        WebDriverWait(driver, 30).until(
            lambda d: d.execute_script("return document.documentElement.dataset.clusterdeskMarkers")
        )
        time.sleep(1.5)  # the basemap canvas and the fitted view
        png = driver.get_screenshot_as_png()
    finally:
        driver.quit()
    from PySide6.QtGui import QImage

    image = QImage()
    image.loadFromData(png, "PNG")
    save_picture(image.copy(0, 0, *size), target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Take the user guide's pictures in one or all languages.")
    parser.add_argument("--language", required=True, choices=(*LANGUAGES, "all"))
    parser.add_argument("--only", nargs="*", choices=PICTURES, help="some pictures only")
    parser.add_argument("--output", type=Path, help="default: resources/help/images[/<language>]")
    args = parser.parse_args(argv)
    names = list(args.only or PICTURES)
    if args.language == "all":
        for language in LANGUAGES:
            command = [sys.executable, __file__, "--language", language, "--only", *names]
            if args.output:
                command += ["--output", str(args.output / language)]
            subprocess.run(command, check=True)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="clusterdesk-guide-") as temporary:
        os.environ["CLUSTERDESK_DATA_DIR"] = str(Path(temporary) / "data")
        shooter = Shooter(args.language, args.output or output_folder(args.language), Path(temporary))
        try:
            written = shooter.take(names)
        finally:
            shutil.rmtree(projects_folder(args.language), ignore_errors=True)
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
