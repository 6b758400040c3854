"""Noun phrases read for actors: their core words, agent nouns and countries.

The pieces of a phrase the mention index (``mentions``) resolves: the run of
modifiers that ends at its head ("Senior Hungarian and Romanian officials"),
the agent noun in it ("foreign minister", "troop"), the country its modifiers,
possessor or "of"/"in" phrase name, and whether a capital in it is a place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from spacy.tokens import Span, Token

from .actors import ActorDictionary
from .entries import ORGANISATION_PREFIXES
from .gazetteer import REGION_WORDS, Gazetteer
from .models import Actor

# The role written for an agent that takes the role of the other side, and
# the entry of such a mention until the coder knows that side.
COUNTERPART = "*"
# Nouns that stand for the people of their "of" phrase: "thousands of protesters".
QUANTITY_NOUNS = {
    "thousand",
    "hundred",
    "dozen",
    "million",
    "ten",
    "score",
    "group",
    "crowd",
    "number",
    "band",
    "team",
    "delegation",
    "member",
    "contingent",
    "unit",
    "batch",
    "deployment",
    "wave",
    "detachment",
    "squad",
    "platoon",
    "battalion",
    "brigade",
    "convoy",
    "handful",
    "majority",
}
# Words that stand for part of their "of" phrase: "some of the rebels".
QUANTIFIERS = {"some", "many", "most", "several", "few", "all", "none"}
# Nouns that name another party than their possessor: "Russia's partner".
RELATIONAL_NOUNS = {
    "partner",
    "ally",
    "neighbour",
    "neighbor",
    "enemy",
    "foe",
    "rival",
    "friend",
    "counterpart",
    "adversary",
    "backer",
    "patron",
    "proxy",
    "client",
    "critic",
    "opponent",
    "supporter",
}
# Nouns that stand for the country named last: "the country's top diplomat".
COUNTRY_NOUNS = {"country", "nation"}


# Nouns for people who speak or act for the body their "of", "for" or "from"
# phrase names, and so stand for it: "the leader of Hamas", "a spokesman for
# the Taliban", "members of the ruling party".
REPRESENTATIVE_NOUNS = {
    "leader",
    "head",
    "chief",
    "chairman",
    "chairwoman",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "member",
    "representative",
    "delegate",
    "negotiator",
    "commander",
    "leadership",
    "delegation",
}
# Nouns that a group's name modifies without naming anyone else: "the Hamas
# movement", "the Hezbollah group".
GROUP_NOUNS = {
    "movement",
    "group",
    "organisation",
    "organization",
    "faction",
    "party",
    "militia",
    "network",
    "alliance",
    "coalition",
    "front",
    "regime",
    "wing",
}
# Nouns for the people behind someone: "supporters of the opposition leader".
SUPPORTER_NOUNS = {"supporter", "follower", "loyalist", "sympathizer", "sympathiser"}
# The sectors of the state: those who back it are not it.
STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# Prepositions that name the body someone belongs to or works at.
AFFILIATION_PREPS = ("of", "for", "from", "at", "within", "inside")


def supporters_role(backed: Actor) -> str | None:
    """The role of the supporters of an actor, or None to leave them uncoded.

    Supporters of a party, movement or armed group are that group's sector
    ("supporters of the opposition party": OPP); of a public figure out of
    office, the opposition (OPP); of the state or one of its office-holders,
    civilians (CVL), for backing a government does not make one part of it.
    A country's or an organisation's supporters are other states or anyone:
    uncoded.
    """
    if backed.entry.startswith("country ") or not backed.role:
        return None
    if backed.role in STATE_ROLES:
        return "CVL"
    if backed.role == "ELI":
        return "OPP"
    return backed.role


# Roles of those who bear arms: a group's gunmen are the group itself.
_ARMED_ROLES = {"REB", "UAF", "INS", "MIL"}


def same_side(agent_role: str, body_role: str) -> bool:
    """Whether an agent of a body is of the body's own kind: "Hamas gunmen"."""
    if agent_role == body_role:
        return True
    return agent_role in _ARMED_ROLES and body_role in _ARMED_ROLES


