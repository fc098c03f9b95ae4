"""`clusterdesk new`, `info` and `validate`."""

from __future__ import annotations

import argparse
import json

from clusterdesk import __version__
from clusterdesk.core import schema
from clusterdesk.core.project import Project
from clusterdesk.core.validation import validate_file


def register(subparsers) -> None:
    new = subparsers.add_parser("new", help="create an empty project file")
    new.add_argument("path")
    new.add_argument("--name", required=True, help="cluster name, e.g. 'Atuntaqui garments'")
    new.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. EC")
    new.add_argument("--sector", help="ISIC Rev.4 code, e.g. 1410")
    new.set_defaults(handler=run_new)

    info = subparsers.add_parser("info", help="counts per table, schema version and extent")
    info.add_argument("path")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(handler=run_info)

    validate = subparsers.add_parser("validate", help="check the file (SQLite, GeoPackage, ClusterDesk rules)")
    validate.add_argument("path")
    validate.set_defaults(handler=run_validate)


def run_new(args: argparse.Namespace) -> int:
    country = args.country.upper() if args.country else None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        print(f"clusterdesk: --country must be a two-letter ISO 3166 code such as EC, not {args.country!r}.")
        return 2
    project = Project.new(args.path, args.name, country=country, sector_code=args.sector)
    print(f"Created {project.path}")
    project.close()
    return 0


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
    print(f"  country {facts['country'] or '-'}, sector {facts['sector_code'] or '-'}, phase {facts['phase']}")
    print(f"  project format {facts['schema_version']}")
    if extent is not None:
        print("  extent: lon {0:.5f} .. {2:.5f}, lat {1:.5f} .. {3:.5f}".format(*facts["extent"]))
    for table, count in facts["counts"].items():
        print(f"  {table:<28} {count:>9}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    report = validate_file(args.path)
    for warning in report.warnings:
        print(f"warning: {warning}")
    for error in report.errors:
        print(f"error: {error}")
    if not report.gdal_validator_ran:
        print("note: GDAL's GeoPackage validator is not installed (pip install --no-deps gdal-utils)")
    print(f"{args.path}: {'valid' if report.ok else f'{len(report.errors)} error(s)'}")
    return 0 if report.ok else 1
