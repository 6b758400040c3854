"""Bringing a database written by an older eventwire up to the current schema.

Each step takes a database from one version to the next, in the transaction that
opens it for writing; ``schema.sql`` (whose statements are all idempotent) then
creates whatever the current version has that the old one lacked, and
``views.sql`` replaces the views. A database newer than this code is refused, never
downgraded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from typing import Any

from eventwire.dedup import fingerprint
from eventwire.sources import article_id_for

__all__ = ["SCHEMA_VERSION", "create_or_migrate", "schema_version"]

SCHEMA_VERSION = 3
"""The schema this code reads and writes, kept in ``meta.schema_version``."""

Connection = Any  # duckdb.DuckDBPyConnection; duckdb ships no type information


def schema_version(con: Connection) -> int | None:
    """The version recorded in a database, or None if it has no eventwire schema."""
    import duckdb

    query = "SELECT value FROM meta WHERE key = 'schema_version'"
    try:
        row = con.execute(query).fetchone()
    except duckdb.CatalogException:  # no meta table: not made by eventwire
        return None
    if row is None:
        return None
    try:
        return int(row[0])
    except ValueError:
        return None


def create_or_migrate(con: Connection, version: int | None) -> None:
    """Create the schema in a new database, or migrate an older one forward.

    Args:
        con: A writable connection, inside a transaction.
        version: What :func:`schema_version` said of the database before.
    """
    con.execute(_sql("schema.sql"))
    for step in range(version or SCHEMA_VERSION, SCHEMA_VERSION):
        _STEPS[step](con)
    con.execute(_sql("views.sql"))
    con.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)]
    )


def _version_1_to_2(con: Connection) -> None:
    """Events gain the historical flag and the precision of their place."""
    con.execute(
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS historical BOOLEAN DEFAULT false"
    )
    con.execute(
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_precision VARCHAR DEFAULT ''"
    )


def _version_2_to_3(con: Connection) -> None:
    """Articles gain their content hash and MinHash fingerprint."""
    con.execute(
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash VARCHAR DEFAULT ''"
    )
    rows = con.execute("SELECT article_id, text FROM articles").fetchall()
    for article_id, text in rows:
        con.execute(
            "UPDATE articles SET content_hash = ? WHERE article_id = ?",
            [article_id_for(text), article_id],
        )
        con.execute(
            "INSERT INTO fingerprints VALUES (?, ?)", [article_id, fingerprint(text)]
        )


_STEPS: dict[int, Callable[[Connection], None]] = {
    1: _version_1_to_2,
    2: _version_2_to_3,
}


@functools.cache
def _sql(name: str) -> str:
    return (
        resources.files(__package__ or "eventwire.store")
        .joinpath(name)
        .read_text("utf-8")
    )
