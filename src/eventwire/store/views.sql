-- Views over the eventwire tables, replaced each time a database is opened for writing.

-- Every mention (a coded event as one article reports it) with the event it belongs
-- to and the article it came from. source_key names the information source for
-- num_sources: the article's source, else the host of its URL, else the article
-- itself (two articles of unknown origin are not assumed to share one).
CREATE OR REPLACE VIEW mentions AS
SELECT
    coalesce(g.group_id, e.event_id) AS group_id,
    e.*,
    a.url,
    a.source AS publisher,
    a.published,
    a.ingested_at,
    coalesce(
        nullif(lower(a.source), ''),
        nullif(regexp_extract(lower(a.url), '^[a-z]+://(www\.)?([^/:?#]+)', 2), ''),
        'article:' || e.article_id
    ) AS source_key
FROM events AS e
JOIN articles AS a USING (article_id)
LEFT JOIN event_group_members AS g USING (event_id);

-- One row per event, GDELT's unit of counting: the fields of its representative
-- mention (the one whose id is the group id) and how often it was reported.
CREATE OR REPLACE VIEW event_groups AS
WITH counted AS (
    SELECT
        group_id,
        count(*) AS num_mentions,
        count(DISTINCT article_id) AS num_articles,
        count(DISTINCT source_key) AS num_sources,
        bool_or(sentence_index < 3) AS is_root,
        min(ingested_at) AS added,
        arg_min(url, coalesce(CAST(published AS VARCHAR), '9999') || article_id)
            AS first_url
    FROM mentions
    GROUP BY group_id
)
SELECT m.*, c.num_mentions, c.num_articles, c.num_sources, c.is_root, c.added,
    c.first_url
FROM counted AS c
JOIN mentions AS m ON m.event_id = c.group_id;
