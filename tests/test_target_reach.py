"""Where a target stands that no slot of the rule names: a number phrase
before the object ("kidnapped up to twelve workers"), the phrases of the
act's object ("boycott all contact with the EU"), a foreign place where the
act is done ("refused to deploy troops in Bolivia"), the aim of a protest's
purpose clause ("struck to demand the resignation of the president"), and a
town of the actor's own country where a government's act is aimed at its
people ("imposed a curfew in Mombasa"), the clause a rule's purpose words
stand in ("vowed to strike back against Riyadh"), and the doer an object's
"by" phrase names ("investigated abuses by Bolivian soldiers"), and the
phrase on the last of a list of objects ("fired shells and rocket fire at
X")."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2000, 1, 1)


_triples = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up" read as a particle, the object as that of "to"
        (
            "Somali pirates kidnapped up to 12 Chinese fishermen off the coast.",
            ("SOMCRM", "CHN", "181"),
        ),
        (
            "Afghan rebels have abducted up to 16 Indian engineers from a dam site "
            "and set off bombs in the capital.",
            ("AFGREB", "IND", "181"),
        ),
    ],
)
def test_a_number_phrase_does_not_hide_the_object(pipeline, text, expected):
    triples = _triples(pipeline, text)
    source, target, code = expected
    assert any(
        s == source and t.startswith(target) and c == code for s, t, c in triples
    ), triples


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the object's own phrase
        (
            "Hamas leaders said they would boycott all contact with the European "
            "Union.",
            "IGOEUR",
        ),
        ("Bolivia agreed to lift sanctions on imports to Chile.", "CHLGOV"),
        # a phrase on the wrapped act's preposition
        (
            "Ecuador threatened to launch a military offensive in its border war "
            "with Peru.",
            "PERGOV",
        ),
        (
            "Chile has refused to commit to any assistance to the Bolivian government.",
            "BOLGOV",
        ),
        # a foreign place where the act is done
        ("Peru refused to deploy troops in Bolivia.", "BOLGOV"),
        (
            "The Red Cross suspended aid deliveries in Kabul after an attack on "
            "its staff.",
            "AFG",
        ),
    ],
)
def test_a_target_inside_the_acts_phrases_is_found(pipeline, text, target):
    triples = _triples(pipeline, text)
    assert any(t.startswith(target) for _, t, _ in triples), triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects of a reciprocal act keep each other as targets
        (
            "Chile and Peru resumed talks on a Peruvian troop withdrawal from Bolivia.",
            {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")},
        ),
        # a place of the source's own country is no foreign target
        ("Peru refused to deploy troops in Lima.", {("PERGOV", "")}),
    ],
)
def test_the_phrases_search_leaves_named_and_home_targets_alone(
    pipeline, text, expected
):
    assert {(s, t) for s, t, _ in _triples(pipeline, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan students began a hunger strike to demand the resignation of "
            "Kenyan President William Ruto.",
            ("KENEDU", "KENGOV", "1421"),
        ),
        (
            "Protesters in Lima blocked a road to show their anger at Chile's "
            "trade policies.",
            ("PEROPP", "CHLGOV", "1442"),
        ),
    ],
)
def test_a_protest_is_aimed_at_whom_its_purpose_clause_names(pipeline, text, expected):
    assert _triples(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's act in a town of its own is aimed at its people
        ("Russia imposed a curfew in Grozny.", ("RUSGOV", "RUSCVL", "1723")),
        (
            "The Kenyan government lifted the curfew in Mombasa.",
            ("KENGOV", "KENCVL", "0813"),
        ),
        # people protesting at home protest where they are, not at the town
        ("Kenyan farmers marched in Nairobi.", ("KENAGR", "", "141")),
    ],
)
def test_a_town_at_home_is_a_target_only_for_acts_aimed_at_its_people(
    pipeline, text, expected
):
    assert expected in _triples(pipeline, text)


# Named actors of today's offices.
_today = partial(coded, on=dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban has threatened to deliver heavy blows to Pakistan.",
            ("AFGGOVTAL", "PAK", "138"),
        ),
        (
            "Houthi leaders vowed to strike back against Saudi Arabia.",
            ("YEMREB", "SAU", "138"),
        ),
    ],
)
def test_a_target_in_the_clause_of_the_rules_purpose_words_is_found(
    pipeline, text, expected
):
    source, target, code = expected
    triples = _today(pipeline, text)
    assert any(
        s == source and t.startswith(target) and c == code for s, t, c in triples
    ), triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru is investigating alleged abuses by Bolivian soldiers.",
            ("PERGOV", "BOLMIL", "092"),
        ),
        (
            "A Kenyan newspaper has violated a ban by President William Ruto.",
            ("KENMED", "KENGOV", "128"),
        ),
        (
            "Lithuania condemned the detention of journalists by Belarusian police.",
            ("LTUGOV", "BLRCOP", "111"),
        ),
        (
            "Ukraine criticized the decision by Hungary to block the aid.",
            ("UKRGOV", "HUNGOV", "111"),
        ),
    ],
)
def test_the_doer_named_by_the_objects_by_phrase_is_the_target(
    pipeline, text, expected
):
    assert expected in _today(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # no actor in the "by" phrase, nor in the purpose clause
        "Chile cut tariffs by ten percent.",
        "Iran threatened to publish documents about the election.",
    ],
)
def test_a_by_phrase_or_purpose_clause_without_an_actor_adds_no_target(pipeline, text):
    triples = _today(pipeline, text)
    assert triples
    assert all(t == "" for _, t, _ in triples), triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thai forces launched artillery, mortar and rocket fire against "
            "Cambodian army camps near the border.",
            ("THAMIL", "KHMMIL", "194"),
        ),
        (
            "Indian gunners launched artillery, mortar and rocket fire against "
            "Chinese army posts.",
            ("IND", "CHNMIL", "194"),
        ),
    ],
)
def test_the_phrase_on_the_last_of_listed_objects_names_the_target(
    pipeline, text, expected
):
    assert expected in _today(pipeline, text)
