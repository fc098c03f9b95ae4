"""`clusterdesk new`, `info` and `validate`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import struct
from pathlib import Path

from clusterdesk import __version__
from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, refuse
from clusterdesk.core import schema
from clusterdesk.core.errors import NotAProjectError, ProjectFileError
from clusterdesk.core.file_access import is_sqlite_file
from clusterdesk.core.project import Project
from clusterdesk.core.repair import repaired_path
from clusterdesk.core.structure import inspect_structure
from clusterdesk.core.validation import ValidationReport, validate_file
from clusterdesk.core.vocabulary_labels import SUPPORTED_LANGUAGES

# ISIC Rev.4: a section letter (A-U), or a division, group or class of 2 to 4 digits
_ISIC_CODE = re.compile(r"^(?:[A-U]|\d{2,4})$")


def register(subparsers) -> None:
    new = subparsers.add_parser(
        "new",
        help="create an empty project file",
        description="Create an empty project file. A PATH without an extension gets .gpkg added; "
        "any other extension is refused.",
    )
    new.add_argument("path", help="the project file to create, e.g. atuntaqui.gpkg")
    new.add_argument("--name", required=True, help="cluster name, e.g. 'Atuntaqui garments'")
    new.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. EC")
    new.add_argument("--sector", help="ISIC Rev.4 code, e.g. 1430 (knitted apparel) or C (manufacturing)")
    new.add_argument(
        "--language", choices=SUPPORTED_LANGUAGES, default="en",
        help="the project's language: what its pack, web map and QGIS styles are printed in (default en)",
    )  # fmt: skip
    new.set_defaults(handler=run_new)

    info = subparsers.add_parser("info", help="counts per table, schema version and extent")
    info.add_argument("path", help="project file (.gpkg)")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(handler=run_info)

    validate = subparsers.add_parser("validate", help="check the file (SQLite, GeoPackage and our own rules)")
    validate.add_argument("path", help="project file (.gpkg) to check")
    validate.set_defaults(handler=run_validate)


def run_new(args: argparse.Namespace) -> int:
    country = args.country.strip().upper() if args.country else None
    if country is not None and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        return refuse(f"--country must be a two-letter ISO 3166 code such as EC, not {args.country!r}.")
    sector = args.sector.strip().upper() if args.sector else None
    if sector is not None and not _ISIC_CODE.match(sector):
        return refuse(
            f"--sector must be an ISIC Rev.4 code: a section letter A-U or 2 to 4 digits such as 1430, "
            f"not {args.sector!r}."
        )
    if not args.name.strip():
        return refuse("--name must not be empty: give the cluster a name, e.g. 'Atuntaqui garments'.")
    path = _new_project_path(args.path)
    if path is None:
        return EXIT_INVALID_INPUT
    project = Project.new(
        path, args.name.strip(), country=country, sector_code=sector, language=args.language
    )
    added = " (.gpkg added to the name)" if path.name != Path(args.path.strip()).name else ""
    print(f"Created {project.path}{added}")
    project.close()
    return 0


def _new_project_path(text: str) -> Path | None:
    """The file `new` creates: .gpkg is added to a bare name; another extension is refused."""
    if not text.strip():
        refuse("give the project a file name, e.g. clusterdesk new atuntaqui.gpkg --name 'Atuntaqui'.")
        return None
    path = Path(text.strip()).expanduser()
    suffix = path.suffix.lower()
    if not suffix:
        return path.with_name(path.name + ".gpkg")
    if suffix != ".gpkg":
        refuse(f"{path.name}: a project file must end in .gpkg (for example {path.stem}.gpkg).")
        return None
    return path


def run_info(args: argparse.Namespace) -> int:
    project = Project.open(args.path)
    try:
        info = project.info()
        extent = project.extent()
        facts = {
            "path": str(project.path),
            "cluster_name": info.cluster_name,
            "country": info.country,
            "sector_code": info.sector_code,
            "phase": info.phase,
            "schema_version": project.migrated_from or schema.SCHEMA_VERSION,
            "current_schema_version": schema.SCHEMA_VERSION,
            "reader_version": __version__,
            "counts": project.counts(),
            "extent": None if extent is None else [round(float(v), 6) for v in extent],
        }
    finally:
        project.close()
    if args.json:
        print(json.dumps(facts, indent=2, ensure_ascii=False))
        return 0
    print(f"{facts['cluster_name']}  ({facts['path']})")
    country, sector = facts["country"] or "-", facts["sector_code"] or "-"
    print(f"  country {country}, sector {sector}, phase {facts['phase']}")
    upgrade = ""
    if facts["schema_version"] != schema.SCHEMA_VERSION:
        upgrade = f" (saving upgrades it to {schema.SCHEMA_VERSION})"
    print(f"  project format {facts['schema_version']}{upgrade}")
    if extent is not None:
        print("  extent: lon {0:.5f} .. {2:.5f}, lat {1:.5f} .. {3:.5f}".format(*facts["extent"]))
    for table, count in facts["counts"].items():
        print(f"  {table:<28} {count:>9}")
    return 0


def _require_project_file(path: Path) -> None:
    """Refuse, with a message, anything that is not a ClusterDesk project file: the checks need one."""
    if not path.exists():
        raise ProjectFileError(f"{path} does not exist. Check the name and folder.")
    if path.is_dir():
        raise ProjectFileError(f"{path} is a folder, not a project file.")
    if not os.access(path, os.R_OK):
        raise ProjectFileError(f"{path} cannot be read: permission denied.")
    if not is_sqlite_file(path):
        raise NotAProjectError(
            f"{path.name} is not a GeoPackage (SQLite) file: there is nothing to validate."
        )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            is_project = inspect_structure(connection).is_project
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return  # damaged: validate_file reports what it can read
    if not is_project:
        raise NotAProjectError(
            f"{path.name} is a GeoPackage or SQLite file but not a ClusterDesk project: "
            "validate checks ClusterDesk projects. To bring its stakeholders in, use import-stakeholders."
        )


def run_validate(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    _require_project_file(path)
    checked_fully = True
    try:
        report = validate_file(path)
    except (sqlite3.Error, struct.error, OSError, ValueError) as error:
        # A damaged file can stop a checker half-way; that is a finding about the file, not a crash
        checked_fully = False
        problem = f"the file is damaged and could not be fully checked ({error})"
        report = ValidationReport(path, errors=[problem])
    for warning in report.warnings:
        print(f"warning: {warning}")
    for error in report.errors:
        print(f"error: {error}")
    if checked_fully and not report.gdal_validator_ran:
        print("note: GDAL's GeoPackage validator is not installed (pip install --no-deps gdal-utils)")
    if report.repairable:
        print(
            f"note: clusterdesk repair {args.path} writes a repaired copy ({repaired_path(path).name}); "
            "the original is never changed"
        )
    print(f"{args.path}: {'valid' if report.ok else f'{len(report.errors)} error(s)'}")
    return 0 if report.ok else 1
