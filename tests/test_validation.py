"""`core.validation` uses what GDAL's GeoPackage validator finds, and never stops on a file the validator
itself cannot get through."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from clusterdesk.core.validation import run_gdal_validator, validate_file
from conftest import SAMPLES


@pytest.fixture
def sample_copy(tmp_path):
    path = tmp_path / "ambato.gpkg"
    shutil.copy(SAMPLES / "ambato_footwear.gpkg", path)
    return path


def _edit(path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_gdal_rejects_a_bogus_data_type(sample_copy):
    _edit(
        sample_copy, "UPDATE gpkg_contents SET data_type = 'bogus_type' WHERE table_name = 'contact_persons'"
    )
    errors = run_gdal_validator(sample_copy)
    assert errors and any("bogus_type" in error for error in errors), errors


def test_what_only_gdal_finds_fails_validation(sample_copy):
    _edit(sample_copy, "UPDATE gpkg_extensions SET scope = 'bogus' WHERE table_name = 'stakeholders'")
    report = validate_file(sample_copy)
    assert report.gdal_validator_ran
    assert not report.ok
    assert report.errors and all(e.startswith("GeoPackage validator: ") for e in report.errors), report.errors
    assert any("invalid scope bogus" in error for error in report.errors), report.errors


def test_a_file_the_gdal_validator_cannot_get_through_is_reported(sample_copy):
    _edit(sample_copy, "DROP TABLE relations")  # still registered: GDAL's validator stops with IndexError
    report = validate_file(sample_copy)
    assert "table relations is missing" in report.errors
    assert any(e.startswith("GeoPackage validator: the validator could not finish") for e in report.errors)

