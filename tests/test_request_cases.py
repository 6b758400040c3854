"""Requests, demands and refusals refined by the act they concern: a refused
investigation, demands turned down, plans to be dropped, pressure and the
search for refuge (CAMEO 1.1b3), each with sentences that must not code."""

import datetime as dt
from functools import partial

import pytest

from .conftest import cameo_codes

_codes = partial(cameo_codes, on=dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a rejected request to question or investigate: material cooperation
        ("Peru has rejected a Chilean request to question the suspects.", "121"),
        ("Hungary rejected a Dutch request to investigate the bank.", "121"),
        # demands turned down are refused for what they ask
        (
            "Italy said it would not meet hostage-takers demands to release "
            "detainees in Libya.",
            "1243",
        ),
        (
            "The French government said it would not meet the pirates' demands "
            "to release prisoners in Somalia.",
            "1243",
        ),
        # a plan to be dropped concerns the act planned
        (
            "China demanded that Japan cancel plans to sell fighter jets to the "
            "Philippines.",
            "1012",
        ),
        (
            "Moscow demanded that Berlin call off plans to sell tanks to Kyiv.",
            "1012",
        ),
        # pressure to act is a demand, refined by the act demanded
        ("Beijing pressured Manila to change course in the South China Sea.", "100"),
        (
            "Chilean authorities have been pressuring dockworkers in Valparaiso "
            "to call off the strike they had planned.",
            "1052",
        ),
        # fleeing people seeking refuge ask to be taken in
        ("Thousands of Afghan families sought refuge in Pakistan.", "1033"),
        ("Sudanese refugees sought asylum in Egypt.", "1033"),
        # food and medicine sought stay an appeal for aid
        ("Sudanese villagers sought food and medicine from the Red Cross.", "0233"),
        # an appeal to end protests is coded when made to one's own followers
        (
            "Buddhist monks appealed to their followers for an end to the "
            "street protests.",
            "0252",
        ),
    ],
)
def test_request_is_coded_by_what_it_concerns(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a request rejected with no act named keeps the general refusal
        ("Peru has rejected a Chilean request to question the suspects.", "120"),
        ("Qatar rejected the demands from Saudi Arabia.", "121"),
        # demands met are no refusal
        (
            "Italy said it met the hostage-takers' demands to release detainees "
            "in Libya.",
            "1243",
        ),
        # a plan with no coded act leaves the demand general
        (
            "China demanded that Japan cancel plans to build a new harbour.",
            "1012",
        ),
        # pressing and lobbying stay appeals
        ("Washington pressed Tokyo to change course.", "100"),
        ("France lobbied Germany over the budget rules.", "100"),
        ("Beijing pressured Manila to change course in the South China Sea.", "020"),
        ("Sudanese refugees sought asylum in Egypt.", "0233"),
        ("Sudanese villagers sought food and medicine from the Red Cross.", "1033"),
        # an appeal to one's own followers for something else is not coded
        ("Buddhist monks appealed to their followers for donations.", "0252"),
    ],
)
def test_request_is_not_coded(pipeline, text, code):
    assert code not in _codes(pipeline, text)
