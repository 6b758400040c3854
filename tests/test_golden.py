"""Whole articles against golden files: the bundled sample articles, coded.

Each sample in ``examples/articles.jsonl`` has a golden file in
``tests/data/golden/<id>.json`` listing its events (source, target, code,
modality, date, rule, place) and quotes (speaker, direct or indirect, and
opening words). After a change
that is meant to alter them, rewrite the files with
``EVENTWIRE_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from eventwire.models import Article, Result

from .conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "data" / "golden"
ARTICLES = [
    json.loads(line)
    for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def summarise(result: Result) -> dict:
    return {
        "events": [
            " ".join(
                (
                    f"{e.source_code}>{e.target_code or '-'}",
                    e.cameo,
                    e.modality,
                    e.date,
                    e.date_precision,
                    e.rule,
                    f"@{e.place_name or '-'}/{e.place_country or '-'}",
                )
            )
            for e in result.events
        ],
        "quotes": [
            f"{q.speaker_code or '-'} {q.speaker_name or q.speaker_text}"
            f"{'' if q.direct else ' (indirect)'}: {q.text[:40]}"
            for q in result.quotes
        ],
    }


def test_there_are_at_least_five_sample_articles():
    assert len(ARTICLES) >= 5
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("record", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_sample_article_matches_golden_file(pipeline, record):
    article = Article(
        record["id"], record["text"], dt.date.fromisoformat(record["published"])
    )
    got = summarise(pipeline.code(article))
    path = GOLDEN / f"{record['id']}.json"
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected
