-- The eventwire database, schema version 3.
-- Column names are the field names of eventwire.models (Article, Event, Quote), so
-- that JSON, CSV, Parquet and SQL carry the same words. Every statement is
-- idempotent: the schema is applied each time a database is opened for writing, after
-- the steps in migrations.py have brought an older database up to this version.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    url VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    published DATE,
    text VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,  -- UTC
    content_hash VARCHAR NOT NULL DEFAULT ''  -- sha256 of the normalised text
);

-- Events and quotes carry no foreign key: DuckDB foreign keys block later deletes
-- and updates of articles, and Store.add writes an article with its events and
-- quotes in one transaction anyway.
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    "trigger" VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    source_text VARCHAR NOT NULL,
    source_name VARCHAR NOT NULL,
    source_code VARCHAR NOT NULL,
    source_country VARCHAR NOT NULL,
    source_role VARCHAR NOT NULL,
    target_text VARCHAR NOT NULL,
    target_name VARCHAR NOT NULL,
    target_code VARCHAR NOT NULL,
    target_country VARCHAR NOT NULL,
    target_role VARCHAR NOT NULL,
    cameo VARCHAR NOT NULL,
    root_code VARCHAR NOT NULL,
    event_label VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    -- ISO text as the coder wrote it ("2025-01-24"); VARCHAR keeps it exact.
    "date" VARCHAR NOT NULL,
    date_precision VARCHAR NOT NULL,
    date_text VARCHAR NOT NULL,
    historical BOOLEAN NOT NULL DEFAULT false,  -- a past event the article recalls
    place_name VARCHAR NOT NULL,
    place_country VARCHAR NOT NULL,
    lat DOUBLE,
    lon DOUBLE,
    place_precision VARCHAR NOT NULL DEFAULT '',  -- country, region, city or ''
    confidence DOUBLE NOT NULL,
    "rule" VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    direct BOOLEAN NOT NULL,
    speaker_text VARCHAR NOT NULL,
    speaker_name VARCHAR NOT NULL,
    speaker_code VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);

-- The MinHash signature of each article's text (eventwire.dedup.fingerprint), written
-- with the article.
CREATE TABLE IF NOT EXISTS fingerprints (
    article_id VARCHAR NOT NULL,
    minhash BLOB NOT NULL
);

-- Derived tables: recomputed from the rows above by Store.regroup, never the other way
-- round, so that grouping can be redone or undone without touching a stored report.
-- They carry no keys: a regrouping replaces them whole inside one transaction.

-- Near-duplicate articles (wire copies, rewrites): one row per article in a cluster
-- of two or more; cluster_id is the smallest article id of the cluster.
CREATE TABLE IF NOT EXISTS article_clusters (
    article_id VARCHAR NOT NULL,
    cluster_id VARCHAR NOT NULL
);

-- Events reported by more than one mention: one row per mention in such a group;
-- group_id is the smallest event id of the group. A mention with no row here is an
-- event of its own.
CREATE TABLE IF NOT EXISTS event_group_members (
    event_id VARCHAR NOT NULL,
    group_id VARCHAR NOT NULL
);

-- Mentions split off their group by hand: each stays an event of its own.
CREATE TABLE IF NOT EXISTS kept_apart (
    event_id VARCHAR NOT NULL,
    since TIMESTAMP NOT NULL  -- UTC
);

INSERT INTO meta VALUES ('schema_version', '3') ON CONFLICT DO NOTHING;
