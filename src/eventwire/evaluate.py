"""Scores of the coder on public gold data.

Two sets, read from a folder laid out like the project's reference data:

- ``cameo/icews-cameo-codes.csv``: the CAMEO manual's example sentence for
  each code; the coder's first-ranked event is compared on its root and full
  code.
- ``plover/PLOVER_GSR_CAMEO.txt``: PLOVER gold records (JSON) with event type,
  and source and target actors; compared on event type and on the countries
  (or organisations) of source and target.

Notes:
    The gold PLOVER records use the 2016 type names; DEMAND is today's REQUEST
    and DISAPPROVE and INVESTIGATE are today's ACCUSE, so those are compared
    as equal. "The first-ranked event" is the event of highest confidence,
    earliest in the sentence on ties.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SourceError
from .models import Article, Event
from .pipeline import Pipeline

PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
_REFERENCE_DATE = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class Score:
    """A share of hits among the cases counted."""

    name: str
    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.name}: {self.value:.3f} ({self.hits}/{self.total})"


def top_event(events: tuple[Event, ...]) -> Event | None:
    """The event the coder is surest of, earliest on ties."""
    if not events:
        return None
    return min(events, key=lambda e: (-e.confidence, e.trigger_start))


def score_cameo_examples(path: Path, pipeline: Pipeline) -> list[Score]:
    """Root and full-code accuracy on the CAMEO manual's example sentences."""
    cases: list[tuple[str, str]] = []
    try:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                example = (row.get("example") or "").strip()
                if example and example != "NA":
                    cases.append((row["code"].strip(), example))
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    articles = [
        Article(f"cameo-{i}", text, _REFERENCE_DATE)
        for i, (_, text) in enumerate(cases)
    ]
    covered = roots = codes = 0
    for (gold, _), result in zip(cases, pipeline.code_many(articles), strict=True):
        event = top_event(result.events)
        if event is None:
            continue
        covered += 1
        roots += event.root_code == gold[:2]
        codes += event.cameo == gold
    total = len(cases)
    return [
        Score("CAMEO examples with an event", covered, total),
        Score("CAMEO root accuracy", roots, total),
        Score("CAMEO full-code accuracy", codes, total),
    ]


def score_plover(path: Path, pipeline: Pipeline) -> list[Score]:
    """Event type and actor country accuracy on PLOVER gold records."""
    try:
        records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read the gold records ({exc})") from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise SourceError(f"{path}: expected a JSON list of PLOVER records")
    records = [
        r for r in records if r.get("event") not in (None, "DOCUMENT") and r.get("text")
    ]
    articles = [
        Article(str(r["id"]), str(r["text"]), _date(r.get("date"))) for r in records
    ]
    types = covered = 0
    counts = {
        "source": [0, 0],
        "target": [0, 0],
        "source sector": [0, 0],
        "target sector": [0, 0],
    }
    for record, result in zip(records, pipeline.code_many(articles), strict=True):
        event = top_event(result.events)
        gold_type = PLOVER_RENAMED.get(record["event"], record["event"])
        if event is not None:
            covered += 1
            types += PLOVER_RENAMED.get(event.plover, event.plover) == gold_type
        for side in ("source", "target"):
            gold = _gold_actors(record.get(side))
            countries = {a["code"][:3] for a in gold if a.get("code")}
            if countries:
                counts[side][1] += 1
                if event is not None and _side(event, side)[0] in countries:
                    counts[side][0] += 1
            sectors = {a["sector"] for a in gold if a.get("sector") and a.get("code")}
            if sectors:
                counts[f"{side} sector"][1] += 1
                if event is not None and _side(event, side)[1] in sectors:
                    counts[f"{side} sector"][0] += 1
    total = len(records)
    scores = [
        Score("PLOVER records with an event", covered, total),
        Score("PLOVER event-type accuracy", types, total),
    ]
    for name, (hits, cases) in counts.items():
        scores.append(Score(f"PLOVER {name} accuracy", hits, cases))
    return scores


def evaluate_all(data: str | Path, pipeline: Pipeline) -> Iterator[str]:
    """Every score the reference data allows, as printable lines."""
    folder = Path(data)
    cameo = folder / "cameo" / "icews-cameo-codes.csv"
    plover = folder / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not cameo.exists() and not plover.exists():
        raise SourceError(f"{folder}: no cameo/ or plover/ gold data here; pass --data")
    if cameo.exists():
        for score in score_cameo_examples(cameo, pipeline):
            yield str(score)
    if plover.exists():
        for score in score_plover(plover, pipeline):
            yield str(score)


def _side(event: Event, side: str) -> tuple[str, str]:
    if side == "source":
        return event.source_country, event.source_role
    return event.target_country, event.target_role


def _gold_actors(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def _date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return _REFERENCE_DATE
