"""A decision stated as taken performs the act it decides where the act is
one a decision carries out itself (yielding, expelling, banning): "Peru
decided to expel the Bolivian ambassador" is an expulsion (161), not an
intent; a decision yet to come, or decided against, is no such act."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2000, 1, 1)


_triples = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru decided to expel the Bolivian ambassador.",
            {("PERGOV", "BOLGOV", "161")},
        ),
        (
            "The Chilean government decided to lift the curfew in Santiago.",
            {("CHLGOV", "CHLCVL", "0813")},
        ),
        # a decision yet to come is a threat, one decided against nothing
        (
            "Peru will decide to expel the Bolivian ambassador.",
            {("PERGOV", "BOLGOV", "1313")},
        ),
        ("Peru decided not to expel the Bolivian ambassador.", set()),
        # agreeing to lift a curfew at home is an intent aimed at its people
        (
            "Peru agreed to lift the curfew in Lima.",
            {("PERGOV", "PERCVL", "0351")},
        ),
    ],
)
def test_a_decision_taken_is_the_act_it_decides(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "committed to" and a gerund: the subject's act, only intended
        (
            "Chile is committed to sending aid to Bolivia.",
            {("CHLGOV", "BOLGOV", "033")},
        ),
        ("Chile sent aid to Bolivia.", {("CHLGOV", "BOLGOV", "070")}),
    ],
)
def test_a_commitment_to_an_act_is_an_intent(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
