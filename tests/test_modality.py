"""Modality per PLOVER: acts that happened, were intended, threatened, denied,
only supposed, or did not happen; and acts the article recalls from the past."""

import datetime as dt

import pytest

from eventwire.models import Article

ON = dt.date(2025, 3, 14)


def _events(pipeline, text, on=ON):
    return pipeline.code(Article("t", text, on)).events


def _coded(pipeline, text):
    return {
        (e.source_code, e.target_code, e.cameo, e.modality)
        for e in _events(pipeline, text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany pledged to send aid to Sudan.",
            ("DEUGOV", "SDNGOV", "033", "intended"),
        ),
        (
            "Japan promised to provide loans to the Philippines.",
            ("JPNGOV", "PHLGOV", "0331", "intended"),
        ),
        (
            "Saudi Arabia promised to invest in Egypt.",
            ("SAUGOV", "EGYGOV", "0311", "intended"),
        ),
        (
            "India offered to mediate between Armenia and Azerbaijan.",
            ("INDGOV", "ARMGOV", "039", "intended"),
        ),
        (
            "Egypt plans to host Israel and Hamas for talks next week.",
            ("EGYGOV", "ISRGOV", "036", "intended"),
        ),
        # a future reported by a speech verb is an announced intent
        (
            "Japan said it would send aid to Sudan.",
            ("JPNGOV", "SDNGOV", "033", "intended"),
        ),
        ("Turkey will host Syria next week.", ("TURGOV", "SYRGOV", "036", "intended")),
    ],
)
def test_intended_act_codes_to_an_intent(pipeline, text, expected):
    assert expected in _coded(pipeline, text)
    assert all(e.cameo.startswith("03") for e in _events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China threatened to impose sanctions on Lithuania.",
            ("CHNGOV", "LTUGOV", "1312", "threatened"),
        ),
        (
            "Russia threatened to strike Kyiv.",
            ("RUSGOV", "UKRGOV", "1384", "threatened"),
        ),
        # "warned it would": the pronoun is the one warning
        (
            "North Korea warned it would attack South Korea.",
            ("PRKGOV", "KORGOV", "1384", "threatened"),
        ),
        (
            "Putin warned he would strike Kyiv.",
            ("RUSGOV", "UKRGOV", "1384", "threatened"),
        ),
        # a warning holds its condition: the threat is stated
        (
            "Hezbollah warned it would strike Israel if Israel attacked Lebanon.",
            ("LBNREBHEZ", "ISRGOV", "1384", "threatened"),
        ),
        # an oath to fight is a declared intent to use force
        (
            "Iraqi militias swore to fight American troops until they leave Iraq.",
            ("IRQUAF", "USAMIL", "1384", "threatened"),
        ),
        # a declared intent to use force or sanctions is a threat
        (
            "Turkey vowed to attack the PKK in Iraq.",
            ("TURGOV", "TURREBPKK", "1384", "threatened"),
        ),
        (
            "India intends to impose sanctions on Myanmar.",
            ("INDGOV", "MMRGOV", "1312", "threatened"),
        ),
    ],
)
def test_threatened_act_codes_to_a_threat(pipeline, text, expected):
    assert expected in _coded(pipeline, text)
    assert all(e.cameo.startswith("13") for e in _events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Chilean students staged rallies in Santiago to demand free tuition.", "14"),
        (
            "Hundreds of Nepalese students marched in Kathmandu calling for autonomy.",
            "14",
        ),
        (
            "Jailed Egyptian activists began a hunger strike to demand the "
            "release of their leader.",
            "14",
        ),
        ("Kenyan farmers blocked highways to press for lower fuel prices.", "14"),
        (
            "Bangladeshi garment workers shunned work on Sunday to protest the "
            "low minimum wage.",
            "14",
        ),
    ],
)
def test_demand_that_a_protest_is_for_is_coded_as_the_protest(pipeline, text, protest):
    roots = {e.cameo[:2] for e in _events(pipeline, text)}
    assert protest in roots
    assert "10" not in roots


def test_protest_that_a_strike_is_for_is_the_strike(pipeline):
    text = "Bangladeshi garment workers shunned work on Sunday to protest the low wage."
    assert {e.cameo for e in _events(pipeline, text)} == {"143"}


