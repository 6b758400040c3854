"""PETRARCH/TABARI dictionaries: actors, agents, verbs and discards imported."""

import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from eventwire.actors import ActorDictionary
from eventwire.cli import main
from eventwire.dictionaries import read_actor_file, read_verb_file
from eventwire.entries import DatedCode
from eventwire.errors import DictionaryError
from eventwire.models import Article
from eventwire.petrarch import (
    dictionary_kind,
    read_petrarch_actors,
    read_petrarch_agents,
    read_petrarch_discards,
    read_petrarch_verbs,
)
from eventwire.pipeline import Pipeline, Resources

from .conftest import DATA, needs_shared

D = dt.date

ACTORS = """\
<!-- a test dictionary of our own -->
<!--
# spanning lines
-->
VALDORIA_  [VAL]
+VALDORIAN
+PORT_ALMERE   # its capital
+THE_MARBLE_REPUBLIC
NORLAND [NRL]
+NORLANDIC
KELDARA [KEL]
BRENNIA [BRN]
MARTA_KOVAC  ; a person
\t[VALGOV 20150301-20190630]
\t[VALOPP >20190701]
\t[VALCIV <140101]
SILVER_COAST_FRONT [VALREB]
LOST_CAUSE [---]
TRI_CITY_LEAGUE [TCA/TCB]
"""

AGENTS = """\
!OFFICIAL! = MINISTER, MINISTERS
DOCKWORKER [~LAB]  # regular plural
PRESS {} [~MED]
HARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]
CHARITY [NGO~]
DEPUTY_!OFFICIAL! [~GOV]
"""

