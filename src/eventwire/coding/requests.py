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

from ..syntax import is_infinitive

# Code of the act concerned (longest prefix wins) -> (appeal, demand, refusal);
# "" where the family has no code for it.
CONCERNED: dict[str, tuple[str, str, str]] = {
    "04": ("026", "106", "125"),  # meet, negotiate
    "045": ("028", "108", "126"),  # mediate
    "05": ("022", "102", ""),  # diplomatic cooperation
    "057": ("027", "107", ""),  # settle by agreement
    "06": ("021", "", "121"),  # material cooperation
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
    "09": ("", "101", ""),  # investigate
}
# The general code of each family, and its place in CONCERNED's tuples.
GENERAL = {"020": 0, "100": 1, "120": 2, "124": 2}
# Appeals a rule names from a word of their clause ("asked banks for help",
# "urged economic ties"), which the act asked for refines within material
# cooperation and aid: "asked banks to help finance the pipeline" is an
# appeal for economic aid (0231), not for economic cooperation.
NARROW = {"023": ("021", "023"), "0211": ("021", "023")}
# Verbs that only lend a hand to the act after them: "help finance".
HELPING_VERBS = {"help", "assist"}
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
ASKED_DEPS = ("xcomp", "ccomp")


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
    family = GENERAL.get(code, 0 if code in NARROW else None)
    if family is None:
        return code
    for act in _acts_concerned(verb, family):
        asked = act_code(act)
        if asked is None and act.lemma_.lower() in HELPING_VERBS:
            helped = [c for c in act.children if c.dep_ in ASKED_DEPS]
            asked = next(filter(None, map(act_code, helped)), None)
        if asked is None:
            continue
        refined = concerned_code(family, asked)
        if code in NARROW and not refined.startswith(NARROW[code]):
            return code
        return refined if refined and known(refined) else code
    return code


def _acts_concerned(verb: Token, family: int) -> list[Token]:
    """The verbs of what ``verb`` asks for or refuses: its complement clause
    ("refused to extradite"), the act a complement's adjective is ready for
    ("said Oman must be ready to mediate"), or the infinitive on the request
    it rejects ("rejected a demand to expel the envoy")."""
    acts: list[Token] = []
    for child in verb.children:
        if child.dep_ in ASKED_DEPS and child.pos_ in ("VERB", "AUX"):
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
            family == REFUSAL
            and child.dep_ == "dobj"
            and child.lemma_.lower() in REQUEST_NOUNS
        ):
            acts.extend(
                act
                for act in child.children
                if act.dep_ == "acl" and act.pos_ == "VERB" and is_infinitive(act)
            )
    return acts


# What a protest asks for, by the digits of the request after its family's
# root ("41" in 1041 or 0241), to the protest's last digit: 1411 demonstrate
# for a change in leadership, 1412 policy, 1413 rights, 1414 institutions.
_PROTEST_FOR = {"41": "1", "42": "2", "43": "3", "44": "4"}
PROTEST_ROOT = "14"


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
