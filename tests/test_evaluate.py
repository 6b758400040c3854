"""Scoring against gold files: the formats of the reference data, our sentences."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluate import mention_at, score_cameo_examples, score_plover
from eventwire.mentions import MentionIndex

from .conftest import DATA, needs_shared

CAMEO_CSV = (
    '"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description",'
    '"usage_notes","example","root_code","order"\n'
    '"1",1,"Praise","051",3.4,1,2,NA,NA,"Japan praised Australia on Monday.","05",1\n'
    '"2",2,"Criticize","111",-2,3,4,NA,NA,"France condemned Iran.","11",2\n'
    '"3",3,"Meet","040",1,5,6,NA,NA,"The storm damaged several houses.","04",3\n'
    '"4",4,"Root only","05",3,7,8,NA,NA,NA,"05",4\n'
)


def test_cameo_examples_are_scored_on_root_and_full_code(pipeline, tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text(CAMEO_CSV, encoding="utf-8")
    scores = {s.name: (s.hits, s.total) for s in score_cameo_examples(path, pipeline)}
    assert scores["CAMEO root accuracy"] == (2, 3)
    assert scores["CAMEO full-code accuracy"] == (2, 3)
    assert scores["CAMEO examples with an event"] == (2, 3)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_cameo_examples_are_read_with_their_quotes_mended(pipeline, tmp_path, encoding):
    # a curly apostrophe once read as Mac Roman, then saved again
    broken = "Kenya’s president praised Uganda.".replace("’", "‚Äô")
    row = f'"1",1,"Praise","051",3.4,1,2,NA,NA,"{broken}","05",1\n'
    path = tmp_path / "codes.csv"
    path.write_bytes((CAMEO_CSV.splitlines(keepends=True)[0] + row).encode(encoding))
    scores = {s.name: (s.hits, s.total) for s in score_cameo_examples(path, pipeline)}
    assert scores["CAMEO full-code accuracy"] == (1, 1)


def test_plover_records_are_scored_on_type_and_actor_countries(pipeline, tmp_path):
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {
            "id": "a",
            "event": "DISAPPROVE",  # the 2016 name of ACCUSE
            "text": "France condemned Iran.",
            "source": [{"actorText": "France", "code": "FRA", "sector": "GOV"}],
            "target": [{"actorText": "Iran", "code": "IRN"}],
        },
        {
            "id": "b",
            "event": "SUPPORT",
            "text": "Japan praised Australia.",
            "source": {"actorText": "Japan", "code": "JPN"},
            "target": "",
        },
        {"id": "c", "event": "FIGHT", "text": "Oil prices fell.", "source": []},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    scores = {s.name: (s.hits, s.total) for s in score_plover(path, pipeline)}
    assert scores["PLOVER event-type accuracy"] == (2, 3)
    assert scores["PLOVER source accuracy"] == (2, 2)
    assert scores["PLOVER target accuracy"] == (1, 1)
    assert scores["PLOVER source sector accuracy"] == (1, 1)


def test_eval_without_gold_data_fails_with_a_clear_message(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "no cameo/ or plover/ gold data here" in result.stderr


@needs_shared(DATA / "cameo" / "icews-cameo-codes.csv")
@needs_shared(DATA / "plover" / "PLOVER_GSR_CAMEO.txt")
def test_eval_on_the_reference_data_prints_every_score(pipeline):
    result = CliRunner().invoke(main, ["eval", "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    scores = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert len(scores) == 11
    # Floors under today's figures, so that a change that loses ground shows.
    assert float(scores["CAMEO root accuracy"].split()[0]) >= 0.25
    assert float(scores["PLOVER event-type accuracy"].split()[0]) >= 0.30
    actor = "PLOVER actor country (or organisation) accuracy"
    assert float(scores[actor].split()[0]) >= 0.65


@pytest.mark.parametrize("bad", ["[not json", '{"a": 1}'])
def test_unreadable_plover_file_is_a_source_error(pipeline, tmp_path, bad):
    from eventwire.errors import SourceError

    path = tmp_path / "gold.json"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(SourceError, match="gold.json"):
        score_plover(path, pipeline)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # a modifier two heads below the mention that holds it
        (
            "U.N. envoy Lakhdar Brahimi met Syrian officials in Geneva.",
            "U.N.",
            "IGOUNO",
        ),
        # each of two coordinated adjectives finds its own country's mention
        ("Hungarian and Romanian officials agreed to meet.", "Romanian", "ROUGOV"),
        ("Hungarian and Romanian officials agreed to meet.", "Hungarian", "HUNGOV"),
        ("Iraqi army officers fled the city.", "Iraqi", "IRQMIL"),
        # no mention above the words: nothing found
        ("The mountain stronghold fell to the troops.", "mountain", None),
    ],
)
def test_gold_actor_words_find_the_mention_that_holds_them(pipeline, text, words, code):
    doc = pipeline.nlp(text)
    index = MentionIndex.build(
        doc,
        pipeline.resources.actors,
        dt.date(2015, 6, 1),
        places=pipeline.resources.gazetteer,
    )
    start = text.index(words)
    found = mention_at(doc, index, start, start + len(words), pipeline.resources.actors)
    assert (found.actor.code if found else None) == code