def test_demand_of_its_own_beside_a_protest_is_still_coded(pipeline):
    text = "Serbia demanded that Kosovo lift its ban on Serbian goods."
    assert "10" in {e.cameo[:2] for e in _events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union announced it would suspend aid to Niger.",
            ("IGOEUREEC", "NERGOV", "162", "actual"),
        ),
        (
            "Canada announced it will expel two Indian diplomats.",
            ("CANGOV", "INDGOV", "161", "actual"),
        ),
    ],
)
def test_announced_measure_is_the_measure_taken(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


def test_warned_measure_stays_a_threat(pipeline):
    text = "Russia warned it would cut gas supplies to Moldova."
    assert ("RUSGOV", "MDAGOV", "131", "threatened") in _coded(pipeline, text)


def test_pledged_deployment_is_no_threat(pipeline):
    events = _events(pipeline, "Kenya pledged to send troops to Haiti.")
    assert not [e for e in events if e.cameo.startswith("13")]


DENIED = [
    "Russia denied attacking Ukraine.",
    "Israel denied shelling the Lebanese village.",
    "Russia rejected reports that it had shelled Kharkiv.",
    "Iran dismissed claims that it attacked the tanker.",
    "Russia refuted claims that it had bombed Odesa.",
    "China denied that it had sent weapons to Russia.",
    "Israel denied that its troops had raided the Lebanese village.",
]

HYPOTHETICAL = [
    "Russia could attack Ukraine.",
    "Russia would attack Ukraine if NATO expands.",
    "China may impose sanctions on Taiwan.",
    "If Israel attacks Iran, the region will burn.",
    "China might recognise Kosovo.",
    "Iran should free the British detainees.",
    "Russia can attack Finland at any time.",
    "France would condemn Iran if it tested a missile.",
]

# Acts only asked for, whichever way the parser attaches the infinitive.
ASKED = [
    "The Arab League called Sunday on Sudanese generals to mobilize troops "
    "against the RSF.",
    "An Iranian newspaper called Friday on Muslims to unite and mobilize against "
    "Israel.",
    # a conjoined act under a refusal, its first verb mistaken for a noun
    "Congolese rebels refused to allow the aircraft to land and evacuate "
    "wounded Ugandan soldiers.",
    "Sudan refused to allow the planes to land and evacuate Egyptian civilians.",
]

NEGATED = [
    "Russia did not attack Ukraine.",
    "Israel did not strike Iran on Friday.",
    "Japan never criticised China.",
    "Russia never invaded Finland.",
    "India has not condemned Russia.",
    "Serbia refused to meet Kosovo.",
    "Serbia declined to recognise Kosovo.",
    "Iran failed to reach an agreement with the United Nations.",
    "No attack on Ukraine was launched by Russia.",
    "No sanctions were imposed on Iran by the European Union.",
    "No talks were held between India and Pakistan.",
    "Turkey left Cyprus without attacking Greece.",
    "The United States stopped short of imposing sanctions on China.",
    "Britain stopped short of expelling Russian diplomats.",
    "Pakistan neither condemned nor praised India.",
    "Russia has yet to attack Kyiv.",
]

# The act each sentence names but does not state as done: no event of its
# root, in any modality; an act of another kind (a denial, a refusal) may be.
_ACT_ROOTS = {
    "attack": "19",
    "shell": "19",
    "bomb": "18",
    "raid": "19",
    "strike": "19",
    "invade": "19",
    "sanction": "16",
    "expel": "16",
    "criticise": "11",
    "condemn": "11",
    "praise": "05",
    "recognise": "05",
    "meet": "04",
    "talks": "04",
    "agreement": "05",
    "weapons": "07",
    "free": "08",
    "mobilize": "15",
    "evacuate": "07",
}


def _act_root(text):
    lowered = text.lower()
    return [root for word, root in _ACT_ROOTS.items() if word in lowered]


@pytest.mark.parametrize("text", DENIED + HYPOTHETICAL + NEGATED + ASKED)
def test_denied_hypothetical_or_negated_act_is_not_coded(pipeline, text):
    roots = _act_root(text)
    assert roots, "the table names the act of each sentence"
    coded = {e.cameo[:2] for e in _events(pipeline, text) if e.modality == "actual"}
    assert not coded & set(roots)


@pytest.mark.parametrize("text", DENIED)
def test_denial_is_coded_only_as_a_denial(pipeline, text):
    assert {e.cameo for e in _events(pipeline, text)} <= {"016"}


@pytest.mark.parametrize(
    ("text", "expected", "date"),
    [
        (
            "Russia's 2022 invasion of Ukraine killed thousands.",
            ("RUSGOV", "UKRGOV", "192"),
            "2022",
        ),
        (
            "Since Russia's 2008 invasion of Georgia, Tbilisi has sought NATO"
            " membership.",
            ("RUSGOV", "GEOGOV", "192"),
            "2008",
        ),
        (
            "Iraq's 1990 invasion of Kuwait led to a war.",
            ("IRQGOV", "KWTGOV", "192"),
            "1990",
        ),
        (
            "The 2003 invasion of Iraq by the United States divided Europe.",
            ("USAGOV", "IRQGOV", "192"),
            "2003",
        ),
        ("Russia invaded Ukraine in 2022.", ("RUSGOV", "UKRGOV", "192"), "2022"),
        (
            "Russia attacked Kyiv in February 2022.",
            ("RUSGOV", "UKRGOV", "190"),
            "2022-02",
        ),
    ],
)
def test_recalled_act_has_its_own_date_and_is_historical(
    pipeline, text, expected, date
):
    (event,) = [
        e
        for e in _events(pipeline, text)
        if (e.source_code, e.target_code, e.cameo) == expected
    ]
    assert event.historical
    assert event.date.startswith(date)
    assert event.date_precision != "publication"


@pytest.mark.parametrize(
    "text",
    [
        # no date of its own: a background mention, not an event to date
        "Russia's invasion of Ukraine killed thousands.",
        # no actor for the source
        "The 1994 genocide killed 800,000 people.",
        "Rwanda marked the 1994 genocide on Monday.",
    ],
)
def test_recalled_act_without_date_or_actor_is_not_coded(pipeline, text):
    events = _events(pipeline, text)
    assert not [e for e in events if e.cameo[:2] in ("19", "20")]


def test_recent_act_is_not_historical(pipeline):
    (event,) = _events(pipeline, "Russia attacked Kyiv on March 2.")
    assert (event.date, event.historical) == ("2025-03-02", False)


def test_reported_act_of_today_is_not_historical(pipeline):
    (event,) = _events(pipeline, "Russia attacked Ukraine.")
    assert (event.date_precision, event.historical) == ("publication", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own act, announced on a condition, is a threat
        (
            "Serbia said it would recall its ambassador from Croatia if the "
            "arrests continued.",
            ("SRBGOV", "HRVGOV", "1313", "threatened"),
        ),
        # and a cooperative one an intent
        (
            "Poland said it would send aid to Ukraine if asked.",
            ("POLGOV", "UKRGOV", "033", "intended"),
        ),
    ],
)
def test_speakers_own_conditional_act_is_announced(pipeline, text, expected):
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # another's act on a condition is a supposition
        "Britain said Iran would attack Israel if the talks failed.",
        # an act timed by one only demanded or vowed is not done
        "Colombian rebels said the government must accept reforms before they disarm.",
        "Ecuadorian rebels vowed to fight until they seize the northern province.",
        # a complement the parser hangs on the verb as a clause
        "The junta refused to allow Red Cross planes to land and evacuate the wounded.",
    ],
)
def test_conditional_timed_or_refused_act_is_not_coded_as_done(pipeline, text):
    actual = {e.cameo[:2] for e in _events(pipeline, text) if e.modality == "actual"}
    assert not actual & {"07", "08", "19"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belgian dairy farmers blockaded Brussels to demand higher milk prices.",
            {"144"},
        ),
        # the protest the blockade is for is no second event
        (
            "Kenyan truckers said they would blockade Nairobi to protest the fuel tax.",
            {"133"},
        ),
    ],
)
def test_blockade_that_presses_a_demand_is_a_protest(pipeline, text, expected):
    assert {e.cameo for e in _events(pipeline, text)} == expected
