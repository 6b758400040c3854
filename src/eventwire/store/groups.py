"""The duplicate-report tables: near-duplicate articles and event groups.

:mod:`eventwire.dedup` decides; this module reads what it needs from the database
and writes its answer into ``article_clusters`` and ``event_group_members``, whole,
inside the caller's transaction. The events themselves are never changed, so a
grouping can be recomputed with other settings, or undone, at any time.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from eventwire import dedup
from eventwire.errors import StoreError
from eventwire.models import EVENT_FIELDS, Event, EventGroup

__all__ = ["COUNT_COLUMNS", "counts", "event_group", "keep_apart", "regroup"]

COUNT_COLUMNS = (
    "num_mentions",
    "num_articles",
    "num_sources",
    "is_root",
    "added",
    "first_url",
)
_THRESHOLD_KEY = "grouping_threshold"
_WINDOW_KEY = "grouping_window_days"

Connection = Any  # duckdb.DuckDBPyConnection


def regroup(
    con: Connection, threshold: float | None, window_days: int | None
) -> dict[str, int]:
    """Recompute both tables from the stored fingerprints and events.

    Args:
        con: A writable connection inside a transaction.
        threshold: Near-duplicate similarity; None for the last one used.
        window_days: Near-duplicate date window; None for the last one used.

    Returns:
        How many events (groups), mentions and clustered articles there are.
    """
    if threshold is None:
        threshold = float(_setting(con, _THRESHOLD_KEY, dedup.THRESHOLD))
    if window_days is None:
        window_days = int(_setting(con, _WINDOW_KEY, dedup.WINDOW_DAYS))
    if not 0 < threshold <= 1:
        raise StoreError(f"the threshold must be over 0 and at most 1, not {threshold}")
    if window_days < 0:
        raise StoreError(f"the window must be 0 days or more, not {window_days}")
    prints = con.execute(
        "SELECT f.article_id, a.published, f.minhash FROM fingerprints AS f"
        " JOIN articles AS a USING (article_id)"
    ).fetchall()
    clusters = dedup.cluster_articles(
        (dedup.Fingerprint(a, p, bytes(m)) for a, p, m in prints),
        threshold,
        window_days,
    )
    keys = con.execute(
        'SELECT event_id, article_id, source_code, target_code, cameo, modality, "date"'
        " FROM events"
    ).fetchall()
    apart = frozenset(
        row[0] for row in con.execute("SELECT event_id FROM kept_apart").fetchall()
    )
    grouped = dedup.group_events(
        (dedup.EventKey(*key) for key in keys), clusters, apart
    )
    from . import insert  # the package imports this module first

    con.execute("DELETE FROM article_clusters")
    con.execute("DELETE FROM event_group_members")
    insert(con, "article_clusters", ("article_id", "cluster_id"), _shared(clusters))
    insert(con, "event_group_members", ("event_id", "group_id"), _shared(grouped))
    for key, value in ((_THRESHOLD_KEY, threshold), (_WINDOW_KEY, window_days)):
        con.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT DO UPDATE SET value = ?",
            [key, str(value), str(value)],
        )
    return {
        "events": len(set(grouped.values())),
        "mentions": len(grouped),
        "article_clusters": len(set(clusters.values())) - _singles(clusters),
    }


def ungroup(con: Connection) -> None:
    """Empty both tables: every mention is an event, every article alone."""
    con.execute("DELETE FROM article_clusters")
    con.execute("DELETE FROM event_group_members")


def keep_apart(con: Connection, event_ids: Sequence[str], apart: bool) -> None:
    """Mark mentions to stay out of any group (or clear the mark), then regroup."""
    ids = list(event_ids)
    found = {
        row[0]
        for row in con.execute(
            "SELECT event_id FROM events WHERE list_contains(?, event_id)", [ids]
        ).fetchall()
    }
    missing = [event_id for event_id in ids if event_id not in found]
    if missing:
        raise StoreError(
            f"no stored event has the id {', '.join(missing)}; "
            "list event ids with eventwire events --format json"
        )
    con.execute("DELETE FROM kept_apart WHERE list_contains(?, event_id)", [ids])
    if apart:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for event_id in ids:
            con.execute("INSERT INTO kept_apart VALUES (?, ?)", [event_id, now])
    regroup(con, None, None)


def counts(con: Connection) -> dict[str, int]:
    """Distinct events, and articles that have a near-duplicate stored."""
    row = con.execute(
        "SELECT (SELECT count(DISTINCT group_id) FROM mentions),"
        " (SELECT count(*) FROM article_clusters)"
    ).fetchone()
    assert row is not None  # a SELECT without FROM returns one row
    return {"event_groups": int(row[0]), "duplicate_articles": int(row[1])}


def event_group(row: Sequence[Any]) -> EventGroup:
    """An EventGroup from a row of EVENT_FIELDS followed by COUNT_COLUMNS."""
    event = Event(**dict(zip(EVENT_FIELDS, row[: len(EVENT_FIELDS)], strict=True)))
    mentions, articles, sources, root, added, url = row[len(EVENT_FIELDS) :]
    return EventGroup(
        group_id=event.event_id,
        event=event,
        num_mentions=int(mentions),
        num_articles=int(articles),
        num_sources=int(sources),
        is_root=bool(root),
        added=added,
        url=url or "",
    )


def _shared(assignment: dict[str, str]) -> list[tuple[str, str]]:
    """The (item, group) rows of groups with two or more items."""
    sizes = Counter(assignment.values())
    return sorted(
        (item, group) for item, group in assignment.items() if sizes[group] > 1
    )


def _singles(assignment: dict[str, str]) -> int:
    return sum(1 for size in Counter(assignment.values()).values() if size == 1)


def _setting(con: Connection, key: str, default: float) -> str:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(default) if row is None else str(row[0])
