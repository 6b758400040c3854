"""Scores of the coder on public gold data.

Two sets, read from a folder laid out like the project's reference data:

- ``cameo/icews-cameo-codes.csv``: the CAMEO manual's example sentence for
  each code; the coder's first-ranked event is compared on its root and full
  code.
- ``plover/PLOVER_GSR_CAMEO.txt``: PLOVER gold records (JSON) with event type,
  and source and target actors; compared on event type and on the countries
  (or organisations) of source and target of the first-ranked event, and, for
  the actor layer alone, on the country and sector of the mention eventwire
  resolves at each gold actor's own words.

Notes:
    The gold PLOVER records use the 2016 type names; DEMAND is today's REQUEST
    and DISAPPROVE and INVESTIGATE are today's ACCUSE, so those are compared
    as equal. Their actor codes are CAMEO's: "IGO" and "NGO" for any
    organisation, and a few old country codes (ITL, JAP, VTN). "The
    first-ranked event" is the event of highest confidence, earliest in the
    sentence on ties.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .actors import ActorDictionary
from .coding.rules import Coding
from .errors import SourceError
from .mentions import MentionIndex
from .models import Article, Event, Mention
from .phrases import adjective_country
from .pipeline import Pipeline, code_events, index_mentions
from .sources import repair_mojibake

PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
# Old CAMEO country codes of the gold records, to the ISO codes eventwire uses.
LEGACY_CODES = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}
ORGANISATIONS = ("IGO", "NGO")
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
    cases = _cameo_cases(path)
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


def _cameo_cases(path: Path) -> list[tuple[str, str]]:
    """(code, example sentence) of each code the manual gives an example for."""
    cases: list[tuple[str, str]] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from exc
    # The manual's table is cp1252 holding UTF-8 punctuation once read as
    # Mac Roman ("Jordan‚Äôs"): read it as the sentences were written.
    text = repair_mojibake(data.decode("utf-8", errors="replace"))
    if "\ufffd" in text:
        text = repair_mojibake(data.decode("cp1252", errors="replace"))
    for row in csv.DictReader(io.StringIO(text, newline="")):
        example = (row.get("example") or "").strip()
        if example and example != "NA":
            cases.append((row["code"].strip(), example))
    return cases


def score_plover(path: Path, pipeline: Pipeline) -> list[Score]:
    """Event type and actor country accuracy on PLOVER gold records."""
    records = _plover_records(path)
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
            gold = [a for a in _gold_actors(record.get(side)) if a.get("code")]
            if not gold:
                continue
            counts[side][1] += 1
            ours = _side(event, side) if event is not None else None
            if ours is not None and any(_same_country(ours, a) for a in gold):
                counts[side][0] += 1
            sectors = [a for a in gold if _gold_sector(a)]
            if sectors:
                counts[f"{side} sector"][1] += 1
                if ours is not None and any(_same_sector(ours, a) for a in sectors):
                    counts[f"{side} sector"][0] += 1
    total = len(records)
    scores = [
        Score("PLOVER records with an event", covered, total),
        Score("PLOVER event-type accuracy", types, total),
    ]
    for name, (hits, cases) in counts.items():
        scores.append(Score(f"PLOVER {name} accuracy", hits, cases))
    return scores


def score_plover_actors(path: Path, pipeline: Pipeline) -> list[Score]:
    """The actor layer alone: what each gold actor's own words resolve to.

    For every gold source and target whose words are found in the sentence,
    the mention eventwire resolves there is compared on its country (or
    organisation) and, where the gold gives one, its sector.
    """
    records = _plover_records(path)
    actors = pipeline.resources.actors
    countries = [0, 0]
    sectors = [0, 0]
    texts = [str(r["text"]) for r in records]
    for record, doc in zip(records, pipeline.nlp.pipe(texts), strict=True):
        on = _date(record.get("date"))
        places = pipeline.resources.gazetteer
        index = MentionIndex.build(doc, actors, on, places=places)
        for side in ("source", "target"):
            for gold in _gold_actors(record.get(side)):
                words = str(gold.get("actorText") or "")
                start = doc.text.find(words) if words and gold.get("code") else -1
                if start < 0:
                    continue
                mention = mention_at(doc, index, start, start + len(words), actors)
                actor = mention.actor if mention is not None else None
                ours = (actor.code, actor.country, actor.role) if actor else None
                countries[1] += 1
                countries[0] += ours is not None and _same_country(ours, gold)
                if _gold_sector(gold):
                    sectors[1] += 1
                    sectors[0] += ours is not None and _same_sector(ours, gold)
    return [
        Score("PLOVER actor country (or organisation) accuracy", *countries),
        Score("PLOVER actor sector accuracy", *sectors),
    ]


def mention_at(
    doc: Doc, index: MentionIndex, start: int, end: int, actors: ActorDictionary
) -> Mention | None:
    """The mention resolved at the characters ``start:end`` of ``doc``.

    Words that only modify a head ("Hungarian" in "Hungarian and Romanian
    officials") find the head's mention for their own country.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    found = index.mention(root)
    if found is not None:
        # "Egyptian warships" in "French and Egyptian warships": the
        # coordinated mention of the country the words name.
        country = adjective_country(list(span), actors)
        for other in index.coordinated.get(root.i, []):
            if country and other.actor.country == country != found.actor.country:
                return other
        return found
    word = root
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    country = adjective_country([root], actors)
    # Up the chain of modifiers to the first head with a mention: "U.N." in
    # "U.N. mediator Diego Cordovez" modifies "mediator", which names no one.
    for _ in range(_MODIFIER_STEPS):
        if word.dep_ not in ("amod", "compound", "poss", "nmod") or word.head is word:
            return None
        word = word.head
        candidates = [index.mention(word), *index.coordinated.get(word.i, [])]
        if not any(candidates):
            continue
        for candidate in candidates:
            if candidate is None:
                continue
            if candidate.actor.country == country:
                return candidate
            if not country and candidate.start <= root.idx < candidate.end:
                return candidate  # a name that gives the whole phrase its actor
        return None
    return None


_MODIFIER_STEPS = 3  # "X" in "X deputy foreign minister Y": three heads up at most


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
        for score in score_plover_actors(plover, pipeline):
            yield str(score)


@dataclass(frozen=True)
class JudgedEvent:
    """An event coded in a gold sentence, and whether the gold agrees.

    ``correct``: for a CAMEO example, the event's root is the example's; for a
    PLOVER record, its event type is the record's and so are the countries (or
    organisations) of its source and target, where the record names them.
    Every event of a sentence is judged, not only the first-ranked one.
    """

    gold: str  # "cameo" or "plover"
    case: int  # the sentence's position among the cases of its set
    coding: Coding
    event: Event
    correct: bool


def judge_events(data: str | Path, pipeline: Pipeline) -> list[JudgedEvent]:
    """Every event coded in the gold sentences of ``data``, judged.

    Raises:
        SourceError: the folder holds neither gold set, or one cannot be read.
    """
    folder = Path(data)
    cameo = folder / "cameo" / "icews-cameo-codes.csv"
    plover = folder / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not cameo.exists() and not plover.exists():
        raise SourceError(f"{folder}: no cameo/ or plover/ gold data here; pass --data")
    judged: list[JudgedEvent] = []
    if cameo.exists():
        cases = _cameo_cases(cameo)
        texts = [(text, _REFERENCE_DATE) for _, text in cases]
        for case, (gold, pairs) in enumerate(
            zip(cases, _coded(texts, pipeline), strict=True)
        ):
            for coding, event in pairs:
                right = event.root_code == gold[0][:2]
                judged.append(JudgedEvent("cameo", case, coding, event, right))
    if plover.exists():
        records = _plover_records(plover)
        texts = [(str(r["text"]), _date(r.get("date"))) for r in records]
        for case, (record, pairs) in enumerate(
            zip(records, _coded(texts, pipeline), strict=True)
        ):
            for coding, event in pairs:
                right = _plover_right(event, record)
                judged.append(JudgedEvent("plover", case, coding, event, right))
    return judged


def _coded(
    texts: list[tuple[str, dt.date]], pipeline: Pipeline
) -> Iterator[list[tuple[Coding, Event]]]:
    """The codings and events of each text, in order."""
    docs = pipeline.nlp.pipe(text for text, _ in texts)
    for number, (doc, (_, on)) in enumerate(zip(docs, texts, strict=True)):
        article = Article(f"gold-{number}", doc.text, on)
        mentions, _ = index_mentions(doc, pipeline.resources, on)
        yield list(code_events(doc, article, pipeline.resources, mentions, on))


def _plover_right(event: Event, record: dict[str, Any]) -> bool:
    gold_type = PLOVER_RENAMED.get(record["event"], record["event"])
    if PLOVER_RENAMED.get(event.plover, event.plover) != gold_type:
        return False
    for side in ("source", "target"):
        gold = [a for a in _gold_actors(record.get(side)) if a.get("code")]
        if gold and not any(_same_country(_side(event, side), a) for a in gold):
            return False
    return True


def _plover_records(path: Path) -> list[dict[str, Any]]:
    try:
        records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: cannot read the gold records ({exc})") from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise SourceError(f"{path}: expected a JSON list of PLOVER records")
    return [
        r for r in records if r.get("event") not in (None, "DOCUMENT") and r.get("text")
    ]


def _side(event: Event, side: str) -> tuple[str, str, str]:
    """(code, country, role) of the event's source or target."""
    if side == "source":
        return event.source_code, event.source_country, event.source_role
    return event.target_code, event.target_country, event.target_role


def _same_country(ours: tuple[str, str, str], gold: dict[str, Any]) -> bool:
    code = str(gold.get("code") or "").upper()
    code = LEGACY_CODES.get(code, code)
    if code in ORGANISATIONS:
        # The gold files Amnesty International and the Red Cross under "IGO"
        # as often as under "NGO": any organisation matches either.
        return ours[0].startswith(ORGANISATIONS)
    return bool(code) and (ours[1] == code or ours[0].startswith(code))


def _gold_sector(gold: dict[str, Any]) -> str:
    """The gold sector as a role code; none for organisations and "***"."""
    sector = str(gold.get("sector") or "")[:3].upper()
    code = str(gold.get("code") or "").upper()
    if not sector.isalpha() or code in ("IGO", "NGO"):
        return ""
    return sector


def _same_sector(ours: tuple[str, str, str], gold: dict[str, Any]) -> bool:
    return ours[2] == _gold_sector(gold)


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
