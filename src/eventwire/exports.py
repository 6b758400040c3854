"""Events in the formats analysts already read: GDELT 2.0, ICEWS and PLOVER.

- GDELT 2.0 event export: one line per **event** (an event group, counted once
  with ``NumMentions``, ``NumSources`` and ``NumArticles``), the 61 tab-separated
  columns of the GDELT Event Codebook V2.0 in their order, no header. CAMEO codes
  are strings with their leading zeros ("010"); actor country codes are the
  three-letter CAMEO/ISO codes and place country codes two-letter FIPS 10-4, as
  GDELT writes them.
- ICEWS coded events: one line per **mention** (ICEWS codes each story's
  sentence), its 20 tab-separated columns under their header.
- PLOVER: one JSON object a line per event, in the data-exchange format of the
  PLOVER manual (``id``, ``date``, ``actor``, ``recipient``, ``event``, ...).

Parquet (every mention, partitioned by year and month) is written by the store
itself: :meth:`eventwire.store.Store.export_parquet`.

Notes:
    Columns left empty are those eventwire does not code: actor ethnicity and
    religion, actor locations, GDELT's document tone (``AvgTone``), ADM2 codes and
    GNS feature ids of places below country level.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any, TextIO

from .analytics import country_name
from .models import Event, EventGroup, Report

__all__ = [
    "GDELT_COLUMNS",
    "ICEWS_COLUMNS",
    "fips_code",
    "gdelt_row",
    "numeric_id",
    "read_gdelt",
    "read_icews",
    "read_plover",
    "write_gdelt",
    "write_icews",
    "write_plover",
]

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The GDELT 2.0 event table's columns, in file order (GDELT Event Codebook V2.0)."""

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
    "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
    "Target Country", "Story ID", "Sentence Number", "Publisher", "City",
    "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
"""The ICEWS coded-event columns, in file order, as in its files' header."""

# CAMEO role codes to the sector names ICEWS writes.
_SECTORS = {
    "GOV": "Government",
    "MIL": "Military",
    "COP": "Police",
    "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary",
    "OPP": "Opposition",
    "REB": "Rebel",
    "INS": "Insurgents",
    "UAF": "Unidentified Forces",
    "SPY": "Intelligence",
    "CVL": "Civilian",
    "BUS": "Business",
    "MED": "Media",
    "EDU": "Education",
    "REL": "Religious",
    "NGO": "Nongovernmental Organization",
    "ELI": "Elite",
    "HLH": "Health",
    "HRI": "Human Rights",
    "LAB": "Labor",
    "REF": "Refugees",
    "AGR": "Agriculture",
    "CRM": "Criminal",
    "PTY": "Parties",
}
# eventwire's place precision to GDELT's Geo_Type, abroad and in the United States.
_GEO_TYPES = {"country": (1, 1), "region": (5, 2), "city": (4, 3)}
_IGO = "IGO"


def numeric_id(text: str) -> int:
    """A stable positive 60-bit integer for an id (GDELT and ICEWS ids are numbers)."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:15], 16)


def fips_code(iso3: str, place: str = "") -> str:
    """The FIPS 10-4 code of an ISO alpha-3 country code; "" if it has none.

    Palestine is the West Bank (WE) unless the place is in the Gaza Strip (GZ).
    """
    if iso3 == "PSE" and "gaza" in place.lower():
        return "GZ"
    return _fips_table().get(iso3, "")


def gdelt_row(group: EventGroup) -> list[str]:
    """The 61 GDELT 2.0 fields of one event group, as text."""
    event = group.event
    day = _day(event.date)
    if day is None:  # GDELT has no row for an event without a day
        sql_date = month_year = year = fraction = ""
    else:
        sql_date, month_year = day.strftime("%Y%m%d"), day.strftime("%Y%m")
        year = str(day.year)
        fraction = f"{day.year + day.timetuple().tm_yday / 365:.4f}"
    added = group.added.strftime("%Y%m%d%H%M%S") if group.added else ""
    return [
        str(numeric_id(group.group_id)),
        sql_date,
        month_year,
        year,
        fraction,
        *_gdelt_actor(event.source_code, event.source_name, event.source_country,
                      event.source_role),
        *_gdelt_actor(event.target_code, event.target_name, event.target_country,
                      event.target_role),
        "1" if group.is_root else "0",
        event.cameo,
        event.cameo[:3],
        event.root_code,
        str(event.quad_class),
        _number(event.goldstein),
        str(group.num_mentions),
        str(group.num_sources),
        str(group.num_articles),
        "",  # AvgTone: eventwire scores no tone
        *_gdelt_geo("", "", "", None, None),  # Actor1Geo: not coded
        *_gdelt_geo("", "", "", None, None),  # Actor2Geo: not coded
        *_gdelt_geo(event.place_name, event.place_country, event.place_precision,
                    event.lat, event.lon),
        added,
        group.url,
    ]  # fmt: skip


def write_gdelt(groups: Iterable[EventGroup], out: TextIO) -> int:
    """Write GDELT 2.0 event lines (tab-separated, no header); how many."""
    count = 0
    for group in groups:
        out.write("\t".join(_clean(field) for field in gdelt_row(group)) + "\n")
        count += 1
    return count


def read_gdelt(stream: TextIO) -> list[dict[str, str]]:
    """Rows of a GDELT 2.0 event file, keyed by column name.

    Raises:
        ValueError: A line does not have the 61 columns.
    """
    rows = []
    for number, line in enumerate(stream, start=1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != len(GDELT_COLUMNS):
            raise ValueError(
                f"line {number} has {len(fields)} columns, not {len(GDELT_COLUMNS)}"
            )
        rows.append(dict(zip(GDELT_COLUMNS, fields, strict=True)))
    return rows


def write_icews(reports: Iterable[Report], out: TextIO) -> int:
    """Write ICEWS coded-event lines under their header; how many."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(ICEWS_COLUMNS)
    count = 0
    for report in reports:
        writer.writerow(_clean(field) for field in _icews_row(report))
        count += 1
    return count


