"""Whether a verb's act happened, is intended, threatened, or is not an event.

The words are facts of English: modal auxiliaries, negation, control verbs
whose complement is only planned ("agreed to meet"), threatened ("threatened
to strike"), refused ("refused to meet") or merely asked for ("urged X to
withdraw"). A clause under "if" or a hypothetical modal is no event.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from ..syntax import is_infinitive, statement_clause
from .requests import is_demanded

Mood = Literal["actual", "intended", "threatened", "none"]

HYPOTHETICAL_AUX = {"could", "would", "might", "may", "can", "should", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "’ll"}
CONDITION_MARKS = {"if", "unless", "whether", "lest"}
NEGATIONS = {"not", "n't", "n’t", "never", "no"}
# The pronoun a speaker uses of itself in reported speech.
SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
# A clause timed by another act ("until they leave", "before it disarms")
# shares that act's mood.
TIME_MARKS = {"until", "till", "before", "once"}

INTENT_VERBS = {
    "agree",
    "plan",
    "pledge",
    "promise",
    "vow",
    "offer",
    "seek",
    "intend",
    "aim",
    "prepare",
    "decide",
    "want",
    "hope",
    "propose",
    "commit",
    "resolve",
    "undertake",
    "expect",
    "try",
    "attempt",
    "schedule",
    "set",
    "volunteer",
    "swear",
}
INTENT_ADJECTIVES = {
    "ready",
    "willing",
    "open",
    "prepared",
    "eager",
    "determined",
    "keen",
    "due",
    "set",
    "poised",
    "committed",
}
# Adjectives of an intent whose act follows as a gerund after "to".
COMMITTED_ADJECTIVES = {"committed", "dedicated", "commit", "dedicate"}
# Nouns of an act attempted, which CAMEO codes as the act: "an attempt to
# assassinate the governor".
ATTEMPT_NOUNS = {"attempt", "bid"}
# Verbs of an act attempted: "tried to storm the embassy".
ATTEMPT_VERBS = {"try", "attempt"}
HYPOTHETICAL_ADJECTIVES = {"likely", "unlikely", "able", "unable", "possible"}
# Intent verbs whose complement may be wanted of another: "wants X to pay".
WANTING_VERBS = {"want", "expect", "wish"}
THREAT_VERBS = {"threaten"}
NEGATING_VERBS = {"refuse", "fail", "decline", "deny", "avoid", "neglect", "reject"}
# Verbs whose complement is what was asked of someone, not what they did.
CONTENT_VERBS = {
    "urge",
    "ask",
    "call",
    "press",
    "demand",
    "tell",
    "encourage",
    "invite",
    "pressure",
    "push",
    "persuade",
    "order",
    "instruct",
    "appeal",
    "warn",
    "beg",
    "implore",
    "request",
    "need",
    "allow",
    "help",
}
DOUBTING_VERBS = {"deny", "doubt", "dismiss", "refute"}
# Verbs whose that-clause is what was asked for: "demanded that Kosovo lift
# the ban" reports no lifting.
ASKING_VERBS = {"demand", "urge", "ask", "request", "require", "call"}
# Verbs of demanding (and "protest"), and the protests whose purpose they can
# state: "staged a rally to demand reforms", "went on hunger strike calling
# for his release", "stopped work to protest the arrests".
# CAMEO codes a demand made by protesting as the protest (14), not as a
# demand (10): the demand is what the protest is for, no act of its own.
DEMANDING_VERBS = {"demand", "call", "press", "urge", "seek", "insist", "protest"}
PROTEST_VERBS = {
    "protest",
    "demonstrate",
    "rally",
    "march",
    "picket",
    "riot",
    "strike",
    "blockade",
    "block",
    "barricade",
}
PROTEST_NOUNS = {
    "protest",
    "demonstration",
    "rally",
    "march",
    "picket",
    "strike",
    "sit",
    "boycott",
    "walkout",
    "riot",
    "road",
    "street",
    "highway",
    "work",
    "tool",
}
# Verbs that demand an act with a that-clause of what is to be done
# ("insisted that Moscow withdraw", "... must withdraw") but state a fact
# with one of what is or was ("insisted that Moscow had withdrawn").
INSISTING_VERBS = {"insist"}
# A clause's verb or auxiliaries that say it states what is or was.
_STATING_TAGS = {"VBD", "VBZ"}
_STATING_AUX = {
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "did",
    "does",
    "do",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "'s",
    "'re",
    "'ve",
    "'d",
    "'ll",
}
# Auxiliaries, and verbs before an infinitive, that say what is to be done.
_DUTY_AUX = {"must", "should", "shall"}
_DUTY_VERBS = {"have", "need"}
# "warned it would strike": a future in the past, reported, is a threat ...
WARNING_VERBS = {"warn", "threaten"}
# ... and "said it would send troops" an announced intent.
ANNOUNCING_VERBS = {
    "say",
    "announce",
    "declare",
    "vow",
    "pledge",
    "promise",
    "insist",
    "confirm",
    "state",
}

# "announced it would suspend aid": a measure that a government formally
# announces is taken by the announcement, not threatened; CAMEO codes a
# non-force threat that is carried out as the act (16, 17), and a threat is
# what "warned" or "threatened" report, or a condition ("unless ...").
MEASURE_ANNOUNCING_VERBS = {"announce", "declare"}
MEASURE_VERBS = {
    "prohibit",
    "ban",
    "bar",
    "suspend",
    "halt",
    "cut",
    "freeze",
    "impose",
    "deny",
    "cancel",
    "expel",
    "sever",
    "recall",
    "downgrade",
    "restrict",
    "withhold",
    "terminate",
}


def has_negation(token: Token) -> bool:
    """ "did not", "never", "neither ... nor": the verb itself is negated."""
    for child in token.children:
        if child.dep_ == "neg" or (
            child.lower_ in NEGATIONS and child.dep_ == "advmod"
        ):
            return True
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return True
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children
    )


def _reported_future(token: Token, auxes: set[str]) -> Mood | None:
    """The mood of "would"/"will" in a clause reported by a speech verb.

    "North Korea warned it would attack" is a threat; "Japan said it would
    send aid" an intent; a condition ("would attack if ...") leaves it
    hypothetical (None), except under a warning: "warned it would strike if
    attacked" states the threat, which CAMEO codes as one (13, "Threaten").
    """
    if token.dep_ != "ccomp" or not auxes <= {"would", "will", "'d"}:
        return None
    lemma = token.head.lemma_.lower()
    if lemma in WARNING_VERBS:
        return "threatened"
    if lemma not in ANNOUNCING_VERBS:
        return None
    if any(c.dep_ == "advcl" and _marked(c, CONDITION_MARKS) for c in token.children):
        # "Serbia said it would recall its envoy if ...": the speaker's own
        # conditional act is announced; of another's, a mere supposition.
        return "intended" if _speaker_acts(token) else None
    return "intended"


# Verbs of a decision, whose infinitive, where the decision itself is
# stated as done, is the act decided: "the court decided to allow him to run".
DECIDING_VERBS = {"decide", "vote"}


def decided(verb: Token) -> bool:
    """Whether a verb is the act of a decision stated as taken: "Kenya
    decided to lift the curfew", not "Kenya will decide to lift it"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in DECIDING_VERBS
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
        and clause_mood(head) == "actual"
    )


