"""The command line: formats, bad input, the database commands."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main

STORY = "Japan praised Australia on Monday. Egypt held talks with Qatar.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_code_json_prints_one_document_per_article_in_input_order(
    runner, tmp_path, pipeline
):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "b", "text": "France condemned Iran.", "published": "2025-03-14"},
        {"id": "a", "text": "Japan praised Australia.", "published": "2025-03-14"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["b", "a"]
    assert docs[0]["events"][0]["cameo"] == "111"


def test_code_jsonl_prints_flat_events_dated_from_the_text(runner, story, pipeline):
    result = runner.invoke(
        main, ["code", str(story), "--published", "2025-03-14", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    events = [r for r in records if r["record"] == "event"]
    praise = next(e for e in events if e["cameo"] == "051")
    assert (praise["date"], praise["date_precision"], praise["date_text"]) == (
        "2025-03-10",
        "day",
        "on Monday",
    )


def test_code_csv_has_the_event_columns(runner, story, pipeline):
    result = runner.invoke(
        main, ["code", str(story), "--published", "2025-03-14", "--format", "csv"]
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["source_code"] == "JPNGOV"
    assert "goldstein" in rows[0] and "rule" in rows[0]


PLACED_STORY = (
    "ANCHORAGE, Alaska (AP) — Donald Trump met Vladimir Putin in Anchorage on "
    "Friday.\n\n"
    '"We had a very productive meeting," Trump told reporters. Putin said the '
    'talks were "constructive."\n'
)


@pytest.fixture
def placed_story(tmp_path):
    path = tmp_path / "summit.txt"
    path.write_text(PLACED_STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_every_code_format_carries_dates_places_and_quotes(
    runner, placed_story, pipeline, fmt
):
    result = runner.invoke(
        main, ["code", str(placed_story), "--published", "2025-08-16", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    for words in ("2025-08-15", "Anchorage", "Donald Trump", "productive meeting"):
        assert words in out, (fmt, words)
    if fmt == "table":
        assert "Anchorage, USA" in out and "direct" in out and "reported" in out
        return
    if fmt == "json":
        (doc,) = [json.loads(line) for line in out.splitlines()]
        event, quotes = doc["events"][0], doc["quotes"]
    elif fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        event = next(r for r in records if r["record"] == "event")
        quotes = [r for r in records if r["record"] == "quote"]
    else:
        records = list(csv.DictReader(io.StringIO(out)))
        event = next(r for r in records if r["record"] == "event")
        quotes = [r for r in records if r["record"] == "quote"]
    assert (event["date"], event["place_name"], event["place_country"]) == (
        "2025-08-15",
        "Anchorage",
        "USA",
    )
    assert float(event["lat"]) == pytest.approx(61.2, abs=0.1)
    speakers = {(q["speaker_name"], str(q["direct"])) for q in quotes}
    assert ("Donald Trump", "True") in speakers
    assert ("Vladimir Putin", "False") in speakers


def test_quotes_lists_what_someone_said(runner, tmp_path, placed_story, pipeline):
    db = str(tmp_path / "q.duckdb")
    runner.invoke(main, ["ingest", str(placed_story), "--db", db])
    listed = runner.invoke(
        main, ["quotes", "--db", db, "--speaker", "Putin", "--format", "json"]
    )
    assert listed.exit_code == 0, listed.output
    quotes = [json.loads(line) for line in listed.stdout.splitlines()]
    assert quotes and {q["speaker_name"] for q in quotes} == {"Vladimir Putin"}
    assert any(q["text"] == "constructive." for q in quotes)
    table = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Trump"])
    assert "productive meeting" in table.stdout and "Putin" not in table.stdout


def test_code_reads_standard_input(runner, pipeline):
    result = runner.invoke(
        main, ["code", "-", "--published", "2025-03-14"], input=STORY
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"]


def test_bad_inputs_are_reported_with_file_and_line_and_the_rest_is_coded(
    runner, tmp_path, pipeline
):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 10)
    (tmp_path / "latin1.txt").write_bytes(
        "Japan praised Australia, café.".encode("latin-1")
    )
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "ok", "text": "France condemned Iran."}\n'
        "{not json\n"
        '{"id": "notext"}\n'
        '{"id": "baddate", "text": "Egypt held talks with Qatar.",'
        ' "published": "2023-02-30"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["code", str(tmp_path), "--published", "2025-03-14"])
    assert result.exit_code == 0
    err = result.stderr
    assert "empty.txt" in err and "binary" in err
    assert "latin1.txt" in err
    assert "bad.jsonl:2" in err and "bad.jsonl:3" in err and "bad.jsonl:4" in err
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert "ok" in ids and "baddate" in ids and len(ids) == 3  # + latin1.txt


def test_exit_status_is_nonzero_only_when_nothing_could_be_coded(
    runner, tmp_path, pipeline
):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["code", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "Error: nothing could be coded" in result.stderr


def test_bad_published_option_fails_with_a_clear_message(runner, story):
    result = runner.invoke(main, ["code", str(story), "--published", "23/01/2025"])
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


def test_ingest_twice_adds_nothing_the_second_time(runner, tmp_path, story, pipeline):
    db = str(tmp_path / "ev.duckdb")
    first = runner.invoke(
        main, ["ingest", str(story), "--db", db, "--published", "2025-03-14"]
    )
    assert first.exit_code == 0, first.output
    assert "1 articles added" in first.stderr
    second = runner.invoke(
        main, ["ingest", str(story), "--db", db, "--published", "2025-03-14"]
    )
    assert second.exit_code == 0, second.output
    assert "0 articles added" in second.stderr
    listed = runner.invoke(main, ["events", "--db", db, "--format", "json"])
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(events) == len({e["event_id"] for e in events}) >= 2


@pytest.mark.parametrize(
    ("options", "codes"),
    [
        (["--actor", "JPN"], {"051"}),
        (["--code", "04"], {"046"}),
        (["--source", "EGY", "--target", "QAT"], {"046"}),
        (["--since", "2025-03-11"], {"046"}),
        (["--until", "2025-03-10"], {"051"}),
    ],
)
def test_events_filters_by_actor_code_and_date(
    runner, tmp_path, story, pipeline, options, codes
):
    db = str(tmp_path / "ev.duckdb")
    runner.invoke(main, ["ingest", str(story), "--db", db, "--published", "2025-03-14"])
    listed = runner.invoke(main, ["events", "--db", db, "--format", "json", *options])
    assert listed.exit_code == 0, listed.output
    assert {json.loads(line)["cameo"] for line in listed.stdout.splitlines()} == codes


def test_events_table_is_readable(runner, tmp_path, story, pipeline):
    db = str(tmp_path / "ev.duckdb")
    runner.invoke(main, ["ingest", str(story), "--db", db, "--published", "2025-03-14"])
    listed = runner.invoke(main, ["events", "--db", db])
    assert "JPNGOV" in listed.stdout and "Praise or endorse" in listed.stdout
    assert "place" in listed.stdout


@pytest.mark.parametrize("command", ["code", "ingest", "events", "quotes", "eval"])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_non_english_text_is_reported_and_coded_to_nothing(runner, tmp_path, pipeline):
    text = (
        "Der russische Präsident hat am Montag in Moskau mit dem chinesischen "
        "Staatschef über die Lage in der Ukraine gesprochen und eine engere "
        "Zusammenarbeit zwischen beiden Ländern angekündigt, teilte der Kreml mit."
    )
    path = tmp_path / "de.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["code", str(path), "--published", "2025-03-14"])
    assert result.exit_code == 0
    assert "de.txt: warning: the text does not look like English" in result.stderr
    assert json.loads(result.stdout)["events"] == []


def test_huge_text_is_reported_and_skipped(runner, tmp_path, pipeline):
    (tmp_path / "huge.jsonl").write_text(
        json.dumps({"id": "huge", "text": "Japan praised Australia. " * 50_000})
        + "\n"
        + json.dumps({"id": "small", "text": "Japan praised Australia."})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["code", str(tmp_path / "huge.jsonl")])
    assert result.exit_code == 0
    assert "huge.jsonl:1: too long" in result.stderr
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["small"]