def is_body(actor: Actor) -> bool:
    """Whether an actor is a body or a person one can belong to, work at or
    speak for, rather than a country, its people or a city."""
    entry = actor.entry
    places = ("country ", "the country ", "people of ", "the city ", "the region ")
    return not (
        entry.startswith(places) or ": capital" in entry or " living in " in entry
    )


def is_group(actor: Actor) -> bool:
    """A named group rather than a state body: "Hamas", "the Taliban", "Likud"."""
    if not is_body(actor) or actor.code.startswith(ORGANISATION_PREFIXES):
        return False
    return len(actor.code) > 6 or actor.role not in STATE_ROLES | {""}


def is_definite(head: Token) -> bool:
    """ "the ministry", not "a ministry" or "ministries"."""
    return head.tag_ in ("NN", "NNP") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children
    )


# Words before a title that mean the office is no longer held.
FORMER_WORDS = {"former", "ex", "ousted", "deposed", "exiled", "late", "onetime"}


def core_tokens(head: Token) -> list[Token]:
    """The head and the words before it that belong to its name or title."""
    tokens = [head]
    stack = [head]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.i > head.i:
                continue
            takes = child.dep_ in ("compound", "amod", "flat", "nmod") or (
                child.dep_ == "punct" and child.text == "-"
            )
            # "Indian and Pakistani troops": the coordinated modifiers too;
            # "Secretary of State Warren Christopher": a title's own "of".
            takes = takes or (current is not head and child.dep_ in ("cc", "conj"))
            # "Vietnamese-led forces": who leads them names their country.
            takes = takes or (current.lower_ == "led" and child.dep_ == "npadvmod")
            takes = takes or (
                current is not head
                and (current.is_title or current.lower_ == "of")
                and child.dep_ in ("prep", "pobj")
                and (child.lower_ == "of" or child.is_title)
            )
            if takes:
                tokens.append(child)
                stack.append(child)
    tokens.sort(key=lambda t: t.i)
    # Keep only the contiguous run that ends at the head, across a gloss or
    # an abbreviation in brackets: "the Kurdistan Workers Party (PKK) group".
    taken = {t.i for t in tokens}
    run = [head]
    for token in reversed(tokens[:-1]):
        skip_to = _before_brackets(run[0], taken)
        if token.i in (run[0].i - 1, skip_to):
            run.insert(0, token)
        elif not skip_to < token.i < run[0].i:
            break  # words inside the brackets are passed over
    return run


# Prefixes whose hyphenated object is a stance, not a home: "an anti-Syria
# journalist", "pro-Russian separatists", "pro-Kremlin bloggers".
STANCE_PREFIXES = {"anti", "pro"}
_STANCE_WORDS = 3  # the longest object: "anti-North Korean", "pro-United States"


def without_stance(core: list[Token], actors: ActorDictionary) -> list[Token]:
    """``core`` without the stance its words take ("anti-Syria", "pro-Kremlin"):
    a country, capital or group named after "anti-" or "pro-" is what those
    named are for or against, not whose they are, so "a pro-Syrian Lebanese
    politician" is Lebanon's and "an anti-Syria journalist" no country's."""
    kept = list(core)
    for index in range(len(core) - 2):
        prefix, hyphen = core[index], core[index + 1]
        if prefix.lower_ not in STANCE_PREFIXES or hyphen.text != "-":
            continue
        if prefix.whitespace_ or hyphen.whitespace_:
            continue  # "pro - government", spaced: not one word
        start = index + 2
        end = start + 1
        for length in range(_STANCE_WORDS, 1, -1):
            words = core[start : start + length]
            if len(words) == length and words[-1] is not core[-1]:
                text = " ".join(t.lower_ for t in words)
                if text in actors.adjectives or text in actors.names:
                    end = start + length
                    break
        stance = {t.i for t in core[index:end]}
        kept = [t for t in kept if t.i not in stance]
    return kept


def _before_brackets(token: Token, taken: set[int]) -> int:
    """Where a run reaches past a bracketed stretch just before ``token``:
    the word before its "(", or -1 where there is no such stretch."""
    doc = token.doc
    close = token.i - 1
    if close < 2 or doc[close].text != ")":
        return -1
    for i in range(close - 1, 0, -1):
        if doc[i].text == ")":
            return -1
        if doc[i].text == "(":
            return i - 1 if i - 1 in taken else -1
    return -1