def attempted(verb: Token) -> bool:
    """Whether a verb is the act of an attempt stated as made: "rebels tried
    to storm the barracks", not "rebels will try to storm the barracks"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in ATTEMPT_VERBS
        and not any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
        and not has_negation(verb)
        and clause_mood(head) == "actual"
    )


def clause_mood(
    verb: Token, negation_ok: bool = False, modals: frozenset[str] = frozenset()
) -> Mood:
    """The mood of the act ``verb`` names, climbing through control verbs.

    Returns "none" for negated, hypothetical, conditional, refused or merely
    requested acts; otherwise "actual", "intended" or "threatened". With
    ``negation_ok`` (a rule written for the negated act) negation is no bar;
    the auxiliaries in ``modals`` (named by the rule's own words) are no bar.
    """
    mood: Mood = "actual"
    token = verb
    for _ in range(8):  # a clause chain is never deeper than a few verbs
        if has_negation(token) and not negation_ok:
            return "none"
        auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        auxes -= modals
        if token is verb and _announced_measure(token, auxes):
            token = token.head
            continue
        if auxes & HYPOTHETICAL_AUX:
            reported = _reported_future(token, auxes & HYPOTHETICAL_AUX)
            if reported is None:
                return "none"
            if any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in token.children
            ):
                return "none"
            mood = reported if mood == "actual" else mood
            token = token.head
            continue
        if auxes & FUTURE_AUX and mood == "actual":
            mood = "intended"
        if any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children
        ):
            return "none"
        dep = token.dep_
        head = token.head
        if dep in ("advcl", "xcomp") and _protest_purpose(token):
            return "none"
        if (
            dep in ("relcl", "acl")
            and is_infinitive(token)
            and token.lemma_.lower() in DEMANDING_VERBS
            and head.lemma_.lower() in PROTEST_NOUNS
            and head.dep_ == "dobj"
        ):
            # "began a hunger strike to protest": the aim of the strike, which
            # its verb codes ("gathered for a rally to protest" codes none).
            return "none"
        if (
            dep == "xcomp"
            or (dep == "advcl" and is_infinitive(token) and head.pos_ == "ADJ")
            or (dep == "ccomp" and is_infinitive(token) and head.pos_ == "VERB")
            or (dep == "advcl" and is_infinitive(token) and _controls(head))
        ):
            # "allowed the planes to land": the parser's other reading of a
            # verb's infinitive complement, whose subject it names.
            if head.pos_ == "ADJ":
                if head.lemma_.lower() in HYPOTHETICAL_ADJECTIVES:
                    return "none"
                if head.lemma_.lower() in INTENT_ADJECTIVES and mood == "actual":
                    mood = "intended"
                token = head.head
                continue
            lemma = head.lemma_.lower()
            if lemma in NEGATING_VERBS or _yet_to(head):
                return "none"
            if lemma in WANTING_VERBS and _asked_of_another(token):
                return "none"  # "wants Greece to pay": asked of Greece
            if lemma in THREAT_VERBS:
                mood = "threatened"
            elif lemma == "go" and _is_progressive(head):
                mood = "intended" if mood == "actual" else mood
            elif lemma in INTENT_VERBS:
                mood = "intended" if mood == "actual" else mood
            elif lemma in CONTENT_VERBS:
                return "none"
            token = head
            continue
        if dep == "advcl" and _marked(token, TIME_MARKS) and _controls(head):
            # "vowed to fight until they hold the border", parsed as if the
            # vow lasted until then: the time clause is the fight's.
            complement = next(
                (c for c in head.children if c.i < token.i and _complement(c)), None
            )
            if complement is not None:
                head = complement
        if dep == "advcl" and _marked(token, TIME_MARKS) and head.pos_ == "VERB":
            # "vowed to fight until they hold the border", "must accept the
            # reforms before they disarm": a time clause is as real as the act
            # it is timed by, whether or not that act was done.
            head_mood = clause_mood(head, negation_ok=True)
            return mood if head_mood == "actual" else head_mood
        if (
            dep == "advcl"
            and is_infinitive(token)
            and head.lemma_.lower() in CONTENT_VERBS
        ):
            # "called on Arabs to unite": the parser's other reading of the
            # complement of a verb of asking; the act is only asked for.
            return "none"
        if dep == "conj" and (
            head.pos_ in ("VERB", "AUX") or head.dep_ in ("ccomp", "xcomp")
        ):
            # "did not meet or talk": the conjunct shares the first verb's
            # frame, also where the first verb is mistaken for a noun
            # ("refused to allow the planes to land and evacuate").
            token = token.head
            continue
        if statement_clause(token):
            token = head.head  # "issued a statement demanding ...": its issuer's
            continue
        if dep == "acl" and is_infinitive(token):
            if head.lemma_.lower() in ATTEMPT_NOUNS and head.head.pos_ == "VERB":
                # "an attempt to kill the governor was foiled": the act was
                # attempted, as real as the clause that reports the attempt.
                token = head.head
                continue
            return "none"  # "pressure on X to negotiate": the purpose of a noun
        if dep in ("acl", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
            return "none"  # "charges that Monrovia is committing genocide"
        if dep == "amod":
            return "none"  # "Jordan's visiting king": a participle as adjective
        if dep == "ccomp" and head.lemma_.lower() in DOUBTING_VERBS | ASKING_VERBS:
            return "none"
        if dep in ("ccomp", "relcl") and is_demanded(token):
            return "none"  # "insisted on its demand that Baku free them"
        if (
            dep == "ccomp"
            and head.lemma_.lower() in INSISTING_VERBS
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and not (auxes & FUTURE_AUX)
            and not states_fact(token)
        ):
            return "none"  # "insisted that Moscow free them": only asked for
        if dep in ("pcomp",) and head.head.lemma_.lower() in NEGATING_VERBS:
            return "none"
        if (
            dep == "pcomp"
            and head.lower_ == "to"
            and head.head.lemma_.lower() in COMMITTED_ADJECTIVES
        ):
            # "Italy is committed to opening its markets": a stated intent
            mood = "intended" if mood == "actual" else mood
            token = head.head
            if token.pos_ == "ADJ":
                token = token.head
            continue
        if dep in ("pcomp", "advcl") and head.lower_ in ("without", "instead"):
            return "none"
        break
    return mood


def states_fact(clause: Token) -> bool:
    """Whether a that-clause says what is or was ("that Moscow had
    withdrawn", "that its troops were leaving"), not what is to be done
    ("that Moscow withdraw", "that it must withdraw", "that it has to")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _DUTY_AUX:
        return False
    if clause.lemma_.lower() in _DUTY_VERBS and any(
        c.dep_ == "xcomp" for c in clause.children
    ):
        return False
    return clause.tag_ in _STATING_TAGS or bool(auxes & _STATING_AUX)


def insists_on_fact(verb: Token) -> bool:
    """ "insisted that Moscow had withdrawn its troops": insisting on what
    is or was demands nothing."""
    return verb.lemma_.lower() in INSISTING_VERBS and any(
        c.dep_ == "ccomp" and states_fact(c) for c in verb.children
    )


def _controls(verb: Token) -> bool:
    """A verb of intent, threat or refusal, whose infinitive is its act ("swore
    to fight") even where the parser reads the infinitive as an adverbial."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in (
        INTENT_VERBS | THREAT_VERBS | NEGATING_VERBS
    )


def _complement(token: Token) -> bool:
    """An infinitive that completes a verb ("to fight" of "swore")."""
    return token.dep_ in ("xcomp", "advcl") and is_infinitive(token)


def _asked_of_another(complement: Token) -> bool:
    """ "wants Greece to pay", "expects Iran to release": the infinitive has
    a subject of its own, so the act is wanted of it, not planned."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in complement.children):
        return True
    return complement.dep_ == "xcomp" and any(
        c.dep_ == "dobj" for c in complement.head.children
    )


def _speaker_acts(token: Token) -> bool:
    """ "said it would ...": the reported act is the speaker's own."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_PRONOUNS
        for c in token.children
    )


def _marked(token: Token, marks: set[str]) -> bool:
    """Whether a clause opens with one of ``marks`` ("until", "if")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in token.children)


def _announced_measure(token: Token, auxes: set[str]) -> bool:
    """ "The US announced it would suspend aid": a measure taken, not threatened."""
    if (
        token.dep_ != "ccomp"
        or token.lemma_.lower() not in MEASURE_VERBS
        or token.head.lemma_.lower() not in MEASURE_ANNOUNCING_VERBS
        or not auxes & {"would", "will", "'ll", "’ll", "'d"}
    ):
        return False
    return not any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
        for c in (token, *token.children)
        for m in c.children
    )


