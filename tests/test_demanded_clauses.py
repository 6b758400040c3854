"""A demand is aimed at the one its that-clause asks to act, whether the
verb demands ("demanded that the government resign") or takes up a demand
noun ("insisted on its demand that Moscow withdraw", "renewed its demand
that Baku free them"); the act asked for picks the code, as the infinitive
of an appeal does ("called on Lima to hold elections"), and is no event of
its own."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

_triples = partial(coded, on=dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "the government resign" as one noun phrase
        (
            "Georgian protesters demanded that the Georgian government resign.",
            ("GEOOPP", "GEOGOV", "1041"),
        ),
        (
            "Thai protesters demanded that the Thai prime minister quit.",
            ("THAOPP", "THAGOV", "1041"),
        ),
        (
            "Hungarian opposition parties demanded that Orban should resign.",
            ("HUNOPP", "HUNGOV", "1041"),
        ),
        (
            "Bangladeshi students demanded the Bangladeshi prime minister step down.",
            ("BGDEDU", "BGDGOV", "1041"),
        ),
        # the appeal reaches the one asked in the same way
        (
            "Peruvian protesters called on President Boluarte to resign.",
            ("PEROPP", "PERGOV", "0241"),
        ),
    ],
)
def test_a_demand_is_aimed_at_the_subject_of_its_clause(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected in triples, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine insisted on its demand that Russia withdraw its troops.",
            ("UKRGOV", "RUSGOV", "1056"),
        ),
        (
            "Ukraine stuck to its demand that Russia withdraw its troops.",
            ("UKRGOV", "RUSGOV", "1056"),
        ),
        (
            "Armenia renewed its demand that Azerbaijan release the prisoners of war.",
            ("ARMGOV", "AZEGOV", "1053"),
        ),
        # the parser reads "free" as an adjective
        (
            "The EU repeated its demand that Belarus free political prisoners.",
            ("IGOEUREEC", "BLRGOV", "1053"),
        ),
        (
            "Serbian students insisted on their demand that the Serbian government "
            "resign.",
            ("SRBEDU", "SRBGOV", "1041"),
        ),
        (
            "Kosovo stuck to its demand that Serbia recognise its independence.",
            ("XKXGOV", "SRBGOV", "102"),
        ),
    ],
)
def test_a_demand_taken_up_is_aimed_at_the_subject_of_its_clause(
    pipeline, text, expected
):
    triples = _triples(pipeline, text)
    assert expected in triples, triples


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # what a demand asks for is not done
        (
            "Kurdish rebels insisted on their demand that the Turkish government "
            "give Kurds more rights.",
            "0833",
        ),
        ("Venezuela rejected the demand that Maduro step down.", "0831"),
        ("Ukraine insisted on its demand that Russia withdraw its troops.", "0874"),
        # no demand is made
        ("Ukraine dropped its demand that Russia withdraw its troops.", "1056"),
        ("Ukraine insisted on its right to defend itself.", "100"),
        (
            "Georgian opposition leaders demanded that the Georgian government "
            "explain the decision.",
            "1041",
        ),
    ],
)
def test_what_a_demand_asks_for_codes_no_act(pipeline, text, unexpected):
    triples = _triples(pipeline, text)
    assert all(code != unexpected for _, _, code in triples), triples


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        # insisting on what is to be done demands it, and it is not done
        (
            "Ukraine insisted that Russia free the prisoners.",
            ("UKRGOV", "RUSGOV", "1053"),
            "0841",
        ),
        (
            "Ukraine insisted that Russia must free the prisoners.",
            ("UKRGOV", "RUSGOV", "1053"),
            "",
        ),
        (
            "Ukraine insisted that Russia has to free the prisoners.",
            ("UKRGOV", "RUSGOV", "1053"),
            "",
        ),
        # insisting on what is or was states it and demands nothing
        (
            "Moldova insisted that Russia had withdrawn its troops.",
            ("RUSGOV", "", "0874"),
            "1056",
        ),
        (
            "Turkey insisted that Sweden extradites the activists regularly.",
            ("SWEGOV", "", "063"),
            "1013",
        ),
        (
            "The Kremlin insisted that Russian troops were withdrawing from the "
            "border.",
            ("RUSMIL", "", "0874"),
            "1056",
        ),
        # what one insists it will do is its intent
        (
            "Japan insisted it would send aid to the Philippines.",
            ("JPNGOV", "PHLGOV", "033"),
            "103",
        ),
    ],
)
def test_insisting_demands_only_what_is_to_be_done(
    pipeline, text, expected, unexpected
):
    triples = _triples(pipeline, text)
    assert expected in triples, triples
    assert all(code != unexpected for _, _, code in triples), triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" is the mark of the act asked for, which has its own subject
        (
            "Peruvian protesters called for President Boluarte to resign.",
            ("PEROPP", "PERGOV", "0241"),
        ),
        (
            "The European Union called for Venezuela to hold free elections.",
            ("IGOEUREEC", "VENGOV", "0241"),
        ),
        (
            "Germany called for Israel to allow aid into Gaza.",
            ("DEUGOV", "ISRGOV", "0255"),
        ),
        (
            "Poland is pushing hard for Germany to rethink its energy policy.",
            ("POLGOV", "DEUGOV", "100"),
        ),
        # "for" before a noun is the same appeal, as before
        ("Lithuania called for talks with Belarus.", ("LTUGOV", "BLRGOV", "026")),
    ],
)
def test_an_appeal_for_another_to_act_is_aimed_at_it(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected in triples, triples
