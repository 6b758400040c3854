"""Matching a dependency parse against the verb-pattern dictionary.

For every verb of a sentence the most specific rule that fits fires: its
particles attach to the verb, its noun is the verb's object, its context words
are in the clause. The source is the verb's subject (through control verbs and
relative clauses; the "by" phrase in the passive), the target the first filled
slot the rule names that holds an actor. Coordinated actors on either side
give one event per dyad; a reciprocal act of coordinated subjects gives one
each way. The clause's mood (see ``modality``) turns an act into an intent or
a threat, or drops it; a wrapper verb whose wrapped act no rule knows
("agreed to hold drills") is coded by its fallback rule. Violence by a means
with no one named ("a roadside bomb near Kandahar killed ...") and protests
by people named only by their number are given a source inferred from where
they took place (``_unnamed_sources``); an act a noun names is coded where a
verb says it goes on ("protests continued").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..mentions import COUNTERPART, MentionIndex, as_counterpart
from ..models import Mention, Modality
from ..syntax import (
    SUBJECT_DEPS,
    is_infinitive,
    prep_objects,
    reporting_subject,
    subject_of,
)
from .modality import (
    ANNOUNCING_VERBS,
    ATTEMPT_NOUNS,
    CONTENT_VERBS,
    INTENT_ADJECTIVES,
    Mood,
    attempted,
    clause_mood,
    condition_subjects,
    conditional_threat,
    decided,
    has_negation,
    insists_on_fact,
    refusal_head,
    ruled_out,
)
from .nonpolitical import (
    CONFLICT_ROOTS,
    cannot_act,
    may_be_a_team,
    speaks_of_markets,
    speaks_of_sport,
    without_names,
)
from .requests import (
    REFUSAL,
    REQUEST_NOUNS,
    concerned_code,
    protest_aims,
    purpose_clauses,
    requested_code,
)
from .slots import (
    AGENTLESS_ACTED_UPON,
    AGENTLESS_AS_WRITTEN,
    attack_means,
    clause_lemmas,
    clause_tokens,
    event_noun,
    fitted_words,
    further_heads,
    gathered_people,
    in_clause_below,
    is_passive,
    journey_ends,
    noun_negated,
    owners,
    passive_agent,
    passive_subject,
    protested_heads,
    resolve_all,
    scene_mention,
    slot_source,
    target_heads,
    verb_form,
    verb_particles,
)
from .verbs import Rule, VerbDictionary

# Code for an act that is only intended, or threatened, when a rule names none.
DEFAULT_INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
DEFAULT_THREAT = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
# Refusals: "will not end the strike unless ...".
REFUSAL_ROOT = "12"
# Acts of a state (yielding, investigating, accusing, restricting, arresting,
# expelling) that, done in a country with no one named doing them, are its
# government's: "was arrested in Iran". Not destruction or violence, which
# an occupier or an armed group may do where it is.
_STATE_ACTS = ("08", "09", "11", "172", "173", "174")
# Prepositions of the place where such an act was done ("in Iran"), not of
# whom it was aimed at ("sanctions were imposed on Iran").
_WITHIN = frozenset({"in", "inside", "throughout"})
# Demands: "insisted that ..." is one only where the clause is to be done.
_DEMAND_ROOT = "10"
# Protest: firms and their people who strike or boycott act politically.
PROTEST_ROOT = "14"
# Roots of violence: assault, fight, mass violence.
_VIOLENCE = {"18", "19", "20"}
# Roots of acts that need no one named to be acted upon: aid, yielding,
# investigating, protest, force posture, reducing relations, coercion, violence.
_ACTS = {"07", "08", "09", "14", "15", "16", "17", "18", "19", "20"}
# A journey or dispatch (visit, send aid, deploy) made for a purpose of
# these roots (comment, consult, cooperate, aid, yield, investigate) is
# coded as the purpose.
_JOURNEYS = {"04", "07", "08", "15"}
_PURPOSES = {"01", "04", "05", "06", "07", "08", "09"}
# Roots of acts that, done in a town of the actor's own country, are aimed
# at its people ("imposed a curfew in Mombasa", "lifted the state of
# emergency in Darfur", "bombed a market in Kabul"); a town at home is
# otherwise only where an act happens ("Kenyan farmers marched in Nairobi").
_PEOPLE_ROOTS = {"08", "16", "17", "18", "19", "20"}
# Roots of acts that a government's decision itself performs: yielding
# (allowing, lifting), reducing relations (expelling), coercion (banning).
_DECIDED_ROOTS = {"08", "16", "17"}
# Roots of violent acts that CAMEO codes as done when only attempted ("tried
# to storm the barracks": 18-20, not a threat); an attempted killing of a
# leader has a code of its own.
_ATTEMPTED_ROOTS = {"18", "19", "20"}
_ATTEMPTED_CODES = {"186": "185"}
# Verbs that link a subject to what it is; a rule for one needs its context
# word as the predicate ("was confident", "remained sceptical").
COPULAS = frozenset("be remain feel seem appear sound stay".split())
# Prepositions whose object is a copula's predicate: "remained on alert".
PREDICATE_PREPOSITIONS = frozenset({"on"})
# Verbs that say the act their subject names goes on: "protests continued".
ONGOING_VERBS = frozenset(
    "continue erupt spread intensify escalate persist resume rage flare".split()
)
# Verbs that perform the act a noun names: "launch" an invasion.
DOING_VERBS = frozenset(
    "launch carry conduct stage mount commit perpetrate wage begin start "
    "impose hold pay sign".split()
)


@dataclass(frozen=True)
class Coding:
    """An event found in a sentence, before dates and codebook fields are added."""

    source: Mention
    target: Mention | None
    rule: Rule
    code: str
    modality: Modality
    verb: Token
    trigger_start: int
    trigger_end: int
    trigger: str
    confidence: float
    nominal: bool = False  # named by a dated noun: "the 2022 invasion"
    # Coded with no target only because none is named; see _untargeted_kept.
    untargeted: bool = False


def code_sentence(
    sent: Span, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    """Every event one sentence states, most specific rule per verb."""
    found: list[Coding] = []
    for token in sent:
        if token.pos_ == "VERB":
            found.extend(
                _code_verb(token, verbs, mentions)
                or _code_ongoing_act(token, verbs, mentions)
            )
        elif token.pos_ == "AUX" and token.lemma_ == "be":
            # "was open to talks", or a stance: "said he was confident"
            found.extend(
                _code_intent_noun(token, verbs, mentions)
                or _code_verb(token, verbs, mentions)
            )
        elif token.pos_ == "NOUN" and _dated(token):
            found.extend(_code_dated_noun(token, verbs, mentions))
    found = _purposes_absorb(found)
    kept = [c for c in found if not c.untargeted or _untargeted_kept(c, found)]
    coded = {coding.verb.i for coding in kept}
    for token in sent:
        if token.pos_ == "VERB" and token.i not in coded:
            kept.extend(_code_wrapper(token, verbs, mentions, coded))
    found = kept + _unwrapped(found, kept)
    codes = verbs.codes()

    def act_code(act: Token) -> str | None:
        match = matching_rule(act, verbs)
        return match[0].code if match else None

    found = [
        replace(c, code=requested_code(c.code, c.verb, act_code, codes.__contains__))
        for c in found
    ]

    def act_codings(act: Token) -> list[Coding]:
        # the act as if stated: whom an aim unstated is addressed to
        match = matching_rule(act, verbs)
        if match is None:
            return []
        rule, particles, noun = match
        return _events(act, noun, particles, rule, "actual", mentions)

    found = _protests_refined(
        _protests_with_aims(found, act_code, act_codings, codes.__contains__)
    )
    unique: dict[tuple[str, str, str, int], Coding] = {}
    for coding in found:
        target = coding.target.actor.code if coding.target else ""
        key = (coding.source.actor.code, target, coding.code, coding.trigger_start)
        unique.setdefault(key, coding)
    return list(unique.values())


def _protests_with_aims(
    found: list[Coding],
    act_code: Callable[[Token], str | None],
    act_codings: Callable[[Token], list[Coding]],
    known: Callable[[str], bool],
) -> list[Coding]:
    """A protest and the request of its purpose clause are one event: the
    protest, coded by its aim where CAMEO says it ("marched to demand the
    president's resignation": 1411; "demonstrated, calling for reform"),
    addressed to whom the request is where it names no target."""
    purposes: set[tuple[int, str]] = set()
    kept: list[Coding] = []
    for coding in found:
        if coding.code.startswith(PROTEST_ROOT):
            for clause in purpose_clauses(coding.verb):
                asked = act_code(clause)
                if asked is None or asked[:2] not in _PROTEST_PURPOSES:
                    continue
                purposes.add((clause.i, coding.source.actor.code))
                aim = protest_aims(coding.code, asked, known)
                if aim:
                    coding = replace(coding, code=aim)
                # The protest is addressed to whom its demand is addressed.
                addressed = [
                    r.target
                    for r in act_codings(clause)
                    if r.source.actor.code == coding.source.actor.code and r.target
                ]
                if coding.target is None and addressed:
                    coding = replace(coding, target=addressed[0], untargeted=False)
        kept.append(coding)
    return [c for c in kept if (c.verb.i, c.source.actor.code) not in purposes]


# Roots of what a protest's purpose clause says it is for: an appeal, a
# demand, or disapproval ("blocked roads to show their anger at the policy").
_PROTEST_PURPOSES = {"02", "10", "11"}


def _protests_refined(found: list[Coding]) -> list[Coding]:
    """One protest is coded once: where a sentence codes the same people's
    protest by its aim as well ("gathered for a rally to protest the
    arrests": 1413), the plain code (141) is not coded beside it."""
    protests = {
        (c.source.actor.code, c.code) for c in found if c.code[:2] == PROTEST_ROOT
    }
    return [
        c
        for c in found
        if c.code[:2] != PROTEST_ROOT
        or not any(
            source == c.source.actor.code and code != c.code and code.startswith(c.code)
            for source, code in protests
        )
    ]


def purpose_head(verb: Token) -> Token | None:
    """The verb a subjectless infinitive states the purpose of: "visited
    Lima to mediate", "sent experts to Kenya to investigate"."""
    if (
        verb.dep_ != "advcl"
        or not is_infinitive(verb)
        or verb.head.pos_ != "VERB"
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    return verb.head


def _purposes_absorb(found: list[Coding]) -> list[Coding]:
    """A journey or a dispatch made to consult, help or investigate is coded
    as that purpose: "Ruto will visit Addis Ababa to mediate" (an intent to
    mediate, 039), "the African Union sent police officers to Sudan to
    investigate the killings" (090). The purpose act takes the journey's
    target when it names none, and its mood; the journey is not coded apart.
    A purpose that only names the journey's own root ("telephoned Lula to
    discuss trade", 040) says less than the journey, which stands alone.
    """
    absorbed: set[int] = set()
    merged: dict[int, Coding] = {}
    for k, coding in enumerate(found):
        head = purpose_head(coding.verb)
        if head is None or coding.rule.code[:2] not in _PURPOSES:
            continue
        for j, other in enumerate(found):
            if (
                other.verb != head
                or other.rule.code[:2] not in _JOURNEYS
                or other.source.actor.code != coding.source.actor.code
            ):
                continue
            if _says_less(coding.rule.code, other.rule.code):
                absorbed.add(k)
                break
            absorbed.add(j)
            if coding.target is None or coding.untargeted:
                coding = replace(coding, target=other.target, untargeted=False)
            if other.modality == "intended" and coding.modality == "actual":
                code, modality = _code_for(coding.rule, "intended")
                coding = replace(coding, code=code, modality=modality)
            confidence = _confidence(
                coding.rule, coding.source, coding.target, coding.modality
            )
            merged[k] = coding = replace(coding, confidence=confidence)
    return [
        merged.get(k, coding) for k, coding in enumerate(found) if k not in absorbed
    ]


def _says_less(purpose: str, journey: str) -> bool:
    """Whether a purpose is only the catch-all of the journey's own root."""
    return purpose[:2] == journey[:2] and purpose == purpose[:2] + "0"


def _untargeted_kept(coding: Coding, found: list[Coding]) -> bool:
    """Whether an event coded with no target because none is named stands.

    It does not when the sentence says more: the verb wraps another act ("The
    Arab League threatened to suspend Syria", "agreed to hold talks"), which
    its wrapper rule or the act's own rule codes; another event of the same
    source in a clause linked to this one names the one acted upon
    ("Speaking in Paris, Macron urged Putin ..."); or the subject is an act
    rather than an actor ("Russia's invasion of Ukraine killed thousands").
    """
    verb = coding.verb
    if _wrapped_acts(verb):
        return False
    return _untargeted_stands(coding, found)


def _wrapped_acts(verb: Token) -> list[Token]:
    """The clauses a verb wraps: "threatened to suspend", "warned that ..."."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
    ]


def _unwrapped(found: list[Coding], kept: list[Coding]) -> list[Coding]:
    """Untargeted events set aside because their verb wraps another act, which
    stand after all when nothing codes that act nor the verb itself: "Chile
    will ask European banks to help fund a railway" (023), "the opposition
    warned that the police would no longer tolerate marches" (130)."""
    coded = {c.verb.i for c in kept}
    restored: list[Coding] = []
    for coding in found:
        if coding in kept or coding.verb.i in coded:
            continue
        wrapped = _wrapped_acts(coding.verb)
        if any(t.i in coded for act in wrapped for t in _act_tokens(act)):
            continue
        if _untargeted_stands(coding, kept):
            restored.append(coding)
    return restored


def _untargeted_stands(coding: Coding, found: list[Coding]) -> bool:
    """An untargeted event stands unless its subject is an act, or another
    event of the same source in a linked clause names the one acted upon."""
    verb = coding.verb
    subject = subject_of(verb)
    if (
        subject is not None
        and subject.pos_ == "NOUN"
        and coding.source.actor.entry.startswith("country")
    ):
        return False  # "Russia's invasion", "the Russian decision": a thing
    return not any(
        other.target is not None
        and other.source.actor.code == coding.source.actor.code
        and (
            other.verb == verb
            or other.verb.is_ancestor(verb)
            or verb.is_ancestor(other.verb)
        )
        for other in found
    )


def _code_verb(
    verb: Token, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    threat = _consequence_threat(verb, verbs, mentions)
    if threat:
        return threat
    match = matching_rule(verb, verbs)
    if match is None:
        return []
    rule, particles, noun = match
    if ruled_out(verb) is not None:
        return _code_ruled_out(verb, noun, particles, rule, verbs, mentions)
    # A rule written for a negated clause ("did not allow") codes it as its
    # own act; any other rule codes no negated clause.
    mood = clause_mood(verb, negation_ok=rule.negated, modals=rule.modals)
    if (
        rule.code[:2] in DEFAULT_THREAT
        and conditional_threat(verb)
        and _own_act(verb, mentions)
    ):
        mood = "threatened"  # "may cut aid unless ...": a coercive act held out
    if mood == "none" and not rule.negated:
        return _code_refusal(verb, noun, particles, rule, verbs, mentions)
    if mood == "none" or noun_negated(noun):
        return []
    if mood == "intended" and rule.code[:2] in _DECIDED_ROOTS and decided(verb):
        mood = "actual"  # "decided to lift the curfew": lifted by the decision
    if mood == "intended" and rule.code[:2] in _ATTEMPTED_ROOTS and attempted(verb):
        # "gunmen tried to kill the mayor": the attempt is the violent act
        code = _ATTEMPTED_CODES.get(rule.code, rule.code)
        rule = replace(rule, code=code)
        mood = "actual"
    if (
        mood == "actual"
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in ATTEMPT_NOUNS
    ):
        # "an attempt to assassinate the governor was foiled": the attempt
        code = _ATTEMPTED_CODES.get(rule.code, rule.code)
        rule = replace(rule, code=code)
    return _events(verb, noun, particles, rule, mood, mentions)


def _own_act(verb: Token, mentions: MentionIndex) -> bool:
    """Whether a reported act is held out by the speaker's own side ("the EU
    may suspend the talks if ..., an EU official said"), not supposed of
    another ("Poland said Russia could cut gas supplies if ...")."""
    if verb.dep_ != "ccomp":
        return True
    subject = subject_of(verb)
    speaker = subject_of(verb.head)
    if subject is None or speaker is None or reporting_subject(subject) is not None:
        return True
    sides, speakers = _side(subject, mentions), _side(speaker, mentions)
    return not sides or not speakers or bool(sides & speakers)


def _side(head: Token, mentions: MentionIndex) -> set[str]:
    """The countries of the actors a phrase stands for."""
    return {m.actor.country for m in resolve_all(head, mentions)}


def _code_ongoing_act(
    verb: Token, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    """An act named by the subject of a verb that says it goes on, coded as
    that noun's own verb would be: "Palestinian protests against Israeli
    settlement policies continued" (141, by Palestine against Israel),
    "attacks by Taliban fighters on the convoy intensified" (190). The doer is
    the noun's "by" phrase, its possessor, or the noun itself ("US drone
    strikes", its country)."""
    if verb.lemma_.lower() not in ONGOING_VERBS:
        return []
    noun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None
    )
    if noun is None or noun_negated(noun):
        return []
    match = matching_rule(noun, verbs)
    if match is None or match[0].code[:2] not in _ACTS:
        return []
    rule, particles, _ = match
    mood = clause_mood(verb)
    if mood == "none":
        return []
    doers = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    doers += [c for c in noun.children if c.dep_ == "poss"]
    subject = doers[0] if doers else noun
    object_heads = target_heads(noun, None, rule, particles)
    return _dyads(noun, None, particles, subject, object_heads, rule, mood, mentions)


def _code_refusal(
    verb: Token,
    noun: Token | None,
    particles: list[Token],
    rule: Rule,
    verbs: VerbDictionary,
    mentions: MentionIndex,
) -> list[Coding]:
    """An act its own side says it will not do, coded as the refusal of it:
    "Norway said it would not accept more refugees" (1223), "Iran vowed not
    to release the sailors" (1243). Nothing where CAMEO has no refusal of
    the act, or where another than the speaker's side would not do it."""
    head = refusal_head(verb)
    if head is None:
        return []
    refusal = concerned_code(REFUSAL, rule.code)
    if noun is not None and noun.lemma_.lower() in REQUEST_NOUNS:
        # "would not meet the demands to free the hostages": the refusal of
        # what the demands ask for (1243), where CAMEO names it.
        for act in noun.children:
            match = matching_rule(act, verbs) if act.dep_ == "acl" else None
            asked = concerned_code(REFUSAL, match[0].code) if match else ""
            if asked:
                refusal = asked
                break
    if not refusal or refusal not in verbs.codes():
        return []
    if head is not verb and verb.dep_ == "ccomp":
        subject = subject_of(verb)
        speaker = subject_of(head)
        if subject is None or speaker is None:
            return []
        if reporting_subject(subject) is None:
            sides, speakers = _side(subject, mentions), _side(speaker, mentions)
            unnamed = not speakers and speaker.pos_ == "NOUN"
            # "a union official said the nurses would not return": one of
            # no known side speaks for those who refuse.
            if not sides or not (sides <= speakers or unnamed):
                return []
    refused = replace(rule, code=refusal, intent="", threat="", reverse="")
    return _events(verb, noun, particles, refused, "actual", mentions)


def _code_ruled_out(
    verb: Token,
    noun: Token | None,
    particles: list[Token],
    rule: Rule,
    verbs: VerbDictionary,
    mentions: MentionIndex,
) -> list[Coding]:
    """An act a speaker says is out of the question, coded as the speaker's
    refusal of it: "Canberra said lifting the sanctions on Fiji is out of the
    question" (1244). Nothing unless a speaker says so, in an actual clause."""
    be = ruled_out(verb)
    refusal = concerned_code(REFUSAL, rule.code)
    if be is None or not refusal or refusal not in verbs.codes():
        return []
    if be.dep_ != "ccomp" or be.head.lemma_.lower() not in ANNOUNCING_VERBS:
        return []
    if clause_mood(be.head) != "actual":
        return []
    refused = replace(rule, code=refusal, intent="", threat="", reverse="")
    object_heads = target_heads(verb, noun, rule, particles)
    speaker = subject_of(be.head)
    return _dyads(
        verb, noun, particles, speaker, object_heads, refused, "actual", mentions
    )


def _predicate(verb: Token) -> set[str]:
    """What a copula says of its subject: "was confident", "remained on alert"."""
    said = {c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr")}
    return said | {o.lemma_.lower() for o in prep_objects(verb, PREDICATE_PREPOSITIONS)}


def matching_rule(
    verb: Token, verbs: VerbDictionary
) -> tuple[Rule, list[Token], Token | None] | None:
    """The first rule that a verb's words fit, with the particles and the
    event noun it matched, whatever the clause's mood."""
    lemma = verb.lemma_.lower()
    phrasal = {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt" and (lemma, c.lower_) in verbs.phrasal
    }
    # The object itself first; a noun listed after it only when no rule
    # names the object: "withdrew inspectors and aid workers" (inspectors).
    # Of the rules as specific as the first that fits, the one whose words
    # match the longest phrase wins ("gold florins" over "florins").
    for listed in (False, True):
        best: tuple[Rule, list[Token], Token | None] | None = None
        most = -1
        for rule, pattern in verbs.for_verb(lemma, verb_form(verb)):
            if best is not None and rule.order != best[0].order:
                break
            if phrasal - set(pattern.particles):
                continue  # "called off a strike" is no call for one
            particles = verb_particles(verb, pattern)
            if particles is None:
                continue
            noun = event_noun(verb, rule, listed)
            if rule.nouns and noun is None:
                continue
            if rule.context and not (rule.context & clause_lemmas(verb)):
                continue
            if lemma in COPULAS and not (rule.context & _predicate(verb)):
                continue  # a copula says what its predicate says: "was confident"
            words = fitted_words(verb, rule)
            if words is None:
                continue
            if rule.code.startswith(_DEMAND_ROOT) and insists_on_fact(verb):
                continue  # "insisted that Moscow had withdrawn": a statement
            if words > most:
                best, most = (rule, particles, noun), words
        if best is not None:
            return _in_words(verb, best)
    return None


# Verbs of force that news also uses of words: "attacked the senator for
# his vote", "attacked the inquiry as a witch hunt" criticize (111).
_WORDS_OF_FORCE = frozenset({"attack"})
_FORCE_ROOTS = frozenset({"18", "19"})
# After "for" or "as", nouns of a time or a motive of force, not a reason
# given in words: "for the third day", "as part of", "for revenge".
_NOT_REASONS = frozenset(
    {"time", "minute", "hour", "day", "night", "week", "month", "year", "part"}
    | {"revenge", "retaliation", "reprisal", "retribution", "vengeance"}
)


def _in_words(
    verb: Token, found: tuple[Rule, list[Token], Token | None]
) -> tuple[Rule, list[Token], Token | None]:
    """A rule of force read as criticism where the verb gives the reason for
    the attack ("for" a deed, not a time) or what the attacked is called
    ("as" a thing): words, not force. Rules that name a weapon stay."""
    rule = found[0]
    if (
        verb.lemma_.lower() not in _WORDS_OF_FORCE
        or rule.code[:2] not in _FORCE_ROOTS
        or rule.context
        or not _reason_given(verb)
    ):
        return found
    criticism = replace(
        rule, id="111.attack_in_words", code="111", intent="", threat=""
    )
    return criticism, found[1], found[2]


def _reason_given(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "as"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and prep.lower_ == "for":
                return True  # "for cutting pensions"
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "NOUN"
                and obj.ent_type_ not in ("DATE", "TIME")
                and obj.lemma_.lower() not in _NOT_REASONS
            ):
                return True
    return False


def _events(
    verb: Token,
    noun: Token | None,
    particles: list[Token],
    rule: Rule,
    mood: Mood,
    mentions: MentionIndex,
    scope: Token | None = None,
) -> list[Coding]:
    passive = is_passive(verb)
    if rule.people and _object_is_thing(verb, passive, mentions):
        return []  # "received surgery", "released a report": another sense
    if asks_a_question(verb):
        return []  # "asked her what she was studying": no appeal
    if is_direct_question(verb):
        return []  # "Did Kenya attack Somalia?": asked, not stated
    subject = passive_agent(verb) if passive else subject_of(verb)
    reading = rule.agentless if passive and subject is None else ""
    if reading == AGENTLESS_AS_WRITTEN:
        passive, subject = False, passive_subject(verb)
    if reading == AGENTLESS_ACTED_UPON:
        # "X was criticized over its row with Y": Y at X.
        heads = target_heads(scope or verb, noun, rule, particles)
        # "X was seen to storm a Y rally": not Y, of a clause of its own
        heads = [h for h in heads if not in_clause_below(h, scope or verb)]
        subject = next((h for h in heads if resolve_all(h, mentions)), None)
        patient = passive_subject(verb)
        object_heads = [patient] if patient is not None else []
    elif rule.source:
        # "was freed from Mordor": the source is in the slot, the subject is
        # the one acted upon.
        subject, object_heads = slot_source(verb, noun, rule, particles)
    elif passive and (noun is None or noun.dep_ != "nsubjpass"):
        object_heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        object_heads = target_heads(scope or verb, noun, rule, particles)
        if rule.code.startswith(PROTEST_ROOT):
            object_heads += protested_heads(verb, noun)
        head = purpose_head(verb)
        if head is not None and rule.code[:2] in _PURPOSES:
            object_heads += journey_ends(head)
        if mood == "threatened" or rule.code[:2] == REFUSAL_ROOT:
            # "may cut aid unless Kyiv pays", "will not end the strike unless
            # the government meets their demands": whom the condition is set
            object_heads += condition_subjects(verb)
    # A rule that needs its slot filled names an ambiguous verb, and a
    # passive's subject is the one acted upon: no search beyond the slots.
    further = (
        []
        if rule.needs_target or rule.source or passive
        else further_heads(scope or verb, noun)
    )
    return _dyads(
        verb, noun, particles, subject, object_heads, rule, mood, mentions, further
    )


def _dyads(
    verb: Token,
    noun: Token | None,
    particles: list[Token],
    subject: Token | None,
    object_heads: list[Token],
    rule: Rule,
    mood: Mood,
    mentions: MentionIndex,
    further: list[Token] | None = None,
) -> list[Coding]:
    """The events between the actors of a subject and of the first object
    slot that names one, for the act ``verb`` (and ``noun``) names; where
    no slot names one, the first of the ``further`` heads of the act's
    phrases that names an actor of another country."""
    if subject is not None and cannot_act(subject):
        return []
    sources: list[Mention] = []
    if subject is not None:
        speaker = reporting_subject(subject)
        if speaker is not None and resolve_all(speaker, mentions):
            subject = speaker  # "Japan said it would send aid"
        sources = resolve_all(subject, mentions)
    if not sources and rule.deep_target and subject is not None:
        sources = _deep_sources(subject, mentions)
    if not sources:
        sources = _unnamed_sources(verb, subject, rule, mentions)
    if not sources:
        return []
    clause = without_names(
        clause_tokens(verb), lambda t: mentions.mention(t) is not None
    )
    sport = speaks_of_sport(clause)
    market = speaks_of_markets(clause)
    code, modality = _code_for(rule, mood)
    if not code:
        return []
    trigger_tokens = [verb, *particles] + ([noun] if noun is not None else [])
    first = min(t.i for t in trigger_tokens)
    last = max(t.i for t in trigger_tokens)
    doc = verb.doc
    if last - first > 6:
        # Too far apart to quote as one phrase: the event noun says most.
        first = last = noun.i if noun is not None else verb.i
    trigger = doc[first : last + 1]
    codings: list[Coding] = []

    def add(source: Mention, target: Mention | None, untargeted: bool = False) -> None:
        if sport and may_be_a_team(source):
            return  # teams bear their countries' names; a named person still acts
        if market and code[:2] in CONFLICT_ROOTS:
            return
        if _trade(source, target, code) and code[:2] != PROTEST_ROOT:
            return  # merchants on strike still protest
        if target is not None and target.actor.entry == COUNTERPART:
            target = as_counterpart(target, source)
        if target is not None and target.actor.code == source.actor.code:
            if not rule.one_sided:
                return
            target = None  # "French youths rioted in Paris": no one else
        if (
            target is not None
            and rule.one_sided
            and rule.code[:2] not in _PEOPLE_ROOTS
            and _home_ground(source, target)
        ):
            target = None  # "Kenyan farmers marched in Nairobi": where, not whom
        confidence = _confidence(rule, source, target, modality)
        pairs = [(source, target, code)]
        if rule.reverse and target is not None:
            pairs.append((target, source, rule.reverse))  # "visited" / "received"
        for one, other, what in pairs:
            codings.append(
                Coding(
                    one,
                    other,
                    rule,
                    what,
                    modality,
                    verb,
                    trigger.start_char,
                    trigger.end_char,
                    trigger.text,
                    confidence,
                    untargeted=untargeted,
                )
            )

    for source in sources:
        targets: list[Mention] = []
        own_side = False  # a slot names only the source itself
        for head in object_heads:  # the first slot that names an actor
            targets = resolve_all(head, mentions, avoid=source.actor.code)
            own_side = own_side or any(
                m.actor.code == source.actor.code for m in resolve_all(head, mentions)
            )
            if not targets:
                # "sanctions against gold from South Africa", "Sweden's
                # decision": the actor the object belongs to.
                targets = _owner_targets(head, sources, mentions)
            if any(t.actor.code != source.actor.code for t in targets):
                break
        if not any(t.actor.code != source.actor.code for t in targets) and not (
            (rule.reciprocal and len(sources) > 1) or rule.reverse
        ):
            targets = _foreign_target(source, further or [], mentions) or targets
        if targets:
            for target in targets:
                add(source, target)
        elif rule.reciprocal and len(sources) > 1:
            for other in sources:
                if other is not source:
                    add(source, other)
        elif rule.one_sided or (noun is not None and rule.code[:2] in _ACTS):
            # An event noun of an act ("lifted the curfew", "sent aid") says
            # what happened even when no one acted upon is named.
            add(source, None)
        elif (
            not rule.needs_target
            and not own_side
            and not any(
                _unknown_name(h) and h.head not in particles for h in object_heads
            )
        ):
            # No one acted upon is named: "Indian business leaders called for
            # free trade", "Croatia is investigating war crimes". Coded with
            # no target, unless the sentence says more (``_untargeted_kept``).
            add(source, None, untargeted=True)
        # else: the object is the source's own side ("held a conversation
        # with his staff"): no dyad to code
    return codings


def _owner_targets(
    head: Token, sources: list[Mention], mentions: MentionIndex
) -> list[Mention]:
    """The actors of the first owner of an object that names no one, but
    never the source's own: "Norway completed its investigation" is an act
    of Norway's with no one else named, coded as if no owner were."""
    own = {source.actor.code for source in sources}
    for owner in owners(head):
        # An owner that is one of the sources ("its", "their own", "Chile's")
        # says whose act it is, not whom it is aimed at.
        found = [m for m in resolve_all(owner, mentions) if m.actor.code not in own]
        if found:
            return found
    return []


def _foreign_target(
    source: Mention, heads: list[Token], mentions: MentionIndex
) -> list[Mention]:
    """The actors of the first head that names one of another country than
    the source's: a target no slot of the rule names."""
    for head in heads:
        found = resolve_all(head, mentions, avoid=source.actor.code)
        foreign = [
            m
            for m in found
            if m.actor.country
            and source.actor.country
            and m.actor.country != source.actor.country
        ]
        if foreign:
            return foreign
    return []


def _deep_sources(subject: Token, mentions: MentionIndex) -> list[Mention]:
    """The first actors named in the phrases of a subject that is an act, not
    an actor: PETRARCH's reading of a rule that names no slot ("Resumption of
    ties between A and B may spur reconciliation between C and D": A and B)."""
    if subject.pos_ != "NOUN":
        return []
    for token in subject.subtree:
        if token.i > subject.i and token.pos_ in ("PROPN", "NOUN"):
            found = resolve_all(token, mentions)
            if found:
                return found
    return []


def _unnamed_sources(
    verb: Token, subject: Token | None, rule: Rule, mentions: MentionIndex
) -> list[Mention]:
    """Who did an act the sentence names no one for, where it says enough.

    Violence done by a means with no perpetrator named ("a roadside bomb near
    Kandahar killed two soldiers", "was killed in a car bomb blast in Mosul")
    is that of whoever the means names ("an attack by Taliban fighters",
    "an Israeli air strike"), else of unnamed armed men of the country where
    it took place (UAF). People protesting who are named by their number or
    crowd, not their side ("hundreds of people marched in Lagos"), are
    civilians of the country where they protest (CVL). An act of a state
    done to someone named only as its patient ("a British aid worker was
    arrested in Iran", "rebels have been disarmed in Colombia") is that of
    the government of the country where it was done. Each source is an
    inference, and its entry says so (a derived actor, of lower confidence).
    Nothing where no place is named.
    """
    root = rule.code[:2]
    if (
        subject is None
        and rule.code.startswith(_STATE_ACTS)
        and is_passive(verb)
        and not rule.source
    ):
        # "fighters in Congo have been disarmed": where those it was done to are
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        patients += [
            g
            for p in patients
            for c in p.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        patients += [c for p in patients for c in p.children if c.dep_ == "acl"]
        place = scene_mention([verb], mentions, preps=_WITHIN) or scene_mention(
            patients, mentions, preps=_WITHIN
        )
        if place is None:
            return []
        state = mentions.actors.country_actor(place.actor.country, "GOV")
        entry = (
            f"of {place.actor.country}, inferred: an act of a state with no one "
            f"named doing it, where it was done ({place.text!r})"
        )
        return [replace(place, actor=replace(state, entry=entry))]
    if root in _VIOLENCE:
        means = attack_means(verb, subject)
        for noun in means:
            # "an ambush on a convoy by Taliban fighters"
            by = [
                pobj
                for prep in noun.subtree
                if prep.dep_ == "prep" and prep.lower_ == "by"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            for head in [noun, *by]:
                named = resolve_all(head, mentions)
                if named:
                    return named
        # the place may hang on the verb the means is the subject of: "an
        # attempt to kill the governor was foiled in Kandahar"
        heads = [m.head for m in means if m.head.pos_ == "VERB" and m.head != verb]
        place = scene_mention([verb, *means, *heads], mentions) if means else None
        if place is None:
            return []
        return [_inferred(means[0], place, "UAF", "an act of violence", mentions)]
    if root == PROTEST_ROOT and subject is not None and gathered_people(subject):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "gathered for a rally in Lagos to protest": the gathering's place
        above = [a for a in verb.ancestors if subject.head in (a, *a.ancestors)]
        place = scene_mention([verb, subject, *objects, *above], mentions)
        if place is None:
            return []
        return [_inferred(subject, place, "CVL", "a protest", mentions)]
    return []


def _inferred(
    phrase: Token, place: Mention, role: str, act: str, mentions: MentionIndex
) -> Mention:
    """An actor the sentence does not name: ``role`` of the place's country."""
    country = place.actor.country
    actor = mentions.actors.country_actor(country, role)
    entry = (
        f"of {country}, inferred: {act} with no one named doing it, "
        f"where it took place ({place.text!r})"
    )
    last = phrase.i
    for prep in phrase.children:  # "hundreds of people"
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == last + 1:
            last = max([last, *(c.i for c in prep.children if c.dep_ == "pobj")])
    span = phrase.doc[phrase.left_edge.i : last + 1]
    return Mention(
        span.text, span.start_char, span.end_char, replace(actor, entry=entry)
    )


# Verbs of asking: with an indirect question, and no act asked for, they ask
# to be told, which is no appeal.
_ASKING = frozenset({"ask", "inquire", "enquire", "query"})
_QUESTION_WORDS = frozenset({"whether"})
_QUESTION_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})


def asks_a_question(verb: Token) -> bool:
    """Whether a verb of asking asks a question, not for an act: its clause
    is an indirect question ("asked why the minister had not resigned",
    "asked her what she was studying", "asked whether Poland would send
    tanks") and nothing is asked for ("asked Japan to send aid", "asked
    for help")."""
    if verb.lemma_.lower() not in _ASKING:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" for c in children):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ == "for" for c in children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.left_edge.i < c.i
        and (
            c.left_edge.tag_ in _QUESTION_TAGS or c.left_edge.lower_ in _QUESTION_WORDS
        )
        for c in children
    )


def is_direct_question(verb: Token) -> bool:
    """Whether a verb's clause is a yes-no question, opened by its
    auxiliary before its subject and closed by a question mark ("Did Kenya
    attack Somalia?", "Will Chile sign the deal?"): what it asks about is
    not stated. A question of why or how an act happened is left alone."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not subjects or not auxiliaries:
        return False
    if auxiliaries[0].i > subjects[0].i:
        return False
    before = verb.doc[verb.left_edge.i : auxiliaries[0].i]
    if any(t.is_alpha for t in before):
        return False  # "why did Kenya attack": asks about what happened
    end = verb.right_edge
    doc = verb.doc
    after = doc[end.i + 1] if end.i + 1 < len(doc) else None
    return end.text == "?" or (after is not None and after.text == "?")


# Nouns of people that the agents table has no role for: a verb of people
# ("released the crew", "received the visitors") acts on them all the same.
_PEOPLE_NOUNS = frozenset(
    {"captive", "crew", "delegate", "guest", "inmate", "visitor", "survivor"}
)


def _object_is_thing(verb: Token, passive: bool, mentions: MentionIndex) -> bool:
    """Whether the one a verb of people acts on (its direct object, a
    passive's subject) is a thing: a common noun, with the nouns coordinated
    with it, that names no actor and no kind of people ("received surgery",
    "released a book"). Names, pronouns and numbers may stand for people."""
    slot = "nsubjpass" if passive else "dobj"
    heads = [c for c in verb.children if c.dep_ == slot]
    if not heads:
        return False
    nouns = [heads[0], *(c for c in heads[0].conjuncts)]
    return all(_names_a_thing(noun, mentions) for noun in nouns)


def _names_a_thing(noun: Token, mentions: MentionIndex) -> bool:
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    if mentions.mention(noun) is not None:
        return False
    lemma = noun.lemma_.lower()
    agents = mentions.actors.agents
    return (
        lemma not in agents and noun.lower_ not in agents and lemma not in _PEOPLE_NOUNS
    )


def _unknown_name(head: Token) -> bool:
    """A slot holds a name that stands for no actor ("Madrid crushed
    Barcelona"), or someone of unknown side ("with his staff"): whoever it
    is, the verb may be used in another sense. (Not after the particle the
    rule names: "called on" an unknown minister is an appeal all the same.)"""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return True  # "with his staff": someone of the source's own side
    return head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PERSON", "NORP")


def _home_ground(source: Mention, target: Mention) -> bool:
    """Whether the target is only a town or region of the source's own
    country, named as where a one-sided act took place."""
    return (
        target.actor.entry.startswith(("the city ", "the region ", "the place "))
        and target.actor.country == source.actor.country
    )


# Roots of what a firm or a business sector says to the public: an appeal,
# a demand, a criticism ("business leaders called for free trade") is
# political even when no one is named as addressed.
_PUBLIC_VOICE_ROOTS = {"02", "10", "11"}


def _trade(source: Mention, target: Mention | None, code: str) -> bool:
    """Business between firms, or a firm acting alone, is no political event;
    a firm's appeal, demand or criticism voiced to no one named is."""
    firms = ("BUS", "MNC")
    if source.actor.role not in firms:
        return False
    if target is None:
        return code[:2] not in _PUBLIC_VOICE_ROOTS
    return target.actor.role in firms


def _code_wrapper(
    wrapper: Token, verbs: VerbDictionary, mentions: MentionIndex, coded: set[int]
) -> list[Coding]:
    """A wrapper verb whose wrapped act no rule knows, coded by its fallback rule.

    "Jordan and Britain agreed to hold joint exercises" (an intent, 030);
    "Turkey refused to extradite ..." (a rejection, 120); with context words,
    a that-clause carrying one of them: "Britain said Libya must hand over
    the suspects" (a demand, 100, of the clause's subject).
    """
    rule = verbs.fallbacks.get(wrapper.lemma_.lower())
    if rule is None:
        return []
    if rule.context:
        acts = [
            c
            for c in wrapper.children
            if c.dep_ == "ccomp"
            and rule.context & {a.lower_ for a in c.children if a.dep_ == "aux"}
        ]
        scope = wrapper
    else:
        acts = [c for c in wrapper.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if rule.code[:2] == "03":
            if any(has_negation(act) for act in acts):
                return []  # "vowed not to attack": no intent to cooperate
            acts = acts or _planned_acts(wrapper)
        scope = acts[0] if acts else wrapper
    if not acts or any(c.i in coded for act in acts for c in _act_tokens(act)):
        return []
    if clause_mood(wrapper) != "actual":
        return []
    # Agreeing is an intent, threatening a threat, refusing an act of its own.
    moods: dict[str, Mood] = {"03": "intended", "13": "threatened"}
    mood = moods.get(rule.code[:2], "actual")
    return _events(wrapper, None, [], rule, mood, mentions, scope=scope)


def _act_tokens(act: Token) -> list[Token]:
    """The words of a wrapped act, less the relative clauses on its nouns:
    in "must return a helicopter that was captured" the act is the return;
    the capture only says which helicopter."""
    tokens: list[Token] = []
    stack = [act]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(
            c
            for c in token.children
            if not (c.dep_ in ("relcl", "acl") and token.pos_ in ("NOUN", "PROPN"))
        )
    return tokens


# Auxiliaries that make an agreed that-clause a plan: "agreed that their
# countries would cooperate".
_PLANNING_AUX = frozenset({"should", "would", "will", "shall"})


def _planned_acts(wrapper: Token) -> list[Token]:
    """The acts of a that-clause that a pledge or agreement plans: "Chile and
    Peru agreed that their navies should hold joint patrols"."""
    return [
        c
        for c in wrapper.children
        if c.dep_ == "ccomp"
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ in _PLANNING_AUX for a in c.children)
    ]


def _dated(noun: Token) -> bool:
    """ "the 2022 invasion", "Iraq's August 1990 invasion": a date on the noun."""
    return any(
        c.ent_type_ == "DATE" and c.dep_ in ("nummod", "nmod", "compound", "amod")
        for c in noun.children
    )


def _code_dated_noun(
    noun: Token, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    """A past act that a noun with its own date names: "Russia's 2022 invasion
    of Ukraine", "the 2003 invasion of Iraq by the United States".

    The noun's code is that of a rule whose verb performs it ("launch" an
    invasion, "commit" genocide); the source is the "by" phrase or the
    possessor, the target the noun's object ("of", where the rule names the
    verb's object) or the prepositions the rule names. Undated nouns are left
    alone: they recall acts that the article does not report.
    """
    rule = next(
        (
            r
            for r in verbs.for_noun(noun.lemma_.lower())
            if not r.context and any(p.lemma in DOING_VERBS for p in r.verbs)
        ),
        None,
    )
    if rule is None or noun_negated(noun):
        return []
    objects: dict[str, list[Token]] = {}
    for prep in noun.children:
        if prep.dep_ == "prep":
            pobjs = [g for g in prep.children if g.dep_ == "pobj"]
            objects.setdefault(prep.lower_, pobjs)
    by = objects.get("by", [])
    subject = (
        by[0] if by else next((c for c in noun.children if c.dep_ == "poss"), None)
    )
    slots = ["of" if slot == "dobj" else slot for slot in rule.target or ("of",)]
    object_heads = [objects[slot][0] for slot in slots if objects.get(slot)]
    codings = _dyads(noun, None, [], subject, object_heads, rule, "actual", mentions)
    return [replace(coding, nominal=True) for coding in codings]


def _code_intent_noun(
    be: Token, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    """ "Russia was open to talks with him": an intent stated with a noun."""
    for adjective in be.children:
        if (
            adjective.dep_ != "acomp"
            or adjective.lemma_.lower() not in INTENT_ADJECTIVES
        ):
            continue
        for prep in adjective.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                for rule in verbs.for_noun(noun.lemma_.lower()):
                    mood = clause_mood(be)
                    if mood == "none" or noun_negated(noun):
                        return []
                    return _events(be, noun, [], rule, "intended", mentions)
    return []


def _consequence_threat(
    verb: Token, verbs: VerbDictionary, mentions: MentionIndex
) -> list[Coding]:
    """ "urged X to make a deal or face sanctions": a threat by the one urging."""
    if verb.lemma_.lower() != "face" or verb.dep_ != "conj":
        return []
    siblings = [*verb.children, *verb.head.children]
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in siblings):
        return []
    governor = verb.head
    while (
        governor.dep_ in ("conj", "xcomp")
        and governor.lemma_.lower() not in CONTENT_VERBS
    ):
        governor = governor.head
    if governor.lemma_.lower() not in CONTENT_VERBS:
        return []
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        for rule in verbs.for_noun(noun.lemma_.lower()):
            threat = rule.threat or DEFAULT_THREAT.get(rule.code[:2], "")
            if not threat:
                continue
            subject = subject_of(governor)
            objects = [c for c in governor.children if c.dep_ == "dobj"]
            if subject is None or not objects or clause_mood(governor) == "none":
                return []
            codings = []
            for source in resolve_all(subject, mentions):
                for target in resolve_all(
                    objects[0], mentions, avoid=source.actor.code
                ):
                    if target.actor.code == source.actor.code:
                        continue
                    codings.append(
                        Coding(
                            source,
                            target,
                            rule,
                            threat,
                            "threatened",
                            verb,
                            verb.idx,
                            noun.idx + len(noun.text),
                            verb.doc[verb.i : noun.i + 1].text,
                            _confidence(rule, source, target, "threatened"),
                        )
                    )
            return codings
    return []


def _code_for(rule: Rule, mood: Mood) -> tuple[str, Modality]:
    if mood == "intended":
        if not rule.intent and rule.code[:2] in DEFAULT_THREAT.keys() - {"15"}:
            # A declared intent to use force, sanctions or protest against
            # someone is a threat (CAMEO 13, PLOVER THREATEN): "vowed to strike".
            # A planned deployment may be help ("send troops to Haiti").
            mood = "threatened"
        else:
            # Acts with no intent code of their own (a planned appeal, a planned
            # criticism) keep their code and are marked as intended.
            code = rule.intent or DEFAULT_INTENT.get(rule.code[:2], rule.code)
            return code, "intended"
    if mood == "threatened":
        if rule.code.startswith("13"):
            return rule.code, "threatened"
        return rule.threat or DEFAULT_THREAT.get(rule.code[:2], "130"), "threatened"
    return rule.code, "actual"


def _confidence(
    rule: Rule, source: Mention, target: Mention | None, modality: str
) -> float:
    """A 0..1 score from how the event was found (not yet calibrated)."""
    score = 0.9
    for mention in (source, target):
        if mention is not None and mention.actor.entry.startswith("pronoun"):
            score *= 0.8
    if target is None:
        score *= 0.85
    if rule.rank == 3:
        score *= 0.95
    if modality != "actual":
        score *= 0.9
    return round(score, 2)
