"""Why the coder coded what it did: a text explained, sentence by sentence.

For each sentence: the parse, the actors found and how each resolved (or why
a noun phrase stands for no actor), each verb with the mood of its clause and
the rule that fired on it or why none did, and the events with their
confidence::

    >>> explanation = explain_sentence(pipeline, "Kenya condemned Uganda.", day)
    >>> explanation.sentences[0].verbs[0].rule.id
    '111.criticize'

The events are the coder's own (the same code path as ``eventwire code``);
the reasons for a verb that coded nothing retrace the coder's matching steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from spacy.tokens import Span, Token

from .coding.modality import (
    CONDITION_MARKS,
    CONTENT_VERBS,
    DOUBTING_VERBS,
    FUTURE_AUX,
    HYPOTHETICAL_ADJECTIVES,
    HYPOTHETICAL_AUX,
    INTENT_ADJECTIVES,
    INTENT_VERBS,
    NEGATING_VERBS,
    NEGATIONS,
    THREAT_VERBS,
    clause_mood,
)
from .coding.rules import (
    Coding,
    _events,
)
from .coding.slots import (
    clause_lemmas,
    event_noun,
    is_passive,
    noun_negated,
    passive_agent,
    resolve_all,
    verb_form,
    verb_particles,
    words_fit,
)
from .coding.verbs import Rule
from .confidence import event_features, resolution_kind
from .errors import EventDataError
from .mentions import MentionIndex
from .models import Article, Event, Mention
from .pipeline import Pipeline, code_events, index_mentions
from .resolve import why_unresolved
from .sources import article_id_for
from .syntax import is_infinitive, subject_of

__all__ = ["Explanation", "explain_sentence"]

# Where a noun phrase can stand for a party to an event.
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj"}
_TIME_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"}
_RELATIVE = {"that", "which", "who", "whom", "what", "whose"}
# Words of the governing clause that say what kind of act its complement is.
_GOVERNORS = (
    (DOUBTING_VERBS, "denied or doubted: no event"),
    (NEGATING_VERBS, "refused or failed: no event"),
    (THREAT_VERBS, "threatened"),
    (INTENT_VERBS | INTENT_ADJECTIVES, "intended"),
    (CONTENT_VERBS, "only asked for: no event"),
    (HYPOTHETICAL_ADJECTIVES, "only possible: no event"),
)


@dataclass(frozen=True)
class TokenInfo:
    """One token of the parse."""

    index: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int


@dataclass(frozen=True)
class ActorInfo:
    """A noun phrase and the actor it stands for, or why none."""

    text: str
    code: str  # "" when the phrase stands for no actor
    name: str
    how: str  # see confidence.resolution_kind; "uncoded" when none
    entry: str  # the dictionary entry or rule that resolved it, or why not


@dataclass(frozen=True)
class RuleInfo:
    """A rule of the verb dictionary, where it is written and what it codes."""

    id: str
    origin: str  # file:line
    code: str
    label: str


@dataclass(frozen=True)
class VerbInfo:
    """A verb, the mood of its clause, and what the rules made of it."""

    index: int
    text: str
    lemma: str
    mood: str  # actual, intended, threatened, or none (no act event)
    cues: tuple[str, ...]  # the words that set the mood
    rule: RuleInfo | None  # the rule that fired, or that matched but coded nothing
    fired: bool
    why: str


@dataclass(frozen=True)
class EventInfo:
    """A coded event, the rule behind it and the facts its confidence weighs."""

    event: Event
    rule: RuleInfo
    features: dict[str, float]  # the non-zero ones
    inferred: str = ""  # how a source the sentence names no one for was found


@dataclass(frozen=True)
class SentenceExplanation:
    text: str
    tokens: tuple[TokenInfo, ...]
    actors: tuple[ActorInfo, ...]
    verbs: tuple[VerbInfo, ...]
    events: tuple[EventInfo, ...]


@dataclass(frozen=True)
class Explanation:
    """A text explained: one entry per sentence."""

    text: str
    published: dt.date
    sentences: tuple[SentenceExplanation, ...]

    def to_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["published"] = self.published.isoformat()
        return found


def explain_sentence(pipeline: Pipeline, text: str, published: dt.date) -> Explanation:
    """Explain how ``text`` (a sentence, or a few) is coded on ``published``.

    Earlier sentences of ``text`` are context: pronouns and titles refer back.

    Raises:
        EventDataError: the text is empty.
    """
    text = text.strip()
    if not text:
        raise EventDataError("give a sentence to explain")
    resources = pipeline.resources
    doc = pipeline.nlp(text)
    article = Article(article_id_for(text), text, published)
    mentions, _ = index_mentions(doc, resources, published)
    pairs = list(code_events(doc, article, resources, mentions, published))
    sentences = []
    for sent in doc.sents:
        inside = [(c, e) for c, e in pairs if sent.start <= c.verb.i < sent.end]
        sentences.append(
            SentenceExplanation(
                text=sent.text.strip(),
                tokens=tuple(
                    TokenInfo(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i)
                    for t in sent
                ),
                actors=tuple(_actors(sent, mentions, pipeline, published)),
                verbs=tuple(
                    _verb(t, inside, pipeline, mentions, published)
                    for t in sent
                    if t.pos_ == "VERB"
                ),
                events=tuple(
                    EventInfo(
                        event,
                        _rule_info(coding.rule, pipeline),
                        {k: v for k, v in event_features(coding).items() if v},
                        _inferred(coding.source.actor.entry),
                    )
                    for coding, event in inside
                ),
            )
        )
    return Explanation(text, published, tuple(sentences))


# -- actors -------------------------------------------------------------------


def _actors(
    sent: Span, mentions: MentionIndex, pipeline: Pipeline, on: dt.date
) -> list[ActorInfo]:
    """Each mention of the sentence, then each party no mention covers, in
    the order of the text."""
    found: list[tuple[int, ActorInfo]] = []
    covered: set[int] = set()
    for token in sent:
        candidates = mentions.pronouns.get(token.i) or []
        own = candidates[:1] or [m for m in [mentions.mention(token)] if m]
        for mention in [*own, *mentions.coordinated.get(token.i, [])]:
            found.append((mention.start, _actor_info(mention)))
            covered.update(range(mention.start, mention.end))
    for token in sent:
        if _uncoded_party(token, covered):
            reason = why_unresolved(token, pipeline, on)
            phrase = token.doc[token.left_edge.i : token.i + 1]
            info = ActorInfo(phrase.text, "", "", "uncoded", reason)
            found.append((phrase.start_char, info))
    return [info for _, info in sorted(found, key=lambda pair: pair[0])]


def _actor_info(mention: Mention) -> ActorInfo:
    actor = mention.actor
    kind = resolution_kind(actor.entry)
    entry = actor.entry
    if kind == "counterpart":
        entry = "counterpart: the other side's holder of the source's role"
    return ActorInfo(mention.text, actor.code, actor.name, kind, entry)


def _uncoded_party(token: Token, covered: set[int]) -> bool:
    """A noun phrase head where a party could stand that no mention covers."""
    return (
        token.pos_ in ("PROPN", "NOUN", "PRON")
        and token.dep_ in _PARTY_DEPS
        and token.ent_type_ not in _TIME_ENTITIES
        and token.lower_ not in _RELATIVE
        and token.idx not in covered
    )


# -- verbs --------------------------------------------------------------------


def _verb(
    token: Token,
    pairs: list[tuple[Coding, Event]],
    pipeline: Pipeline,
    mentions: MentionIndex,
    on: dt.date,
) -> VerbInfo:
    mood = clause_mood(token)
    cues = tuple(_mood_cues(token))

    def info(rule: Rule | None, fired: bool, why: str) -> VerbInfo:
        ruled = _rule_info(rule, pipeline) if rule is not None else None
        return VerbInfo(
            token.i, token.text, token.lemma_, mood, cues, ruled, fired, why
        )

    coded = [(c, e) for c, e in pairs if c.verb.i == token.i]
    if coded:
        coding = coded[0][0]
        codes = ", ".join(dict.fromkeys(f"{e.cameo} {e.modality}" for _, e in coded))
        return info(coding.rule, True, f"coded {codes} by rule {coding.rule.id}")
    for coding, _ in pairs:
        if coding.rule.fallback and token.head.i == coding.verb.i:
            why = (
                f"no rule of its own; coded through {coding.verb.text!r} "
                f"by its wrapper rule {coding.rule.id}"
            )
            return info(None, False, why)
    rule, why = _diagnose(token, pipeline, mentions, on)
    if rule is None:
        carried = _governed_event(token, pairs)
        if carried:
            why += f"; the act it governs, {carried!r}, carries the event"
    return info(rule, False, why)


def _governed_event(token: Token, pairs: list[tuple[Coding, Event]]) -> str:
    for coding, _ in pairs:
        verb = coding.verb
        if verb.i != token.i and token in verb.ancestors:
            return verb.text
    return ""


def _diagnose(
    verb: Token, pipeline: Pipeline, mentions: MentionIndex, on: dt.date
) -> tuple[Rule | None, str]:
    """Why no rule coded an event on ``verb``, retracing the coder's steps."""
    verbs = pipeline.resources.verbs
    lemma = verb.lemma_.lower()
    candidates = verbs.for_verb(lemma, verb_form(verb))
    if not candidates:
        fallback = verbs.fallbacks.get(lemma)
        if fallback is not None:
            return fallback, (
                f"only the wrapper rule {fallback.id}, used when the act it wraps "
                "matches no rule and the clause is actual; it did not apply here"
            )
        return None, f"no rule for the verb {lemma!r}"
    misses: list[str] = []
    for rule, pattern in candidates:
        particles = verb_particles(verb, pattern)
        if particles is None:
            misses.append(f"{rule.id} needs {' '.join([lemma, *pattern.particles])!r}")
            continue
        noun = event_noun(verb, rule)
        if rule.nouns and noun is None:
            misses.append(f"{rule.id} needs an object such as {_some(rule.nouns)}")
            continue
        if rule.context and not rule.context & clause_lemmas(verb):
            misses.append(f"{rule.id} needs a word such as {_some(rule.context)}")
            continue
        if not words_fit(verb, rule):
            misses.append(f"{rule.id} needs words around the verb that are not here")
            continue
        mood = clause_mood(verb, negation_ok=rule.negated)
        if mood == "none":
            cues = "; ".join(_mood_cues(verb)) or "its clause"
            return rule, f"rule {rule.id} matched, but the act is not stated ({cues})"
        if noun_negated(noun):
            return rule, f"rule {rule.id} matched, but its noun is negated ('no')"
        if not _events(verb, noun, particles, rule, mood, mentions):
            return rule, f"rule {rule.id} matched, but " + _no_dyad(
                verb, rule, mentions, pipeline, on
            )
        return rule, (
            f"rule {rule.id} matched, but the coder kept no event here "
            "(a figurative use, a false friend, or the same event found elsewhere)"
        )
    return None, f"rules for {lemma!r} need more: " + "; ".join(misses[:4])


