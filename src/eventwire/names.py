"""Known names in a noun phrase: which words name whom, and what a title
before a known person's name says they were.

A name is matched longest first, and a person's name only where the words
around it are not more of another person's name ("Mike Lee" is not Lee
Jae-myung, "Itamar Ben-Gvir" is not Itamar Franco).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from .actors import TITLE_OFFICES, ActorDictionary
from .gazetteer import Gazetteer
from .models import Actor
from .phrases import COUNTERPART, FORMER_WORDS, adjective_country


def longest_name(
    core: list[Token], actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor, bool] | None:
    """The longest known name in the phrase, names ending at its head first
    (with those whose words may have others between them: ``gapped_name``)."""
    limit = min(actors.max_name_tokens, len(core))
    for size in range(limit, 0, -1):
        found = _name_at(core, len(core) - size, size, actors, on)
        if found is not None:
            return found
    found = gapped_name(core, actors, on)
    if found is not None:
        return found
    for size in range(limit, 0, -1):
        for first in range(len(core) - size - 1, -1, -1):
            found = _name_at(core, first, size, actors, on)
            if found is not None:
                return found
    return _misspelt_name(core, actors, on)


def _name_at(
    core: list[Token], first: int, size: int, actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor, bool] | None:
    """The known name the ``size`` words of the phrase from ``first`` make."""
    tokens = core[first : first + size]
    if tokens[-1].i - tokens[0].i != size - 1:
        return None  # not contiguous
    if not tokens[0].text[:1].isupper():
        return None  # names are capitalised (``lookup_name``): spare the lookup
    span = core[0].doc[tokens[0].i : tokens[-1].i + 1]
    text = span.text
    actor = actors.lookup_name(text, on)
    if actor is None and text.endswith(("’s", "'s")):
        actor = actors.lookup_name(text[:-2], on)
    if actor is None:
        return None
    person = actors.is_person_name(text)
    if person and _other_given_name(span, actors, on):
        return None  # "Mike Lee" is not Lee Jae-myung
    if person and _more_of_the_name(span, core, actors, on):
        return None  # "Itamar Ben-Gvir" is not Itamar Franco
    branch = _branch_of(span, core, actor, actors, on)
    if branch is not None:
        return branch[0], branch[1], False
    return span, actor, person


def gapped_name(
    core: list[Token], actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor, bool] | None:
    """A name whose parts may have other words between them, ending at the
    phrase's head: an imported "ITHILEN TELEVISION" in "Ithilen state-run
    television". Each part's own words are adjacent ("RADAGAST THE_BROWN").
    The name with the most words wins; its span runs from its first word to
    the head."""
    head = core[-1]
    start = head.left_edge.i
    phrase = [t.lower_ for t in head.doc[start : head.i + 1]]
    best: tuple[Span, Actor, bool] | None = None
    most = 0
    for parts, name in actors.gapped.get(head.lower_, ()):
        at = parts_at(phrase, parts)
        if at < 0 or not head.doc[start + at].text[:1].isupper():
            continue
        actor = actors.lookup_name(name, on)
        words = sum(len(part) for part in parts)
        if actor is None or words <= most:
            continue
        span = head.doc[start + at : head.i + 1]
        best, most = (span, actor, actors.is_person_name(name)), words
    return best


def parts_at(phrase: list[str], parts: tuple[tuple[str, ...], ...]) -> int:
    """Where the first part starts, the last ending the phrase and each one
    after the one before it, nearest the head; -1 where they are not all
    there."""
    end = len(phrase)
    for index, part in enumerate(reversed(parts)):
        size = len(part)
        starts = [end - size] if index == 0 else range(end - size, -1, -1)
        end = next((i for i in starts if tuple(phrase[i : i + size]) == part), -1)
        if end < 0:
            return -1
    return end


def _misspelt_name(
    core: list[Token], actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor, bool] | None:
    """A known person's name of several words, misspelt, that ends the
    phrase: "President Francois Mitterand"."""
    first = len(core)
    while first > 0 and core[first - 1].pos_ == "PROPN":
        first -= 1
    for start in range(first, len(core) - 1):
        if core[start].i - core[first].i != start - first:
            break
        span = core[0].doc[core[start].i : core[-1].i + 1]
        if len(span) != len(core) - start:
            continue  # not contiguous
        actor = actors.misspelt_person(span.text, on)
        if actor is not None:
            return span, actor, True
    return None


def _branch_of(
    span: Span, core: list[Token], actor: Actor, actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor] | None:
    """The aid or rights group whose national branch a country name closes:
    "Oxfam Canada", "Amnesty International Kenya" are the group, not the
    country's government."""
    if not actor.entry.startswith("country "):
        return None
    doc = span.doc
    start = core[0].i
    for first in range(start, span.start):
        before = doc[first : span.start]
        found = actors.lookup_name(before.text, on)
        if found is not None and found.code.startswith("NGO"):
            return before, found
    return None


def _other_given_name(span: Span, actors: ActorDictionary, on: dt.date) -> bool:
    """A surname match preceded by a given name the entry does not have."""
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    if previous.pos_ != "PROPN" or not previous.is_title:
        return False
    if len(previous.text) > 2 and previous.text.endswith("."):
        return False  # "Gen. Prosper Avril": an abbreviated rank, no name
    return not _known_word(previous, actors, on)


def _more_of_the_name(
    span: Span, core: list[Token], actors: ActorDictionary, on: dt.date
) -> bool:
    """A name match followed, in the same phrase, by more of a person's
    name that the entry does not have: "Itamar" in "Itamar Ben-Gvir"."""
    following = [t for t in core if t.i == span.end]
    if not following:
        return False
    word = following[0]
    if word.pos_ != "PROPN" or not word.is_title:
        return False
    return not _known_word(word, actors, on)


