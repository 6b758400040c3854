"""Small readings of a dependency parse that several stages share."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"that", "who", "which", "whom"}
SPEAKER_PRONOUNS = {"it", "he", "she", "they"}
# "After meeting Modi, Biden praised India": the gerund's subject is Biden's.


def prep_objects(token: Token, prepositions: Collection[str]) -> list[Token]:
    """The objects of ``token``'s prepositions that are among
    ``prepositions``, in order: [blast] in "killed in a blast" for ("in",)."""
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def direct_objects(verb: Token) -> list[Token]:
    """The verb's objects, with one a number phrase hides: "kidnapped up to
    twelve aid workers" is parsed with "up" a particle and "workers" the
    object of "to"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    if found:
        return found
    ups = [c for c in verb.children if c.lower_ == "up" and c.dep_ == "prt"]
    # "to" hangs on the verb or on "up" itself
    holders = [verb, *ups]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    return [
        pobj
        for prep in preps
        if prep.lower_ == "to" and any(prep.i - 1 == up.i for up in ups)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and any(n.dep_ == "nummod" and n.pos_ == "NUM" for n in pobj.children)
    ]


def is_infinitive(token: Token) -> bool:
    """ "to negotiate": the verb has the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def misread_subject(token: Token) -> bool:
    """Whether a name the parser hung on a finite verb as a compound
    ("Ethiopia act on the resolution") is the verb's subject."""
    verb = token.head
    return (
        token.dep_ == "compound"
        and token.pos_ == "PROPN"
        and token.i < verb.i
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBP", "VBZ", "VBD")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def misread_clause_name(token: Token) -> bool:
    """Whether a name is the subject of a that-clause whose verb the parser
    read as a noun, with the name its modifier: "Ruto" in "demanded that
    President Ruto resign", "Orban" in "that Prime Minister Orban step down"
    (where the title alone may be taken for the subject)."""
    clause = token.head
    return (
        token.dep_ == "compound"
        and token.pos_ == "PROPN"
        and token.i + 1 == clause.i
        and clause.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def title_before(name: Token) -> Token | None:
    """The title subject the parser split from the name after it ("Prime
    Minister" in "that Prime Minister Orban step down"), if any."""
    start = name.i
    while start > name.sent.start and name.doc[start - 1].head is name:
        start -= 1  # the name's own first words: "Viktor" of "Viktor Orban"
    return next(
        (
            c
            for c in name.head.children
            if c.dep_ in SUBJECT_DEPS
            and c.right_edge.i + 1 == start
            and c.pos_ == "PROPN"
            and c.is_title
        ),
        None,
    )


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, a name first where the parser split one phrase
    into two subjects side by side ("Old rivals Chile and Peru signed")."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    found = found or [c for c in verb.children if misread_subject(c)]
    if len(found) == 2 and found[0].right_edge.i + 1 == found[1].left_edge.i:
        if found[1].pos_ == "PROPN" and found[0].pos_ == "NOUN":
            return [found[1], found[0]]
    return found


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, through control verbs, conjuncts and relatives.

    "Russia agreed to meet Ukraine": the subject of "meet" is "Russia";
    "troops that attacked the town": the subject of "attacked" is "troops";
    "Kurds marched in Kirkuk, calling for independence": "calling" is the Kurds'.
    """
    token = verb
    for _ in range(8):  # clause chains are never deeper than a few verbs
        for child in _subjects(token):
            if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return relative_head(token)
            return child
        if _states_purpose(token):
            # "gathered for a rally to protest the arrests": those who hold
            # the rally protest, not the rally.
            token = token.head.head
            if token.dep_ == "prep":
                token = token.head
            continue
        if token.dep_ == "relcl" or _misread_predicate(token):
            return token.head
        if statement_clause(token):
            token = token.head.head
            continue
        split = split_subject(token)
        if split is not None:
            return split
        # "... to urge Putin", and a participle clause of the same subject:
        # "Police opened fire, killing one person"; "Having met Xi, Putin ...".
        if token.dep_ in ("xcomp", "conj") or (
            token.dep_ == "advcl"
            and (is_infinitive(token) or token.tag_ == "VBG" or _perfect(token))
        ):
            token = token.head
            if token.pos_ == "ADJ":
                token = token.head
            continue
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and token.head.lower_ == "to"
            and token.head.head.lemma_.lower() in COMMITTED_ADJECTIVES
        ):
            # "Italy is committed to opening its markets": Italy's act; the
            # parser may hang the subject on "is".
            token = token.head.head
            if token.pos_ == "ADJ":
                token = token.head
            for aux in [token, *token.children]:
                subject = next(
                    (c for c in aux.children if c.dep_ in SUBJECT_DEPS), None
                )
                if subject is not None:
                    return subject
            return None
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and token.head.head.pos_ in ("VERB", "AUX")
        ):
            # A gerund after a preposition on a verb: "after meeting Xi",
            # "resorted to throwing stones", "joined in demanding". After
            # "of", "with", "for" or "from" it is a charge or a reason, not
            # an act reported: "charged its neighbour with supporting
            # rebels", "was arrested for spying".
            if token.head.lower_ in CHARGE_PREPOSITIONS:
                return None
            token = token.head.head
            continue
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and token.head.head.dep_ == "acomp"
            and token.head.head.lemma_.lower() in DOER_ADJECTIVES
            and token.head.head.head.pos_ in ("VERB", "AUX")
        ):
            # A gerund after an adjective of the subject: "are guilty of
            # violating the ceasefire", "was responsible for shelling the town".
            token = token.head.head.head
            continue
        return None
    return None


# Nouns of statements whose participle states their content: "issued a
# declaration demanding that Israel withdraw", "sent a letter urging ...".
STATEMENT_NOUNS = frozenset(
    "statement declaration communique resolution letter message note "
    "press release appeal report".split()
)


def statement_clause(verb: Token) -> bool:
    """ "issued a statement calling for talks": a participle on the object
    of a verb, which that verb's subject says through the statement."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.lemma_.lower() in STATEMENT_NOUNS
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
    )


# Nouns of gatherings and undertakings whose infinitive states what they are
# held for: "a rally to protest", "a summit to discuss trade".
PURPOSE_NOUNS = frozenset(
    "rally protest demonstration march strike sit walkout boycott vigil "
    "meeting summit conference campaign".split()
)


def _states_purpose(verb: Token) -> bool:
    """An infinitive on a gathering's noun that a verb governs: "were
    gathering for a rally to protest", "held a summit to discuss trade"."""
    noun = verb.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (
        verb.dep_ in ("relcl", "acl")
        and is_infinitive(verb)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and noun.lemma_.lower() in PURPOSE_NOUNS
        and noun.dep_ in ("dobj", "pobj")
        and governor.pos_ in ("VERB", "AUX")
    )


def _misread_predicate(verb: Token) -> bool:
    """ "Kurdish youths resorted to throwing stones." parsed as one noun
    phrase: a participle on a noun that is the root of the sentence, or one
    of two subjects of a verb ("..., officials said"), is its verb, and the
    noun its subject."""
    head = verb.head
    misread = head.dep_ in ("ROOT", "dep") or (
        head.dep_ in SUBJECT_DEPS
        and sum(c.dep_ in SUBJECT_DEPS for c in head.head.children) > 1
    )
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and misread
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and not any(c.dep_ == "agent" for c in verb.children)
    )


