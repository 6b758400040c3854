"""A yes-no question states nothing: "Did Kenya attack Somalia?" asks
whether the act happened. A statement, and a question of why an act
happened, still code it."""

import datetime as dt

import pytest

from .conftest import coded

ON = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yes-no question: no event
        ("Did Kenya attack Somalia?", set()),
        ("Will Chile sign the trade deal with Peru?", set()),
        ("Did the Iranian government ever support the Lebanese militia?", set()),
        # a statement, or a question that takes the act as given: the event
        ("Kenya attacked Somalia.", {("KENGOV", "SOMGOV", "190")}),
        ("Why did Kenya attack Somalia in 2011?", {("KENGOV", "SOMGOV", "190")}),
    ],
)
def test_yes_no_question_states_no_event(pipeline, text, expected):
    assert coded(pipeline, text, ON) == expected
