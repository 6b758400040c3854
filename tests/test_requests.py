"""Demands and refusals coded by what they ask for or refuse (CAMEO 1.1b3:
the demands 105-108 mirror the appeals 025-028)."""

import datetime as dt
from functools import partial

import pytest

from .conftest import cameo_codes

_codes = partial(cameo_codes, on=dt.date(2025, 3, 14))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Ecuadorian government demanded that the truckers back down.", "105"),
        ("Washington demanded that Tehran abandon its uranium enrichment.", "105"),
        ("Serbia demanded concessions from Kosovo on the license plates.", "105"),
        ("Germany demanded that Russia hold talks with Ukraine.", "106"),
        ("Taiwan demanded talks with China.", "106"),
        (
            "The African Union demanded that Ethiopia and Eritrea settle their "
            "border dispute.",
            "107",
        ),
        (
            "Britain said Russia must reach an agreement with Ukraine that ends "
            "the war.",
            "107",
        ),
        ("Egypt demanded mediation from the United States in the dam dispute.", "108"),
        # through the adjective the act is asked of
        ("Brazil said Argentina must be ready to mediate in Guyana.", "108"),
        ("The UN Security Council demanded a ceasefire from Israel.", "1056"),
        ("Kyiv demanded that Russia withdraw its troops from Ukrainian soil.", "1056"),
        ("The United Nations demanded the withdrawal of Russian troops.", "1056"),
        # an obligation stressed asks for the act it names
        (
            "The UN Security Council stressed the obligation of Russia to lift "
            "its blockade of Ukrainian ports.",
            "1056",
        ),
        (
            "The Arab League underlined the obligation of the international "
            "community to take immediate action to lift the siege of Gaza.",
            "1056",
        ),
        # the parser may hang the obligation's infinitive on the verb
        (
            "The European Parliament recalled the duty of Hungary to release "
            "the detained Ukrainian journalists.",
            "1053",
        ),
    ],
)
def test_demand_takes_the_code_of_what_it_asks(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the infinitive on the rejected request names the act refused
        ("Hungary rejected a Ukrainian request to release the detained men.", "1243"),
        ("Serbia rejected the EU's demand to hold talks with Kosovo.", "125"),
    ],
)
def test_rejected_request_takes_the_code_of_the_act_requested(pipeline, text, code):
    assert code in _codes(pipeline, text)


def test_rejected_request_with_no_act_keeps_the_general_code(pipeline):
    assert "124" in _codes(pipeline, "Qatar rejected the demands from Saudi Arabia.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkey denied permission to Sweden for the rally.", "120"),
        ("Poland refused admittance to Belarusian migrants.", "1245"),
    ],
)
def test_refused_permission_or_admittance_is_a_rejection(pipeline, text, code):
    assert code in _codes(pipeline, text)


def test_suspended_aid_deliveries_reduce_aid(pipeline):
    assert "162" in _codes(pipeline, "The Red Cross suspended aid deliveries to Gaza.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thailand refused to extradite the activist to Cambodia.", "1213"),
        ("Brazil rejected an extradition request from Italy.", "1213"),
        ("Kyrgyzstan declined Kazakhstan's request for legal assistance.", "1213"),
    ],
)
def test_refused_judicial_cooperation_is_1213(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the that-clause of the reminder or warning names the act demanded
        (
            "Germany issued a stern reminder to Serbia that it must cooperate "
            "with the war crimes court.",
            "101",
        ),
        (
            "The EU issued a stern reminder to Hungary that it must release the "
            "detained activists.",
            "1053",
        ),
    ],
)
def test_demand_noun_takes_the_code_of_its_content(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Poland is pushing hard for Germany to send more tanks to Ukraine.", "1032"),
        ("Ukraine lobbied hard for Hungary to lift its veto on the loan.", "10"),
    ],
)
def test_pushing_hard_for_another_to_act_is_a_demand(pipeline, text, code):
    assert any(c.startswith(code) for c in _codes(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police pushed hard against the crowd in Nairobi.",
        "Poland pushed the talks with Germany forward.",
    ],
)
def test_pushing_that_asks_nothing_is_no_demand(pipeline, text):
    assert not any(c.startswith("10") for c in _codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The United Nations urged Belarus to take steps to release the "
            "jailed journalists.",
            "0253",
        ),
        (
            "Ecuador demanded that Peru take action to withdraw its troops "
            "from the border.",
            "1056",
        ),
    ],
)
def test_steps_taken_for_an_act_are_the_act_asked(pipeline, text, code):
    assert code in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # what the party needs to do is the act asked
        (
            "The Kenyan president told reporters that Ethiopia needs to release "
            "the detained journalists.",
            "0253",
        ),
        (
            "The Kenyan president told Ethiopian Prime Minister Abiy Ahmed that "
            "Ethiopia needs to hold talks with the Tigrayan leaders.",
            "026",
        ),
        # "must" demands
        (
            "Norway told Iran that it must release the detained journalists.",
            "1053",
        ),
    ],
)
def test_telling_another_it_needs_to_act_asks_for_the_act(pipeline, text, code):
    assert code in _codes(pipeline, text)


def test_telling_the_press_of_ones_own_plans_asks_nothing(pipeline):
    text = "The Kenyan president told reporters that he needs to leave for Nairobi."
    assert not any(c[:2] in ("02", "10") for c in _codes(pipeline, text))
