"""A passive act of a state with no one named doing it ("was arrested in
Iran") is the government's of the country where it was done, against the
one it was done to; nothing where no place is named, where the place is
whom it is aimed at ("imposed on Iran"), or where the act is one an
occupier or armed group may do (destruction, violence). A "by" phrase the
parser hangs on the gerund of a charge is the passive's agent."""

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
            # an arrest for spying accuses of it (1125)
            "A British aid worker was arrested in Iran for spying, according to "
            "the BBC.",
            {("IRNGOV", "GBRNGO", "1125")},
        ),
        (
            "An American journalist was detained in Russia on Thursday.",
            {("RUSGOV", "USAMED", "173")},
        ),
        (
            "Hundreds of rebel fighters have been disarmed in Colombia since the "
            "peace deal.",
            {("COLGOV", "COLREB", "0873")},
        ),
        (
            "A Chinese dissident was released from prison in Beijing on Monday.",
            {("CHNGOV", "CHNOPP", "0841")},
        ),
        # where those it was done to are
        (
            "Half of the rebel fighters in Congo have been disarmed since the "
            "truce, two commanders told Reuters.",
            {("COGGOV", "COGREB", "0873")},
        ),
        # no place named, a place that is the target, or an act not a state's
        ("The Kenyan minister was accused of corruption.", set()),
        ("Sanctions were imposed on Iran last year.", set()),
        ("Palestinian homes were demolished in the West Bank.", set()),
    ],
)
def test_a_passive_act_of_a_state_is_the_government_s_where_it_was_done(
    pipeline, text, expected
):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former Peruvian minister has been accused of taking bribes by "
            "prosecutors in Lima.",
            {("PERJUD", "PERGOV", "112")},
        ),
        (
            "A Georgian opposition leader was detained by police in Tbilisi.",
            {("GEOCOP", "GEOOPP", "173")},
        ),
    ],
)
def test_the_agent_of_a_passive_charge_is_its_source(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
