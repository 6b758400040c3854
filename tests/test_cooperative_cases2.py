"""Cooperative events (CAMEO roots 01-09): meetings with mediators, economic
concessions, inquiries and appeals, each with a sentence that must not code."""

import datetime as dt
from functools import partial

import pytest

from .conftest import cameo_codes

_codes = partial(cameo_codes, on=dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a mediator named by title before the name
        (
            "Sudanese army leaders said they would meet the Saudi mediator "
            "Faisal bin Farhan if he guaranteed the truce.",
            "038",
        ),
        (
            "Sudanese army leaders met the Saudi mediator Faisal bin Farhan in "
            "Jeddah on Sunday.",
            "040",
        ),
        # pay and the opening of an economy change economic policy
        ("The Mexican government raised the minimum wage for farm workers.", "0832"),
        ("The Polish government introduced a minimum rate of pay in 2003.", "0832"),
        ("Uzbekistan opened up its economy to foreign banks in 2017.", "0832"),
        ("The Uzbek government promised to open up the economy.", "0342"),
        # what an inquiry is about, from the claim it looks into
        (
            "The African Union completed an inquiry into claims that Rwandan "
            "troops had shelled Goma.",
            "093",
        ),
        (
            "The Kenyan high court opened a hearing into the legality of the "
            "police raids.",
            "090",
        ),
        (
            "Kenyan lawyers investigated the welfare of Somali detainees in Dadaab.",
            "092",
        ),
        # the need named in the act asked for: "help save ... threatened
        # with starvation"
        (
            "Kenya called on the donors to help save Turkana herders threatened "
            "with hunger.",
            "0233",
        ),
        (
            "Muslim clerics appealed to Nigerian students for an end to the agitation.",
            "0252",
        ),
    ],
)
def test_cooperative_act_is_coded(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a mediator only met is no acceptance of mediation
        ("Sudanese army leaders met the Saudi foreign minister in Jeddah.", "038"),
        ("The Mexican central bank raised interest rates on Thursday.", "0832"),
        ("The Mexican government froze the minimum wage for farm workers.", "0832"),
        ("Uzbekistan closed its economy to foreign banks in 2017.", "0832"),
        (
            "The African Union completed an inquiry into claims that Rwandan "
            "officials had taken bribes.",
            "093",
        ),
        ("The Kenyan high court opened a hearing on Tuesday.", "090"),
    ],
)
def test_cooperative_act_is_not_coded(pipeline, text, code):
    assert code not in _codes(pipeline, text)
