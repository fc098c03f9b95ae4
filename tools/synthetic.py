"""Large synthetic ClusterDesk projects for benchmarks.

    python tools/synthetic.py OUT.gpkg --stakeholders 100000 [--relations-per-stakeholder 0.2] [--seed 0]
                              [--overwrite]

or, from Python, `make_synthetic_project(path, n_stakeholders, seed=0)`.

Rows are generated column by column with numpy and written with one `executemany` per table straight into
the working copy of a new project; the RTree triggers are dropped for the load and the index is rebuilt in
one statement afterwards, which is far faster than maintaining it row by row. The same seed gives the same
content.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

import numpy as np
from shapely.geometry import MultiPolygon, box

from clusterdesk.core import geometry, gpkg
from clusterdesk.core.geometry import encode_points
from clusterdesk.core.project import Project

# Towns of the Ecuadorian highlands: the firms gather around them like a real regional registry would.
_CENTRES = np.array(
    [
        (-78.214, 0.332), (-78.130, 0.360), (-78.262, 0.234), (-78.264, 0.301), (-78.502, -0.213),
        (-78.620, -1.270), (-78.543, -1.330), (-78.610, -0.930), (-78.650, -1.670), (-78.460, -0.330),
    ]
)  # fmt: skip
_KIND_SHARES = {
    "enterprise": 0.80, "supplier": 0.08, "buyer": 0.04, "business_association": 0.01, "bds_provider": 0.02,
    "financial_institution": 0.02, "public_authority": 0.01, "training_institution": 0.01, "ngo_other": 0.01,
}  # fmt: skip
_RELATION_SHARES = {
    "supplies": 0.30, "buys_from": 0.25, "member_of": 0.15, "joint_action": 0.12, "advises": 0.08,
    "finances": 0.07, "other": 0.03,
}  # fmt: skip
_NAME_STARTS = np.array(
    ["Textiles", "Confecciones", "Hilados", "Tejidos", "Calzado", "Curtiembre", "Modas", "Creaciones",
     "Industrias", "Distribuidora", "Taller", "Comercial"]
)  # fmt: skip
_NAME_ENDS = np.array(
    ["Andino", "del Norte", "Imbabura", "La Esperanza", "San Luis", "El Sol", "Los Andes", "Santa Rosa",
     "Chimborazo", "Pichincha", "Del Valle", "Cotopaxi", "Atuntaqui", "Ambato"]
)  # fmt: skip
_PRODUCTS = np.array(
    ["camisetas", "chompas", "ropa deportiva", "jeans", "ropa interior", "calzado de cuero", "botas",
     "hilo", "tela de punto", "bordados"]
)  # fmt: skip
_LEGAL_FORMS = np.array(["persona natural", "S.A.", "Cía. Ltda.", "cooperativa", "S.A.S."])
_ADMIN_AREAS = np.array(
    ["Antonio Ante", "Ibarra", "Otavalo", "Cotacachi", "Quito", "Ambato", "Pelileo", "Latacunga",
     "Riobamba", "Rumiñahui"]
)  # fmt: skip
_TIMESTAMP = "2024-01-15T09:00:00.000Z"  # fixed so that the same seed gives the same bytes
_LOCATED_SHARE = 0.98  # travelling traders and mobile workshops have no fixed location


def _choice(rng: np.random.Generator, shares: dict[str, float], size: int) -> np.ndarray:
    codes = np.array(list(shares))
    weights = np.array(list(shares.values()))
    return codes[rng.choice(len(codes), size=size, p=weights / weights.sum())]


def _uuids(rng: np.random.Generator, count: int) -> list[str]:
    """Version-4 UUIDs drawn from the seeded generator, so they repeat from run to run."""
    raw = rng.integers(0, 256, size=(count, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    return [str(uuid.UUID(bytes=row.tobytes())) for row in raw]


def _stakeholder_rows(rng: np.random.Generator, count: int):
    centre = rng.integers(0, len(_CENTRES), size=count)
    spread = rng.uniform(0.01, 0.06, size=count)
    lon = _CENTRES[centre, 0] + rng.normal(0, 1, count) * spread
    lat = _CENTRES[centre, 1] + rng.normal(0, 1, count) * spread
    unlocated = rng.random(count) > _LOCATED_SHARE
    lon[unlocated] = np.nan
    lat[unlocated] = np.nan
    geoms = encode_points(lon, lat)
    kinds = _choice(rng, _KIND_SHARES, count)
    employees = np.maximum(1, rng.lognormal(2.0, 1.0, count)).astype(np.int64)
    women = (employees * rng.uniform(0.2, 0.9, count)).astype(np.int64)
    founded = rng.integers(1960, 2024, count)
    names = np.char.add(
        np.char.add(_NAME_STARTS[rng.integers(0, len(_NAME_STARTS), count)], " "),
        _NAME_ENDS[rng.integers(0, len(_NAME_ENDS), count)],
    )
    numbered = [f"{name} {i}" for i, name in enumerate(names.tolist(), start=1)]
    products = _PRODUCTS[rng.integers(0, len(_PRODUCTS), count)].tolist()
    legal = _LEGAL_FORMS[rng.integers(0, len(_LEGAL_FORMS), count)].tolist()
    admin = _ADMIN_AREAS[centre].tolist()
    phones = [f"+593 6 2{n:06d}" for n in rng.integers(0, 1_000_000, count).tolist()]
    uuids = _uuids(rng, count)
    fids = range(1, count + 1)
    emails = [f"firma{fid}@registro.example" for fid in fids]
    rows = zip(
        fids, geoms, uuids, numbered, kinds.tolist(), admin, products, employees.tolist(), women.tolist(),
        founded.tolist(), legal, phones, emails, strict=True,
    )  # fmt: skip
    return rows, lon, lat


def _line_blobs(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> list[bytes]:
    """GeoPackage blobs of two-point lines (with envelope), built in one numpy buffer."""
    count = len(x0)
    layout = [
        ("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("envelope", "<f8", 4),
        ("order", "u1"), ("type", "<u4"), ("points", "<u4"), ("coords", "<f8", 4),
    ]  # fmt: skip
    buffer = np.zeros(count, dtype=layout)
    buffer["magic"] = b"GP"
    buffer["flags"] = 0x01 | 0x02  # little endian, XY envelope
    buffer["srs"] = 4326
    buffer["envelope"] = np.column_stack(
        [np.minimum(x0, x1), np.maximum(x0, x1), np.minimum(y0, y1), np.maximum(y0, y1)]
    )
    buffer["order"] = 1
    buffer["type"] = 2  # LineString
    buffer["points"] = 2
    buffer["coords"] = np.column_stack([x0, y0, x1, y1])
    raw = buffer.tobytes()
    size = buffer.dtype.itemsize
    return [raw[i * size : (i + 1) * size] for i in range(count)]


def _relation_rows(rng: np.random.Generator, lon: np.ndarray, lat: np.ndarray, count: int):
    n = len(lon)
    source = rng.integers(0, n, count)
    # Ties are mostly local: the target is a nearby fid, which in this layout is often the same town
    target = (source + rng.integers(1, 200, count)) % n
    keep = source != target
    source, target = source[keep], target[keep]
    located = ~np.isnan(lon[source]) & ~np.isnan(lon[target])
    lines = _line_blobs(lon[source], lat[source], lon[target], lat[target])
    geoms = [line if ok else None for line, ok in zip(lines, located.tolist(), strict=True)]
    kinds = _choice(rng, _RELATION_SHARES, len(source)).tolist()
    strength = rng.integers(1, 6, len(source)).tolist()
    rounds = np.where(rng.random(len(source)) < 0.7, "baseline", "follow_up_1").tolist()
    uuids = _uuids(rng, len(source))
    return zip(
        range(1, len(source) + 1), geoms, uuids, (source + 1).tolist(), (target + 1).tolist(), kinds,
        strength, rounds, strict=True,
    )  # fmt: skip


def make_synthetic_project(
    path: str | Path, n_stakeholders: int, seed: int = 0, relations_per_stakeholder: float = 0.2
) -> Path:
    """Write a project with `n_stakeholders` stakeholders and about `relations_per_stakeholder` times as
    many relations to `path` (replacing a file already there) and return its path."""
    if n_stakeholders < 2:
        raise ValueError("a synthetic project needs at least 2 stakeholders")
    path = Path(path).expanduser().absolute()
    path.unlink(missing_ok=True)
    rng = np.random.default_rng(seed)
    project = Project.new(
        None, f"Synthetic cluster ({n_stakeholders:,} stakeholders)", country="EC", sector_code="1410",
        sector_label="Manufacture of wearing apparel", currency="USD", language="es", uuid=_uuids(rng, 1)[0],
    )  # fmt: skip
    try:
        connection = project.connection
        connection.commit()
        for table in ("stakeholders", "relations"):
            gpkg.drop_rtree_triggers(connection, table, "geom")
        rows, lon, lat = _stakeholder_rows(rng, n_stakeholders)
        connection.executemany(
            "INSERT INTO stakeholders (fid, geom, uuid, name, kind, admin_area, products, employees,"
            " women_employees, year_founded, legal_form, phone, email, sector_code, created_at, modified_at)"
            f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '1410', '{_TIMESTAMP}', '{_TIMESTAMP}')",
            rows,
        )
        connection.executemany(
            "INSERT INTO relations (fid, geom, uuid, source_id, target_id, kind, strength, survey_round,"
            " directed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            _relation_rows(rng, lon, lat, int(n_stakeholders * relations_per_stakeholder)),
        )
        for table in ("stakeholders", "relations"):
            gpkg.restore_rtree_triggers(connection, table, "geom")
        connection.commit()
        project.save(path)
    finally:
        project.close()
    path.with_name(path.name + ".bak").unlink(missing_ok=True)
    return path


def make_results_project(
    path: str | Path,
    indicators: int = 500,
    periods: int = 40,
    categories: int = 5,
    n_stakeholders: int = 2_000,
    seed: int = 0,
) -> Path:
    """A synthetic project with a result chain of one impact, 10 outcomes and 50 outputs carrying
    `indicators` indicators, each with quarterly targets and actuals over `periods` quarters from 2016
    and its actuals broken down by area into `categories` categories (some actuals left out, as real
    monitoring has gaps)."""
    path = make_synthetic_project(path, n_stakeholders, seed=seed)
    rng = np.random.default_rng(seed + 1)
    project = Project.open(path)
    try:
        connection = project.connection
        results = [(1, None, "impact", "1", "Cluster firms grow through joint action")]
        for outcome in range(10):
            results.append((2 + outcome, 1, "outcome", f"1.{outcome + 1}", f"Outcome {outcome + 1}"))
        for output in range(50):
            parent = 2 + output // 5
            results.append(
                (
                    12 + output,
                    parent,
                    "output",
                    f"1.{output // 5 + 1}.{output % 5 + 1}",
                    f"Output {output + 1}",
                )
            )
        connection.executemany(
            "INSERT INTO results (fid, uuid, parent_id, position, level, code, statement)"
            " VALUES (?, ?, ?, 0, ?, ?, ?)",
            [
                (fid, str(uuid.UUID(int=fid)), parent, level, code, text)
                for fid, parent, level, code, text in results
            ],
        )
        indicator_rows, value_rows = [], []
        quarters = [f"{2016 + q // 4}-Q{q % 4 + 1}" for q in range(periods)]
        areas = [f"Area {n + 1}" for n in range(categories)]
        next_value = 1
        for fid in range(1, indicators + 1):
            # the impact and each outcome get one indicator, the outputs share the rest
            slot = fid - 1 if fid <= 11 else 11 + (fid - 12) * 50 // max(1, indicators - 11)
            result = results[min(len(results) - 1, slot)]
            baseline = float(rng.integers(10, 100))
            indicator_rows.append((fid, str(uuid.UUID(int=10**9 + fid)), result[0], f"{result[3]}-{fid}",
                                   f"Indicator {fid}", baseline, "area"))  # fmt: skip
            growth = rng.uniform(0.5, 3.0)
            for index, quarter in enumerate(quarters):
                target = baseline + growth * (index + 1)
                value_rows.append((next_value, fid, quarter, "target", "", "", target))
                next_value += 1
                if rng.random() < 0.1:
                    continue  # not reported
                actual = target * rng.uniform(0.5, 1.1)
                value_rows.append((next_value, fid, quarter, "actual", "", "", actual))
                next_value += 1
                for area in areas:
                    value_rows.append((next_value, fid, quarter, "actual", "area", area, actual / categories))
                    next_value += 1
        connection.executemany(
            "INSERT INTO result_indicators (fid, uuid, result_id, position, code, name, unit, direction,"
            " baseline_value, baseline_date, disaggregations) VALUES (?, ?, ?, 0, ?, ?, 'number', 'increase',"
            " ?, '2015-12-31', ?)",
            indicator_rows,
        )
        connection.executemany(
            "INSERT INTO indicator_values (fid, uuid, indicator_id, period, kind, dimension, category, value)"
            " VALUES (?, lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?)",
            value_rows,
        )
        connection.execute(
            "UPDATE project_info SET reporting_frequency = 'quarter', start_date = '2016-01-01',"
            " agency_name = 'Regional development agency'"
        )
        connection.commit()
        project.stack.set_dirty()
        project.save(path)
    finally:
        project.close()
    path.with_name(path.name + ".bak").unlink(missing_ok=True)
    return path


def add_selection_study(
    path: str | Path, areas: int = 2_000, sectors: int = 400, candidates: int = 400, seed: int = 0
) -> Path:
    """Add a selection study to the project at `path`: a grid of `areas` square areas over the highlands the
    stakeholders lie in, employment of two years (2015, 2020) for every area and each of the first
    `sectors` ISIC classes, an area TOTAL row, and `candidates` candidate clusters (a class in one to three
    neighbouring areas) with hand scores. Saved in place."""
    from clusterdesk.core import isic
    from clusterdesk.core import selection_edits as edits

    rng = np.random.default_rng(seed)
    codes = [e.code for e in isic.entries() if e.level == "class"][:sectors]
    columns = int(np.ceil(np.sqrt(areas * 1.25)))
    with Project.open(path) as project:
        project.stack.push(edits.create_study(project, "Synthetic mapping", year=2020, base_year=2015))
        connection = project.connection
        connection.commit()
        gpkg.drop_rtree_triggers(connection, "selection_areas", "geom")
        width, height = 3.0 / columns, 2.4 / int(np.ceil(areas / columns))
        area_rows = []
        area_uuids = _uuids(rng, areas)
        for i in range(areas):
            x0, y0 = -80.0 + (i % columns) * width, -1.9 + (i // columns) * height
            shape = MultiPolygon([box(x0, y0, x0 + width, y0 + height)])
            area_rows.append((i + 1, geometry.encode(shape), area_uuids[i], f"A{i:04d}", f"Area {i}"))
        connection.executemany(
            "INSERT INTO selection_areas (fid, geom, uuid, code, name) VALUES (?, ?, ?, ?, ?)", area_rows
        )
        gpkg.restore_rtree_triggers(connection, "selection_areas", "geom")
        base = rng.lognormal(3.0, 1.5, size=(areas, sectors)).round()
        later = (base * rng.lognormal(0.05, 0.2, size=base.shape)).round()
        uuids = iter(_uuids(rng, 2 * areas * (sectors + 1)))
        statistics = [
            (f"A{a:04d}", code, year, float(value), next(uuids))
            for year, values in ((2015, base), (2020, later))
            for a in range(areas)
            for code, value in zip([*codes, "TOTAL"], [*values[a], values[a].sum()], strict=True)
        ]
        connection.executemany(
            "INSERT INTO selection_statistics (area_code, sector_code, year, measure, value, uuid)"
            " VALUES (?, ?, ?, 'employment', ?, ?)",
            statistics,
        )
        connection.commit()
        chosen_rows, area_rows = [], []
        for c in range(candidates):
            first = int(rng.integers(areas))
            sector = codes[int(rng.integers(len(codes)))]
            chosen_rows.append(
                {"fid": c + 1, "code": f"C{c:03d}", "name": f"Candidate {c}", "sector_code": sector}
            )
            area_rows += [
                {"candidate_id": c + 1, "area_code": f"A{(first + k) % areas:04d}"}
                for k in range(int(rng.integers(1, 4)))
            ]
        rows = {"selection_candidates": chosen_rows, "selection_candidate_areas": area_rows}
        project.stack.push(edits.import_rows(project, rows, "Candidates"))
        criteria = {key: fid for fid, key in connection.execute("SELECT fid, key FROM selection_criteria")}
        scores = [
            {"candidate_id": c + 1, "criterion_id": criteria[key], "value": float(rng.integers(0, 6))}
            for c in range(candidates)
            for key in ("institutions", "joint_action", "policy_priority")
        ]
        project.stack.push(edits.import_rows(project, {"selection_scores": scores}, "Scores"))
        project.save()
    Path(path).with_name(Path(path).name + ".bak").unlink(missing_ok=True)
    return Path(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a large synthetic ClusterDesk project.")
    parser.add_argument("output", type=Path, help="project file to write")
    parser.add_argument("--stakeholders", type=int, default=100_000)
    parser.add_argument("--relations-per-stakeholder", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--overwrite", action="store_true", help="replace the output file if it exists")
    args = parser.parse_args(argv)
    if args.stakeholders < 2:
        parser.error("--stakeholders must be at least 2")
    if args.relations_per_stakeholder < 0:
        parser.error("--relations-per-stakeholder cannot be negative")
    output = args.output.expanduser().absolute()
    if not output.parent.is_dir():
        parser.error(f"the folder {output.parent} does not exist")
    if output.is_dir():
        parser.error(f"{output} is a folder; give a file name such as {output / 'synthetic.gpkg'}")
    if output.exists() and not args.overwrite:
        parser.error(f"{output} exists; add --overwrite to replace it")
    started = time.perf_counter()
    path = make_synthetic_project(args.output, args.stakeholders, args.seed, args.relations_per_stakeholder)
    megabytes, seconds = path.stat().st_size / 1e6, time.perf_counter() - started
    print(f"{path}: {args.stakeholders:,} stakeholders, {megabytes:.1f} MB in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
