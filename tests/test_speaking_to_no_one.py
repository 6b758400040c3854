"""Speaking or discussing is a consultation (040) only with someone named:
speaking on television, to reporters or at a rally, or discussing a topic
alone, consults no one."""

import datetime as dt

import pytest

from .conftest import coded

ON = dt.date(2025, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with someone named: a consultation
        ("Mexico talked with Canada about tariffs.", {("MEXGOV", "CANGOV", "040")}),
        (
            "Kenya and Uganda discussed the railway project.",
            {("KENGOV", "UGAGOV", "040"), ("UGAGOV", "KENGOV", "040")},
        ),
        (
            "The Indian prime minister spoke with the Japanese prime minister.",
            {("INDGOV", "JPNGOV", "040")},
        ),
        # no one named to consult: no event
        ("The Brazilian president spoke on national television on Sunday.", set()),
        ("The Irish prime minister spoke at a rally in Cork.", set()),
        ("The Dutch finance minister spoke to reporters after the vote.", set()),
        ("The Peruvian president discussed the history of the Inca roads.", set()),
    ],
)
def test_speaking_consults_only_someone_named(pipeline, text, expected):
    assert coded(pipeline, text, ON) == expected