def _protest_purpose(token: Token) -> bool:
    """ "staged rallies to demand reforms", "demonstrated, calling for
    independence": a demand that states what a protest is for."""
    if token.lemma_.lower() not in DEMANDING_VERBS:
        return False
    head = token.head
    if head.lemma_.lower() in PROTEST_VERBS:
        return True
    return any(
        c.dep_ in ("dobj", "prep")
        and c.lemma_.lower() in PROTEST_NOUNS
        or c.dep_ == "prep"
        and any(g.lemma_.lower() in PROTEST_NOUNS for g in c.children)
        for c in head.children
    )


def _yet_to(token: Token) -> bool:
    """ "has yet to attack", "is yet to meet": not done so far."""
    return token.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children
    )


def _is_progressive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)


# Verbs of pledging whose negated act is refused: "vowed not to lift the
# sanctions" refuses to ease them, as "refused to lift" does.
REFUSING_PLEDGES = {"vow", "pledge", "promise", "swear"}
# The future auxiliaries of "will not", "won't" (tokenized "wo"), "would not".
REFUSING_AUX = {"will", "would", "'ll", "’ll", "'d", "wo", "shall"}
# Those of a future stated, not supposed: "will not ... if" is a refusal.
STATED_FUTURE_AUX = REFUSING_AUX - {"would", "'d"}


