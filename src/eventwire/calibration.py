"""How well confidence scores match how often events are right.

A reliability table bins events by their confidence and sets beside each bin
the share of its events that are correct; the expected calibration error is
the gap between the two, averaged over the events.

Notes:
    The expected calibration error is that of Naeini, Cooper and Hauskrecht,
    "Obtaining Well Calibrated Probabilities Using Bayesian Binning" (AAAI
    2015): the sum over bins of (events in the bin / all events) times
    |share correct - mean confidence|, here over ten bins of equal width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Bin", "expected_calibration_error", "reliability_table"]

BINS = 10


@dataclass(frozen=True)
class Bin:
    """The events whose confidence lies in [low, high)."""

    low: float
    high: float
    count: int
    mean_confidence: float
    share_correct: float


def reliability_table(
    scored: Sequence[tuple[float, bool]], bins: int = BINS
) -> list[Bin]:
    """Bins of equal width over 0..1 with their events' mean confidence and
    share correct; a confidence of exactly 1 goes to the last bin."""
    members: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for confidence, correct in scored:
        slot = min(int(confidence * bins), bins - 1)
        members[max(slot, 0)].append((confidence, correct))
    table = []
    for slot, inside in enumerate(members):
        count = len(inside)
        mean = sum(c for c, _ in inside) / count if count else 0.0
        share = sum(ok for _, ok in inside) / count if count else 0.0
        table.append(Bin(slot / bins, (slot + 1) / bins, count, mean, share))
    return table


def expected_calibration_error(
    scored: Sequence[tuple[float, bool]], bins: int = BINS
) -> float:
    """The events' average gap between confidence and correctness, by bin."""
    total = len(scored)
    if not total:
        return 0.0
    return sum(
        b.count / total * abs(b.share_correct - b.mean_confidence)
        for b in reliability_table(scored, bins)
    )


def format_table(scored: Sequence[tuple[float, bool]], title: str) -> list[str]:
    """The reliability table as printable lines, then the error and counts."""
    lines = [title, "confidence    events  mean conf  share correct"]
    for row in reliability_table(scored):
        if row.count:
            lines.append(
                f"{row.low:.1f}-{row.high:.1f}    {row.count:6d}  "
                f"{row.mean_confidence:9.3f}  {row.share_correct:13.3f}"
            )
    right = sum(ok for _, ok in scored)
    lines.append(
        f"events: {len(scored)}, correct: {right}, "
        f"expected calibration error: {expected_calibration_error(scored):.3f}"
    )
    return lines