# What may close the dateline of a wire story: "LONDON (Reuters) -".
_DATELINE_DASHES = {"-", "--", "–", "—"}
_ABBREVIATION_MARKS = set(".-&")


def name_before_brackets(abbreviation: Token) -> Token | None:
    """The last word of the name that an abbreviation in brackets follows
    ("Union" of "the African Union (AU)"), or None where ``abbreviation`` is
    no capital letters in brackets just after a proper noun of its phrase,
    beginning with the initial of one of the name's words; a news agency
    after a dateline ("LONDON (Reuters) -") is none."""
    doc = abbreviation.doc
    i = abbreviation.i
    if i < 2 or i + 1 >= len(doc):
        return None
    if doc[i - 1].text != "(" or doc[i + 1].text != ")":
        return None
    text = abbreviation.text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or not text.isupper():
        return None
    if any(not c.isalnum() and c not in _ABBREVIATION_MARKS for c in text):
        return None
    if i + 2 < len(doc) and doc[i + 2].text in _DATELINE_DASHES:
        return None
    before = doc[i - 2]
    if before.pos_ != "PROPN":
        return None
    # The name's words: proper nouns and the words that link them ("the
    # Democratic Republic of Congo (DRC)"); "the force in Lebanon (UNIFIL)"
    # abbreviates more than "Lebanon".
    start = before.i
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in _NAME_LINKS
    ):
        start -= 1
    initials = {t.text[0] for t in doc[start : before.i + 1] if t.text[0].isupper()}
    if text[0] not in initials:
        return None  # "the monitors in Sudan (OSM)": letters of another name
    within = range(start, i + 1)
    # The letters stand beside the name's head, or head the name themselves.
    if abbreviation.head.i in within and abbreviation.head.i < i:
        return before
    word = before
    while word.i in within and word.head.i != word.i:
        word = word.head
        if word.i == i:
            return before
    return None


def agent_phrase(
    core: list[Token], actors: ActorDictionary, anywhere: bool = False
) -> tuple[str, int] | None:
    """The agent noun of a phrase and where it ends: "foreign minister", "troop".

    It ends at the head, or, for a name after a title ("spokeswoman Mao
    Ning"), anywhere before it (``anywhere``): the last one found.
    """
    # For a name, a title before it comes first: in "Defence Secretary Tom
    # King" the agent is the secretary, not a king.
    ends = [*range(len(core) - 1, 0, -1), len(core)] if anywhere else [len(core)]
    for end in ends:
        for size in (6, 5, 4, 3, 2, 1):
            if size > end:
                continue
            found = _agent_words(core[end - size : end], actors)
            if found is None:
                continue
            # A title that runs on into a longer agent noun is that noun:
            # "National Guard" is no "national", "Coast Guard" no "coast".
            for stop in range(len(core), end, -1):
                longer = _agent_words(core[end - size : stop], actors)
                if longer is not None:
                    return longer, stop
            return found, end
    return None


def _agent_words(words: list[Token], actors: ActorDictionary) -> str | None:
    """The agent noun ``words`` spell, their last word as lemma or as written."""
    text = " ".join(t.lower_ for t in words[:-1])
    last = words[-1]
    finals = [last.lemma_.lower(), last.lower_]
    if last.tag_ == "NNPS" and last.lower_.endswith("s"):
        finals.append(last.lower_[:-1])  # "Trade Unions" in a name
    for final in finals:
        candidate = f"{text} {final}".strip()
        if candidate in actors.agents:
            return candidate
    return None


# Words a name runs through besides its proper nouns: "Liberation Tigers of
# Tamil Eelam", "Movement for the Restoration of Democracy", "Kurdistan
# Workers' Party", "Democratic People's Republic of Korea".
_NAME_LINKS = {"of", "for", "in", "the", "and", "'s", "’s", "'", "’"}


