"""Exports: GDELT 2.0, ICEWS, PLOVER and Parquet, each read back."""

import dataclasses
import io
import re

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.exports import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    fips_code,
    numeric_id,
    read_gdelt,
    read_icews,
    read_plover,
    write_gdelt,
    write_icews,
    write_plover,
)
from eventwire.store import Store

from .conftest import DATA, needs_shared
from .test_groups import report
from .test_store import make_event

PLACED = dataclasses.replace(
    make_event("p1", "RUSMIL", "UKRGOV", "190", "2025-01-24"),
    quad_class=4,
    goldstein=-10.0,
    plover="FIGHT",
    place_name="Kharkiv",
    place_country="UKR",
    lat=49.9935,
    lon=36.2304,
    place_precision="city",
)
EVENTS = (
    PLACED,
    dataclasses.replace(PLACED, event_id="p2", sentence_index=7),  # same event
    dataclasses.replace(
        make_event("u1", "IGOUNO", "SDNGOV", "010", "2025-01-25"),
        source_country="UNO",
        source_role="",
    ),
    dataclasses.replace(
        make_event("d1", "PSEREBHMS", "ISR", "0841", "2025-01-19"),
        source_role="REB",
    ),
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "events.duckdb") as store:
        store.add(report("a", "text a", EVENTS, url="https://example.org/a"))
        again = (dataclasses.replace(PLACED, event_id="p3"),)
        store.add(report("b", "text b", again, source="Other Paper"))
        store.regroup()
        yield store


def gdelt(store):
    out = io.StringIO()
    assert write_gdelt(store.event_groups(), out) == 3
    text = out.getvalue()
    assert text.count("\n") == 3 and "\r" not in text
    return {row["GLOBALEVENTID"]: row for row in read_gdelt(io.StringIO(text))}


def test_gdelt_rows_have_61_columns_and_the_event_group_counts(store):
    rows = gdelt(store)
    row = rows[str(numeric_id("p1"))]
    assert len(row) == 61
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == (
        "20250124",
        "202501",
        "2025",
    )
    assert row["FractionDate"] == "2025.0658"
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUS",
        "MIL",
    )
    assert (row["Actor2Code"], row["Actor2Name"]) == ("UKRGOV", "VLADIMIR PUTIN")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == (
        "190",
        "190",
        "19",
    )
    assert (row["QuadClass"], row["GoldsteinScale"]) == ("4", "-10")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (
        "3",
        "2",
        "2",
    )
    assert row["IsRootEvent"] == "1"  # p1 is in the first sentence
    assert row["SOURCEURL"] == "https://example.org/a"
    assert re.fullmatch(r"\d{14}", row["DATEADDED"])


def test_gdelt_places_use_fips_codes_and_actors_cameo_codes(store):
    row = gdelt(store)[str(numeric_id("p1"))]
    assert row["ActionGeo_Type"] == "4"  # a city outside the United States
    assert row["ActionGeo_FullName"] == "Kharkiv, Ukraine"
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"]) == ("UP", "UP")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("49.9935", "36.2304")
    assert row["Actor1Geo_Type"] == row["Actor2Geo_Type"] == "0"


@pytest.mark.parametrize(
    ("event_id", "column", "expected"),
    [
        ("u1", "EventCode", "010"),  # leading zero kept: codes are strings
        ("u1", "EventRootCode", "01"),
        ("u1", "Actor1CountryCode", ""),  # the UN is no country
        ("u1", "Actor1KnownGroupCode", "UNO"),
        ("d1", "EventBaseCode", "084"),
        ("d1", "Actor1KnownGroupCode", "HMS"),
        ("d1", "Actor1Type1Code", "REB"),
        ("d1", "ActionGeo_Type", "0"),  # no place
    ],
)
def test_gdelt_codes_as_gdelt_writes_them(store, event_id, column, expected):
    assert gdelt(store)[str(numeric_id(event_id))][column] == expected


def published_gdelt_columns():
    text = (DATA / "formats" / "README.md").read_text(encoding="utf-8")
    section = text.split("## GDELT 2.0 events export")[1].split("Notes:")[0]
    section = section.split("\n", 1)[1]  # below the heading
    return re.findall(r"(\d+) ([A-Za-z0-9_]+)", section)


@needs_shared(DATA / "formats" / "README.md")
def test_gdelt_columns_match_the_published_list_column_by_column():
    published = published_gdelt_columns()
    assert [int(number) for number, _ in published] == list(range(1, 62))
    for position, (number, name) in enumerate(published):
        assert GDELT_COLUMNS[position] == name, f"column {number}"


