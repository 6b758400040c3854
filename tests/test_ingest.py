"""Ingesting a corpus: batches, workers, bad input, and surviving SIGKILL."""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest import IngestProgress, ingest
from eventwire.store import Store

from .corpus import write_corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def contents(path):
    """Everything that must come out the same: ids, counts and groups."""
    with Store(path, read_only=True) as store:
        return {
            "counts": store.counts(),
            "groups": store.group_counts(),
            "articles": sorted(store.article_ids()),
            "events": sorted(e.event_id for e in store.events()),
            "quotes": sorted(q.quote_id for q in store.quotes()),
            "event_groups": sorted(
                (g.group_id, g.num_mentions, g.num_articles, g.num_sources)
                for g in store.event_groups()
            ),
        }


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory, pipeline):
    """A corpus of 40 articles ingested once, in this process."""
    folder = tmp_path_factory.mktemp("clean")
    corpus = write_corpus(folder / "corpus.jsonl", 40, bad_lines=True)
    report = ingest([str(corpus)], folder / "events.duckdb", batch_size=4)
    return corpus, folder / "events.duckdb", report


def test_ingest_stores_every_article_and_reports_bad_lines(clean_run):
    _, db, report = clean_run
    assert (report.added, report.skipped, report.errors) == (40, 0, 2)
    assert report.events == report.counts["events"] >= 100
    assert report.counts["articles"] == 40
    # The same three acts recur on the same days across articles: fewer events.
    assert report.counts["event_groups"] < report.counts["events"]


def test_ingesting_again_adds_nothing(clean_run, tmp_path):
    corpus, db, _ = clean_run
    before = contents(db)
    again = ingest([str(corpus)], db)
    assert (again.added, again.skipped) == (0, 40)
    assert contents(db) == before


def test_two_workers_store_the_same_as_one(clean_run, tmp_path):
    corpus, db, _ = clean_run
    other = tmp_path / "workers.duckdb"
    report = ingest([str(corpus)], other, workers=2, batch_size=4)
    assert report.added == 40
    assert contents(other) == contents(db)


def test_progress_is_reported_after_each_batch(clean_run, tmp_path):
    corpus, _, _ = clean_run
    seen: list[IngestProgress] = []
    problems = []
    ingest(
        [str(corpus)],
        tmp_path / "events.duckdb",
        batch_size=10,
        on_progress=seen.append,
        on_problem=problems.append,
    )
    assert [p.articles for p in seen] == [10, 20, 30, 40]
    assert seen[-1].events > 0 and seen[-1].errors == 2 and seen[-1].rate > 0
    assert sorted(p.origin.rsplit(":", 1)[1] for p in problems) == ["14", "22"]


DRIVER = """
import sys, time
from eventwire.ingest import ingest

def slowly(progress):
    print(progress.articles, flush=True)
    time.sleep(0.4)

ingest([sys.argv[1]], sys.argv[2], batch_size=4, on_progress=slowly)
print("done", flush=True)
"""


def test_a_killed_ingest_run_again_loses_and_duplicates_nothing(clean_run, tmp_path):
    corpus, clean_db, _ = clean_run
    db = tmp_path / "killed.duckdb"
    driver = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(corpus), str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        stored = [int(driver.stdout.readline()) for _ in range(3)]
        # A reader meanwhile: no "database is locked", the ingest's snapshot.
        with Store(db, read_only=True) as reader:
            assert reader.snapshot
            assert reader.counts()["articles"] <= 12
        driver.send_signal(signal.SIGKILL)  # midway, perhaps inside a write
    finally:
        driver.communicate(timeout=60)
    assert driver.returncode == -signal.SIGKILL
    assert stored == [4, 8, 12]
    with Store(db, read_only=True) as store:
        assert 12 <= store.counts()["articles"] < 40  # some, not all
    report = ingest([str(corpus)], db, batch_size=4)
    assert report.added + report.skipped == 40
    assert contents(db) == contents(clean_db)


def test_html_pages_are_ingested_with_their_title_date_and_url(tmp_path, pipeline):
    page = tmp_path / "pact.html"
    page.write_text(
        "<html><head><title>Kenya and Uganda sign border pact</title>"
        '<link rel="canonical" href="https://news.example.org/kenya-uganda-pact">'
        '<meta property="article:published_time" content="2024-03-12T09:30:00Z">'
        "</head><body><nav>Home | World | Sport</nav><article>"
        "<h1>Kenya and Uganda sign border pact</h1>"
        "<p>Kenya and Uganda signed an agreement on Tuesday to settle a dispute "
        "over their shared border, officials in Nairobi said.</p>"
        "<p>The Kenyan president praised Uganda for its patience during two "
        "years of talks.</p></article><footer>Copyright 2024</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "events.duckdb"
    assert ingest([str(tmp_path)], db).added == 1
    with Store(db, read_only=True) as store:
        (event, *_) = store.events(source="KEN")
        _, rows = store.query("SELECT title, url, published, text FROM articles")
    title, url, published, text = rows[0]
    assert title == "Kenya and Uganda sign border pact"
    assert url == "https://news.example.org/kenya-uganda-pact"
    assert published.isoformat() == "2024-03-12"
    assert text.startswith("Kenya and Uganda signed") and "Home" not in text
    assert event.date == "2024-03-12"


def test_cli_ingest_prints_the_totals_and_problems(tmp_path, pipeline):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6, bad_lines=True)
    db = str(tmp_path / "events.duckdb")
    result = CliRunner().invoke(
        main, ["ingest", str(corpus), "--db", db, "--workers", "1", "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    assert "corpus.jsonl:5: not valid JSON" in result.stderr
    assert 'corpus.jsonl:3: no "text" field' in result.stderr
    assert "6 articles added" in result.stderr and "2 errors" in result.stderr
    assert "distinct events" in result.stderr
    listed = CliRunner().invoke(main, ["events", "--db", db, "--format", "json"])
    assert len(listed.stdout.splitlines()) == 18
    assert json.loads(listed.stdout.splitlines()[0])["sentence"]


def test_bad_worker_count_is_refused(tmp_path):
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        ingest([], tmp_path / "events.duckdb", workers=0)