def _no_dyad(
    verb: Token, rule: Rule, mentions: MentionIndex, pipeline: Pipeline, on: dt.date
) -> str:
    if rule.source:
        return "no actor stands in its source slot"
    subject = passive_agent(verb) if is_passive(verb) else subject_of(verb)
    if subject is None:
        if is_passive(verb):
            return "no source: a passive with no 'by' phrase names no one acting"
        return "no source: the verb has no subject"
    if not resolve_all(subject, mentions):
        phrase = verb.doc[subject.left_edge.i : subject.i + 1].text
        reason = why_unresolved(subject, pipeline, on)
        return f"no source: its subject {phrase!r} stands for no actor ({reason})"
    slots = ", ".join(rule.target) or "none"
    return (
        f"no target: no slot the rule names ({slots}) holds an actor other "
        "than the source, and the rule codes no one-sided event"
    )


def _mood_cues(verb: Token) -> list[str]:
    """The words along the clause chain that make an act actual or not."""
    cues: list[str] = []
    token = verb
    for _ in range(8):
        for child in token.children:
            word, dep = child.lower_, child.dep_
            if dep == "neg" or (word in NEGATIONS and dep == "advmod"):
                cues.append(f"negated by {child.text!r}")
            elif dep in ("aux", "auxpass") and word in HYPOTHETICAL_AUX:
                cues.append(f"hypothetical {child.text!r}")
            elif dep in ("aux", "auxpass") and word in FUTURE_AUX:
                cues.append(f"future {child.text!r}")
            elif dep == "mark" and word in CONDITION_MARKS:
                cues.append(f"conditional {child.text!r}")
        head, dep = token.head, token.dep_
        # The clause chain is climbed where the coder climbs it (see
        # coding.modality.clause_mood).
        climb = head is not token and (
            dep == "xcomp"
            or (dep == "advcl" and is_infinitive(token) and head.pos_ == "ADJ")
            or (dep == "conj" and head.pos_ in ("VERB", "AUX"))
        )
        if climb and dep != "conj" or dep == "ccomp":
            lemma = head.lemma_.lower()
            for words, meaning in _GOVERNORS:
                if lemma in words:
                    cues.append(f"under {head.text!r}: {meaning}")
                    break
        if not climb:
            break
        token = head.head if head.pos_ == "ADJ" else head
    return cues


