"""Handing a project to QGIS: finding QGIS, starting it on a project, and packaging the QGIS plugin.

Qt-free, so the command line and the GUI's File > Open in QGIS share it. QGIS is started with a small
start-up script that loads the project through the ClusterDesk plugin shipped with this package, so
the project opens styled even when the plugin was never installed in QGIS.
"""

from __future__ import annotations

import configparser
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from clusterdesk.core.errors import (
    ClusterDeskError,
    NotAProjectError,
    ProjectFileError,
    missing_folder_message,
)
from clusterdesk.core.file_access import is_sqlite_file
from clusterdesk.core.schema import read_schema_version
from clusterdesk.core.structure import check_structure
from clusterdesk.core.userdirs import private_dir

PLUGIN_NAME = "clusterdesk_qgis"
_PACKAGE = Path(__file__).resolve().parent
# In a wheel the plugin sits inside the package (see pyproject's force-include); in a checkout it is
# the top-level plugins/ folder.
_PLUGIN_CANDIDATES = (_PACKAGE / "qgis_plugin" / PLUGIN_NAME, _PACKAGE.parents[1] / "plugins" / PLUGIN_NAME)
_SKIPPED_IN_ZIP = ("__pycache__", ".pyc", ".pyo", ".DS_Store")
# Zip entries get a fixed time so that building twice gives the same archive.
_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


class QgisNotFoundError(ClusterDeskError):
    """No QGIS installation was found; the message says how to install one."""


def plugin_source_dir() -> Path:
    for candidate in _PLUGIN_CANDIDATES:
        if (candidate / "metadata.txt").is_file():
            return candidate
    raise ClusterDeskError(
        "The ClusterDesk QGIS plugin is missing from this installation; reinstall ClusterDesk."
    )


