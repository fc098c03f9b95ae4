"""Which reader takes a plan file: by suffix, and for .xml by the root element — MS Project XML has
<Project>, Primavera P6 XML <APIBusinessObjects>. The command line and the window both read through
`read_plan_file`, so a file imports the same way in either."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.io.plan_foreign_xml import root_name
from clusterdesk.io.plan_records import PlanDocument

IMPORT_SUFFIXES = (".xml", ".gan", ".csv")
P6_ROOT = "APIBusinessObjects"


def is_p6_file(path: str | Path) -> bool:
    path = Path(path)
    return path.suffix.lower() == ".xml" and root_name(path) == P6_ROOT


def p6_project_names(path: str | Path) -> list[str]:
    """The projects of a P6 file, as the file names them (for choosing one); [] for any other file."""
    from clusterdesk.io.plan_foreign_xml import parse_plan_xml
    from clusterdesk.io.plan_p6 import PROGRAM, p6_projects, project_label

    if not is_p6_file(path):
        return []
    return [project_label(p) for p in p6_projects(parse_plan_xml(Path(path), PROGRAM))]


def read_plan_file(path: str | Path, p6_project: str | None = None) -> PlanDocument:
    """The plan of a .xml (MS Project or Primavera P6), .gan (GanttProject) or .csv file; PlanFileError
    when it cannot be read. `p6_project` chooses a project of a P6 file by ID or name (default: the first)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".gan":
        from clusterdesk.io.plan_gan import read_gan

        return read_gan(path)
    if suffix == ".csv":
        from clusterdesk.io.plan_csv import read_plan_csv

        return read_plan_csv(path)
    if is_p6_file(path):
        from clusterdesk.io.plan_p6 import read_p6

        return read_p6(path, p6_project)
    from clusterdesk.io.plan_mspdi_reader import read_mspdi  # also says what is wrong with other XML

    return read_mspdi(path)
