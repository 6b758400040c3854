"""Negated clauses coded as the negation an ontology file names (UD-PETRARCH)."""

import datetime as dt
import re
from pathlib import Path

import pytest

from eventwire.errors import DictionaryError
from eventwire.models import Article
from eventwire.petrarch.ontology import read_negations
from eventwire.petrarch.verbs import read_petrarch_verbs
from eventwire.pipeline import Pipeline

from .conftest import suite_coder

ONTOLOGY = """\
# an ontology of our own -->
#            0 Say       1 Cooperate
010:0x1000#Say
011:0x1000-0xFFFF
050:0x0080#Cooperate
110:0x1007f#0xFFFF+0x0080#Disapprove
042:0x0100
043:0x0101
"""

VERBS = """\
--- COOPERATE [050] ---
COOPERATE
- * (ON FISHERIES) [050]
--- COMMENT [010] ---
COMMENT
--- VISIT [042:043] ---
VISIT
--- REFUSE [---] ---
REFUSE
- NOT * TALKS [050]
"""

ACTORS = "VALDORIA_ [VAL]\nNORLAND [NRL]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ontology")
    for name, text in (
        ("mine.ontology.txt", ONTOLOGY),
        ("mine.verbs.txt", VERBS),
        ("mine.actors.txt", ACTORS),
        ("mine.agents.txt", "DOCKWORKER [~LAB]\n"),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ontology_names_negations_both_ways(folder):
    negations = read_negations(folder / "mine.ontology.txt")
    assert negations == {"050": "110", "110": "050", "010": "011", "011": "010"}


def test_malformed_ontology_value_names_its_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("050:0x0080\n110:0xFFFF+eighty\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=re.escape(":2: '0xFFFF+eighty'")):
        read_negations(path)


def test_negated_rules_only_for_codes_with_a_negation(folder):
    negations = read_negations(folder / "mine.ontology.txt")
    rules = read_petrarch_verbs(folder / "mine.verbs.txt", negations=negations).rules
    negated = sorted((r.origin, r.code) for r in rules if r.id.endswith(":negated"))
    # COOPERATE's verb and pattern, COMMENT's verb; VISIT (042) has none, and
    # a pattern written for the negated clause keeps its own code.
    assert negated == [
        ("mine.verbs.txt:2", "110"),
        ("mine.verbs.txt:3", "110"),
        ("mine.verbs.txt:5", "011"),
    ]
    plain = read_petrarch_verbs(folder / "mine.verbs.txt").rules
    assert not any(r.id.endswith(":negated") for r in plain)


@pytest.fixture(scope="module")
def coder(folder, pipeline) -> Pipeline:
    return suite_coder(pipeline, folder, ontology="mine.ontology.txt")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valdoria cooperated with Norland on Monday.", {("VAL", "NRL", "050")}),
        # not to cooperate is to disapprove, as the ontology says
        ("Valdoria did not cooperate with Norland.", {("VAL", "NRL", "110")}),
        ("Valdoria will never cooperate with Norland.", {("VAL", "NRL", "110")}),
        (
            "Valdoria didn't cooperate on fisheries with Norland.",
            {("VAL", "NRL", "110")},
        ),
        # a code with no negation still codes no negated clause
        ("Valdoria did not visit Norland.", set()),
    ],
)
def test_negated_clause_codes_the_negation(coder, sentence, expected):
    result = coder.code(Article("t", sentence, dt.date(2017, 5, 2)))
    assert {(e.source_code, e.target_code, e.cameo) for e in result.events} == expected
