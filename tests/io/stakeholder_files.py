"""Small input files for the stakeholder import tests, written into the test's tmp_path."""

from __future__ import annotations

from pathlib import Path

import geopandas
from shapely.geometry import Point

SPANISH_ROWS = [
    ["Razón social", "Tipo", "Latitud", "Longitud", "Empleados", "Mujeres empleadas", "Correo electrónico"],
    ["Textiles Imbabura", "Empresa", "0,3345", "-78,2201", "40", "31", "info@imbabura.ec"],
    ["Hilados del Norte", "Proveedor", "0,3512", "-78,1302", "12", "3", ""],
    ["Confecciones Anita", "", "0,3370", "-78,2150", "7", "7", "anita@correo.ec"],
]


def write_text_table(
    path: Path, rows: list[list[str]], *, delimiter: str = ";", encoding: str = "utf-8"
) -> Path:
    lines = [delimiter.join(_quoted(cell, delimiter) for cell in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    if delimiter in cell or '"' in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def firms_frame(crs: str = "EPSG:4326") -> geopandas.GeoDataFrame:
    frame = geopandas.GeoDataFrame(
        {
            "nom": ["Coopérative Ségou", "Atelier Mopti", "Banque Régionale"],
            "type": ["Entreprise", "Fournisseur", "Banque"],
            "effectif": [25, 8, 40],
        },
        geometry=[Point(-6.2649, 13.4317), Point(-4.1970, 14.4843), Point(-6.2700, 13.4400)],
        crs="EPSG:4326",
    )
    return frame.to_crs(crs)
