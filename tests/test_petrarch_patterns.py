"""PETRARCH patterns read as PETRARCH reads them: a modal does not stop a
clause's coding, a pattern may name it for a code of its own, and a pattern
that names no target slot takes the first actor in the verb's phrase after
the verb, and of two patterns as specific the one matching more words wins."""

import datetime as dt
from pathlib import Path

import pytest

from eventwire.coding.slots import FormSlot, PhraseSlot
from eventwire.models import Article
from eventwire.petrarch.verbs import read_petrarch_verbs
from eventwire.pipeline import Pipeline

from .conftest import suite_coder

VERBS = """\
--- STRIKE [190] ---
STRIKE
- COULD * [138]
- SAID MIGHT * + [138]
--- MEET [040] ---
MEET
--- MARCH [150] ---
MARCH
--- PROTEST [140] ---
PROTEST
- * AGAINST + [141]
&GOODS
+GRAIN
+BLANKET
&LUXURIES
+GOLD WATCH
+SILK BLANKET
--- DONATE [070] ---
DONATE
- * &GOODS [071]
- * &LUXURIES [075]
--- HAIL [051] ---
HAIL
- WARMLY * [052]
--- CONCEDE [080] ---
CONCEDE
- * THE_BRAVEST_NAVY [057]
--- ADOPT [081] ---
ADOPT
- * CHARTER [102]
--- SNUB [163] ---
SNUB
- NEITHER * [057]
--- BREAK [171] ---
BREAK
- + * IN $ [175]
--- START [---] ---
START
* TO QUESTION [110]
--- CELEBRATE [181] ---
CELEBRATE
- * FEAST AT ^ +  [044]
- * HARVEST AT ^ ^ +  [045]
--- SPUR [111] ---
SPUR
- * RECONCILIATION [081]
"""

# The same kind of patterns in PETRARCH 2's phrase syntax: the words before
# the verb name its subject's phrase or a phrase depending on it.
PHRASE_VERBS = """\
--- PRAISE [051] ---
PRAISE
- WARMLY * [052]
- {FISHING FLEET} * [053]
- (DESPITE) * [054]
- ANNOUNCED * [055]
- * (FOR {BORDER PATROLS}) [056]
--- CONCEDE [080] ---
CONCEDE
- * {THE BRAVEST NAVY} [057]
--- VOW [030] ---
VOW
- * WAR [190]
--- ADOPT [081] ---
ADOPT
- * CHARTER [102]
&FLEETS
+NAVAL
+FISHING
--- SIGN [057] ---
SIGN
- * {NEW &FLEETS ACCORD} [062]
--- SNUB [163] ---
SNUB
- NEITHER * [057]
--- CAUTION [130] ---
CAUTION
- * THEIR ^ ABOUT + [131]
--- SEE [010] ---
SEE {SAW SEEN SEEING}
--- STORM [120] ---
STORM
"""

