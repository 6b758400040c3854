"""Who someone is by the body they belong to: "the leader of Hamas",
"Hamas gunmen", "supporters of the ruling party", "thousands of protesters"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .actors import ActorDictionary
from .coreference import span_mention
from .entries import ORGANISATION_PREFIXES
from .models import Mention
from .phrases import (
    COUNTERPART,
    REPRESENTATIVE_NOUNS,
    SUPPORTER_NOUNS,
    same_side,
    supporters_role,
)


def affiliated_mention(
    actors: ActorDictionary, span: Span, words: str, body: Mention
) -> Mention | None:
    """Someone named by the body they belong to.

    Those who speak or act for a body ("the leader of Hamas", "members of
    the ruling party") and agents of its own kind ("Hamas gunmen") are the
    body; its supporters are coded by :func:`supporters_role`; other
    agents keep their own role in the body's country ("reporters at
    Egypt's state newspaper": Egypt's media).
    """
    actor = body.actor
    last = words.split()[-1]
    agent = actors.agents.get(words)
    if last in SUPPORTER_NOUNS:
        role = supporters_role(actor)
        if role is None:
            return None
        base = actors.country_actor(actor.country, role)
        entry = f"{last}s of {body.text!r}"
        return span_mention(span, replace(base, entry=entry), False)
    # An armed network of no one country ("al-Qaeda militants") has no role
    # of its own: those who bear arms for it are it.
    role = agent.role if agent is not None else ""
    armed = actor.code.startswith("IMG") and same_side(role, "UAF")
    if (
        last in REPRESENTATIVE_NOUNS
        or armed
        or (agent is not None and same_side(agent.role, actor.role))
    ):
        entry = f"{words} of {body.text!r} ({actor.entry})"
        return span_mention(span, replace(actor, entry=entry), False)
    if agent is None or agent.kind != "group" or agent.role == COUNTERPART:
        return None
    if actor.code.startswith(ORGANISATION_PREFIXES):
        return None
    base = actors.country_actor(actor.country, agent.role)
    entry = f"agent {words!r} of {body.text!r}"
    return span_mention(span, replace(base, entry=entry), False)


def of_object(head: Token) -> Token | None:
    """The object of a noun's "of" phrase: "protesters" in "thousands of protesters"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for member in prep.children:
                if member.dep_ == "pobj":
                    return member
    return None
