"""Calibration of event confidence on the gold sets: a reliability table.

Usage:
    python benchmarks/calibration.py [--data ../shared/data]

Codes the CAMEO manual's example sentences (``cameo/icews-cameo-codes.csv``)
and the PLOVER gold records (``plover/PLOVER_GSR_CAMEO.txt``), judges every
event coded (right root code, or right PLOVER type and source and target
countries) and prints, for the held-out half of each set (the cases at odd
positions) and then for all cases, the events per confidence bin, their mean
confidence, the share correct, and the expected calibration error.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.calibration import format_table
from eventwire.evaluate import JudgedEvent, judge_events
from eventwire.pipeline import Pipeline


def held_out(judged: JudgedEvent) -> bool:
    """The half the confidence model is not fitted on."""
    return judged.case % 2 == 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    args = parser.parse_args()
    judged = judge_events(args.data, Pipeline())
    parts = [
        ("held-out half (odd cases)", [j for j in judged if held_out(j)]),
        ("all cases", judged),
    ]
    for name, part in parts:
        for gold in ("cameo", "plover", ""):
            chosen = [j for j in part if not gold or j.gold == gold]
            scored = [(j.event.confidence, j.correct) for j in chosen]
            print("\n".join(format_table(scored, f"== {name}: {gold or 'both'}")))
            print()


if __name__ == "__main__":
    main()
