"""A possessive in a reported violation ("Ghana said that Togo had violated
its airspace") stands for the reporting subject, whose airspace, territory,
border or waters the other actor is said to have crossed; elsewhere "its"
keeps referring to the nearest subject."""

import datetime as dt

import pytest

from eventwire.resolve import resolve_phrase

from .conftest import coded

ON = dt.date(2024, 1, 1)


def _its(pipeline, text: str, word: str = "its") -> list[str | None]:
    found = resolve_phrase(pipeline, word, ON, context=text)
    return [r.actor.code if r.actor else None for r in found]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ghana said that Togo had violated its airspace.", "GHAGOV"),
        ("India charged that Pakistan had breached its territory.", "INDGOV"),
        ("Guyana complained that Venezuela had entered its waters.", "GUYGOV"),
        ("Chile insisted Bolivia had crossed its frontier.", "CHLGOV"),
        # a charge of violating it: the one charged is the doer
        ("Kenya accused Uganda of violating its airspace.", "KENGOV"),
        ("Guyana charged Venezuela with entering its waters.", "GUYGOV"),
        # as before: the possessive of something the doer may hold or break
        ("Ghana said that Togo had strengthened its border.", "TGOGOV"),
        ("Ghana said that Togo had violated its own airspace.", "TGOGOV"),
        ("Algeria said Morocco had violated its commitments.", "MARGOV"),
        ("Rwanda denied that its troops had crossed the border.", "RWAGOV"),
    ],
)
def test_a_reported_violation_is_of_the_reporters_own(pipeline, text, code):
    assert _its(pipeline, text)[:1] == [code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana said that Togo had violated its airspace.",
            ("TGOGOV", "GHAGOV", "150"),
        ),
    ],
)
def test_a_reported_violation_targets_the_reporter(pipeline, text, expected):
    assert expected in coded(pipeline, text, ON)
