"""Small readings of a dependency parse that several stages share."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"that", "who", "which", "whom"}


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
