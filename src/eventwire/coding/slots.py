"""Where a rule's words and slots stand in a dependency parse.

The readings the rule engine (``rules``) makes of one verb: its particles,
its event noun, the words of its own clause, the words a rule needs around
it, the passive's agent, and the heads where a target may be, resolved to
actors with their conjuncts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..mentions import MentionIndex
from ..models import Mention
from ..syntax import (
    SUBJECT_DEPS,
    antecedent,
    direct_objects,
    opens_clause,
    prep_objects,
    subject_of,
)
from .modality import ATTEMPT_NOUNS, PROTEST_NOUNS, PROTEST_VERBS
from .requests import demanded_clauses, misread_clause, opened_by_for
from .verbs import ANY_SLOT, Rule, VerbPattern, WordSlot

# Appeals and demands: the subject of their that-clause is the one addressed.
_ASKING_ROOTS = {"02", "10"}
# Words that measure or group the event noun after "of".
_MEASURES = set(
    "ton tonne kilogram litre liter dollar euro million billion thousand hundred "
    "dozen package batch series wave shipment consignment number amount worth set "
    "raft string volley barrage flurry spate round lot".split()
)
# "called on Thursday" is no call on anyone.
_TIME_ENTITIES = {"DATE", "TIME"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
# A slot before the verb that is filled by coordinated subjects ("Chile and
# Peru agreed"), not by words: PETRARCH's compound marker.
COORDINATED_SUBJECT = WordSlot(frozenset({("%",)}), False)


@dataclass(frozen=True)
class PhraseSlot(WordSlot):
    """Words that name one of a verb's own phrases, as PETRARCH 2's phrase
    patterns name nouns and prepositional phrases: before the verb its
    subject's noun phrase or a phrase that depends on it ("the death toll
    rose", "despite the protests, X ..."), never an adverb, an auxiliary or
    a verb above it ("recently", "will", "indicated"); after it, none in a
    clause of its own ("said that the talks ...", "signed it to supply")."""


@dataclass(frozen=True)
class FormSlot(WordSlot):
    """Words matched as written, not by lemma, as TABARI's word sequences
    are: "EFFORT" is not "efforts", "SAID" is "said" only."""


# Dependents of a verb that are no phrase of its own for a PhraseSlot.
_NOT_PHRASES = frozenset({"advmod", "aux", "auxpass", "neg", "mark", "cc", "punct"})


def _own_phrases(verb: Token) -> set[int]:
    """Indexes of the tokens in a verb's subject and dependent phrases."""
    found: set[int] = set()
    subject = subject_of(verb)
    if subject is not None:
        found.update(t.i for t in antecedent(subject).subtree)
    for child in verb.children:
        if child.dep_ not in _NOT_PHRASES:
            found.update(t.i for t in child.subtree)
    return found


# Dependents that are clauses of their own: "said that ...", "signed it to ...".
_CLAUSES = frozenset({"ccomp", "advcl", "acl", "relcl", "parataxis"})


def _in_clause_below(token: Token, verb: Token) -> bool:
    """Whether a token of a verb's phrase lies in a clause below the verb."""
    while token != verb and token.head != token:
        if token.dep_ in _CLAUSES:
            return True
        token = token.head
    return False


# Dependents that are clauses, infinitives among them: "was seen to leave".
_ALL_CLAUSES = _CLAUSES | {"xcomp", "csubj"}


def in_clause_below(token: Token, verb: Token) -> bool:
    """Whether a token of a verb's phrase lies in a clause below the verb,
    an infinitive one included: "Y" in "X was seen to storm a Y rally"."""
    while token != verb and token.head != token:
        if token.dep_ in _ALL_CLAUSES:
            return True
        token = token.head
    return False


def verb_form(verb: Token) -> str:
    return verb.lower_.replace("’", "'")


def words_fit(verb: Token, rule: Rule) -> bool:
    """Whether the words a rule needs stand around its verb, in order.

    Words before the verb are looked for in the sentence before it, words
    after it in the verb's own phrase; an adjacent slot must touch the verb
    side of the pattern. A word matches a token's form or lemma; the
    ``COORDINATED_SUBJECT`` slot is filled when the verb's subject is
    coordinated with another.
    """
    return fitted_words(verb, rule) is not None


