"""Appeals, demands and refusals take the code of the act they concern.

CAMEO splits an appeal (02), a demand (10) and a rejection (12) by what is
asked or refused: "urged Uganda to release the prisoners" is an appeal for
release (0253), "said Iran must withdraw its forces" a demand to de-escalate
(1056), "refused to extradite the suspects" a refusal of judicial cooperation
(1213). One table, from the code of the act concerned to the code of each
family, serves all three; the codes are CAMEO 1.1b3's, where the demands
mirror the appeals: 105 that the target yield, 106 to meet, 107 to settle,
108 to accept mediation.

The act is the verb of the complement clause ("to release", "must
withdraw"); its code is that of the first rule its words fit, whatever its
mood (it is only asked for or refused, so no event of its own is coded).
Only the families' general codes (020, 100, 120, 124) and the appeals of
``NARROW`` are refined: a rule that already names another code keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..syntax import SUBJECT_DEPS, is_infinitive

# Code of the act concerned (longest prefix wins) -> (appeal, demand, refusal);
# "" where the family has no code for it.
CONCERNED: dict[str, tuple[str, str, str]] = {
    "04": ("026", "106", "125"),  # meet, negotiate
    "045": ("028", "108", "126"),  # mediate
    "05": ("022", "102", ""),  # diplomatic cooperation
    "057": ("027", "107", ""),  # settle by agreement
    "06": ("021", "101", "121"),  # material cooperation
    "061": ("0211", "1011", "1211"),
    "062": ("0212", "1012", "1212"),
    "063": ("0213", "1013", "1213"),
    "064": ("0214", "1014", ""),
    "07": ("023", "103", "122"),  # aid
    "071": ("0231", "1031", "1221"),
    "072": ("0232", "1032", "1222"),
    "073": ("0233", "1033", "1223"),
    "074": ("0234", "1034", "1224"),
    "08": ("025", "105", "124"),  # yield
    "081": ("0251", "1051", "1241"),
    "082": ("0252", "1052", "1242"),
    "083": ("024", "104", "123"),  # political reform
    "0831": ("0241", "1041", "1231"),  # leaders step down
    "0832": ("0242", "1042", "1232"),
    "0833": ("0243", "1043", "1233"),
    "0834": ("0244", "1044", "1234"),
    "084": ("0253", "1053", "1243"),  # return, release
    "085": ("0254", "1054", "1244"),
    "086": ("0255", "1055", "1245"),
    "087": ("0256", "1056", "1246"),  # de-escalate
    "0871": ("0256", "1056", "1246"),  # ceasefire
    "0874": ("0256", "1056", "1246"),  # withdraw
    # investigate: a demand for an investigation is 101, the refusal of one
    # ("rejected a request to question the suspects") the rejection of
    # material cooperation (121) that mirrors it
    "09": ("", "101", "121"),
    # An act only agreed to or committed to ("must commit to a ceasefire")
    # concerns the act it promises.
    "031": ("021", "101", "121"),
    "0311": ("0211", "1011", "1211"),
    "0312": ("0212", "1012", "1212"),
    "0313": ("0213", "1013", "1213"),
    "0314": ("0214", "1014", ""),
    "032": ("022", "102", ""),
    "033": ("023", "103", "122"),
    "0331": ("0231", "1031", "1221"),
    "0332": ("0232", "1032", "1222"),
    "0333": ("0233", "1033", "1223"),
    "0334": ("0234", "1034", "1224"),
    "034": ("024", "104", "123"),
    "0341": ("0241", "1041", "1231"),
    "0342": ("0242", "1042", "1232"),
    "0343": ("0243", "1043", "1233"),
    "0344": ("0244", "1044", "1234"),
    "035": ("025", "105", "124"),
    "0351": ("0251", "1051", "1241"),
    "0352": ("0252", "1052", "1242"),
    "0353": ("0253", "1053", "1243"),
    "0354": ("0254", "1054", "1244"),
    "0355": ("0255", "1055", "1245"),
    "0356": ("0256", "1056", "1246"),
    "036": ("026", "106", "125"),
    "037": ("027", "107", ""),
    "038": ("028", "108", "126"),
    "039": ("028", "108", "126"),
}
# The general code of each family, and its place in CONCERNED's tuples.
GENERAL = {"020": 0, "100": 1, "120": 2, "124": 2}
# Appeals a rule names from a word of their clause ("asked banks for help",
# "urged economic ties"), which the act asked for refines within the codes
# listed: "asked banks to help finance the pipeline" is an appeal for
# economic aid (0231), not for economic cooperation; "urged Niger to lift its
# ban on aid convoys" one to let aid in (0255); "urged the UN to end the
# trade embargo" one to ease the embargo (0254); "urged both sides to reach
# a deal in their talks" one to settle (027), not to meet.
NARROW = {
    "023": ("021", "023", "025"),
    "0233": ("023", "025"),
    "0211": ("021", "023", "0254"),
    "022": ("022", "053"),
    "026": ("026", "027", "028"),
    # "would not meet the demands to free the hostages": turning down
    # demands, coded 123 by the rule, is the refusal of what they ask for
    # among the refusals to reform or to yield (1243)
    "123": ("123", "124"),
}
# The family of each NARROW code that is not an appeal.
NARROW_FAMILY = {"123": 2}
# An appeal to support or praise a named party rallies support for it (053:
# "urged the EU to back Moldova"); one to support a plan asks for policy
# support (022).
PRAISE = "051"
RALLY = "053"
ACTOR_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# Acceding to a demand takes the code of the yielding act demanded: "bowed
# to demands to free the prisoners" is a release (0841), "gave in to demands
# to overhaul the judiciary" an institutional change (0834).
YIELDING = {"080", "083"}
YIELD_ROOT = "08"
# Verbs that only lend a hand to the act after them: "help finance".
HELPING_VERBS = {"help", "assist"}
# Verbs that only say the act after them is due: "said Japan needs to open
# its markets" asks for the opening.
NEEDING_VERBS = {"need"}
APPEAL = 0
REFUSAL = 2
# What is rejected when a request is: "rejected the demand to cede Crimea".
REQUEST_NOUNS = {
    "demand",
    "request",
    "call",
    "appeal",
    "ultimatum",
    "plea",
    "proposal",
    "offer",
    "bid",
}
FAMILIES = ("02", "10", "12")
# What an act asked for or refused may only plan another: "cancel plans to
# sell arms" concerns the sale.
PLAN_NOUNS = {"plan", "decision", "intention", "bid", "proposal", "move", "scheme"}
# Action or steps taken for an act are the act: "demanded that Serbia take
# steps to hand over the suspects" asks for the handover, whatever "take
# action" codes on its own.
STEP_NOUNS = {"action", "step", "measure"}
ASKED_DEPS = ("xcomp", "ccomp")
# How the parser hangs the that-clause of a demand on the noun.
_CONTENT_DEPS = ("acl", "ccomp", "relcl")
# What is due is asked for: "stressed the obligation of Ethiopia to withdraw".
OBLIGATION_NOUNS = {"obligation", "duty", "responsibility"}


def concerned_code(family: int, act: str) -> str:
    """The code, in family ``family`` (0 appeal, 1 demand, 2 refusal), of an
    appeal, demand or refusal of the act coded ``act``; "" if none."""
    for length in range(len(act), 1, -1):
        codes = CONCERNED.get(act[:length])
        if codes is not None:
            return codes[family]
    return ""


def requested_code(
    code: str,
    verb: Token,
    act_code: Callable[[Token], str | None],
    known: Callable[[str], bool],
) -> str:
    """The appeal, demand or refusal ``code`` of ``verb`` refined by the act
    it concerns, or ``code`` unchanged.

    ``act_code`` gives the code of the rule a verb's words fit, if any;
    ``known`` says whether a code is in the codebook.
    """
    if code in YIELDING:
        return _yielded_code(code, verb, act_code, known)
    family = GENERAL.get(code, NARROW_FAMILY.get(code, 0) if code in NARROW else None)
    if family is None:
        return code
    for act in _acts_concerned(verb, family):
        steps = _acts_of_steps(act)
        asked = next(filter(None, map(act_code, steps)), None) or act_code(act)
        if asked is None and act.lemma_.lower() in HELPING_VERBS | NEEDING_VERBS:
            helped = [c for c in act.children if c.dep_ in ASKED_DEPS]
            asked = next(filter(None, map(act_code, helped)), None)
        if asked is None:
            asked = next(filter(None, map(act_code, _planned_acts(act))), None)
        if asked is None:
            continue
        refined = concerned_code(family, asked)
        if family == APPEAL and asked.startswith(PRAISE) and _names_a_party(act):
            refined = RALLY
        if code in NARROW and not refined.startswith(NARROW[code]):
            return code
        return refined if refined and known(refined) else code
    return code


def _planned_acts(act: Token, nouns: set[str] = PLAN_NOUNS) -> list[Token]:
    """The acts a plan, decision or intention (or another of ``nouns``) that
    ``act`` takes as its object is to do: "demanded that Japan drop plans to
    sell submarines to Vietnam" asks about the sale."""
    return [
        planned
        for noun in act.children
        if noun.dep_ in ("dobj", "nsubjpass") and noun.lemma_.lower() in nouns
        for planned in noun.children
        if planned.dep_ in ("acl", "xcomp")
        and planned.pos_ == "VERB"
        and is_infinitive(planned)
    ]


