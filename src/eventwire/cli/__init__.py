"""The ``eventwire`` command: thin adapters over the library.

Each command parses its options, calls one library function and prints.
Errors the library raises on purpose become ``Error: ...`` and exit status 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..ingest import BATCH_SIZE, IngestProgress
from ..models import EVENT_FIELDS, QUOTE_FIELDS, Article, Result
from ..sources import Problem, read_articles
from . import database
from .database import print_events, print_quotes
from .options import (
    DATE,
    actors_option,
    db_option,
    errors,
    load_pipeline,
    load_resources,
    model_option,
    verbs_option,
)

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@click.group()
@click.version_option(package_name="eventwire")
def main() -> None:
    """Turn news articles into dated, explained CAMEO political events.

    \b
    Examples:
        eventwire code article.txt --published 2025-01-23
        eventwire ingest examples/articles.jsonl --db events.duckdb
        eventwire events --db events.duckdb --actor USA --code 04
        eventwire dyads --db events.duckdb --source USA --target RUS --freq month
        eventwire export --db events.duckdb --format gdelt -o events.tsv
    """


_inputs = click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(allow_dash=True)
)
_published = click.option(
    "--published",
    type=DATE,
    help="Publication date of text files and of articles that carry none (YYYY-MM-DD).",
)
_model = model_option


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
@actors_option
@verbs_option
def code(
    inputs: Sequence[str],
    published: dt.date | None,
    fmt: str,
    model: str | None,
    actor_files: Sequence[str],
    verb_files: Sequence[str],
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
    with errors():
        pipeline = load_pipeline(model, actor_files, verb_files)
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
            print_events([e for r in shown for e in r.events], "table", sys.stdout)
            print_quotes([q for r in shown for q in r.quotes], sys.stdout)


@main.command()
@_inputs
@db_option
@_published
@_model
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that code, each loading the model once (1: this process).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=BATCH_SIZE,
    show_default=True,
    help="Articles per batch; each batch is stored in one transaction.",
)
@click.option(
    "--no-group",
    is_flag=True,
    help="Skip grouping duplicate reports at the end (run eventwire group later).",
)
@actors_option
@verbs_option
def ingest(
    inputs: Sequence[str],
    db: str,
    published: dt.date | None,
    model: str | None,
    workers: int,
    batch_size: int,
    no_group: bool,
    actor_files: Sequence[str],
    verb_files: Sequence[str],
) -> None:
    """Code articles and store them, their events and quotes in a database.

    INPUTS are text files, JSON Lines files, HTML pages, directories of these,
    or - for stdin. Articles already stored (same id, or same text when no id is
    given) are skipped, so ingesting the same files again adds nothing, and an
    ingest that was stopped (even killed) picks up where it stopped. At the end,
    near-duplicate articles and reports of the same event are grouped.

    Other processes can query the database while it runs: they read the
    snapshot the ingest publishes every few seconds.

    \b
    Example:
        eventwire ingest corpus/ --db events.duckdb --workers 2
    """
    with errors():
        from ..ingest import ingest as run_ingest

        if actor_files or verb_files:
            load_resources(actor_files, verb_files)  # errors and conflicts first
        err = Console(stderr=True)
        with Progress(
            TextColumn("[bold]ingest"),
            SpinnerColumn(),
            TextColumn(
                "{task.completed} articles · {task.fields[rate]:.1f} articles/s · "
                "{task.fields[events]} events · {task.fields[errors]} errors"
            ),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=None, rate=0.0, events=0, errors=0)

            def show(done: IngestProgress) -> None:
                progress.update(
                    task,
                    completed=done.articles,
                    rate=done.rate,
                    events=done.events,
                    errors=done.errors,
                )

            def report_problem(problem: Problem) -> None:
                progress.console.print(
                    str(problem), markup=False, highlight=False, soft_wrap=True
                )

            report = run_ingest(
                inputs,
                db,
                workers=workers,
                batch_size=batch_size,
                published=published,
                model=model,
                actor_files=[Path(f) for f in actor_files],
                verb_files=[Path(f) for f in verb_files],
                group=not no_group,
                on_problem=report_problem,
                on_progress=show,
            )
        counts = report.counts
        err.print(
            f"{report.added} articles added ({report.events} events, "
            f"{report.quotes} quotes), {report.skipped} already stored, "
            f"{report.errors} errors; {report.rate:.2f} articles/s; {db} holds "
            f"{counts['articles']} articles, {counts['events']} event mentions "
            f"({counts['event_groups']} distinct events), {counts['quotes']} quotes",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


@main.command(name="eval")
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False),
    default="../shared/data",
    show_default=True,
    help="Folder of the gold data (cameo/, plover/).",
)
@_model
@actors_option
@verbs_option
def evaluate(
    data: str, model: str | None, actor_files: Sequence[str], verb_files: Sequence[str]
) -> None:
    """Score the coder on public gold data and print the figures.

    Uses the CAMEO codebook's example sentences (root and full-code accuracy)
    and the PLOVER gold records (event type, source and target country).
    """
    with errors():
        from ..evaluate import evaluate_all

        pipeline = load_pipeline(model, actor_files, verb_files)
        for line in evaluate_all(data, pipeline):
            click.echo(line)


@main.command()
@click.argument("sentence")
@click.option(
    "--published",
    type=DATE,
    required=True,
    help="Publication date the sentence is read on (YYYY-MM-DD).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@_model
@actors_option
@verbs_option
def explain(
    sentence: str,
    published: dt.date,
    fmt: str,
    model: str | None,
    actor_files: Sequence[str],
    verb_files: Sequence[str],
) -> None:
    """Show how a sentence is coded: parse, actors, verbs, rules and events.

    For each verb: the mood of its clause, the rule that fired or why none
    did; for each noun phrase: the actor it resolved to and by which entry,
    or why it stands for none. Earlier sentences of SENTENCE are context.

    \b
    Example:
        eventwire explain "Kenya condemned Uganda on Tuesday." --published 2024-05-01
    """
    with errors():
        from ..explain import explain_sentence, render_text

        pipeline = load_pipeline(model, actor_files, verb_files)
        found = explain_sentence(pipeline, sentence, published)
        if fmt == "json":
            click.echo(json.dumps(found.to_dict(), ensure_ascii=False))
        else:
            click.echo(render_text(found))


def _code_inputs(
    pipeline: Pipeline,
    inputs: Sequence[str],
    published: dt.date | None,
) -> Iterator[Result]:
    """Results for every readable article; problems go to stderr as they come."""

    def articles() -> Iterator[Article]:
        for item in read_articles(inputs, published):
            if isinstance(item, Problem):
                click.echo(str(item), err=True)
                continue
            yield item

    for result in pipeline.code_many(articles()):
        for warning in result.warnings:
            origin = result.article.origin or result.article.article_id
            click.echo(f"{origin}: warning: {warning}", err=True)
        yield result


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


for _command in (
    database.events,
    database.quotes,
    database.dyads,
    database.actors,
    database.plot,
    database.export,
    database.group,
):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()
