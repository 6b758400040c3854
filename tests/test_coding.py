"""The event coder on our own sentences: structure, modality and negation."""

import datetime as dt

import pytest

from eventwire.models import Article

ON = dt.date(2025, 3, 14)  # a Friday


def _code(pipeline, text, on=ON):
    result = pipeline.code(Article("t", text, on))
    return {(e.source_code, e.target_code, e.cameo, e.modality) for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain verbs, objects and prepositions
        (
            "Japan praised Australia for its help.",
            {("JPNGOV", "AUSGOV", "051", "actual")},
        ),
        (
            "Russia accused Ukraine of shelling a border town.",
            {("RUSGOV", "UKRGOV", "112", "actual")},
        ),
        ("France condemned Iran.", {("FRAGOV", "IRNGOV", "111", "actual")}),
        (
            "Germany urged Serbia to calm tensions.",
            {("DEUGOV", "SRBGOV", "0256", "actual")},
        ),
        (
            "The European Union imposed sanctions on Belarus.",
            {("IGOEUREEC", "BLRGOV", "163", "actual")},
        ),
        (
            "Indian police arrested Pakistani fishermen.",
            {("INDCOP", "PAKAGR", "173", "actual")},
        ),
        # light verbs with event nouns
        ("Egypt held talks with Qatar.", {("EGYGOV", "QATGOV", "046", "actual")}),
        (
            "Israeli troops launched strikes on Gaza.",
            {("ISRMIL", "PSEGOV", "195", "actual")},
        ),
        # telephone sub-code from the clause
        ("Canada spoke by phone with Mexico.", {("CANGOV", "MEXGOV", "041", "actual")}),
        # passive voice: the agent from the "by" phrase
        (
            "Ukraine was attacked by Russian troops.",
            {("RUSMIL", "UKRGOV", "190", "actual")},
        ),
        # coordination: one event per dyad, reciprocal acts both ways
        (
            "France and Germany criticised Hungary.",
            {
                ("FRAGOV", "HUNGOV", "111", "actual"),
                ("DEUGOV", "HUNGOV", "111", "actual"),
            },
        ),
        (
            "Kenya and Ethiopia held talks.",
            {
                ("KENGOV", "ETHGOV", "046", "actual"),
                ("ETHGOV", "KENGOV", "046", "actual"),
            },
        ),
        # intent and threat
        (
            "Turkey will host Syria next week.",
            {("TURGOV", "SYRGOV", "036", "intended")},
        ),
        ("Brazil agreed to meet Argentina.", {("BRAGOV", "ARGGOV", "036", "intended")}),
        (
            "China threatened to impose sanctions on Lithuania.",
            {("CHNGOV", "LTUGOV", "1312", "threatened")},
        ),
        # a participle clause shares the subject of its main clause
        (
            "Israeli troops raided Jenin, killing three Palestinian fighters.",
            {("ISRMIL", "PSEUAF", "190", "actual")},
        ),
        # a counterpart takes the role of the other side
        (
            "The Pakistani army chief met his Indian counterpart on Saturday.",
            {("PAKMIL", "INDMIL", "040", "actual")},
        ),
        # an apposition names the actor when the head does not
        (
            "The summit host, Canadian Prime Minister Mark Carney, praised Japan.",
            {("CANGOV", "JPNGOV", "051", "actual")},
        ),
        # reported speech: the inner event is coded to its own actors
        (
            "Officials said Russia attacked Ukraine overnight.",
            {("RUSGOV", "UKRGOV", "190", "actual")},
        ),
    ],
)
def test_sentence_codes_to_expected_events(pipeline, text, expected):
    assert expected <= _code(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # negation
        "Russia did not attack Ukraine.",
        "Japan never criticised China.",
        "Serbia refused to meet Kosovo.",
        "Iran failed to reach an agreement with the United Nations.",
        # hypothetical and conditional
        "Russia could attack Ukraine.",
        "France would condemn Iran if it tested a missile.",
        "If Russia attacks Finland, NATO will respond.",
        # an act only asked for is not an act
        "Germany urged Serbia to attack nobody.",
        # no actors
        "The storm damaged several houses.",
        "Oil prices fell sharply on Monday.",
    ],
)
def test_sentence_codes_to_no_act(pipeline, text):
    events = _code(pipeline, text)
    acts = {e for e in events if e[3] == "actual" and e[2][:2] in ("19", "11", "04")}
    assert not acts


def test_event_carries_rule_trigger_offsets_and_codebook_fields(pipeline):
    text = "Japan praised Australia for its help."
    (event,) = pipeline.code(Article("t", text, ON)).events
    assert event.rule
    assert text[event.trigger_start : event.trigger_end] == event.trigger == "praised"
    assert (event.root_code, event.quad_class, event.plover) == ("05", 1, "SUPPORT")
    assert event.event_label and event.goldstein > 0
    assert 0 < event.confidence <= 1
    assert event.sentence == text


def test_no_event_between_actors_the_sentence_does_not_relate(pipeline):
    text = "Putin met Xi in Beijing while Ukraine mourned its dead."
    events = _code(pipeline, text, dt.date(2024, 5, 16))
    assert all("UKR" not in (s + t) for s, t, _, _ in events)


def test_person_is_coded_by_the_office_held_on_the_events_own_date(pipeline):
    # Published on Monday 20 January 2025, the day Joe Biden left office;
    # the thanks were on Wednesday 15 January, while he was president.
    text = "U.S. President Joe Biden thanked Qatar for its mediation on Wednesday."
    (event,) = pipeline.code(Article("t", text, dt.date(2025, 1, 20))).events
    assert (event.source_code, event.date) == ("USAGOV", "2025-01-15")
    later = "Joe Biden thanked Qatar for its mediation."
    (event,) = pipeline.code(Article("t", later, dt.date(2025, 1, 20))).events
    assert event.source_code == "USAELI"


