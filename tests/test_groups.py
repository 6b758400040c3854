"""Event groups in the store: GDELT-style counts, reversible merging, snapshots."""

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.models import Article, Result
from eventwire.store import SCHEMA_VERSION, Store, snapshot_path

from .test_dedup import REWRITE, STORY, WIRE_COPY
from .test_store import make_event


def report(article_id, text, events, *, source="Example Wire", day=11, url=""):
    """An article with the given events, each moved into the article."""
    article = Article(
        article_id=article_id,
        text=text,
        published=dt.date(2025, 3, day),
        url=url
        or f"https://{source.lower().replace(' ', '')}.example.org/{article_id}",
        source=source,
        title="",
    )
    moved = tuple(dataclasses.replace(e, article_id=article_id) for e in events)
    return Result(article, moved)


KEN_UGA = make_event("k1", "KENGOV", "UGAGOV", "057", "2025-03-11")


@pytest.fixture
def reported(tmp_path):
    """One agreement reported five times: twice in one article, by a wire copy
    (a day later, dating it a day off), a rewrite and an unrelated article."""
    store = Store(tmp_path / "events.duckdb")
    store.add(
        report("a", STORY, (KEN_UGA, dataclasses.replace(KEN_UGA, event_id="k2")))
    )
    late = dataclasses.replace(KEN_UGA, event_id="k3", date="2025-03-10")
    store.add(report("b", WIRE_COPY, (late,), day=12, source="Daily Example"))
    store.add(report("c", REWRITE, (dataclasses.replace(KEN_UGA, event_id="k4"),)))
    other = (
        dataclasses.replace(KEN_UGA, event_id="k5"),  # same day, same act
        make_event("x1", "FRAGOV", "DEUGOV", "040", "2025-03-11"),
    )
    store.add(report("d", "France and Germany held talks in Berlin.", other, source=""))
    yield store
    store.close()


def test_regroup_counts_each_event_once_with_gdelt_counts(reported):
    found = reported.regroup()
    assert found == {"events": 2, "mentions": 6, "article_clusters": 1}
    groups = {g.group_id: g for g in reported.event_groups()}
    agreement = groups["k1"]
    assert (agreement.num_mentions, agreement.num_articles, agreement.num_sources) == (
        5,
        4,
        3,  # Example Wire (a, c), Daily Example (b), and d's URL host
    )
    assert agreement.event == KEN_UGA.__class__(
        **{**KEN_UGA.to_dict(), "article_id": "a"}
    )
    assert groups["x1"].num_mentions == 1
    assert reported.group_counts() == {"event_groups": 2, "duplicate_articles": 3}


def test_every_mention_stays_stored_and_linked_to_its_sentence(reported):
    before = reported.events()
    reported.regroup()
    assert reported.events() == before
    mentions = reported.mentions("k1")
    assert [m.event_id for m in mentions] == ["k1", "k2", "k3", "k4", "k5"]
    assert all(m.sentence and m.trigger for m in mentions)


def test_merging_is_undone_and_redone_without_losing_a_report(reported):
    reported.regroup()
    grouped = reported.event_groups()
    reported.ungroup()
    assert len(reported.event_groups()) == len(reported.events()) == 6
    assert {g.num_mentions for g in reported.event_groups()} == {1}
    reported.regroup()
    assert reported.event_groups() == grouped


def test_a_mention_split_off_by_hand_stays_apart_until_joined_again(reported):
    reported.regroup()
    reported.keep_apart(["k3"])
    groups = {g.group_id: g.num_mentions for g in reported.event_groups()}
    assert groups == {"k1": 4, "k3": 1, "x1": 1}
    reported.regroup()  # a later regrouping keeps it apart
    assert len(reported.event_groups()) == 3
    reported.keep_apart(["k3"], apart=False)
    assert len(reported.event_groups()) == 2


def test_splitting_an_unknown_event_is_refused(reported):
    with pytest.raises(StoreError, match="no stored event has the id nope"):
        reported.keep_apart(["nope"])


def test_regroup_settings_are_kept_for_the_next_regrouping(reported):
    # At 0.99 only the exact copy's prefix differs too much: nothing clusters,
    # and the wire copy's mention a day off stays its own event.
    assert reported.regroup(threshold=0.99)["events"] == 3
    assert reported.regroup()["events"] == 3
    assert reported.regroup(threshold=0.5, window_days=0)["events"] == 3
    assert reported.regroup(window_days=3)["events"] == 2