def read_icews(stream: TextIO) -> list[dict[str, str]]:
    """Rows of an ICEWS coded-event file, keyed by its header."""
    return list(csv.DictReader(stream, delimiter="\t"))


def write_plover(groups: Iterable[EventGroup], out: TextIO) -> int:
    """Write PLOVER records, one JSON object a line; how many."""
    count = 0
    for group in groups:
        out.write(json.dumps(_plover_record(group), ensure_ascii=False) + "\n")
        count += 1
    return count


def read_plover(stream: TextIO) -> list[dict[str, Any]]:
    """The records of a PLOVER JSON Lines file."""
    return [json.loads(line) for line in stream if line.strip()]


def _gdelt_actor(code: str, name: str, country: str, role: str) -> list[str]:
    """Code, name, country, known group, ethnic, 2 religions, 3 type codes."""
    if not code:
        return [""] * 10
    known_group = ""
    if code.startswith(_IGO):
        # IGOs are no country: GDELT names the organisation as a known group.
        known_group, country = country, ""
    else:
        rest = code[len(country) :].removeprefix(role)
        if len(rest) == 3:  # PSEREBHMS: a named group after country and role
            known_group = rest
    return [code, name.upper(), country, known_group, "", "", "", role, "", ""]


def _gdelt_geo(
    place: str, country: str, precision: str, lat: float | None, lon: float | None
) -> list[str]:
    """Type, full name, country, ADM1, ADM2, lat, long, feature id."""
    if not country or not precision:
        return ["0", "", "", "", "", "", "", ""]
    fips = fips_code(country, place)
    abroad, at_home = _GEO_TYPES.get(precision, (1, 1))
    geo_type = at_home if country == "USA" else abroad
    name = country_name(country) or place
    full_name = name if precision == "country" else f"{place}, {name}"
    feature = fips if precision == "country" else ""
    return [
        str(geo_type),
        full_name,
        fips,
        fips,  # the country's own code where the province is not known
        "",
        "" if lat is None else f"{lat:.4f}",
        "" if lon is None else f"{lon:.4f}",
        feature,
    ]


def _icews_row(report: Report) -> list[str]:
    event = report.event
    day = _day(event.date)
    city = event.place_name if event.place_precision == "city" else ""
    province = event.place_name if event.place_precision == "region" else ""
    return [
        str(numeric_id(event.event_id)),
        day.isoformat() if day else "",
        event.source_name or event.source_text,
        _SECTORS.get(event.source_role, ""),
        _icews_country(event.source_code, event.source_country),
        event.event_label,
        event.cameo,
        _number(event.goldstein),
        event.target_name or event.target_text,
        _SECTORS.get(event.target_role, ""),
        _icews_country(event.target_code, event.target_country),
        event.article_id,
        str(event.sentence_index + 1),
        report.publisher,
        city,
        "",  # district: not coded
        province,
        country_name(event.place_country) if event.place_country else "",
        "" if event.lat is None else f"{event.lat:.4f}",
        "" if event.lon is None else f"{event.lon:.4f}",
    ]


def _icews_country(code: str, country: str) -> str:
    if not code or code.startswith(_IGO):
        return ""
    return country_name(country)


def _plover_record(group: EventGroup) -> dict[str, Any]:
    event = group.event
    record: dict[str, Any] = {
        "id": f"eventwire-{group.group_id}",
        "date": event.date,
        "actor": [_plover_entity(event, "source")],
        "recipient": [_plover_entity(event, "target")] if event.target_code else [],
        "event": [event.plover] if event.plover else [],
        "event_text": [event.trigger],
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "text": event.sentence,
        "text_info": {
            "sequence": event.sentence_index,
            "start": event.trigger_start,
            "end": event.trigger_end,
        },
        "cite_info": {"url": group.url},
        "coder": "eventwire",
        "coded_date": group.added.date().isoformat() if group.added else None,
        # Fields beyond the manual's, which it invites providers to add:
        "cameo": event.cameo,
        "modality": event.modality,
        "date_precision": event.date_precision,
        "num_mentions": group.num_mentions,
        "num_articles": group.num_articles,
        "num_sources": group.num_sources,
        "rule": event.rule,
    }
    if event.place_country:
        record["event_loc"] = {
            "name": event.place_name,
            "country": event.place_country,
            "lat": event.lat,
            "lon": event.lon,
            "precision": event.place_precision,
        }
    return record


def _plover_entity(event: Event, side: str) -> dict[str, Any]:
    code = getattr(event, f"{side}_code")
    country = getattr(event, f"{side}_country")
    return {
        "code": country if not code.startswith(_IGO) else code,
        "sector": getattr(event, f"{side}_role"),
        "entity_text": getattr(event, f"{side}_text"),
        "identifier_text": getattr(event, f"{side}_name"),
        "cameo_code": code,
    }


def _day(date: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10]) if len(date) >= 10 else None
    except ValueError:
        return None


def _number(value: float) -> str:
    return f"{value:g}"


def _clean(field: str) -> str:
    """No tab or line break inside a field of a tab-separated line."""
    return " ".join(str(field).split()) if any(c in field for c in "\t\r\n") else field


@functools.cache
def _fips_table() -> dict[str, str]:
    text = resources.files("eventwire").joinpath("data/geo/fips.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            iso3, fips, _name = line.split("\t")
            table[iso3] = fips
    return table
