"""The event database: coded articles, events and quotes in one DuckDB file.

This is the only module that imports duckdb. Coding never touches it: a
:class:`~eventwire.models.Result` is made first and stored afterwards, whole or not
at all, so re-running an ingest after a crash neither loses nor duplicates anything.

Example::

    with open_store("events.duckdb") as store:
        store.add(result)
        store.events(actor="RUS", code="04", since=dt.date(2025, 1, 1))

The schema lives in ``schema.sql`` next to this file; its column names are the
field names of :mod:`eventwire.models`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from eventwire.errors import StoreError
from eventwire.models import EVENT_FIELDS, QUOTE_FIELDS, Event, Quote, Result

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]

SCHEMA_VERSION = 2
"""The schema this code reads and writes, kept in ``meta.schema_version``."""

MEMORY = ":memory:"

ARTICLE_COLUMNS = (
    "article_id",
    "url",
    "source",
    "title",
    "published",
    "text",
    "language",
    "ingested_at",
)

# How to fix what DuckDB reports, found by a piece of its message.
_HINTS: tuple[tuple[str, str], ...] = (
    (
        "Could not set lock",
        "another process (an ingest, a server or a DuckDB shell) has it open; "
        "stop that process first",
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
_ROWS_PER_INSERT = 100  # keeps each statement's parameter list modest
_DEFAULT_HINT = "check the path and that the file is an eventwire database"


class Store:
    """Articles, events and quotes in a DuckDB database.

    Args:
        path: Database file, created with its schema if missing; ``":memory:"``
            (the default) for a database that lives as long as the object.
        read_only: Open without writing; several read-only processes may share a
            file, but none while another process writes to it.

    Raises:
        StoreError: The database cannot be opened, is not an eventwire database,
            or was written by a newer eventwire.
    """

    def __init__(self, path: str | Path = MEMORY, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        with self._errors("cannot open the event database"):
            self._con = duckdb.connect(self.path, read_only=read_only)
        try:
            self._prepare()
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
        article = result.article
        with self._errors(f"cannot store article {article.article_id} in"):
            with self._transaction():
                if self._has_article(article.article_id):
                    return False
                self._insert_article(result)
        return True

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self._errors("cannot read"):
            return self._has_article(article_id)

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
        order = '"date", article_id, sentence_index, event_id'
        rows = self._select("events", EVENT_FIELDS, where, order, limit)
        return [Event(**_record(EVENT_FIELDS, row)) for row in rows]

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
        """How many articles, events and quotes are stored."""
        tables = ("articles", "events", "quotes")
        query = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
        with self._errors("cannot read"):
            row = self._con.execute(query).fetchone()
        assert row is not None  # a SELECT without FROM returns one row
        return dict(zip(tables, (int(n) for n in row), strict=True))

    def close(self) -> None:
        """Close the database; closing twice is harmless."""
        self._con.close()

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

    def _prepare(self) -> None:
        """Create the schema if writable, then check its version."""
        if not self.read_only:
            with self._errors("cannot create the schema in"), self._transaction():
                self._con.execute(_schema_sql())
        with self._errors("cannot read"):
            version = self._schema_version()
        if version is None:
            raise StoreError(
                f"{self.path} is not an eventwire database (it has no schema "
                "version); give the path of a database made by eventwire ingest"
            )
        if version != str(SCHEMA_VERSION):
            raise StoreError(
                f"{self.path} has schema version {version}, but this eventwire "
                f"reads version {SCHEMA_VERSION}; use the eventwire that wrote it"
            )

    def _schema_version(self) -> str | None:
        query = "SELECT value FROM meta WHERE key = 'schema_version'"
        try:
            row = self._con.execute(query).fetchone()
        except duckdb.CatalogException:  # no meta table: not made by eventwire
            return None
        return None if row is None else str(row[0])

    def _has_article(self, article_id: str) -> bool:
        query = "SELECT 1 FROM articles WHERE article_id = ?"
        return self._con.execute(query, [article_id]).fetchone() is not None

    def _insert_article(self, result: Result) -> None:
        art = result.article
        ingested_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        article = (art.article_id, art.url, art.source, art.title)
        rest = (art.published, art.text, art.language, ingested_at)
        self._insert("articles", ARTICLE_COLUMNS, [(*article, *rest)])
        events = [_values(event, EVENT_FIELDS) for event in result.events]
        self._insert("events", EVENT_FIELDS, events)
        quotes = [_values(quote, QUOTE_FIELDS) for quote in result.quotes]
        self._insert("quotes", QUOTE_FIELDS, quotes)

    def _insert(
        self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        # One multi-row INSERT costs about what one row does, and executemany
        # pays per row: this halves the time to store a typical article.
        names = ", ".join(_quoted(c) for c in columns)
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        for start in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[start : start + _ROWS_PER_INSERT]
            values = ", ".join(marks for _ in chunk)
            query = f"INSERT INTO {table} ({names}) VALUES {values}"
            self._con.execute(query, [value for row in chunk for value in row])

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
            return self._con.execute(query, params).fetchall()

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
        read_only: Open without writing, so that other readers may share it.

    Returns:
        The open store; close it, or use it in a ``with`` block.

    Raises:
        StoreError: The database cannot be opened.
    """
    return Store(path, read_only=read_only)


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


@functools.cache
def _schema_sql() -> str:
    return resources.files(__name__).joinpath("schema.sql").read_text("utf-8")


def _hint(message: str) -> str:
    for needle, hint in _HINTS:
        if needle in message:
            return hint
    return _DEFAULT_HINT


def _quoted(column: str) -> str:
    # Some field names ("end", "trigger") are SQL keywords.
    return f'"{column}"'


def _values(record: Event | Quote, columns: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(record, name) for name in columns)


def _record(columns: Sequence[str], row: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(columns, row, strict=True))
