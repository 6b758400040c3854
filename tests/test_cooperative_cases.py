"""Cooperative events (CAMEO roots 01-09) and the appeals, demands and yields
that take their code from the cooperative act they concern."""

import datetime as dt
from functools import partial

import pytest

from .conftest import cameo_codes

_codes = partial(cameo_codes, on=dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an appeal to back a named party rallies support for it
        ("Brazil urged the European Union to back Ukraine.", "053"),
        # an appeal to sign an accord in talks asks for a settlement
        (
            "Norway urged Colombia and the Colombian rebels to sign a peace accord "
            "during their negotiations in Havana.",
            "027",
        ),
        # an appeal for relief that asks to lift a ban on it asks for access
        (
            "Oxfam urged the Ethiopian government to lift its restrictions on aid "
            "convoys to Tigray.",
            "0255",
        ),
        # a trade appeal that asks to end an embargo asks to ease it
        ("Cuba urged the United States to end the trade embargo.", "0254"),
        ("The Philippines asked Japan to lease a naval base in Subic.", "0212"),
        (
            "Nicaraguan journalists appealed to the Nicaraguan government to allow "
            "them to resume publishing.",
            "0251",
        ),
        (
            "Canberra urged Beijing to scrap trade barriers on Australian wine.",
            "0211",
        ),
        (
            "The Armenian president pressed the Armenian parliament for a new "
            "electoral code before the vote.",
            "0244",
        ),
    ],
)
def test_appeal_takes_the_code_of_the_act_asked_for(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Brazil urged the European Union to support the new climate policy.", "053"),
        (
            "The Armenian president pressed the Armenian parliament for early "
            "elections.",
            "0244",
        ),
    ],
)
def test_appeal_is_not_refined_by_an_act_it_does_not_ask_for(pipeline, text, code):
    assert code not in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # demands for material cooperation (CAMEO 1.1b3: 101)
        (
            "France said Iran must cooperate with the International Atomic Energy "
            "Agency.",
            "101",
        ),
        ("Chile said Bolivia must lower its barriers to Chilean imports.", "1011"),
        ("Kenya said Somalia must release the detained fishing boat.", "1053"),
        # an act only to be agreed to concerns the act agreed to
        ("Britain said Russia must commit to a ceasefire in Ukraine.", "1056"),
        ("Germany said Hungary must commit to constitutional reform.", "1044"),
    ],
)
def test_demand_that_another_must_act_takes_the_code_of_the_act(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Angolan government bowed to demands from the opposition to free "
            "the jailed journalists.",
            "0841",
        ),
        (
            "The Tunisian president gave in to demands to reform the constitution.",
            "0834",
        ),
    ],
)
def test_yielding_to_demands_takes_the_code_of_the_act_demanded(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vietnam scrapped trade barriers on Australian beef.", "061"),
        ("Tajikistan leased a military airfield to India.", "062"),
        ("South Korea opened a joint research centre with Vietnam.", "060"),
        (
            "Kenya and Japan agreed to build a joint agricultural research institute.",
            "031",
        ),
        ("The World Food Programme fed starving Yemeni families.", "073"),
        ("The United States put an end to the embargo on Venezuela.", "085"),
        ("Niger lifted its restrictions on aid convoys to the north.", "0863"),
        ("Eritrea opened its territory to African Union observers.", "086"),
        ("The Kenyan president restructured the judiciary.", "0834"),
        ("The Georgian parliament amended the electoral law.", "0834"),
        ("Myanmar allowed Rohingya refugees to go home.", "0833"),
        (
            "The Nicaraguan government allowed the opposition newspaper to resume "
            "publishing.",
            "0811",
        ),
        ("Myanmar will let Rohingya refugees go home.", "0343"),
        (
            "The Georgian government allowed the opposition leader to hold a "
            "rally in Tbilisi.",
            "0833",
        ),
        (
            "The Venezuelan electoral council allowed the opposition leader to run "
            "for president.",
            "0812",
        ),
        ("Ethiopian rebels met the African Union mediator in Nairobi.", "040"),
        (
            "The Malian junta agreed to constitutional changes demanded by West "
            "African leaders.",
            "0344",
        ),
        (
            "The Ethiopian rebels plan to meet the African Union mediator next week.",
            "038",
        ),
    ],
)
def test_cooperative_act_is_coded(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Vietnam raised trade barriers on Australian beef.", "061"),
        ("The Vietnamese university opened a research centre in Hanoi.", "060"),
        ("Niger imposed restrictions on aid convoys to the north.", "0863"),
        ("Myanmar did not allow Rohingya refugees to go home.", "0833"),
        ("The coach allowed the players to go out for dinner.", "0833"),
        ("The Kenyan president praised the judiciary.", "0834"),
    ],
)
def test_look_alike_is_not_a_cooperative_act(pipeline, text, code):
    assert code not in _codes(pipeline, text)


def test_refused_agreement_is_the_refusal_of_the_act_agreed_to(pipeline):
    text = "Sudan said it would not agree to a ceasefire with the rebels."
    assert "1246" in _codes(pipeline, text)
