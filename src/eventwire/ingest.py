"""Ingesting a corpus: read, code (in worker processes), store, group.

One process writes the database; ``workers`` processes, each with the model and
dictionaries loaded once, only code. Articles go to them in batches and come back
in input order, and each batch is stored in one transaction, so a run killed at any
moment leaves whole batches behind and nothing half-written: running it again skips
what is stored (articles are keyed by their id, or the hash of their text) and
codes the rest. When every batch is in, near-duplicate articles and event groups
are recomputed (:meth:`eventwire.store.Store.regroup`).

Example::

    report = ingest(["corpus/"], "events.duckdb", workers=2)
    print(report.added, report.events, report.counts)
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import StoreError
from .models import Article, Result
from .sources import Problem, read_articles
from .store import Store

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["BATCH_SIZE", "SNAPSHOT_EVERY", "IngestProgress", "IngestReport", "ingest"]

BATCH_SIZE = 16
"""Articles a worker codes at a time, and that one transaction stores."""

SNAPSHOT_EVERY = 5.0
"""Seconds between the snapshots an ingest publishes for readers, at the least."""


@dataclass(frozen=True)
class IngestProgress:
    """How far an ingest has come, as the progress bar shows it."""

    articles: int  # articles coded and stored (or found already stored)
    events: int  # events found in them
    errors: int  # inputs skipped: bad files and lines, articles not coded
    seconds: float  # since coding started

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did, and what the database holds after it."""

    added: int  # articles stored by this run
    skipped: int  # articles already stored (by this or an earlier run)
    events: int  # events (mentions) stored by this run
    quotes: int  # quotes stored by this run
    errors: int  # inputs skipped: bad files and lines, articles not coded
    seconds: float  # coding and storing, model loading included
    counts: dict[str, int] = field(default_factory=dict)  # the database's totals

    @property
    def rate(self) -> float:
        """Articles stored per second."""
        return self.added / self.seconds if self.seconds > 0 else 0.0


def ingest(
    inputs: Sequence[str],
    db: str | Path,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    published: dt.date | None = None,
    model: str | None = None,
    actor_files: Sequence[Path] = (),
    verb_files: Sequence[Path] = (),
    group: bool = True,
    snapshot_every: float = SNAPSHOT_EVERY,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[IngestProgress], None] | None = None,
) -> IngestReport:
    """Code articles and store them, their events and quotes in a database.

    Args:
        inputs: Files, directories or ``"-"``, as for
            :func:`eventwire.sources.read_articles`.
        db: The database file (created if missing).
        workers: Processes that code; 1 codes in this process.
        batch_size: Articles per batch and per transaction.
        published: Publication date of articles that carry none.
        model: spaCy model package; the small English model by default.
        actor_files: Users' actor dictionaries, as for
            :meth:`eventwire.pipeline.Resources.load`.
        verb_files: Verb dictionaries that replace the built-in rules.
        group: Recompute near-duplicates and event groups at the end.
        snapshot_every: Least seconds between snapshots for readers.
        on_problem: Called with each bad input (skipped) and each warning.
        on_progress: Called after each stored batch.

    Returns:
        What was added and what the database holds.

    Raises:
        SourceError: An input path does not exist.
        StoreError: The database cannot be opened or written.
        ModelError: The spaCy model cannot be loaded.
    """
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be 1 or more, not {batch_size}")
    report = _Tally()

    def problem(found: Problem) -> None:
        if not found.is_warning:
            report.errors += 1
        if on_problem is not None:
            on_problem(found)

    started = time.perf_counter()
    with Store(db) as store:
        stored = store.article_ids()
        articles = _fresh(read_articles(inputs, published), stored, report, problem)
        batches = _batches(articles, batch_size)
        dictionaries = (tuple(actor_files), tuple(verb_files))
        with _coder(workers, model, dictionaries) as code:
            for results in code(batches):
                for result in results:
                    for warning in result.warnings:
                        origin = result.article.origin or result.article.article_id
                        problem(Problem(origin, f"warning: {warning}"))
                        if warning.startswith("not coded"):
                            report.errors += 1
                _store(store, results, report)
                store.publish_snapshot(at_most_every=snapshot_every)
                if on_progress is not None:
                    seconds = time.perf_counter() - started
                    on_progress(report.progress(seconds))
        if group:
            store.regroup()
        counts = {**store.counts(), **store.group_counts()}
    return IngestReport(
        added=report.added,
        skipped=report.skipped,
        events=report.events,
        quotes=report.quotes,
        errors=report.errors,
        seconds=time.perf_counter() - started,
        counts=counts,
    )


