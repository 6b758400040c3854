"""Verbs of people ("host", "receive", "release", "free") code an event
only when they act on someone: received surgery, released a memoir or a
budget are another sense of the verb."""

import datetime as dt

import pytest

from .conftest import coded

ON = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone received, hosted or freed: an event
        (
            "The Kremlin received the Indian foreign minister on Tuesday.",
            {("RUSGOV", "INDGOV", "043")},
        ),
        (
            "The Kenyan president received two Sudanese generals in Nairobi.",
            {("KENGOV", "SDNMIL", "043")},
        ),
        ("Two Britons were released by Iran.", {("IRNGOV", "GBRCVL", "0841")}),
        (
            "Venezuela released the crew of an American fishing boat.",
            {("VENGOV", "USA", "0841")},
        ),
        ("Egypt freed them on Monday.", {("EGYGOV", "", "0841")}),
        # a thing received or released: no event
        ("The Brazilian president received treatment for a hip injury.", set()),
        ("The ruling party in Portugal received a third of the votes.", set()),
        ("The Mexican president received his training in Spain.", set()),
        ("The Chilean government released its annual budget figures.", set()),
        ("A former Canadian defence minister released a memoir about the war.", set()),
        ("The Nigerian army released photographs and a video.", set()),
    ],
)
def test_verbs_of_people_code_only_when_someone_is_acted_upon(pipeline, text, expected):
    assert coded(pipeline, text, ON) == expected
