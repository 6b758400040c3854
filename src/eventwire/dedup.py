"""Duplicate reports: near-duplicate articles and the events several articles report.

News counts reports, not events: one kidnapping carried by a wire service, rewritten
by three papers and updated twice is six articles. This module finds which articles
are copies or rewrites of each other (MinHash over word shingles, candidate pairs
from locality-sensitive hashing, kept when published within a few days of each
other) and which coded events are one event, so that the database can count each
event once and say how many mentions, articles and sources reported it.

Everything here is a pure function of its arguments: the store calls it and keeps
the answer in tables of its own, beside the events, so grouping never changes or
removes a stored mention and can be recomputed or undone at any time.

Notes:
    MinHash estimates the Jaccard similarity of two sets from the minima of random
    hash permutations (Broder 1997); LSH bands those signatures so that only likely
    pairs are compared (Leskovec, Rajaraman and Ullman, *Mining of Massive Datasets*,
    ch. 3). Both come from the datasketch package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch imports scipy, most of a second: when first needed
    from datasketch import MinHash

__all__ = [
    "NUM_PERM",
    "THRESHOLD",
    "WINDOW_DAYS",
    "EventKey",
    "Fingerprint",
    "cluster_articles",
    "fingerprint",
    "group_events",
    "pairs_within",
    "similarity",
]

NUM_PERM = 128
"""Hash permutations per signature: 512 bytes an article, a Jaccard error near 0.09."""

THRESHOLD = 0.5
"""Estimated Jaccard similarity of word 3-gram sets at and above which two articles
are near-duplicates. Wire copies score 0.8 to 1; a rewrite of the same story with
new paragraphs 0.5 to 0.8; two stories on the same topic from different desks
below 0.2."""

WINDOW_DAYS = 3
"""Near-duplicates are published at most this many days apart."""

SHINGLE_WORDS = 3
_SCHEME = "affine32"  # fixed, so that signatures stored by one version stay comparable
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """An article's MinHash signature and publication date."""

    article_id: str
    published: dt.date | None
    signature: bytes


@dataclass(frozen=True)
class EventKey:
    """What decides whether two coded events are one: who, what, when, where from."""

    event_id: str
    article_id: str
    source_code: str
    target_code: str
    cameo: str
    modality: str
    date: str


def fingerprint(text: str) -> bytes:
    """The MinHash signature of a text's lower-cased word 3-grams.

    Args:
        text: The article text.

    Returns:
        ``NUM_PERM`` unsigned 32-bit minima as bytes, for :func:`similarity` and
        :func:`cluster_articles`. A text of fewer than three words is hashed whole.
    """
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        shingles = {" ".join(words).encode("utf-8")}
    else:
        shingles = {
            " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)
        }
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, scheme=_SCHEME)
    minhash.update_batch(sorted(shingles))
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0 to 1)."""
    return float(_minhash(first).jaccard(_minhash(second)))


def cluster_articles(
    fingerprints: Iterable[Fingerprint],
    threshold: float = THRESHOLD,
    window_days: int = WINDOW_DAYS,
) -> dict[str, str]:
    """Group near-duplicate articles published within a window of each other.

    Two articles are linked when LSH proposes them, their estimated similarity is
    at least ``threshold`` and their publication dates are at most
    ``window_days`` apart (undated articles are linked only to undated ones);
    clusters are the connected parts of those links.

    Args:
        fingerprints: Every article to consider.
        threshold: Least estimated Jaccard similarity of a linked pair.
        window_days: Most days between the publication dates of a linked pair.

    Returns:
        For every article, its cluster id: the smallest article id in its cluster
        (an article alone is its own cluster).
    """
    items = sorted(fingerprints, key=lambda f: f.article_id)
    parent = {item.article_id: item.article_id for item in items}
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=_lsh_threshold(threshold), num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for item in items:
        minhash = _minhash(item.signature)
        hashes[item.article_id] = minhash
        lsh.insert(item.article_id, minhash)
    dates = {item.article_id: item.published for item in items}
    for item in items:
        for other in lsh.query(hashes[item.article_id]):
            if other <= item.article_id:  # each pair once
                continue
            if not _within(dates[item.article_id], dates[other], window_days):
                continue
            if hashes[item.article_id].jaccard(hashes[other]) >= threshold:
                _union(parent, item.article_id, other)
    return {article_id: _find(parent, article_id) for article_id in parent}


def group_events(
    keys: Iterable[EventKey],
    clusters: dict[str, str],
    kept_apart: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Which coded events report the same event.

    Two events are one when they have the same source, target, CAMEO code and
    modality and either carry the same date, or come from the same article or
    from near-duplicate articles and are dated at most a day apart (a rewrite
    published a day later resolves "on Friday" to the same day, but
    "yesterday" comes out a day apart).

    Args:
        keys: Every stored event.
        clusters: Article id to near-duplicate cluster id, from
            :func:`cluster_articles`; an article missing from it is alone.
        kept_apart: Event ids that were split off by hand: each stays its own
            group whatever matches it.

    Returns:
        For every event, its group id: the smallest event id in its group.
    """
    items = sorted(keys, key=lambda k: k.event_id)
    parent = {key.event_id: key.event_id for key in items}
    first_by_date: dict[tuple[str, ...], str] = {}
    by_cluster: dict[tuple[str, ...], list[EventKey]] = {}
    for key in items:
        if key.event_id in kept_apart:
            continue
        what = (key.source_code, key.target_code, key.cameo, key.modality)
        if key.date:  # an undated event matches nothing by date
            first = first_by_date.setdefault((*what, key.date), key.event_id)
            if first != key.event_id:
                _union(parent, first, key.event_id)
        cluster = clusters.get(key.article_id, key.article_id)
        bucket = by_cluster.setdefault((*what, cluster), [])
        for other in bucket:
            if _near_dates(key.date, other.date):
                _union(parent, other.event_id, key.event_id)
        bucket.append(key)
    return {event_id: _find(parent, event_id) for event_id in parent}


def pairs_within(groups: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Every unordered pair of ids that share a group, each pair once, sorted."""
    members: dict[str, list[str]] = {}
    for item, group in groups.items():
        members.setdefault(group, []).append(item)
    for ids in members.values():
        ids.sort()
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                yield first, second


def _near_dates(first: str, second: str) -> bool:
    """The same date, or days at most one apart."""
    if first == second:
        return True
    try:
        one = dt.date.fromisoformat(first[:10])
        two = dt.date.fromisoformat(second[:10])
    except ValueError:
        return False
    return len(first) >= 10 and len(second) >= 10 and abs((one - two).days) <= 1


def _minhash(signature: bytes) -> MinHash:
    from datasketch import MinHash

    values = np.frombuffer(signature, dtype="<u4").astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=_SCHEME)


def _lsh_threshold(threshold: float) -> float:
    # LSH misses some pairs just above its threshold; asking it for a little
    # less and checking each candidate's similarity keeps recall without
    # admitting pairs below the threshold.
    return max(0.05, min(0.95, threshold - 0.1))


def _within(first: dt.date | None, second: dt.date | None, days: int) -> bool:
    if first is None or second is None:
        return first is None and second is None
    return abs((first - second).days) <= days


def _find(parent: dict[str, str], item: str) -> str:
    root = item
    while parent[root] != root:
        root = parent[root]
    while parent[item] != root:  # path compression
        parent[item], item = root, parent[item]
    return root


def _union(parent: dict[str, str], first: str, second: str) -> None:
    a, b = _find(parent, first), _find(parent, second)
    if a != b:
        # The smaller id becomes the root, so that a group's id is its smallest.
        parent[max(a, b)] = min(a, b)