def name_across(
    head: Token, core: list[Token], actors: ActorDictionary, on: dt.date
) -> tuple[Span, Actor] | None:
    """A known name that runs past the phrase's core: on through "of" or
    "for" after its head, or back through a possessive before it.

    The parser splits such names into several phrases ("Tigers" with an "of"
    phrase "Tamil Eelam"); the longest one the dictionaries know wins, and
    only one that reaches beyond ``core``, whose own names are matched apart.
    """
    doc = head.doc
    inside = {t.i for t in head.subtree}

    def part(token: Token) -> bool:
        linked = token.lower_ in _NAME_LINKS or token.tag_ == "POS"
        # "Al-Qaeda", split by the parser at its hyphen.
        linked = linked or (token.text == "-" and not token.whitespace_)
        return token.i in inside and (token.pos_ == "PROPN" or linked)

    start = head.i
    while start > 0 and part(doc[start - 1]):
        start -= 1
    # The name's length counts from its first proper noun: a leading "the"
    # or possessive is no part of the name the dictionaries list.
    first_name = next(t.i for t in doc[start : head.i + 1] if t.pos_ == "PROPN")
    end = head.i + 1
    while (
        end < len(doc) and part(doc[end]) and end - first_name < actors.max_name_tokens
    ):
        end += 1
    if start >= core[0].i and end == head.i + 1:
        return None
    for last in range(end, head.i, -1):
        if doc[last - 1].pos_ != "PROPN":
            continue
        for first in range(start, head.i + 1):
            if doc[first].pos_ != "PROPN":
                continue
            if first >= core[0].i and last == head.i + 1:
                break  # within the core: matched as the core's own name
            span = doc[first:last]
            actor = actors.lookup_name(span.text, on)
            if actor is not None:
                return span, actor
    return None


# Nouns for believers that take their religion from an adjective: "Islamic
# fundamentalists", "Hindu worshippers".
BELIEVER_NOUNS = {"fundamentalist", "believer", "worshipper", "worshiper"}


def religion_of(tokens: list[Token], actors: ActorDictionary) -> str:
    """The religion code of the first religion adjective among tokens:
    "Sunni", "Roman Catholic"."""
    for index, token in enumerate(tokens):
        if index + 1 < len(tokens):
            pair = f"{token.lower_} {tokens[index + 1].lower_}"
            if pair in actors.faiths:
                return actors.faiths[pair]
        if token.lower_ in actors.faiths:
            return actors.faiths[token.lower_]
    return ""


def adjective_country(tokens: list[Token], actors: ActorDictionary) -> str:
    """The first country adjective among tokens: "Russian", "North Korean"."""
    for index, token in enumerate(tokens):
        if index + 1 < len(tokens):
            pair = f"{token.lower_} {tokens[index + 1].lower_}"
            if pair in actors.adjectives:
                return actors.adjectives[pair]
        iso3 = actors.adjectives.get(token.lower_) or actors.adjectives.get(token.text)
        if iso3:
            return iso3
    for token in tokens:
        if misspelt_country(token, actors):
            return misspelt_country(token, actors)  # "Phillippines military"
    return region_adjective(tokens, actors)


def region_adjective(tokens: list[Token], actors: ActorDictionary) -> str:
    """The region code of the first region adjective among tokens: "African",
    "West African", "Arab"; capitalised only ("western Iraq" is a direction)."""
    for index, token in enumerate(tokens):
        if index + 1 < len(tokens):
            pair = f"{token.text} {tokens[index + 1].text}"
            if pair in actors.regions:
                return actors.regions[pair]
        if token.text[:1].isupper() and token.text in actors.regions:
            return actors.regions[token.text]
    return ""