def test_a_preposition_of_time_is_not_a_verb_particle(pipeline):
    text = "Japan called Australia on Saturday afternoon."
    events = pipeline.code(Article("t", text, ON)).events
    assert all(not e.cameo.startswith("02") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Liberia denied charges by Ivory Coast that Monrovia is committing genocide.",
        "Israel refused to meet the visiting Jordanian delegation.",
    ],
)
def test_content_of_a_noun_and_participle_adjectives_are_no_acts(pipeline, text):
    codes = {e[2][:2] for e in _code(pipeline, text)}
    assert not codes & {"20", "04"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I spoke with Vladimir Putin by phone on Monday," Donald Trump said.',
            ("USAGOV", "RUSGOV", "041"),
        ),
        (
            "“We will meet Xi Jinping next week,” Donald Trump told reporters.",
            ("USAGOV", "CHNGOV", "036"),
        ),
    ],
)
def test_first_person_inside_a_quote_is_its_speaker(pipeline, text, expected):
    events = _code(pipeline, text, dt.date(2025, 5, 2))
    assert expected in {e[:3] for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi Jinping and Vladimir Putin met in Moscow."
            " The two leaders signed a treaty.",
            {("CHNGOV", "RUSGOV", "057"), ("RUSGOV", "CHNGOV", "057")},
        ),
        (
            "Kenya and Ethiopia clashed in March. The two sides held talks on Friday.",
            {("KENGOV", "ETHGOV", "046"), ("ETHGOV", "KENGOV", "046")},
        ),
        (
            "Xi Jinping and Vladimir Putin met in Moscow, where they signed a treaty.",
            {("CHNGOV", "RUSGOV", "057"), ("RUSGOV", "CHNGOV", "057")},
        ),
    ],
)
def test_the_two_refers_to_the_pair_last_named_together(pipeline, text, expected):
    events = _code(pipeline, text, dt.date(2024, 5, 17))
    assert expected <= {e[:3] for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Japan praised Australia. The two criticised China.",
        "Kenya and Ethiopia clashed. Aid groups said they criticised Somalia.",
        "Kenya and Ethiopia clashed. Rain fell. Snow fell. They criticised Somalia.",
    ],
)
def test_the_two_or_they_without_a_clear_pair_stays_uncoded(pipeline, text):
    events = _code(pipeline, text)
    pair = ("JPN", "AUS", "KEN", "ETH")
    assert not {e for e in events if e[2] == "111" and (e[0] or "")[:3] in pair}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran threatened to quit talks with the United States on its nuclear "
            "programme.",
            ("IRNGOV", "USAGOV", "164.halt_talks", "134"),
        ),
        (
            "North Korea threatened to suspend talks with South Korea over nuclear "
            "weapons.",
            ("PRKGOV", "KORGOV", "164.halt_talks", "134"),
        ),
    ],
)
def test_threatened_act_is_coded_by_its_own_rule_not_by_words_below_it(
    pipeline, text, expected
):
    result = pipeline.code(Article("t", text, ON))
    got = {(e.source_code, e.target_code, e.rule, e.cameo) for e in result.events}
    assert got == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia threatened Ukraine with nuclear weapons.", "1385"),
        ("China threatened Taiwan with a naval blockade.", "1381"),
    ],
)
def test_threat_with_a_means_takes_the_code_of_the_means(pipeline, text, expected):
    assert expected in {e[2] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armenia and Azerbaijan resumed negotiations in Almaty.",
            ("ARMGOV", "AZEGOV", "046", "actual"),
        ),
        (
            "Oman undertook a mediation mission between Iran and the United States.",
            ("OMNGOV", "IRNGOV", "045", "actual"),
        ),
        (
            "Poland stepped up its humanitarian aid to Moldova.",
            ("POLGOV", "MDAGOV", "073", "actual"),
        ),
        (
            "India and France completed joint naval exercises off Goa.",
            ("INDGOV", "FRAGOV", "062", "actual"),
        ),
        (
            "The Egyptian foreign minister concluded a visit to Sudan.",
            ("EGYGOV", "SDNGOV", "042", "actual"),
        ),
        (
            "Japan pledged to continue its economic aid to the Philippines.",
            ("JPNGOV", "PHLGOV", "0331", "intended"),
        ),
    ],
)
def test_support_verb_codes_the_act_its_noun_names(pipeline, text, expected):
    assert expected in _code(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Armenia and Azerbaijan suspended negotiations in Almaty.", "046"),
        ("Poland cut its humanitarian aid to Moldova.", "073"),
        ("Oman abandoned its mediation between Iran and the United States.", "045"),
        ("Armenia and Azerbaijan did not resume negotiations in Almaty.", "046"),
    ],
)
def test_verbs_that_end_an_act_are_no_support_verbs(pipeline, text, code):
    assert code not in {e[2] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker stating its own side will not do an act refuses it
        (
            "Spain said it would not accept more migrants from Morocco.",
            {("ESPGOV", "MARGOV", "1223", "actual")},
        ),
        (
            "The United States will not lift the sanctions on Cuba.",
            {("USAGOV", "CUBGOV", "1244", "actual")},
        ),
        (
            "Iran vowed not to release the British sailors.",
            {("IRNGOV", "GBRMIL", "1243", "actual")},
        ),
        (
            "Hungary pledged not to withdraw its troops from Kosovo.",
            {("HUNGOV", "XKXGOV", "1246", "actual")},
        ),
        # not meeting demands refuses what they ask for
        (
            "Japan said it would not meet the kidnappers' demands to free "
            "Chinese prisoners.",
            {("JPNGOV", "", "1243", "actual")},
        ),
        # a pledge not to do an act CAMEO has no refusal of is no intent
        ("Iran vowed not to attack Israel.", set()),
        # another's act that the speaker says will not happen is no refusal
        ("Norway said Sweden would not accept more refugees.", set()),
        # a condition leaves it a supposition
        ("Chile said it would not release the sailors if Peru attacked.", set()),
    ],
)
def test_act_a_side_says_it_will_not_do_is_refused(pipeline, text, expected):
    assert _code(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an appeal takes the code of the act it asks for
        ("Kenya urged Uganda to release the detained opposition leaders.", "0253"),
        ("Germany urged Russia to withdraw its troops from Moldova.", "0256"),
        ("Chile urged Peru to lift its sanctions on copper.", "0254"),
        ("Japan urged China to hold talks with Taiwan.", "026"),
        # and so does a demand
        ("France demanded that Iran release the two French teachers.", "1053"),
        ("Britain said Libya must hand over the suspects.", "1013"),
        ("Britain said Iran must withdraw its forces from Syria.", "1056"),
        # and so does a refusal
        ("Turkey refused to release the Swedish journalists.", "1243"),
        # an appeal for aid is refined by the act it asks help with
        ("Chile asked European banks to help finance the railway.", "0231"),
        ("Japan urged India to provide economic aid to Sri Lanka.", "0231"),
        # wanting another to act is an appeal for that act
        ("Russia wants Ukraine to withdraw its troops from Kursk.", "0256"),
        ("Germany wants Greece to repay the loans.", "020"),
        # a demand stated by a statement is its issuer's
        (
            "The African Union issued a statement demanding that Rwanda "
            "withdraw its troops from Congo.",
            "1056",
        ),
        # the act demanded is the wrapped verb, not a relative clause on its
        # object
        (
            "Germany said Russia must return the tanker that its troops captured.",
            "1053",
        ),
        # an act no rule knows leaves the general code
        ("Japan urged China to show transparency.", "020"),
    ],
)
def test_appeal_demand_or_refusal_takes_the_code_of_the_act_it_concerns(
    pipeline, text, code
):
    assert code in {e[2] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenyan president said he was optimistic about the talks.", "013"),
        ("Japan remained sceptical of the Chinese proposal.", "012"),
        ("Brazil felt confident about the accord with Argentina.", "013"),
    ],
)
def test_stance_stated_with_an_adjective_is_a_comment(pipeline, text, code):
    assert code in {e[2] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Confident Brazilian diplomats arrived in Buenos Aires.",
        "The Kenyan president was in Nairobi on Monday.",
    ],
)
def test_copula_without_a_stance_predicate_codes_no_comment(pipeline, text):
    assert not {e for e in _code(pipeline, text) if e[2] in ("012", "013")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the request is the protest's aim: one event, the protest's
        (
            "Thousands of Kenyan students marched in Nairobi to demand the "
            "resignation of the president.",
            "1411",
        ),
        (
            "Chilean miners went on hunger strike to demand their rights.",
            "1423",
        ),
        ("Kenyan teachers demonstrated, calling for higher pay.", "141"),
        # joining others in demanding is demanding: the aim of the protest
        (
            "Kenyan students rioted in Nairobi, joining thousands of teachers "
            "in demanding the resignation of President Ruto.",
            "1451",
        ),
        (
            "Chilean miners marched in Santiago on Friday, joining the teachers "
            "in calling for a new constitution.",
            "1414",
        ),
    ],
)
def test_protest_and_its_purpose_are_one_event_coded_by_the_aim(
    pipeline, text, expected
):
    codes = {e[2] for e in _code(pipeline, text)}
    assert expected in codes
    assert not {c for c in codes if c[:2] in ("02", "10")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the demand a protest joins others in names whom it is addressed to
        (
            "Indonesian students rioted in Medan, joining thousands in "
            "demanding that Jakarta hold a referendum.",
            ("IDNEDU", "IDNGOV", "1454"),
        ),
        (
            "Kenyan students rioted in Nairobi, joining thousands of teachers "
            "in demanding that the Kenyan government release the detained "
            "activists.",
            ("KENEDU", "KENGOV", "145"),
        ),
        # an appeal of a purpose clause, only asked for, still names it
        (
            "Chilean miners marched in Santiago, calling on President Boric "
            "to raise wages.",
            ("CHLLAB", "CHLGOV", "141"),
        ),
    ],
)
def test_protest_takes_the_target_its_purpose_request_is_addressed_to(
    pipeline, text, expected
):
    assert expected in {e[:3] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose that names no one leaves the protest without a target
        (
            "Kenyan teachers demonstrated, calling for higher pay.",
            ("KENEDU", "", "141"),
        ),
    ],
)
def test_protest_whose_purpose_names_no_one_has_no_target(pipeline, text, expected):
    assert expected in {e[:3] for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wrapped act is only asked for, so no event codes it; the
        # appeal takes the code of the act it asks to help with
        (
            "Greenpeace today called on the international community to help "
            "rescue thousands of refugees stranded by floods.",
            {("NGMGRP", "", "0233", "actual")},
        ),
        # the wrapped act is negated and future: the warning stands alone
        (
            "The Kenyan opposition has warned that police will no longer "
            "tolerate marches by students.",
            {("KENOPP", "", "130", "actual")},
        ),
    ],
)
def test_untargeted_wrapper_stands_when_nothing_codes_the_act_it_wraps(
    pipeline, text, expected
):
    assert _code(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League threatened to suspend Syria.",
            {("IGOMEAARL", "SYRGOV", "130", "threatened")},
        ),
    ],
)
def test_untargeted_wrapper_gives_way_to_the_act_it_wraps(pipeline, text, expected):
    assert _code(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent to mediate, not an intent to visit
        (
            "Kenyan President William Ruto will visit Ethiopia and Somalia to "
            "mediate in their dispute.",
            {
                ("KENGOV", "ETHGOV", "039", "intended"),
                ("KENGOV", "SOMGOV", "039", "intended"),
            },
        ),
        # the purpose takes the dispatch's destination as its target
        (
            "The African Union has sent 30 police officers to Sudan to "
            "investigate the massacre.",
            {("IGOAFRAFU", "SDNGOV", "090", "actual")},
        ),
        # a purpose of the journey's own root says less: the call stands
        (
            "Brazilian President Lula telephoned Chilean President Gabriel Boric "
            "on Monday to discuss trade.",
            {("BRAGOV", "CHLGOV", "041", "actual")},
        ),
        # force sent for an attack stays a deployment
        (
            "Russia sent troops to Mali to attack the rebels.",
            {("RUSGOV", "MLIGOV", "154", "actual")},
        ),
    ],
)
def test_journey_made_for_a_purpose_is_coded_as_the_purpose(pipeline, text, expected):
    assert _code(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean and Peruvian ministers agreed on Monday that their navies "
            "should work together to stop illegal fishing.",
            {
                ("CHLGOV", "PERGOV", "030", "intended"),
                ("PERGOV", "CHLGOV", "030", "intended"),
            },
        ),
        # no act planned: an agreement of views
        (
            "Chile and Peru agreed that the border dispute was over.",
            {("CHLGOV", "", "019", "actual"), ("PERGOV", "", "019", "actual")},
        ),
    ],
)
def test_agreeing_that_an_act_should_be_done_is_an_intent(pipeline, text, expected):
    assert _code(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO's intent for the act willed: 0353 to release, 036 to meet,
        # 0333 humanitarian aid; forgiving (056) is diplomatic cooperation,
        # whose intent is 032 (CAMEO has no intent to forgive of its own)
        ("Japan is ready to release the Chinese fishermen.", "0353"),
        ("Kenya is prepared to hold talks with Somalia.", "036"),
        ("Brazil is willing to send food aid to Haiti.", "0333"),
        ("Rwanda said it was willing to forgive France.", "032"),
    ],
)
def test_willingness_to_act_is_the_intent_code_of_that_act(pipeline, text, expected):
    assert expected in {e[2] for e in _code(pipeline, text) if e[3] == "intended"}
