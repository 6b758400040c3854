"""Appeals and demands take the code of the act they ask for.

CAMEO splits an appeal (02) and a demand (10) by what is asked: "urged Uganda
to release the prisoners" is an appeal for release (0253), "said Iran must
withdraw its forces" a demand for de-escalation (1056). The two families run in
parallel (0253 and 1053, 026 and 106), so one table, from the code of the act
asked for to the digits after the family's root, serves both.

The act asked for is the verb of the appeal's or demand's complement clause
("to release", "must withdraw"); its code is that of the first rule its words
fit, whatever its mood (it is only asked for, so no event of its own is coded).
Only the families' general codes (020, 100) are refined: a rule that already
names a specific appeal or demand keeps its code.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Code of the act asked for (longest prefix wins) -> digits after "02"/"10".
REQUESTED: dict[str, str] = {
    "04": "6",  # consult: meet or negotiate
    "045": "8",  # mediate
    "05": "2",  # diplomatic cooperation
    "057": "7",  # sign an agreement: settle the dispute
    "06": "1",  # material cooperation
    "061": "11",
    "062": "12",
    "063": "13",
    "064": "14",
    "07": "3",  # aid
    "071": "31",
    "072": "32",
    "073": "33",
    "074": "34",
    "081": "51",  # ease administrative sanctions
    "082": "52",  # ease political dissent
    "083": "4",  # political reform
    "0831": "41",  # leaders step down
    "0832": "42",  # policy change
    "0833": "43",  # rights
    "0834": "44",  # institutions, regime
    "084": "53",  # return, release
    "085": "54",  # ease economic sanctions
    "086": "55",  # allow international involvement
    "087": "56",  # de-escalate
}
GENERAL = {"020": "02", "100": "10"}
ASKED_DEPS = ("xcomp", "ccomp")


def requested_code(
    code: str,
    verb: Token,
    act_code: Callable[[Token], str | None],
    known: Callable[[str], bool],
) -> str:
    """The appeal or demand ``code`` of ``verb`` refined by the act it asks
    for, or ``code`` unchanged.

    ``act_code`` gives the code of the rule a verb's words fit, if any;
    ``known`` says whether a code is in the codebook.
    """
    family = GENERAL.get(code)
    if family is None:
        return code
    for act in verb.children:
        if act.dep_ not in ASKED_DEPS or act.pos_ not in ("VERB", "AUX"):
            continue
        asked = act_code(act)
        if asked is None:
            continue
        for length in range(len(asked), 1, -1):
            digits = REQUESTED.get(asked[:length])
            if digits is not None:
                refined = family + digits
                return refined if known(refined) else code
        return code
    return code


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
    family = next((f for f in GENERAL.values() if request.startswith(f)), None)
    if family is None:
        return None
    digit = _PROTEST_FOR.get(request[len(family) :])
    refined = protest + digit if digit else ""
    return refined if refined and known(refined) else None
