"""Charts of a dyad's cooperation and conflict over time, as analysts draw them.

The conventional picture of an event-data dyad (Goldstein 1992; the GDELT and
ICEWS dashboards) is a monthly series: the sum of the Goldstein scores of the
month's events, above zero for net cooperation and below for net conflict, with a
moving average to show the trend through noisy months; and beside it the counts
of cooperative (QuadClass 1 and 2) and conflictual (3 and 4) events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from .analytics import DyadPeriod, dyad_series
from .errors import EventDataError
from .store import Store

__all__ = ["MOVING_AVERAGE_MONTHS", "moving_average", "plot_dyad"]

MOVING_AVERAGE_MONTHS = 3
_COOPERATION = "#1a9850"
_CONFLICT = "#d73027"


def moving_average(values: Sequence[float], window: int) -> list[float]:
    """The trailing mean of each value and the ``window - 1`` before it.

    The first values average over what there is (a shorter window), so that the
    line starts with the series.
    """
    if window < 1:
        raise ValueError(f"window must be 1 or more, not {window}")
    averages = []
    for index in range(len(values)):
        part = values[max(0, index - window + 1) : index + 1]
        averages.append(sum(part) / len(part))
    return averages


def plot_dyad(
    store: Store,
    source: str,
    target: str,
    output: str | Path,
    *,
    window: int = MOVING_AVERAGE_MONTHS,
    since: dt.date | None = None,
    until: dt.date | None = None,
    both: bool = False,
) -> list[DyadPeriod]:
    """Draw a dyad's monthly cooperation/conflict series into an image file.

    Args:
        store: An open store.
        source: Source actor code prefix ("USA").
        target: Target actor code prefix ("RUS").
        output: Image path; the format follows its extension (.png, .svg, .pdf).
        window: Months in the moving average.
        since: First event date included.
        until: Last event date included.
        both: Count the other direction as well.

    Returns:
        The monthly series drawn.

    Raises:
        EventDataError: The dyad has no dated events to draw.
    """
    import matplotlib

    matplotlib.use("Agg")  # files only: no display is needed or wanted
    import matplotlib.pyplot as plt

    series = dyad_series(
        store, source, target, "month", since=since, until=until, both=both
    )
    if not series:
        raise EventDataError(
            f"no dated events from {source} to {target} to draw; check the codes "
            f"with eventwire events --source {source} --target {target}"
        )
    months = [period.period for period in series]
    middles = [month + dt.timedelta(days=14) for month in months]
    goldstein = [period.goldstein_sum for period in series]
    cooperation = [float(sum(p.quad_counts[:2])) for p in series]
    conflict = [float(sum(p.quad_counts[2:])) for p in series]
    arrow = "↔" if both else "→"
    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(10, 6.5), sharex=True, height_ratios=(3, 2)
    )
    try:
        width = 25  # days: one bar a month
        top.bar(
            months,
            goldstein,
            width=width,
            align="edge",
            color=[_COOPERATION if g >= 0 else _CONFLICT for g in goldstein],
            alpha=0.55,
            label="Goldstein sum, month",
        )
        top.plot(
            middles,
            moving_average(goldstein, window),
            color="black",
            linewidth=2,
            label=f"{window}-month moving average",
        )
        top.axhline(0, color="grey", linewidth=0.8)
        top.set_ylabel("Goldstein sum\n(+ cooperation, − conflict)")
        top.set_title(f"{source} {arrow} {target}: cooperation and conflict by month")
        top.legend(loc="upper left", fontsize="small")
        for values, color, name in (
            (cooperation, _COOPERATION, "cooperation (QuadClass 1–2)"),
            (conflict, _CONFLICT, "conflict (QuadClass 3–4)"),
        ):
            bottom.plot(middles, values, color=color, alpha=0.35, linewidth=1)
            bottom.plot(
                middles,
                moving_average(values, window),
                color=color,
                linewidth=2,
                label=f"{name}, {window}-month average",
            )
        bottom.set_ylabel("events per month")
        bottom.legend(loc="upper left", fontsize="small")
        events = sum(p.events for p in series)
        figure.text(
            0.99,
            0.01,
            f"{events} events, each counted once however often reported; eventwire",
            ha="right",
            fontsize="x-small",
            color="grey",
        )
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(output, dpi=120)
    finally:
        plt.close(figure)
    return series