def fitted_words(verb: Token, rule: Rule) -> int | None:
    """How many words of the sentence a rule's word slots match (``words_fit``),
    or None when they do not fit: of two rules with as many slots, the one
    that matches the longer phrase ("gold florins" before "florins") says more.
    """
    if not rule.before and not rule.after:
        return 0
    slots = [s for s in rule.before if s != COORDINATED_SUBJECT]
    if len(slots) < len(rule.before) and not _coordinated_subject(verb):
        return None
    sent = verb.sent
    before = [t for t in sent if t.i < verb.i]
    if any(isinstance(s, PhraseSlot) for s in slots):
        own = _own_phrases(verb)
        before = [t for t in before if t.i in own]
    after = [t for t in verb.subtree if t.i > verb.i]
    if any(isinstance(s, PhraseSlot) for s in rule.after):
        after = [t for t in after if not _in_clause_below(t, verb)]
    # Slots before the verb are matched from the verb leftwards.
    found = _slots_fit(list(reversed(before)), list(reversed(slots)), True)
    if found is None:
        return None
    later = _slots_fit(after, list(rule.after), False)
    return None if later is None else found + later


def _coordinated_subject(verb: Token) -> bool:
    subject = subject_of(verb)
    return subject is not None and bool(conjuncts(antecedent(subject)))


def _slots_fit(
    tokens: list[Token], slots: list[WordSlot], backwards: bool
) -> int | None:
    """The number of words the slots match in order, or None."""
    position = 0
    matched = 0
    for slot in slots:
        found = False
        last = position if slot.adjacent else len(tokens)
        for start in range(position, min(last, len(tokens) - 1) + 1):
            # The longest of a slot's phrases that fits here.
            for phrase in sorted(slot.phrases, key=len, reverse=True):
                words = tuple(reversed(phrase)) if backwards else phrase
                end = start + len(words)
                if end <= len(tokens) and all(
                    _word_fits(tokens[start + k], word, isinstance(slot, FormSlot))
                    for k, word in enumerate(words)
                ):
                    position, found = end, True
                    matched += len(words)
                    break
            if found:
                break
        if not found:
            return None
    return matched


def _word_fits(token: Token, word: str, as_written: bool = False) -> bool:
    if as_written:
        return word == verb_form(token)
    return word == verb_form(token) or word == token.lemma_.lower()


# A source slot for the subject of the verb above that the words before the
# verb name, the verb's own subject being the target: "NOTED + *" in "X
# noted that Y regretted it" (X at Y).
SUBJECT_ABOVE = ("<above>",)


def slot_source(
    verb: Token, noun: Token | None, rule: Rule, particles: list[Token]
) -> tuple[Token | None, list[Token]]:
    """The source from a rule's source slot; the subject is then the target."""
    if rule.source == SUBJECT_ABOVE:
        above = _named_above(verb, rule)
        own = subject_of(verb)
        if above is verb or own is None:
            return None, []
        return subject_of(above), [own]
    # "JUBILEE ^ $": the actor after the next ('^' are passed over there)
    heads = target_heads(verb, noun, replace(rule, target=rule.source), particles)
    source = heads[0] if heads else None
    subject = subject_of(_named_above(verb, rule))
    targets = [subject] if subject is not None else []
    if rule.target:
        targets = target_heads(verb, noun, rule, particles)
    return source, targets


def _named_above(verb: Token, rule: Rule) -> Token:
    """The verb above this one's clause that the words before it name:
    "+ WELCOMING * $" in "X is welcoming Y to mark it with Z" names X's."""
    named = {word for slot in rule.before for phrase in slot.phrases for word in phrase}
    token = verb
    while token.dep_ in ("ccomp", "xcomp", "advcl") and named & {
        token.head.lower_,
        token.head.lemma_.lower(),
    }:
        token = token.head
    return token


def verb_particles(verb: Token, pattern: VerbPattern) -> list[Token] | None:
    found: list[Token] = []
    # "called for Lima to hold elections": "for" is the mark of the act
    marks = [m for c in _for_clauses(verb) for m in c.children if m.dep_ == "mark"]
    for word in pattern.particles:
        match = next(
            (
                c
                for c in [*verb.children, *marks]
                if c.lower_ == word
                and c.dep_ in ("prt", "prep", "advmod", "dobj", "mark")
                and not _introduces_time(c)
            ),
            None,
        )
        if match is None:
            return None
        found.append(match)
    return found


