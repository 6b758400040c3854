"""Explanations: the rule that fired on each verb, or why none did; how each
noun phrase resolved, or why it stands for no actor; the events and their
confidence, as ``eventwire code`` finds them."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EventDataError
from eventwire.explain import explain_sentence, render_text
from eventwire.models import Article

ON = dt.date(2024, 5, 1)


def _verb(explanation, text):
    found = [v for s in explanation.sentences for v in s.verbs if v.text == text]
    assert found, f"no verb {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "verb", "rule", "fired", "why"),
    [
        (
            "Kenya condemned Uganda on Tuesday.",
            "condemned",
            "111.criticize",
            True,
            "coded 111 actual",
        ),
        (
            "Ecuador's foreign minister visited Colombia.",
            "visited",
            "042.visit",
            True,
            "coded 042 actual",
        ),
        (
            "Peru is ready to sign a deal with Chile.",
            "sign",
            "057.sign_agreement",
            True,
            "coded 030 intended",
        ),
        # no rule fires: the lemma has none
        (
            "Kenya painted Uganda's embassy.",
            "painted",
            None,
            False,
            "no rule for the verb 'paint'",
        ),
        # a rule matches, but no source can be found
        (
            "Its closest partner attacked Ghana.",
            "attacked",
            "190.attack",
            False,
            "no source: its subject 'Its closest partner' stands for no actor",
        ),
        (
            "The storm damaged several houses in Accra.",
            "damaged",
            "171.damage",
            False,
            "no source: its subject 'The storm'",
        ),
        (
            "Police were attacked in Lagos.",
            "attacked",
            "190.attack",
            False,
            "a passive with no 'by' phrase",
        ),
        # the act is not stated
        (
            "Norway did not criticise Sweden.",
            "criticise",
            "111.criticize",
            False,
            "not stated (negated by 'not')",
        ),
        (
            "Chile's president met Peru's president. He could sanction Bolivia.",
            "sanction",
            "163.sanction",
            False,
            "not stated (hypothetical 'could')",
        ),
        (
            "If Ghana attacks Togo, Nigeria will respond.",
            "attacks",
            "190.attack",
            False,
            "not stated (conditional 'If')",
        ),
        (
            "Russia denied that its troops shelled Kharkiv.",
            "shelled",
            "194.heavy_context",
            False,
            "under 'denied': denied or doubted",
        ),
        # a wrapped act coded through the wrapper's rule
        (
            "Mali refused to meet Niger on Friday.",
            "meet",
            None,
            False,
            "coded through 'refused' by its wrapper rule 120.refuse_to",
        ),
    ],
)
def test_each_verb_names_its_rule_or_why_none_fired(
    pipeline, sentence, verb, rule, fired, why
):
    found = _verb(explain_sentence(pipeline, sentence, ON), verb)
    assert (found.rule.id if found.rule else None) == rule
    assert found.fired is fired
    assert why in found.why
    if found.rule is not None:
        assert found.rule.origin.startswith("rules.yml:")
        assert found.rule.label


@pytest.mark.parametrize(
    ("sentence", "mood", "cue"),
    [
        ("Norway did not criticise Sweden.", "none", "negated by 'not'"),
        ("Brazil will send troops to Haiti.", "intended", "future 'will'"),
        ("Mali refused to meet Niger on Friday.", "none", "under 'refused'"),
        ("Peru is ready to sign a deal with Chile.", "intended", "under 'ready'"),
    ],
)
def test_the_mood_of_each_clause_names_the_words_that_set_it(
    pipeline, sentence, mood, cue
):
    explanation = explain_sentence(pipeline, sentence, ON)
    verbs = explanation.sentences[0].verbs
    reading = [v for v in verbs if v.cues][-1]
    assert reading.mood == mood
    assert cue in "; ".join(reading.cues)


@pytest.mark.parametrize(
    ("sentence", "phrase", "code", "how", "entry"),
    [
        (
            "Kenya condemned Uganda on Tuesday.",
            "Kenya",
            "KENGOV",
            "country",
            "country KEN",
        ),
        (
            "The Kenyan army shelled the town.",
            "Kenyan army",
            "KENMIL",
            "agent",
            "agent 'army'",
        ),
        (
            "Chile's president met Peru's president. He could sanction Bolivia.",
            "He",
            "CHLGOV",
            "pronoun",
            "pronoun -> ",
        ),
        (
            "Ghana and Togo signed an accord. The two leaders praised each other.",
            "leaders",
            "GHAGOV",
            "pair",
            "the two -> 'Ghana'",
        ),
        (
            "Its closest partner attacked Ghana.",
            "Its closest partner",
            "",
            "uncoded",
            "names someone other than its possessor",
        ),
        (
            "Police were attacked in Lagos.",
            "Police",
            "",
            "uncoded",
            "the agent noun 'police' has no country here",
        ),
        (
            "The storm damaged several houses.",
            "The storm",
            "",
            "uncoded",
            "no known name, title or agent noun in 'storm'",
        ),
    ],
)
def test_each_actor_says_how_it_resolved_or_why_not(
    pipeline, sentence, phrase, code, how, entry
):
    explanation = explain_sentence(pipeline, sentence, ON)
    actors = [a for s in explanation.sentences for a in s.actors if a.text == phrase]
    assert actors, f"no actor {phrase!r}"
    assert (actors[0].code, actors[0].how) == (code, how)
    assert entry in actors[0].entry


@pytest.mark.parametrize(
    "text",
    [
        "Kenya condemned Uganda on Tuesday.",
        "Ghana and Togo signed a trade accord on Monday.",
        "Brazil agreed to hold drills with Argentina.",
    ],
)
def test_the_events_explained_are_the_events_coded(pipeline, text):
    explanation = explain_sentence(pipeline, text, ON)
    explained = [e.event for s in explanation.sentences for e in s.events]
    coded = pipeline.code(Article("x", text, ON)).events
    pick = ("source_code", "target_code", "cameo", "confidence", "rule")
    assert [[getattr(e, k) for k in pick] for e in explained] == [
        [getattr(e, k) for k in pick] for e in coded
    ]
    assert explained and all(0 < e.confidence < 1 for e in explained)


def test_an_empty_sentence_is_refused(pipeline):
    with pytest.raises(EventDataError, match="give a sentence"):
        explain_sentence(pipeline, "  ", ON)


def test_the_text_report_shows_parse_actors_verbs_and_events(pipeline):
    report = render_text(
        explain_sentence(pipeline, "Kenya condemned Uganda on Tuesday.", ON)
    )
    assert "Sentence 1: Kenya condemned Uganda on Tuesday." in report
    assert "  1 condemned      condemn        VERB   ROOT       1" in report
    assert "'Kenya' -> KENGOV" in report
    assert "rule 111.criticize at rules.yml:" in report
    assert "KENGOV -> UGAGOV 111 Criticize or denounce [actual] confidence" in report


def test_explain_command_prints_the_report_and_json():
    runner = CliRunner()
    args = ["explain", "Norway did not criticise Sweden.", "--published", "2024-05-01"]
    text = runner.invoke(main, args)
    assert text.exit_code == 0, text.output
    assert "not stated (negated by 'not')" in text.output
    assert "Events:\n    (none)" in text.output
    done = runner.invoke(main, [*args, "--format", "json"])
    assert done.exit_code == 0, done.output
    record = json.loads(done.output)
    assert record["published"] == "2024-05-01"
    (verb,) = record["sentences"][0]["verbs"]
    assert verb["rule"]["id"] == "111.criticize"
    assert verb["mood"] == "none"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["explain", "Kenya condemned Uganda."], "Missing option '--published'"),
        (["explain", " ", "--published", "2024-05-01"], "Error: give a sentence"),
        (["explain", "x", "--published", "2024-02-30"], "is not a date"),
    ],
)
def test_explain_command_rejects_bad_input_with_a_clear_message(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output


def test_explain_command_resolves_with_the_users_actor_file(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "actors:\n  - name: Lake Guard Brigade\n    country: KEN\n    role: UAF\n",
        encoding="utf-8",
    )
    args = ["explain", "The Lake Guard Brigade attacked Uganda."]
    args += ["--published", "2024-05-01", "--actors", str(mine)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "'Lake Guard Brigade' -> KENUAF" in result.output
    assert "mine.yml:" in result.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A roadside bomb near Kandahar killed two Canadian soldiers.",
            "source inferred: an act of violence with no one named doing it, "
            "where it took place ('Kandahar')",
        ),
        ("Kenya condemned Uganda on Tuesday.", None),
    ],
)
def test_the_report_says_how_a_source_no_one_names_was_inferred(
    pipeline, text, expected
):
    report = render_text(explain_sentence(pipeline, text, ON))
    inferred = [line.strip() for line in report.splitlines() if "inferred:" in line]
    assert inferred == ([expected] if expected else [])
