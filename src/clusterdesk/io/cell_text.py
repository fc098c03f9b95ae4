"""Turning cell values from spreadsheets and GIS attribute tables into the text the importer parses."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd


def cell_text(value: object) -> str:
    """'' for empty cells, whole numbers without '.0', dates as ISO text."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool | np.bool_):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return ""
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    if isinstance(value, dt.datetime | pd.Timestamp):
        if pd.isna(value):
            return ""
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value).strip()


def column_text(series: pd.Series) -> pd.Series:
    """A column of any dtype as text cells, vectorised for the common dtypes of GIS attribute tables."""
    dtype = series.dtype
    if pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_extension_array_dtype(dtype):
        return series.astype(str).astype(object)
    if pd.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype=float)
        finite = np.isfinite(values)
        if np.all(np.floor(values[finite]) == values[finite]) and np.all(np.abs(values[finite]) < 1e15):
            text = np.where(finite, np.nan_to_num(values).astype(np.int64).astype(str), "")
            return pd.Series(text, index=series.index, dtype=object)
    if series.dtype == object and series.map(lambda v: isinstance(v, str)).all():
        return series.str.strip()
    return series.map(cell_text).astype(object)
