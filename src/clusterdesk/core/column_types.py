"""SQLAlchemy column types that write GeoPackage-conformant declared types and values."""

from __future__ import annotations

import datetime as dt

from shapely.geometry.base import BaseGeometry
from sqlalchemy.types import UserDefinedType

from clusterdesk.core import geometry


class Geometry(UserDefinedType):
    """A GeoPackage geometry column holding shapely geometries."""

    cache_ok = True

    def __init__(self, geometry_type: str = "GEOMETRY"):
        self.geometry_type = geometry_type.upper()

    def get_col_spec(self, **kw) -> str:
        return self.geometry_type

    def bind_processor(self, dialect):
        def process(value: BaseGeometry | bytes | None):
            if value is None or isinstance(value, (bytes, bytearray, memoryview)):
                return value
            return geometry.encode(value)

        return process

    def result_processor(self, dialect, coltype):
        return geometry.decode


class Date(UserDefinedType):
    """DATE as 'YYYY-MM-DD' text, as the GeoPackage standard asks."""

    cache_ok = True

    def get_col_spec(self, **kw) -> str:
        return "DATE"

    def bind_processor(self, dialect):
        def process(value: dt.date | None):
            return None if value is None else value.isoformat()

        return process

    def result_processor(self, dialect, coltype):
        def process(value: str | None):
            return None if value is None else dt.date.fromisoformat(value[:10])

        return process


def format_datetime(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_datetime(value: str) -> dt.datetime:
    """Parse a stored DATETIME; a value without a zone (as QGIS writes them) is taken as UTC."""
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.timezone.utc)


class DateTime(UserDefinedType):
    """DATETIME as 'YYYY-MM-DDTHH:MM:SS.sssZ' (UTC), as the GeoPackage standard asks."""

    cache_ok = True

    def get_col_spec(self, **kw) -> str:
        return "DATETIME"

    def bind_processor(self, dialect):
        def process(value: dt.datetime | None):
            return None if value is None else format_datetime(value)

        return process

    def result_processor(self, dialect, coltype):
        def process(value: str | None):
            return None if value is None else parse_datetime(value)

        return process


def utc_now() -> dt.datetime:
    now = dt.datetime.now(dt.timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)
