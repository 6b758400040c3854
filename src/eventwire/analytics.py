"""Read-only questions analysts ask of the event database: dyads and actors.

Everything here counts **events**, not reports: each event group of the store
(:class:`~eventwire.models.EventGroup`) counts once, however many articles
carried it, and ``mentions`` says how often it was reported. Dates are the events'
own dates; events dated only to a month or a year are left out of series by day,
week, month, quarter or year, since they cannot be placed in one.

Example::

    with open_store("events.duckdb", read_only=True) as store:
        for row in dyad_series(store, "USA", "RUS", freq="month"):
            print(row.period, row.events, row.goldstein_sum, row.share)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .store import Store

__all__ = [
    "FREQUENCIES",
    "Frequency",
    "ActorCount",
    "DyadPeriod",
    "country_name",
    "dyad_series",
    "period_starts",
    "top_actors",
]

Frequency = Literal["day", "week", "month", "quarter", "year"]
FREQUENCIES: tuple[Frequency, ...] = ("day", "week", "month", "quarter", "year")

# The event's own day, where its date names one; NULL for "2025-01" or "".
_DAY = 'try_cast(left("date", 10) AS DATE)'


@dataclass(frozen=True)
class DyadPeriod:
    """What one actor did to another in one period (a day, week, month, ...).

    ``share`` normalises by news volume: the dyad's events over all events
    stored for the period, so that a month with twice the coverage does not
    look like a month with twice the activity.
    """

    period: dt.date  # first day of the period (weeks start on Monday)
    events: int  # distinct events
    mentions: int  # reports of them
    goldstein_sum: float
    goldstein_mean: float  # 0.0 when there are no events
    quad_counts: tuple[int, int, int, int]  # verbal/material cooperation, conflict
    volume: int  # all events of the period, any actors

    @property
    def quad_shares(self) -> tuple[float, float, float, float]:
        """Each QuadClass's share of the dyad's events (all 0.0 when none)."""
        if not self.events:
            return (0.0, 0.0, 0.0, 0.0)
        one, two, three, four = (count / self.events for count in self.quad_counts)
        return (one, two, three, four)

    @property
    def share(self) -> float:
        """The dyad's events over all events of the period."""
        return self.events / self.volume if self.volume else 0.0

    def to_dict(self) -> dict[str, Any]:
        shares = self.quad_shares
        return {
            "period": self.period.isoformat(),
            "events": self.events,
            "mentions": self.mentions,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_mean, 3),
            "verbal_coop": round(shares[0], 4),
            "material_coop": round(shares[1], 4),
            "verbal_conflict": round(shares[2], 4),
            "material_conflict": round(shares[3], 4),
            "volume": self.volume,
            "share": round(self.share, 6),
        }


@dataclass(frozen=True)
class ActorCount:
    """How often an actor (a code, or a country) takes part in events."""

    code: str
    name: str  # the name most often written for it
    events: int  # distinct events, as source or target
    as_source: int
    as_target: int
    mentions: int  # reports of those events
    goldstein_mean: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "events": self.events,
            "as_source": self.as_source,
            "as_target": self.as_target,
            "mentions": self.mentions,
            "goldstein_mean": round(self.goldstein_mean, 3),
        }


