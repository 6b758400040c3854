"""Acts whose doer the sentence does not name: violence done by a means
("a roadside bomb", "a car bomb blast") is that of whoever the means names,
else of unnamed armed men (UAF) of the country where it took place; people
protesting, named by their number rather than their side, are civilians of
the country where they protest. With no place named, nothing is inferred."""

import datetime as dt
from functools import partial

import pytest

from eventwire.coding.rules import code_sentence
from eventwire.mentions import MentionIndex

from .conftest import coded

ON = dt.date(2025, 3, 14)


_triples = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive with no agent, the act's means in a phrase
        (
            "Three Kenyan police officers were killed in a suicide bombing in "
            "central Mogadishu.",
            {("SOMUAF", "KENCOP", "1831")},
        ),
        # the passive whose agent is the means
        (
            "Four Nigerian soldiers were killed by a landmine outside the Malian "
            "town of Gao.",
            {("MLIUAF", "NGAMIL", "190")},
        ),
        # the means as the subject, the place on it
        (
            "A roadside bomb near the town of Kandahar killed two Canadian soldiers.",
            {("AFGUAF", "CANMIL", "1833")},
        ),
    ],
)
def test_violence_by_an_unnamed_hand_is_of_armed_men_where_it_took_place(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the means names who used it
        (
            "A policeman was shot dead in an ambush on a convoy by Taliban "
            "fighters near Kandahar.",
            "AFGUAF",
        ),
        ("Two soldiers were killed in an Israeli air strike in Gaza.", "ISR"),
    ],
)
def test_violence_by_a_means_is_of_whoever_the_means_names(pipeline, text, source):
    assert {s for s, _, _ in _triples(pipeline, text)} == {source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attempted act is the act, an attempted killing of a leader the
        # attempt (185); its doer, where unnamed, is inferred
        (
            "An attempt to assassinate the governor of Kandahar was foiled in "
            "Kandahar.",
            {("AFGUAF", "", "185")},
        ),
        (
            "An attempt by Taliban fighters to kill the governor of Kandahar failed.",
            {("AFGUAF", "", "185")},
        ),
        ("The pressure on Iran to negotiate grew.", set()),
    ],
)
def test_an_attempted_act_of_violence_is_coded_as_the_act(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed two Canadian soldiers.",  # no place named
        "Two Canadian soldiers were killed near Kandahar.",  # no means named
        "Ten people were killed in a flood in Turkey.",  # no attack
        "Five people were killed in a car crash near Ankara.",
    ],
)
def test_no_doer_is_inferred_without_a_means_of_attack_and_a_place(pipeline, text):
    assert _triples(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of people marched in Nairobi.", {("KENCVL", "", "141")}),
        # a trade keeps its sector; the town is where they marched, not whom
        ("Thousands of farmers marched in Nairobi.", {("KENAGR", "", "141")}),
        ("Hundreds of people blocked roads in Lagos.", {("NGACVL", "", "144")}),
    ],
)
def test_protesters_named_by_number_are_civilians_where_they_protest(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    "text", ["Thousands of farmers marched.", "A group of students protested."]
)
def test_protesters_of_no_side_and_no_place_are_not_coded(pipeline, text):
    assert _triples(pipeline, text) == set()


def test_an_inferred_source_says_it_is_inferred_and_where_from(pipeline):
    doc = pipeline.nlp("A local mayor was killed in a car bomb blast in Mosul.")
    resources = pipeline.resources
    mentions = MentionIndex.build(doc, resources.actors, ON, places=resources.gazetteer)
    (coding,) = code_sentence(next(doc.sents), resources.verbs, mentions)
    assert coding.source.actor.code == "IRQUAF"
    assert coding.source.text == "a car bomb blast"
    assert "inferred" in coding.source.actor.entry
    assert "'Mosul'" in coding.source.actor.entry
