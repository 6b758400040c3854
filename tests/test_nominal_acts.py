"""Acts named by nouns and the purposes of protests: an act named by the
subject of a verb that says it goes on ("protests continued"), and whom a
protest is against when only its purpose clause says so."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2025, 3, 14)


_triples = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose clause of a protest names whom it is against
        (
            "Up to 500 ethnic Somalis began a hunger strike to protest against "
            "Kenya's decision to deport them.",
            {("KENCVL", "KENGOV", "1422")},
        ),
    ],
)
def test_protest_is_against_whom_its_purpose_clause_names(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palestinian protests against Israeli settlement policies continued "
            "for a third day.",
            {("PSE", "ISR", "1412")},
        ),
        (
            "Attacks by Taliban fighters on Afghan army posts intensified.",
            {("AFGUAF", "AFGMIL", "190")},
        ),
    ],
)
def test_an_act_named_by_the_subject_of_a_verb_of_going_on_is_coded(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protests continued.",  # no one named
        "Prices continued to rise.",
        "The talks continued in Geneva.",  # talks are no act done to anyone
    ],
)
def test_a_verb_of_going_on_with_no_act_or_doer_codes_nothing(pipeline, text):
    assert _triples(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan students resorted to throwing stones at police in Nairobi.",
            {("KENEDU", "", "145")},
        ),
        (
            "Kurdish youths resorted to throwing stones during protests against "
            "the Turkish police, officials said.",
            {("TURCVL", "TURCOP", "145")},
        ),
        ("Troops stationed in Kabul were attacked.", set()),
    ],
)
def test_a_sentence_parsed_as_a_noun_phrase_has_its_noun_as_subject(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who hold the rally protest, not the rally
        (
            "Thousands of Kenyans from across the country were gathering on Monday "
            "for a rally in Nairobi to protest the arrests of opposition leaders.",
            {("KENCVL", "", "1413")},
        ),
        # an infinitive on another noun keeps that noun as its subject
        (
            "Kenya was the first country to recognise Kosovo.",
            {("KENGOV", "XKXGOV", "054")},
        ),
    ],
)
def test_the_purpose_of_a_gathering_is_done_by_those_who_gather(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sudanese army was responsible for shelling the town of Kadugli.",
            {("SDNMIL", "SDNCVL", "194")},
        ),
        (
            "Both the Ethiopian army and Eritrean rebels are guilty of violating "
            "the ceasefire agreement.",
            {("ETHMIL", "", "196"), ("ERIREB", "", "196")},
        ),
        # an adjective of ability or feeling states no act
        ("Kenya is capable of attacking Somalia.", set()),
        ("Kenya is afraid of attacking Somalia.", set()),
    ],
)
def test_the_subject_guilty_of_an_act_did_it(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
