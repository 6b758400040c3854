"""What a pronoun or "the two leaders" refers back to within an article.

:class:`Antecedents` remembers, in reading order, the people named, the last
pair named together and the actors named as subjects, and answers for a
pronoun the mentions it may stand for.

Notes:
    Pronouns follow the centering heuristic of Grosz, Joshi and Weinstein
    (1995): a subject pronoun ("he") refers to the most recent person who was
    the subject of a clause; an object pronoun ("him") to the most recent person
    named, other than the actor of its own event. "it" and "they" refer to the
    nearest organisation, country or plural actor named as a subject in the
    same or the previous sentence ("Turkey said it had asked ...", "the rebels
    said they ..."), and to no one when another candidate or another thing
    ("the plan", "the demands") stands between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from .models import Actor, Mention

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
_SUBJECT_PRONOUNS = {"he", "she"}
_OBJECT_PRONOUNS = {"him", "her"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_TAGS = ("NNS", "NNPS")
_SINGULAR_TAGS = ("NN", "NNP")
# Where a noun between a pronoun and its candidate is something done or said
# ("rejected the plan, saying it ..."): it may be what the pronoun means.
_THING_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"}
_NOT_THINGS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# "It is unclear whether ...", "it seems that ...": no one.
_IMPERSONAL_VERBS = {"be", "seem", "appear", "remain"}
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


@dataclass
class Seen:
    """A person named: ``mention`` None for one the dictionaries do not know."""

    index: int
    mention: Mention | None
    subject: bool


@dataclass
class Antecedents:
    """The people, pairs and subjects named so far in one article."""

    people: list[Seen] = field(default_factory=list)
    # The last two actors named together ("Xi and Putin"), for "the two leaders".
    pair: tuple[int, list[Mention]] | None = None
    # A plural subject named after the pair ("Aid groups said they ...") makes
    # "they" ambiguous.
    plural_since_pair: bool = False

    def note(self, token: Token) -> None:
        """Remember that a plural subject was named after the last pair."""
        if token.dep_ in SUBJECT_DEPS and token.tag_ in _PLURAL_TAGS:
            self.plural_since_pair = True

    def add_person(self, token: Token, mention: Mention | None) -> None:
        """A person named at ``token``; None for one the dictionaries do not know."""
        self.people.append(Seen(token.i, mention, token.dep_ in SUBJECT_DEPS))

    def remember_pair(self, head: Token, members: list[Mention]) -> None:
        """Two actors named together ("Xi and Putin")."""
        self.pair = (head.sent.start, members)
        self.plural_since_pair = False

    def pair_for(self, token: Token) -> list[Mention] | None:
        """ "the two leaders", "the two", "both sides": the last pair named
        together within the last few sentences; "they" only within the same
        or the previous sentence, where it can hardly mean anyone else."""
        if self.pair is None:
            return None
        start, members = self.pair
        reach = _PAIR_REACH_TOKENS
        if token.lower_ in ("they", "them") and token.pos_ == "PRON":
            if self.plural_since_pair:
                return None
            reach = token.sent.start - _previous_sentence_start(token)
        elif not _names_a_pair(token):
            return None
        if token.sent.start - start > reach:
            return None
        return [
            token_mention(
                token, replace(m.actor, entry=f"the two -> {m.text!r}"), m.person
            )
            for m in members
        ]

    def person_pronoun(self, token: Token) -> list[Mention] | None:
        """The people "he", "she", "him" or "her" may stand for, most likely
        first; None for any other word."""
        lower = token.lower_
        if lower in _SUBJECT_PRONOUNS and token.dep_ in SUBJECT_DEPS:
            ranked = [s for s in reversed(self.people) if s.subject]
        elif lower in _SUBJECT_PRONOUNS | _OBJECT_PRONOUNS:
            ranked = list(reversed(self.people))
        else:
            return None
        candidates: list[Mention] = []
        for seen in ranked:
            old = seen.mention
            if old is None:
                break  # someone unknown was named since: "him" may be them
            if old.actor.code in {c.actor.code for c in candidates}:
                continue
            actor = replace(old.actor, entry=f"pronoun -> {old.text!r}")
            candidates.append(token_mention(token, actor, True))
        return candidates


def actor_pronoun(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    """What "it", "its", "they", "them" or "their" stands for: the nearest
    actor of the same number named as a subject before it, in the same or the
    previous sentence; None when a different candidate or a thing of the same
    number comes between them."""
    lower = token.lower_
    if lower in _PLURAL_PRONOUNS:
        tags = _PLURAL_TAGS
    elif lower in _THING_PRONOUNS:
        tags = _SINGULAR_TAGS
        if lower == "it" and not _referring_it(token):
            return None
    else:
        return None
    reporter = _reporter_of_violated(token, by_token)
    if reporter is not None:
        actor = replace(reporter.actor, entry=f"pronoun -> {reporter.text!r}")
        return token_mention(token, actor, False)
    doc = token.doc
    codes: set[str] = set()
    for i in range(token.i - 1, _previous_sentence_start(token) - 1, -1):
        word = doc[i]
        if word.tag_ not in tags:
            continue
        found = by_token.get(i)
        if found is None or found.person or found.actor.entry.startswith("of "):
            if word.dep_ in _THING_DEPS and word.ent_type_ not in _NOT_THINGS:
                return None  # "rejected the plan, saying it ..."
            continue
        codes.add(found.actor.code)
        if len(codes) > 1:
            return None  # "Russia accused Ukraine ... it": either
        if word.dep_ in SUBJECT_DEPS:
            actor = replace(found.actor, entry=f"pronoun -> {found.text!r}")
            return token_mention(token, actor, False)
    return None


# What a state holds, whose violation a state reports to its own cost.
_HELD_NOUNS = {
    "airspace", "territory", "border", "frontier", "water", "sovereignty", "soil",
}  # fmt: skip
# Verbs of crossing or breaching what another holds, with it as their object
# or their preposition's ("violated its airspace", "encroached on its waters").
_VIOLATION_VERBS = {
    "violate", "breach", "infringe", "invade", "enter", "cross", "encroach",
    "intrude", "penetrate", "trespass",
}  # fmt: skip


# Verbs that charge their object with a violation: "accused Serbia of".
_CHARGE_VERBS = {"accuse", "charge", "suspect", "blame"}


def _reporter_of_violated(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The reporting subject a possessive in a reported violation stands for:
    "Ghana said that Togo had violated its airspace" (Ghana's airspace, not
    Togo's, which Togo cannot violate), as in "Ghana accused Togo of violating
    its airspace". Only where the one said to act is another actor and the
    reporter of the possessive's number."""
    held = token.head
    if token.dep_ != "poss" or held.lemma_.lower() not in _HELD_NOUNS:
        return None
    if any(c.lower_ == "own" for c in held.children):
        return None  # "violated its own airspace": the doer's
    verb = held.head
    if held.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif held.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _VIOLATION_VERBS:
        return None
    if verb.dep_ == "ccomp":
        reporting_verb = verb.head
        doer = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    elif (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in ("of", "with")
        and verb.head.head.lemma_.lower() in _CHARGE_VERBS
    ):
        # "accused Cambodia of violating its sovereignty", "charged ... with"
        reporting_verb = verb.head.head
        doer = next((c for c in reporting_verb.children if c.dep_ == "dobj"), None)
    else:
        return None
    tags = _PLURAL_TAGS if token.lower_ in _PLURAL_PRONOUNS else _SINGULAR_TAGS
    reporter = next(
        (c for c in reporting_verb.children if c.dep_ in SUBJECT_DEPS), None
    )
    if doer is None or reporter is None or reporter.tag_ not in tags:
        return None
    doing, reporting = by_token.get(doer.i), by_token.get(reporter.i)
    if doing is None or reporting is None or reporting.person:
        return None
    return reporting if doing.actor.code != reporting.actor.code else None


def _referring_it(token: Token) -> bool:
    """ "it" as the subject of a clause, not an impersonal "it is unclear
    whether", "it was reported that"."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if verb.lemma_.lower() in _IMPERSONAL_VERBS:
        return not any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in verb.children)
    return True


def _previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def _names_a_pair(token: Token) -> bool:
    """ "the two", "the two leaders", "both sides", "both"."""
    children = {c.lower_ for c in token.children}
    if token.lower_ == "two" and "the" in children and token.dep_ != "nummod":
        return True
    if token.lower_ == "both" and token.dep_ in SUBJECT_DEPS:
        return True
    if token.lemma_.lower() not in _PAIR_NOUNS or token.tag_ not in _PLURAL_TAGS:
        return False
    return ("two" in children and "the" in children) or "both" in children


def token_mention(token: Token, actor: Actor, person: bool) -> Mention:
    """A one-word mention: a pronoun, or "the two" standing for a pair."""
    return Mention(token.text, token.idx, token.idx + len(token.text), actor, person)


def span_mention(span: Span, actor: Actor, person: bool) -> Mention:
    """The mention of a phrase."""
    return Mention(span.text, span.start_char, span.end_char, actor, person)
