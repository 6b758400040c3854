"""Actor phrases coded as PETRARCH's dictionaries code them, and the suite's
use of those codes."""

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.petrarch.actors import (
    read_petrarch_actor_codes,
    read_petrarch_agent_codes,
)
from eventwire.petrarch.phrases import PhraseCodes

D = dt.date

ACTORS = """\
VALDORIA_  [VAL]
+VALDORIAN
NORLAND [NRL]
KELLAND [KEL]
NORLAND_PRESS [NRLMED]
MARTA_KOVAC
\t[VALGOV 20150301-20190630]
IVO_RANTA [NRL]
TRI_CITY_LEAGUE [TCA/TCB]
HARBOUR_BOARD [KELGOVMED]
KELLAND TELEVISION [KELTV]
KELLAND STATE_RADIO [KELRAD]
"""

AGENTS = """\
!OFFICIAL! = MINISTER, MINISTERS
DOCKWORKER [~LAB]
PRESS {} [~MED]
DEPUTY_!OFFICIAL! [~GOV]
PRIME_MINISTER [~GOV]
CHARITY [NGO~]
STATE_BROADCASTER [~GOVMED]
MINISTRY_OF_FISHERIES [~GOV]
"""


@pytest.fixture(scope="module")
def phrases(tmp_path_factory) -> PhraseCodes:
    folder = tmp_path_factory.mktemp("dictionaries")
    actors, agents = folder / "mine.actors.txt", folder / "mine.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return PhraseCodes.build(
        read_petrarch_actor_codes(actors), read_petrarch_agent_codes(agents)
    )


@pytest.mark.parametrize(
    ("phrase", "on", "codes"),
    [
        ("Norland", D(2020, 1, 1), ["NRL"]),
        # a title before a name with a country code adds its role
        ("Norland Prime Minister Ivo Ranta", D(2020, 1, 1), ["NRLGOV"]),
        ("Prime Minister Ivo Ranta", D(2020, 1, 1), ["NRLGOV"]),
        ("Valdorian dockworkers", D(2020, 1, 1), ["VALLAB"]),
        ("Valdoria's deputy ministers", D(2020, 1, 1), ["VALGOV"]),
        # a prefix agent goes before the actor's code
        ("Charity Norland", D(2020, 1, 1), ["NGONRL"]),
        ("Charity Norland deputy minister", D(2020, 1, 1), ["NGONRLGOV"]),
        # a role the code holds already is not added again
        ("the Norland Press", D(2020, 1, 1), ["NRLMED"]),
        ("Harbour Board state broadcaster", D(2020, 1, 1), ["KELGOVMED"]),
        # one code for each actor a code lists
        ("the Tri City League", D(2020, 1, 1), ["TCA", "TCB"]),
        ("Tri_City_League dockworkers", D(2020, 1, 1), ["TCALAB", "TCBLAB"]),
        # the first actor named is the one coded
        ("Valdoria's envoy to Norland", D(2020, 1, 1), ["VAL"]),
        ("Valdoria Norland dockworkers", D(2020, 1, 1), ["VALLAB"]),
        # unless the actors are coordinated: each is coded, with the agents
        ("Valdorian and Norland dockworkers", D(2020, 1, 1), ["VALLAB", "NRLLAB"]),
        ("Norland or Valdoria", D(2020, 1, 1), ["NRL", "VAL"]),
        ("Valdoria and the Norland Press", D(2020, 1, 1), ["VAL", "NRLMED"]),
        ("Valdoria and its envoy to Norland", D(2020, 1, 1), ["VAL"]),
        # coordinated agents: a code for each, sharing the roles before them
        ("Valdorian press and dockworkers", D(2020, 1, 1), ["VALMED", "VALLAB"]),
        (
            "Charity Valdoria press or deputy ministers",
            D(2020, 1, 1),
            ["NGOVALMED", "NGOVALGOV"],
        ),
        # "former" makes whatever agents the phrase names former elites
        ("former Norland dockworkers", D(2020, 1, 1), ["NRLELI"]),
        ("Valdoria's former deputy ministers", D(2020, 1, 1), ["VALELI"]),
        ("former Norland Press", D(2020, 1, 1), ["NRLMEDELI"]),
        # a date restriction, and no code outside it
        ("Marta Kovac", D(2016, 5, 1), ["VALGOV"]),
        ("Marta Kovac", D(2021, 5, 1), []),
        # blanks in a name: other words may come between its parts
        ("Kelland state-run television", D(2020, 1, 1), ["KELTV"]),
        ("Kelland television", D(2020, 1, 1), ["KELTV"]),
        ("Kelland's new state radio", D(2020, 1, 1), ["KELRAD"]),
        ("Kelland state new radio", D(2020, 1, 1), ["KEL"]),  # "_": adjacent
        ("Kelland television crews", D(2020, 1, 1), ["KELTV"]),
        # agents alone or unknown words name no actor
        ("the deputy minister", D(2020, 1, 1), []),
        ("striking dockworkers", D(2020, 1, 1), []),
        ("", D(2020, 1, 1), []),
    ],
)
def test_phrase_codes(phrases, phrase, on, codes):
    assert phrases.codes(phrase, on) == codes


