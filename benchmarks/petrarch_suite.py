"""PETRARCH's own validation suites run through eventwire.

Prints, per category and overall, the share of gold codings (source, target,
event code) reproduced, the extra codings, and the no-event sentences left
uncoded, for PETRARCH2's unit tests with the PETR.Validate dictionaries and
for UD-PETRARCH's validation records with its own. As in PETRARCH, the
suite's dictionaries are all the coder knows: eventwire's own names, agent
nouns and country adjectives are set aside. The overall line also counts the
gold codings that name a null or new actor, which eventwire does not code.

Each event's source and target are written as PETRARCH writes an actor
phrase (``eventwire.petrarch.phrases``): the actor's code with the codes of
the agents in its phrase ("Norland Prime Minister Ivo Ranta" is NRLGOV
where Ivo Ranta is [NRL]), one coding per actor of a code that lists
several. The line
``eventwire`` gives the same events with eventwire's own actor codes.
UD-PETRARCH's ontology file, where present, says what a negated clause
codes as (``eventwire.petrarch.ontology``).

    .venv/bin/python benchmarks/petrarch_suite.py [--data ../shared/data] [-v]

With ``-v`` each sentence that misses a gold coding or codes an extra event
is listed under its category: what was missed, what was added.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.petrarch import read_petrarch_discards
from eventwire.petrarch.suite import (
    Outcome,
    read_records,
    record_outcomes,
    suite_phrases,
    suite_resources,
    tally_outcomes,
)
from eventwire.pipeline import Pipeline

SUITES = {
    "petrarch2": (
        "petrarch2/PETR.UnitTest.records.xml",
        "petrarch2/PETR.Validate.{}.txt",
    ),
    "ud-petrarch": (
        "ud-petrarch/PETR_Validate_records_2_02.xml",
        "ud-petrarch/PETR_Validate_{}_2_02.txt",
    ),
}
# UD-PETRARCH's ontology: what a negated clause codes as.
ONTOLOGY = {
    "ud-petrarch": "ud-petrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt"
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and extras"
    )
    args = parser.parse_args()
    for name, (records_path, pattern) in SUITES.items():
        files = {}
        for kind in ("actors", "agents", "discards", "verbs"):
            path = args.data / pattern.format(kind)
            if not path.exists():
                fallback = args.data / SUITES["petrarch2"][1].format(kind)
                print(f"{name}: no {path.name}; using {fallback}")
                path = fallback
            files[kind] = path
        ontology = args.data / ONTOLOGY[name] if name in ONTOLOGY else None
        if ontology is not None and not ontology.exists():
            print(f"{name}: no {ontology.name}; negated clauses code nothing")
            ontology = None
        resources = suite_resources(
            files["actors"], files["agents"], files["verbs"], ontology
        )
        pipeline = Pipeline(resources=resources)
        records = read_records(args.data / records_path)
        discards = read_petrarch_discards(files["discards"])
        phrases = suite_phrases(files["actors"], files["agents"])
        own = tally_outcomes(record_outcomes(records, pipeline, discards))
        outcomes = record_outcomes(records, pipeline, discards, phrases)
        tallies = tally_outcomes(outcomes)
        print(f"== {name}: {len(records)} sentences ({records_path})")
        print("  " + own["overall"].line("eventwire"))
        for category in sorted(tallies, key=lambda c: (c == "overall", c)):
            print("  " + tallies[category].line(category))
            if args.verbose and category != "overall":
                for outcome in outcomes:
                    if outcome.record.category == category:
                        print(*_differences(outcome), sep="\n", end="")


def _differences(outcome: Outcome) -> list[str]:
    """ "     DEMO-04 missed VAL>NRL 064; extra VAL>KEL 064" lines, or none."""
    parts = [
        f"{label} "
        + ", ".join(f"{s}>{t} {c}" for s, t, c in sorted(codings.elements()))
        for label, codings in (("missed", outcome.missed), ("extra", outcome.extra))
        if codings
    ]
    return [f"     {outcome.record.id} " + "; ".join(parts) + "\n"] if parts else []


if __name__ == "__main__":
    main()