def _acts_of_steps(act: Token) -> list[Token]:
    """The act that steps or action taken are for, on the noun ("take action
    to lift the ban") or, as the parser may hang it, on the verb ("take steps
    to release them")."""
    if not any(
        c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS for c in act.children
    ):
        return []
    return _planned_acts(act, STEP_NOUNS) + [
        purpose
        for purpose in act.children
        if purpose.dep_ == "advcl"
        and purpose.pos_ == "VERB"
        and is_infinitive(purpose)
        and not any(c.dep_ in SUBJECT_DEPS for c in purpose.children)
    ]


def _names_a_party(act: Token) -> bool:
    """Whether the object of an act is a named party ("back Moldova", "support
    the Palestine Liberation Organization"), not a plan or policy."""
    return any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ in ACTOR_ENTITIES
        for c in act.children
    )


def _yielded_code(
    code: str,
    verb: Token,
    act_code: Callable[[Token], str | None],
    known: Callable[[str], bool],
) -> str:
    """The yield ``code`` of acceding to demands refined by the yielding act
    the demands ask for, where one is named on the demand noun."""
    for noun in _objects(verb):
        if noun.lemma_.lower() not in REQUEST_NOUNS:
            continue
        for act in noun.children:
            if act.dep_ != "acl" or act.pos_ != "VERB" or not is_infinitive(act):
                continue
            asked = act_code(act)
            if asked and asked.startswith(YIELD_ROOT) and known(asked):
                return asked
    return code


