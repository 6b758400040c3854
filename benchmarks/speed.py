"""Coding speed on real news: sentences and articles per second.

Usage:
    python benchmarks/speed.py [--data ../shared/data] [--articles 100]

Reads the Wikinews corpus of the reference data (``corpus/wikinews/wikinews.jsonl``),
codes the first N articles with one pipeline and prints the figures: parse and
coding together, model load excluded, then the peak resident memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import time
from pathlib import Path

from eventwire.models import Article
from eventwire.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    corpus = Path(args.data) / "corpus" / "wikinews" / "wikinews.jsonl"
    if not corpus.exists():
        raise SystemExit(
            f"{corpus}: not found; pass --data with the reference data folder"
        )
    articles = []
    with corpus.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= args.articles:
                break
            record = json.loads(line)
            published = dt.date.fromisoformat(
                str(record.get("date", ""))[:10] or "2020-01-01"
            )
            articles.append(Article(str(record["id"]), record["text"], published))

    started = time.perf_counter()
    pipeline = Pipeline()
    loaded = time.perf_counter()
    sentences = events = quotes = 0
    for result in pipeline.code_many(articles):
        events += len(result.events)
        quotes += len(result.quotes)
    done = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Count sentences with the parser's own splits, outside the timed part.
    for doc in pipeline.nlp.pipe((a.text for a in articles), batch_size=4):
        sentences += sum(1 for _ in doc.sents)
    seconds = done - loaded
    print(f"articles:           {len(articles)}")
    print(f"sentences:          {sentences}")
    print(f"events, quotes:     {events}, {quotes}")
    print(f"load (model+dicts): {loaded - started:.2f} s")
    print(f"coding time:        {seconds:.2f} s")
    print(f"articles/s:         {len(articles) / seconds:.2f}")
    print(f"sentences/s:        {sentences / seconds:.1f}")
    print(f"peak memory:        {peak_mb:.0f} MB (model, dictionaries and coding)")


if __name__ == "__main__":
    main()
