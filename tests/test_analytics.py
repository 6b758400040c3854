"""Dyad series and top actors, from the library and the command line."""

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner

from eventwire.analytics import dyad_series, period_starts, top_actors
from eventwire.cli import main
from eventwire.store import Store

from .test_groups import report
from .test_store import make_event

# (id, source, target, CAMEO, date); quad classes and Goldstein from the codebook.
EVENTS = (
    ("e1", "USAGOV", "RUSGOV", "040", "2025-01-06", 1, 1.0),
    ("e2", "USAGOV", "RUSGOV", "111", "2025-01-08", 3, -2.0),
    ("e3", "USAMIL", "RUSMIL", "190", "2025-01-21", 4, -10.0),
    ("e4", "RUSGOV", "USAGOV", "051", "2025-01-07", 1, 3.4),
    ("e5", "CHNGOV", "RUSGOV", "057", "2025-01-07", 2, 8.0),
    ("e6", "USAGOV", "RUSGOV", "040", "2025-02", 1, 1.0),  # a month only
)


@pytest.fixture
def store():
    events = []
    for event_id, source, target, code, date, quad, goldstein in EVENTS:
        event = make_event(event_id, source, target, code, date)
        events.append(
            event.__class__(
                **{**event.to_dict(), "quad_class": quad, "goldstein": goldstein}
            )
        )
    # The first event reported again by a second article: still one event.
    again = make_event("e1b", "USAGOV", "RUSGOV", "040", "2025-01-06")
    again = again.__class__(**{**again.to_dict(), "quad_class": 1, "goldstein": 1.0})
    with Store() as store:
        store.add(report("a", "text a", tuple(events)))
        store.add(report("b", "text b", (again,), source="Other Paper"))
        store.regroup()
        yield store


def test_weekly_dyad_counts_goldstein_quad_shares_and_volume(store):
    rows = [r.to_dict() for r in dyad_series(store, "USA", "RUS", "week")]
    assert [r["period"] for r in rows] == ["2025-01-06", "2025-01-13", "2025-01-20"]
    first, empty, last = rows
    assert (first["events"], first["mentions"]) == (2, 3)
    assert (first["goldstein_sum"], first["goldstein_mean"]) == (-1.0, -0.5)
    assert (first["verbal_coop"], first["verbal_conflict"]) == (0.5, 0.5)
    assert (first["volume"], first["share"]) == (4, 0.5)  # e1, e2, e4, e5
    assert (empty["events"], empty["volume"], empty["share"]) == (0, 0, 0.0)
    assert (last["events"], last["material_conflict"], last["share"]) == (1, 1.0, 1.0)


@pytest.mark.parametrize(
    ("options", "periods", "events"),
    [
        ({"freq": "month"}, ["2025-01-01"], [3]),
        ({"freq": "month", "both": True}, ["2025-01-01"], [4]),
        ({"freq": "day", "until": dt.date(2025, 1, 7)}, ["2025-01-06"], [1]),
        ({"freq": "year", "since": dt.date(2025, 1, 7)}, ["2025-01-01"], [2]),
        ({"freq": "quarter"}, ["2025-01-01"], [3]),
    ],
)
def test_dyad_series_frequencies_directions_and_dates(store, options, periods, events):
    freq = options.pop("freq")
    rows = dyad_series(store, "USA", "RUS", freq, **options)
    assert [r.period.isoformat() for r in rows] == periods
    assert [r.events for r in rows] == events


def test_dyad_without_events_is_empty(store):
    assert dyad_series(store, "GBR", "FRA") == []


def test_unknown_frequency_is_refused(store):
    with pytest.raises(ValueError, match="freq must be one of"):
        dyad_series(store, "USA", "RUS", "fortnight")


@pytest.mark.parametrize(
    ("first", "last", "freq", "expected"),
    [
        ("2025-01-06", "2025-01-20", "week", ["01-06", "01-13", "01-20"]),
        ("2024-11-01", "2025-02-01", "month", ["11-01", "12-01", "01-01", "02-01"]),
        ("2024-10-01", "2025-01-01", "quarter", ["10-01", "01-01"]),
    ],
)
def test_period_starts(first, last, freq, expected):
    days = period_starts(
        dt.date.fromisoformat(first), dt.date.fromisoformat(last), freq
    )
    assert [d.isoformat()[5:] for d in days] == expected


def test_top_actors_by_code_and_by_country(store):
    by_code = [
        (a.code, a.events, a.as_source, a.as_target) for a in top_actors(store, 3)
    ]
    assert by_code == [("RUSGOV", 5, 1, 4), ("USAGOV", 4, 3, 1), ("CHNGOV", 1, 1, 0)]
    countries = top_actors(store, 2, by="country")
    assert [(a.code, a.name, a.events, a.mentions) for a in countries] == [
        ("RUS", "Russian Federation", 6, 7),
        ("USA", "United States", 5, 6),
    ]


@pytest.fixture
def db(tmp_path, store):
    path = tmp_path / "events.duckdb"
    with Store(path) as disk:
        for name in ("a", "b"):
            events = [e for e in store.events() if e.article_id == name]
            disk.add(report(name, f"text {name}", tuple(events), source=name))
        disk.regroup()
    return str(path)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_dyads_in_each_format(db, fmt):
    result = CliRunner().invoke(
        main,
        ["dyads", "--db", db, "--source", "USA", "--target", "RUS", "--format", fmt],
    )
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "Goldstein sum" in result.stdout and "2025-01-06" in result.stdout
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["events"] for r in rows] == ["2", "0", "1"]
        assert "material_conflict" in rows[0] and "share" in rows[0]
    else:
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert rows[0]["goldstein_sum"] == -1.0


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_actors_in_each_format(db, fmt):
    result = CliRunner().invoke(
        main, ["actors", "--db", db, "--top", "2", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.stdout and "CHNGOV" not in result.stdout


def test_cli_events_grouped_counts_mentions(db):
    result = CliRunner().invoke(
        main, ["events", "--db", db, "--grouped", "--format", "json", "--code", "040"]
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["group_id"], r["num_mentions"], r["num_articles"]) for r in rows] == [
        ("e1", 2, 2),
        ("e6", 1, 1),
    ]
    table = CliRunner().invoke(main, ["events", "--db", db, "--grouped"])
    assert "mentions" in table.stdout and "6 events (7 mentions)" in table.stdout