def _acts_concerned(verb: Token, family: int) -> list[Token]:
    """The verbs of what ``verb`` asks for or refuses: its complement clause
    ("refused to extradite"), the act a complement's adjective is ready for
    ("said Oman must be ready to mediate"), an appeal's (or a stressed
    obligation's) infinitive that the parser hangs on the verb as an
    adverbial clause ("appealed to Niger on Monday to lift its ban"), the
    clause of another's act that "for" opens ("pushed hard for Spain to back
    the plan"), the infinitive on the request it rejects ("rejected a demand
    to expel the envoy"), or the that-clause of the demand or reminder (or
    the infinitive of the obligation) its object names ("issued a warning to
    Serbia that it must hand over the suspects"), or the that-clause of the
    demand it takes up ("insisted on its demand that Serbia hand them over")."""
    acts: list[Token] = []
    for child in verb.children:
        if child.dep_ == "advcl" and child.pos_ == "VERB" and opened_by_for(child):
            acts.append(child)
        elif (
            family != REFUSAL
            and child.dep_ == "dobj"
            and child.pos_ == "NOUN"
            and child.i > verb.i
        ):
            acts.extend(_noun_content(child))
        if child.dep_ in ASKED_DEPS and (
            child.pos_ in ("VERB", "AUX") or misread_clause(child)
        ):
            acts.append(child)
            if child.lemma_ == "be":
                acts.extend(
                    act
                    for adjective in child.children
                    if adjective.dep_ == "acomp"
                    for act in adjective.children
                    if act.dep_ == "xcomp" and act.pos_ == "VERB"
                )
        elif (
            (family == APPEAL or (family != REFUSAL and _stresses_obligation(verb)))
            and child.dep_ == "advcl"
            and child.pos_ == "VERB"
            and is_infinitive(child)
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            acts.append(child)
        elif (
            family == REFUSAL
            and child.dep_ == "dobj"
            and child.lemma_.lower() in REQUEST_NOUNS
        ):
            # the parser may take the noun for a verb and its infinitive for
            # a complement ("meet hostage-takers demands to free ...")
            acts.extend(
                act
                for act in child.children
                if act.dep_ in ("acl", "xcomp")
                and act.pos_ == "VERB"
                and is_infinitive(act)
            )
    if family != REFUSAL:
        # "insisted on its demand that Moscow free them"
        acts.extend(act for act in demanded_clauses(verb) if act not in acts)
    return acts


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, then the objects of its prepositions."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    return nouns + [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def demanded_clauses(verb: Token) -> list[Token]:
    """The that-clauses of the demands or calls a verb takes up, as its
    object or its preposition's: "reiterated its demand that Moscow free
    the journalists", "insisted on its call that Kyiv hold talks"."""
    nouns = [n for n in _objects(verb) if n.lemma_.lower() in REQUEST_NOUNS]
    # The parser may hang the clause on the verb ("insisted on its demand
    # that ...": a complement of "insisted"), take it for a relative clause,
    # or read its verb as an adjective ("that Minsk free the prisoners").
    clauses = [c for n in nouns for c in n.children if c.dep_ in _CONTENT_DEPS]
    clauses += [c for c in verb.children if c.dep_ == "ccomp"] if nouns else []
    return [c for c in clauses if _demanded_after(c, nouns)]


def is_demanded(clause: Token) -> bool:
    """Whether a clause is what a demand or call asks for: "the demand that
    Maduro step down", "insisted on its demand that Baku free them"."""
    head = clause.head
    if clause.dep_ in _CONTENT_DEPS and head.lemma_.lower() in REQUEST_NOUNS:
        return _demanded_after(clause, [head])
    return clause.dep_ == "ccomp" and clause in demanded_clauses(head)


def _demanded_after(clause: Token, nouns: list[Token]) -> bool:
    """Whether ``clause`` is the that-clause of one of the request ``nouns``
    before it: "its demand that Serbia hand over the suspects"."""
    return (
        any(n.i < clause.i for n in nouns)
        and _that_clause(clause)
        and (
            any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            or misread_clause(clause)
        )
    )


def misread_clause(clause: Token) -> bool:
    """A that-clause whose verb the parser read as a noun with its subject
    for a modifier ("demanded that the government resign" as one noun
    phrase, "the government resign"): the phrase names the one asked, its
    head the act."""
    return clause.pos_ == "NOUN" and _that_clause(clause)


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _stresses_obligation(verb: Token) -> bool:
    """Whether a verb's object is an obligation, whose infinitive the parser
    may hang on the verb: "stressed the duty of Hungary to release them"."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in OBLIGATION_NOUNS for c in verb.children
    )


def opened_by_for(clause: Token) -> bool:
    """Whether a clause is another's act that "for" opens: "for Spain to
    back the plan"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ in SUBJECT_DEPS for c in clause.children
    )


