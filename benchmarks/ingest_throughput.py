"""Ingest throughput on real wire copy: articles per second with 1 and 2 workers.

Usage:
    python benchmarks/ingest_throughput.py [--data ../shared/data] [--articles 2000]
                                           [--workers 1 2]

Takes the first N records of the Reuters-21578 corpus of the reference data
(``corpus/reuters21578/reuters21578.jsonl``; records without a body are reported
and skipped, as any bad input is), and ingests them into a fresh database once per
worker count, timing the whole run: reading, coding, storing in batches, grouping
duplicates at the end, and starting the workers (each loads the model once).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import tempfile
import time
from pathlib import Path

from eventwire.ingest import ingest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    corpus = Path(args.data) / "corpus" / "reuters21578" / "reuters21578.jsonl"
    if not corpus.exists():
        raise SystemExit(f"{corpus}: not found; pass --data with the reference data")
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "reuters.jsonl"
        with corpus.open(encoding="utf-8") as handle:
            sample.write_text(
                "".join(itertools.islice(handle, args.articles)), encoding="utf-8"
            )
        print(f"records:            first {args.articles} of {corpus.name}")
        for workers in args.workers:
            db = Path(folder) / f"workers{workers}.duckdb"
            cpu_before = _cpu_seconds()
            started = time.perf_counter()
            report = ingest([str(sample)], db, workers=workers)
            seconds = time.perf_counter() - started
            cpu = _cpu_seconds() - cpu_before
            print(
                f"workers={workers}:          {report.added} articles stored, "
                f"{report.errors} records skipped (no body), {report.events} events "
                f"({report.counts['event_groups']} distinct) in {seconds:.1f} s: "
                f"{report.added / seconds:.2f} articles/s; {cpu:.1f} CPU s in all "
                f"processes, load average {os.getloadavg()[0]:.1f} on "
                f"{os.cpu_count()} cores"
            )


def _cpu_seconds() -> float:
    """User and system time of this process and its finished children."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


if __name__ == "__main__":
    main()
