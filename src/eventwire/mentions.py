"""Actor mentions in a parsed article: noun phrases resolved to CAMEO actors.

Every noun-phrase head of the article is looked at once, in reading order, so
that a pronoun can refer back to the actors named before it. The coder then
asks for the actor behind any token.

Notes:
    What pronouns refer back to is decided in :mod:`.coreference`, which
    names match in :mod:`.names`, and who belongs to a body in
    :mod:`.affiliation`. A possessed noun resolves only when the noun itself
    names an agent ("Russia's foreign ministry"), never by guessing from the
    possessor ("Russia's closest partner" stays unresolved).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .actors import TITLE_OFFICES, ActorDictionary
from .affiliation import affiliated_mention, of_object
from .coreference import (
    SUBJECT_DEPS,
    Antecedents,
    actor_pronoun,
    token_mention,
)
from .coreference import span_mention as _mention
from .entries import ORGANISATION_PREFIXES
from .gazetteer import REGION_WORDS, Gazetteer
from .models import Actor, Mention
from .names import (
    as_titled,
    countries_named,
    country_in_context,
    country_word,
    longest_name,
    people_home,
)
from .phrases import (
    AFFILIATION_PREPS,
    BELIEVER_NOUNS,
    COUNTRY_NOUNS,
    GROUP_NOUNS,
    PLACE_PREPS,
    QUANTIFIERS,
    QUANTITY_NOUNS,
    RELATIONAL_NOUNS,
    REPRESENTATIVE_NOUNS,
    STATE_ROLES,
    SUPPORTER_NOUNS,
    adjective_country,
    agent_phrase,
    capital_country,
    core_tokens,
    country_modifier,
    is_body,
    is_country,
    is_definite,
    is_group,
    is_place,
    located_countries,
    misspelt_country,
    name_across,
    name_before_brackets,
    names_city,
    place_country,
    religion_of,
    sentence_place,
    stays_where_it_is,
    without_stance,
)

# COUNTERPART is re-exported for the coder.
from .phrases import COUNTERPART as COUNTERPART
from .places import article_countries
from .syntax import misread_clause_name, misread_subject, prep_objects, title_before

_NP_DEPS = {"compound", "amod", "flat", "nmod", "nummod", "det", "punct", "case"}
_FIRST_PERSON = {"i", "me", "we", "us"}
_HEAD_POS = {"PROPN", "NOUN", "PRON", "ADJ", "X"}
# The names an adjective cannot stand for on its own ("the Russian" is rare,
# "Russian" as a head is almost always a tagging error on a compound).
_PLURAL_DEMONYM_MIN = 4
# The named-entity labels of places: a town the gazetteer knows is one only
# where the parser takes it for a place ("Bush" is also an Egyptian town).
_PLACE_ENTITIES = {"GPE", "LOC"}
# Nouns for those who work for the body named before them: "Border Patrol
# agents", "FBI officers".
_STAFF_NOUNS = {"agent", "officer", "personnel", "staff", "employee", "operative"}
# The roles of parties and opposition movements, whose names recur from one
# country to another ("Liberal Democratic Party", "Labour Party").
_PARTY_ROLES = {"PTY", "OPP"}


@dataclass
class MentionIndex:
    """The actor behind each noun-phrase head of one article."""

    actors: ActorDictionary
    on: dt.date
    places: Gazetteer | None = None
    by_token: dict[int, Mention] = field(default_factory=dict)
    pronouns: dict[int, list[Mention]] = field(default_factory=dict)
    # "Indian and Pakistani troops": the actors beyond the first, by head token.
    coordinated: dict[int, list[Mention]] = field(default_factory=dict)
    _antecedents: Antecedents = field(default_factory=Antecedents)
    # People the dictionaries do not know, named after a title in this article
    # ("Indian Foreign Secretary Vikram Misri"), so that "Misri" finds them later.
    _local: dict[str, Actor] = field(default_factory=dict)
    # Surnames of people named whom the dictionaries do not know.
    _unknown: set[str] = field(default_factory=set)
    # The words of a name that runs past its head ("Tamil Eelam" in "the
    # Liberation Tigers of Tamil Eelam"): no phrases of their own.
    _within_names: set[int] = field(default_factory=set)
    # The heads looked at so far.
    _visited: set[int] = field(default_factory=set)

    @classmethod
    def build(
        cls,
        doc: Doc,
        actors: ActorDictionary,
        on: dt.date,
        places: Gazetteer | None = None,
    ) -> MentionIndex:
        """Resolve every noun-phrase head of ``doc`` on the date ``on``; with
        ``places``, bodies named by or in a region or city take its country."""
        if places is not None:
            places = places.about(story_countries(doc, actors, on, places))
        index = cls(actors, on, places=places)
        for token in doc:
            quantifier = token.lower_ in QUANTIFIERS
            if token.pos_ not in _HEAD_POS and not quantifier:
                continue
            if misread_subject(token):
                index._visit(token)  # "Ethiopia act on ...": a subject
                continue
            if misread_clause_name(token):
                index._clause_name(token)  # "that President Ruto resign"
                continue
            if token.dep_ in _NP_DEPS - {"nmod"}:
                continue
            if token.dep_ == "compound":
                continue
            index._visit(token)
        return index

    def mention(self, token: Token, avoid: str = "") -> Mention | None:
        """The mention headed by ``token``; for a pronoun the first candidate
        whose actor code is not ``avoid`` (an object cannot be its own subject)."""
        if token.i in self.pronouns:
            for candidate in self.pronouns[token.i]:
                if candidate.actor.code != avoid:
                    return candidate
            return None
        return self.by_token.get(token.i)

    def bind_first_person(self, quoted: Span, speaker: Mention) -> None:
        """ "I", "we", "us" inside a quote are its speaker: in "'We will talk
        to Beijing,' Trump said" the one who will talk is Trump's government."""
        for token in quoted:
            if token.pos_ == "PRON" and token.lower_ in _FIRST_PERSON:
                actor = replace(
                    speaker.actor, entry=f"speaker of the quote -> {speaker.text!r}"
                )
                self.pronouns[token.i] = [token_mention(token, actor, speaker.person)]

    # -- resolution ------------------------------------------------------------

    def _visit(self, token: Token) -> None:
        self._visited.add(token.i)
        if token.i in self._within_names:
            return
        lower = token.lower_
        pair = self._antecedents.pair_for(token)
        if pair is not None:
            self.by_token[token.i] = pair[0]
            self.coordinated[token.i] = pair[1:]
            return
        self._antecedents.note(token)
        if token.pos_ == "PRON" and lower not in QUANTIFIERS:
            people = self._antecedents.person_pronoun(token)
            if people is None:
                found = actor_pronoun(token, self.by_token)
                people = [found] if found is not None else []
            if people:
                self.pronouns[token.i] = people
            return
        mention = self._resolve_np(token)
        if mention is None:
            unknown = token.ent_type_ == "PERSON" or lower in self._unknown
            if unknown and token.pos_ == "PROPN":
                # Someone the dictionaries do not know: "he" may be them, and
                # so may their surname later ("Jean Dupont ... Dupont said").
                self._unknown.add(lower)
                self._antecedents.add_person(token, None)
            return
        self.by_token[token.i] = mention
        named = token.head
        if (
            token.dep_ == "appos"
            and named.i < token.i
            and named.i not in self.by_token
            and name_before_brackets(token) is not None
        ):
            # "the Sahel Alliance (AES)" where only the letters are known: the
            # name is the actor they stand for.
            self.by_token[named.i] = mention
        self._remember_pair(token, mention)
        others = self._coordinated_adjectives(token, mention)
        others = others or self._coordinated_places(token, mention)
        if others:
            self.coordinated[token.i] = others
        if mention.person:
            self._antecedents.add_person(token, mention)

    def _clause_name(self, name: Token) -> None:
        """A name the parser hung on a that-clause's verb read as a noun
        stands for the clause's subject, as does its title where the parser
        took the title alone for the subject: "demanded that President Ruto
        resign", "that Prime Minister Orban step down"."""
        self._visit(name)
        mention = self.by_token.get(name.i)
        if mention is None:
            return
        title = title_before(name)
        if title is not None and mention.person:
            span = name.doc[title.left_edge.i : name.i + 1]
            mention = _mention(span, mention.actor, True)
            self.by_token[title.i] = mention
        self.by_token.setdefault(name.head.i, mention)

    def _remember_pair(self, head: Token, mention: Mention) -> None:
        if head.dep_ == "conj":
            return
        members = [mention]
        for conj in head.conjuncts:
            other = self._resolve_np(conj) if conj.i > head.i else None
            if other is not None and other.actor.code != mention.actor.code:
                members.append(other)
        if len(members) == 2:
            self._antecedents.remember_pair(head, members)

    def _resolve_np(self, head: Token) -> Mention | None:
        named = self._abbreviated_name(head)
        if named is not None:
            return named
        return self._resolve_phrase(head)

    def _abbreviated_name(self, head: Token) -> Mention | None:
        """An abbreviation in brackets after a name is the name's actor: "the
        African Union (AU)", "Chad and the Sahel Alliance (AES) agreed", even
        where a dictionary gives the letters alone another code, or where the
        parser makes them the head of the phrase and the name their modifier."""
        before = name_before_brackets(head)
        if before is None:
            return None
        if head.dep_ == "appos" and self._resolve_phrase(head) is None:
            # Letters no dictionary knows, beside the name's head that
            # carries the actor: they add nothing.
            return None
        close = head.doc[head.i + 1]
        end = before.idx + len(before.text)
        named = next(
            (
                m
                for m in self.by_token.values()
                if m.end == end and m.start <= before.idx and not m.person
            ),
            None,
        )
        if named is None and before.i not in self._visited:
            # A name the walk has not reached: a modifier of the letters, or
            # one read ahead for a conjunct ("Kenya and the ... (AU)").
            named = self._resolve_phrase(before)
        if named is None or named.person:
            return None
        text = head.doc.text[named.start : close.idx + 1]
        return Mention(text, named.start, close.idx + 1, named.actor, False)

    def _resolve_phrase(self, head: Token) -> Mention | None:
        lemma = head.lemma_.lower()
        if lemma in QUANTITY_NOUNS or head.like_num or head.lower_ in QUANTIFIERS:
            # "thousands of Serbian protesters", "a group of Afghan officials",
            # "some of the rebels": the people of the "of" phrase.
            members = of_object(head)
            if members is not None:
                part = self._resolve_np(members) or self._members_at(head, members)
                if part is not None and lemma in REPRESENTATIVE_NOUNS:
                    return self._members_of(head, part)
                if part is not None or lemma not in REPRESENTATIVE_NOUNS:
                    return part
        whole = core_tokens(head)
        span = head.doc[whole[0].i : head.i + 1]
        core = without_stance(whole, self.actors)
        if head.pos_ == "PROPN":
            across = name_across(head, core, self.actors, self.on)
            if across is not None:
                name_span, actor = across
                words = range(name_span.start, name_span.end)
                self._within_names.update(i for i in words if i != head.i)
                person = self.actors.is_person_name(name_span.text)
                return _mention(name_span, actor, person)
        named = longest_name(core, self.actors, self.on)
        found = agent_phrase(core, self.actors, anywhere=head.pos_ == "PROPN")
        agent_words = found[0] if found else None
        if named is not None:
            name_span, actor, person = named
            if name_span.start < span.start:  # a name with words between its own
                span = head.doc[name_span.start : head.i + 1]
            actor = country_in_context(
                name_span, actor, self.actors, self.on, self.places
            )
            actor = self._capital_in_story(span, name_span, actor)
            if not person:
                actor = self._party_of_country(core, name_span, head, actor)
            if name_span.end == head.i + 1 and is_place(head, actor, name_span.start):
                # "a curfew in Algiers", "fired at Kyiv": the city, not its
                # government.
                city = self.actors.country_actor(actor.country, "CVL")
                entry = f"the city {name_span.text!r} ({actor.entry})"
                return _mention(span, replace(city, entry=entry), False)
            going_on = self._name_goes_on(span, name_span) if not person else None
            if going_on is not None and name_span.end == head.i + 1:
                return self._longer_name(span, name_span, actor, going_on)
            if name_span.end == head.i + 1:
                if person and found is not None:
                    before = [t for t in core if t.i < name_span.start]
                    if found[1] <= len(before):
                        actor = as_titled(
                            before, name_span, actor, found[0], self.actors
                        )
                if person and actor.role == "ELI" and len(name_span) > 1:
                    # "President Suharto" known as one name: still a title.
                    actor = self._titled_alias(name_span, actor)
                return _mention(span, actor, person)
            # A name before the head: "Trump administration", "Israel Defense
            # Forces", "NATO troops"; before a noun that names no agent the
            # country alone ("U.S. export controls", "Ukraine's positions").
            named_body = _mention(name_span, actor, person)
            if agent_words is None:
                if actor.code.startswith(ORGANISATION_PREFIXES):
                    return _mention(span, actor, False)  # "IAEA inspectors"
                if lemma in SUPPORTER_NOUNS | REPRESENTATIVE_NOUNS:
                    return affiliated_mention(self.actors, span, lemma, named_body)
                if lemma in GROUP_NOUNS and is_group(actor):
                    return _mention(span, actor, False)  # "the Hamas movement"
                if lemma in _STAFF_NOUNS and is_body(actor) and not person:
                    return _mention(span, actor, False)  # "Border Patrol agents"
                if person:
                    return None
                inner = agent_phrase(core, self.actors, anywhere=True)
                if inner is not None and core[inner[1] - 1].i >= name_span.end:
                    # "U.S. border patrol agents": the agent the words name.
                    if self.actors.agents[inner[0]].kind == "group":
                        return self._agent_mention(span, inner[0], actor.country)
                settled = self._settled_people(head, actor)
                if settled is not None:
                    return _mention(span, settled, False)
                return self._owned(span, actor.country)
            if person or actor.code.startswith(ORGANISATION_PREFIXES):
                return _mention(span, actor, person)
            if is_group(actor):
                # "Hamas leaders", "Hamas gunmen": the group, not Palestine's
                # leader; "Hezbollah lawmakers": Lebanon's legislature.
                affiliated = affiliated_mention(
                    self.actors, span, agent_words, named_body
                )
                if affiliated is not None:
                    return affiliated
            return self._agent_mention(span, agent_words, actor.country)
        if found is not None:
            agent_words, end = found
            body = self._body_of(head) if end == len(core) else None
            if body is not None:
                # "the leader of Hamas", "Hezbollah's leader", "reporters at
                # Egypt's state newspaper": the body they belong to.
                affiliated = affiliated_mention(self.actors, span, agent_words, body)
                if affiliated is not None:
                    return affiliated
            country = country_modifier(
                head, core, self.actors, self.on, agent_words, self.places
            )
            if country and any(t.lower_ == "ethnic" for t in core[:end]):
                # "ethnic Albanian guerrillas" in Macedonia: a people, and
                # the country it lives in where the sentence names one.
                country = self._context_country(head, span, besides=country) or country
            country = country or self._possessor_country(head)
            country = country or self._shared_adjective(head)
            country = country or self._last_conjunct_country(head)
            if end < len(core) and agent_words in TITLE_OFFICES:
                # "President Bush" on a date between two Presidents Bush: the
                # office both held, whoever is meant.
                name = span.doc[core[end].i : head.i + 1].text
                held = self.actors.as_titled(name, TITLE_OFFICES[agent_words])
                if held is not None and country in ("", held.country):
                    return _mention(span, held, True)
            if not country:
                # A people before a place of the same name: "Ibo elders" are
                # Nigeria's, not those of a Mozambican island.
                home = people_home(core[:end], self.actors, self.on, self.places)
                if home:
                    return self._of_people(span, agent_words, home)
            if not country and self.places is not None:
                country = self._then(
                    place_country(head, core, agent_words, self.actors, self.places)
                )
            if not country:
                # "the Bush administration" on a date between two Presidents
                # Bush: the one country every person of that name served.
                country = self._served_country(core[:end])
            if (
                not country
                and self.places is not None
                and stays_where_it_is(agent_words, self.actors)
            ):
                # "Prisoners rioted at a jail in Lima", "people marched in
                # Seoul": where the sentence places them, as towns are.
                country = self._then(sentence_place(head, self.places))
            faith = religion_of(core[:end], self.actors)
            if not country and faith:
                # "Islamic fundamentalist demonstrators" in a story about
                # Egypt: believers where the one country named is.
                country = self._context_country(head, span)
            if not country and (end < len(core) or _proper_body(head, core)):
                # "Judge Ana Ruiz" in an article about Chile: the one country
                # named in the sentence, else in the article so far; so too
                # a force named as a country's own ("the National Guard").
                country = self._context_country(head, span)
            if not country:
                return (
                    self._earlier_holder(span, agent_words)
                    or self._earlier_body(span, head, agent_words)
                    or self._of_faith(span, agent_words, "", faith)
                    or self._non_governmental(span, agent_words)
                )
            if end < len(core):
                return self._titled_person(span, core[end:], agent_words, country)
            if faith:
                return self._of_faith(span, agent_words, country, faith)
            if self.actors.agents[agent_words].role == "MED" and any(
                t.lower_ == "official" for t in core[:end]
            ):
                # "an official Syrian newspaper": state media, the state's.
                actor = self.actors.country_actor(country, "GOV")
                entry = f"official {agent_words!r}: state media"
                return _mention(span, replace(actor, entry=entry), False)
            return self._agent_mention(span, agent_words, country)
        if lemma in SUPPORTER_NOUNS | REPRESENTATIVE_NOUNS and len(core) == 1:
            # "supporters of the opposition leader", "members of the junta"
            body = self._body_of(head)
            if body is not None:
                return affiliated_mention(self.actors, span, lemma, body)
        believers = self._believers(span, head, core)
        if believers is not None:
            return believers
        if lemma in COUNTRY_NOUNS and is_definite(head):
            return self._last_country(span)
        if lemma in _STATE_NOUNS and len(core) == 1:
            state = self._state_named(head)
            if state is not None:
                return _mention(span, state, False)
        local = self._local.get(span.text.lower()) or self._local.get(head.lower_)
        if local is not None and head.pos_ == "PROPN":
            return _mention(span, local, True)
        if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", ""):
            described = self._apposition(head)
            if described is not None:
                return self._described_person(span, described)
        if head.pos_ == "NOUN" and head.lemma_.lower() not in RELATIONAL_NOUNS:
            # "Haiti's efforts", "Iran's nuclear programme": an action or a
            # possession stands for its owner; "Russia's closest partner" is
            # someone else and stays unresolved.
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None:
                known = self.by_token.get(owner.i)
                if known is not None and not known.person:
                    if _names_place(head, core) and known.actor.country:
                        # "in Peru's capital": the place, its civilians, as
                        # a town named is.
                        return self._place_of(span, known.actor.country)
                    return _mention(span, known.actor, False)
        if head.pos_ == "NOUN":
            inner = agent_phrase(core, self.actors, anywhere=True)
            if inner is not None and inner[1] < len(core):
                # "Israeli army bulldozers", "South Korean army officers": what
                # an agent uses or holds stands for the agent.
                country = adjective_country(core[: inner[1]], self.actors)
                agent = self.actors.agents[inner[0]]
                if country and agent.kind == "group":
                    return self._agent_mention(span, inner[0], country)
                home = people_home(core[: inner[1]], self.actors, self.on, self.places)
                if home and agent.kind == "group":
                    # "a Karen guerrilla stronghold": the people's agent.
                    return self._of_people(span, inner[0], home)
        if head.pos_ == "NOUN":
            # "Ukrainian positions", "Iranian nuclear sites": what belongs to a
            # country stands for the country (no role).
            adjective = adjective_country(core[:-1], self.actors)
            if adjective:
                return self._owned(span, adjective)
        if head.pos_ in ("PROPN", "NOUN", "ADJ") and head.tag_ in ("NNPS", "NNS"):
            people = self._people_of(head, core)
            if people is not None:
                return _mention(span, people, False)
            if any(t.lower_ == "ethnic" for t in core):
                # "ethnic Albanians" live where the sentence places them, else
                # in the one other country of the story; with neither they
                # stay uncoded.
                own = self.actors.adjectives.get(head.lower_, "")
                home = (
                    self._then(sentence_place(head, self.places)) if self.places else ""
                )
                home = home or self._context_country(head, span, besides=own)
                if not home:
                    return None
                entry = f"{head.text} living in {home} (the country named)"
                actor = self.actors.country_actor(home, "CVL")
                return _mention(span, replace(actor, entry=entry), False)
        if head.pos_ in ("PROPN", "NOUN", "ADJ"):
            iso3 = self.actors.adjectives.get(head.lower_)
            if len(core) > 1:
                # "East Germans", "South Yemenis": a two-word demonym first.
                pair = f"{core[-2].lower_} {head.lower_}"
                iso3 = self.actors.adjectives.get(pair, iso3)
            plural = head.tag_ in ("NNPS", "NNS")
            home = people_home([head], self.actors, self.on, self.places)
            if home and not iso3 and (plural or head.lower_.endswith("s")):
                # "Yorubas", "Tamils" in an article about Sri Lanka
                actor = self.actors.country_actor(home, "CVL")
                entry = f"the people {head.text!r} of {home}"
                return _mention(span, replace(actor, entry=entry), False)
            if iso3 and plural and len(head.text) >= _PLURAL_DEMONYM_MIN:
                # "Palestinians", "Nigerians": the people of a country.
                actor = self.actors.country_actor(iso3, "CVL")
                entry = f"people of {iso3}"
                return _mention(span, replace(actor, entry=entry), False)
            region = self._region_people(head, core) if plural else ""
            if region:
                # "West Africans", "Europeans": the people of a region.
                actor = self.actors.country_actor(region, "CVL")
                entry = f"people of {region}"
                return _mention(span, replace(actor, entry=entry), False)
        if len(core) == 1 and misspelt_country(head, self.actors):
            iso3 = misspelt_country(head, self.actors)
            actor = self.actors.country_actor(iso3)
            entry = f"country {iso3} (as misspelt {head.text!r})"
            return _mention(span, replace(actor, entry=entry), False)
        if _names_place(head, core):
            return self._town(span, core)
        return _unknown_organisation(span, head)

    def _capital_in_story(self, span: Span, name: Span, actor: Actor) -> Actor:
        """A capital's name that, in this article, is another country's town
        of that name ("Tripoli" in a story about Lebanon), or that a word
        before it makes a part the gazetteer places in another country ("East
        Jerusalem residents"): that place, not the capital's government."""
        if not names_city(actor):
            return actor
        place = name
        nearby = countries_named(name, self.actors, self.on, self.places, name.sent)
        country = capital_country(name.text, actor, self.places, nearby)
        if self.places is not None and span.start < name.start:
            district = span.doc[name.start - 1 : name.end]
            found = self.places.resolve(district.text)
            if found is not None:
                place, country = district, found.country
        if country == actor.country:
            return actor
        town = self.actors.country_actor(self._then(country), "CVL")
        return replace(town, entry=f"the city {place.text!r} in {country}")

    def _party_of_country(
        self, core: list[Token], name: Span, head: Token, actor: Actor
    ) -> Actor:
        """A party's name that another country's party bears, given the
        country it belongs to: "Kenya's Liberal Democratic Party", "the Kenyan
        Liberal Democratic Party", "the Liberal Democratic Party of Kenya" are
        Kenya's party (KENPTY), not Japan's."""
        if actor.role not in _PARTY_ROLES or not actor.country:
            return actor
        before = [t for t in core if t.i < name.start]
        owners = [c for c in (*head.children, *name.root.children) if c.dep_ == "poss"]
        owners += prep_objects(head, ("of",)) if name.end == head.i + 1 else []
        country = adjective_country(before, self.actors)
        for owner in owners:
            if country:
                break
            words = owner.doc[core_tokens(owner)[0].i : owner.i + 1].text
            found = self.actors.lookup_name(words.removesuffix("'s"), self.on)
            if found is not None and is_country(found):
                country = found.country
            country = country or self.actors.adjectives.get(owner.lower_, "")
        if not country or country == actor.country:
            return actor
        party = self.actors.country_actor(self._then(country), actor.role)
        entry = f"the party {name.text!r} of {country}, not {actor.code}"
        return replace(party, entry=entry)

    def _name_goes_on(self, span: Span, name: Span) -> Token | None:
        """The proper noun after "of" that a one-word seat of a state's body
        runs on to ("the Congress of Peru"), or None."""
        if len(name) > 1 or name.text.lower() not in self.actors.metonyms:
            return None
        objects = prep_objects(span.root, ("of",))
        return objects[0] if objects and objects[0].pos_ == "PROPN" else None

    def _longer_name(
        self, span: Span, name: Span, actor: Actor, going_on: Token
    ) -> Mention | None:
        """A one-word seat of a state's body that begins a longer name with
        "of": "the Congress of Peru" is Peru's legislature; "the Congress of
        South African Trade Unions" is a South African labour federation, not
        the US Congress."""
        words = core_tokens(going_on)
        whole = span.doc[span.start : going_on.i + 1]
        self._within_names.update(range(name.end, whole.end))
        proper = " ".join(t.text for t in words if t.pos_ == "PROPN")
        state = self.actors.lookup_name(proper, self.on) if proper else None
        if state is not None and state.entry.startswith("country "):
            body = self.actors.country_actor(state.country, actor.role)
            entry = f"{name.text!r} of the country {state.country}"
            return _mention(whole, replace(body, entry=entry), False)
        country = adjective_country(words, self.actors)
        found = agent_phrase(words, self.actors, anywhere=True)
        if not country:
            return None  # a body of its own that no table knows
        agent = self.actors.agents[found[0]] if found is not None else None
        role = agent.role if agent is not None and agent.kind == "group" else ""
        body = self.actors.country_actor(country, role)
        entry = f"the body {whole.text!r} of {country}, not {actor.code}"
        return _mention(whole, replace(body, entry=entry), False)

    def _town(self, span: Span, core: list[Token]) -> Mention | None:
        """A town or region that no dictionary names, as what is acted on
        ("shelled Samarra", "a curfew in Cizre"): its country's civilians, as
        a capital named as a place is."""
        if self.places is None:
            return None
        name = " ".join(t.text for t in core if t.pos_ == "PROPN")
        if core[-1].lower_ in REGION_WORDS and len(core) > 1:
            name = name.rsplit(" ", 1)[0] if core[-1].pos_ == "PROPN" else name
        if not name or self.actors.is_person_name(name):
            return None
        named = {m.actor.country for m in self.by_token.values()}
        found = self.places.resolve(name, named)
        if found is None or found.precision not in ("city", "region"):
            return None
        country = self._then(found.country)
        actor = self.actors.country_actor(country, "CVL")
        kind = "city" if found.precision == "city" else "region"
        entry = f"the {kind} {name!r} in {country}"
        return _mention(span, replace(actor, entry=entry), False)

    def _then(self, country: str) -> str:
        """The state a place of today's ``country`` belonged to on the
        article's date: "the town of Juba" in 1995 is in Sudan."""
        return self.actors.country_on(country, self.on) if country else ""

    def _served_country(self, words: list[Token]) -> str:
        """The one country of every office-holder named by the proper nouns
        among ``words``; "" where none is named, or they served several."""
        names = [t for t in words if t.pos_ == "PROPN"]
        if not names:
            return ""
        text = " ".join(t.text for t in names)
        countries = {t.country for t in self.actors.people.get(text.lower(), ())}
        return countries.pop() if len(countries) == 1 else ""

    def _place_of(self, span: Span, country: str) -> Mention:
        actor = self.actors.country_actor(country, "CVL")
        entry = f"the place {span.text!r} in {country}"
        return _mention(span, replace(actor, entry=entry), False)

    def _coordinated_adjectives(self, head: Token, first: Mention) -> list[Mention]:
        """ "Indian and Pakistani troops", "U.S. and Russian negotiators": the
        same agent for the other countries."""
        modifiers = [
            c
            for c in head.lefts
            if c.dep_ in ("amod", "nmod", "compound")
            and country_word(c, self.actors, self.on)
        ]
        if not modifiers:
            return []
        others: list[Mention] = []
        for conj in modifiers[0].conjuncts:
            iso3 = country_word(conj, self.actors, self.on)
            if not iso3 or iso3 == first.actor.country:
                continue
            base = self.actors.country_actor(iso3, first.actor.role)
            actor = replace(base, entry=first.actor.entry)
            others.append(replace(first, actor=actor, person=False))
        return others

    def _coordinated_places(self, head: Token, first: Mention) -> list[Mention]:
        """ "lawmakers in Ghana and Togo", "leaders in Kigali and Kinshasa":
        the same agent for the other countries of its place phrase."""
        if head.pos_ != "NOUN":
            return []
        core = core_tokens(head)
        found = agent_phrase(core, self.actors)
        if found is None or found[1] != len(core):
            return []
        countries = located_countries(head, self.actors, self.on, found[0], self.places)
        if countries[:1] != [first.actor.country]:
            return []
        others = []
        for iso3 in countries[1:]:
            base = self.actors.country_actor(iso3, first.actor.role)
            actor = replace(base, entry=f"agent {found[0]!r}")
            others.append(replace(first, actor=actor, person=False))
        return others

    def _earlier_holder(self, span: Span, words: str) -> Mention | None:
        """ "the president" with no country: the last person named with that title."""
        if self.actors.agents[words].kind != "office":
            return None
        matching: list[tuple[Mention, bool]] = [
            (seen.mention, seen.subject)
            for seen in reversed(self._antecedents.people)
            if seen.mention is not None
            and words in f"{seen.mention.text} {seen.mention.actor.entry}".lower()
        ]
        if len({old.actor.name for old, _ in matching}) > 1:
            # Several presidents named: the one last named as a subject, if any.
            matching = [pair for pair in matching if pair[1]][:1]
        for old, _ in matching[:1]:
            actor = replace(old.actor, entry=f"title -> {old.text!r}")
            return _mention(span, actor, True)
        return None

    def _apposition(self, head: Token) -> Mention | None:
        """What an apposition says a person is: "Dmitry Peskov, the Kremlin
        spokesman" or "the Kremlin spokesman, Dmitry Peskov"."""
        if head.dep_ == "appos":
            described = self.by_token.get(head.head.i)
            if described is not None and not described.person:
                return described
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                described = self._resolve_np(child)
                if described is not None and described.actor.role:
                    return described
        return None

    def _described_person(self, span: Span, described: Mention) -> Mention:
        """A person the dictionaries do not know, coded as their apposition says,
        and remembered so that their surname finds them later."""
        base = described.actor
        entry = f"apposition {described.text!r}"
        actor = Actor(base.code, span.text, base.country, base.role, entry=entry)
        self._local[span.text.lower()] = actor
        self._local[span[-1].lower_] = actor
        return _mention(span, actor, True)

    def _people_of(self, head: Token, core: list[Token]) -> Actor | None:
        """A people where it lives: "Bosnian Serbs", "Iraqi Kurds", "ethnic
        Albanians in Serbia" are civilians of the country they live in; with
        "ethnic" and no such country they stay uncoded rather than guessed."""
        if not head.is_title or len(head.text) < _PLURAL_DEMONYM_MIN:
            return None
        home = adjective_country(core[:-1], self.actors)
        if not home:
            home = country_modifier(
                head, [head], self.actors, self.on, "citizen", self.places
            )
        own = self.actors.adjectives.get(head.lower_, "")
        if not home or home == own or home in self.actors.region_names:
            return None  # "Palestinians", "Russian Russians": the people itself
        entry = f"{head.text} living in {home}"
        return replace(self.actors.country_actor(home, "CVL"), entry=entry)

    def _shared_adjective(self, head: Token) -> str:
        """The country of the first of coordinated agent nouns, which is the
        others' too: its adjective ("Kenyan police and soldiers", "the Danish
        media and government"), its possessor ("Chile's army and navy") or
        the country of its "of" phrase, which the parser hangs on the first
        ("the army and navy of Chile"); "" where the first has none."""
        if head.dep_ != "conj" or head.head.pos_ != "NOUN":
            return ""
        first = head.head
        core = core_tokens(first)
        country = adjective_country(core[:-1], self.actors)
        found = agent_phrase(core, self.actors)
        if country or found is None or found[1] != len(core):
            return country  # "Chile's wine and soldiers": wine is no agent
        country = country_modifier(
            first, core, self.actors, self.on, found[0], self.places
        )
        return country or self._possessor_country(first)

    def _last_conjunct_country(self, head: Token) -> str:
        """The country of the "of" or "from" phrase that the parser hangs on
        the last of coordinated agent nouns, which is the first one's too:
        "the ministers and diplomats of Chile"; "" where it has none."""
        conjuncts = [c for c in head.children if c.dep_ == "conj"]
        if not conjuncts or conjuncts[-1].pos_ != "NOUN":
            return ""
        last = conjuncts[-1]
        core = core_tokens(last)
        found = agent_phrase(core, self.actors)
        if found is None or found[1] != len(core) or len(core) > 1:
            return ""  # "ministers and Chilean diplomats": theirs alone
        if not prep_objects(last, ("of", "from")):
            return ""
        return country_modifier(last, core, self.actors, self.on, found[0], self.places)

    def _region_people(self, head: Token, core: list[Token]) -> str:
        """The region whose people a plural names: "West Africans" (West
        Africa), "Europeans"; "" for none."""
        if not head.is_title or not head.text.endswith("s"):
            return ""
        if head.text.endswith("erns"):
            return ""  # "Westerns" are films; the people are "Westerners"
        singular = head.text[:-1]
        if len(core) > 1 and f"{core[-2].text} {singular}" in self.actors.regions:
            return self.actors.regions[f"{core[-2].text} {singular}"]
        return self.actors.regions.get(singular, "")

    def _settled_people(self, head: Token, place: Actor) -> Actor | None:
        """A people after the name of the country it lives in: "Kosovo
        Albanians", "Kosovo Serbs" are civilians of Kosovo."""
        if head.tag_ not in ("NNPS", "NNS") or not place.entry.startswith("country "):
            return None
        own = self.actors.adjectives.get(head.lower_, "")
        if not own and head.is_title:
            own = "".join(self.actors.peoples.get(head.lower_, [])[:1])
        if not own or own == place.country:
            return None  # "Iraq Iraqis"; "Kosovo officials" are Kosovo's
        entry = f"{head.text} living in {place.country}"
        return replace(self.actors.country_actor(place.country, "CVL"), entry=entry)

    def _context_country(self, head: Token, span: Span, besides: str = "") -> str:
        """The one country named in the sentence of ``head``, else before it
        in the article; "" where none or several are. ``besides`` does not
        count: an ethnic people's own country says nothing of where it lives."""
        named = [(i, m.actor.country) for i, m in self.by_token.items() if i < head.i]
        sentence = {c for i, c in named if i >= head.sent.start and c}
        sentence |= countries_named(
            span, self.actors, self.on, self.places, within=head.sent
        )
        # Organisations name no country: "the U.N." says nothing of where.
        sentence &= self.actors.country_names.keys()
        sentence.discard(besides)
        if len(sentence) > 1:
            # "protest against Sweden's plan to send them back to Iraq": where
            # someone is sent is not where they live.
            sentence -= self._destinations(head.sent)
        if sentence:
            return sentence.pop() if len(sentence) == 1 else ""
        article = {c for _, c in named if c in self.actors.country_names}
        article.discard(besides)
        return article.pop() if len(article) == 1 else ""

    def _destinations(self, sentence: Span) -> set[str]:
        """The countries a verb of the sentence goes or sends to: "deport
        them to Turkey", "fled into Chad"."""
        return {
            country_word(token, self.actors, self.on)
            for token in sentence
            if token.dep_ == "pobj"
            and token.head.lower_ in ("to", "into")
            and _verb_of(token.head).pos_ == "VERB"
        } - {""}

    def _possessor_country(self, head: Token) -> str:
        """ "the country's top diplomat", "its troops": the country a possessor
        resolved to."""
        for child in head.children:
            if child.dep_ == "poss":
                known = self.by_token.get(child.i) or self._possessive(child)
                if known is not None and not known.actor.code.startswith(
                    ("IGO", "NGO")
                ):
                    return known.actor.country
        return ""

    def _possessive(self, token: Token) -> Mention | None:
        """What "its" or "their" stands for, where what it possesses is a
        subject ("the rebels said their leaders ..."); an object is usually
        the subject's own ("Norway restored its embassy in Chile")."""
        if token.i not in self.pronouns or token.head.dep_ not in SUBJECT_DEPS:
            return None
        return self.pronouns[token.i][0]

    def _body_of(self, head: Token) -> Mention | None:
        """The body or person that a noun's possessor or its "of", "for",
        "from" or "at" phrase names: never a country, its people or a city,
        which say only where someone is from."""
        candidates = [c for c in head.children if c.dep_ == "poss"]
        candidates += prep_objects(head, AFFILIATION_PREPS)
        # "workers affiliated with the teachers' union", "fighters loyal to
        # the junta": the body a participle or adjective ties them to.
        candidates += [
            obj
            for tie in head.children
            if tie.dep_ in ("acl", "amod") and tie.lemma_.lower() in _TIE_WORDS
            for obj in prep_objects(tie, ("with", "to"))
        ]
        for token in candidates:
            found = self.by_token.get(token.i) or self._resolve_np(token)
            found = found or self._possessive(token)
            if found is not None and is_body(found.actor):
                return found
        return None

    def _believers(self, span: Span, head: Token, core: list[Token]) -> Mention | None:
        """Believers of a religion: "Iraqi Sunnis", "Shiites in Bahrain",
        "Islamic fundamentalists"; where no country is named, the religion
        stands first ("Sunnis": MOSSUN), as CAMEO codes religious actors."""
        words = [t.lower_ for t in core]
        code = self.actors.believers.get(" ".join(words[-2:]))
        code = code or self.actors.believers.get(head.lower_)
        if not code and head.lemma_.lower() in BELIEVER_NOUNS:
            code = religion_of(core[:-1], self.actors)
        if not code:
            return None
        country = adjective_country(core[:-1], self.actors)
        country = country or self._possessor_country(head)
        country = country or country_modifier(
            head, [head], self.actors, self.on, "citizen", self.places
        )
        country = country or self._context_country(head, span)
        if country:
            base = self.actors.country_actor(country, "CVL")
            actor = replace(base, code=base.code + code, entry=f"believers {code}")
        else:
            actor = Actor(code, span.text, "", "", entry=f"believers {code}")
        return _mention(span, actor, False)

    def _of_faith(
        self, span: Span, words: str, country: str, faith: str
    ) -> Mention | None:
        """An agent named with its religion: "Muslim militants" (MOSUAF),
        "Nigerian Christian clerics" (NGARELCHR); state bodies keep their
        country's code, and with no country name no one."""
        agent = self.actors.agents[words]
        entry = f"agent {words!r} of religion {faith}"
        if faith and agent.kind == "leader":
            # "Islamic fundamentalist leaders": the believers' elites (ELI),
            # not the country's head of government.
            if country:
                base = self.actors.country_actor(country, "ELI")
                actor = replace(base, code=base.code + faith, entry=entry)
            else:
                actor = Actor(faith + "ELI", span.text, "", "ELI", entry=entry)
            return _mention(span, actor, False)
        role = agent.role
        if faith and agent.kind == "group" and role == "MIL" and not country:
            # "Moslem forces in east Bosnia": no state's army, but an armed
            # group of believers, of where the sentence places it.
            role = "UAF"
            if self.places is not None:
                country = self._then(sentence_place(span.root, self.places))
        elif not faith or agent.kind != "group" or role in STATE_ROLES:
            return self._agent_mention(span, words, country) if country else None
        if role == COUNTERPART:
            return None
        if country:
            base = self.actors.country_actor(country, role)
            actor = replace(base, code=base.code + faith, entry=entry)
        else:
            actor = Actor(faith + role, span.text, "", role, entry=entry)
        return _mention(span, actor, False)

    def _titled_alias(self, name: Span, actor: Actor) -> Actor:
        """A person out of office known by a name that starts with a title
        ("President Suharto", "General Michel Aoun"): what the title says."""
        title = name[0].lower_
        agent = self.actors.agents.get(title)
        if agent is None or agent.kind not in ("office", "leader"):
            return actor
        if title in TITLE_OFFICES:
            held = self.actors.as_titled(name.text, TITLE_OFFICES[title])
            return held or actor
        if agent.role in ("", "ELI", COUNTERPART):
            return actor
        country = actor.country
        entry = f"title {title!r} of {country}"
        return Actor(country + agent.role, actor.name, country, agent.role, entry)

    def _non_governmental(self, span: Span, words: str) -> Mention | None:
        """ "a human rights group", "an aid agency" of no country named: a
        non-governmental organisation (NGOHRI, NGO), as CAMEO codes them."""
        agent = self.actors.agents[words]
        if agent.kind != "group" or agent.role not in ("HRI", "NGO"):
            return None
        code = "NGO" if agent.role == "NGO" else "NGO" + agent.role
        entry = f"agent {words!r} of no country"
        return _mention(span, Actor(code, span.text, "", agent.role, entry), False)

    def _members_of(self, head: Token, body: Mention) -> Mention:
        """ "52 members of the Biafran movement", "a delegation of Hamas": the
        body named, over the whole phrase, so that the members are its
        mention rather than a phrase of their own."""
        start = min(head.left_edge.idx, body.start)
        if body.person or body.end <= start:
            return body
        text = head.doc.text[start : body.end]
        return Mention(text, start, body.end, body.actor, False)

    def _members_at(self, head: Token, members: Token) -> Mention | None:
        """ "Dozens of reporters at Egypt's state newspaper": the body that the
        quantity's own phrase names, for the agents of its "of" phrase."""
        body = self._body_of(head)
        core = core_tokens(members)
        found = agent_phrase(core, self.actors)
        if body is None or found is None:
            return None
        span = head.doc[head.left_edge.i : members.i + 1]
        return affiliated_mention(self.actors, span, found[0], body)

    def _earlier_body(self, span: Span, head: Token, words: str) -> Mention | None:
        """ "the ministry", "the army": the last body of that kind named before."""
        agent = self.actors.agents[words]
        if agent.kind != "group" or not is_definite(head):
            return None
        for earlier in reversed(self.by_token.values()):
            if earlier.person or words not in earlier.text.lower():
                continue
            if earlier.actor.role != agent.role:
                continue
            actor = replace(earlier.actor, entry=f"the {words} -> {earlier.text!r}")
            return _mention(span, actor, False)
        return None

    def _state_named(self, head: Token) -> Actor | None:
        """ "The republic of Chile", "the kingdom of Norway": the country of
        the "of" phrase."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for place in prep.children:
                found = self._resolve_np(place) if place.dep_ == "pobj" else None
                if found is not None and found.actor.entry.startswith("country "):
                    return found.actor
        return None

    def _last_country(self, span: Span) -> Mention | None:
        """ "the country", "the nation": the last country named before."""
        for earlier in reversed(self.by_token.values()):
            if earlier.actor.entry.startswith("country "):
                actor = replace(earlier.actor, entry=f"the country -> {earlier.text!r}")
                return _mention(span, actor, False)
        return None

    def _of_people(self, span: Span, words: str, home: str) -> Mention | None:
        """An agent named by its people ("Karen rebels"): the agent in the
        people's country; its leaders and politicians are elites there (ELI,
        the prominent people of no state office: a people is no party), and a
        people has no state body of its own ("Kurdish forces" stay uncoded)."""
        agent = self.actors.agents[words]
        role = agent.role
        if agent.kind == "group" and (role in STATE_ROLES or role == COUNTERPART):
            return None
        if agent.kind != "group" or role == "PTY":
            role = "ELI"
        actor = self.actors.country_actor(home, role)
        return _mention(
            span, replace(actor, entry=f"{words} of a people of {home}"), False
        )

    def _owned(self, span: Span, country: str) -> Mention:
        actor = replace(self.actors.country_actor(country, ""), entry=f"of {country}")
        return _mention(span, actor, False)

    def _titled_person(
        self, span: Span, name: list[Token], words: str, country: str
    ) -> Mention:
        """A person the dictionaries do not know, coded by the title before the name."""
        role = self.actors.agents[words].role
        full = span.doc[name[0].i : name[-1].i + 1].text
        base = self.actors.country_actor(country, role)
        actor = Actor(base.code, full, country, role, entry=f"title {words!r}")
        self._local[full.lower()] = actor
        self._local[name[-1].lower_] = actor
        return _mention(span, actor, True)

    def _agent_mention(self, span: Span, words: str, country: str) -> Mention | None:
        agent = self.actors.agents[words]
        if agent.kind == "leader" and country in self.actors.region_names:
            # "West African leaders": the region's governments, as no one
            # person leads a region.
            actor = self.actors.country_actor(country, agent.role)
            return _mention(span, replace(actor, entry=f"agent {words!r}"), False)
        if agent.kind == "leader":
            person = self.actors.office_holder(country, None, self.on, leader=True)
            return _mention(span, person, True) if person else None
        if agent.kind == "office" and words in TITLE_OFFICES:
            person = self.actors.office_holder(country, TITLE_OFFICES[words], self.on)
            if person is not None:
                return _mention(span, person, True)
        if agent.role == COUNTERPART:
            actor = replace(self.actors.country_actor(country, ""), entry=COUNTERPART)
        else:
            actor = replace(
                self.actors.country_actor(country, agent.role), entry=f"agent {words!r}"
            )
        return _mention(span, actor, False)


# Words that tie someone to the body they belong to: "affiliated with".
_TIE_WORDS = {"affiliate", "affiliated", "loyal", "belong", "attach", "attached"}


# Nouns for a state that its "of" phrase names: "the republic of Chile".
_STATE_NOUNS = {"republic", "kingdom", "state", "principality", "emirate", "sultanate"}


# Nouns for a settlement or a part of a country: "the town of Samarra", "the
# Darfur region".
_SETTLEMENTS = REGION_WORDS | {"town", "city", "village", "capital"}


# Nouns for a place that its possessor or a name before it names: "the
# Darfur region", "Peru's capital", "on Lagos's outskirts".
_PLACE_NOUNS = REGION_WORDS | {"capital", "outskirts"}


def _proper_body(head: Token, core: list[Token]) -> bool:
    """Whether an agent noun is written as a body's proper name, which a
    story names for the country it is about: "the National Guard", "the
    Coast Guard" (not "the army", nor "the Army" alone)."""
    return (
        len(core) > 1
        and is_definite(head)
        and all(t.pos_ == "PROPN" and t.is_title for t in core)
    )


def story_countries(
    doc: Doc, actors: ActorDictionary, on: dt.date, places: Gazetteer
) -> set[str]:
    """The countries an article names by a name, a demonym or a place that can
    be in one country only: what decides a place name several countries share
    ("Tripoli" in a story about Lebanon is the Lebanese city)."""
    found = article_countries(doc, places)
    for ent in doc.ents:
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = text.removesuffix("'s").removesuffix("’s")
        iso3 = actors.adjectives.get(text.lower())
        if iso3:
            found.add(iso3)
            continue
        where = places.resolve(text, ())
        if where is not None and where.precision == "country":
            found.add(where.country)  # "Lebanon", not the towns in the US
            continue
        if len({e.country for e in places.candidates(text)}) > 1:
            continue  # a name to be decided, not one that decides
        known = actors.lookup_name(text, on)
        if known is not None and known.country:
            found.add(known.country)
    for token in doc:
        if token.pos_ == "ADJ" and not token.ent_type_:
            found.add(actors.adjectives.get(token.lower_, ""))
    found.discard("")
    return found


def _verb_of(prep: Token) -> Token:
    """The word a preposition attaches to, past "back" or "away": the verb
    of "send them back to Iraq"."""
    head = prep.head
    return head.head if head.pos_ == "ADV" and head.dep_ == "advmod" else head


def _names_place(head: Token, core: list[Token]) -> bool:
    """Whether a phrase names a town or region as a place: after "in",
    "near" or "the town of" ("a curfew in Tikrit"), never as a subject or
    an object, where a city is often its football club ("Madrid beat
    Barcelona"); a place name as the parser labels it, or a name before a
    region word ("the Darfur region"). A place joined to another by "and"
    is one too ("at Haifa and Tel Aviv")."""
    if head.dep_ == "conj" and head.head.dep_ == "pobj":
        head, named_one = head.head, head
        if not _names_place(head, core_tokens(head)):
            return False
        return named_one.pos_ != "PROPN" or named_one.ent_type_ in _PLACE_ENTITIES
    prep = head.head
    if head.dep_ != "pobj":
        return False
    if prep.lower_ == "of":
        placed = prep.head.lemma_.lower() in _SETTLEMENTS
    else:
        placed = prep.lower_ in PLACE_PREPS
    if head.pos_ == "PROPN":
        return placed and (head.ent_type_ in _PLACE_ENTITIES or prep.lower_ == "of")
    named = any(t.pos_ == "PROPN" for t in core[:-1])
    named = named or any(c.dep_ == "poss" for c in head.children)  # "Peru's capital"
    return placed and named and head.lemma_.lower() in _PLACE_NOUNS


# The last words of the names of bodies that are neither states nor parties:
# "the Ceasefire Monitoring Committee", "the Lagos Writers' Association".
_ORGANISATION_WORDS = {
    "association",
    "committee",
    "federation",
    "forum",
    "foundation",
    "institute",
    "society",
}


# Words that make a committee a state's or a ruling party's organ.
_STATE_BODY_WORDS = {
    "central",
    "standing",
    "select",
    "parliamentary",
    "congressional",
    "party",
    "military",
    "revolutionary",
    "state",
    "national",
}


def _unknown_organisation(span: Span, head: Token) -> Mention | None:
    """A named association, committee or forum that the dictionaries do not
    know and whose name gives no country: a non-governmental organisation
    (NGO), as CAMEO codes a body of no state."""
    named_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if head.pos_ != "PROPN" or not head.is_title or (len(span) < 2 and not named_of):
        return None
    if head.lemma_.lower() not in _ORGANISATION_WORDS or head.ent_type_ != "ORG":
        return None
    if any(t.lower_ in _STATE_BODY_WORDS for t in span):
        return None  # "the Central Committee", "the Senate Select Committee"
    entry = f"the organisation {span.text!r}, of no country named"
    return _mention(span, Actor("NGO", span.text, "", "NGO", entry), False)


def as_counterpart(target: Mention, source: Mention) -> Mention:
    """ "his Indian counterpart": India's holder of the source's role."""
    role = source.actor.role
    entry = f"counterpart of {source.text!r}: the other side's {role or 'country'}"
    code = target.actor.country + role
    actor = replace(target.actor, code=code, role=role, entry=entry)
    return replace(target, actor=actor)
