"""Parsing in batches: bounded by articles and by characters, the same results."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.models import Article
from eventwire.pipeline import _batches

ON = dt.date(2025, 3, 14)


def _articles(*lengths: int) -> list[Article]:
    return [Article(str(n), "x" * length, ON) for n, length in enumerate(lengths)]


BATCHES = [
    # (article lengths, articles a batch, characters a batch, batches' lengths)
    ((10, 10, 10), 16, 100, [[10, 10, 10]]),
    ((10, 10, 10), 2, 100, [[10, 10], [10]]),
    ((40, 40, 40), 16, 100, [[40, 40], [40]]),
    # A long article is parsed alone, whatever its neighbours.
    ((10, 500, 10), 16, 100, [[10], [500], [10]]),
    ((500, 500), 16, 100, [[500], [500]]),
    ((100, 1), 16, 100, [[100], [1]]),
    ((), 16, 100, []),
]


@pytest.mark.parametrize(("lengths", "size", "characters", "expected"), BATCHES)
def test_batches_end_at_their_count_or_their_characters(
    lengths, size, characters, expected
):
    found = _batches(iter(_articles(*lengths)), size, characters)
    assert [[len(a.text) for a in batch] for batch in found] == expected


def test_batches_keep_every_article_in_order():
    articles = _articles(30, 70, 5, 200, 1, 1, 99)
    found = [a for batch in _batches(articles, 3, 100) for a in batch]
    assert found == articles


TEXTS = [
    "Brazil praised Argentina on Monday.",
    "Kenyan police arrested twelve protesters in Nairobi on Tuesday. "
    "The opposition condemned the arrests.",
    "Nothing here.",
    "Germany and Poland signed a border agreement in Warsaw. “It is a good day,” "
    "the German chancellor said.",
]


def test_how_articles_are_batched_does_not_change_what_is_coded(pipeline):
    articles = [Article(str(n), text, ON) for n, text in enumerate(TEXTS)]
    together = list(pipeline.code_many(articles))
    alone = list(pipeline.code_many(articles, batch_size=1))
    assert together == alone
    assert sum(len(r.events) for r in together) >= 3
