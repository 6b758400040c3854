"""Calibration of event confidence on the gold sets: a reliability table.

Usage:
    python benchmarks/calibration.py [--data ../shared/data] [--fit]

Codes the CAMEO manual's example sentences (``cameo/icews-cameo-codes.csv``)
and the PLOVER gold records (``plover/PLOVER_GSR_CAMEO.txt``), judges every
event coded (right root code, or right PLOVER type and source and target
countries) and prints reliability tables: the events per confidence bin, their
mean confidence, the share correct, and the expected calibration error. First
for the held-out half of each set (the cases at odd positions, never used to
fit the model), then two-fold cross-validated over all cases (each half scored
by a model fitted on the other), then the shipped model on all cases.

With ``--fit`` the confidence model is first fitted again on the even half,
its L2 penalty chosen by five-fold cross-validation within that half, and
written to ``src/eventwire/data/confidence/model.yml``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import subprocess
from collections.abc import Sequence
from pathlib import Path

from eventwire.calibration import format_table
from eventwire.confidence import ConfidenceModel, event_features, fit_model
from eventwire.evaluate import JudgedEvent, judge_events
from eventwire.pipeline import Pipeline

MODEL = Path(__file__).parents[1] / "src" / "eventwire" / "data" / "confidence"
PENALTIES = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5

HEADER = """\
The confidence model of coded events (eventwire.confidence): logistic regression.
Fitted {today} by benchmarks/calibration.py --fit{commit}: L2 penalty {penalty}
(chosen by {folds}-fold cross-validated log loss among {penalties}), Newton's method,
on the {count} events ({right} correct) that eventwire coded in the cases at even
positions (0, 2, 4, ...) of two public gold sets: the CAMEO manual's example
sentences (cameo/icews-cameo-codes.csv, from andybega/icews) and the PLOVER gold
records (plover/PLOVER_GSR_CAMEO.txt, from openeventdata/PLOVER). Correct: the
example's root code; the record's PLOVER event type and the countries (or
organisations) of its source and target. The cases at odd positions are held out
for the reliability table the script prints. No text of either set is kept here."""


def held_out(judged: JudgedEvent) -> bool:
    """The half the shipped confidence model is not fitted on."""
    return judged.case % 2 == 1


def fitted(judged: Sequence[JudgedEvent]) -> tuple[ConfidenceModel, float]:
    """A model fitted on ``judged``, its penalty chosen by cross-validation."""
    rows = [event_features(j.coding) for j in judged]
    labels = [j.correct for j in judged]

    def loss(penalty: float) -> float:
        total = 0.0
        for fold in range(FOLDS):
            inside = [(j.case // 2) % FOLDS != fold for j in judged]
            model = fit_model(
                [r for r, keep in zip(rows, inside, strict=True) if keep],
                [y for y, keep in zip(labels, inside, strict=True) if keep],
                penalty,
            )
            for row, label, keep in zip(rows, labels, inside, strict=True):
                if not keep:
                    p = min(max(model.probability(row), 1e-6), 1 - 1e-6)
                    total -= math.log(p if label else 1 - p)
        return total

    penalty = min(PENALTIES, key=loss)
    return fit_model(rows, labels, penalty), penalty


def write_model(judged: Sequence[JudgedEvent]) -> ConfidenceModel:
    part = [j for j in judged if not held_out(j)]
    model, penalty = fitted(part)
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        rev = ""
    header = HEADER.format(
        today=dt.date.today().isoformat(),
        commit=f" at commit {rev}" if rev else "",
        penalty=penalty,
        folds=FOLDS,
        penalties=", ".join(str(p) for p in PENALTIES),
        count=len(part),
        right=sum(j.correct for j in part),
    )
    (MODEL / "model.yml").write_text(model.to_yaml(header), encoding="utf-8")
    return model


def print_tables(title: str, scored: Sequence[tuple[JudgedEvent, float]]) -> None:
    for gold in ("cameo", "plover", ""):
        chosen = [(p, j.correct) for j, p in scored if not gold or j.gold == gold]
        print("\n".join(format_table(chosen, f"== {title}: {gold or 'both'}")))
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    parser.add_argument(
        "--fit", action="store_true", help="fit the model again and write it"
    )
    args = parser.parse_args()
    judged = judge_events(args.data, Pipeline())
    model = write_model(judged) if args.fit else ConfidenceModel.from_path()
    shipped = [(j, model.score(j.coding)) for j in judged]
    print_tables("held-out half (odd cases)", [s for s in shipped if held_out(s[0])])
    crossed = []
    for half in (0, 1):
        other, _ = fitted([j for j in judged if j.case % 2 != half])
        crossed += [(j, other.score(j.coding)) for j in judged if j.case % 2 == half]
    print_tables("two-fold cross-validated, all cases", crossed)
    print_tables("shipped model, all cases", shipped)


if __name__ == "__main__":
    main()
