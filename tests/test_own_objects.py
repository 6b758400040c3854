"""An object that names no actor is aimed at the actor it belongs to
("completed Lithuania's investigation"), but never at the source itself:
"Norway completed its investigation" is Norway's own act with no one else
named, coded as it is with no owner at all."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

_triples = partial(coded, on=dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan police concluded their inquiry on Friday.", ("KENCOP", "", "090")),
        ("Japan completed its own investigation.", ("JPNGOV", "", "090")),
        ("The Brazilian government resumed its investigation.", ("BRAGOV", "", "090")),
        ("The Indian army suspended its aid.", ("INDMIL", "", "162")),
        # each of coordinated sources owns the act
        ("Chile and Peru completed their investigation.", ("CHLGOV", "", "090")),
        ("Chile and Peru completed their investigation.", ("PERGOV", "", "090")),
        # "their" stands for the first of them: not the target of the second
        (
            "The Kenyan police and army completed their investigation.",
            ("KENMIL", "", "090"),
        ),
    ],
)
def test_an_object_of_the_source_own_leaves_the_act_untargeted(
    pipeline, text, expected
):
    assert expected in _triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another actor's object is still aimed at its owner
        ("Poland resumed Lithuania's investigation.", ("POLGOV", "LTUGOV", "090")),
        (
            "The Kenyan government completed the investigation of Somali pirates.",
            ("KENGOV", "SOMCRM", "090"),
        ),
        # a slot that names an actor still comes first
        (
            "Poland suspended its military aid to Ukraine.",
            ("POLGOV", "UKRGOV", "1622"),
        ),
    ],
)
def test_an_object_of_another_actor_is_aimed_at_its_owner(pipeline, text, expected):
    triples = _triples(pipeline, text)
    assert expected in triples, triples
    source = expected[0]
    assert (source, "", expected[2]) not in triples, triples