VERBS = """\
&TIES
+DIPLOMATIC
+TRADE
&MONEY
+NORLANDIC_CROWN
+DOLLAR
--- RESTORE [064] ---
RESTORE
- * &TIES TIES [641]
- NOT * TIES [112]
--- VISIT [042:043] ---
VISIT
--- FREE [066] ---
FREE
- + * FROM $ [066]
--- WARN [W17] ---
WARN
--- BESIEGE [17A] ---
BESIEGE
--- CONCUR [081] ---
CONCUR
- % * [030:030]
--- PLEDGE [070] ---
PLEDGE
- * &MONEY [903]
--- WELCOME [041] ---
WELCOME
- * &TIES_MEMOS [912]
--- FEAST [051] ---
FEAST
- * IN ^ + [044]
--- CONCEDE [080] ---
CONCEDE
- * QUITE_RIGHT [024]
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    found = {}
    for kind, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS)):
        path = tmp_path / f"mine.{kind}.txt"
        path.write_text(text, encoding="utf-8")
        found[kind] = path
    return found


@pytest.fixture
def book(files) -> ActorDictionary:
    actors = ActorDictionary.from_path()
    actors.add_entries(
        read_petrarch_actors(files["actors"]), read_petrarch_agents(files["agents"])
    )
    return actors


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Valdoria", D(2020, 1, 1), "VAL"),
        ("Port Almere", D(2020, 1, 1), "VAL"),  # a '+' synonym
        ("Marble Republic", D(2020, 1, 1), "VAL"),  # read without its "the"
        ("The Marble Republic", D(2020, 1, 1), "VAL"),
        ("Marta Kovac", D(2013, 12, 31), "VALCIV"),  # '<' includes its date
        ("Marta Kovac", D(2015, 3, 1), "VALGOV"),  # first day of the range
        ("Marta Kovac", D(2019, 6, 30), "VALGOV"),  # last day, included
        ("Marta Kovac", D(2019, 7, 1), "VALOPP"),  # '>' includes its date
        ("Silver Coast Front", D(2020, 1, 1), "VALREB"),
        ("Tri City League", D(2020, 1, 1), "TCA"),  # the first of several codes
    ],
)
def test_imported_actor_is_coded_by_date(book, name, on, code):
    actor = book.lookup_name(name, on)
    assert actor is not None and actor.code == code


def test_null_coded_actor_is_left_out(book):
    assert book.lookup_name("Lost Cause", D(2020, 1, 1)) is None


def test_inclusive_range_becomes_exclusive_end(files):
    kovac = next(
        e for e in read_petrarch_actors(files["actors"]) if "Kovac" in e.names[0]
    )
    assert DatedCode("VALGOV", D(2015, 3, 1), D(2019, 7, 1)) in kovac.codes


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("dockworker", "LAB"),
        ("dockworkers", "LAB"),  # a regular plural is made
        ("press", "MED"),
        ("harbour masters", "GOV"),  # an irregular plural as given
        ("charity", "NGO"),  # a prefix code read as the role
        ("deputy minister", "GOV"),  # a substitution set expanded
        ("deputy ministers", "GOV"),
    ],
)
def test_imported_agent_phrases(files, phrase, role):
    agents = {a.phrase: a.role for a in read_petrarch_agents(files["agents"])}
    assert agents[phrase] == role
    assert "presses" not in agents  # '{}' makes no plural


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valdorian dockworkers blocked the port on Monday.", "VALLAB"),
        ("Norland deputy ministers arrived in the capital.", "NRLGOV"),
        ("The Norlandic press reported the news.", "NRLMED"),
        # a country of the dictionary named in an agent's "in" or "of" phrase
        ("Dockworkers in Norland blocked the port on Monday.", "NRLLAB"),
        ("The deputy ministers of Keldara arrived in the capital.", "KELGOV"),
    ],
)
def test_country_entry_names_modify_agents(pipeline, book, sentence, expected):
    from eventwire.mentions import MentionIndex

    doc = pipeline.nlp(sentence)
    index = MentionIndex.build(doc, book, D(2020, 1, 1))
    assert expected in {m.actor.code for m in index.by_token.values()}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\t[VALGOV 2015-2019]\n", ":1: a date restriction before any actor"),
        ("+VALDORIAN\n", ":1: a '+' synonym before any actor"),
        ("VALDORIA [VAL 20150231-20160101]\n", ":1: '20150231' is not a date"),
        ("VALDORIA [VAL ~2015]\n", ":1: a code restriction is"),
        ("VALDORIA\n\t[VAL 20160101-20150101]\n", ":2: the range"),
    ],
)
def test_malformed_actor_file_names_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.actors.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=re.escape(message)) as caught:
        read_petrarch_actors(path)
    assert str(path) in str(caught.value)


def test_malformed_agent_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.agents.txt"
    path.write_text("DOCKWORKER [~LAB]\nSAILOR [MIL]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad.agents.txt:2: an agent code"):
        read_petrarch_agents(path)


def test_malformed_verb_pattern_names_file_and_line(tmp_path):
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- MEET [031] ---\nMEET\n- * TALKS\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad.verbs.txt:3: a pattern ends"):
        read_petrarch_verbs(path)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("actors", "actors"), ("agents", "agents"), ("verbs", "verbs")],
)
def test_file_kind_is_told_by_content(files, kind, expected):
    assert dictionary_kind(files[kind]) == expected


def test_actor_file_dispatch_takes_both_petrarch_kinds(files):
    actors, agents = read_actor_file(files["actors"])
    assert actors and not agents
    actors, agents = read_actor_file(files["agents"])
    assert agents and not actors
    with pytest.raises(DictionaryError, match="verb files go to --verbs"):
        read_actor_file(files["verbs"])


def test_imported_codes_outside_cameo_say_so(files):
    resources = Resources.load(verb_files=[files["verbs"]])
    own = resources.codebook["W17"]
    assert own.quad_class == 0 and "no Goldstein" in own.name
    assert resources.codebook["641"].quad_class == 0  # 64 is no CAMEO root
    rooted = resources.codebook["17A"]
    assert rooted.quad_class == 4 and "root 17" in rooted.name
    assert resources.codebook["064"].name == "Share intelligence or information"


@pytest.fixture(scope="module")
def imported(tmp_path_factory, pipeline) -> Pipeline:
    folder = tmp_path_factory.mktemp("dicts")
    paths = []
    for kind, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS)):
        path = folder / f"mine.{kind}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    resources = Resources.load(actor_files=paths[:2], verb_files=paths[2:])
    return Pipeline(resources=resources)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pattern with a synset before its noun picks the sub-code
        (
            "Valdoria restored trade ties with Norland on Tuesday.",
            {("VAL", "NRL", "641")},
        ),
        # the bare verb keeps the block's code
        ("Valdoria restored its embassy in Norland.", {("VAL", "NRL", "064")}),
        # a pattern written for the negated verb codes the negated clause
        ("Valdoria did not restore ties with Norland.", {("VAL", "NRL", "112")}),
        # a paired code: the visit and its reception
        (
            "Marta Kovac visited Norland.",
            {("VALGOV", "NRL", "042"), ("NRL", "VALGOV", "043")},
        ),
        # '+ * FROM $': the source is in the from-phrase, the subject the target
        ("Valdorian dockworkers were freed from Norland.", {("NRL", "VALLAB", "066")}),
        # with no slot named, the target is the nearest object to the verb
        (
            "Norland warned of an attack by Valdoria on Silver Coast Front.",
            {("NRL", "VAL", "W17")},
        ),
        # codes that are not CAMEO are coded as the dictionary says
        ("Norland warned Valdoria.", {("NRL", "VAL", "W17")}),
        # an unnegated rule codes no negated clause
        ("Norland did not warn Valdoria.", set()),
        # '% *' fits coordinated subjects only, coded each way
        (
            "Valdoria and Norland concurred on the new border.",
            {("VAL", "NRL", "030"), ("NRL", "VAL", "030")},
        ),
        # a single subject gets the verb's own code
        ("Valdoria concurred with Norland.", {("VAL", "NRL", "081")}),
        # the words a pattern names are no target: the recipient is
        (
            "Valdoria pledged a million Norlandic crowns to Keldara.",
            {("VAL", "KEL", "903")},
        ),
        # the target in a participle phrase on the object
        ("Valdoria welcomed trade memos sent by Keldara.", {("VAL", "KEL", "912")}),
        # '^' passes over the object of "in": the target comes after it
        ("Valdoria feasted in Brennia with Keldara.", {("VAL", "KEL", "044")}),
        # a name written with "the" is found with its determiner left out
        ("The Marble Republic warned Norland.", {("VAL", "NRL", "W17")}),
        # with no object, the target is the subject of the clause governed
        ("Valdoria conceded that Norland had won.", {("VAL", "NRL", "080")}),
        (
            "Valdoria conceded that Norland was quite right.",
            {("VAL", "NRL", "024")},
        ),
        # a list the parser took for an apposition and a conjunct
        (
            "Valdoria, the old Keldara, and Norland warned Brennia.",
            {("VAL", "BRN", "W17"), ("KEL", "BRN", "W17"), ("NRL", "BRN", "W17")},
        ),
        (
            "Valdoria, the Keldara, Norland and Brennia warned Port Almere.",
            {("KEL", "VAL", "W17"), ("NRL", "VAL", "W17"), ("BRN", "VAL", "W17")},
        ),
        # the agent of a list of countries is each country's
        (
            "The dockworkers of Valdoria, Norland and Keldara warned Brennia.",
            {
                ("VALLAB", "BRN", "W17"),
                ("NRLLAB", "BRN", "W17"),
                ("KELLAB", "BRN", "W17"),
            },
        ),
    ],
)
def test_imported_verbs_drive_the_engine(imported, sentence, expected):
    result = imported.code(Article("t", sentence, D(2017, 5, 2)))
    found = {(e.source_code, e.target_code, e.cameo) for e in result.events}
    assert found == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        # "Valdoria and the grim Keldara" parsed as a modifier of "Keldara"
        (
            ["Valdoria", "and", "the", "grim", "Keldara"],
            [4, 0, 3, 0, 4],
            ["nmod", "cc", "det", "conj", "ROOT"],
            ["PROPN", "CCONJ", "DET", "NOUN", "PROPN"],
            ["Valdoria", "grim"],
        ),
        # a modifier with no conjunct of its own is no list member
        (
            ["Valdoria", "port", "Almere"],
            [2, 2, 2],
            ["compound", "compound", "ROOT"],
            ["PROPN", "NOUN", "PROPN"],
            [],
        ),
        # an apposition alone names the same one again
        (
            ["Keldara", ",", "the", "old", "kingdom"],
            [0, 0, 4, 4, 0],
            ["ROOT", "punct", "det", "amod", "appos"],
            ["PROPN", "PUNCT", "DET", "ADJ", "NOUN"],
            [],
        ),
    ],
)
def test_conjuncts_read_lists_the_parser_split(
    pipeline, words, heads, deps, pos, expected
):
    from spacy.tokens import Doc

    from eventwire.coding.slots import conjuncts

    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [t.text for t in conjuncts(root)] == expected


def test_code_command_takes_petrarch_files(files, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Valdoria restored trade ties with Norland.", encoding="utf-8")
    args = ["code", str(story), "--published", "2020-01-01", "--format", "jsonl"]
    args += ["--actors", str(files["actors"]), "--verbs", str(files["verbs"])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert '"cameo": "641"' in result.stdout
    assert "imported code" in result.stdout


def test_verb_file_dispatch_refuses_other_kinds(files):
    with pytest.raises(DictionaryError, match="unknown verb dictionary format"):
        read_verb_file(files["actors"], Resources.load().codebook)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The ballclub beat the visitors.", "sentence"),
        ("A TYPHOON hit the coast.", "story"),
        ("Ministers met in the capital.", ""),
    ],
)
def test_discard_phrases(tmp_path, text, level):
    path = tmp_path / "discards.txt"
    path.write_text("BALLCLUB  # sport\n+TYPHOON\nWORLD_CUP_\n", encoding="utf-8")
    assert read_petrarch_discards(path).match(text) == level


class _Coded:
    """A stand-in pipeline that codes every sentence to the same events."""

    def __init__(self, codings):
        self.codings = codings

    def code_many(self, articles):
        for _ in articles:
            events = [
                SimpleNamespace(source_code=s, target_code=t, cameo=c)
                for s, t, c in self.codings
            ]
            yield SimpleNamespace(events=events)


@pytest.mark.parametrize(
    ("found", "reproduced", "extra"),
    [
        ([("KEL", "BRN", "050")], 1, 0),  # one of the alternatives written
        ([("BRN", "KEL", "050")], 0, 1),
        ([("KEL", "BRN", "050"), ("TAR", "BRN", "050")], 1, 1),
    ],
)
def test_suite_gold_alternatives_match_any_of_them(found, reproduced, extra):
    from eventwire.petrarch.suite import Record, score_records

    gold = (("KEL/TAR", "BRN", "050"),)
    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    tally = score_records([record], _Coded(found))["overall"]
    assert (tally.reproduced, tally.extra) == (reproduced, extra)


@pytest.mark.parametrize(
    ("found", "missed", "extra"),
    [
        # an alternative written in the gold is the gold coding itself
        ([("KEL", "BRN", "050")], [], []),
        ([("BRN", "KEL", "050")], [("KEL/TAR", "BRN", "050")], [("BRN", "KEL", "050")]),
        ([], [("KEL/TAR", "BRN", "050")], []),
        # the same coding twice in a sentence is written once, as PETRARCH does
        ([("TAR", "BRN", "050")] * 2, [], []),
        (
            [("BRN", "KEL", "050")] * 2,
            [("KEL/TAR", "BRN", "050")],
            [("BRN", "KEL", "050")],
        ),
    ],
)
def test_suite_outcomes_name_missed_and_extra_codings(found, missed, extra):
    from eventwire.petrarch.suite import Record, record_outcomes, tally_outcomes

    gold = (("KEL/TAR", "BRN", "050"),)
    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    outcomes = record_outcomes([record], _Coded(found))
    assert sorted(outcomes[0].missed.elements()) == missed
    assert sorted(outcomes[0].extra.elements()) == extra
    tally = tally_outcomes(outcomes)["TEST"]
    assert (tally.reproduced, tally.extra) == (1 - len(missed), len(extra))
    assert tally.missed == (["r1"] if missed else [])


@pytest.mark.parametrize(
    ("gold", "unnamed"),
    [
        ((("KEL", "BRN", "050"),), 0),
        ((("---GOV", "---", "023"),), 1),  # an official of no known country
        ((("KEL", "###", "023"),), 1),
        ((('"THE HARBOUR GUILD"', "KEL", "032"),), 1),  # a new actor, quoted
        ((("KEL", "BRN", "050"), ("BRNGOV", "+++", "010")), 1),
    ],
)
def test_suite_counts_gold_naming_no_known_actor(gold, unnamed):
    from eventwire.petrarch.suite import Record, score_records

    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    tally = score_records([record], _Coded([]))["overall"]
    assert tally.unnamed == unnamed
    assert f"gold naming no known actor {unnamed}" in tally.line("overall")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Valdoria", "VAL"),  # the suite's own actors
        ("Norlandic", "NRL"),
        ("Kenya", None),  # eventwire's own names are set aside
        ("Moscow", None),
    ],
)
def test_suite_resources_know_only_the_suite_names(files, name, code):
    from eventwire.petrarch.suite import suite_resources

    resources = suite_resources(files["actors"], files["agents"], files["verbs"])
    actor = resources.actors.lookup_name(name, D(2020, 1, 1))
    assert (actor.code if actor else None) == code


def test_suite_resources_know_only_the_suite_agents(files):
    from eventwire.petrarch.suite import suite_resources

    assert "soldier" in ActorDictionary.from_path().agents
    resources = suite_resources(files["actors"], files["agents"], files["verbs"])
    assert "soldier" not in resources.actors.agents
    assert resources.actors.agents["dockworkers"].role == "LAB"
    assert resources.verbs.rules[0].origin.startswith("mine.verbs.txt")


PETRARCH2 = DATA / "petrarch2"


@pytest.mark.shared
@needs_shared(PETRARCH2 / "PETR.UnitTest.records.xml")
def test_petrarch2_suite_slice_reaches_its_floor(pipeline):
    from eventwire.petrarch.suite import read_records, score_records

    files = [PETRARCH2 / f"PETR.Validate.{k}.txt" for k in ("actors", "agents")]
    resources = Resources.load(
        actor_files=files, verb_files=[PETRARCH2 / "PETR.Validate.verbs.txt"]
    )
    suite = Pipeline(resources=resources)
    suite.nlp = pipeline.nlp
    records = [
        r
        for r in read_records(PETRARCH2 / "PETR.UnitTest.records.xml")
        if r.category in ("DATE", "SYNSET")
    ]
    tally = score_records(records, suite)["overall"]
    assert tally.reproduced / tally.gold >= FLOOR_REPRODUCED
    assert tally.extra / tally.coded <= CEILING_EXTRA


FLOOR_REPRODUCED = 0.60
CEILING_EXTRA = 0.30


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the dictionary's longest name, after "the": the determiner does not
        # count against the name's length
        ("The Duke of North March warned Norland.", {("MRC", "NRL", "W17")}),
        ("Norland warned the Duke of North March.", {("NRL", "MRC", "W17")}),
    ],
)
def test_longest_name_after_the_is_found_whole(files, sentence, expected):
    assert _coded_with(files, "DUKE_OF_NORTH_MARCH [MRC]\n", sentence) == expected


def _coded_with(files, more_actors: str, sentence: str) -> set[tuple[str, str, str]]:
    """The sentence's codings with the test dictionaries and ``more_actors``."""
    from eventwire.petrarch.suite import suite_resources

    files["actors"].write_text(ACTORS + more_actors, encoding="utf-8")
    resources = suite_resources(files["actors"], files["agents"], files["verbs"])
    coder = Pipeline(resources=resources)
    events = coder.code(Article("t", sentence, D(2020, 1, 1))).events
    return {(e.source_code, e.target_code, e.cameo) for e in events}


