"""Small readings of a dependency parse that several stages share."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"that", "who", "which", "whom"}
SPEAKER_PRONOUNS = {"it", "he", "she", "they"}


def is_infinitive(token: Token) -> bool:
    """ "to negotiate": the verb has the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, through control verbs, conjuncts and relatives.

    "Russia agreed to meet Ukraine": the subject of "meet" is "Russia";
    "troops that attacked the town": the subject of "attacked" is "troops";
    "Kurds marched in Kirkuk, calling for independence": "calling" is the Kurds'.
    """
    token = verb
    for _ in range(8):  # clause chains are never deeper than a few verbs
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    return token.head
                return child
        if token.dep_ == "relcl":
            return token.head
        # "... to urge Putin", and a participle clause of the same subject:
        # "Police opened fire, killing one person".
        if token.dep_ in ("xcomp", "conj") or (
            token.dep_ == "advcl" and (is_infinitive(token) or token.tag_ == "VBG")
        ):
            token = token.head
            if token.pos_ == "ADJ":
                token = token.head
            continue
        return None
    return None


def reporting_subject(pronoun: Token) -> Token | None:
    """The speaker a pronoun subject of reported speech most often stands for.

    "Japan said it would send aid", "Putin warned he would respond": the
    subject of the clause's reporting verb. None for any other token.
    """
    if pronoun.lower_ not in SPEAKER_PRONOUNS or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
