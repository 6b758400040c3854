"""Actor mentions in a parsed article: noun phrases resolved to CAMEO actors.

Every noun-phrase head of the article is looked at once, in reading order, so
that a pronoun can refer back to the people named before it. The coder then
asks for the actor behind any token.

Notes:
    Pronouns follow the centering heuristic of Grosz, Joshi and Weinstein
    (1995): a subject pronoun ("he") refers to the most recent person who was
    the subject of a clause; an object pronoun ("him") to the most recent person
    named, other than the actor of its own event. A possessed noun resolves only
    when the noun itself names an agent ("Russia's foreign ministry"), never by
    guessing from the possessor ("Russia's closest partner" stays unresolved).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .actors import TITLE_OFFICES, ActorDictionary
from .gazetteer import Gazetteer
from .models import Actor, Mention
from .phrases import (
    AFFILIATION_PREPS,
    BELIEVER_NOUNS,
    COUNTRY_NOUNS,
    FORMER_WORDS,
    GROUP_NOUNS,
    REPRESENTATIVE_NOUNS,
    STATE_ROLES,
    SUPPORTER_NOUNS,
    adjective_country,
    agent_phrase,
    core_tokens,
    country_modifier,
    is_body,
    is_definite,
    is_group,
    is_place,
    place_country,
    religion_of,
    same_side,
    supporters_role,
)

_NP_DEPS = {"compound", "amod", "flat", "nmod", "nummod", "det", "punct", "case"}
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
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
_SUBJECT_PRONOUNS = {"he", "she"}
_FIRST_PERSON = {"i", "me", "we", "us"}
_OBJECT_PRONOUNS = {"him", "her"}
_HEAD_POS = {"PROPN", "NOUN", "PRON", "ADJ", "X"}
# The names an adjective cannot stand for on its own ("the Russian" is rare,
# "Russian" as a head is almost always a tagging error on a compound).
_PLURAL_DEMONYM_MIN = 4


@dataclass
class _Seen:
    index: int
    mention: Mention | None  # None: a person the dictionaries do not know
    subject: bool


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
    _people: list[_Seen] = field(default_factory=list)
    # The last two actors named together ("Xi and Putin"), for "the two leaders".
    _pair: tuple[int, list[Mention]] | None = None
    # A plural subject named after the pair ("Aid groups said they ...") makes
    # "they" ambiguous.
    _plural_since_pair: bool = False
    # People the dictionaries do not know, named after a title in this article
    # ("Indian Foreign Secretary Vikram Misri"), so that "Misri" finds them later.
    _local: dict[str, Actor] = field(default_factory=dict)
    # Surnames of people named whom the dictionaries do not know.
    _unknown: set[str] = field(default_factory=set)

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
        index = cls(actors, on, places=places)
        for token in doc:
            quantifier = token.lower_ in QUANTIFIERS
            if token.pos_ not in _HEAD_POS and not quantifier:
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
                self.pronouns[token.i] = [_token_mention(token, actor, speaker.person)]

    # -- resolution ------------------------------------------------------------

    def _visit(self, token: Token) -> None:
        lower = token.lower_
        if self._refer_to_pair(token):
            return
        if token.dep_ in _SUBJECT_DEPS and token.tag_ in ("NNS", "NNPS"):
            self._plural_since_pair = True
        if token.pos_ == "PRON" and lower not in QUANTIFIERS:
            if lower in _SUBJECT_PRONOUNS and token.dep_ in _SUBJECT_DEPS:
                ranked = [s for s in reversed(self._people) if s.subject]
            elif lower in _SUBJECT_PRONOUNS | _OBJECT_PRONOUNS:
                ranked = list(reversed(self._people))
            else:
                return
            candidates: list[Mention] = []
            for seen in ranked:
                old = seen.mention
                if old is None:
                    break  # someone unknown was named since: "him" may be them
                if old.actor.code in {c.actor.code for c in candidates}:
                    continue
                actor = replace(old.actor, entry=f"pronoun -> {old.text!r}")
                candidates.append(_token_mention(token, actor, True))
            if candidates:
                self.pronouns[token.i] = candidates
            return
        mention = self._resolve_np(token)
        if mention is None:
            unknown = token.ent_type_ == "PERSON" or lower in self._unknown
            if unknown and token.pos_ == "PROPN":
                # Someone the dictionaries do not know: "he" may be them, and
                # so may their surname later ("Jean Dupont ... Dupont said").
                self._unknown.add(lower)
                self._people.append(_Seen(token.i, None, token.dep_ in _SUBJECT_DEPS))
            return
        self.by_token[token.i] = mention
        self._remember_pair(token, mention)
        others = self._coordinated_adjectives(token, mention)
        if others:
            self.coordinated[token.i] = others
        if mention.person:
            self._people.append(_Seen(token.i, mention, token.dep_ in _SUBJECT_DEPS))

    def _remember_pair(self, head: Token, mention: Mention) -> None:
        if head.dep_ == "conj":
            return
        members = [mention]
        for conj in head.conjuncts:
            other = self._resolve_np(conj) if conj.i > head.i else None
            if other is not None and other.actor.code != mention.actor.code:
                members.append(other)
        if len(members) == 2:
            self._pair = (head.sent.start, members)
            self._plural_since_pair = False

    def _refer_to_pair(self, token: Token) -> bool:
        """ "the two leaders", "the two", "both sides": the last pair named
        together within the last few sentences; "they" only within the same
        or the previous sentence, where it can hardly mean anyone else."""
        if self._pair is None:
            return False
        start, members = self._pair
        reach = _PAIR_REACH_TOKENS
        if token.lower_ in ("they", "them") and token.pos_ == "PRON":
            if self._plural_since_pair:
                return False
            reach = token.sent.start - _previous_sentence_start(token)
        elif not _names_a_pair(token):
            return False
        if token.sent.start - start > reach:
            return False
        first, second = (
            _token_mention(
                token, replace(m.actor, entry=f"the two -> {m.text!r}"), m.person
            )
            for m in members
        )
        self.by_token[token.i] = first
        self.coordinated[token.i] = [second]
        return True

    def _resolve_np(self, head: Token) -> Mention | None:
        lemma = head.lemma_.lower()
        if lemma in QUANTITY_NOUNS or head.like_num or head.lower_ in QUANTIFIERS:
            # "thousands of Serbian protesters", "a group of Afghan officials",
            # "some of the rebels": the people of the "of" phrase.
            members = _of_object(head)
            if members is not None:
                part = self._resolve_np(members) or self._members_at(head, members)
                if part is not None or lemma not in REPRESENTATIVE_NOUNS:
                    return part
        core = core_tokens(head)
        span = head.doc[core[0].i : head.i + 1]
        named = self._longest_name(core)
        found = agent_phrase(core, self.actors, anywhere=head.pos_ == "PROPN")
        agent_words = found[0] if found else None
        if named is not None:
            name_span, actor, person = named
            if name_span.end == head.i + 1 and is_place(head, actor):
                # "a curfew in Algiers", "fired at Kyiv": the city, not its
                # government.
                city = self.actors.country_actor(actor.country, "CVL")
                entry = f"the city {name_span.text!r} ({actor.entry})"
                return _mention(span, replace(city, entry=entry), False)
            if name_span.end == head.i + 1:
                if person and found is not None:
                    before = [t for t in core if t.i < name_span.start]
                    if found[1] <= len(before):
                        actor = self._as_titled(before, name_span, actor, found[0])
                return _mention(span, actor, person)
            # A name before the head: "Trump administration", "Israel Defense
            # Forces", "NATO troops"; before a noun that names no agent the
            # country alone ("U.S. export controls", "Ukraine's positions").
            named_body = _mention(name_span, actor, person)
            if agent_words is None:
                if actor.code.startswith(("IGO", "NGO")):
                    return _mention(span, actor, False)  # "IAEA inspectors"
                if lemma in SUPPORTER_NOUNS | REPRESENTATIVE_NOUNS:
                    return self._affiliated(span, lemma, named_body)
                if lemma in GROUP_NOUNS and is_group(actor):
                    return _mention(span, actor, False)  # "the Hamas movement"
                if person:
                    return None
                return self._owned(span, actor.country)
            if person or actor.code.startswith(("IGO", "NGO")):
                return _mention(span, actor, person)
            if is_group(actor):
                # "Hamas leaders", "Hamas gunmen": the group, not Palestine's
                # leader; "Hezbollah lawmakers": Lebanon's legislature.
                affiliated = self._affiliated(span, agent_words, named_body)
                if affiliated is not None:
                    return affiliated
            return self._agent_mention(span, agent_words, actor.country)
        if found is not None:
            agent_words, end = found
            body = self._body_of(head) if end == len(core) else None
            if body is not None:
                # "the leader of Hamas", "Hezbollah's leader", "reporters at
                # Egypt's state newspaper": the body they belong to.
                affiliated = self._affiliated(span, agent_words, body)
                if affiliated is not None:
                    return affiliated
            country = country_modifier(head, core, self.actors, self.on, agent_words)
            country = country or self._possessor_country(head)
            if not country and self.places is not None:
                country = place_country(
                    head, core, agent_words, self.actors, self.places
                )
            faith = religion_of(core[:end], self.actors)
            if not country:
                return (
                    self._earlier_holder(span, agent_words)
                    or self._earlier_body(span, head, agent_words)
                    or self._of_faith(span, agent_words, "", faith)
                )
            if end < len(core):
                return self._titled_person(span, core[end:], agent_words, country)
            if faith:
                return self._of_faith(span, agent_words, country, faith)
            return self._agent_mention(span, agent_words, country)
        if lemma in SUPPORTER_NOUNS | REPRESENTATIVE_NOUNS and len(core) == 1:
            # "supporters of the opposition leader", "members of the junta"
            body = self._body_of(head)
            if body is not None:
                return self._affiliated(span, lemma, body)
        believers = self._believers(span, head, core)
        if believers is not None:
            return believers
        if lemma in COUNTRY_NOUNS and is_definite(head):
            return self._last_country(span)
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
                return None  # "ethnic Albanians" with no country they live in
        if head.pos_ in ("PROPN", "NOUN", "ADJ"):
            iso3 = self.actors.adjectives.get(head.lower_)
            if len(core) > 1:
                # "East Germans", "South Yemenis": a two-word demonym first.
                pair = f"{core[-2].lower_} {head.lower_}"
                iso3 = self.actors.adjectives.get(pair, iso3)
            plural = head.tag_ in ("NNPS", "NNS")
            if iso3 and plural and len(head.text) >= _PLURAL_DEMONYM_MIN:
                # "Palestinians", "Nigerians": the people of a country.
                actor = self.actors.country_actor(iso3, "CVL")
                entry = f"people of {iso3}"
                return _mention(span, replace(actor, entry=entry), False)
        return None

    def _coordinated_adjectives(self, head: Token, first: Mention) -> list[Mention]:
        """ "Indian and Pakistani troops", "U.S. and Russian negotiators": the
        same agent for the other countries."""
        modifiers = [
            c
            for c in head.lefts
            if c.dep_ in ("amod", "nmod", "compound") and self._country_word(c)
        ]
        if not modifiers:
            return []
        others: list[Mention] = []
        for conj in modifiers[0].conjuncts:
            iso3 = self._country_word(conj)
            if not iso3 or iso3 == first.actor.country:
                continue
            base = self.actors.country_actor(iso3, first.actor.role)
            actor = replace(base, entry=first.actor.entry)
            others.append(replace(first, actor=actor, person=False))
        return others

    def _country_word(self, token: Token) -> str:
        """The country a one-word modifier names: "Russian", "U.S.", "Japan"."""
        iso3 = self.actors.adjectives.get(token.lower_)
        if iso3:
            return iso3
        actor = self.actors.lookup_name(token.text, self.on)
        if actor is not None and actor.entry.startswith("country "):
            return actor.country
        return ""

    def _as_titled(
        self, before: list[Token], name: Span, actor: Actor, words: str
    ) -> Actor:
        """A known person named with a title: the title says what they were.

        "former President X" is a former office-holder whatever the tables
        say; "President X" held that office when the text speaks of them, so
        a person out of office on the article's date ("Russian President
        Boris Yeltsin" in a story whose date is unknown or later) is coded by
        the tenure the title names.
        """
        agent = self.actors.agents[words]
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
        held = self.actors.as_titled(name.text, TITLE_OFFICES.get(words))
        if held is not None:
            return held
        country = adjective_country(before, self.actors)
        if country and agent.role != COUNTERPART:
            role = agent.role
            entry = f"title {words!r} of {country}"
            return Actor(country + role, actor.name, country, role, entry=entry)
        return actor

    def _earlier_holder(self, span: Span, words: str) -> Mention | None:
        """ "the president" with no country: the last person named with that title."""
        if self.actors.agents[words].kind != "office":
            return None
        matching: list[tuple[Mention, bool]] = [
            (seen.mention, seen.subject)
            for seen in reversed(self._people)
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
            home = country_modifier(head, [head], self.actors, self.on, "citizen")
        own = self.actors.adjectives.get(head.lower_, "")
        if not home or home == own:
            return None  # "Palestinians", "Russian Russians": the people itself
        entry = f"{head.text} living in {home}"
        return replace(self.actors.country_actor(home, "CVL"), entry=entry)

    def _possessor_country(self, head: Token) -> str:
        """ "the country's top diplomat": the country a possessor resolved to."""
        for child in head.children:
            if child.dep_ == "poss":
                known = self.by_token.get(child.i)
                if known is not None and not known.actor.code.startswith(
                    ("IGO", "NGO")
                ):
                    return known.actor.country
        return ""

    def _body_of(self, head: Token) -> Mention | None:
        """The body or person that a noun's possessor or its "of", "for",
        "from" or "at" phrase names: never a country, its people or a city,
        which say only where someone is from."""
        candidates = [c for c in head.children if c.dep_ == "poss"]
        candidates += [
            obj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        for token in candidates:
            found = self.by_token.get(token.i) or self._resolve_np(token)
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
            head, [head], self.actors, self.on, "citizen"
        )
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
        if not faith or agent.kind != "group" or agent.role in STATE_ROLES:
            return self._agent_mention(span, words, country) if country else None
        if agent.role == COUNTERPART:
            return None
        entry = f"agent {words!r} of religion {faith}"
        if country:
            base = self.actors.country_actor(country, agent.role)
            actor = replace(base, code=base.code + faith, entry=entry)
        else:
            actor = Actor(faith + agent.role, span.text, "", agent.role, entry=entry)
        return _mention(span, actor, False)

    def _members_at(self, head: Token, members: Token) -> Mention | None:
        """ "Dozens of reporters at Egypt's state newspaper": the body that the
        quantity's own phrase names, for the agents of its "of" phrase."""
        body = self._body_of(head)
        core = core_tokens(members)
        found = agent_phrase(core, self.actors)
        if body is None or found is None:
            return None
        span = head.doc[head.left_edge.i : members.i + 1]
        return self._affiliated(span, found[0], body)

    def _affiliated(self, span: Span, words: str, body: Mention) -> Mention | None:
        """Someone named by the body they belong to.

        Those who speak or act for a body ("the leader of Hamas", "members of
        the ruling party") and agents of its own kind ("Hamas gunmen") are the
        body; its supporters are coded by :func:`supporters_role`; other
        agents keep their own role in the body's country ("reporters at
        Egypt's state newspaper": Egypt's media).
        """
        actor = body.actor
        last = words.split()[-1]
        agent = self.actors.agents.get(words)
        if last in SUPPORTER_NOUNS:
            role = supporters_role(actor)
            if role is None:
                return None
            base = self.actors.country_actor(actor.country, role)
            entry = f"{last}s of {body.text!r}"
            return _mention(span, replace(base, entry=entry), False)
        if last in REPRESENTATIVE_NOUNS or (
            agent is not None and same_side(agent.role, actor.role)
        ):
            entry = f"{words} of {body.text!r} ({actor.entry})"
            return _mention(span, replace(actor, entry=entry), False)
        if agent is None or agent.kind != "group" or agent.role == COUNTERPART:
            return None
        if actor.code.startswith(("IGO", "NGO")):
            return None
        base = self.actors.country_actor(actor.country, agent.role)
        entry = f"agent {words!r} of {body.text!r}"
        return _mention(span, replace(base, entry=entry), False)

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

    def _last_country(self, span: Span) -> Mention | None:
        """ "the country", "the nation": the last country named before."""
        for earlier in reversed(self.by_token.values()):
            if earlier.actor.entry.startswith("country "):
                actor = replace(earlier.actor, entry=f"the country -> {earlier.text!r}")
                return _mention(span, actor, False)
        return None

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

    def _longest_name(self, core: list[Token]) -> tuple[Span, Actor, bool] | None:
        """The longest known name in the phrase, names ending at its head first."""
        doc = core[0].doc
        limit = min(self.actors.max_name_tokens, len(core))
        windows = [(len(core) - size, size) for size in range(limit, 0, -1)]
        windows += [
            (first, size)
            for size in range(limit, 0, -1)
            for first in range(len(core) - size - 1, -1, -1)
        ]
        for first, size in windows:
            tokens = core[first : first + size]
            if tokens[-1].i - tokens[0].i != size - 1:
                continue  # not contiguous
            span = doc[tokens[0].i : tokens[-1].i + 1]
            text = span.text
            actor = self.actors.lookup_name(text, self.on)
            if actor is None and text.endswith(("’s", "'s")):
                actor = self.actors.lookup_name(text[:-2], self.on)
            if actor is None:
                continue
            person = self.actors.is_person_name(text)
            if person and self._other_given_name(span):
                continue  # "Mike Lee" is not Lee Jae-myung
            return span, actor, person
        return None

    def _other_given_name(self, span: Span) -> bool:
        """A surname match preceded by a given name the entry does not have."""
        if span.start == 0:
            return False
        previous = span.doc[span.start - 1]
        if previous.pos_ != "PROPN" or not previous.is_title:
            return False
        word = previous.lower_
        known = (
            word in self.actors.agents
            or word in self.actors.adjectives
            or self.actors.lookup_name(previous.text, self.on) is not None
            or any(word in title for title in TITLE_OFFICES)
        )
        return not known


