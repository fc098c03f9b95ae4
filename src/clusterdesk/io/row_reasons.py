"""What the importer says is wrong with a cell, in the messages language (`core.catalogue`).

The row checks, the coordinate parser and the swap check call these when they find a bad cell, so a
reason is written in the language current then; the import wizard and the command line show it as it is.
"""

from __future__ import annotations

from clusterdesk.core.catalogue import count_text, messages_language, tr


def name_required() -> str:
    return tr("row:name_required", "the name is required", messages_language())


def total_row() -> str:
    return tr("row:total", "a total or subtotal row, not a stakeholder; delete the row", messages_language())


def not_an_email() -> str:
    return tr("row:email", "not an e-mail address (expected name@example.org)", messages_language())


def unknown_kind(kinds: str) -> str:
    return tr(
        "row:kind", "unknown kind; use a code or label such as {kinds}", messages_language(), kinds=kinds
    )


def not_a_number() -> str:
    return tr("row:not_a_number", "not a number", messages_language())


def not_whole() -> str:
    return tr("row:not_whole", "must be a whole number", messages_language())


def negative() -> str:
    return tr("row:negative", "must not be negative", messages_language())


def year_range(low: int, high: int) -> str:
    return tr(
        "row:year_range",
        "year founded must be between {low} and {high}",
        messages_language(),
        low=low,
        high=high,
    )


def too_many_employees(limit: int) -> str:
    language = messages_language()
    return tr(
        "row:too_many_employees",
        "more than {limit} employees is not plausible",
        language,
        limit=count_text(limit, language),
    )


def women_above_employees(women: int, employees: int) -> str:
    return tr(
        "row:women_above_employees",
        "women employees ({women}) exceed employees ({employees})",
        messages_language(),
        women=women,
        employees=employees,
    )


def longitude_missing() -> str:
    return tr("row:lon_missing", "the longitude is missing while the latitude is given", messages_language())


def latitude_missing() -> str:
    return tr("row:lat_missing", "the latitude is missing while the longitude is given", messages_language())


def latitude_out_of_range(*, swapped: bool = False, projected: bool = False) -> str:
    language = messages_language()
    if swapped:
        return tr(
            "row:lat_range_swapped",
            "latitude must be between -90 and 90; latitude and longitude look swapped",
            language,
        )
    if projected:
        return tr(
            "row:lat_range_metres",
            "latitude must be between -90 and 90; this looks like projected coordinates in metres: "
            "export them as WGS84 (EPSG:4326) degrees",
            language,
        )
    return tr("row:lat_range", "latitude must be between -90 and 90", language)


def longitude_out_of_range(*, projected: bool = False) -> str:
    language = messages_language()
    if projected:
        return tr(
            "row:lon_range_metres",
            "longitude must be between -180 and 180; this looks like projected coordinates in metres: "
            "export them as WGS84 (EPSG:4326) degrees",
            language,
        )
    return tr("row:lon_range", "longitude must be between -180 and 180", language)


def zero_zero() -> str:
    return tr(
        "row:zero_zero",
        "0, 0 is in the open sea: probably a missing location written as zero; leave both cells empty",
        messages_language(),
    )


def custom_fields_json() -> str:
    return tr(
        "row:custom_json",
        "custom_fields must be a JSON object such as {example}",
        messages_language(),
        example='{"key": "value"}',
    )


def gender() -> str:
    return tr("row:gender", "gender must be female, male or other", messages_language())


# -- coordinates --------------------------------------------------------------------------------------
def not_a_coordinate(axis: str) -> str:
    """`axis`: 'lat' or 'lon'."""
    language = messages_language()
    if axis == "lat":
        return tr("row:not_latitude", "not a latitude", language)
    return tr("row:not_longitude", "not a longitude", language)


def coordinate_shapes(axis: str) -> str:
    language = messages_language()
    if axis == "lat":
        return tr(
            "row:latitude_shapes",
            "not a latitude: use decimal degrees (-0.3376) or degrees-minutes-seconds (0°20'15\"S)",
            language,
        )
    return tr(
        "row:longitude_shapes",
        "not a longitude: use decimal degrees (-0.3376) or degrees-minutes-seconds (0°20'15\"S)",
        language,
    )


def wrong_hemisphere(hemisphere: str, axis: str) -> str:
    """A hemisphere letter of the other axis: N or S in a longitude, E or W in a latitude."""
    language = messages_language()
    if axis == "lat":
        return tr(
            "row:hemisphere_of_longitude",
            "hemisphere {letter} belongs to a longitude, not a latitude",
            language,
            letter=hemisphere,
        )
    return tr(
        "row:hemisphere_of_latitude",
        "hemisphere {letter} belongs to a latitude, not a longitude",
        language,
        letter=hemisphere,
    )


def decimals_in_degrees() -> str:
    return tr(
        "row:dms_decimals",
        "only the last part of a degrees-minutes-seconds value may have decimals",
        messages_language(),
    )


def minutes_too_large() -> str:
    return tr("row:dms_sixty", "minutes and seconds must be below 60", messages_language())


def swapped_in_country(lat: float, lon: float, country: str) -> str:
    return tr(
        "row:swapped_country",
        "latitude and longitude look swapped: {lat}, {lon} lies outside {country}, the project's country, "
        "and {lon}, {lat} inside it; exchange the two values",
        messages_language(),
        lat=f"{lat:g}",
        lon=f"{lon:g}",
        country=country,
    )


def swapped_from_antarctica(lat: float, lon: float) -> str:
    return tr(
        "row:swapped_antarctica",
        "latitude {lat} lies in Antarctica; latitude and longitude look swapped (exchanged: {lon}, {lat}); "
        "exchange the two values",
        messages_language(),
        lat=f"{lat:g}",
        lon=f"{lon:g}",
    )


def in_antarctica(lat: float, *, may_be_swapped: bool) -> str:
    language = messages_language()
    if may_be_swapped:
        return tr(
            "row:antarctica_swapped",
            "latitude {lat} lies in Antarctica (south of 60°S); latitude and longitude may be swapped",
            language,
            lat=f"{lat:g}",
        )
    return tr(
        "row:antarctica",
        "latitude {lat} lies in Antarctica (south of 60°S); check the coordinates",
        language,
        lat=f"{lat:g}",
    )