def misspelt_country(token: Token, actors: ActorDictionary) -> str:
    """The country a proper noun misspells ("Afganistan"), or ""."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return ""
    return actors.misspelt_country(token.text)


def country_modifier(
    head: Token,
    core: list[Token],
    actors: ActorDictionary,
    on: dt.date,
    words: str = "",
    places: Gazetteer | None = None,
) -> str:
    """The country that an agent noun belongs to: "Russian", "U.S.", "Russia's";
    with ``places``, a capital named as where it is may be another country's
    town of that name (:func:`capital_country`)."""
    iso3 = adjective_country(core[:-1], actors)
    if iso3:
        return iso3
    for child in head.children:
        if child.dep_ == "poss":
            actor = actors.lookup_name(child.text, on)
            if actor is not None and not actor.code.startswith("IGO"):
                return actor.country
            iso3 = actors.adjectives.get(child.lower_, "")
            return iso3 or misspelt_country(child, actors)  # "Quatar's emir"
    fled = _fled_country(head, actors, on)
    if fled:
        return fled
    words = words or head.lemma_.lower()
    found = located_countries(head, actors, on, words, places)
    return found[0] if found else ""


def located_countries(
    head: Token,
    actors: ActorDictionary,
    on: dt.date,
    words: str,
    places: Gazetteer | None = None,
) -> list[str]:
    """The countries of the first "of", "in" or "from" phrase of an agent
    noun that names countries: "the president of Armenia", "police in
    Norway", "lawmakers in Ghana and Togo", "officials in Nairobi", "troops
    from Kenya"; [] where none.

    Only a country itself is named by "of", never a group or a city ("the
    leader of Hamas", "the mayor of Moscow"); where a body is ("in") says
    whose it is only for those who serve or belong there, and a capital
    there is its country ("leaders in Kigali").
    """
    located = _belongs_where_it_is(words, actors) or _serves_where_it_is(words, actors)
    # "lawmakers and officials in Ghana": a place phrase after the last of
    # coordinated nouns is all of theirs.
    shared = [c for n in head.conjuncts if n.pos_ == "NOUN" for c in n.children]
    for child in [*head.children, *shared]:
        preps = _LOCATED_PREPS if located else ("of", "from")
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        if child.head.i != head.i and child.lower_ == "of":
            continue  # "the mayor and the leader of Hamas": the leader's
        cities = child.lower_ == "from" or (located and child.lower_ == "in")
        for place in _of_title(child):
            found = []
            for token in (place, *place.conjuncts):
                iso3 = _named_country(token, actors, on, cities, places)
                if iso3 and iso3 not in found:
                    found.append(iso3)
            if found:
                return found
    return []


def _of_title(prep: Token) -> list[Token]:
    """The objects of a place phrase, and past an office's own "of" phrase
    that of the country it serves: "Peru" as well as "Defence" in "the
    Minister of Defence of Peru", "the President of the Republic of Chile"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ != "of":
        return objects
    found = list(objects)
    for title in objects:
        if title.is_title and title.pos_ in ("PROPN", "NOUN"):
            found += [
                p
                for below in title.children
                for p in _of_title(below)
                if below.dep_ == "prep" and below.lower_ == "of"
            ]
    return found


def _named_country(
    token: Token,
    actors: ActorDictionary,
    on: dt.date,
    cities: bool,
    places: Gazetteer | None = None,
) -> str:
    """The country a place phrase names: a country, a part of one named by
    its direction ("southern Serbia"), or with ``cities`` its capital."""
    name = part = _compound_name(token)
    actor = actors.lookup_name(name, on)
    if actor is None and name.split()[0].lower() in _DIRECTIONS:
        # "in southern Serbia": part of a country, named by its direction;
        # a whole name ("South Sudan") is tried first.
        part = name.split(maxsplit=1)[-1]
        actor = actors.lookup_name(part, on)
    if actor is None:
        return ""
    if cities and names_city(actor):
        district = places.resolve(name) if places and part != name else None
        if district is not None:
            # "in East Jerusalem": a part of the city that the gazetteer
            # knows as a place of its own, and places elsewhere.
            return district.country
        return capital_country(part, actor, places)
    if is_country(actor) or actors.adjectives.get(name.lower()) == actor.code:
        return actor.country
    return ""


def capital_country(
    name: str,
    capital: Actor,
    places: Gazetteer | None,
    nearby: Collection[str] = (),
) -> str:
    """The country of a capital named as a place: its own, unless the
    gazetteer, made :meth:`~.Gazetteer.about` the article's countries, takes
    the name for a city of another country the article is about ("Tripoli"
    in a story about Lebanon is the Lebanese city, not Libya's capital); the
    countries ``nearby`` (its sentence's) decide first where they name one."""
    if places is None:
        return capital.country
    cities = {e.country for e in places.candidates(name) if e.precision == "city"}
    where = places.resolve(name, set(nearby) & cities)
    if where is None or where.precision != "city" or capital.country not in cities:
        return capital.country  # a capital the gazetteer does not know so
    return where.country


def is_country(actor: Actor) -> bool:
    """A country itself: one of ours, or a bare country code of an imported
    dictionary ("Norland" as [NRL])."""
    if actor.entry.startswith("country "):
        return True
    return (
        not actor.role
        and actor.code == actor.country
        and len(actor.code) == 3
        and not actor.entry.startswith(("IGO ", "group ", "the city "))
    )


def _fled_country(head: Token, actors: ActorDictionary, on: dt.date) -> str:
    """The country that those who flee name: "refugees fleeing the war in
    Liberia", "families escaping Sudan"; "" where none or several."""
    found = set()
    for child in head.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in _FLEEING:
            continue
        for token in child.subtree:
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            actor = actors.lookup_name(_compound_name(token), on)
            if actor is not None and actor.entry.startswith("country "):
                found.add(actor.country)
    return found.pop() if len(found) == 1 else ""


_FLEEING = {"flee", "escape"}


# Words for a part of a country before its name: "in southern Serbia".
_DIRECTIONS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}