def plugin_metadata(folder: Path | None = None) -> dict[str, str]:
    """The [general] section of the plugin's metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(folder or plugin_source_dir()) / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def build_plugin_zip(out: str | Path) -> Path:
    """Write the installable plugin archive (one top-level folder clusterdesk_qgis/) to `out`.

    QGIS installs it with Plugins > Manage and Install Plugins > Install from ZIP.
    """
    source = plugin_source_dir()
    out = Path(out).expanduser().absolute()
    if out.suffix.lower() != ".zip":
        raise ClusterDeskError(f"{out.name}: the plugin archive must be a .zip file.")
    if out.parent.exists() and not out.parent.is_dir():
        raise ClusterDeskError(f"Cannot write {out}: {out.parent} is a file, not a folder.")
    if not out.parent.is_dir():
        raise ClusterDeskError(missing_folder_message(out.parent))
    files = sorted(
        path
        for path in source.rglob("*")
        if path.is_file()
        and not any(part.endswith(_SKIPPED_IN_ZIP) for part in path.relative_to(source).parts)
    )
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                entry = zipfile.ZipInfo(f"{PLUGIN_NAME}/{path.relative_to(source).as_posix()}", _ZIP_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, path.read_bytes())
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


# -- finding QGIS --------------------------------------------------------------------------------
def _version_key(path: Path) -> tuple[int, ...]:
    """Newest install first: 'QGIS 3.34.1' sorts above 'QGIS 3.22.16'."""
    numbers = re.findall(r"\d+", " ".join(path.parts[-4:]))
    return tuple(int(n) for n in numbers)


def _windows_candidates(roots: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        # The standalone installer: C:\Program Files\QGIS 3.34.1\bin\qgis-ltr-bin.exe (or qgis-bin.exe)
        installs = sorted(root.glob("QGIS*"), key=_version_key, reverse=True)
        for install in installs:
            for name in ("qgis-ltr-bin.exe", "qgis-bin.exe"):
                found.extend(p for p in [install / "bin" / name] if p.is_file())
        # OSGeo4W: its .bat files set up the environment QGIS needs
        for name in ("qgis-ltr.bat", "qgis.bat"):
            found.extend(p for p in [root / "bin" / name] if p.is_file())
    return found


def _default_windows_roots(environ: Mapping[str, str]) -> list[Path]:
    roots = [environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
    roots += [r"C:\Program Files", r"C:\OSGeo4W", r"C:\OSGeo4W64"]
    if environ.get("LOCALAPPDATA"):
        roots.append(str(Path(environ["LOCALAPPDATA"]) / "Programs" / "OSGeo4W"))
    unique = dict.fromkeys(Path(r) for r in roots if r)
    osgeo = [Path(r) for r in unique if "osgeo4w" in str(r).lower()]
    return [r for r in unique if r not in osgeo] + osgeo


def find_qgis(
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    search_roots: Iterable[Path] | None = None,
) -> Path | None:
    """The QGIS executable to start, or None.

    CLUSTERDESK_QGIS names it explicitly; otherwise `qgis` on the PATH, then the usual install folders
    (Windows: Program Files and OSGeo4W; macOS: /Applications).
    """
    environ = os.environ if environ is None else environ
    explicit = environ.get("CLUSTERDESK_QGIS")
    if explicit and Path(explicit).is_file():
        return Path(explicit)
    path_variable = environ.get("PATH", "")
    for name in ("qgis", "qgis-ltr", "qgis.bat", "qgis-ltr.bat"):
        found = shutil.which(name, path=path_variable)
        if found:
            return Path(found)
    if platform.startswith("win"):
        candidates = _windows_candidates(search_roots or _default_windows_roots(environ))
    elif platform == "darwin":
        roots = search_roots or [Path("/Applications"), Path.home() / "Applications"]
        candidates = [
            app / "Contents" / "MacOS" / "QGIS"
            for root in roots
            for app in sorted(Path(root).glob("QGIS*.app"), key=_version_key, reverse=True)
        ]
        candidates = [c for c in candidates if c.is_file()]
    else:
        candidates = [Path(r) / "bin" / "qgis" for r in (search_roots or [])]
        candidates = [c for c in candidates if c.is_file()]
    return candidates[0] if candidates else None


def install_instructions(platform: str = sys.platform) -> str:
    if platform.startswith("win"):
        how = (
            "Download the QGIS long-term release (LTR) installer from https://qgis.org/download/ and run it, "
            "or install QGIS with the OSGeo4W installer."
        )
    elif platform == "darwin":
        how = "Download the QGIS long-term release (LTR) for macOS from https://qgis.org/download/."
    else:
        how = "Install QGIS from your distribution (for example `sudo apt install qgis`) or from https://qgis.org/download/."
    return (
        f"QGIS was not found on this computer. {how} Then try again; if QGIS is installed in an unusual "
        "place, set the environment variable CLUSTERDESK_QGIS to its program file."
    )


# -- starting QGIS on a project ------------------------------------------------------------------
def check_is_project(path: str | Path) -> Path:
    """`path` as an absolute Path when it is a ClusterDesk project, else a ProjectFileError saying why."""
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise ProjectFileError(f"{path} does not exist. Check the name and folder.")
    is_sqlite = is_sqlite_file(path)  # read without dropping the open project's locks on the file
    version = None
    if is_sqlite:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = read_schema_version(connection)
            if version is not None:
                check_structure(connection, path)  # QGIS would show a damaged project half-loaded
        except sqlite3.DatabaseError:
            version = None
        finally:
            connection.close()
    if version is None:
        raise NotAProjectError(
            f"{path.name} is not a ClusterDesk project, so ClusterDesk cannot open it in QGIS."
        )
    return path


def startup_script(project_path: Path, plugin_parent: Path) -> str:
    """Python that QGIS runs at start (`--code`): load the project through the ClusterDesk plugin."""
    return (
        "# Written by ClusterDesk to open a project in QGIS; it is safe to delete.\n"
        "import sys\n"
        f"sys.path.append({str(plugin_parent)!r})\n"
        "from qgis.utils import iface\n"
        f"from {PLUGIN_NAME} import load_project\n"
        f"from {PLUGIN_NAME}.plugin import ClusterDeskPlugin\n"
        f"PROJECT = {str(project_path)!r}\n"
        "if iface is None:  # QGIS without its main window (a script run), nothing to zoom or report to\n"
        "    load_project(PROJECT)\n"
        "else:\n"
        "    ClusterDeskPlugin(iface).open_path(PROJECT)\n"
    )


def write_startup_script(project_path: Path) -> Path:
    """The start-up script for `project_path` (one file per project), which QGIS runs.

    It lives in the user's private folder, not in the shared temporary folder where another user could
    plant code under a predictable name. It is written to a new file only the user can read and write
    (mkstemp: created exclusively, mode 0600, links not followed) and renamed over the script's name, so
    whatever was there before is replaced, never written through or reused.
    """
    folder = private_dir("qgis")
    digest = hashlib.sha1(str(project_path).encode("utf-8")).hexdigest()[:12]
    script = folder / f"open-in-qgis-{digest}.py"
    text = startup_script(project_path, plugin_source_dir().parent)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".open-in-qgis-", suffix=".py", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, script)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ClusterDeskError(
            f"The start-up script for QGIS cannot be written in {folder}: {error.strerror or error}."
        ) from error
    return script


def qgis_command(executable: Path, script: Path) -> list[str]:
    return [str(executable), "--code", str(script)]


def open_in_qgis(project_path: str | Path, executable: Path | None = None) -> subprocess.Popen:
    """Start QGIS showing the project's layers and tables; returns at once, QGIS keeps running.

    QGIS reads the file on disk: the caller saves unsaved changes first. Raises QgisNotFoundError
    (with install instructions) when QGIS is not installed, ProjectFileError for a file that is not a
    ClusterDesk project.
    """
    path = check_is_project(project_path)
    executable = executable or find_qgis()
    if executable is None:
        raise QgisNotFoundError(install_instructions())
    command = qgis_command(executable, write_startup_script(path))
    options: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    if sys.platform.startswith("win"):
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True  # QGIS outlives ClusterDesk and its terminal
    try:
        return subprocess.Popen(command, cwd=str(path.parent), **options)
    except OSError as error:
        raise QgisNotFoundError(
            f"QGIS at {executable} could not be started ({error}). {install_instructions()}"
        ) from error