_RECORD = """<Sentences>
<Sentence date="20170502" id="R-01" category="TEST" sentence="true">
<EventCoding sourcecode="KEL" targetcode="BRN" eventcode="050"></EventCoding>
<Text>
{text}
</Text>
<Parse>
{parse}
</Parse>
</Sentence>
</Sentences>
"""


@pytest.mark.parametrize(
    ("text", "parse", "read"),
    [
        # the parse is of other words: the gold was coded from those
        (
            "The Keldara government condemned Borania.",
            "(ROOT (S (NP (DT The) (NNP Keldara) (NNS Congresses)) "
            "(VP (VBD condemned) (NP (NNP Borania))) (. .)))",
            "The Keldara Congresses condemned Borania.",
        ),
        (
            "Keldara praised Borania, an official said.",
            "(ROOT (S (NP (NNP Keldara)) (VP (VBD praised) (NP (NNP Borania))) (. .)))",
            "Keldara praised Borania.",
        ),
        # only the tokens differ: the text as written
        (
            "Keldara's envoy (EU) can't praise   Borania.",
            "(ROOT (S (NP (NP (NNP Keldara) (POS 's)) (NN envoy) (-LRB- -LRB-) "
            "(NNP EU) (-RRB- -RRB-)) (VP (MD ca) (RB n't) (VP (VB praise) "
            "(NP (NNP Borania)))) (. .)))",
            "Keldara's envoy (EU) can't praise Borania.",
        ),
        ("Keldara praised Borania.", "", "Keldara praised Borania."),
    ],
)
def test_suite_record_reads_the_words_its_parse_was_coded_from(
    tmp_path, text, parse, read
):
    from eventwire.petrarch.suite import read_records

    path = tmp_path / "records.xml"
    path.write_text(_RECORD.format(text=text, parse=parse), encoding="utf-8")
    assert [r.text for r in read_records(path)] == [read]


