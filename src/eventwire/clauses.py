"""Clauses of a parsed sentence: their tense, and which phrases belong to them.

Dates and places share one question: of the phrases a sentence holds ("on
Friday", "in Anchorage"), which belongs to the clause of a given event? And
dates ask another: is that clause past or future? Both are answered here from
the dependency parse, so that neither stage has to import the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from .syntax import is_infinitive

__all__ = [
    "Tense",
    "all_attached",
    "attached",
    "clause_tense",
    "distance",
    "nearest",
    "tokens",
]

Tense = Literal["past", "future", "unknown"]

# Words that, in a governing verb or its auxiliaries, put a clause in the future:
# "is set to", "is due to", "is scheduled for", "plans to", "is expected to".
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_FUTURE_LEMMAS = frozenset(
    {"set", "due", "schedule", "slate", "plan", "expect", "intend", "poise", "aim"}
)
_FUTURE_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "going to|due to|set to|plan to|plans to|expected to|is to|are to".split("|")
    )
)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


class Located(Protocol):
    """Anything with article character offsets: a date, a place."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering article characters start..end."""
    return doc.char_span(start, end, alignment_mode="expand")


def clause_tense(sent: Span, start: int, end: int) -> Tense:
    """Decide whether the clause holding article characters start..end is past,
    future or of unknown tense.

    Walks up from the phrase to the first verb that shows its tense: "will" (or a
    present "is set/due/scheduled/expected to", "plans to", "is to", "is going to")
    makes it future; a past or perfect verb makes it past; a plain present leaves it
    unknown. Infinitives ("to visit") defer to the verb above. Without a parse, or
    when the parse shows nothing, future phrases anywhere in the sentence decide.
    """
    doc = sent.doc
    span = tokens(doc, start, end)
    if span is not None and doc.has_annotation("DEP"):
        token: Token = span.root
        while token.head.i != token.i:
            token = token.head
            if is_infinitive(token):
                if token.dep_ == "ROOT":
                    return "future"  # a headline: "Markets to stay closed"
                if token.dep_ in ("acl", "advcl"):
                    # "a plan to meet in June", "picked them to run through
                    # June": a purpose may lie on either side of publication.
                    return "unknown"
                continue  # "agreed to meet", "is due to be published"
            tense = _verb_tense(token)
            if tense is not None:
                return tense
    words = [t.lower_ for t in sent]
    if any(w in _FUTURE_AUX for w in words) or any(
        pair in _FUTURE_PHRASES for pair in zip(words, words[1:], strict=False)
    ):
        return "future"
    return "unknown"


def _verb_tense(token: Token) -> Tense | None:
    """The tense one verb shows, or None when it shows none (not a verb, "to go")."""
    if not token.tag_.startswith(("VB", "MD")) and token.pos_ not in ("VERB", "AUX"):
        return None
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(h.lower_ in _FUTURE_AUX for h in helpers):
        return "future"
    words = [token, *helpers, *(c for c in token.children if c.dep_ == "acomp")]
    present = any(w.tag_ in _PRESENT_TAGS for w in (token, *helpers))
    to_clause = any(c.dep_ == "xcomp" for c in token.children)
    if present and (
        any(w.lemma_.lower() in _FUTURE_LEMMAS for w in words)
        or (token.lemma_ in ("be", "go") and to_clause)
    ):
        return "future"
    if token.tag_ == "VBD" or any(
        h.tag_ == "VBD" or h.lemma_ == "have" for h in helpers
    ):
        return "past"
    if token.tag_ == "VBN" and not present:
        return "past"
    if present:
        return "unknown"
    return None


def attached(trigger_start: int, phrases: Sequence[L], sent: Span) -> L | None:
    """The phrase that belongs to the clause of the trigger at ``trigger_start``.

    A phrase belongs to it when its head lies below the trigger itself ("talks on
    Friday", "strikes near Kharkiv") or below the trigger's clause verb ("met ...
    in Anchorage") with no other verb in between. Of several, the one fewest
    dependency steps away, then the nearest. None without a parse, or when no
    phrase belongs to that clause.
    """
    found = all_attached(trigger_start, phrases, sent)
    return found[0] if found else None


def all_attached(
    trigger_start: int, phrases: Sequence[L], sent: Span, conjuncts: bool = False
) -> list[L]:
    """Every phrase of the trigger's clause, the most closely attached first.

    With ``conjuncts``, a phrase of a verb coordinated below the trigger's verb
    counts too ("were killed and wounded in Manbij"), and so does one of an
    adverbial clause below it ("was shot while filming protests in Oaxaca").
    """
    if not sent.doc.has_annotation("DEP"):
        return []
    trigger = next(
        (t for t in sent if t.idx <= trigger_start < t.idx + len(t.text)), None
    )
    if trigger is None:
        return []
    verb: Token | None = trigger
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    ranked: list[tuple[tuple[int, int], int, int, L]] = []
    for phrase in phrases:
        span = tokens(sent.doc, phrase.start, phrase.end)
        if span is None:
            continue
        rank = _attachment(span.root, trigger, verb, conjuncts)
        if rank is not None:
            ranked.append((rank, distance(trigger_start, phrase), phrase.start, phrase))
    return [r[3] for r in sorted(ranked, key=lambda r: r[:3])]


def _attachment(
    head: Token, trigger: Token, verb: Token | None, conjuncts: bool = False
) -> tuple[int, int] | None:
    """How closely a phrase attaches to the trigger: (0 trigger / 1 verb, steps).

    None when the phrase belongs to another clause: a different verb stands
    between it and the trigger's verb, or it is not below that verb at all.
    """
    token, steps = head, 0
    while True:
        if token.i == trigger.i:
            return 0, steps
        if verb is not None and token.i == verb.i:
            return 1, steps
        if token.i != head.i and (
            token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ != "aux")
        ):
            if not (conjuncts and verb is not None and _shares_scene(token)):
                return None
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1


def _shares_scene(verb: Token) -> bool:
    """A coordinated verb, or an adverbial clause ("when a bomber detonated
    ...", "while filming"), happens where its main clause does."""
    return verb.dep_ in ("conj", "advcl")


def nearest(position: int, phrases: Sequence[L]) -> L:
    """The phrase nearest to an article character position (the first on a tie)."""
    return min(phrases, key=lambda p: (distance(position, p), p.start))


def distance(position: int, phrase: Located) -> int:
    """Characters between a position and a phrase; 0 inside it."""
    if phrase.start <= position < phrase.end:
        return 0
    return min(abs(position - phrase.start), abs(position - phrase.end))