ACTORS = "VALDORIA_ [VAL]\nNORLAND [NRL]\nKELDARA [KEL]\nEUROPEAN_UNION [IGOEEU]\n"
AGENTS = "SOLDIER [~MIL]\nENVOY [~GOV]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("patterns")
    for name, text in (
        ("mine.verbs.txt", VERBS),
        ("mine.actors.txt", ACTORS),
        ("mine.agents.txt", AGENTS),
        ("phrases.verbs.txt", PHRASE_VERBS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("line", "deep"),
    [
        (2, True),  # the verb alone
        (3, True),
        (4, False),  # '+' names the target slot
        (11, False),
    ],
)
def test_rules_say_where_the_target_is_and_take_any_modal(folder, line, deep):
    rules = read_petrarch_verbs(folder / "mine.verbs.txt").rules
    rule = next(r for r in rules if r.origin == f"mine.verbs.txt:{line}")
    assert rule.deep_target == deep
    assert {"could", "would", "should", "might"} <= rule.modals


@pytest.fixture(scope="module")
def coder(folder, pipeline) -> Pipeline:
    return suite_coder(pipeline, folder)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the pattern names the modal: its own code
        ("Valdoria could strike Norland within days.", {("VAL", "NRL", "138")}),
        (
            "Valdoria said it might strike Norland.",
            {("VAL", "NRL", "138")},
        ),
        # a modal no pattern names codes the act as the verb does
        ("Valdoria should strike Norland.", {("VAL", "NRL", "190")}),
        ("Valdoria could meet Norland next week.", {("VAL", "NRL", "040")}),
        (
            "Norland said Valdoria would march to the border of Norland.",
            {("VAL", "NRL", "150")},
        ),
        # no target slot: the first actor anywhere after the verb
        (
            "Valdoria soldiers marched on Monday to demand the release of Norland.",
            {("VALMIL", "NRL", "150")},
        ),
        (
            "Valdoria met on Friday to discuss the future of the envoy of Norland.",
            {("VAL", "NRLGOV", "040")},
        ),
        # but not in a phrase a subordinating word sets off as a clause
        ("Valdoria soldiers struck a convoy while in Norland.", set()),
        ("Valdoria soldiers struck while in detention in Norland.", set()),
        ("Valdoria soldiers struck a convoy in Norland.", {("VALMIL", "NRL", "190")}),
        # an object slot that names an actor still comes first
        ("Valdoria met Norland near the border.", {("VAL", "NRL", "040")}),
        # of patterns as specific, the one matching the longer phrase wins
        ("Valdoria donated silk blankets to Norland.", {("VAL", "NRL", "075")}),
        ("Valdoria donated woollen blankets to Norland.", {("VAL", "NRL", "071")}),
        ("Valdoria donated a gold watch to Norland.", {("VAL", "NRL", "075")}),
        # each '^' passes over one noun phrase, coded or not
        (
            "Valdoria celebrated the feast at Keldara with the envoy of Norland.",
            {("VAL", "NRLGOV", "044")},
        ),
        (
            "Valdoria celebrated the harvest at Keldara with the envoy of Norland.",
            {("VAL", "NRL", "045")},
        ),
        (
            "Valdoria celebrated the harvest at Keldara with the people of Norland "
            "in Keldara.",
            {("VAL", "NRL", "045")},
        ),
        # a subject that is an act: the first actors of its phrases act
        (
            "Resumption of ties between Valdoria and Keldara may spur "
            "reconciliation with Norland.",
            {("VAL", "NRL", "081"), ("KEL", "NRL", "081")},
        ),
        ("The resumption of ties may spur reconciliation with Norland.", set()),
        ("Valdoria may spur reconciliation with Norland.", {("VAL", "NRL", "081")}),
    ],
)
def test_imported_patterns_code_as_petrarch(coder, sentence, expected):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("name", "read"),
    [("mine.verbs.txt", True), ("phrases.verbs.txt", False)],
)
def test_a_negation_before_the_verb_is_no_phrase_of_its(folder, name, read):
    """ "NEITHER *": TABARI's word sequences match the word anywhere before
    the verb; in PETRARCH 2's phrase syntax the words before the verb name
    its nouns, and a negation word names none, so the pattern is not read."""
    rules = read_petrarch_verbs(folder / name).rules
    snubs = [r for r in rules if r.id.endswith(":snub")]
    assert snubs
    assert any(r.code == "057" for r in snubs) == read


@pytest.mark.parametrize(
    ("name", "kind"),
    [("mine.verbs.txt", FormSlot), ("phrases.verbs.txt", PhraseSlot)],
)
def test_pattern_words_are_read_as_their_syntax_says(folder, name, kind):
    """TABARI's word sequences match words as written; PETRARCH 2's phrase
    syntax names the verb's own phrases."""
    rules = read_petrarch_verbs(folder / name).rules
    slots = [slot for rule in rules for slot in (*rule.before, *rule.after)]
    assert slots
    assert all(type(slot) is kind for slot in slots)