_PAIR_NOUNS = {
    "leader",
    "side",
    "president",
    "country",
    "nation",
    "government",
    "minister",
    "man",
    "neighbour",
    "neighbor",
    "rival",
    "party",
    "capital",
    "army",
    "military",
}
_PAIR_REACH_TOKENS = 150  # "the two" looks back a few sentences, no further


def _previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def _names_a_pair(token: Token) -> bool:
    """ "the two", "the two leaders", "both sides", "both"."""
    children = {c.lower_ for c in token.children}
    if token.lower_ == "two" and "the" in children and token.dep_ != "nummod":
        return True
    if token.lower_ == "both" and token.dep_ in _SUBJECT_DEPS:
        return True
    if token.lemma_.lower() not in _PAIR_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return False
    return ("two" in children and "the" in children) or "both" in children


def _of_object(head: Token) -> Token | None:
    """The object of a noun's "of" phrase: "protesters" in "thousands of protesters"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for member in prep.children:
                if member.dep_ == "pobj":
                    return member
    return None


def as_counterpart(target: Mention, source: Mention) -> Mention:
    """ "his Indian counterpart": India's holder of the source's role."""
    role = source.actor.role
    entry = f"counterpart of {source.text!r}: the other side's {role or 'country'}"
    code = target.actor.country + role
    actor = replace(target.actor, code=code, role=role, entry=entry)
    return replace(target, actor=actor)


def _mention(span: Span, actor: Actor, person: bool) -> Mention:
    return Mention(span.text, span.start_char, span.end_char, actor, person)


def _token_mention(token: Token, actor: Actor, person: bool) -> Mention:
    """A one-word mention: a pronoun, or "the two" standing for a pair."""
    return Mention(token.text, token.idx, token.idx + len(token.text), actor, person)
