"""Forces named "guard" are their country's military, as its army is: a
national, republican or presidential guard and a coast or border guard
(agents.tsv); "the National Guard" written as a name in a story about one
country is that country's; "Revolutionary Guards" are Iran's."""

import datetime as dt

import pytest

from eventwire.resolve import resolve_phrase

from .conftest import coded

ON = dt.date(2024, 1, 1)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # a guard's name that begins with a word of its own agent noun
        ("the Georgian National Guard", "GEOMIL"),
        ("Venezuela's National Guard", "VENMIL"),
        ("the Tunisian National Guard", "TUNMIL"),
        ("the Chadian Republican Guard", "TCDMIL"),
        ("Niger's presidential guard", "NERMIL"),
        # as before
        ("the Philippine Coast Guard", "PHLMIL"),
        ("the Indian coast guard", "INDMIL"),
        ("the Finnish border guard", "FINMIL"),
        ("the Revolutionary Guards", "IRNMIL"),
        ("Iraqi police", "IRQCOP"),
    ],
)
def test_a_guard_is_its_countrys_military(pipeline, phrase, code):
    found = resolve_phrase(pipeline, phrase, ON)
    assert [r.actor.code if r.actor else None for r in found][:1] == [code], found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the guard's name in a story about one country
        (
            "In Venezuela, the National Guard detained student leaders.",
            "VENMIL",
        ),
        (
            "Across the United States, the National Guard arrested rioters.",
            "USAMIL",
        ),
        (
            "Off Taiwan, the Coast Guard detained a mainland fishing crew.",
            "TWNMIL",
        ),
    ],
)
def test_a_guard_named_in_a_story_is_that_countrys(pipeline, text, source):
    sources = {s for s, _t, _code in coded(pipeline, text, ON)}
    assert source in sources, sources


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case force with no country stays uncoded, as before
        "In Peru, the army arrested looters.",
    ],
)
def test_a_plain_force_takes_no_country_from_the_story(pipeline, text):
    assert not coded(pipeline, text, ON)
