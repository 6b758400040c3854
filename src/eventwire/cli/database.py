"""The commands that read (and regroup) the event database."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar, cast

import click
from rich.console import Console
from rich.table import Table

from ..analytics import Frequency
from ..errors import EventDataError
from ..models import (
    EVENT_FIELDS,
    GROUP_FIELDS,
    QUOTE_FIELDS,
    Event,
    EventGroup,
    Quote,
)
from ..store import EventFilters
from .options import (
    DATE,
    TABLE_WIDTH,
    actors_option,
    db_option,
    errors,
    format_option,
    load_pipeline,
    model_option,
    print_records,
    since_option,
    until_option,
)

_FREQUENCIES = ("day", "week", "month", "quarter", "year")
F = TypeVar("F", bound=Callable[..., Any])


def _filters(command: F) -> F:
    """The event filters every query command takes."""
    for option in reversed(
        (
            click.option(
                "--actor", help="Source or target code starts with this (USA, RUSGOV)."
            ),
            click.option("--source", help="Source code starts with this."),
            click.option("--target", help="Target code starts with this."),
            click.option("--code", "cameo", help="CAMEO code starts with this (04)."),
            since_option,
            until_option,
        )
    ):
        command = option(command)
    return command


@click.command()
@db_option
@_filters
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option(
    "--grouped",
    is_flag=True,
    help="One row per event, with how many mentions, articles and sources "
    "reported it (default: one row per mention).",
)
@format_option("table", "json", "csv")
def events(
    db: str,
    actor: str | None,
    source: str | None,
    target: str | None,
    cameo: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int | None,
    grouped: bool,
    fmt: str,
) -> None:
    """List stored events, filtered by actor, code and date.

    Each mention (one article's report of an event) is a row, traceable to
    its sentence; --grouped counts each event once, GDELT-style.

    \b
    Example:
        eventwire events --db events.duckdb --actor RUS --code 04 --since 2025-01-01
        eventwire events --db events.duckdb --grouped --format csv
    """
    filters: EventFilters = {
        "actor": actor,
        "source": source,
        "target": target,
        "code": cameo,
        "since": since,
        "until": until,
    }
    with errors():
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            if grouped:
                found_groups = store.event_groups(**filters, limit=limit)
            else:
                found = store.events(**filters, limit=limit)
    if grouped:
        _print_groups(found_groups, fmt, sys.stdout)
    else:
        print_events(found, fmt, sys.stdout)


@click.command()
@db_option
@click.option("--speaker", help="Speaker name or code contains this (Trump, USAGOV).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@format_option("table", "json")
def quotes(db: str, speaker: str | None, limit: int | None, fmt: str) -> None:
    """List stored quotes (direct and reported speech) and their speakers.

    \b
    Example:
        eventwire quotes --db events.duckdb --speaker Putin
    """
    with errors():
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            found = store.quotes(speaker=speaker, limit=limit)
    if fmt == "table":
        print_quotes(found, sys.stdout)
        return
    records = [quote.to_dict() for quote in found]
    print_records(records, fmt, sys.stdout, columns=QUOTE_FIELDS)


@click.command()
@db_option
@click.option("--source", required=True, help="Source code starts with this (USA).")
@click.option("--target", required=True, help="Target code starts with this (RUS).")
@click.option(
    "--freq",
    type=click.Choice(_FREQUENCIES),
    default="week",
    show_default=True,
    help="Period of each row.",
)
@click.option("--both", is_flag=True, help="Count target to source as well.")
@since_option
@until_option
@format_option("table", "json", "csv")
def dyads(
    db: str,
    source: str,
    target: str,
    freq: str,
    both: bool,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """What one actor did to another, period by period.

    Each distinct event counts once (mentions: how often it was reported).
    Columns: events, mentions, Goldstein sum and mean, the share of each
    QuadClass (verbal and material cooperation, verbal and material
    conflict), the period's volume (all events stored for it) and the
    dyad's share of that volume.

    \b
    Example:
        eventwire dyads --source USA --target RUS --freq week
    """
    from ..analytics import dyad_series

    with errors():
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            series = dyad_series(
                store,
                source,
                target,
                cast(Frequency, freq),
                since=since,
                until=until,
                both=both,
            )
    records = [period.to_dict() for period in series]
    columns = list(records[0]) if records else ["period"]
    shown = [
        ("period", "period"),
        ("events", "events"),
        ("mentions", "mentions"),
        ("Goldstein sum", "goldstein_sum"),
        ("mean", "goldstein_mean"),
        ("verbal coop", "verbal_coop"),
        ("material coop", "material_coop"),
        ("verbal conflict", "verbal_conflict"),
        ("material conflict", "material_conflict"),
        ("volume", "volume"),
        ("share", "share"),
    ]
    events_total = sum(period.events for period in series)
    print_records(
        records,
        fmt,
        sys.stdout,
        columns=columns,
        table=shown,
        caption=f"{source} {'↔' if both else '→'} {target}: {events_total} events "
        f"in {len(series)} {freq}s",
    )


@click.command()
@click.argument("phrase", required=False)
@click.option(
    "--date",
    "on",
    type=DATE,
    help="With PHRASE: the date to resolve on (YYYY-MM-DD; default: today).",
)
@click.option(
    "--context",
    help="With PHRASE: text around it, so that pronouns and titles can refer "
    "back; the phrase is resolved where it last occurs in it.",
)
@db_option
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Without PHRASE: how many actors to list.",
)
@click.option(
    "--by",
    type=click.Choice(["code", "country"]),
    default="code",
    show_default=True,
    help="code: USAGOV and USAMIL apart; country: USA together.",
)
@since_option
@until_option
@format_option("table", "json", "csv")
@model_option
@actors_option
def actors(
    phrase: str | None,
    on: dt.date | None,
    context: str | None,
    db: str,
    top: int,
    by: str,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
    model: str | None,
    actor_files: Sequence[str],
) -> None:
    """How a name or phrase resolves, or the actors in the most events.

    With PHRASE: the actor it stands for on --date, and why (which table row,
    title or earlier mention), or why it stays uncoded. Without: the actors
    that take part in the most events stored in --db.

    \b
    Examples:
        eventwire actors "Russian Foreign Minister Sergei Lavrov" --date 2019-05-01
        eventwire actors "the president" --context "Macron spoke. The president said"
        eventwire actors --db events.duckdb --top 20
    """
    if phrase is not None:
        _resolve(phrase, on, context, fmt, model, actor_files)
        return
    from ..analytics import top_actors

    with errors():
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            level: Literal["code", "country"] = "country" if by == "country" else "code"
            found = top_actors(store, top, by=level, since=since, until=until)
    records = [actor.to_dict() for actor in found]
    columns = list(records[0]) if records else ["code"]
    print_records(records, fmt, sys.stdout, columns=columns)


RESOLUTION_COLUMNS = ("text", "date", "code", "name", "country", "role", "why")


def _resolve(
    phrase: str,
    on: dt.date | None,
    context: str | None,
    fmt: str,
    model: str | None,
    actor_files: Sequence[str],
) -> None:
    with errors():
        from ..resolve import resolve_phrase

        pipeline = load_pipeline(model, actor_files)
        when = on or dt.date.today()
        found = resolve_phrase(pipeline, phrase, when, context or "")
    records = [
        {
            "text": item.text,
            "date": when.isoformat(),
            "code": item.actor.code if item.actor else "",
            "name": item.actor.name if item.actor else "",
            "country": item.actor.country if item.actor else "",
            "role": item.actor.role if item.actor else "",
            "why": item.reason,
        }
        for item in found
    ]
    shown = [("words", "text"), ("code", "code"), ("name", "name"), ("why", "why")]
    print_records(
        records,
        fmt,
        sys.stdout,
        columns=RESOLUTION_COLUMNS,
        table=shown,
        caption=f"on {when}",
    )


@click.group()
def plot() -> None:
    """Draw charts of the stored events."""


@plot.command(name="dyad")
@click.argument("source")
@click.argument("target")
@db_option
@click.option(
    "-o",
    "--output",
    default="dyad.png",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Image file (.png, .svg or .pdf).",
)
@click.option(
    "--window",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Months in the moving average.",
)
@click.option("--both", is_flag=True, help="Count target to source as well.")
@since_option
@until_option
def plot_dyad(
    source: str,
    target: str,
    db: str,
    output: str,
    window: int,
    both: bool,
    since: dt.date | None,
    until: dt.date | None,
) -> None:
    """Draw SOURCE's cooperation and conflict towards TARGET, month by month.

    Monthly Goldstein sums (above zero: net cooperation) with a moving
    average, and monthly counts of cooperative and conflictual events.

    \b
    Example:
        eventwire plot dyad USA RUS -o dyad.png
    """
    from ..plot import plot_dyad as draw

    with errors():
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            series = draw(
                store,
                source,
                target,
                output,
                window=window,
                since=since,
                until=until,
                both=both,
            )
    events_total = sum(period.events for period in series)
    click.echo(f"{output}: {events_total} events over {len(series)} months", err=True)


@click.command()
@db_option
@_filters
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt", "icews", "plover", "parquet"]),
    required=True,
    help="gdelt: GDELT 2.0 events (61 columns, an event a line); icews: ICEWS "
    "coded events (a mention a line); plover: PLOVER JSON Lines (an event a "
    "line); parquet: every mention, partitioned by year and month.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(),
    help="File to write (a folder for parquet); - for standard output.",
)
def export(
    db: str,
    actor: str | None,
    source: str | None,
    target: str | None,
    cameo: str | None,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
    output: str,
) -> None:
    """Export stored events as GDELT 2.0, ICEWS, PLOVER or Parquet.

    \b
    Example:
        eventwire export --format gdelt -o events.tsv --since 2025-01-01
        eventwire export --format parquet -o events/
    """
    from .. import exports
    from ..store import event_filter, open_store

    filters: EventFilters = {
        "actor": actor,
        "source": source,
        "target": target,
        "code": cameo,
        "since": since,
        "until": until,
    }
    with errors(), open_store(db, read_only=True) as store:
        if fmt == "parquet":
            if output == "-":
                raise EventDataError("parquet needs a folder: give -o with its path")
            where = event_filter(**filters)
            count = store.export_parquet(
                output, " AND ".join(where.conditions), where.params
            )
        else:
            with _open_output(output) as out:
                if fmt == "icews":
                    count = exports.write_icews(store.reports(**filters), out)
                else:
                    groups = store.event_groups(**filters)
                    write = (
                        exports.write_gdelt if fmt == "gdelt" else exports.write_plover
                    )
                    count = write(groups, out)
    unit = "mentions" if fmt in ("icews", "parquet") else "events"
    click.echo(f"{output}: {count} {unit} ({fmt})", err=True)


@click.command()
@db_option
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True),
    help="Least MinHash similarity of near-duplicate articles (default: last used, "
    "else 0.5).",
)
@click.option(
    "--window",
    type=click.IntRange(min=0),
    help="Most days between near-duplicates (default: last used, else 3).",
)
@click.option("--undo", is_flag=True, help="Ungroup: every mention its own event.")
@click.option(
    "--split",
    multiple=True,
    metavar="EVENT_ID",
    help="Keep this mention out of any group (repeatable).",
)
@click.option(
    "--join",
    multiple=True,
    metavar="EVENT_ID",
    help="Let a mention split off before join its group again (repeatable).",
)
def group(
    db: str,
    threshold: float | None,
    window: int | None,
    undo: bool,
    split: tuple[str, ...],
    join: tuple[str, ...],
) -> None:
    """Group duplicate reports: near-duplicate articles and the same event.

    Runs at the end of every ingest; run it to regroup with other settings,
    to undo the grouping, or to split a mention off its group. Stored
    mentions are never changed or removed, so every step can be undone.

    \b
    Example:
        eventwire group --threshold 0.6 --window 2
        eventwire group --split 3f2a9c1e0b7d4a55
    """
    from ..store import open_store

    with errors(), open_store(db) as store:
        if undo:
            store.ungroup()
        if split:
            store.keep_apart(split)
        if join:
            store.keep_apart(join, apart=False)
        if not undo:
            store.regroup(threshold, window)
        counts = {**store.counts(), **store.group_counts()}
    click.echo(
        f"{db}: {counts['events']} event mentions make {counts['event_groups']} "
        f"distinct events; {counts['duplicate_articles']} of "
        f"{counts['articles']} articles have a near-duplicate",
        err=True,
    )


class _open_output:
    """A text file to write, or standard output for "-"."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.path == "-":
            return sys.stdout
        try:
            self.handle = Path(self.path).open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise EventDataError(
                f"cannot write {self.path}: {exc.strerror or exc}; check the folder"
            ) from exc
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def print_events(found: list[Event], fmt: str, out: TextIO) -> None:
    if fmt != "table":
        records = [event.to_dict() for event in found]
        print_records(records, fmt, out, columns=EVENT_FIELDS)
        return
    table = Table(
        "date", "source", "", "target", "cameo", "event", "mod", "trigger", "place"
    )  # fmt: skip
    for event in found:
        place = event.place_name
        if place and event.place_country:
            place = f"{place}, {event.place_country}"
        table.add_row(*_event_cells(event), event.trigger[:22], place[:24] or "-")
    console = Console(file=out, width=TABLE_WIDTH)
    console.print(table)
    console.print(f"{len(found)} events")


def print_quotes(found: Sequence[Quote], out: TextIO) -> None:
    """Quotes as a terminal table: speaker, code, direct or reported, words."""
    table = Table("speaker", "code", "", "quote", show_lines=False)
    for quote in found:
        table.add_row(
            quote.speaker_name or quote.speaker_text or "-",
            quote.speaker_code or "-",
            "direct" if quote.direct else "reported",
            quote.text,
        )
    console = Console(file=out, width=TABLE_WIDTH)
    console.print(table)
    console.print(f"{len(found)} quotes")


def _print_groups(found: list[EventGroup], fmt: str, out: TextIO) -> None:
    if fmt != "table":
        records = [group.to_dict() for group in found]
        print_records(records, fmt, out, columns=GROUP_FIELDS)
        return
    table = Table(
        "date", "source", "", "target", "cameo", "event", "mod", "mentions",
        "articles", "sources",
    )  # fmt: skip
    for found_group in found:
        table.add_row(
            *_event_cells(found_group.event),
            str(found_group.num_mentions),
            str(found_group.num_articles),
            str(found_group.num_sources),
        )
    mentions = sum(g.num_mentions for g in found)
    Console(width=TABLE_WIDTH).print(table)
    Console(width=TABLE_WIDTH).print(f"{len(found)} events ({mentions} mentions)")


def _event_cells(event: Event) -> tuple[str, ...]:
    return (
        event.date if event.date_precision != "publication" else f"({event.date})",
        event.source_code,
        "→",
        event.target_code or "-",
        event.cameo,
        event.event_label[:38],
        event.modality[:6],
    )
