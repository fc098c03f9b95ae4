"""Build the sample projects in sample_projects/ (or another folder).

    python tools/build_samples.py [--output DIR] [--only KEY ...]

The build is deterministic: UUIDs, timestamps and every random choice derive from the sample key, so
running it again writes the same bytes. The content of each sample is defined in tools/samples/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from clusterdesk.core import gpkg
from clusterdesk.core.column_types import format_datetime
from clusterdesk.core.model import FEATURE_TABLES
from clusterdesk.core.project import Project
from clusterdesk.core.safe_write import copy_database_atomically

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_ecuador_selection  # noqa: E402
from samples import (  # noqa: E402  (found through the line above)
    ENRICHERS,
    SAMPLES,
    results_adiyaman,
    results_ambato,
    results_atuntaqui,
    results_bosawas,
    results_ethiopia,
    results_samara,
    rng_for,
)
from samples.common import SampleBuilder, sample_uuid  # noqa: E402
from samples.logo import agency_logo  # noqa: E402
from samples.network_story import observe_rounds, tell_network_story, write_survey_rounds  # noqa: E402
from samples.results_chain import Chain, write_result_chain  # noqa: E402
from samples.story_defaults import add_default_presentation  # noqa: E402
from samples.team import add_extras  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "sample_projects"
SELECTION_SAMPLE = sample_ecuador_selection.KEY


# each sample's result chain, from its own module (tools/samples/results_<name>.py)
RESULT_CHAINS: dict[str, Chain] = {
    "atuntaqui_garments": results_atuntaqui.CHAIN,
    "ambato_footwear": results_ambato.CHAIN,
    "bosawas_cocoa": results_bosawas.CHAIN,
    "samara_automotive": results_samara.CHAIN,
    "adiyaman_kahramanmaras_textiles": results_adiyaman.CHAIN,
    "ethiopia_edible_oil": results_ethiopia.CHAIN,
}


def build_sample(key: str, output_dir: Path) -> Path:
    """Build one sample into `output_dir` (replacing the file there) and return its path."""
    definition = SAMPLES[key]
    project = Project.new(
        None,
        definition.cluster_name,
        uuid=sample_uuid(key, "project_info", 1),
        agency_logo=agency_logo(definition.logo_colour),
        agency_logo_mime="image/png",
        **definition.info,
    )
    try:
        builder = SampleBuilder(key, definition.locale, definition.rounds)
        definition.populate(builder, rng_for(key, "stakeholders"))
        # the network's change between the rounds as the case tells it, and what the follow-up found
        tell_network_story(builder, key, rng_for(key, "network_story"))
        observe_rounds(builder, key, rng_for(key, "network_rounds"))
        # UNIDO, the donor and the institutions a story needs beyond the sample's own list
        add_extras(builder, key, rng_for(key, "extras"))
        builder.write(project)
        write_survey_rounds(project, key, definition.rounds, definition.info["language"])
        for enricher in ENRICHERS:
            enricher(project, key, rng_for(key, f"{enricher.__module__}.{enricher.__qualname__}"))
        # the chain links to the plan and reports up to the follow-up survey, the sample's "today"
        write_result_chain(project, key, RESULT_CHAINS[key], definition.rounds.follow_up_1)
        add_default_presentation(project, key)
        target = output_dir / f"{key}.gpkg"
        _write_reproducibly(project, target, definition.rounds.follow_up_1)
    finally:
        project.close()
    return target


def _write_reproducibly(project: Project, target: Path, as_of: dt.date) -> None:
    """Save with fixed modification times and a compacted layout, so the bytes repeat from run to run.

    Project.save stamps gpkg_contents with the current time; a sample is instead stamped with the date
    of its latest survey round.
    """
    project.session.commit()
    connection = project.connection
    for table, (column, _type) in FEATURE_TABLES.items():
        gpkg.update_extent(connection, table, column)
    stamp = format_datetime(dt.datetime.combine(as_of, dt.time(12, 0), tzinfo=dt.timezone.utc))
    connection.execute("UPDATE gpkg_contents SET last_change = ?", (stamp,))
    connection.execute("UPDATE layer_styles SET update_time = ?", (stamp,))
    _recreate_indexes_in_name_order(connection)
    connection.commit()
    connection.execute("PRAGMA page_size = 1024")  # small tables waste less of a small page
    connection.execute("VACUUM")
    copy_database_atomically(connection, target, keep_backup=False)


def _recreate_indexes_in_name_order(connection) -> None:
    """SQLAlchemy creates a table's indexes in an order that varies between runs (it keeps them in a
    set); recreating them sorted by name makes the schema, and after VACUUM the file, the same."""
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    for _name, sql in indexes:
        connection.execute(sql)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the ClusterDesk sample projects.")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder for the .gpkg files")
    keys = [*SAMPLES, SELECTION_SAMPLE]
    parser.add_argument("--only", nargs="+", choices=sorted(keys), metavar="KEY", help="build only these")
    args = parser.parse_args(argv)
    if not args.output.is_dir():
        parser.error(f"the folder {args.output} does not exist")
    for key in args.only or keys:
        started = time.perf_counter()
        if key == SELECTION_SAMPLE:  # a selection study (phase 1), not a cluster: its own builder
            path = sample_ecuador_selection.build(args.output, _write_reproducibly)
        else:
            path = build_sample(key, args.output)
        with Project.open(path) as project:
            counts = project.counts()
        print(
            f"{path.name}: {counts['stakeholders']} stakeholders, {counts['relations']} relations, "
            f"{path.stat().st_size / 1024:.0f} KB ({time.perf_counter() - started:.1f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