# Adjectives that make their subject the doer of the act their gerund names
# ("guilty of violating"), unlike those of ability or feeling ("capable of").
DOER_ADJECTIVES = frozenset({"guilty", "responsible", "culpable"})
# Adjectives of a commitment, whose gerund is the subject's act intended:
# "is committed to opening its markets".
COMMITTED_ADJECTIVES = frozenset({"committed", "dedicated", "commit", "dedicate"})

# Prepositions whose gerund is a charge or a reason.
CHARGE_PREPOSITIONS = frozenset({"of", "with", "for", "from", "against"})


def _perfect(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)


def split_subject(verb: Token) -> Token | None:
    """The subject the parser hung on the previous clause's object.

    "Russia attacked Ukraine and China criticised Japan" is often parsed with
    "China" as a conjunct of "Ukraine" and "criticised" without a subject:
    the noun just before a subjectless conjoined (or finite adverbial) verb,
    coordinated inside the first verb's phrase, is that verb's subject.
    """
    finite_clause = verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP")
    if (verb.dep_ != "conj" and not finite_clause) or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    i = verb.i - 1
    doc = verb.doc
    while i > verb.sent.start and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    noun = doc[i]
    if (
        noun.dep_ == "conj"
        and noun.pos_ in ("PROPN", "NOUN")
        and noun.head.i < noun.i
        and noun.head.dep_ in ("dobj", "pobj", "conj")
        and noun.head.i > verb.head.i
    ):
        return noun
    return None


def opens_clause(noun: Token) -> bool:
    """Whether a noun is the split-off subject of the verb after it."""
    doc = noun.doc
    i = noun.i + 1
    while i < noun.sent.end and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i += 1
    if i >= noun.sent.end:
        return False
    subject = split_subject(doc[i])
    return subject is not None and subject.i == noun.i


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: "Ukraine, which Russia attacked"."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return relative_head(token.head)
    return token


# Named entities "who" does not stand for: organisations and places.
_NOT_PERSONS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
# Links from a noun up through a participle that modifies an earlier noun:
# "a man believed linked to the Front", "an envoy sent to Oslo".
_PARTICIPLE_PATH = frozenset({"prep", "pobj", "xcomp", "agent"})


def relative_head(clause: Token) -> Token:
    """The noun a relative clause is about: the noun it hangs on, or, for
    "who" hung on a name of an organisation or place at the end of a
    participle phrase, the person the participle describes ("an engineer
    believed linked to the Silver Front who fired at soldiers": the
    engineer fired)."""
    noun = clause.head
    who = any(c.lower_ in ("who", "whom") for c in clause.children)
    if not who or noun.ent_type_ not in _NOT_PERSONS or noun.dep_ != "pobj":
        return noun
    token = noun
    for _ in range(6):
        if token.tag_ == "VBN" and token.dep_ in ("acl", "xcomp"):
            # the noun the participle describes, or, where the parser made
            # "believed" of "a man believed linked to" the verb, its subject
            head = token.head
            if token.dep_ == "xcomp":
                head = next((c for c in head.children if c.dep_ == "nsubj"), head)
            if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in _NOT_PERSONS:
                return head
            return noun
        if token.dep_ not in _PARTICIPLE_PATH or token.head is token:
            return noun
        token = token.head
    return noun


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
