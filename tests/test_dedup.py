"""Near-duplicate articles and event groups: the pure functions of dedup."""

import datetime as dt

import pytest

from eventwire.dedup import (
    EventKey,
    Fingerprint,
    cluster_articles,
    fingerprint,
    group_events,
    pairs_within,
    similarity,
)

STORY = (
    "Kenya and Uganda signed an agreement on Tuesday to settle a dispute over "
    "their shared border, officials in Nairobi said. The Kenyan president praised "
    "Uganda for its patience during two years of talks and said trade across the "
    "border would resume next month."
)
WIRE_COPY = "NAIROBI (Example Wire) - " + STORY
REWRITE = (
    STORY.replace("officials in Nairobi said", "a government spokesman said")
    + " Traders in the border town of Busia welcomed the news."
)
OTHER = (
    "France and Germany held talks in Berlin on energy prices, with ministers "
    "promising a joint plan for the winter and new links between their grids."
)
DAY = dt.date(2025, 3, 11)


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        (STORY, STORY, 1.0, 1.0),
        (STORY, WIRE_COPY, 0.8, 1.0),
        (STORY, REWRITE, 0.5, 0.95),
        (STORY, OTHER, 0.0, 0.1),
    ],
)
def test_similarity_of_copies_rewrites_and_other_stories(first, second, low, high):
    assert low <= similarity(fingerprint(first), fingerprint(second)) <= high


def test_fingerprint_ignores_case_and_punctuation():
    assert fingerprint(STORY) == fingerprint(STORY.upper().replace(",", ""))


def test_short_text_still_has_a_fingerprint():
    assert similarity(fingerprint("Ceasefire"), fingerprint("ceasefire!")) == 1.0


def prints(*items):
    return [
        Fingerprint(article_id, day, fingerprint(text))
        for article_id, day, text in items
    ]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            [("a", DAY, STORY), ("b", DAY, WIRE_COPY), ("c", DAY, OTHER)],
            {"a": "a", "b": "a", "c": "c"},
        ),
        (
            [("b", DAY, STORY), ("a", DAY + dt.timedelta(days=3), REWRITE)],
            {"a": "a", "b": "a"},
        ),
        (  # four days apart: outside the window, whatever the text
            [("a", DAY, STORY), ("b", DAY + dt.timedelta(days=4), WIRE_COPY)],
            {"a": "a", "b": "b"},
        ),
        (  # undated articles pair only with undated ones
            [("a", None, STORY), ("b", DAY, WIRE_COPY), ("c", None, WIRE_COPY)],
            {"a": "a", "b": "b", "c": "a"},
        ),
        (  # a chain: copy of the story, rewrite of the copy
            [("a", DAY, STORY), ("b", DAY, WIRE_COPY), ("c", DAY, REWRITE)],
            {"a": "a", "b": "a", "c": "a"},
        ),
    ],
)
def test_clusters_are_near_duplicates_within_the_window(items, expected):
    assert cluster_articles(prints(*items)) == expected


def test_threshold_and_window_are_settings():
    items = prints(("a", DAY, STORY), ("b", DAY + dt.timedelta(days=4), REWRITE))
    assert cluster_articles(items, window_days=5) == {"a": "a", "b": "a"}
    assert cluster_articles(items, threshold=0.99, window_days=5) == {
        "a": "a",
        "b": "b",
    }


def key(
    event_id, article_id, date="2025-03-11", source="KEN", target="UGA", code="057"
):
    return EventKey(event_id, article_id, source, target, code, "actual", date)


@pytest.mark.parametrize(
    ("keys", "clusters", "expected"),
    [
        (  # same actors, code and day in two unrelated articles: one event
            [key("e1", "a"), key("e2", "b")],
            {},
            {"e1": "e1", "e2": "e1"},
        ),
        (  # another day: two events, unless the articles are copies
            [key("e1", "a"), key("e2", "b", date="2025-03-10")],
            {},
            {"e1": "e1", "e2": "e2"},
        ),
        (
            [key("e1", "a"), key("e2", "b", date="2025-03-10")],
            {"a": "a", "b": "a"},
            {"e1": "e1", "e2": "e1"},
        ),
        (  # another code, target or source: never the same event
            [key("e1", "a"), key("e2", "a", code="051"), key("e3", "a", target="TZA")],
            {},
            {"e1": "e1", "e2": "e2", "e3": "e3"},
        ),
        (  # undated mentions join only through their article
            [key("e1", "a", date=""), key("e2", "b", date=""), key("e3", "a", date="")],
            {},
            {"e1": "e1", "e2": "e2", "e3": "e1"},
        ),
        (  # the group id is the smallest event id, whatever the order
            [key("z", "a"), key("m", "b"), key("q", "c")],
            {},
            {"z": "m", "m": "m", "q": "m"},
        ),
    ],
)
def test_events_group_by_actors_code_and_day_or_by_duplicate_article(
    keys, clusters, expected
):
    assert group_events(keys, clusters) == expected


def test_a_mention_kept_apart_stays_alone_and_the_rest_still_group():
    keys = [key("e1", "a"), key("e2", "b"), key("e3", "c")]
    assert group_events(keys, {}, frozenset({"e1"})) == {
        "e1": "e1",
        "e2": "e2",
        "e3": "e2",
    }


def test_pairs_within_lists_each_pair_of_a_group_once():
    groups = {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert sorted(pairs_within(groups)) == [("a", "b"), ("a", "c"), ("b", "c")]