def refusal_head(verb: Token) -> Token | None:
    """The verb whose subject refuses ``verb``'s act, or None.

    "Norway said it would not accept more refugees" (the speaker, "said"),
    "Iran vowed not to release the sailors" ("vowed"), "The teachers will not
    end their strike" (the verb itself): a negated act that a speaker states
    it will not do is a refusal of it, not a mere absence. A condition ("would
    not attack if ...") or a clause under another's mood leaves no refusal;
    whether the act's subject is the speaker's side is for the caller to say.
    """
    if not has_negation(verb) or _marked(verb, CONDITION_MARKS):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if (
        any(c.dep_ == "advcl" and _marked(c, CONDITION_MARKS) for c in verb.children)
        and not auxes & STATED_FUTURE_AUX
    ):
        # "would not release them if Peru attacked" supposes; "will not
        # accept refugees if war starts" states a policy, a refusal.
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in REFUSING_PLEDGES:
        return head if clause_mood(head) == "actual" else None
    if not auxes & REFUSING_AUX or auxes - REFUSING_AUX - {"be", "been"}:
        return None
    if verb.dep_ == "ccomp" and head.lemma_.lower() in ANNOUNCING_VERBS:
        return head if clause_mood(head) == "actual" else None
    if verb.dep_ == "ROOT" and auxes & (REFUSING_AUX - {"would", "'d"}):
        return verb  # "will not", "won't": stated of itself
    return None