def _known_word(token: Token, actors: ActorDictionary, on: dt.date) -> bool:
    """A title, agent noun, demonym or known name: not part of a person's name."""
    word = token.lower_
    return (
        word in actors.agents
        or word in actors.adjectives
        or actors.lookup_name(token.text, on) is not None
        or any(word in title for title in TITLE_OFFICES)
    )


def country_word(token: Token, actors: ActorDictionary, on: dt.date) -> str:
    """The country a one-word modifier names: "Russian", "U.S.", "Japan"."""
    iso3 = actors.adjectives.get(token.lower_)
    if iso3:
        return iso3
    actor = actors.lookup_name(token.text, on)
    if actor is not None and actor.entry.startswith("country "):
        return actor.country
    return ""


def as_titled(
    before: list[Token],
    name: Span,
    actor: Actor,
    words: str,
    actors: ActorDictionary,
) -> Actor:
    """A known person named with a title: the title says what they were.

    "former President X" is a former office-holder whatever the tables
    say; "President X" held that office when the text speaks of them, so
    a person out of office on the article's date ("Russian President
    Boris Yeltsin" in a story whose date is unknown or later) is coded by
    the tenure the title names.
    """
    agent = actors.agents[words]
    if agent.kind not in ("office", "leader"):
        return actor
    doc = name.doc
    first = before[0].i if before else name.start
    if first >= 2 and doc[first - 1].text == "-":
        before = [doc[first - 2], *before]  # "Ex-President", parsed apart
    former = next((t.lower_ for t in before if t.lower_ in FORMER_WORDS), None)
    if former is not None:
        if actor.role == "ELI" or not actor.country:
            return actor
        country = actor.country
        entry = f"{former} {words!r}: former office-holder"
        return Actor(country + "ELI", actor.name, country, "ELI", entry=entry)
    if actor.role not in ("", "ELI"):
        return actor  # in office on the date: the tables agree
    held = actors.as_titled(name.text, TITLE_OFFICES.get(words))
    if held is not None:
        return held
    country = adjective_country(before, actors)
    if not country and actor.role == "ELI" and words not in TITLE_OFFICES:
        # "General Michel Aoun" before his presidency: the rank's role.
        country = actor.country
    if country and agent.role != COUNTERPART:
        role = agent.role
        entry = f"title {words!r} of {country}"
        return Actor(country + role, actor.name, country, role, entry=entry)
    return actor


# Bare names that news uses for two countries, to the country other than the
# table's: "Congo" is the Republic of the Congo unless the article speaks of
# places, groups or people of the Democratic Republic ("Goma", "M23",
# "Kinshasa", "Congolese").
_SHARED_NAMES = {"congo": "COD", "the congo": "COD"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


def country_in_context(
    name: Span,
    actor: Actor,
    actors: ActorDictionary,
    on: dt.date,
    places: Gazetteer | None,
) -> Actor:
    """The country a bare name shared by two countries stands for in its
    article: the other country where only it is named there."""
    other = _SHARED_NAMES.get(name.text.lower())
    if other is None or actor.country == other:
        return actor
    named = countries_named(name, actors, on, places)
    if other not in named or actor.country in named:
        return actor
    base = actors.country_actor(other, actor.role)
    entry = f"country {other} ({name.text!r} where the article names {other})"
    return Actor(base.code, base.name, other, actor.role, entry=entry)


def people_home(
    words: list[Token], actors: ActorDictionary, on: dt.date, places: Gazetteer | None
) -> str:
    """The country of a people named in ``words`` ("Yoruba", "Tamils"): its
    one home, or the one of its homes that the article names."""
    for word in words:
        homes = actors.peoples.get(word.lower_)
        if not homes and word.pos_ == "PROPN" and word.ent_type_ != "PERSON":
            # "Chechnen refugees": a people misspelt by a letter.
            homes = actors.peoples.get(actors.misspelt_people(word.text))
        if not homes or not word.is_title:
            continue
        if len(homes) == 1:
            return homes[0]
        span = word.doc[word.i : word.i + 1]
        named = [h for h in homes if h in countries_named(span, actors, on, places)]
        return named[0] if len(named) == 1 else ""
    return ""


def countries_named(
    name: Span,
    actors: ActorDictionary,
    on: dt.date,
    places: Gazetteer | None,
    within: Span | None = None,
) -> set[str]:
    """The countries of the article's (or ``within``'s) names, demonyms and
    places outside ``name``: its named entities, and its words that are no
    part of one."""
    doc = within or name.doc
    outside = [e for e in doc.ents if e.end <= name.start or e.start >= name.end]
    texts = [(e.text, e.label_ in _PLACE_LABELS) for e in outside]
    texts += [
        (t.text, False)
        for t in doc
        if t.pos_ in ("PROPN", "ADJ")
        and not t.ent_type_
        and not name.start <= t.i < name.end
    ]
    found: set[str] = set()
    for token in doc:
        # A demonym inside a longer name: "the Nigerian Interior Ministry".
        if token.ent_type_ and not name.start <= token.i < name.end:
            found.add(actors.adjectives.get(token.lower_, ""))
    found.discard("")
    for text, place in texts:
        if text.endswith(("’s", "'s")):
            text = text[:-2]
        if text.lower() in _SHARED_NAMES:
            continue
        iso3 = actors.adjectives.get(text.lower())
        known = actors.lookup_name(text, on)
        if iso3:
            found.add(iso3)
        elif known is not None and known.country:
            found.add(known.country)
        elif place and places is not None:
            where = places.resolve(text)
            if where is not None and where.precision in ("region", "city"):
                found.add(where.country)
    return found
