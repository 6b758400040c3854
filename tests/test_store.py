"""The DuckDB event store: round trips, filters, duplicates and errors."""

import dataclasses
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.models import (
    EVENT_FIELDS,
    QUOTE_FIELDS,
    Article,
    Event,
    Quote,
    Result,
)
from eventwire.store import SCHEMA_VERSION, Store, open_store


def make_event(
    event_id: str,
    source: str = "USAGOV",
    target: str = "RUSGOV",
    cameo: str = "041",
    date: str = "2025-01-24",
    *,
    article_id: str = "a1",
    sentence_index: int = 0,
) -> Event:
    """An event with the given codes and date; the rest filled in plausibly."""
    return Event(
        event_id=event_id,
        article_id=article_id,
        sentence_index=sentence_index,
        sentence="Trump and Putin discussed Ukraine by phone on Friday.",
        trigger="discussed",
        trigger_start=16,
        trigger_end=25,
        source_text="Trump",
        source_name="Donald Trump",
        source_code=source,
        source_country=source[:3],
        source_role=source[3:],
        target_text="Putin",
        target_name="Vladimir Putin",
        target_code=target,
        target_country=target[:3],
        target_role=target[3:],
        cameo=cameo,
        root_code=cameo[:2],
        event_label="Discuss by telephone",
        quad_class=1,
        goldstein=1.0,
        plover="CONSULT",
        modality="actual",
        date=date,
        date_precision="day",
        date_text="on Friday",
    )


def make_quote(
    quote_id: str, speaker: str = "RUSGOV", *, article_id: str = "a1"
) -> Quote:
    return Quote(
        quote_id=quote_id,
        article_id=article_id,
        sentence_index=2,
        text="a smart and pragmatic man",
        direct=True,
        speaker_text="Putin",
        speaker_name="Vladimir Putin",
        speaker_code=speaker,
        start=120,
        end=145,
    )


def make_result(
    article_id: str = "a1",
    events: tuple[Event, ...] = (),
    quotes: tuple[Quote, ...] = (),
) -> Result:
    article = Article(
        article_id=article_id,
        text=f"Text of {article_id}.",
        published=dt.date(2025, 1, 25),
        url=f"https://example.org/{article_id}",
        source="Reuters",
        title=f"Title {article_id}",
    )
    return Result(article=article, events=events, quotes=quotes)


@pytest.fixture
def store():
    with Store(":memory:") as store:
        yield store


# Events for the filter table: id, source, target, CAMEO code, date.
CORPUS = (
    make_event("e1", "USAGOV", "RUSGOV", "041", "2025-01-20"),
    make_event("e2", "RUSGOV", "USA", "051", "2025-01-21"),
    make_event("e3", "CHNGOV", "RUSGOV", "040", "2025-01-22"),
    make_event("e4", "USA", "CHN", "172", "2025-01-23"),
    make_event("e5", "RUSMIL", "UKR", "190", "2025-01-24"),
    make_event("e6", "UKRGOV", "", "010", ""),
)


@pytest.fixture
def corpus_store(store):
    store.add(make_result("a1", CORPUS))
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["e6", "e1", "e2", "e3", "e4", "e5"]),
        ({"actor": "USA"}, ["e1", "e2", "e4"]),
        ({"actor": "RUSGOV"}, ["e1", "e2", "e3"]),
        ({"actor": "RUS"}, ["e1", "e2", "e3", "e5"]),
        ({"source": "RUS"}, ["e2", "e5"]),
        ({"target": "RUSGOV"}, ["e1", "e3"]),
        ({"source": "USA", "target": "RUS"}, ["e1"]),
        ({"code": "04"}, ["e1", "e3"]),
        ({"code": "041"}, ["e1"]),
        ({"code": "1"}, ["e4", "e5"]),
        ({"since": dt.date(2025, 1, 23)}, ["e4", "e5"]),
        ({"until": dt.date(2025, 1, 21)}, ["e1", "e2"]),
        ({"since": dt.date(2025, 1, 21), "until": dt.date(2025, 1, 21)}, ["e2"]),
        ({"actor": "RUS", "code": "0", "since": dt.date(2025, 1, 21)}, ["e2", "e3"]),
        ({"actor": "GBR"}, []),
        ({"limit": 2}, ["e6", "e1"]),
        ({"limit": 0}, []),
    ],
)
def test_events_filter_by_prefix_and_inclusive_dates(corpus_store, filters, expected):
    assert [e.event_id for e in corpus_store.events(**filters)] == expected