# Phrases that say an act will not be done: "is out of the question", "is
# off the table".
RULED_OUT = {("out", "question"), ("off", "table")}


def ruled_out(verb: Token) -> Token | None:
    """The copula that rules out the act of a gerund subject: "lifting the
    sanctions is out of the question". None for any other verb."""
    be = verb.head
    if verb.dep_ != "csubj" or be.lemma_ != "be" or has_negation(be):
        return None
    for prep in be.children:
        if prep.dep_ != "prep":
            continue
        nouns = [
            n.lemma_.lower()
            for p in (prep, *prep.children)
            for n in p.children
            if n.dep_ == "pobj"
        ]
        if any((prep.lower_, noun) in RULED_OUT for noun in nouns):
            return be
    return None


# Auxiliaries of an act held out under a condition: "may halt talks if ...",
# "will withdraw its troops unless ...".
CONDITIONAL_AUX = {
    "will",
    "shall",
    "'ll",
    "’ll",
    "would",
    "'d",
    "may",
    "might",
    "could",
}
# The marks of the condition a threat sets.
THREAT_CONDITIONS = {"if", "unless"}


def conditions(verb: Token) -> list[Token]:
    """The clauses ("if ...", "unless ...") that ``verb``'s act depends on."""
    return [
        c for c in verb.children if c.dep_ == "advcl" and _marked(c, THREAT_CONDITIONS)
    ]


def conditional_threat(verb: Token) -> bool:
    """Whether ``verb`` is an act its subject holds out under a condition:
    "the EU may suspend the talks if Ankara jails more journalists", "Russia
    said it could cut gas supplies unless Kyiv pays". CAMEO codes such an
    act, when coercive, as the threat of it (13). A negated act under a
    condition is a refusal ("will not end the strike unless ..."). Whether
    a reported act is the speaker's side's own is for the caller to say."""
    if has_negation(verb) or _marked(verb, CONDITION_MARKS) or not conditions(verb):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & CONDITIONAL_AUX or auxes - CONDITIONAL_AUX - {"be", "have"}:
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in ANNOUNCING_VERBS | WARNING_VERBS
        and clause_mood(head) == "actual"
    )


def condition_subjects(verb: Token) -> list[Token]:
    """Who must meet the conditions of ``verb``'s act: "unless Kyiv pays",
    "unless their demands are met by the government" (the agent first)."""
    heads: list[Token] = []
    for clause in conditions(verb):
        heads += [
            g
            for c in clause.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        heads += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return heads
