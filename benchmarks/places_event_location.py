"""Event-location choice scored on the adjudicated records of event_location.

Usage:
    python benchmarks/places_event_location.py [--data ../shared/data]
        [--min-population 5000] [--errors]

Each ``source == "RELABEL"`` record of ``event_location/labeled_text.jsonl.zip`` is
one sentence, one event verb and the place names (none, one or more) where that
event happened. eventwire parses the sentence, finds its places and chooses the
verb's place as the pipeline does; the choice is right when it overlaps a gold
place, or when both say there is none. Prints the accuracy, and the load time and
memory of the gazetteer.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire import nlp
from eventwire.actors import ActorDictionary
from eventwire.gazetteer import Gazetteer
from eventwire.mentions import MentionIndex
from eventwire.places import actor_countries, find_places, place_for

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ON = __import__("datetime").date(2010, 1, 1)  # the records carry no date


@dataclass(frozen=True)
class Record:
    text: str
    verb: tuple[int, int]
    places: tuple[tuple[int, int], ...]


def records(path: Path) -> Iterator[Record]:
    """The adjudicated records: sentence, verb span, place spans (characters)."""
    with zipfile.ZipFile(path) as archive, archive.open("labeled_text.jsonl") as f:
        for line in f:
            for item in json.loads(line):
                if item.get("source") != "RELABEL":
                    continue
                toks = item["tokens"]

                def chars(span: dict[str, int], toks: list[dict] = toks) -> tuple:
                    first, last = span["token_start"], span["token_end"]
                    return toks[first]["start"], toks[last]["end"]

                spans = item.get("spans", [])
                verbs = [chars(s) for s in spans if s["label"] == "VERB"]
                if not verbs:
                    continue
                places = tuple(chars(s) for s in spans if s["label"] == "LOCATION")
                yield Record(item["text"], verbs[0], places)


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args()
    path = args.data / "event_location" / "labeled_text.jsonl.zip"
    if not path.exists():
        raise SystemExit(f"{path}: not found; pass --data with the gold data")
    model = nlp.load_model()
    actors = ActorDictionary.from_path()
    before, started = rss_mb(), time.perf_counter()
    gazetteer = Gazetteer.from_package(args.min_population)
    seconds, grown = time.perf_counter() - started, rss_mb() - before
    print(
        f"gazetteer: cities of {args.min_population}+ inhabitants, "
        f"{len(gazetteer)} names, loaded in {seconds:.1f} s, +{grown:.0f} MB resident"
    )
    gold = list(records(path))
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    located = resolved = 0
    for record, doc in zip(gold, model.pipe(r.text for r in gold), strict=True):
        mentions = MentionIndex.build(doc, actors, ON)
        named = ((m.text, m.actor.country) for m in mentions.by_token.values())
        countries = actor_countries(named, gazetteer)
        places = find_places(doc, gazetteer, countries)
        start = record.verb[0]
        sent = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
        chosen = None
        if sent is not None:
            # Every gold verb is a material act: a killing, a capture, a march.
            chosen = place_for(
                start, places, sent, None, set(mentions.by_token), material=True
            )
        has_gold = bool(record.places)
        total[has_gold] += 1
        if chosen is None:
            ok = not has_gold
        else:
            located += 1
            resolved += chosen.precision != ""
            ok = any(chosen.start < e and s < chosen.end for s, e in record.places)
        right[has_gold] += ok
        if not ok and args.errors:
            wanted = [record.text[s:e] for s, e in record.places] or "none"
            got = chosen.text if chosen else "none"
            verb = record.text[record.verb[0] : record.verb[1]]
            print(f"  {verb!r}: gold {wanted}, got {got!r} | {record.text}")
    count = sum(total.values())
    print(
        f"event-location choice: accuracy {sum(right.values()) / count:.3f} "
        f"({sum(right.values())}/{count} RELABEL records)"
    )
    print(
        f"  records with a gold place: {right[True] / total[True]:.3f} "
        f"({right[True]}/{total[True]}); with none: {right[False] / total[False]:.3f} "
        f"({right[False]}/{total[False]})"
    )
    print(
        f"  places chosen: {located}, found in the gazetteer: {resolved} "
        f"({resolved / max(located, 1):.3f})"
    )


if __name__ == "__main__":
    main()