def place_country(
    head: Token,
    core: list[Token],
    words: str,
    actors: ActorDictionary,
    places: Gazetteer,
) -> str:
    """The country of the place a body is named by or in: "Darfur rebels",
    "rebels in Darfur", "the town of Cizre"; never for those who travel or are
    sent abroad ("refugees in Jordan")."""
    based = _based_in(head, places)
    if based:
        return based  # "a newspaper based in Beirut", whoever it is
    if not _belongs_where_it_is(words, actors):
        return ""
    names = [" ".join(t.text for t in core[:-1] if t.pos_ == "PROPN")]
    if actors.is_person_name(names[0]) or any(t.ent_type_ == "PERSON" for t in core):
        names = []  # "the Bush administration": a person, not a town
    # "Istanbul's district administration": a place as the possessor.
    names += [
        _compound_name(child)
        for child in head.children
        if child.dep_ == "poss" and child.ent_type_ in ("GPE", "LOC")
    ]
    names += [
        _compound_name(place)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _LOCATED_PREPS
        for place in prep.children
        if place.dep_ == "pobj"
        and (place.pos_ == "PROPN" or place.lower_ in REGION_WORDS)
    ]
    for name in names:
        # "Sindh province", "the Tyumen region": the name before the word.
        parts = name.split()
        if len(parts) > 1 and parts[-1].lower() in REGION_WORDS:
            name = " ".join(parts[:-1])
        found = places.resolve(name) if name else None
        if found is not None and found.precision in ("region", "city"):
            return found.country
    return ""


def _based_in(head: Token, places: Gazetteer) -> str:
    """The country of the place a body is "based in" or "headquartered in"."""
    for child in head.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in _BASED:
            continue
        for prep in child.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.pos_ != "PROPN":
                    continue
                where = places.resolve(_compound_name(place))
                where = where or places.resolve(place.text)  # "east Beirut"
                if where is not None:
                    return where.country
    return ""


_BASED = {"base", "based", "headquarter", "headquartered"}


# Prepositions that make a capital a place rather than its government.
_PLACE_PREPS = {"in", "at", "near", "into", "outside", "around", "across", "inside"}
_PLACE_PREPS |= {"throughout", "on", "toward", "towards"}


# The same prepositions for the mention index: where a town names a place.
PLACE_PREPS = frozenset(_PLACE_PREPS)


