"""`clusterdesk new`, `info` and `validate`."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import struct
from pathlib import Path

from clusterdesk import __version__
from clusterdesk.cli.refusals import EXIT_INVALID_INPUT, refuse
from clusterdesk.core.catalogue import SUPPORTED_LANGUAGES, messages_language, tr
from clusterdesk.core.errors import NotAProjectError, ProjectFileError, missing_file_message
from clusterdesk.core.file_access import is_sqlite_file


def register(subparsers) -> None:
    language = messages_language()
    new = subparsers.add_parser(
        "new",
        help=tr("cli:new:help", "create an empty project file", language),
        description=tr(
            "cli:new:description",
            "Create an empty project file. A PATH without an extension gets .gpkg added; "
            "any other extension is refused.",
            language,
        ),
    )
    new.add_argument(
        "path", help=tr("cli:new:path", "the project file to create, e.g. atuntaqui.gpkg", language)
    )
    new.add_argument(
        "--name", required=True, help=tr("cli:new:name", "cluster name, e.g. 'Atuntaqui garments'", language)
    )
    new.add_argument("--country", help=tr("cli:new:country", "ISO 3166-1 alpha-2 code, e.g. EC", language))
    new.add_argument(
        "--sector",
        help=tr(
            "cli:new:sector", "ISIC Rev.4 code, e.g. 1430 (knitted apparel) or C (manufacturing)", language
        ),
    )
    new.add_argument(
        "--language", choices=SUPPORTED_LANGUAGES, default="en",
        help=tr(
            "cli:new:language",
            "the project's language: what its pack, web map and QGIS styles are printed in (default en)",
            language,
        ),
    )  # fmt: skip
    new.set_defaults(handler=run_new)

    info = subparsers.add_parser(
        "info", help=tr("cli:info:help", "counts per table, schema version and extent", language)
    )
    info.add_argument("path", help=tr("cli:project_file", "project file (.gpkg)", language))
    info.add_argument(
        "--json", action="store_true", help=tr("cli:info:json", "print JSON instead of text", language)
    )
    info.set_defaults(handler=run_info)

    validate = subparsers.add_parser(
        "validate",
        help=tr("cli:validate:help", "check the file (SQLite, GeoPackage and our own rules)", language),
    )
    validate.add_argument("path", help=tr("cli:validate:path", "project file (.gpkg) to check", language))
    validate.set_defaults(handler=run_validate)


def run_new(args: argparse.Namespace) -> int:
    from clusterdesk.core import countries, isic
    from clusterdesk.core.project import Project

    country = args.country.strip().upper() if args.country else None
    if country is not None and (len(country) != 2 or not country.isascii() or not country.isalpha()):
        return refuse(
            tr(
                "cli:new:bad_country",
                "--country must be a two-letter ISO 3166 code such as EC, not {value}.",
                messages_language(),
                value=repr(args.country),
            )
        )
    if country is not None and not countries.is_country(country):
        return refuse(
            tr(
                "cli:new:unknown_country",
                "--country {value} is not an ISO 3166-1 country code; Ecuador is EC, Russia RU "
                "(the Project Details dialog lists them all).",
                messages_language(),
                value=country,
            )
        )
    sector = isic.normalised(args.sector) if args.sector else None
    if sector is not None and not isic.looks_like_code(sector):
        return refuse(
            tr(
                "cli:new:bad_sector",
                "--sector must be an ISIC Rev.4 code: a section letter A-U or 2 to 4 digits such as 1430, "
                "not {value}.",
                messages_language(),
                value=repr(args.sector),
            )
        )
    if sector is not None and not isic.is_code(sector):
        return refuse(
            tr(
                "cli:new:unknown_sector",
                "--sector {value} is not in ISIC Rev.4: no section, division, group or class has that "
                "code. Knitted apparel is 1430, manufacturing C.",
                messages_language(),
                value=sector,
            )
        )
    if not args.name.strip():
        return refuse(
            tr(
                "cli:new:empty_name",
                "--name must not be empty: give the cluster a name, e.g. 'Atuntaqui garments'.",
                messages_language(),
            )
        )
    path = _new_project_path(args.path)
    if path is None:
        return EXIT_INVALID_INPUT
    project = Project.new(
        path, args.name.strip(), country=country, sector_code=sector, language=args.language
    )
    if path.name != Path(args.path.strip()).name:
        print(
            tr(
                "cli:new:created_added",
                "Created {path} (.gpkg added to the name)",
                messages_language(),
                path=project.path,
            )
        )
    else:
        print(tr("cli:new:created", "Created {path}", messages_language(), path=project.path))
    project.close()
    return 0


def _new_project_path(text: str) -> Path | None:
    """The file `new` creates: .gpkg is added to a bare name; another extension is refused."""
    if not text.strip():
        refuse(
            tr(
                "cli:new:no_file_name",
                "give the project a file name, e.g. clusterdesk new atuntaqui.gpkg --name 'Atuntaqui'.",
                messages_language(),
            )
        )
        return None
    path = Path(text.strip()).expanduser()
    suffix = path.suffix.lower()
    if not suffix:
        return path.with_name(path.name + ".gpkg")
    if suffix != ".gpkg":
        refuse(
            tr(
                "cli:new:bad_extension",
                "{file}: a project file must end in .gpkg (for example {stem}.gpkg).",
                messages_language(),
                file=path.name,
                stem=path.stem,
            )
        )
        return None
    return path


def run_info(args: argparse.Namespace) -> int:
    from clusterdesk.core import schema
    from clusterdesk.core.project import Project

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
    language = messages_language()
    print("  " + tr(
        "cli:info:identity", "country {country}, sector {sector}, phase {phase}", language,
        country=country, sector=sector, phase=facts["phase"],
    ))  # fmt: skip
    if facts["schema_version"] != schema.SCHEMA_VERSION:
        print("  " + tr(
            "cli:info:old_format", "project format {version} (saving upgrades it to {current})", language,
            version=facts["schema_version"], current=schema.SCHEMA_VERSION,
        ))  # fmt: skip
    else:
        print(
            "  "
            + tr("cli:info:format", "project format {version}", language, version=facts["schema_version"])
        )
    if extent is not None:
        west, south, east, north = (f"{v:.5f}" for v in facts["extent"])
        print("  " + tr(
            "cli:info:extent", "extent: lon {west} .. {east}, lat {south} .. {north}", language,
            west=west, east=east, south=south, north=north,
        ))  # fmt: skip
    for table, count in facts["counts"].items():
        print(f"  {table:<28} {count:>9}")
    return 0


def _require_project_file(path: Path) -> None:
    """Refuse, with a message, anything that is not a ClusterDesk project file: the checks need one."""
    from clusterdesk.core.structure import inspect_structure

    if not path.exists():
        raise ProjectFileError(missing_file_message(path))
    language = messages_language()
    if path.is_dir():
        raise ProjectFileError(
            tr("cli:validate:folder", "{path} is a folder, not a project file.", language, path=path)
        )
    if not os.access(path, os.R_OK):
        raise ProjectFileError(
            tr("cli:validate:unreadable", "{path} cannot be read: permission denied.", language, path=path)
        )
    if not is_sqlite_file(path):
        raise NotAProjectError(
            tr(
                "cli:validate:not_sqlite",
                "{file} is not a GeoPackage (SQLite) file: there is nothing to validate.",
                language,
                file=path.name,
            )
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
            tr(
                "cli:validate:not_project",
                "{file} is a GeoPackage or SQLite file but not a ClusterDesk project: validate checks "
                "ClusterDesk projects. To bring its stakeholders in, use import-stakeholders.",
                language,
                file=path.name,
            )
        )


def run_validate(args: argparse.Namespace) -> int:
    from clusterdesk.core.repair import repaired_path
    from clusterdesk.core.validation import ValidationReport, validate_file

    path = Path(args.path).expanduser()
    _require_project_file(path)
    checked_fully = True
    try:
        report = validate_file(path)
    except (sqlite3.Error, struct.error, OSError, ValueError) as error:
        # A damaged file can stop a checker half-way; that is a finding about the file, not a crash
        checked_fully = False
        problem = tr(
            "cli:validate:damaged",
            "the file is damaged and could not be fully checked ({error})",
            messages_language(),
            error=error,
        )
        report = ValidationReport(path, errors=[problem])
    language = messages_language()
    for warning in report.warnings:
        print(tr("cli:validate:warning", "warning: {warning}", language, warning=warning))
    for error in report.errors:
        print(tr("cli:validate:error", "error: {error}", language, error=error))
    if checked_fully and not report.gdal_validator_ran:
        print(
            tr(
                "cli:validate:no_gdal",
                "note: GDAL's GeoPackage validator is not installed (pip install --no-deps gdal-utils)",
                language,
            )
        )
    if report.repairable:
        print(
            tr(
                "cli:validate:repairable",
                "note: clusterdesk repair {path} writes a repaired copy ({copy}); "
                "the original is never changed",
                language,
                path=args.path,
                copy=repaired_path(path).name,
            )
        )
    if report.ok:
        print(tr("cli:validate:valid", "{path}: valid", language, path=args.path))
    else:
        count = len(report.errors)
        print(tr("cli:validate:errors", "{path}: {count} error(s)", language, path=args.path, count=count))
    return 0 if report.ok else 1