def _introduces_time(token: Token) -> bool:
    """ "called ... on Saturday": a preposition of time is no particle."""
    return any(
        c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTITIES for c in token.children
    )


def event_noun(verb: Token, rule: Rule, listed: bool = True) -> Token | None:
    """The object (or passive subject) that a rule's nouns name; with
    ``listed``, one listed after the object as well."""
    if not rule.nouns:
        return None
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass", "attr")
            and child.lemma_.lower() in rule.nouns
        ):
            return child
        if child.dep_ in ("dobj", "nsubjpass") and (
            child.lower_ in rule.nouns or _compound_noun(child) in rule.nouns
        ):
            return child
        if listed and child.dep_ in ("dobj", "nsubjpass"):
            # "provided satellite images and intelligence": a listed object.
            for noun in child.conjuncts:
                if noun.pos_ == "NOUN" and noun.lemma_.lower() in rule.nouns:
                    return noun
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _MEASURES:
            # "tons of food aid", "a wave of arrests": the noun measured.
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in rule.nouns:
                            return pobj
    return None


def _compound_noun(noun: Token) -> str:
    """ "hunger strikes" -> "hunger strike": a rule's two-word noun."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    return " ".join([*words, noun.lemma_.lower()]) if words else ""


def owners(noun: Token) -> list[Token]:
    """Who an object that is no actor belongs to: its possessor, then the
    nouns of its own "of" and "from" phrases, then of its "by" phrases, the
    one it is the act of ("investigated abuses by Bolivian troops")."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    found += [
        pobj
        for pobj in prep_objects(noun, ("of", "from", "by"))
        if pobj.ent_type_ not in _TIME_ENTITIES
    ]
    return found


def noun_negated(noun: Token | None) -> bool:
    return noun is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )


def clause_lemmas(verb: Token) -> set[str]:
    """The lemmas of the verb's own clause, and of another's act that "for"
    opens, which the parser hangs on the verb as a clause of its own
    ("called for Lima to hold elections")."""
    tokens = clause_tokens(verb)
    for clause in _for_clauses(verb):
        tokens += clause_tokens(clause)
    return {token.lemma_.lower() for token in tokens}


