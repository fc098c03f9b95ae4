"""Import a generated CSV of stakeholders into a new project and save it; print the time of each step.

    python benchmarks/import_csv.py            # 100,000 rows
    python benchmarks/import_csv.py 1000000    # any other size

Target (issue 2): reading, checking, importing and saving 100,000 rows within 3 s.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def write_csv(path: Path, count: int, seed: int = 7) -> None:
    """A survey-like file: semicolon-separated, decimal commas, Spanish headers, cp1252."""
    rng = np.random.default_rng(seed)
    kinds = np.array(["Empresa", "Proveedor", "Comprador", "Banco", "enterprise", ""])
    lat = rng.uniform(0.25, 0.40, count)
    lon = rng.uniform(-78.30, -78.10, count)
    employees = rng.integers(1, 400, count)
    women = (employees * rng.uniform(0, 1, count)).astype(int)
    years = rng.integers(1950, 2024, count)
    lines = [
        "Razón social;Tipo;Latitud;Longitud;Empleados;Mujeres empleadas;Año de fundación;Teléfono;"
        "Correo electrónico"
    ]
    kind_index = rng.integers(0, len(kinds), count)
    for i in range(count):
        lines.append(
            f"Taller Atuntaqui {i};{kinds[kind_index[i]]};{lat[i]:.6f};{lon[i]:.6f};"
            f"{employees[i]};{women[i]};"
            f"{years[i]};+593 6 290 {i % 10000:04d};taller{i}@example.ec"
        )
    text = "\n".join(lines) + "\n"
    # decimal commas in the coordinates, as Excel writes them in Spanish locales
    text = text.replace(".", ",").replace("@example,ec", "@example.ec")
    path.write_bytes(text.encode("cp1252"))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-bench-"))
    os.environ.setdefault("CLUSTERDESK_DATA_DIR", str(folder / "userdata"))
    from clusterdesk.core.project import Project
    from clusterdesk.io.stakeholder_import import build_import_plan

    source = folder / "talleres.csv"
    started = time.perf_counter()
    write_csv(source, count)
    print(
        f"generated {count:,} rows ({source.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.2f} s"
    )
    project = Project.new(folder / "cluster.gpkg", "Benchmark cluster")

    begin = time.perf_counter()
    plan = build_import_plan(source, project)
    planned = time.perf_counter()
    project.stack.push(plan.command())
    imported = time.perf_counter()
    project.save()
    saved = time.perf_counter()

    print(f"read, map and check:  {planned - begin:6.2f} s  ({plan.describe_source()})")
    print(
        f"insert (one command): {imported - planned:6.2f} s  "
        f"({plan.valid_count:,} valid, {len(plan.problems)} problems)"
    )
    print(f"save:                 {saved - imported:6.2f} s")
    print(f"total:                {saved - begin:6.2f} s  (target at 100,000 rows: 3 s)")
    print(f"machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures scale with it)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory:          {peak:6.0f} MB")
    project.close()


if __name__ == "__main__":
    main()
