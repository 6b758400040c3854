"""More conflictual codes (CAMEO 10-20) on our own sentences: the sub-code a
demand, rejection, protest, ban, bombing or attack takes from its words."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2025, 3, 14)


_codes = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand issued as a letter or stressed as another's obligation
        (
            "Georgian opposition parties published a joint declaration demanding "
            "fresh parliamentary elections.",
            "100",
        ),
        # ... refined by the act it asks for: letting aid in (1055)
        (
            "The Arab League stressed the obligation of Israel to allow aid into Gaza.",
            "1055",
        ),
        # opposing mediation rejects it
        ("Ethiopia is opposed to Kenyan mediation in the talks with Eritrea.", "126"),
        # stones thrown, roads blocked for a stated aim
        (
            "Bahraini protesters threw stones at Bahraini police during a protest "
            "for political freedom.",
            "1453",
        ),
        (
            "Thai students blocked streets in Bangkok to demand democratic reforms.",
            "1444",
        ),
        # the return of seized land or property is a claim of rights
        (
            "Zimbabwean farmers launched a hunger strike to demand the return of "
            "their land.",
            "1423",
        ),
        (
            "Serbian villagers blocked highways to demand the return of property "
            "seized by the Serbian state.",
            "1443",
        ),
        # banning an association, not a party
        ("Russia outlawed the Russian environmental organisation.", "1721"),
        ("Thailand banned the Thai opposition party.", "1722"),
        # the bomb that killed
        (
            "A Syrian journalist was killed in a car bomb explosion in Damascus.",
            "1832",
        ),
        (
            "A roadside bombing near Mosul wounded three Iraqi soldiers.",
            "1833",
        ),
        ("A landmine blast near Kharkiv killed two Ukrainian farmers.", "190"),
        # leaders killed from the air
        (
            "Israeli drone strikes have killed two senior Hezbollah commanders in "
            "Lebanon.",
            "195",
        ),
        # tanks firing shells
        ("Russian tanks fired tank shells at villages near Kherson.", "194"),
        # weapons of mass destruction readied against an enemy
        (
            "The Syrian militia is stockpiling chemical weapons to use against Turkey.",
            "1385",
        ),
        # hackers: raised as forces, breaking into networks
        ("Iran has trained hundreds of computer hackers.", "154"),
        (
            "Chinese hackers hacked into the computer networks of the Belgian "
            "foreign ministry.",
            "171",
        ),
    ],
)
def test_conflict_act_takes_the_sub_code_its_words_name(pipeline, text, expected):
    assert expected in {code for _, _, code in _codes(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # no enemy named: developing weapons is no threat
        ("Iran is developing nuclear weapons, Western officials said.", "1385"),
        # a car crash is no car bombing
        ("A Syrian journalist was killed in a car crash in Damascus.", "1832"),
        # a leader killed by gunmen on the ground is no air attack
        ("Gunmen killed two senior Hezbollah commanders in Beirut.", "195"),
        # a letter praising someone demands nothing
        (
            "Georgian opposition parties published a joint letter praising the "
            "French government.",
            "100",
        ),
        # an opposition party banned is not a restricted association
        ("Thailand banned the Thai opposition party.", "1721"),
        # training another's soldiers is aid, not forces raised
        ("Britain trained Ukrainian soldiers.", "154"),
    ],
)
def test_conflict_act_does_not_take_a_sub_code_its_words_do_not_name(
    pipeline, text, unexpected
):
    assert unexpected not in {code for _, _, code in _codes(pipeline, text)}