def _for_clauses(verb: Token) -> list[Token]:
    """ "called for Lima to hold elections": the act asked for, with "for"
    its mark."""
    return [c for c in verb.children if c.dep_ == "advcl" and opened_by_for(c)]


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its phrases, less the clauses below it."""
    tokens: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS or (
                child.dep_ == "conj" and child.pos_ == "VERB"
            ):
                continue
            stack.append(child)
    return tokens


def is_passive(verb: Token) -> bool:
    """A passive clause, but not a stative participle ("is opposed to")."""
    return any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
    ) and not _stative(verb)


# Participles that, after "be" and before their preposition, state where the
# subject stands rather than what was done to it: "Israel is opposed to
# French mediation", "forces were engaged in ethnic cleansing".
_STATIVE = {
    "oppose": "to",
    "engage": "in",
    "involve": "in",
    "commit": "to",
    "dedicate": "to",
}


def _stative(verb: Token) -> bool:
    """A passive form that is the subject's own stance or doing."""
    preposition = _STATIVE.get(verb.lemma_.lower())
    return (
        preposition is not None
        and any(c.dep_ == "prep" and c.lower_ == preposition for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def passive_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive: "was arrested by the police", also where
    the parser hangs it on the gerund of the charge ("was accused of taking
    bribes by prosecutors"), as a passive with no agent of its own has one
    after its complement more likely than the gerund has a "by" of means."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ == "by":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            for by in gerund.children:
                if by.dep_ == "prep" and by.lower_ == "by" and by.i > gerund.i:
                    agents = [
                        c
                        for c in by.children
                        if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS")
                    ]
                    if agents:
                        return agents[0]
    return None


def target_heads(
    verb: Token, noun: Token | None, rule: Rule, particles: list[Token]
) -> list[Token]:
    """Where the target may be, in the order the rule's slots name them."""
    particle_words = {p.lower_ for p in particles}
    candidates: list[Token] = []
    if rule.target[:1] == ANY_SLOT:
        # The words the pattern names are the act, not the one acted upon:
        # "pledged two million Swiss francs to Chile".
        named = {
            word for slot in rule.after for phrase in slot.phrases for word in phrase
        }
        passed = {slot[1:] for slot in rule.target[1:] if slot.startswith("-")}
        slots = _any_slot(verb, noun)
        if rule.deep_target:
            slots += phrase_nouns(verb, slots)
        kept = [
            t
            for t in slots
            if t.lower_ not in named
            and t.lemma_.lower() not in named
            and not (t.dep_ == "pobj" and t.head.lower_ in passed)
        ]
        # "IFTAR AT ^ ^ +": each further '^' passes over a noun phrase, coded
        # or not ("with the parliament of X": the parliament, then X).
        return kept[rule.target.count(_PASS) :]
    for slot in rule.target:
        heads: list[Token] = []
        if slot == "dobj":
            heads = [c for c in direct_objects(verb) if c is not noun]
        elif slot == "dative":
            heads = [c for c in verb.children if c.dep_ == slot and c is not noun]
        else:
            holders = [verb] + ([noun] if noun is not None else [])
            holders += [c for c in verb.children if c.dep_ == "dobj" and c is not noun]
            # "agreed to a ceasefire with Hamas": the slot on a prepositional object.
            holders += _nested_nouns(holders[1:]) + _nested_nouns([verb])[:2]
            # "fired artillery, mortar and rocket fire at X": the phrase on
            # the last of the listed objects is that of them all.
            objects = [h for h in holders[1:] if h.head is verb or h is noun]
            holders += [
                c
                for h in objects
                for c in h.conjuncts
                if c.pos_ in ("NOUN", "PROPN") and c.i > h.i
            ]
            if rule.after:
                # "threatened to deal heavy blows to Kyiv": the act the
                # rule's purpose words name is the clause below, its slots
                # the act's own.
                holders += _purpose_clauses(verb)
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in ("prep", "dative") and child.lower_ == slot:
                        objects = [
                            g for g in child.children if g.dep_ == "pobj"
                        ] or _raised_objects(child, verb)
                        heads.extend(
                            g for g in objects if g.ent_type_ not in _TIME_ENTITIES
                        )
            if not heads and slot in particle_words:
                heads = [c for c in verb.children if c.dep_ == "dobj" and c is not noun]
            if not heads:
                heads = _particle_objects(verb, slot, noun)
        candidates.extend(heads[:1])
    if noun is not None:
        candidates.append(noun)  # "rejected a U.S. request", "North Korea's demand"
    if rule.code[:2] in _ASKING_ROOTS and rule.target:
        # "demanded that North Korea forsake its programme": the one asked.
        # "insisted on its demand that Moscow free them": the one the
        # demand's own that-clause asks.
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [c for c in demanded_clauses(verb) if c not in clauses]
        clauses += _for_clauses(verb)  # "called for Lima to hold elections"
        for clause in clauses:
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if not subjects and misread_clause(clause):
                # "that the government resign" read as one noun phrase,
                # whose head stands for the one asked
                subjects = [clause]
            candidates.extend(subjects[:1])
    return candidates


def _purpose_clauses(verb: Token) -> list[Token]:
    """The verbs of the subjectless infinitives below ``verb``, and their
    objects: where a rule's purpose words stand ("vowed to strike back
    against Riyadh")."""
    clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return clauses + [o for c in clauses for o in direct_objects(c)]


def _particle_objects(verb: Token, word: str, noun: Token | None) -> list[Token]:
    """The object after a preposition the parser took for a particle: "broke
    in a parade" parsed as "broke in" with "a parade" its object fills the
    slot of "in"."""
    particles = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == word]
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c is not noun and particles and c.i > particles[0].i
    ]


def _raised_objects(prep: Token, verb: Token) -> list[Token]:
    """The object a stranded preposition shares with the verb coordinated
    after it: "established ties with and opened an embassy in Hanoi" (with
    Hanoi)."""
    later = [c for c in verb.children if c.dep_ == "conj" and c.i > prep.i]
    if not later:
        return []
    other = later[0]
    holders = [other, *(c for c in other.children if c.dep_ == "dobj")]
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ in ("prep", "dative")
        for g in p.children
        if g.dep_ == "pobj"
    ][:1]


# Prepositions whose objects, inside the act's own phrases, may name the one
# acted upon when no slot of the rule does: "boycott all contact with the
# EU", "lift sanctions on imports to Chile", "launch an offensive in its war
# with Peru", "deploy troops in Bolivia".
_AIMED_PREPS = frozenset(
    "with to against on from for toward towards over into in".split()
)


