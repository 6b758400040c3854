"""How a name or a phrase resolves to an actor on a date, and why.

The actor layer explained for one phrase, alone or in the text around it::

    >>> resolve_phrase(pipeline, "the Russian foreign minister", dt.date(2019, 5, 1))
    [Resolution(text='the Russian foreign minister', actor=Actor('RUSGOV',
     'Sergei Lavrov', ...), reason='Foreign Minister 2004-03-09.. (...)')]

A phrase that resolves to nothing says why, rather than being guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .errors import EventDataError
from .mentions import MentionIndex, as_counterpart
from .models import Actor, Mention
from .phrases import (
    COUNTERPART,
    RELATIONAL_NOUNS,
    adjective_country,
    agent_phrase,
    core_tokens,
    without_stance,
)
from .pipeline import Pipeline
from .syntax import SUBJECT_DEPS, subject_of

__all__ = ["Resolution", "resolve_phrase", "why_unresolved"]


@dataclass(frozen=True)
class Resolution:
    """One mention of a phrase: the actor it stands for, or why none."""

    text: str
    start: int  # character offsets in the text that was parsed
    end: int
    actor: Actor | None
    reason: str  # the entry or rule that resolved it, or why nothing did


def resolve_phrase(
    pipeline: Pipeline, phrase: str, on: dt.date, context: str = ""
) -> list[Resolution]:
    """The mentions in ``phrase``, resolved on ``on``.

    With ``context`` the phrase is resolved where it last occurs in that text,
    so pronouns, titles and "the two leaders" can refer back; alone it is
    parsed as the subject of a short sentence.

    Raises:
        EventDataError: the phrase is empty or not in the context.
    """
    phrase = phrase.strip()
    if not phrase:
        raise EventDataError("give a name or a phrase to resolve")
    if context:
        start = context.lower().rfind(phrase.lower())
        if start < 0:
            raise EventDataError(f"{phrase!r} does not occur in the context text")
        text = context
    else:
        text, start = f"{phrase} said.", 0
    doc = pipeline.nlp(text)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    if span is None:  # pragma: no cover - expand always finds tokens
        raise EventDataError(f"{phrase!r} covers no words")
    resources = pipeline.resources
    index = MentionIndex.build(doc, resources.actors, on, places=resources.gazetteer)
    root = span.root
    found = _mentions_at(root, index)
    for token in span:
        # "the two leaders" is kept on "two"; a possessor ("Russia's
        # partner") is someone else's mention and does not count.
        if not found and token.dep_ not in ("poss", "case", "pobj"):
            found = _mentions_at(token, index)
    if not found:
        reason = why_unresolved(root, pipeline, on)
        return [Resolution(span.text, span.start_char, span.end_char, None, reason)]
    return [Resolution(m.text, m.start, m.end, m.actor, m.actor.entry) for m in found]


def _mentions_at(token: Token, index: MentionIndex) -> list[Mention]:
    """The mention headed by ``token`` and those coordinated with it, read as
    the coder reads them: an object is not its own clause's subject, and a
    counterpart takes the subject's role."""
    subject = subject_of(token.head) if token.dep_ not in SUBJECT_DEPS else None
    source = index.mention(subject) if subject is not None else None
    mention = index.mention(token, avoid=source.actor.code if source else "")
    if mention is None:
        return []
    if mention.actor.entry == COUNTERPART and source is not None:
        mention = as_counterpart(mention, source)
    return [mention, *index.coordinated.get(token.i, [])]


def why_unresolved(token: Token, pipeline: Pipeline, on: dt.date) -> str:
    """Why a phrase's head stands for no actor, in the terms of the layer."""
    actors = pipeline.resources.actors
    name = _name_of(token)
    tenures = actors.people.get(name.lower(), [])
    people = sorted({t.name for t in tenures})
    if len(people) > 1:
        return (
            f"{name!r} may be any of {', '.join(people)}, and not exactly one "
            f"of them held office on {on}: left uncoded rather than guessed"
        )
    if token.pos_ == "PRON":
        return (
            "a pronoun with no single person, or organisation, country or "
            "group of its number named as a subject just before it, that it "
            "can refer to"
        )
    words = {child.lower_ for child in token.children} | {token.lower_}
    if {"two", "both"} & words:
        return (
            "'the two' and 'both' stand for the last pair named together "
            "('Xi and Putin'), and no pair was named in the sentences before"
        )
    lemma = token.lemma_.lower()
    if lemma in RELATIONAL_NOUNS:
        return (
            f"{lemma!r} names someone other than its possessor "
            '("Russia\'s partner" is not Russia): left uncoded'
        )
    agent = lemma if lemma in actors.agents or token.lower_ in actors.agents else ""
    if not agent and token.pos_ == "PROPN":
        # a body's name that is an agent noun: "the National Guard"
        found = agent_phrase(core_tokens(token), actors)
        agent = found[0] if found else ""
    if agent:
        subtree = list(token.subtree)
        if not adjective_country(without_stance(subtree, actors), actors):
            stance = adjective_country(subtree, actors)
            besides = f" ('anti-' or 'pro-' {stance} is a stance)" if stance else ""
            return (
                f"the agent noun {agent!r} has no country here (no adjective, "
                "possessor or 'of' country, and no earlier holder of the title)"
                + besides
            )
    titles = [
        t.lemma_.lower() for t in token.lefts if t.lemma_.lower() in actors.agents
    ]
    if titles:
        return (
            f"the title {titles[0]!r} before the unknown name {name!r} gives no "
            "country (no adjective, and not exactly one country named in the "
            "sentence or the article before it)"
        )
    if token.ent_type_ == "PERSON":
        return f"{name!r} is a person the dictionaries do not know"
    return f"no known name, title or agent noun in {name!r}"


def _name_of(token: Token) -> str:
    doc: Doc = token.doc
    first = token.i
    while first > 0 and doc[first - 1].dep_ in ("compound", "flat"):
        first -= 1
    return doc[first : token.i + 1].text
