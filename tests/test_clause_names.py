"""A name (or a title and name) in a that-clause whose verb the parser read
as a noun ("demanded that President Ruto resign" parsed as one noun phrase
"President Ruto resign") is the one the clause asks to act, and so the target
of the demand; a subject the parser found keeps resolving as before."""

import datetime as dt
from functools import partial

import pytest

from eventwire.resolve import resolve_phrase

from .conftest import coded

_triples = partial(coded, on=dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and name hung on the noun-read verb
        (
            "Kenyan students demanded that President Ruto resign.",
            ("KENEDU", "KENGOV", "1041"),
        ),
        (
            "Serbian students demanded that President Vucic resign.",
            ("SRBEDU", "SRBGOV", "1041"),
        ),
        (
            "Israeli protesters demanded that Prime Minister Netanyahu resign.",
            ("ISROPP", "ISRGOV", "1041"),
        ),
        # a name alone
        (
            "Brazilian farmers demanded that Lula resign.",
            ("BRAAGR", "BRAGOV", "1041"),
        ),
        # the title taken for the subject, the name hung on the verb
        (
            "Slovak teachers demanded that Prime Minister Fico step down.",
            ("SVKEDU", "SVKGOV", "1041"),
        ),
        # as before: subjects the parser found
        (
            "Georgian protesters insisted that Prime Minister Kobakhidze step down.",
            ("GEOOPP", "GEOGOV", "1041"),
        ),
        (
            "Argentine unions demanded that President Milei withdraw the decree.",
            ("ARGLAB", "ARGGOV", "1056"),
        ),
        (
            "Turkish students demanded that Erdogan step down.",
            ("TUREDU", "TURGOV", "1041"),
        ),
        (
            "Georgian protesters demanded that the Georgian government resign.",
            ("GEOOPP", "GEOGOV", "1041"),
        ),
    ],
)
def test_a_name_on_a_verb_read_as_a_noun_is_the_one_asked(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected in triples, triples


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the parser takes the title for the subject, the name for the
        # modifier of the verb read as a noun (a parse seen with this name)
        (
            "Farmers demanded that Prime Minister Orban step down",
            "Prime Minister",
            "HUNGOV",
        ),
        # as before: a title and name the parser keeps together
        (
            "Nurses demanded that Prime Minister Sunak step down.",
            "Prime Minister Sunak",
            "GBRGOV",
        ),
    ],
)
def test_a_title_split_from_its_name_is_the_named_person(pipeline, text, phrase, code):
    found = resolve_phrase(pipeline, phrase, dt.date(2024, 1, 1), context=text)
    assert [r.actor.code if r.actor else None for r in found][:1] == [code], found
