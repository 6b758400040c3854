"""A coercive act held out under a condition ("may suspend the talks if ...",
"will boycott the vote unless ...") is a threat (CAMEO 13) against whoever
the act or the condition names; a negated act under "unless" is a refusal
(12). A condition a speaker supposes of another, or a clause only under
"if", states no event."""

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
            "The European Union may suspend trade talks with Turkey if Ankara "
            "jails more journalists.",
            {("IGOEUREEC", "TURGOV", "134")},
        ),
        (
            "Russia could cut gas supplies to Ukraine if Kyiv does not pay its debts.",
            {("RUSGOV", "UKRGOV", "131")},
        ),
        (
            "If Kyiv does not pay its debts, Russia could cut gas supplies to Ukraine.",
            {("RUSGOV", "UKRGOV", "131")},
        ),
        (
            "China may impose sanctions on Lithuania if Vilnius opens a "
            "Taiwanese office.",
            {("CHNGOV", "LTUGOV", "1312")},
        ),
        # the condition names whom the threat is aimed at
        (
            "The Kenyan opposition said it will boycott the presidential "
            "election unless President Ruto dismisses the electoral commission.",
            {("KENOPP", "KENGOV", "133")},
        ),
        # the act stated, not held out
        ("Russia cut gas supplies to Ukraine.", {("RUSGOV", "UKRGOV", "160")}),
        # a help offered under a condition stays an intent
        (
            "Japan will send aid to Haiti if the roads are cleared.",
            {("JPNGOV", "HTIGOV", "033")},
        ),
        # reported by an official of no known side, or of the same side
        (
            "China may impose sanctions on Lithuania if Vilnius opens a "
            "Taiwanese office, officials said.",
            {("CHNGOV", "LTUGOV", "1312")},
        ),
        (
            "China may impose sanctions on Lithuania if Vilnius opens a "
            "Taiwanese office, Chinese officials said.",
            {("CHNGOV", "LTUGOV", "1312")},
        ),
        # a speaker's guess about another, and a negated supposition
        (
            "Poland said Russia could cut gas supplies to Ukraine if Kyiv does "
            "not pay.",
            set(),
        ),
        (
            "Russia would not cut gas supplies to Ukraine if Kyiv paid its debts.",
            set(),
        ),
    ],
)
def test_a_coercive_act_under_a_condition_is_a_threat(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed spokesman speaks for those who refuse; the agent of the
        # condition is whom the refusal is aimed at
        (
            "Nigerian nurses will not end their walkout unless their pay "
            "demands are met by the government in Abuja, a union official said.",
            {("NGAHLH", "NGAGOV", "1242")},
        ),
        # a number of those named ("2,000 of the miners") stands for them
        (
            "Some 2,000 of the 3,500 Chilean miners will not end their strike "
            "unless their wage demands are met by Santiago, a union official "
            "announced.",
            {("CHLLAB", "CHLGOV", "1242")},
        ),
    ],
)
def test_a_negated_act_unless_a_condition_is_met_is_a_refusal(pipeline, text, expected):
    assert _triples(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive read as an adverbial of the vow is still its act,
        # and the time clause is the fight's, not the vow's
        (
            "Syrian rebels have sworn to fight until they win control of "
            "Damascus, Turkish officials said.",
            {
                ("SYRREB", "", "138"),
                ("SYRREB", "", "1384"),
                ("SYRREB", "SYRGOV", "1382"),
            },
        ),
        # a fight done, and the time clause with it
        (
            "Syrian rebels fought the Syrian army until they won control of Damascus.",
            {("SYRREB", "SYRMIL", "193"), ("SYRREB", "SYRGOV", "192")},
        ),
    ],
)
def test_an_act_sworn_is_threatened_until_its_time_clause(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