def _noun_content(noun: Token) -> list[Token]:
    """The act a demand, appeal or reminder noun says is due, in its
    that-clause: "a reminder that it must cooperate"; or the act an
    obligation names, in its infinitive: "the duty of Israel to let aid in"."""
    return [
        act
        for act in noun.children
        if act.dep_ in ("acl", "ccomp")
        and act.pos_ == "VERB"
        and (
            any(c.dep_ == "mark" and c.lower_ == "that" for c in act.children)
            or (
                act.dep_ == "acl"
                and noun.lemma_.lower() in OBLIGATION_NOUNS
                and is_infinitive(act)
            )
        )
    ]


# What a protest asks for, by the digits of the request after its family's
# root ("41" in 1041 or 0241), to the protest's last digit: 1411 demonstrate
# for a change in leadership, 1412 policy, 1413 rights, 1414 institutions.
_PROTEST_FOR = {"41": "1", "42": "2", "43": "3", "44": "4"}
PROTEST_ROOT = "14"


# Joining others in an act is doing it: "rioted, joining the crowds in
# demanding a referendum" demands the referendum.
JOINING_VERBS = {"join"}


def purpose_clauses(protest: Token) -> list[Token]:
    """The clauses that may say what a protest is for: its adverbial and
    complement clauses ("marched to demand reforms", "struck, calling for
    independence"), and the act one of them joins others in ("rioted,
    joining thousands of demonstrators in demanding a referendum")."""
    clauses = [
        c for c in protest.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
    ]
    return clauses + [
        act
        for clause in clauses
        if clause.lemma_.lower() in JOINING_VERBS
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for act in prep.children
        if act.dep_ == "pcomp" and act.pos_ == "VERB"
    ]


def protest_aims(
    protest: str, request: str, known: Callable[[str], bool]
) -> str | None:
    """The code of a protest (14x) that a request of the same actors in its
    own clause says the aim of ("staged demonstrations to demand reforms",
    "marched, calling for independence"), or None when the protest's code
    cannot say it; the request itself is the protest's purpose, not an event
    of its own."""
    if not protest.startswith(PROTEST_ROOT) or len(protest) != 3:
        return None
    family = next((f for f in FAMILIES[:2] if request.startswith(f)), None)
    if family is None:
        return None
    digit = _PROTEST_FOR.get(request[len(family) :])
    refined = protest + digit if digit else ""
    return refined if refined and known(refined) else None