def further_heads(verb: Token, noun: Token | None) -> list[Token]:
    """Nouns of the act's phrases that no slot names, nearest the verb first:
    the objects of its prepositions, and of the prepositions of its object
    and event noun, two levels deep."""
    holders = [verb, *([noun] if noun is not None else []), *direct_objects(verb)]
    found = _nested_nouns(holders, _AIMED_PREPS, skip=_TIME_ENTITIES)
    return sorted(set(found), key=lambda t: t.i)


def journey_ends(verb: Token) -> list[Token]:
    """Whom a journey or a dispatch goes to: the object of "visited Lima",
    the place of "sent experts to Nairobi"; the target of the act it is
    made for when that act names none."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [
        pobj
        for pobj in prep_objects(verb, ("to", "in"))
        if pobj.ent_type_ not in _TIME_ENTITIES
    ]
    return objects + places


_PASS = "^"


# How an imported pattern that names no slot reads a passive with no "by"
# phrase (``Rule.agentless``). TABARI's word sequences name the passives
# they code ("+ WAS_ * BY $"), so any other reads as written, its
# subject acting on the first actor of its phrase ("X was criticized over
# its row with Y": X at Y); PETRARCH 2's phrase syntax reads the subject as
# the one acted upon and the first actor of the verb's phrase as the one
# acting (Y at X).
AGENTLESS_AS_WRITTEN = "as written"
AGENTLESS_ACTED_UPON = "acted upon"


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive, also where the parser hangs it on the
    auxiliary ("X was heavily and unjustly criticized")."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    for aux in verb.children:
        if aux.dep_ in ("auxpass", "aux") and aux.i < verb.i:
            for child in aux.children:
                if child.dep_ in SUBJECT_DEPS and child.i < aux.i:
                    return child
    return subject_of(verb)


def passing(count: int) -> tuple[str, ...]:
    """A source slot for "the actor after the next ``count`` ones"."""
    return (*ANY_SLOT, *(_PASS,) * count)


def skipping(prepositions: list[str], more: int = 0) -> tuple[str, ...]:
    """Target slots for "any slot but the objects of these prepositions", and
    but the next ``more`` noun phrases after them."""
    return (*ANY_SLOT, *(f"-{p}" for p in prepositions), *(_PASS,) * more)


def _any_slot(verb: Token, noun: Token | None) -> list[Token]:
    """The object, then the objects of prepositions, nearest the verb first:
    "condemned an attack by X in Y" is aimed at X, "welcomed memos sent by
    X" at X; then the subject of the
    clause the verb governs: "conceded that X was right"."""
    objects = direct_objects(verb)
    objects += [c for c in verb.children if c.dep_ == "dative"]
    holders = [verb, *([noun] if noun is not None else []), *objects]
    # "welcomed memos sent by Chile": the phrases of a participle on the object.
    holders += [c for h in holders[1:] for c in h.children if c.dep_ == "acl"]
    agents = [
        pobj
        for acl in holders
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]
    found = [
        t for t in _nested_nouns(holders) + agents if t.ent_type_ not in _TIME_ENTITIES
    ]
    subjects = [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp" and clause.i > verb.i
        for s in clause.children
        if s.dep_ in SUBJECT_DEPS
    ]
    return objects + sorted(set(found), key=lambda t: t.i) + subjects


def phrase_nouns(verb: Token, found: list[Token]) -> list[Token]:
    """The words of the verb's phrase after it, in order, but those already
    ``found``: where PETRARCH looks for a target no slot names ("warned of
    the envoy of X", "signed a pact with X's government")."""
    set_off = {t.i for c in verb.children if _set_off(c) for t in c.subtree}
    return [
        t
        for t in verb.subtree
        if t.i > verb.i
        and t not in found
        and t.ent_type_ not in _TIME_ENTITIES
        and t.i not in set_off
    ]


def _set_off(prep: Token) -> bool:
    """A phrase that a subordinating word makes a clause of its own, with
    no verb: "while in detention in X", "when in X" say where the actor was,
    not whom the act was aimed at."""
    return prep.dep_ == "prep" and any(c.dep_ == "mark" for c in prep.children)


def _nested_nouns(
    nouns: list[Token],
    prepositions: Collection[str] | None = None,
    skip: Collection[str] = (),
) -> list[Token]:
    """Nouns inside the nouns' own prepositional phrases, two levels deep:
    "demanded the lifting of sanctions from the EU". Only the phrases of
    ``prepositions`` when given; no noun of an entity type in ``skip``."""
    found: list[Token] = []
    frontier = nouns
    for _ in range(2):
        frontier = [
            pobj
            for noun in frontier
            for prep in noun.children
            if prep.dep_ == "prep"
            and not _set_off(prep)
            and (prepositions is None or prep.lower_ in prepositions)
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ not in skip
        ]
        found.extend(frontier)
    return found


def resolve_all(head: Token, mentions: MentionIndex, avoid: str = "") -> list[Mention]:
    """The actors of a head and of the heads coordinated with it."""
    resolved: list[Mention] = []
    head = antecedent(head)
    # A subject of the next clause, hung on this phrase by the parser.
    split = [
        t.idx
        for t in head.subtree
        if t.i != head.i and t.dep_ == "conj" and opens_clause(t)
    ]
    for token in [head, *conjuncts(head)]:
        candidates = [mentions.mention(token, avoid=avoid)]
        if candidates[0] is None:
            # "the summit host, Canadian Prime Minister Mark Carney"; "1,800
            # of the striking teachers": a number of those the "of" names
            candidates = [
                mentions.mention(c, avoid=avoid)
                for c in token.children
                if c.dep_ == "appos"
            ] + [
                mentions.mention(g, avoid=avoid)
                for c in token.children
                if token.pos_ == "NUM" and c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        candidates += mentions.coordinated.get(token.i, [])
        candidates += _agents_of_list(token, mentions)
        for mention in candidates:
            if mention is None or any(mention.start <= i < mention.end for i in split):
                continue
            if mention.actor.code not in {m.actor.code for m in resolved}:
                resolved.append(mention)
    return resolved


def _agents_of_list(token: Token, mentions: MentionIndex) -> list[Mention]:
    """ "the envoys of Chile, Peru and Bolivia": the same agent for each
    country of the list its own country heads."""
    first = mentions.mention(token)
    if first is None or not first.actor.role or first.person:
        return []
    found: list[Mention] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
            continue
        for pobj in prep.children:
            owner = mentions.mention(pobj) if pobj.dep_ == "pobj" else None
            if owner is None or owner.actor.code != first.actor.country:
                continue
            for other in conjuncts(pobj):
                country = mentions.mention(other)
                if country is None or country.actor.role or not country.actor.country:
                    continue
                base = mentions.actors.country_actor(
                    country.actor.country, first.actor.role
                )
                actor = replace(base, entry=first.actor.entry)
                found.append(replace(first, actor=actor))
    return found


def conjuncts(token: Token) -> list[Token]:
    """The heads coordinated with ``token``, and the members of a list the
    parser took for appositions ("Chile, the Peruvians, Bolivia and Ecuador")
    or, before a name, for its modifiers ("Chile and the wealthy Peru")."""
    found = []
    stack = [token]
    if token.pos_ == "PROPN":
        stack += [
            c for c in token.lefts if c.dep_ in ("nmod", "compound") and _coordinated(c)
        ]
        found += stack[1:]
    while stack:
        current = stack.pop()
        listed = _coordinated(current)
        for child in current.children:
            if (
                (child.dep_ == "conj" or (child.dep_ == "appos" and listed))
                or (child.dep_ == "appos" and _coordinated(child))
            ) and (
                child.pos_ in ("PROPN", "NOUN", "PRON")
                and not opens_clause(child)
                and child not in found
            ):
                found.append(child)
                stack.append(child)
    return found


def _coordinated(token: Token) -> bool:
    """Whether a head has a conjunct of its own: a list goes on from it."""
    return any(
        c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in token.children
    )


# Nouns of the means or the deed of an attack, which stand where its
# perpetrator would when none is named: "a roadside bomb killed two soldiers",
# "was killed in a car bomb blast".
ATTACK_MEANS = frozenset(
    "bomb bombing blast explosion explosive device ied mine landmine grenade "
    "rocket missile mortar shell shelling bombardment artillery gunfire shooting "
    "ambush attack assault raid airstrike strike drone bullet".split()
)
# Nouns of people gathered, who protest where they are: "hundreds of people",
# "a group of refugees", "prisoners rioted".
_GATHERED = frozenset(
    "people group crowd thousand hundred dozen throng mob gathering".split()
)
# Prepositions of where an act took place: "in Mosul", "near the town of X".
_SCENE_PREPS = frozenset(
    "in at near outside inside around across on off throughout".split()
)
# Prepositions by which a phrase of place goes on: "the town of X", "the
# outskirts of X", "outside of X".
_SCENE_LINKS = frozenset({"of", "in", "near", "outside"})


def attack_means(verb: Token, subject: Token | None) -> list[Token]:
    """The nouns naming the means of a violent act, where they stand for
    whoever did it: the subject ("a minefield explosion killed"), the passive
    agent ("killed by an explosive device"), the phrase of a passive with no
    agent ("killed in a car bomb blast", "wounded during an ambush"), or the
    attempt an infinitive is on ("an attempt to kill the governor")."""
    if subject is not None:
        return [subject] if _is_means(subject) else []
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ATTEMPT_NOUNS:
        return [verb.head]  # "an attempt to kill the governor was foiled"
    if not is_passive(verb):
        return []
    return [pobj for pobj in prep_objects(verb, ("in", "during")) if _is_means(pobj)]


def _is_means(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in ATTACK_MEANS or noun.lower_ in ATTACK_MEANS
    )


def gathered_people(subject: Token | None) -> bool:
    """Whether a subject names people by their number or as a crowd rather
    than by whose they are: "up to 500 ethnic Kurds", "a group of students",
    "hundreds of thousands of people", "prisoners"."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if subject.lemma_.lower() in _GATHERED or subject.lower_ in _GATHERED:
        return True
    return subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ not in (
        "ORG",
        "GPE",
        "PERSON",
    )


def scene_mention(
    holders: list[Token],
    mentions: MentionIndex,
    preps: frozenset[str] = _SCENE_PREPS,
) -> Mention | None:
    """The first place where the act of ``holders`` (its verb, the nouns of
    its means) took place that stands for a country: "in Mosul", "near the
    town of Samarra", "outside the Malian city of Gao"; ``preps`` are the
    prepositions that may introduce it."""
    countries = mentions.actors.country_names
    frontier = [
        c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps
    ]
    for _ in range(4):
        found: list[Token] = []
        for prep in sorted(frontier, key=lambda t: t.i):
            for pobj in prep.children:
                if prep.dep_ == "prep" and pobj.dep_ == "prep":
                    found.append(pobj)  # "outside of ..."
                    continue
                if pobj.dep_ != "pobj":
                    continue
                mention = mentions.mention(pobj)
                if (
                    mention is not None
                    and mention.actor.country in countries
                    and _names_place(mention)
                ):
                    return mention
                found += [
                    c
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lower_ in _SCENE_LINKS
                ]
        frontier = found
    return None


def protested_heads(verb: Token, noun: Token | None) -> list[Token]:
    """Whom the purpose clause of a protest, or the protest it is part of,
    is against, where the protest names no one: "began a hunger strike to
    protest against Kenya's decision", "marched to protest the arrest of
    their leaders", "threw stones during protests against the police"."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    if noun is not None:
        clauses += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    # "threw stones during protests against the police"
    protests = [
        pobj
        for pobj in prep_objects(verb, ("during", "in", "at"))
        if pobj.lemma_.lower() in PROTEST_NOUNS
    ]
    heads: list[Token] = []
    for clause in clauses + protests:
        lemma = clause.lemma_.lower()
        if lemma in _AIM_VERBS and clause.pos_ == "VERB":
            # "to demand the resignation of the president", "to show their
            # anger at Chile's policies": what the aim is about, and whose.
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            heads += objects + _nested_nouns(objects)
            heads += prep_objects(clause, ("for", "from", "against"))
            continue
        if lemma not in PROTEST_VERBS | PROTEST_NOUNS:
            continue
        if clause.pos_ == "VERB":
            heads += [c for c in clause.children if c.dep_ == "dobj"]
        heads += prep_objects(clause, ("against", "over"))
    return heads


# Verbs of a protest's purpose clause that name what it asks or shows:
# "struck to demand ...", "marched calling for ...", "to show their anger".
_AIM_VERBS = frozenset("demand call press urge seek show express voice".split())


def _names_place(mention: Mention) -> bool:
    """Whether a mention names a place: a country, its capital, a city or
    region, a town ("the Malian town"); not a body ("the Kenyan government")."""
    entry = mention.actor.entry
    return (
        entry.startswith(("country ", "the city ", "the region "))
        or ": capital" in entry
        or mention.actor.role == "CVL"
    )