def is_place(head: Token, actor: Actor, name_start: int = -1) -> bool:
    """A capital or seat named as where something happens: "in Baghdad",
    "in the capital city of Kinshasa", "in central Kabul" (a direction
    before the name that starts at ``name_start``, not in it: "East
    Berlin" is a capital of its own)."""
    if not names_city(actor):
        return False
    name_start = head.i if name_start < 0 else name_start
    if head.dep_ == "appos":
        head = head.head  # "in Peru's capital Lima"
    if head.dep_ == "conj" and head.head.dep_ == "pobj":
        head = head.head  # "at Haifa and Jerusalem"
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in _DIRECTIONS
        for c in head.children
        if c.i < name_start
    ):
        return True  # "patrolled central Kabul": part of the city
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _TOWN_WORDS:
        return True  # "the capital city of Kinshasa"
    if prep.lower_ in _AIMED_PREPS:
        # "sanctions on Tehran", "policy towards Beijing", and "increased
        # pressure on Moscow" where the phrase hangs on the verb.
        aimed = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
        if any(t.lemma_.lower() in _POLICY_NOUNS for t in aimed):
            return False
    return prep.lower_ in _PLACE_PREPS


# Prepositions that name whom a policy is aimed at after one of its nouns.
_AIMED_PREPS = {"on", "toward", "towards"}
# Nouns of measures and stances taken towards a state, whose "on" or
# "towards" names its government, not a place ("pressure on Moscow").
_POLICY_NOUNS = {
    "sanction",
    "pressure",
    "embargo",
    "tariff",
    "restriction",
    "ban",
    "policy",
    "stance",
    "position",
    "demand",
    "criticism",
    "influence",
    "dependence",
    "reliance",
}


# What a metonym's note says of a city that stands for a government: "capital",
# "administrative capital", "seat of government", "seat of most government
# institutions"; buildings ("presidential palace") are never a place here.
_CITY_NOTE = re.compile(r": [^(]*\b(capital|seat of)")


def names_city(actor: Actor) -> bool:
    """Whether a government's actor was found as the name of its capital or
    seat ("Baghdad", "Abidjan")."""
    return actor.role == "GOV" and _CITY_NOTE.search(actor.entry) is not None


def stays_where_it_is(words: str, actors: ActorDictionary) -> bool:
    """Whether those an agent noun names are most likely from where they
    are: residents, prisoners, protesters; not the state's bodies, nor
    diplomats, soldiers, aid workers or reporters, who are often abroad."""
    if not _belongs_where_it_is(words, actors) or words.split()[-1] in _NEWCOMERS:
        return False
    return actors.agents[words].role not in _TRAVELLING_ROLES


# Those who are by their nature from somewhere else than where they are.
_NEWCOMERS = {
    "settler",
    "immigrant",
    "migrant",
    "expatriate",
    "tourist",
    "pilgrim",
    "missionary",
    "volunteer",
    "foreigner",
    "visitor",
}


# The state's sectors, whose country a place does not say ("police were
# attacked in Lagos" may be anyone's), and those whose work takes them abroad:
# the press, aid and rights groups.
_TRAVELLING_ROLES = STATE_ROLES | {"MED", "NGO", "HRI", COUNTERPART}


def sentence_place(head: Token, places: Gazetteer) -> str:
    """The country of the one place named as where those of ``head`` act or
    are ("marched in Seoul", "rioted at a jail in Lima", "in the province of
    Aceh"): in a place phrase of the noun itself or of its verb, followed
    through nouns but not into clauses about others ("in exchange for
    Russians held in the United States"); "" where none, or several countries.
    """
    whole = head
    while (
        whole.dep_ == "pobj"
        and whole.head.lower_ == "of"
        and whole.head.head.i != whole.i
    ):
        whole = whole.head.head  # "thousands of people", "a group of refugees"
    verb = whole.head if whole.dep_ in _ARGUMENT_DEPS else whole
    starts = [head, whole, verb] + [c for c in verb.children if c.dep_ in _VERB_LINKS]
    found: set[str] = set()
    seen: set[int] = set()
    stack = [(token, 0) for token in starts]
    while stack:
        token, depth = stack.pop()
        if token.i in seen or depth > _PLACE_DEPTH:
            continue
        seen.add(token.i)
        for child in token.children:
            if child.dep_ == "dobj" and token.pos_ in ("VERB", "AUX"):
                stack.append((child, depth + 1))  # "blocked streets in Hong Kong"
            if child.dep_ not in ("prep", "prt", "agent"):
                continue  # "called off the rally in Tbilisi": a particle too
            for place in child.children:
                if place.dep_ != "pobj":
                    continue
                stack.append((place, depth + 1))
                if _is_place_prep(child):
                    found |= _place_countries(place, places)
    return found.pop() if len(found) == 1 else ""


