"""Refusals stated other than by "refused to": "will not ... if" states a
policy (a refusal), "would not ... if" only a supposition; an act a speaker
says is out of the question, or off the table, is refused by the speaker."""

import datetime as dt

import pytest

from eventwire.models import Article

ON = dt.date(2025, 3, 14)


def _code(pipeline, text):
    result = pipeline.code(Article("t", text, ON))
    return {(e.source_code, e.target_code, e.cameo, e.modality) for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordan said it will not accept more refugees from Syria if the "
            "fighting spreads.",
            {("JORGOV", "SYRGOV", "1223", "actual")},
        ),
        ("Chile said it would not release the sailors if Peru attacked.", set()),
        (
            "Australian officials said that lifting the sanctions on Fiji is out "
            "of the question.",
            {("AUSGOV", "FJIGOV", "1244", "actual")},
        ),
        (
            "The Kenyan government says releasing the prisoners is off the table.",
            {("KENGOV", "", "1243", "actual")},
        ),
        # not ruled out, or ruled out by no one named
        (
            "Australian officials said that lifting the sanctions on Fiji is not "
            "out of the question.",
            set(),
        ),
        ("Lifting the sanctions on Fiji is out of the question.", set()),
    ],
)
def test_stated_refusal_is_coded_as_the_refusal_of_the_act(pipeline, text, expected):
    assert _code(pipeline, text) == expected