def dyad_series(
    store: Store,
    source: str,
    target: str,
    freq: Frequency = "week",
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    both: bool = False,
) -> list[DyadPeriod]:
    """Counts, Goldstein sum and mean and QuadClass shares of a dyad, by period.

    Args:
        store: An open store.
        source: Source actor code prefix ("USA" matches "USAGOV").
        target: Target actor code prefix.
        freq: Period length.
        since: First event date included.
        until: Last event date included.
        both: Count the other direction (target to source) as well.

    Returns:
        Every period from the dyad's first event to its last, in order, those
        without events included (with zeros); empty if the dyad has none.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    dyad = "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
    params: list[object] = [source, target]
    if both:
        dyad = f"({dyad} OR {dyad})"
        params += [target, source]
    dates, date_params = _date_range(since, until)
    period = f"CAST(date_trunc('{freq}', {_DAY}) AS DATE)"
    _, rows = store.query(
        f"SELECT {period} AS period, count(*), sum(num_mentions), sum(goldstein),"
        " count(*) FILTER (WHERE quad_class = 1),"
        " count(*) FILTER (WHERE quad_class = 2),"
        " count(*) FILTER (WHERE quad_class = 3),"
        " count(*) FILTER (WHERE quad_class = 4)"
        f" FROM event_groups WHERE {_DAY} IS NOT NULL AND {dyad}{dates}"
        " GROUP BY period ORDER BY period",
        [*params, *date_params],
    )
    if not rows:
        return []
    _, volumes = store.query(
        f"SELECT {period} AS period, count(*) FROM event_groups"
        f" WHERE {_DAY} IS NOT NULL{dates} GROUP BY period",
        date_params,
    )
    volume = {row[0]: int(row[1]) for row in volumes}
    found = {row[0]: row for row in rows}
    series = []
    for start in period_starts(rows[0][0], rows[-1][0], freq):
        row = found.get(start)
        if row is None:
            empty = DyadPeriod(
                start, 0, 0, 0.0, 0.0, (0, 0, 0, 0), volume.get(start, 0)
            )
            series.append(empty)
            continue
        events, mentions, total = int(row[1]), int(row[2]), float(row[3])
        quads = (int(row[4]), int(row[5]), int(row[6]), int(row[7]))
        series.append(
            DyadPeriod(
                start,
                events,
                mentions,
                total,
                total / events,
                quads,
                volume.get(start, 0),
            )
        )
    return series


def top_actors(
    store: Store,
    top: int = 20,
    *,
    by: Literal["code", "country"] = "code",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[ActorCount]:
    """The actors that take part in the most events.

    Args:
        store: An open store.
        top: How many actors.
        by: ``"code"`` counts full codes (USAGOV and USAMIL apart);
            ``"country"`` their countries or organisations (USA; UNO).
        since: First event date included.
        until: Last event date included.

    Returns:
        Actors by events, most first; ties by code.
    """
    if top < 1:
        raise ValueError(f"top must be 1 or more, not {top}")
    if by not in ("code", "country"):
        raise ValueError(f"by must be code or country, not {by!r}")
    dates, date_params = _date_range(since, until)
    sides = []
    for side in ("source", "target"):
        key = f"{side}_code" if by == "code" else f"{side}_country"
        name = f"{side}_name" if by == "code" else key
        flags = "1, 0" if side == "source" else "0, 1"
        sides.append(
            f"SELECT group_id, {key} AS code, {name} AS name, {flags},"
            f" num_mentions, goldstein FROM event_groups"
            f" WHERE {key} <> ''{dates}"
        )
    _, rows = store.query(
        f"WITH sides (group_id, code, name, src, tgt, mentions, goldstein) AS"
        f" ({sides[0]} UNION ALL {sides[1]}),"
        " per_event AS (SELECT code, group_id, mode(name) AS name, max(src) AS src,"
        " max(tgt) AS tgt, max(mentions) AS mentions, max(goldstein) AS goldstein"
        " FROM sides GROUP BY code, group_id)"
        " SELECT code, mode(name), count(*), sum(src), sum(tgt), sum(mentions),"
        " avg(goldstein) FROM per_event GROUP BY code"
        " ORDER BY count(*) DESC, code LIMIT ?",
        [*date_params, *date_params, top],
    )
    return [
        ActorCount(
            code=row[0],
            name=(row[1] or "") if by == "code" else country_name(row[0]),
            events=int(row[2]),
            as_source=int(row[3]),
            as_target=int(row[4]),
            mentions=int(row[5]),
            goldstein_mean=float(row[6]),
        )
        for row in rows
    ]


def country_name(code: str) -> str:
    """The short English name of an ISO 3166 alpha-3 code; "" for others (IGOs)."""
    import pycountry

    if code == "XKX":  # a user-assigned code pycountry does not list
        return "Kosovo"
    country = pycountry.countries.get(alpha_3=code)
    return "" if country is None else str(country.name)


def period_starts(first: dt.date, last: dt.date, freq: Frequency) -> list[dt.date]:
    """The first days of every period from the one holding ``first`` to ``last``.

    ``first`` and ``last`` must be first days of periods themselves.
    """
    starts = []
    current = first
    while current <= last:
        starts.append(current)
        current = _next(current, freq)
    return starts


def _next(start: dt.date, freq: Frequency) -> dt.date:
    if freq == "day":
        return start + dt.timedelta(days=1)
    if freq == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    index = start.year * 12 + start.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _date_range(
    since: dt.date | None, until: dt.date | None
) -> tuple[str, Sequence[object]]:
    clause, params = "", []
    if since is not None:
        clause += f" AND {_DAY} >= ?"
        params.append(since)
    if until is not None:
        clause += f" AND {_DAY} <= ?"
        params.append(until)
    return clause, params
