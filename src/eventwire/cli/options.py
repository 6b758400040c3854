"""What the commands share: option types, options, error translation, output."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click
from rich.console import Console
from rich.table import Table

from ..errors import EventDataError

if TYPE_CHECKING:
    from ..pipeline import Pipeline, Resources

TABLE_WIDTH = 150
F = TypeVar("F", bound=Callable[..., Any])


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

db_option = click.option(
    "--db", default="eventwire.duckdb", show_default=True, help="The database file."
)
model_option = click.option(
    "--model",
    help="spaCy model package to parse with (default: the small English model).",
)
actors_option = click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Your own actor or agent dictionary: YAML, or a PETRARCH/TABARI actors "
    "or agents file; repeat for several. Its entries win over the built-in ones, "
    "and each name that changes meaning is reported.",
)
verbs_option = click.option(
    "--verbs",
    "verb_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Verb rules to code with instead of the built-in ones: eventwire YAML or "
    "a PETRARCH verb dictionary; repeat for several, tried in order.",
)
since_option = click.option("--since", type=DATE, help="Events on or after this date.")
until_option = click.option("--until", type=DATE, help="Events on or before this date.")


def format_option(*choices: str) -> Callable[[F], F]:
    """``--format`` with these choices, the first the default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help="table: for reading; csv and json (a record a line): for programs.",
    )


def load_pipeline(
    model: str | None, actor_files: Sequence[str], verb_files: Sequence[str] = ()
) -> Pipeline:
    """A loaded pipeline; each conflict of the user's dictionaries goes to stderr."""
    from ..pipeline import Pipeline

    resources = load_resources(actor_files, verb_files)
    return Pipeline(model, resources)


def load_resources(
    actor_files: Sequence[str], verb_files: Sequence[str] = ()
) -> Resources:
    """The dictionaries, with the user's own; conflicts are reported on stderr."""
    from ..pipeline import Resources

    resources = Resources.load(
        actor_files=[Path(f) for f in actor_files],
        verb_files=[Path(f) for f in verb_files],
    )
    for conflict in resources.actors.conflicts:
        click.echo(f"warning: {conflict}", err=True)
    return resources


@contextlib.contextmanager
def errors() -> Iterator[None]:
    """Turn the library's errors into a clean ``Error:`` line and exit status 1."""
    try:
        yield
    except EventDataError as exc:
        raise click.ClickException(str(exc)) from exc


def print_records(
    records: Sequence[Mapping[str, Any]],
    fmt: str,
    out: TextIO,
    *,
    columns: Sequence[str],
    table: Sequence[tuple[str, str]] | None = None,
    caption: str = "",
) -> None:
    """Print records as a terminal table, CSV with a header, or JSON lines.

    Args:
        records: One mapping per row.
        fmt: ``table``, ``csv`` or ``json``.
        out: Where CSV and JSON go (tables go to the terminal's stdout).
        columns: The fields of CSV and JSON, in order.
        table: (heading, field) pairs for the table; all columns by default.
        caption: A line under the table ("12 events").
    """
    if fmt == "json":
        for record in records:
            out.write(json.dumps(dict(record), ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
        return
    shown = table or [(column, column) for column in columns]
    grid = Table(*(heading for heading, _ in shown), show_lines=False)
    for record in records:
        grid.add_row(*(_cell(record.get(field)) for _, field in shown))
    console = Console(width=TABLE_WIDTH)
    console.print(grid)
    if caption:
        console.print(caption)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"
    if value is None:
        return ""
    return str(value)