@pytest.mark.parametrize(
    ("phrase", "country", "codes"),
    [
        # the country a sentence gives, with the roles the agents name
        ("its dockworkers", "VAL", ["VALLAB"]),
        ("the charity", "NRL", ["NGONRL"]),
        # a noun no agent names adds no role
        ("its harbour police", "NRL", ["NRL"]),
        ("the parliament", "KEL", ["KEL"]),
    ],
)
def test_phrase_codes_with_a_country_from_the_sentence(phrases, phrase, country, codes):
    assert phrases.with_country(phrase, country) == codes


@pytest.mark.parametrize(
    ("phrase", "following", "codes"),
    [
        # an entry begun in the phrase goes on into the words after it
        ("the Norland Ministry", " of Fisheries said on Monday", ["NRLGOV"]),
        ("the Norland Ministry", " of Fisheries", ["NRLGOV"]),
        # but not past a punctuation mark, nor where none begins in it
        ("the Norland Ministry", ", of Fisheries fame", ["NRL"]),
        ("Norland", " dockworkers said", ["NRL"]),
        # an agent with no actor takes the actors of its "of", "in", "from"
        ("the Ministry", " of Fisheries of Norland", ["NRLGOV"]),
        ("dockworkers", " in Norland and Valdoria went on", ["NRLLAB", "VALLAB"]),
        ("the dockworkers", " from the Norland Press", ["NRLMEDLAB"]),
        ("dockworkers", " and deputy ministers of Norland", ["NRLLAB", "NRLGOV"]),
        # but not those of another preposition, nor past a punctuation mark
        ("dockworkers", " to Norland", []),
        ("dockworkers", ", in Norland", []),
        # agents coordinated after the phrase: a code for each
        ("Norland dockworkers", " and deputy ministers said", ["NRLLAB", "NRLGOV"]),
        ("the Norland press", " and the charity", ["NRLMED"]),
        ("Norland dockworkers", " and Valdoria", ["NRLLAB"]),
    ],
)
def test_phrase_codes_go_on_into_following_words(phrases, phrase, following, codes):
    assert phrases.codes(phrase, D(2020, 1, 1), following) == codes


class _Coded:
    """A stand-in pipeline that codes every sentence to the same events."""

    def __init__(self, events, sentence="", countries=("", "")):
        self.events = events
        self.sentence = sentence
        self.countries = countries

    def code_many(self, articles):
        for _ in articles:
            sentence = self.sentence
            events = [
                SimpleNamespace(
                    sentence=sentence,
                    source_text=st,
                    source_code=sc,
                    target_text=tt,
                    target_code=tc,
                    source_country=self.countries[0],
                    target_country=self.countries[1],
                    cameo=code,
                )
                for st, sc, tt, tc, code in self.events
            ]
            yield SimpleNamespace(events=events)


@pytest.mark.parametrize(
    ("event", "gold", "reproduced", "extra"),
    [
        # the title's role, from the agents
        (
            ("Norland Prime Minister Ivo Ranta", "NRL", "Valdoria", "VAL", "036"),
            (("NRLGOV", "VAL", "036"),),
            1,
            0,
        ),
        # one coding per listed actor, where the gold lists them one by one
        (
            ("Tri City League", "TCA", "Norland", "NRL", "036"),
            (("TCA", "NRL", "036"), ("TCB", "NRL", "036")),
            2,
            0,
        ),
        # one coding where the gold writes them as alternatives
        (
            ("Tri City League", "TCA", "Norland", "NRL", "036"),
            (("TCA/TCB", "NRL", "036"),),
            1,
            0,
        ),
        # a phrase naming another actor than the one found keeps eventwire's
        (
            ("Norland's envoy to Valdoria", "VAL", "Marta Kovac", "VALGOV", "036"),
            (("VAL", "VALGOV", "036"),),
            1,
            0,
        ),
        # coordinated actors of one phrase: a coding for each
        (
            ("Valdorian and Norland dockworkers", "NRL", "Kelland", "KEL", "036"),
            (("VALLAB", "KEL", "036"), ("NRLLAB", "KEL", "036")),
            2,
            0,
        ),
        # a phrase naming no dictionary actor keeps eventwire's code
        (
            ("the harbour workers", "KEL", "Norland", "NRL", "036"),
            (("KEL", "NRL", "036"),),
            1,
            0,
        ),
    ],
)
def test_suite_codes_event_actors_by_their_phrases(
    phrases, event, gold, reproduced, extra
):
    from eventwire.petrarch.suite import Record, score_records

    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    tally = score_records([record], _Coded([event]), phrases=phrases)["overall"]
    assert (tally.reproduced, tally.extra) == (reproduced, extra)