def _inferred(entry: str) -> str:
    """The part of an actor's entry that says how the coder inferred it
    ("inferred: an act of violence with no one named doing it, ..."), or ""
    for an actor the sentence names."""
    _, found, how = entry.partition("inferred: ")
    return f"inferred: {how}" if found else ""


def _rule_info(rule: Rule, pipeline: Pipeline) -> RuleInfo:
    codebook = pipeline.resources.codebook
    label = codebook[rule.code].name if rule.code in codebook else ""
    return RuleInfo(rule.id, rule.origin, rule.code, label)


def _some(words: frozenset[str]) -> str:
    listed = sorted(words)
    more = ", ..." if len(listed) > 3 else ""
    return ", ".join(repr(w) for w in listed[:3]) + more


# -- text ---------------------------------------------------------------------


def render_text(explanation: Explanation) -> str:
    """The explanation as a plain-text report."""
    lines: list[str] = []
    for number, sent in enumerate(explanation.sentences, 1):
        lines.append(f"Sentence {number}: {sent.text}")
        lines.append("  Parse (index, word, lemma, part of speech, relation, head):")
        for t in sent.tokens:
            lines.append(
                f"    {t.index:>3} {t.text:<14} {t.lemma:<14} {t.pos:<6} "
                f"{t.dep:<10} {t.head}"
            )
        lines.append("  Actors:")
        for a in sent.actors:
            code = a.code or "-"
            lines.append(f"    {a.text!r} -> {code} {a.name} [{a.how}: {a.entry}]")
        if not sent.actors:
            lines.append("    (none)")
        lines.append("  Verbs:")
        for v in sent.verbs:
            cues = f" ({'; '.join(v.cues)})" if v.cues else ""
            lines.append(f"    {v.text!r} ({v.lemma}) mood {v.mood}{cues}")
            if v.rule is not None:
                r = v.rule
                lines.append(f"      rule {r.id} at {r.origin}: {r.code} {r.label}")
            lines.append(f"      {v.why}")
        if not sent.verbs:
            lines.append("    (no verb)")
        lines.append("  Events:")
        for found in sent.events:
            e = found.event
            lines.append(
                f"    {e.source_code} -> {e.target_code or '-'} {e.cameo} "
                f"{e.event_label} [{e.modality}] confidence {e.confidence:.2f} "
                f"rule {found.rule.id} ({found.rule.origin}) trigger {e.trigger!r}"
            )
            if found.inferred:
                lines.append(f"      source {found.inferred}")
        if not sent.events:
            lines.append("    (none)")
    return "\n".join(lines)