@pytest.mark.parametrize(
    ("found", "reproduced"),
    [([("KEL", "", "023")], 1), ([("KEL", "BRN", "023")], 0)],
)
def test_suite_event_with_no_target_is_written_as_the_null_target(found, reproduced):
    from eventwire.petrarch.suite import Record, score_records

    gold = (("KEL", "---", "023"),)
    record = Record("r1", "TEST", D(2017, 5, 2), "Some sentence.", gold, False)
    tally = score_records([record], _Coded(found))["overall"]
    assert tally.reproduced == reproduced


@pytest.mark.parametrize(
    ("record", "names", "gapped"),
    [
        (
            "KELDARA TELEVISION [KELTV]",
            ("Keldara Television",),
            ("Keldara Television",),
        ),
        ("KELDARA_RADIO [KELRAD]", ("Keldara Radio",), ()),
        (
            "THE KELDARA STATE_RADIO [KELRAD]",
            ("The Keldara State Radio", "Keldara State Radio"),
            ("Keldara State_Radio",),
        ),
        (
            "KELDARA [KEL]\n+KELDARA HARBOUR_BOARD",
            ("Keldara", "Keldara Harbour Board"),
            ("Keldara Harbour_Board",),
        ),
    ],
)
def test_actor_names_with_blanks_may_have_words_between_their_parts(
    tmp_path, record, names, gapped
):
    path = tmp_path / "mine.actors.txt"
    path.write_text(record + "\n", encoding="utf-8")
    (entry,) = read_petrarch_actors(path)
    assert (entry.names, entry.gapped) == (names, gapped)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a blank: other words may come between the name's parts
        ("Norland warned Keldara's state-run television.", {("NRL", "KELTV", "W17")}),
        ("Norland warned Keldara television.", {("NRL", "KELTV", "W17")}),
        ("Norland warned the Keldara public state radio.", {("NRL", "KELRAD", "W17")}),
        # an underscore: the words are adjacent
        ("Norland warned the Keldara state public radio.", {("NRL", "KEL", "W17")}),
        # the name ends at the phrase's head
        ("Norland warned Keldara about the television.", {("NRL", "KEL", "W17")}),
    ],
)
def test_actor_name_with_blanks_matches_across_words_in_its_phrase(
    files, sentence, expected
):
    names = "KELDARA TELEVISION [KELTV]\nKELDARA STATE_RADIO [KELRAD]\n"
    assert _coded_with(files, names, sentence) == expected