def test_icews_round_trip(store):
    out = io.StringIO()
    assert write_icews(store.reports(), out) == 5
    assert out.getvalue().splitlines()[0].split("\t") == list(ICEWS_COLUMNS)
    rows = {row["Event ID"]: row for row in read_icews(io.StringIO(out.getvalue()))}
    row = rows[str(numeric_id("p2"))]
    assert (row["Event Date"], row["CAMEO Code"], row["Intensity"]) == (
        "2025-01-24",
        "190",
        "-10",
    )
    assert (row["Source Sectors"], row["Source Country"]) == (
        "Military",
        "Russian Federation",
    )
    assert (row["Target Sectors"], row["Target Country"]) == ("Government", "Ukraine")
    assert (row["Story ID"], row["Sentence Number"], row["Publisher"]) == (
        "a",
        "8",
        "Example Wire",
    )
    assert (row["City"], row["Country"], row["Latitude"]) == (
        "Kharkiv",
        "Ukraine",
        "49.9935",
    )
    assert rows[str(numeric_id("u1"))]["Source Country"] == ""


def test_plover_round_trip(store):
    out = io.StringIO()
    assert write_plover(store.event_groups(), out) == 3
    records = {r["id"]: r for r in read_plover(io.StringIO(out.getvalue()))}
    record = records["eventwire-p1"]
    assert (record["date"], record["event"], record["quad_code"]) == (
        "2025-01-24",
        ["FIGHT"],
        4,
    )
    assert record["actor"][0]["code"] == "RUS" and record["actor"][0]["sector"] == "MIL"
    assert record["recipient"][0]["entity_text"] == "Putin"
    assert record["event_loc"]["name"] == "Kharkiv"
    assert (record["num_mentions"], record["cite_info"]["url"]) == (
        3,
        "https://example.org/a",
    )
    assert records["eventwire-u1"]["actor"][0]["code"] == "IGOUNO"


def test_parquet_round_trip_partitioned_by_year_and_month(store, tmp_path):
    folder = tmp_path / "parquet"
    assert store.export_parquet(folder) == 5
    assert sorted(p.name for p in (folder / "year=2025").iterdir()) == ["month=1"]
    with duckdb.connect() as con:
        files = f"{folder}/**/*.parquet"
        rows = con.execute(
            f"SELECT * FROM read_parquet('{files}', hive_partitioning=true)"
            " ORDER BY event_id"
        )
        names = [d[0] for d in rows.description]
        found = [dict(zip(names, row, strict=True)) for row in rows.fetchall()]
    assert [r["event_id"] for r in found] == ["d1", "p1", "p2", "p3", "u1"]
    back = {r["event_id"]: r for r in found}
    for event in store.events():
        assert {k: back[event.event_id][k] for k in event.to_dict()} == event.to_dict()
    assert back["p2"]["group_id"] == "p1" and back["p2"]["num_mentions"] == 3


@pytest.mark.parametrize(
    ("iso3", "place", "fips"),
    [
        ("DEU", "", "GM"),
        ("GBR", "", "UK"),
        ("RUS", "", "RS"),
        ("CHN", "", "CH"),
        ("UKR", "", "UP"),
        ("USA", "", "US"),
        ("ISR", "", "IS"),
        ("XKX", "", "KV"),
        ("PSE", "Ramallah", "WE"),
        ("PSE", "Gaza City", "GZ"),
        ("UNO", "", ""),
    ],
)
def test_fips_codes(iso3, place, fips):
    assert fips_code(iso3, place) == fips


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("gdelt", lambda text: len(text.splitlines()[0].split("\t")) == 61),
        ("icews", lambda text: text.startswith("Event ID\tEvent Date")),
        ("plover", lambda text: text.startswith('{"id": "eventwire-')),
    ],
)
def test_cli_export_writes_each_format(store, tmp_path, fmt, check):
    db = store.path
    store.close()
    output = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(
        main,
        ["export", "--db", db, "--format", fmt, "-o", str(output), "--actor", "RUS"],
    )
    assert result.exit_code == 0, result.output
    assert check(output.read_text(encoding="utf-8"))


def test_cli_export_parquet_needs_a_folder(store, tmp_path):
    db = store.path
    store.close()
    result = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "pq")]
    )
    assert result.exit_code == 0 and "5 mentions (parquet)" in result.stderr
    refused = CliRunner().invoke(
        main, ["export", "--db", db, "--format", "parquet", "-o", "-"]
    )
    assert refused.exit_code == 1 and "parquet needs a folder" in refused.stderr
