"""The ``eventwire`` command: thin adapters over the library.

Each command parses its options, calls one library function and prints.
Errors the library raises on purpose become ``Error: ...`` and exit status 1.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import EventDataError
from .models import EVENT_FIELDS, QUOTE_FIELDS, Article, Event, Quote, Result
from .sources import Problem, read_articles

if TYPE_CHECKING:
    from .pipeline import Pipeline


class DateParam(click.ParamType):  # type: ignore[type-arg]
    """A calendar date written YYYY-MM-DD."""

    name = "date"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(
                f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-01-23",
                param,
                ctx,
            )


DATE = DateParam()


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    """Turn the library's errors into a clean ``Error:`` line and exit status 1."""
    try:
        yield
    except EventDataError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """Turn news articles into dated, explained CAMEO political events.

    \b
    Examples:
        eventwire code article.txt --published 2025-01-23
        eventwire ingest examples/articles.jsonl --db events.duckdb
        eventwire events --db events.duckdb --actor USA --code 04
    """


_inputs = click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(allow_dash=True)
)
_published = click.option(
    "--published",
    type=DATE,
    help="Publication date of text files and of articles that carry none (YYYY-MM-DD).",
)
_model = click.option(
    "--model",
    help="spaCy model package to parse with (default: the small English model).",
)


@main.command()
@_inputs
@_published
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv", "table"]),
    default="json",
    show_default=True,
    help="json: a document per article; jsonl: an event or quote a line; csv: "
    "events and quotes as one table; table: both, for reading.",
)
@_model
def code(
    inputs: Sequence[str], published: dt.date | None, fmt: str, model: str | None
) -> None:
    """Code articles and print their events and quotes (no database).

    INPUTS are text files, JSON Lines files (one article a line: id, text,
    published, url, source, title), directories of these, or - for stdin.
    Bad input is reported on stderr with its file and line; the rest is coded.

    jsonl and csv rows start with ``record``: "event" or "quote". Events carry
    their date and place, quotes their speaker and whether they are direct.

    \b
    Example:
        eventwire code story.txt --published 2025-01-23 --format jsonl
    """
    with _errors():
        from .pipeline import Pipeline

        pipeline = Pipeline(model)
        writer = (
            csv.DictWriter(sys.stdout, fieldnames=RECORD_FIELDS)
            if fmt == "csv"
            else None
        )
        if writer is not None:
            writer.writeheader()
        coded = 0
        shown: list[Result] = []  # kept for the table, printed at the end
        for result in _code_inputs(pipeline, inputs, published):
            coded += 1
            if fmt == "table":
                shown.append(result)
            elif fmt == "json":
                click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
            elif fmt == "jsonl":
                for record in flat_records(result):
                    click.echo(json.dumps(record, ensure_ascii=False))
            elif writer is not None:
                writer.writerows(flat_records(result))
        if coded == 0:
            raise click.ClickException("nothing could be coded")
        if fmt == "table":
            _print_events([e for r in shown for e in r.events], "table", sys.stdout)
            _print_quotes([q for r in shown for q in r.quotes], sys.stdout)


@main.command()
@_inputs
@click.option(
    "--db", default="eventwire.duckdb", show_default=True, help="The database file."
)
@_published
@_model
def ingest(
    inputs: Sequence[str], db: str, published: dt.date | None, model: str | None
) -> None:
    """Code articles and store them, their events and quotes in a database.

    Articles already stored (same id, or same text when no id is given) are
    skipped, so ingesting the same files again adds nothing.

    \b
    Example:
        eventwire ingest examples/articles.jsonl --db events.duckdb
    """
    with _errors():
        from .pipeline import Pipeline
        from .store import open_store

        pipeline = Pipeline(model)
        err = Console(stderr=True)
        added = skipped = events = quotes = 0
        with (
            open_store(db) as store,
            Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                TextColumn("{task.completed} articles, {task.fields[events]} events"),
                TimeElapsedColumn(),
                console=err,
                transient=True,
            ) as progress,
        ):
            task = progress.add_task("ingest", total=None, events=0)

            def fresh(article: Article) -> bool:
                return not store.has_article(article.article_id)

            for result in _code_inputs(pipeline, inputs, published, keep=fresh):
                if store.add(result):
                    added += 1
                    events += len(result.events)
                    quotes += len(result.quotes)
                else:
                    skipped += 1
                progress.update(task, advance=1, events=events)
            counts = store.counts()
        err.print(
            f"{added} articles added ({events} events, {quotes} quotes), "
            f"{skipped} already stored; {db} holds {counts['articles']} articles, "
            f"{counts['events']} events, {counts['quotes']} quotes"
        )


@main.command()
@click.option(
    "--db", default="eventwire.duckdb", show_default=True, help="The database file."
)
@click.option("--actor", help="Source or target code starts with this (USA, RUSGOV).")
@click.option("--source", help="Source code starts with this.")
@click.option("--target", help="Target code starts with this.")
@click.option("--code", "cameo", help="CAMEO code starts with this (04, 0411).")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def events(
    db: str,
    actor: str | None,
    source: str | None,
    target: str | None,
    cameo: str | None,
    since: dt.date | None,
    until: dt.date | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List stored events, filtered by actor, code and date.

    \b
    Example:
        eventwire events --db events.duckdb --actor RUS --code 04 --since 2025-01-01
    """
    with _errors():
        from .store import open_store

        with open_store(db, read_only=True) as store:
            found = store.events(
                actor=actor,
                source=source,
                target=target,
                code=cameo,
                since=since,
                until=until,
                limit=limit,
            )
        _print_events(found, fmt, sys.stdout)


@main.command()
@click.option(
    "--db", default="eventwire.duckdb", show_default=True, help="The database file."
)
@click.option("--speaker", help="Speaker name or code contains this (Trump, USAGOV).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
def quotes(db: str, speaker: str | None, limit: int | None, fmt: str) -> None:
    """List stored quotes (direct and reported speech) and their speakers.

    \b
    Example:
        eventwire quotes --db events.duckdb --speaker Putin
    """
    with _errors():
        from .store import open_store

        with open_store(db, read_only=True) as store:
            found = store.quotes(speaker=speaker, limit=limit)
        if fmt == "json":
            for quote in found:
                click.echo(json.dumps(quote.to_dict(), ensure_ascii=False))
            return
        _print_quotes(found, sys.stdout)


@main.command(name="eval")
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False),
    default="../shared/data",
    show_default=True,
    help="Folder of the gold data (cameo/, plover/).",
)
@_model
def evaluate(data: str, model: str | None) -> None:
    """Score the coder on public gold data and print the figures.

    Uses the CAMEO codebook's example sentences (root and full-code accuracy)
    and the PLOVER gold records (event type, source and target country).
    """
    with _errors():
        from .evaluate import evaluate_all
        from .pipeline import Pipeline

        pipeline = Pipeline(model)
        for line in evaluate_all(data, pipeline):
            click.echo(line)


def _code_inputs(
    pipeline: Pipeline,
    inputs: Sequence[str],
    published: dt.date | None,
    keep: Callable[[Article], bool] | None = None,
) -> Iterator[Result]:
    """Results for every readable article; problems go to stderr as they come."""

    def articles() -> Iterator[Article]:
        for item in read_articles(inputs, published):
            if isinstance(item, Problem):
                click.echo(str(item), err=True)
                continue
            if keep is not None and not keep(item):
                continue
            yield item

    for result in pipeline.code_many(articles()):
        for warning in result.warnings:
            origin = result.article.origin or result.article.article_id
            click.echo(f"{origin}: warning: {warning}", err=True)
        yield result


def _print_events(found: list[Event], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        for event in found:
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_FIELDS)
        writer.writeheader()
        writer.writerows(e.to_dict() for e in found)
        return
    table = Table(
        "date",
        "source",
        "",
        "target",
        "cameo",
        "event",
        "mod",
        "trigger",
        "place",
        show_lines=False,
    )
    for event in found:
        place = event.place_name
        if place and event.place_country:
            place = f"{place}, {event.place_country}"
        table.add_row(
            event.date if event.date_precision != "publication" else f"({event.date})",
            event.source_code,
            "→",
            event.target_code or "-",
            event.cameo,
            event.event_label[:30],
            event.modality[:6],
            event.trigger[:22],
            place[:24] or "-",
        )
    console = Console(file=out, width=160)
    console.print(table)
    console.print(f"{len(found)} events")


def _print_quotes(found: Sequence[Quote], out: TextIO) -> None:
    table = Table("speaker", "code", "", "quote", show_lines=False)
    for quote in found:
        table.add_row(
            quote.speaker_name or quote.speaker_text or "-",
            quote.speaker_code or "-",
            "direct" if quote.direct else "reported",
            quote.text,
        )
    console = Console(file=out, width=160)
    console.print(table)
    console.print(f"{len(found)} quotes")


# The columns of ``code --format csv``: events and quotes in one table, told
# apart by ``record``; a column the record lacks stays empty.
RECORD_FIELDS: tuple[str, ...] = (
    "record",
    *EVENT_FIELDS,
    *(f for f in QUOTE_FIELDS if f not in EVENT_FIELDS),
)


def flat_records(result: Result) -> Iterator[dict[str, Any]]:
    """An article's events, then its quotes, each a flat record with its kind."""
    for event in result.events:
        yield {"record": "event", **event.to_dict()}
    for quote in result.quotes:
        yield {"record": "quote", **quote.to_dict()}


if __name__ == "__main__":  # pragma: no cover
    main()