def test_events_are_ordered_by_date_article_sentence_and_id(store):
    store.add(make_result("b", (make_event("z", article_id="b", sentence_index=0),)))
    store.add(
        make_result(
            "a",
            (
                make_event("y", article_id="a", sentence_index=3),
                make_event("x", article_id="a", sentence_index=3),
                make_event("w", article_id="a", sentence_index=1),
                make_event("v", article_id="a", date="2025-01-25"),
            ),
        )
    )
    assert [e.event_id for e in store.events()] == ["w", "x", "y", "z", "v"]


def test_negative_limit_is_refused(store):
    with pytest.raises(ValueError, match="limit must be 0 or more"):
        store.events(limit=-1)


@pytest.mark.parametrize(
    "event",
    [
        make_event("plain"),
        dataclasses.replace(
            make_event("placed"),
            place_name="Kyiv",
            place_country="UKR",
            lat=50.4501,
            lon=30.5234,
            confidence=0.87,
            rule="verbs/041#3",
            goldstein=-7.2,
            modality="threatened",
            date="2025-01",
            date_precision="month",
        ),
        dataclasses.replace(make_event("one-sided"), target_code="", target_text=""),
    ],
)
def test_event_round_trips_exactly(store, event):
    assert store.add(make_result("a1", (event,)))
    assert store.events() == [event]


def test_quotes_round_trip_and_filter_by_speaker_prefix(store):
    quotes = (make_quote("q1", "RUSGOV"), make_quote("q2", "USAGOV"))
    store.add(make_result("a1", quotes=quotes))
    assert store.quotes() == list(quotes)
    assert store.quotes(speaker="RUS") == [quotes[0]]
    assert store.quotes(limit=1) == [quotes[0]]


def test_same_article_twice_adds_nothing(store):
    assert store.add(make_result("a1", (make_event("e1"),), (make_quote("q1"),)))
    again = make_result("a1", (make_event("e2"),), (make_quote("q2"),))
    assert store.add(again) is False
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 1}
    assert [e.event_id for e in store.events()] == ["e1"]


def test_article_without_events_is_still_recorded(store):
    assert store.add(make_result("quiet"))
    assert store.has_article("quiet")
    assert store.counts() == {"articles": 1, "events": 0, "quotes": 0}


def test_failed_add_leaves_nothing_of_the_article(store):
    store.add(make_result("a1", (make_event("e1"),)))
    clash = make_result(
        "a2",
        (make_event("e2", article_id="a2"), make_event("e1", article_id="a2")),
        (make_quote("q1", article_id="a2"),),
    )
    with pytest.raises(StoreError, match="cannot store article a2 in :memory:.*unique"):
        store.add(clash)
    assert not store.has_article("a2")
    assert store.counts() == {"articles": 1, "events": 1, "quotes": 0}
    assert store.add(make_result("a3", (make_event("e3", article_id="a3"),)))


def test_article_with_hundreds_of_events_is_stored_whole(store):
    events = tuple(make_event(f"e{i:03}") for i in range(250))
    assert store.add(make_result("a1", events))
    assert store.events() == list(events)


@pytest.mark.parametrize(("article_id", "expected"), [("a1", True), ("a2", False)])
def test_has_article(store, article_id, expected):
    store.add(make_result("a1"))
    assert store.has_article(article_id) is expected


def test_on_disk_store_persists_and_re_adding_is_idempotent(tmp_path):
    path = tmp_path / "events.duckdb"
    first = make_result("a1", CORPUS, (make_quote("q1"),))
    with open_store(path) as store:
        assert store.add(first)
    with open_store(path) as store:
        assert store.add(first) is False
        assert store.add(make_result("a2"))
        assert store.counts() == {"articles": 2, "events": 6, "quotes": 1}
    with open_store(str(path), read_only=True) as store:
        assert store.events(actor="USA") == [CORPUS[0], CORPUS[1], CORPUS[3]]
        assert store.quotes() == list(first.quotes)
        with pytest.raises(StoreError, match="opened read-only"):
            store.add(make_result("a3"))


