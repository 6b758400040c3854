"""Asking a question is no appeal: a verb of asking with an indirect
question ("asked why", "asked what", "asked whether") codes nothing, while
asking someone to act or for something is still an appeal."""

import datetime as dt

import pytest

from .conftest import coded

ON = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indirect question: no appeal
        ("The Chilean president asked Peru why it had closed the border.", set()),
        ("Egypt asked Israel how many prisoners it held.", set()),
        ("The Danish premier asked Norway what it planned for the fjord.", set()),
        ("Germany asked Poland whether the bridge was safe.", set()),
        # asking for an act or for something: an appeal
        ("Japan asked China to release the sailors.", {("JPNGOV", "CHNGOV", "0253")}),
        (
            "Australia asked Indonesia for help with the search.",
            {("AUSGOV", "IDNGOV", "023")},
        ),
        (
            "Ukraine asked Germany if it could supply more tanks.",
            {("UKRGOV", "DEUGOV", "0232")},
        ),
    ],
)
def test_asking_a_question_is_no_appeal(pipeline, text, expected):
    assert coded(pipeline, text, ON) == expected
