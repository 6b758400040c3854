"""An attempt at a violent act, stated as made, is the act attempted: CAMEO
codes "tried to storm the barracks" as the assault (18-20), an attempted
killing of a leader as 185, not a threat. An attempt yet to come stays a
threat; one negated is no event. A business sector's appeal, demand or
criticism voiced to no one named is a political event; its trade alone is
not."""

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
            "Armenian troops tried to seize the village of Tegh from Azerbaijan.",
            {("ARMMIL", "AZEGOV", "192")},
        ),
        (
            "Syrian rebels attempted to assassinate the Lebanese prime minister.",
            {("SYRREB", "LBNGOV", "185")},
        ),
        ("Syrian rebels tried to attack Lebanon.", {("SYRREB", "LBNGOV", "190")}),
        # an attempt yet to come is a threat; one not made, no event
        (
            "Syrian rebels will try to assassinate the Lebanese prime minister.",
            {("SYRREB", "LBNGOV", "1383")},
        ),
        ("Syrian rebels did not try to attack Lebanon.", set()),
        ("Syrian rebels tried not to attack Lebanon.", set()),
        # a vow is still a threat
        ("Syrian rebels vowed to attack Lebanon.", {("SYRREB", "LBNGOV", "1384")}),
    ],
)
def test_an_attempted_violent_act_is_the_act(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian business leaders on Tuesday called for freer trade.",
            {("BRABUS", "", "0211")},
        ),
        (
            "Chilean business leaders demanded lower taxes.",
            {("CHLBUS", "", "100")},
        ),
        (
            "Chilean business leaders criticized the new tax.",
            {("CHLBUS", "", "111")},
        ),
        # a firm's own market acts are no political event
        ("Chilean business leaders raised prices.", set()),
    ],
)
def test_a_business_sector_voicing_a_demand_is_coded(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
