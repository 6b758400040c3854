"""Who speaks: speakers of quotes, and reported speech ("X said that ...").

:func:`describe_speaker` turns the subject of a verb of speaking into the
speaker's words and actor, resolving "he" and "she" to the person meant;
:func:`reported_speech` finds indirect speech: the clause a verb of saying
reports ("Putin said that talks would resume"), the clause around a
parenthetical "he said", and the clause an "according to X" attributes.

Notes:
    Reported speech follows the attribution relations of PARC and PolNeAR
    (Pareti, 2016; Newell et al., 2018): a source, a cue (the verb of saying)
    and a content (the clause it reports). Only verbs of communication count;
    beliefs and intentions ("thinks", "wants") are no speech.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .mentions import MentionIndex
from .models import Mention
from .syntax import subject_of

__all__ = [
    "REPORTING_VERBS",
    "Attribution",
    "according_source",
    "describe_speaker",
    "reported_speech",
]

# Verbs of saying that report a clause: "said (that) ...", "told reporters ...".
REPORTING_VERBS = frozenset(
    "say tell add state declare insist write warn note explain respond reply "
    "argue claim stress announce acknowledge admit tweet post report confirm "
    "deny predict promise vow pledge allege complain contend maintain emphasize "
    "emphasise suggest reveal concede assert assure caution recall testify "
    "inform remind".split()
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_SPEAKING_PRONOUNS = _PERSON_PRONOUNS | {"i", "we", "they", "you"}
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_ANTECEDENT_REACH = 3  # sentences back to look for the person "he" is
# Share of a reported clause's characters inside a direct quote above which
# the clause is the quote itself, already found as direct speech.
_QUOTED_SHARE = 0.5


@dataclass(frozen=True)
class Attribution:
    """A quote's span and who said it, before it becomes a :class:`Quote`."""

    start: int
    end: int
    sentence_index: int
    speaker_text: str
    speaker: Mention | None
    speaker_name: str = ""  # a person the dictionaries do not know, by name


Speaker = tuple[str, Mention | None, str]  # words, actor, name of an unknown person


def describe_speaker(head: Token, mentions: MentionIndex) -> Speaker:
    """The speaker a subject names: its words, its actor, or a person's name.

    "he" takes the actor of the person it refers to; when the dictionaries do
    not know that person, the name of the last person named as a subject in the
    sentences before.
    """
    mention = mentions.mention(head)
    if mention is not None:
        return mention.text, mention, ""
    left = min(
        (t.i for t in head.subtree if t.i <= head.i and not (t.is_punct or t.is_space)),
        default=head.i,
    )
    words = head.doc[left : head.i + 1].text
    if head.lower_ in _PERSON_PRONOUNS:
        return words, None, _antecedent_name(head)
    if head.ent_type_ == "PERSON":
        return words, None, words
    return words, None, ""


def can_speak(head: Token, mentions: MentionIndex) -> bool:
    """Whether a subject may be a speaker: a person, an actor or an organisation,
    not "it" or "the report"."""
    if mentions.mention(head) is not None:
        return True
    if head.pos_ == "PRON":
        return head.lower_ in _SPEAKING_PRONOUNS
    return head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def reported_speech(
    doc: Doc, mentions: MentionIndex, direct: Sequence[Attribution]
) -> list[Attribution]:
    """Indirect speech of an article, in text order; clauses that are mostly a
    direct quote are left to it."""
    found: list[Attribution] = []
    for index, sent in enumerate(doc.sents):
        for token in sent:
            reported = _reported(token, sent, mentions)
            if reported is None:
                continue
            (start, end), subject = reported
            if _mostly_quoted(start, end, direct):
                continue
            words, who, name = describe_speaker(subject, mentions)
            found.append(Attribution(start, end, index, words, who, name))
    return found


def _reported(
    token: Token, sent: Span, mentions: MentionIndex
) -> tuple[tuple[int, int], Token] | None:
    """The characters a verb of saying (or "according to") reports, and its source."""
    if token.lower_ == "according":
        source = according_source(token)
        if source is None:
            return None
        span = _rest_of_sentence(sent, token)
        return (span, source) if span else None
    if token.pos_ != "VERB" or token.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = subject_of(token)
    if subject is None or not can_speak(subject, mentions):
        return None
    complement = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if complement is not None:
        span = _clause(complement)
        return (span, subject) if span else None
    if token.dep_ == "parataxis" or (
        token.dep_ == "ccomp" and token.i > token.head.i and token.head.dep_ == "ROOT"
    ):
        # "The talks, he said, were useful." / "The talks were useful, he said."
        span = _rest_of_sentence(sent, token)
        return (span, subject) if span else None
    return None


def according_source(token: Token) -> Token | None:
    """The X of "according to X", given the word "according"."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        to = token.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    return objects[0] if objects else None


def _clause(head: Token) -> tuple[int, int] | None:
    words = [t for t in head.subtree]
    while words and (words[0].lower_ in _CLAUSE_MARKS or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 2:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _rest_of_sentence(sent: Span, cue: Token) -> tuple[int, int] | None:
    """The sentence less the cue's own phrase at its start or end; a cue in the
    middle ("The talks, he said, were useful") stays inside."""
    inside = {t.i for t in cue.subtree}
    rest = [t for t in sent if t.i not in inside]
    while rest and (rest[0].is_punct or rest[0].is_space):
        rest = rest[1:]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    if len(rest) < 2:
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1].text)


def _mostly_quoted(start: int, end: int, direct: Sequence[Attribution]) -> bool:
    quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in direct)
    return quoted > _QUOTED_SHARE * (end - start)


def _antecedent_name(pronoun: Token) -> str:
    """The last person named as a subject shortly before a pronoun."""
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(_ANTECEDENT_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if token.ent_type_ == "PERSON" and token.dep_ in ("nsubj", "nsubjpass"):
            left = min(t.i for t in token.subtree if t.ent_type_ == "PERSON")
            return doc[left : token.i + 1].text
    return ""
