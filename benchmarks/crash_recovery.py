"""Crash safety on a real corpus: an ingest killed midway, then run again.

Usage:
    python benchmarks/crash_recovery.py [--data ../shared/data] [--kill-at 100]
                                        [--workers 1]

Ingests the 295 Wikinews articles of the reference data
(``corpus/wikinews/wikinews.jsonl``) three times with ``eventwire ingest``: once
cleanly into one database; then into a second database, killed with SIGKILL once
a reader (opening the database read-only while the ingest runs, so reading the
snapshot it publishes) sees at least ``--kill-at`` articles stored; then again
into the second database to the end. It prints what each database holds and
whether the two are identical: articles, event mentions, quotes, distinct events
and near-duplicates, and the ids of every article, event and quote.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eventwire.store import Store


def command(corpus: Path, db: Path, workers: int) -> list[str]:
    eventwire = Path(sys.executable).with_name("eventwire")
    return [str(eventwire), "ingest", str(corpus), "--db", str(db)] + [
        "--workers",
        str(workers),
    ]


def contents(db: Path) -> dict[str, Any]:
    with Store(db, read_only=True) as store:
        return {
            "counts": {**store.counts(), **store.group_counts()},
            "articles": sorted(store.article_ids()),
            "events": sorted(e.event_id for e in store.events()),
            "quotes": sorted(q.quote_id for q in store.quotes()),
            "groups": sorted(
                (g.group_id, g.num_mentions, g.num_articles, g.num_sources)
                for g in store.event_groups()
            ),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    parser.add_argument("--kill-at", type=int, default=100)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    corpus = Path(args.data) / "corpus" / "wikinews" / "wikinews.jsonl"
    if not corpus.exists():
        raise SystemExit(f"{corpus}: not found; pass --data with the reference data")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    with tempfile.TemporaryDirectory() as folder:
        clean, killed = Path(folder) / "clean.duckdb", Path(folder) / "killed.duckdb"
        started = time.perf_counter()
        subprocess.run(command(corpus, clean, args.workers), check=True, **quiet)
        print(f"clean run:       {time.perf_counter() - started:.0f} s")
        run = subprocess.Popen(command(corpus, killed, args.workers), **quiet)
        seen, reads = 0, 0
        while run.poll() is None and seen < args.kill_at:
            time.sleep(0.5)
            if os.path.exists(f"{killed}.snapshot"):
                with Store(killed, read_only=True) as reader:  # never "locked"
                    seen = reader.counts()["articles"]
                    reads += 1
        run.send_signal(signal.SIGKILL)
        run.wait()
        print(
            f"killed run:      SIGKILL once a reader saw {seen} articles "
            f"({reads} reads while it ran, none refused)"
        )
        with Store(killed, read_only=True) as store:
            print(f"after the kill:  {store.counts()}")
        subprocess.run(command(corpus, killed, args.workers), check=True, **quiet)
        first, second = contents(clean), contents(killed)
        print(f"clean:           {first['counts']}")
        print(f"killed + rerun:  {second['counts']}")
        same = all(first[key] == second[key] for key in first)
        print(f"identical (counts and every id): {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
