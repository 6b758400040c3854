"""PETRARCH patterns whose target stands before the verb ("+ WORD * ...")
and whose source follows it: the subject, or the subject of the clause the
verb serves, is the target, and "^" before "$" passes over the next actor."""

import datetime as dt
from pathlib import Path

import pytest

from eventwire.coding.slots import SUBJECT_ABOVE, passing
from eventwire.coding.verbs import ANY_SLOT
from eventwire.models import Article
from eventwire.petrarch.verbs import read_petrarch_verbs
from eventwire.pipeline import Pipeline

from .conftest import suite_coder

VERBS = """\
--- COMMEMORATE [050] ---
COMMEMORATE
- + WELCOMING * JUBILEE ^ $ [042]
- + WELCOMING * HARVEST_FESTIVAL $ [046]
--- HONOUR [051] ---
HONOUR
- * ANNIVERSARY ^ ^ $ [057]
--- ACCEPT [080] ---
ACCEPT
- + * LOAN FROM $ [071]
--- DEPLORE [111] ---
DEPLORE
- OBSERVED + * [115]
"""

ACTORS = "VALDORIA_ [VAL]\nNORLAND [NRL]\nKESTRIA [KES]\nPORT_ARVEN [KESMIL]\n"
AGENTS = "ENVOY [~GOV]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("target_before")
    for name, text in (
        ("mine.verbs.txt", VERBS),
        ("mine.actors.txt", ACTORS),
        ("mine.agents.txt", AGENTS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("line", "target", "source"),
    [
        (3, (), passing(1)),  # '+' before the verb: the subject is the target
        (4, (), ANY_SLOT),
        (7, (), passing(2)),  # no '+' at all, a source named: the same
        (10, (), ("from",)),
        (13, (), SUBJECT_ABOVE),  # a word, '+', the verb: the subject above
    ],
)
def test_a_target_before_the_verb_is_its_subject(folder, line, target, source):
    rules = read_petrarch_verbs(folder / "mine.verbs.txt").rules
    rule = next(r for r in rules if r.origin == f"mine.verbs.txt:{line}")
    assert (rule.target, rule.source) == (target, source)


@pytest.fixture(scope="module")
def coder(folder, pipeline) -> Pipeline:
    return suite_coder(pipeline, folder)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # '^ $': the actor after the next one is the source
        (
            "Valdoria is welcoming Kestria to commemorate the jubilee with "
            "Norland at Port Arven.",
            {("KESMIL", "VAL", "042")},
        ),
        # '$': the next actor; the subject of the clause served is the target
        (
            "Valdoria is welcoming Kestria to commemorate the harvest festival "
            "with Norland.",
            {("NRL", "VAL", "046")},
        ),
        # the verb the words before it name is the target's, whatever the parse
        (
            "Kestria will be welcoming Valdoria to commemorate the harvest "
            "festival with Norland next month.",
            {("NRL", "KES", "046")},
        ),
        # a source slot after a preposition
        ("Norland accepted a loan from Kestria.", {("KES", "NRL", "071")}),
        # 'OBSERVED + *': the verb's subject is the target, the one who
        # observed it the source
        (
            "Kestria observed that Norland deplored the envoy of Valdoria.",
            {("KES", "NRL", "115")},
        ),
        # with no "observed" above the verb, the pattern does not fit
        ("Norland deplored the envoy of Valdoria.", {("NRL", "VALGOV", "111")}),
    ],
)
def test_target_before_the_verb_and_source_after_it(coder, sentence, expected):
    result = coder.code(Article("t", sentence, dt.date(2021, 3, 4)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected


def test_the_words_before_the_verb_name_whose_subject_is_the_target(folder, pipeline):
    """ "+ RECEIVING * $": when "receiving" governs the verb's clause, the
    target is the subject of "receiving", though the parse gives the clause a subject
    of its own."""
    from spacy.tokens import Doc

    from eventwire.coding.slots import slot_source

    words = "Kestria is receiving Valdoria to mark Unity Day with Norland .".split()
    heads = [2, 2, 2, 5, 5, 2, 7, 5, 5, 8, 2]
    deps = "nsubj aux ROOT nsubj aux ccomp compound dobj prep pobj punct".split()
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps)
    verbs = "--- MARK [050] ---\nMARK\n- + RECEIVING * UNITY_DAY $ [046]\n"
    (folder / "receiving.verbs.txt").write_text(verbs, encoding="utf-8")
    rules = read_petrarch_verbs(folder / "receiving.verbs.txt").rules
    rule = next(r for r in rules if r.code == "046")
    source, targets = slot_source(doc[5], None, rule, [])
    assert source is not None
    assert (source.text, [t.text for t in targets]) == ("Norland", ["Kestria"])