def test_reading_all_codes_keeps_the_first_for_entries(tmp_path: Path):
    from eventwire.petrarch import read_petrarch_actors

    path = tmp_path / "mine.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    every = {e.names[0]: e.codes[0].code for e in read_petrarch_actor_codes(path)}
    first = {e.names[0]: e.codes[0].code for e in read_petrarch_actors(path)}
    assert every["Tri City League"] == "TCA/TCB"
    assert first["Tri City League"] == "TCA"


def test_agent_codes_say_which_go_before(tmp_path: Path):
    path = tmp_path / "mine.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    codes = {a.phrase: (a.role, a.prefix) for a in read_petrarch_agent_codes(path)}
    assert codes["charity"] == ("NGO", True)
    assert codes["charities"] == ("NGO", True)
    assert codes["dockworkers"] == ("LAB", False)
    assert codes["deputy ministers"] == ("GOV", False)


def test_suite_reads_an_actor_phrase_on_past_its_mention(phrases):
    from eventwire.petrarch.suite import Record, score_records

    sentence = "The Norland Ministry of Fisheries thanked Valdoria."
    event = ("Norland Ministry", "NRL", "Valdoria", "VAL", "051")
    gold = (("NRLGOV", "VAL", "051"),)
    record = Record("r1", "TEST", D(2017, 5, 2), sentence, gold, False)
    coded = _Coded([event], sentence)
    tally = score_records([record], coded, phrases=phrases)["overall"]
    assert (tally.reproduced, tally.extra) == (1, 0)


@pytest.mark.parametrize(
    ("event", "countries", "gold"),
    [
        # eventwire's country for a phrase the dictionaries give none, with
        # the roles of their agents, not eventwire's own agent nouns
        (
            ("its harbour police", "NRLCOP", "Valdoria", "VAL", "173"),
            ("NRL", "VAL"),
            (("NRL", "VAL", "173"),),
        ),
        (
            ("the dockworkers", "NRLLAB", "Valdoria", "VAL", "141"),
            ("NRL", "VAL"),
            (("NRLLAB", "VAL", "141"),),
        ),
        # an actor whose code is no country's keeps its code
        (
            ("the tribunal", "IGOJUD", "Valdoria", "VAL", "173"),
            ("", "VAL"),
            (("IGOJUD", "VAL", "173"),),
        ),
    ],
)
def test_suite_codes_a_country_from_the_sentence_with_dictionary_roles(
    phrases, event, countries, gold
):
    from eventwire.petrarch.suite import Record, score_records

    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    coded = _Coded([event], countries=countries)
    tally = score_records([record], coded, phrases=phrases)["overall"]
    assert (tally.reproduced, tally.extra) == (1, 0)


def test_suite_counts_events_of_the_same_actors_and_code_once(phrases):
    from eventwire.petrarch.suite import Record, score_records

    events = [
        ("Norland", "NRL", "Valdoria", "VAL", "190"),
        ("Norland", "NRL", "Valdoria", "VAL", "190"),
        ("Norland", "NRL", "Valdoria", "VAL", "173"),
    ]
    gold = (("NRL", "VAL", "190"),)
    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    tally = score_records([record], _Coded(events), phrases=phrases)["overall"]
    assert (tally.reproduced, tally.extra, tally.coded) == (1, 1, 2)


