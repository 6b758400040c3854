-- The eventwire database, schema version 2.
-- Column names are the field names of eventwire.models (Article, Event, Quote), so
-- that JSON, CSV, Parquet and SQL carry the same words. Every statement is
-- idempotent: the schema is applied each time a database is opened for writing.

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
    ingested_at TIMESTAMP NOT NULL  -- UTC
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

-- Version 1 to 2: the historical flag and the place's precision.
ALTER TABLE events ADD COLUMN IF NOT EXISTS historical BOOLEAN DEFAULT false;
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_precision VARCHAR DEFAULT '';
UPDATE meta SET value = '2' WHERE key = 'schema_version' AND value = '1';

INSERT INTO meta VALUES ('schema_version', '2') ON CONFLICT DO NOTHING;
