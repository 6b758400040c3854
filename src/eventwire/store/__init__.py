"""The event database: coded articles, events and quotes in one DuckDB file.

This is the only module that imports duckdb. Coding never touches it: a
:class:`~eventwire.models.Result` is made first and stored afterwards, whole or not
at all, so re-running an ingest after a crash neither loses nor duplicates anything.

Example::

    with open_store("events.duckdb") as store:
        store.add(result)
        store.events(actor="RUS", code="04", since=dt.date(2025, 1, 1))

The schema lives in ``schema.sql`` next to this file; its column names are the
field names of :mod:`eventwire.models`. ``migrations.py`` brings older databases
forward; ``groups.py`` keeps the duplicate-report tables.

Concurrent use: DuckDB lets one process write a file, and no other process open
it meanwhile, not even to read. So one process writes (``eventwire ingest``, its
workers only code), and after its commits it publishes a copy of the database,
``PATH.snapshot``, replaced atomically. A reader that finds the file locked by a
writer reads the latest snapshot instead (``Store.snapshot`` is then True), and a
writer that finds it held by a reader waits for the reader to finish.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypedDict

import duckdb

from eventwire import dedup
from eventwire.errors import StoreError
from eventwire.models import (
    EVENT_FIELDS,
    QUOTE_FIELDS,
    Event,
    EventGroup,
    Quote,
    Report,
    Result,
)
from eventwire.sources import article_id_for

from . import groups
from .migrations import SCHEMA_VERSION, create_or_migrate, schema_version

__all__ = [
    "SCHEMA_VERSION",
    "EventFilters",
    "Store",
    "event_filter",
    "open_store",
    "snapshot_path",
]

MEMORY = ":memory:"
LOCK_TIMEOUT = 10.0
"""Seconds a writer waits for readers to let go of the file (and a reader for a
writer's first snapshot) before giving up."""
SNAPSHOT_SUFFIX = ".snapshot"
_LOCKED = "Could not set lock"

ARTICLE_COLUMNS = (
    "article_id",
    "url",
    "source",
    "title",
    "published",
    "text",
    "language",
    "ingested_at",
    "content_hash",
)

# How to fix what DuckDB reports, found by a piece of its message.
_HINTS: tuple[tuple[str, str], ...] = (
    (
        _LOCKED,
        "another process (an ingest, a server or a DuckDB shell) has held it open "
        f"for over {LOCK_TIMEOUT:.0f} seconds; stop that process or try again later",
    ),
    (
        "read-only mode: database does not exist",
        "there is no database there yet; ingest some articles into it first",
    ),
    (
        "not a valid DuckDB database",
        "that file is not a DuckDB database; give another database path",
    ),
    ("Is a directory", "that is a directory; give a file path like events.duckdb"),
    ("No such file or directory", "its directory does not exist; create it first"),
    (
        "different configuration",
        "it is already open in this process, read-only or not the other way; "
        "close that store first",
    ),
    ("in-memory database in read-only", "an in-memory database cannot be read-only"),
    ("read-only", "the store was opened read-only; open it without read_only"),
    ("already closed", "the store is closed; open it again"),
    (
        "Duplicate key",
        "an event or quote id is already stored under another article; "
        "ids must be unique across articles",
    ),
)
_PARAMS_PER_INSERT = 3600  # keeps each statement's parameter list modest
_DEFAULT_HINT = "check the path and that the file is an eventwire database"


class EventFilters(TypedDict, total=False):
    """The event filters of :meth:`Store.events` and the methods like it."""

    actor: str | None
    source: str | None
    target: str | None
    code: str | None
    since: dt.date | None
    until: dt.date | None


class Store:
    """Articles, events and quotes in a DuckDB database.

    Args:
        path: Database file, created with its schema if missing; ``":memory:"``
            (the default) for a database that lives as long as the object.
        read_only: Open without writing; several read-only processes may share a
            file. While another process writes to it, a reader gets the
            writer's latest snapshot.
        lock_timeout: Seconds to wait for a file another process holds.

    Attributes:
        snapshot: True when reading the snapshot a running writer published,
            because the database file itself was locked.

    Raises:
        StoreError: The database cannot be opened, is not an eventwire database,
            or was written by a newer eventwire.
    """

    def __init__(
        self,
        path: str | Path = MEMORY,
        read_only: bool = False,
        *,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.snapshot = False
        self._dirty = False  # written since the last snapshot
        self._published = 0.0  # when the last snapshot was published
        self._publish_cost = 0.0  # how long publishing it took
        with self._errors("cannot open the event database"):
            self._con = self._connect(lock_timeout)
        try:
            self._prepare()
            if self._snapshot_is_stale():
                self.publish_snapshot()
        except BaseException:
            self._con.close()
            raise

    def add(self, result: Result) -> bool:
        """Store an article with its events and quotes, all or nothing.

        Args:
            result: What was coded from one article.

        Returns:
            True if stored; False, writing nothing, if the article_id is already
            in the database (so ingesting the same input twice is harmless).

        Raises:
            StoreError: The database cannot be written (read-only, closed, or an
                event or quote id already stored under another article).
        """
        return self.add_many([result])[0]

    def add_many(self, results: Sequence[Result]) -> list[bool]:
        """Store several articles in one transaction: all of them or none.

        Args:
            results: What was coded from each article.

        Returns:
            For each result, whether it was stored (False: its article_id was
            already in the database, or earlier in ``results``).

        Raises:
            StoreError: The database cannot be written; nothing of ``results``
                is then stored.
        """
        if not results:
            return []
        ids = [result.article.article_id for result in results]
        doing = f"cannot store article {ids[0]} in"
        if len(ids) > 1:
            doing = f"cannot store articles {ids[0]} to {ids[-1]} in"
        with self._errors(doing), self._transaction():
            stored = self._stored_ids(ids)
            fresh: list[Result] = []
            flags: list[bool] = []
            for result in results:
                article_id = result.article.article_id
                flags.append(article_id not in stored)
                if article_id not in stored:
                    stored.add(article_id)
                    fresh.append(result)
            self._insert_results(fresh)
        self._dirty = self._dirty or bool(fresh)
        return flags

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self._errors("cannot read"):
            return bool(self._stored_ids([article_id]))

    def article_ids(self) -> set[str]:
        """The ids of every stored article."""
        with self._errors("cannot read"):
            rows = self._con.execute("SELECT article_id FROM articles").fetchall()
        return {row[0] for row in rows}

    def events(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Stored events, filtered, ordered by date, article, sentence and id.

        Actor and event codes match by prefix: ``"USA"`` matches ``"USAGOV"``,
        ``"04"`` matches ``"041"``.

        Args:
            actor: Actor code prefix, as source or as target.
            source: Source actor code prefix.
            target: Target actor code prefix.
            code: CAMEO event code prefix.
            since: First event date included.
            until: Last event date included.
            limit: At most this many events.

        Returns:
            The events, equal to those stored.

        Notes:
            Dates are compared as ISO text on their first ten characters, so an
            event dated to the month ("2025-01") falls before "2025-01-01". Events
            with no date are left out whenever ``since`` or ``until`` is given.
        """
        where = event_filter(actor, source, target, code, since, until)
        order = '"date", article_id, sentence_index, event_id'
        rows = self._select("events", EVENT_FIELDS, where, order, limit)
        return [Event(**_record(EVENT_FIELDS, row)) for row in rows]

    def event_groups(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[EventGroup]:
        """Stored events counted once each, with how often they were reported.

        Filters and order are those of :meth:`events`, applied to each event's
        representative mention.

        Returns:
            One :class:`~eventwire.models.EventGroup` per event.
        """
        where = event_filter(actor, source, target, code, since, until)
        order = '"date", article_id, sentence_index, event_id'
        columns = (*EVENT_FIELDS, *groups.COUNT_COLUMNS)
        rows = self._select("event_groups", columns, where, order, limit)
        return [groups.event_group(row) for row in rows]

    def reports(
        self,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[Report]:
        """Every stored mention with its article's URL, publisher and date.

        Filters and order are those of :meth:`events`.
        """
        where = event_filter(actor, source, target, code, since, until)
        order = '"date", article_id, sentence_index, event_id'
        extra = ("group_id", "url", "publisher", "published")
        rows = self._select("mentions", (*EVENT_FIELDS, *extra), where, order, limit)
        size = len(EVENT_FIELDS)
        return [
            Report(Event(**_record(EVENT_FIELDS, row[:size])), *row[size:])
            for row in rows
        ]

    def mentions(self, group_id: str) -> list[Event]:
        """Every stored mention of one event, as its articles reported it."""
        where = _Where()
        where.add("group_id = ?", group_id)
        order = "article_id, sentence_index, event_id"
        rows = self._select("mentions", EVENT_FIELDS, where, order, None)
        return [Event(**_record(EVENT_FIELDS, row)) for row in rows]

    def regroup(
        self, threshold: float | None = None, window_days: int | None = None
    ) -> dict[str, int]:
        """Recompute near-duplicate articles and event groups from what is stored.

        Args:
            threshold: Least similarity of near-duplicates (default: the last
                value used, else :data:`eventwire.dedup.THRESHOLD`).
            window_days: Most days between near-duplicates (default: the last
                value used, else :data:`eventwire.dedup.WINDOW_DAYS`).

        Returns:
            ``{"events": ..., "mentions": ..., "article_clusters": ...}``.

        Raises:
            StoreError: The database cannot be written.
        """
        with self._errors("cannot group the events of"), self._transaction():
            found = groups.regroup(self._con, threshold, window_days)
        self._dirty = True
        return found

    def ungroup(self) -> None:
        """Undo all grouping: every mention counts as an event of its own again.

        Nothing but the group tables changes; :meth:`regroup` groups again.
        """
        with self._errors("cannot ungroup the events of"), self._transaction():
            groups.ungroup(self._con)
        self._dirty = True

    def keep_apart(self, event_ids: Sequence[str], apart: bool = True) -> None:
        """Split mentions off their groups for good, or (``apart=False``) let them
        join again; then regroup.

        Raises:
            StoreError: An id is not a stored event.
        """
        with self._errors("cannot regroup the events of"), self._transaction():
            groups.keep_apart(self._con, event_ids, apart)
        self._dirty = True

    def query(
        self, sql: str, params: Sequence[object] = ()
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a read-only SQL query: its column names and rows.

        For the analytics layer, which reads the tables and views of the
        schema (``events``, ``mentions``, ``event_groups``, ``articles``).
        """
        with self._errors("cannot read"):
            cursor = self._con.execute(sql, list(params))
            names = [column[0] for column in cursor.description or ()]
            return names, cursor.fetchall()

    def export_parquet(
        self, directory: str | Path, where_sql: str = "", params: Sequence[object] = ()
    ) -> int:
        """Write every mention as Parquet, partitioned by the event's year and month.

        Args:
            directory: Folder for ``year=YYYY/month=M/data_0.parquet``; events
                with no usable date go to the ``__HIVE_DEFAULT_PARTITION__``
                folders. Files already there are overwritten.
            where_sql: A condition on the ``mentions`` view's columns.
            params: Its parameters.

        Returns:
            How many mentions were written.
        """
        where = f"WHERE {where_sql}" if where_sql else ""
        select = (
            "SELECT m.*, c.num_mentions, c.num_articles, c.num_sources,"
            ' try_cast(left(m."date", 4) AS INTEGER) AS year,'
            ' try_cast(substr(m."date", 6, 2) AS INTEGER) AS month'
            " FROM mentions AS m JOIN (SELECT group_id, num_mentions, num_articles,"
            f" num_sources FROM event_groups) AS c USING (group_id) {where}"
        )
        target = _literal(str(directory))
        with self._errors(f"cannot export {directory} from"):
            (count,) = self._con.execute(
                f"SELECT count(*) FROM ({select})", list(params)
            ).fetchone() or (0,)
            self._con.execute(
                f"COPY ({select}) TO {target} (FORMAT PARQUET, "
                "PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)",
                list(params),
            )
        return int(count)

    def publish_snapshot(self, *, at_most_every: float = 0.0) -> bool:
        """Publish a read-only copy of the database for readers, atomically.

        A writer calls this after its commits; readers that find the file
        locked open the copy (see the module's notes). Nothing happens for an
        in-memory or read-only store.

        Args:
            at_most_every: Skip publishing if the last snapshot is younger than
                this many seconds, or than ten times the last copy took (so a
                large database spends at most a tenth of its time copying).

        Returns:
            Whether a snapshot was published.
        """
        if self.read_only or self.path == MEMORY:
            return False
        wait = max(at_most_every, 10 * self._publish_cost)
        if at_most_every and time.monotonic() - self._published < wait:
            return False
        started = time.monotonic()
        final = snapshot_path(self.path)
        partial = f"{final}.partial"
        with self._errors(f"cannot publish the snapshot {final} of"):
            for leftover in (partial, f"{partial}.wal"):
                with suppress(FileNotFoundError):
                    os.remove(leftover)
            (name,) = self._con.execute("SELECT current_database()").fetchone() or ("",)
            self._con.execute(f"ATTACH {_literal(partial)} AS eventwire_snapshot")
            try:
                self._con.execute(
                    f"COPY FROM DATABASE {_quoted(name)} TO eventwire_snapshot"
                )
            finally:
                self._con.execute("DETACH eventwire_snapshot")
            os.replace(partial, final)
        self._published = time.monotonic()
        self._publish_cost = self._published - started
        self._dirty = False
        return True

    def quotes(
        self, *, speaker: str | None = None, limit: int | None = None
    ) -> list[Quote]:
        """Stored quotes, ordered by article, sentence, position and id.

        Args:
            speaker: Speaker actor code prefix (``"RUS"`` matches ``"RUSGOV"``),
                or words of the speaker's name or of the text naming them,
                in any case (``"trump"`` matches ``"Donald Trump"``).
            limit: At most this many quotes.

        Returns:
            The quotes, equal to those stored.
        """
        where = _Where()
        if speaker is not None:
            where.add(
                "(starts_with(speaker_code, ?) OR contains(lower(speaker_name), ?)"
                " OR contains(lower(speaker_text), ?))",
                speaker,
                speaker.lower(),
                speaker.lower(),
            )
        order = 'article_id, sentence_index, "start", quote_id'
        rows = self._select("quotes", QUOTE_FIELDS, where, order, limit)
        return [Quote(**_record(QUOTE_FIELDS, row)) for row in rows]

    def counts(self) -> dict[str, int]:
        """How many articles, events (mentions) and quotes are stored."""
        tables = ("articles", "events", "quotes")
        query = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
        with self._errors("cannot read"):
            row = self._con.execute(query).fetchone()
        assert row is not None  # a SELECT without FROM returns one row
        return dict(zip(tables, (int(n) for n in row), strict=True))

    def group_counts(self) -> dict[str, int]:
        """How many distinct events the mentions make, and how many articles
        have a near-duplicate stored."""
        with self._errors("cannot read"):
            return groups.counts(self._con)

    def close(self) -> None:
        """Close the database, publishing a last snapshot if anything was
        written since the one before; closing twice is harmless."""
        if self._dirty and not self._closed():
            with suppress(StoreError):
                self.publish_snapshot()
        self._con.close()
        if not self.read_only and self.path != MEMORY:
            # Closing checkpoints the file; the snapshot published just before
            # holds the same data, and its time says so to the next writer.
            with suppress(OSError):
                os.utime(snapshot_path(self.path))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", read_only=True" if self.read_only else ""
        return f"Store({self.path!r}{mode})"

    def _connect(self, lock_timeout: float) -> Any:
        """Open the file, waiting out another process's lock, or read its snapshot.

        Raises:
            duckdb.Error: It cannot be opened (still locked after the timeout).
        """
        deadline = time.monotonic() + lock_timeout
        while True:
            try:
                return duckdb.connect(self.path, read_only=self.read_only)
            except duckdb.IOException as exc:
                if _LOCKED not in str(exc):
                    raise
                snapshot = snapshot_path(self.path)
                if self.read_only and os.path.exists(snapshot):
                    with suppress(duckdb.Error):
                        con = duckdb.connect(snapshot, read_only=True)
                        self.snapshot = True
                        return con
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _prepare(self) -> None:
        """Create or migrate the schema if writable, then check its version."""
        with self._errors("cannot read"):
            version = schema_version(self._con)
        if not self.read_only and (version is None or version < SCHEMA_VERSION):
            with self._errors("cannot create the schema in"), self._transaction():
                create_or_migrate(self._con, version)
            with self._errors("cannot read"):
                version = schema_version(self._con)
        if version is None:
            raise StoreError(
                f"{self.path} is not an eventwire database (it has no schema "
                "version); give the path of a database made by eventwire ingest"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, but this eventwire "
                f"reads version {SCHEMA_VERSION}; use the eventwire that wrote it"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, older than this "
                f"eventwire's {SCHEMA_VERSION}; open it once for writing (eventwire "
                "group --db PATH) to migrate it"
            )

    def _snapshot_is_stale(self) -> bool:
        """Whether a writer must publish a snapshot before readers can rely on it."""
        if self.read_only or self.path == MEMORY:
            return False
        try:
            published = os.stat(snapshot_path(self.path)).st_mtime
        except FileNotFoundError:
            return True
        if os.path.exists(f"{self.path}.wal"):  # a writer ended without closing
            return True
        return published < os.stat(self.path).st_mtime

    def _closed(self) -> bool:
        try:
            self._con.execute("SELECT 1")
        except duckdb.Error:
            return True
        return False

    def _stored_ids(self, article_ids: Sequence[str]) -> set[str]:
        query = "SELECT article_id FROM articles WHERE list_contains(?, article_id)"
        rows = self._con.execute(query, [list(article_ids)]).fetchall()
        return {row[0] for row in rows}

    def _insert_results(self, results: Sequence[Result]) -> None:
        ingested_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        articles: list[tuple[Any, ...]] = []
        prints: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        quotes: list[tuple[Any, ...]] = []
        for result in results:
            art = result.article
            meta = (art.article_id, art.url, art.source, art.title, art.published)
            rest = (art.text, art.language, ingested_at, article_id_for(art.text))
            articles.append((*meta, *rest))
            prints.append((art.article_id, dedup.fingerprint(art.text)))
            events.extend(_values(event, EVENT_FIELDS) for event in result.events)
            quotes.extend(_values(quote, QUOTE_FIELDS) for quote in result.quotes)
        self._insert("articles", ARTICLE_COLUMNS, articles)
        self._insert("fingerprints", ("article_id", "minhash"), prints)
        self._insert("events", EVENT_FIELDS, events)
        self._insert("quotes", QUOTE_FIELDS, quotes)

    def _insert(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        # One multi-row INSERT costs about what one row does, and executemany
        # pays per row: this halves the time to store a typical article.
        insert(self._con, table, columns, rows)

    def _select(
        self,
        table: str,
        columns: Sequence[str],
        where: _Where,
        order: str,
        limit: int | None,
    ) -> list[tuple[Any, ...]]:
        names = ", ".join(_quoted(c) for c in columns)
        query = f"SELECT {names} FROM {table}{where.sql()} ORDER BY {order}"
        params = list(where.params)
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be 0 or more, not {limit}")
            query += " LIMIT ?"
            params.append(limit)
        with self._errors("cannot read"):
            rows: list[tuple[Any, ...]] = self._con.execute(query, params).fetchall()
        return rows

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except BaseException:
            # Keep the first error: a failed rollback would only hide it.
            with suppress(duckdb.Error):
                self._con.rollback()
            raise
        self._con.commit()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn duckdb errors into StoreError naming the database and a fix."""
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"{doing} {self.path}: {exc}; {_hint(str(exc))}") from exc


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (or create) the event database at ``path``.

    Args:
        path: Database file, or ``":memory:"``.
        read_only: Open without writing, so that other readers may share it;
            while another process writes to it, its latest snapshot is read.

    Returns:
        The open store; close it, or use it in a ``with`` block.

    Raises:
        StoreError: The database cannot be opened.
    """
    return Store(path, read_only=read_only)


def snapshot_path(path: str | Path) -> str:
    """Where the writer of a database publishes the snapshot readers may open."""
    return f"{path}{SNAPSHOT_SUFFIX}"


def event_filter(
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    code: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> _Where:
    """The WHERE clause of the event filters (see :meth:`Store.events`)."""
    where = _Where()
    if actor is not None:
        where.add(
            "(starts_with(source_code, ?) OR starts_with(target_code, ?))",
            actor,
            actor,
        )
    if source is not None:
        where.add("starts_with(source_code, ?)", source)
    if target is not None:
        where.add("starts_with(target_code, ?)", target)
    if code is not None:
        where.add("starts_with(cameo, ?)", code)
    if since is not None or until is not None:
        where.add("\"date\" <> ''")
    if since is not None:
        where.add('left("date", 10) >= ?', since.isoformat())
    if until is not None:
        where.add('left("date", 10) <= ?', until.isoformat())
    return where


def insert(
    con: Any, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows with multi-row INSERT statements.

    One multi-row INSERT costs about what one row does, and executemany pays
    per row: this halves the time to store a typical article.
    """
    names = ", ".join(_quoted(c) for c in columns)
    marks = "(" + ", ".join("?" for _ in columns) + ")"
    per_statement = max(1, _PARAMS_PER_INSERT // len(columns))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        values = ", ".join(marks for _ in chunk)
        query = f"INSERT INTO {table} ({names}) VALUES {values}"
        con.execute(query, [value for row in chunk for value in row])


class _Where:
    """A WHERE clause built from conditions and their parameters."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[object] = []

    def add(self, condition: str, *params: object) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _hint(message: str) -> str:
    for needle, hint in _HINTS:
        if needle in message:
            return hint
    return _DEFAULT_HINT


def _quoted(column: str) -> str:
    # Some field names ("end", "trigger") are SQL keywords.
    return '"' + column.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """A SQL string literal, for the statements that take no parameters there."""
    return "'" + text.replace("'", "''") + "'"


def _values(record: Event | Quote, columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in columns)


def _record(columns: Sequence[str], row: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(columns, row, strict=True))
