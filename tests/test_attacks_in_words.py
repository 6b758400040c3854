"""Attacks of words: attacking someone for a deed, or something as what the
attacker calls it, criticizes (111); an attack of force, for a time or a
motive, or with a weapon named, stays force."""

import datetime as dt

import pytest

from .conftest import coded

ON = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason or a name given: criticism
        (
            "The Peruvian president attacked Bolivia for cutting gas supplies.",
            {("PERGOV", "BOLGOV", "111")},
        ),
        (
            "The Chilean senator attacked the Chilean president for the tweet.",
            {("CHLLEG", "CHLGOV", "111")},
        ),
        (
            "The Greek prime minister attacked the Turkish inquiry as a stunt.",
            {("GRCGOV", "TUR", "111")},
        ),
        # force: a time, a motive, a weapon, or nothing more
        ("Russia attacked Ukraine.", {("RUSGOV", "UKRGOV", "190")}),
        (
            "Russian troops attacked Ukrainian positions for hours.",
            {("RUSMIL", "UKR", "190")},
        ),
        (
            "Russian troops attacked Ukrainian positions for revenge.",
            {("RUSMIL", "UKR", "190")},
        ),
        ("Israeli jets attacked Gaza for the third day.", {("ISR", "PSEGOV", "195")}),
    ],
)
def test_attack_with_a_reason_given_is_criticism(pipeline, text, expected):
    assert coded(pipeline, text, ON) == expected
