"""The conflictual codes (CAMEO 10-20) on our own sentences: which sub-code a
demand, rejection, threat, posture, cut or violation takes."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2025, 3, 14)


_codes = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the content of a rejected demand or offer refines 12x
        (
            "Japan rejected a Russian demand to stop joint drills with the "
            "United States.",
            ("JPNGOV", "RUS", "1212"),
        ),
        (
            "Serbia rejected a Croatian ultimatum to hand over the war crimes suspect.",
            ("SRBGOV", "HRV", "1213"),
        ),
        (
            "Azerbaijan turned down a French offer to host peace talks with Armenia.",
            ("AZEGOV", "FRA", "126"),
        ),
        (
            "Azerbaijan opposes Russian mediation in the Karabakh dispute.",
            ("AZEGOV", "RUS", "126"),
        ),
        # calls for sanctions rally opposition
        (
            "Lithuania called for sanctions against Belarus.",
            ("LTUGOV", "BLRGOV", "113"),
        ),
        # part of a place seized, an indictment for atrocities
        (
            "Congolese rebels captured part of the eastern city of Goma.",
            ("CODREB", "CODCVL", "192"),
        ),
        (
            "The International Criminal Court indicted the Sudanese president for "
            "genocide.",
            ("IGOJUDICC", "SDNGOV", "1124"),
        ),
        # an arrest for spying or treason accuses of it; an arrest for
        # another crime is an arrest
        (
            "Egyptian police arrested a Dutch engineer for spying for Israel.",
            ("EGYCOP", "NLD", "1125"),
        ),
        (
            "A Georgian activist was detained in Azerbaijan on charges of treason.",
            ("AZEGOV", "GEOOPP", "1125"),
        ),
        (
            "Egyptian police arrested a Dutch engineer for drug smuggling.",
            ("EGYCOP", "NLD", "173"),
        ),
        # going back on constitutional change; keeping international actors out
        (
            "The Malian junta reneged on its promise of a referendum on a new "
            "constitution.",
            ("MLIGOV", "", "1234"),
        ),
        (
            "Eritrea refused to allow United Nations investigators to visit its "
            "prisons.",
            ("ERIGOV", "", "1245"),
        ),
        # a demand for rights stood by
        (
            "Kurdish rebels insisted on their demand that the Turkish government "
            "give Kurds more rights.",
            ("TURREB", "TURGOV", "1043"),
        ),
        # a demand for constitutional change
        (
            "The Somali opposition demanded that the Somali government accept "
            "constitutional changes.",
            ("SOMOPP", "SOMGOV", "1044"),
        ),
        # threats: of repression, of force
        (
            "The Kenyan interior minister vowed not to tolerate protests by "
            "opposition supporters.",
            ("KENGOV", "", "137"),
        ),
        # military posture
        (
            "The Sudanese army prepared to storm the rebel-held city of El Fasher.",
            ("SDNMIL", "", "150"),
        ),
        (
            "The Indian army went on alert against Pakistan.",
            ("INDMIL", "PAKGOV", "152"),
        ),
        # reduced relations: a part of a military aid programme, failed talks
        (
            "The Netherlands suspended part of its military assistance programme "
            "for Mali.",
            ("NLDGOV", "MLIGOV", "1622"),
        ),
        (
            "Serbia and Kosovo failed to reach a deal on license plates after "
            "talks in Brussels.",
            ("SRBGOV", "XKXGOV", "164"),
        ),
        # a newspaper ordered to close is a restriction of freedoms
        (
            "The Turkish authorities ordered the opposition newspaper to stop "
            "publishing.",
            ("TURGOV", "", "1721"),
        ),
        # held guilty of a truce violation, responsible for massacres
        (
            "The Sudanese army and the Rapid Support Forces are guilty of violating "
            "the truce.",
            ("SDNMIL", "", "196"),
        ),
        (
            "The Myanmar military is responsible for the massacres in Rakhine, "
            "investigators said.",
            ("MMRMIL", "", "202"),
        ),
        # a strike against a law is a strike for policy change
        (
            "Greek dockworkers downed tools over the new privatisation law.",
            ("GRCLAB", "", "1432"),
        ),
        # a broken ceasefire agreement is a ceasefire violation
        (
            "Azerbaijani troops violated the ceasefire agreement with Armenia.",
            ("AZEMIL", "ARMGOV", "196"),
        ),
    ],
)
def test_conflict_sentence_codes_to_sub_code(pipeline, text, expected):
    assert expected in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Hezbollah threatened to deal painful blows to Israel.", "LBNREBHEZ", "138"),
        (
            "The Yemeni rebels vowed to strike back against Saudi Arabia.",
            "YEMREB",
            "138",
        ),
    ],
)
def test_threat_of_blows_is_a_threat_of_force(pipeline, text, source, code):
    assert (source, code) in {(s, c) for s, _, c in _codes(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Azerbaijani troops violated the trade agreement with Armenia.", "196"),
        ("The Kenyan interior minister vowed to curb inflation.", "137"),
        (
            "The Kenyan opposition warned that the police would no longer tolerate "
            "protests.",
            "137",
        ),
        (
            "The court ordered the opposition newspaper to pay damages to the "
            "minister.",
            "1721",
        ),
        ("Sudan's generals failed to attend the talks in Jeddah.", "164"),
        (
            "The Sudanese army and the Rapid Support Forces are guilty of looting.",
            "196",
        ),
        (
            "The Myanmar military is responsible for security in Rakhine, "
            "investigators said.",
            "202",
        ),
        ("Greek dockworkers downed tools over unpaid wages.", "1432"),
        (
            "The Malian junta reneged on its promise to pay the Wagner mercenaries.",
            "1234",
        ),
        ("Eritrea refused to allow its citizens to leave the country.", "1245"),
        ("Hezbollah threatened to publish documents about Israel.", "138"),
        (
            "The Sudanese army prepared a report on the rebel-held city of El Fasher.",
            "150",
        ),
    ],
)
def test_conflict_sentence_does_not_code_to(pipeline, text, code):
    assert code not in {c for _, _, c in _codes(pipeline, text)}