def test_article_row_keeps_metadata_and_ingest_time(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.add(make_result("a1"))
    with duckdb.connect(str(path), read_only=True) as con:
        row = con.execute(
            "SELECT url, source, title, published, text, language, ingested_at "
            "FROM articles"
        ).fetchone()
    assert row is not None
    assert row[:6] == (
        "https://example.org/a1",
        "Reuters",
        "Title a1",
        dt.date(2025, 1, 25),
        "Text of a1.",
        "en",
    )
    assert isinstance(row[6], dt.datetime)


@pytest.mark.parametrize(
    ("table", "fields"), [("events", EVENT_FIELDS), ("quotes", QUOTE_FIELDS)]
)
def test_table_columns_are_the_model_fields(tmp_path, table, fields):
    path = tmp_path / "events.duckdb"
    Store(path).close()
    with duckdb.connect(str(path), read_only=True) as con:
        columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    assert tuple(columns) == fields


def test_schema_version_is_recorded(tmp_path):
    path = tmp_path / "events.duckdb"
    Store(path).close()
    with duckdb.connect(str(path), read_only=True) as con:
        query = "SELECT value FROM meta WHERE key = 'schema_version'"
        assert con.execute(query).fetchall() == [(str(SCHEMA_VERSION),)]


def test_version_1_database_gains_the_version_2_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add(make_result("a1", CORPUS))
        before = store.counts()
    with duckdb.connect(str(path)) as con:
        con.execute("ALTER TABLE events DROP COLUMN historical")
        con.execute("ALTER TABLE events DROP COLUMN place_precision")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Store(path) as store:
        assert store.counts() == before
        assert all(not event.historical for event in store.events())
    with duckdb.connect(str(path), read_only=True) as con:
        version = con.execute("SELECT value FROM meta").fetchall()
        columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    assert version == [(str(SCHEMA_VERSION),)]
    assert {"historical", "place_precision"} <= columns


def make_newer_database(path: Path) -> None:
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        newer = str(SCHEMA_VERSION + 1)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [newer])


def make_foreign_database(path: Path) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE t (x INTEGER)")


@pytest.mark.parametrize(
    ("prepare", "read_only", "message"),
    [
        (None, True, "there is no database there yet; ingest some articles"),
        (lambda p: p.mkdir(), False, "that is a directory"),
        (
            lambda p: p.write_text("not a database " * 100),
            False,
            "not a DuckDB database",
        ),
        (make_newer_database, False, "has schema version 4, but this eventwire reads"),
        (make_foreign_database, True, "is not an eventwire database"),
    ],
)
def test_unusable_database_raises_store_error_with_path_and_hint(
    tmp_path, prepare, read_only, message
):
    path = tmp_path / "events.duckdb"
    if prepare:
        prepare(path)
    with pytest.raises(StoreError, match=message) as caught:
        Store(path, read_only=read_only)
    assert str(path) in str(caught.value)


def test_missing_directory_raises_store_error(tmp_path):
    path = tmp_path / "no" / "such" / "events.duckdb"
    with pytest.raises(StoreError, match="its directory does not exist"):
        open_store(path)


def test_same_file_open_twice_differently_raises_store_error(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path):
        with pytest.raises(StoreError, match="already open in this process"):
            Store(path, read_only=True)


def test_closed_store_raises_store_error_and_closes_twice_harmlessly():
    store = Store()
    store.close()
    store.close()
    with pytest.raises(StoreError, match="the store is closed"):
        store.has_article("a1")


def test_quotes_filter_by_words_of_the_speakers_name(store):
    from dataclasses import replace

    putin = make_quote("q1", "RUSGOV")
    trump = replace(
        make_quote("q2", "USAGOV"), speaker_name="Donald Trump", speaker_text="Trump"
    )
    store.add(make_result("a1", quotes=(putin, trump)))
    assert store.quotes(speaker="trump") == [trump]
    assert store.quotes(speaker="Vladimir") == [putin]
    assert store.quotes(speaker="USA") == [trump]