@pytest.mark.parametrize(
    ("events", "gold", "reproduced", "extra"),
    [
        # the agents' actors coordinated after them, and the bare actor the
        # parser split from their phrase is the same actor
        (
            [
                ("Dockworkers", "NRLLAB", "Valdoria", "VAL", "141"),
                ("Kelland", "KEL", "Valdoria", "VAL", "141"),
            ],
            (("NRLLAB", "VAL", "141"), ("KELLAB", "VAL", "141")),
            2,
            0,
        ),
        # a bare actor of another code or other side is an event of its own
        (
            [
                ("Dockworkers", "NRLLAB", "Valdoria", "VAL", "141"),
                ("Kelland", "KEL", "Valdoria", "VAL", "173"),
            ],
            (("NRLLAB", "VAL", "141"), ("KELLAB", "VAL", "141")),
            2,
            1,
        ),
    ],
)
def test_suite_codes_agents_of_coordinated_actors_once(
    phrases, events, gold, reproduced, extra
):
    from eventwire.petrarch.suite import Record, score_records

    sentence = "Dockworkers in Norland and Kelland protested against Valdoria."
    record = Record("r1", "TEST", D(2017, 5, 2), sentence, gold, False)
    coded = _Coded(events, sentence)
    tally = score_records([record], coded, phrases=phrases)["overall"]
    assert (tally.reproduced, tally.extra) == (reproduced, extra)


class _Seen:
    """A stand-in pipeline that keeps the texts it is given and codes nothing."""

    def __init__(self):
        self.texts = []

    def code_many(self, articles):
        for article in articles:
            self.texts.append(article.text)
            yield SimpleNamespace(events=[])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a name's words joined as the dictionaries write them
        ("Valdoria thanked Port_Almere.", "Valdoria thanked Port Almere."),
        ("The Tri_City_League met.", "The Tri City League met."),
        # an underscore that joins no words stays
        ("Valdoria met _ Norland.", "Valdoria met _ Norland."),
    ],
)
def test_suite_reads_underscores_in_a_text_as_spaces(text, read):
    from eventwire.petrarch.suite import Record, record_outcomes

    seen = _Seen()
    record_outcomes([Record("r1", "TEST", D(2017, 5, 2), text, (), True)], seen)
    assert seen.texts == [read]


@pytest.mark.parametrize(
    ("sentence", "events", "gold", "reproduced", "extra"),
    [
        # one noun phrase the parser read as two actors side by side: its
        # first actor is the one coded
        (
            "The proud Valdoria old Norland thanked Kelland.",
            [
                ("proud Valdoria old", "VAL", "Kelland", "KEL", "051"),
                ("Norland", "NRL", "Kelland", "KEL", "051"),
            ],
            (("VAL", "KEL", "051"),),
            1,
            0,
        ),
        # actors with a word between them are two
        (
            "Valdoria and Norland thanked Kelland.",
            [
                ("Valdoria", "VAL", "Kelland", "KEL", "051"),
                ("Norland", "NRL", "Kelland", "KEL", "051"),
            ],
            (("VAL", "KEL", "051"), ("NRL", "KEL", "051")),
            2,
            0,
        ),
    ],
)
def test_suite_codes_one_phrase_split_in_two_by_its_first_actor(
    phrases, sentence, events, gold, reproduced, extra
):
    from eventwire.petrarch.suite import Record, score_records

    record = Record("r1", "TEST", D(2017, 5, 2), sentence, gold, False)
    tally = score_records([record], _Coded(events, sentence), phrases=phrases)
    assert (tally["overall"].reproduced, tally["overall"].extra) == (reproduced, extra)


@pytest.mark.parametrize(
    ("events", "gold", "reproduced", "extra"),
    [
        # a bare possessive pronoun is no actor PETRARCH codes
        ([("Norland rioters", "NRL", "its", "VAL", "180")], (), 0, 0),
        ([("their", "VAL", "Norland", "NRL", "180")], (), 0, 0),
        # a pronoun with an agent noun, or a name, is coded
        (
            [("Norland rioters", "NRL", "Valdoria", "VAL", "180")],
            (("NRL", "VAL", "180"),),
            1,
            0,
        ),
        (
            [("Norland rioters", "NRL", "its dockworkers", "VALLAB", "180")],
            (),
            0,
            1,
        ),
    ],
)
def test_suite_leaves_a_possessive_pronoun_actor_uncoded(
    phrases, events, gold, reproduced, extra
):
    from eventwire.petrarch.suite import Record, score_records

    sentence = "Norland rioters stormed its consulate in Valdoria."
    record = Record("r1", "TEST", D(2017, 5, 2), sentence, gold, False)
    tally = score_records([record], _Coded(events, sentence), phrases=phrases)
    assert (tally["overall"].reproduced, tally["overall"].extra) == (reproduced, extra)