# Where a noun is an argument of its verb, the verb's place phrases are its.
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Verbs that go on with the same people: "vowed to fight", "rioted, demanding".
_VERB_LINKS = {"xcomp", "advcl", "conj"}
_PLACE_DEPTH = 4


def _is_place_prep(prep: Token) -> bool:
    """ "in", "near", or "of" after a settlement or region: "the town of X"."""
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in REGION_WORDS | _TOWN_WORDS
    return prep.lower_ in _PLACE_PREPS


def _place_countries(token: Token, places: Gazetteer) -> set[str]:
    """The countries of a place phrase: "Seoul and Busan", "Peru's capital
    Lima", "near Serbia's border"."""
    named = [token, *token.conjuncts] if token.pos_ == "PROPN" else []
    named += [c for c in token.children if c.dep_ in ("poss", "appos")]
    found: set[str] = set()
    for place in named:
        if place.pos_ != "PROPN" or place.ent_type_ not in _PLACE_LABELS:
            continue  # "on Monday", "at Reuters"
        name = _compound_name(place)
        where = places.resolve(name)  # "West Bank", "East Jerusalem"
        if where is None and name.split()[0].lower() in _DIRECTIONS:
            name = name.split(maxsplit=1)[-1]  # "in southern Serbia"
            where = places.resolve(name)
        where = where or places.resolve(place.text)
        if where is not None:  # "the capital Dili": the name alone
            found.add(where.country)
    return found


# The entity labels a place name may carry: a place, or none.
_PLACE_LABELS = {"GPE", "LOC", "FAC", ""}
# Nouns for a settlement: "the town of Cizre".
_TOWN_WORDS = {"town", "city", "village", "capital", "port"}


def _belongs_where_it_is(words: str, actors: ActorDictionary) -> bool:
    """Whether where a body is says whose it is: rebels, yes; refugees,
    troops and embassies are often somewhere else's."""
    agent = actors.agents.get(words)
    if agent is None or agent.kind != "group" or agent.role in _MOBILE:
        return False
    return words.split()[-1] not in _ABROAD


def _serves_where_it_is(words: str, actors: ActorDictionary) -> bool:
    """Whether those an agent noun names serve the state or group of where
    they are: "police in Norway", "lawmakers in Ghana", "leaders in Kigali",
    "the army in Myanmar"; not those sent abroad (troops, diplomats,
    peacekeepers, refugees) nor ministers, who travel."""
    agent = actors.agents.get(words)
    if agent is None or agent.role in ("REF", "IGO", COUNTERPART):
        return False
    last = words.split()[-1]
    if last in _ABROAD or last in _SENT:
        return False
    if agent.role == "MIL":
        return words in _STANDING_FORCES
    if agent.kind == "office":
        return agent.role not in ("GOV", "MIL")
    return True


# Those whom a state sends abroad, where they are not that country's.
_SENT = {"ambassador", "diplomat", "peacekeeper", "attache", "mercenary"}
# A country's own armed forces as a body, which do not stand abroad as a
# whole ("the army in Myanmar"), unlike its troops and soldiers.
_STANDING_FORCES = {"army", "military", "navy", "air force", "armed force", "junta"}


# Bodies that by their nature stand in another country: "its embassy in Oslo".
_ABROAD = {"embassy", "consulate", "mission", "delegation", "legation", "envoy"}
# Where a body is says whose it is ("rebels in Syria"), except for those that
# travel or are sent abroad ("refugees in Jordan", "troops in Iraq").
_MOBILE = {"REF", "MIL", "UAF", "IGO"}
_LOCATED_PREPS = ("of", "in", "from", "throughout", "across")


def _compound_name(token: Token) -> str:
    """A name with its compound parts: "Sri Lanka", "South Sudan"."""
    first = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod") and child.i == first.i - 1:
            first = child
    return token.doc[first.i : token.i + 1].text