@pytest.mark.parametrize(
    ("threshold", "window", "message"),
    [(0.0, 3, "threshold must be over 0"), (0.5, -1, "window must be 0 days or more")],
)
def test_bad_grouping_settings_are_refused(reported, threshold, window, message):
    with pytest.raises(StoreError, match=message):
        reported.regroup(threshold, window)


def test_ungrouped_events_count_as_their_own_groups():
    with Store() as store:
        store.add(report("a", STORY, (KEN_UGA,)))
        assert [g.num_mentions for g in store.event_groups()] == [1]


def test_version_2_database_migrates_forward_with_fingerprints(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add(report("a", STORY, (KEN_UGA,)))
        store.add(
            report("b", WIRE_COPY, (dataclasses.replace(KEN_UGA, event_id="k3"),))
        )
    with duckdb.connect(str(path)) as con:
        con.execute("DROP VIEW event_groups")
        con.execute("DROP VIEW mentions")
        for table in ("fingerprints", "article_clusters", "event_group_members"):
            con.execute(f"DROP TABLE {table}")
        con.execute("DROP TABLE kept_apart")
        con.execute("ALTER TABLE articles DROP COLUMN content_hash")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.counts() == {"articles": 2, "events": 2, "quotes": 0}
        assert store.regroup()["article_clusters"] == 1
    with duckdb.connect(str(path), read_only=True) as con:
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        assert version.fetchall() == [(str(SCHEMA_VERSION),)]
        hashes = con.execute("SELECT content_hash FROM articles").fetchall()
    assert all(len(h) == 64 for (h,) in hashes)


def test_add_many_stores_a_batch_in_one_transaction(tmp_path):
    with Store(tmp_path / "events.duckdb") as store:
        store.add(report("a", STORY, (KEN_UGA,)))
        flags = store.add_many(
            [
                report("a", STORY, ()),  # stored before
                report("b", WIRE_COPY, (make_event("b1"),)),
                report("b", WIRE_COPY, ()),  # twice in one batch
            ]
        )
        assert flags == [False, True, False]
        clash = [
            report("c", "text c", (make_event("c1"),)),
            report("d", "text d", (make_event("b1"),)),  # an event id stored before
        ]
        with pytest.raises(StoreError, match="cannot store articles c to d"):
            store.add_many(clash)
        assert not store.has_article("c")  # nothing of the failed batch


def test_writer_publishes_a_snapshot_that_readers_can_open(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.add(report("a", STORY, (KEN_UGA,)))
    with duckdb.connect(snapshot_path(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM event_groups").fetchone() == (1,)


def test_snapshot_is_published_at_most_as_often_as_asked(tmp_path):
    with Store(tmp_path / "events.duckdb") as store:
        assert store.publish_snapshot()
        assert not store.publish_snapshot(at_most_every=60)
        assert store.publish_snapshot()
    with Store() as memory:
        assert not memory.publish_snapshot()


WRITER = """
import sys, time
from eventwire.store import Store
from tests.test_groups import report, KEN_UGA
with Store(sys.argv[1]) as store:
    print("open", flush=True)
    store.add(report("a", "first text", (KEN_UGA,)))
    store.publish_snapshot()
    print("first", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def run_python(code, *args):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *map(str, args)],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_reader_gets_the_snapshot_while_another_process_writes(tmp_path):
    path = tmp_path / "events.duckdb"
    writer = run_python(WRITER, path, 3)
    try:
        assert writer.stdout.readline() == "open\n"
        assert writer.stdout.readline() == "first\n"
        with Store(path, read_only=True) as reader:
            assert reader.snapshot
            assert reader.counts()["events"] == 1
    finally:
        _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    with Store(path, read_only=True) as reader:  # the writer is gone
        assert not reader.snapshot


def test_writer_waits_for_a_reader_to_finish(tmp_path):
    path = tmp_path / "events.duckdb"
    Store(path).close()
    reader = Store(path, read_only=True)
    writer = run_python(WRITER, path, 0)
    time.sleep(1.0)
    assert writer.poll() is None  # still waiting for the file
    reader.close()
    _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 0, errors
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_writer_gives_up_after_the_lock_timeout(tmp_path):
    path = tmp_path / "events.duckdb"
    Store(path).close()
    code = """
    import sys
    from eventwire.store import Store
    Store(sys.argv[1], lock_timeout=0.5)
    """
    with Store(path, read_only=True):
        writer = run_python(code, path)
        _, errors = writer.communicate(timeout=60)
    assert writer.returncode == 1
    assert "has held it open for over" in errors
