"""An office or a force with an "of <country>" phrase belongs to that
country's government, military or police, as "Peru's president" and "the
Peruvian president" do, also where the office has an "of" phrase of its own
("the Minister of Defence of Peru")."""

import datetime as dt

import pytest

from eventwire.resolve import resolve_phrase

ON = dt.date(1990, 6, 1)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # the office's own "of" phrase before the country's
        ("the Minister of Defence of Ecuador", "ECUGOV"),
        ("the Minister of Foreign Affairs of Gabon", "GABGOV"),
        ("the Minister of the Interior of Ghana", "GHAGOV"),
        ("the President of the Republic of Senegal", "SENGOV"),
        # as before: an office or a force with a country's "of" phrase
        ("the president of Uruguay", "URYGOV"),
        ("the prime minister of Nepal", "NPLGOV"),
        ("the foreign minister of Gabon", "GABGOV"),
        ("the army of Bolivia", "BOLMIL"),
        ("the police of Ghana", "GHACOP"),
        ("Uruguay's president", "URYGOV"),
        ("the Uruguayan president", "URYGOV"),
        # a body's "of" phrase that names no country gives none
        ("the leader of the Party of Regions", None),
    ],
)
def test_an_office_of_a_country_is_its_government(pipeline, phrase, code):
    found = resolve_phrase(pipeline, phrase, ON)
    codes = [r.actor.code if r.actor else None for r in found]
    assert codes[:1] == [code], found