@dataclass
class _Tally:
    added: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    errors: int = 0

    def progress(self, seconds: float) -> IngestProgress:
        done = self.added + self.skipped
        return IngestProgress(done, self.events, self.errors, seconds)


def _fresh(
    items: Iterable[Article | Problem],
    stored: set[str],
    report: _Tally,
    problem: Callable[[Problem], None],
) -> Iterator[Article]:
    """The articles not stored yet, each once; problems reported on the way."""
    for item in items:
        if isinstance(item, Problem):
            problem(item)
        elif item.article_id in stored:
            report.skipped += 1
        else:
            stored.add(item.article_id)
            yield item


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(itertools.islice(articles, size)):
        yield batch


def _store(store: Store, results: list[Result], report: _Tally) -> None:
    """Store a batch in one transaction; if that fails, each article alone, so
    that one article the database refuses does not lose the rest."""
    flags: list[bool | None]
    try:
        flags = list(store.add_many(results))
    except StoreError:
        flags = [_add_alone(store, result) for result in results]
    for result, added in zip(results, flags, strict=True):
        if added is None:
            report.errors += 1
        elif added:
            report.added += 1
            report.events += len(result.events)
            report.quotes += len(result.quotes)
        else:
            report.skipped += 1


def _add_alone(store: Store, result: Result) -> bool | None:
    """Whether the article was stored; None if the database refused it."""
    try:
        return store.add(result)
    except StoreError:
        return None


Coder = Callable[[Iterator[list[Article]]], Iterator[list[Result]]]


# The users' actor files and verb files a coder loads besides the built-in ones.
Dictionaries = tuple[tuple[Path, ...], tuple[Path, ...]]


def _pipeline(model: str | None, dictionaries: Dictionaries) -> Pipeline:
    from .pipeline import Pipeline, Resources

    actor_files, verb_files = dictionaries
    resources = Resources.load(actor_files=actor_files, verb_files=verb_files)
    return Pipeline(model, resources)


@contextmanager
def _coder(
    workers: int, model: str | None, dictionaries: Dictionaries
) -> Iterator[Coder]:
    """A function from batches of articles to batches of results, in order."""
    if workers == 1:
        pipeline = _pipeline(model, dictionaries)

        def code_here(batches: Iterator[list[Article]]) -> Iterator[list[Result]]:
            for batch in batches:
                yield list(pipeline.code_many(batch))

        yield code_here
        return
    # spawn, not fork: the parent holds a DuckDB connection and threads, which
    # a forked child must not inherit.
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(
        workers, initializer=_start_worker, initargs=(model, dictionaries)
    )
    try:
        yield lambda batches: _in_order(pool, batches, 2 * workers)
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _in_order(
    pool: Pool, batches: Iterator[list[Article]], in_flight: int
) -> Iterator[list[Result]]:
    """Results of batches coded by the pool, in input order, with at most
    ``in_flight`` batches read ahead (Pool.imap would read all input first)."""
    pending: deque[AsyncResult[list[Result]]] = deque()
    for batch in batches:
        pending.append(pool.apply_async(_code_batch, (batch,)))
        if len(pending) >= in_flight:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


# The pipeline of a worker process, loaded once by _start_worker: a process-wide
# value is the only state a multiprocessing initializer can hand its tasks.
_WORKER_PIPELINE: list[object] = []


def _start_worker(model: str | None, dictionaries: Dictionaries) -> None:
    try:
        _WORKER_PIPELINE.append(_pipeline(model, dictionaries))
    except Exception as exc:  # raised again by the first task, in the parent
        # An initializer that raises makes the pool start workers for ever.
        _WORKER_PIPELINE.append(exc)


def _code_batch(batch: list[Article]) -> list[Result]:
    from .pipeline import Pipeline

    pipeline = _WORKER_PIPELINE[0]
    if isinstance(pipeline, Exception):
        raise pipeline
    assert isinstance(pipeline, Pipeline)
    return list(pipeline.code_many(batch))