@pytest.fixture(scope="module")
def phrase_coder(folder, pipeline) -> Pipeline:
    return suite_coder(pipeline, folder, "phrases.verbs.txt")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb is no phrase of the verb's: the verb's own code
        ("Valdoria warmly praised Norland.", {("VAL", "NRL", "051")}),
        # nor is a verb above it
        ("Valdoria announced it praised Norland.", {("VAL", "NRL", "051")}),
        # the subject's noun phrase
        ("The Valdoria fishing fleet praised Norland.", {("VAL", "NRL", "053")}),
        # a phrase depending on the verb
        (
            "Despite the storm, Valdoria praised Norland.",
            {("VAL", "NRL", "054")},
        ),
        ("Valdoria praised Norland.", {("VAL", "NRL", "051")}),
        # after the verb, as before
        (
            "Valdoria praised Norland for its border patrols.",
            {("VAL", "NRL", "056")},
        ),
        # a clause of its own is no phrase of the verb's
        (
            "Valdoria conceded that Norland has the bravest navy.",
            {("VAL", "NRL", "080")},
        ),
        # but the act it vows is
        ("Valdoria vowed to wage war on Norland.", {("VAL", "NRL", "190")}),
        # words match by lemma
        ("Valdoria adopted charters with Norland.", {("VAL", "NRL", "102")}),
    ],
)
def test_phrase_patterns_match_the_verbs_own_phrases(phrase_coder, sentence, expected):
    result = phrase_coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "* THEIR ^ ABOUT +": the possessive names no phrase; the object is
        # passed over and the target is the one warned about
        ("Valdoria cautioned Norland about Keldara.", {("VAL", "KEL", "131")}),
        ("Valdoria cautioned Norland.", {("VAL", "NRL", "130")}),
    ],
)
def test_a_possessive_in_a_phrase_pattern_names_no_phrase(
    phrase_coder, sentence, expected
):
    result = phrase_coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valdoria signed a new naval accord with Norland.", {("VAL", "NRL", "062")}),
        # other modifiers may come between the braced words
        (
            "Valdoria signed a new regional naval accord with Norland.",
            {("VAL", "NRL", "062")},
        ),
        # but the word before the head noun binds to it: a supply accord
        # is another kind of accord
        (
            "Valdoria signed a new naval supply accord with Norland.",
            {("VAL", "NRL", "057")},
        ),
        ("Valdoria signed a naval accord with Norland.", {("VAL", "NRL", "057")}),
    ],
)
def test_a_braced_phrase_names_its_head_noun_with_the_word_before_it(
    phrase_coder, sentence, expected
):
    """ "{NEW &FLEETS ACCORD}": the accord, its modifier from the synset just
    before it, and "new" anywhere before that."""
    result = phrase_coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in TABARI's word sequences any word before the verb counts
        ("Valdoria warmly hailed Norland.", {("VAL", "NRL", "052")}),
        ("Valdoria hailed Norland.", {("VAL", "NRL", "051")}),
        # and any word after it in its phrase
        (
            "Valdoria conceded that Norland has the bravest navy.",
            {("VAL", "NRL", "057")},
        ),
        # words match as written
        ("Valdoria adopted a charter with Norland.", {("VAL", "NRL", "102")}),
        ("Valdoria adopted charters with Norland.", {("VAL", "NRL", "081")}),
    ],
)
def test_word_sequences_match_any_word_before_the_verb(coder, sentence, expected):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "in" read as the preposition of "a Norland rally"
        (
            "Valdoria soldiers broke in a Norland rally.",
            {("NRL", "VALMIL", "175")},
        ),
        # the parser takes "in" for a particle of "break" and the rally for
        # its object: the slot of "in" is still the rally
        (
            "Valdoria soldiers were reported to break in a Norland rally on Friday.",
            {("NRL", "VALMIL", "175")},
        ),
        # with no "in" the pattern does not match
        ("Valdoria soldiers broke a Norland rally.", {("VALMIL", "NRL", "171")}),
    ],
)
def test_a_preposition_taken_for_a_particle_still_names_its_slot(
    coder, sentence, expected
):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Valdoria started to question the envoy of Norland.",
            {("VAL", "NRLGOV", "110")},
        ),
        # the verb alone codes nothing
        ("Valdoria started a tour of Norland.", set()),
    ],
)
def test_a_pattern_written_without_its_dash_is_read(coder, sentence, expected):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a passive with no agent: the first actor of its phrase acts on
        # its subject
        ("Valdoria was seen at a Norland rally.", {("NRL", "VAL", "010")}),
        # but not one of a clause below it, which codes its own act
        ("Valdoria was seen to storm a Norland rally.", {("VAL", "NRL", "120")}),
    ],
)
def test_an_agentless_passive_is_acted_upon_from_its_own_phrase(
    phrase_coder, sentence, expected
):
    result = phrase_coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the parser makes the bracketed abbreviation the head: the name
        # before it is the actor
        ("The European Union (EU) met Norland on Friday.", {("IGOEEU", "NRL", "040")}),
        ("Norland met the European Union (EU) on Friday.", {("NRL", "IGOEEU", "040")}),
        ("Norland met the European Union on Friday.", {("NRL", "IGOEEU", "040")}),
    ],
)
def test_a_name_before_its_abbreviation_in_brackets_is_the_actor(
    coder, sentence, expected
):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected
