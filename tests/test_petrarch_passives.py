"""Imported PETRARCH patterns that name no slot, on a passive clause with no
"by" phrase: a file of TABARI word sequences reads it as written (the
subject acts on the first actor of the verb's phrase); a file in PETRARCH 2's
phrase syntax reads the subject as the one acted upon and that first actor
as the one acting. A "by" phrase names the one acting in both."""

import datetime as dt
from pathlib import Path

import pytest

from eventwire.coding.slots import (
    AGENTLESS_ACTED_UPON,
    AGENTLESS_AS_WRITTEN,
)
from eventwire.models import Article
from eventwire.petrarch.verbs import read_petrarch_verbs
from eventwire.pipeline import Pipeline

from .conftest import suite_coder

# TABARI's word sequences: words before the verb match as written.
WORDS = """\
--- REBUKE [111] ---
REBUKE
- SHARPLY * [112]
- SHARPLY UNFAIRLY * [113]
- * OVER LOAN FROM $ [114]
"""
# PETRARCH 2's phrase syntax.
PHRASES = """\
--- REBUKE [111] ---
REBUKE
- * (OVER LOAN) (FROM $) [114]
"""

ACTORS = "VALDORIA_ [VAL]\nNORLAND [NRL]\nKESTRIA [KES]\n"
AGENTS = "ENVOY [~GOV]\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("passives")
    for name, text in (
        ("words.verbs.txt", WORDS),
        ("phrases.verbs.txt", PHRASES),
        ("mine.actors.txt", ACTORS),
        ("mine.agents.txt", AGENTS),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "line", "reading"),
    [
        ("words.verbs.txt", 2, AGENTLESS_AS_WRITTEN),  # the bare verb
        ("words.verbs.txt", 3, AGENTLESS_AS_WRITTEN),  # words, no slot
        ("words.verbs.txt", 5, ""),  # a source slot says who acts
        ("phrases.verbs.txt", 2, AGENTLESS_ACTED_UPON),
        ("phrases.verbs.txt", 3, ""),
    ],
)
def test_how_a_pattern_reads_a_passive_with_no_agent(folder, name, line, reading):
    rules = read_petrarch_verbs(folder / name).rules
    rule = next(r for r in rules if r.origin == f"{name}:{line}")
    assert rule.agentless == reading


def _coder(folder: Path, verbs: str, pipeline) -> Pipeline:
    return suite_coder(pipeline, folder, verbs)


@pytest.fixture(scope="module")
def words_coder(folder, pipeline) -> Pipeline:
    return _coder(folder, "words.verbs.txt", pipeline)


@pytest.fixture(scope="module")
def phrases_coder(folder, pipeline) -> Pipeline:
    return _coder(folder, "phrases.verbs.txt", pipeline)


def _events(coder: Pipeline, sentence: str) -> set[tuple[str, str, str]]:
    result = coder.code(Article("t", sentence, dt.date(2023, 6, 1)))
    return {(e.source_code, e.target_code, e.cameo) for e in result.events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no agent: read as written, the subject acting
        (
            "Norland was rebuked over its fishing quarrel with Kestria.",
            {("NRL", "KES", "111")},
        ),
        # words before the verb still pick their pattern
        (
            "Norland was sharply rebuked over its fishing quarrel with Kestria.",
            {("NRL", "KES", "112")},
        ),
        (
            "Norland was sharply and unfairly rebuked over its fishing quarrel "
            "with Kestria.",
            {("NRL", "KES", "113")},
        ),
        # a "by" phrase names the one acting
        ("Norland was rebuked by Kestria.", {("KES", "NRL", "111")}),
        # an active clause is untouched
        ("Valdoria rebuked Kestria over the vote.", {("VAL", "KES", "111")}),
    ],
)
def test_word_sequences_read_an_agentless_passive_as_written(
    words_coder, sentence, expected
):
    assert _events(words_coder, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no agent: the first actor of the verb's phrase acts on the subject
        (
            "Norland was rebuked over its fishing quarrel with Kestria.",
            {("KES", "NRL", "111")},
        ),
        (
            "Norland was sharply rebuked over its fishing quarrel with Kestria.",
            {("KES", "NRL", "111")},
        ),
        # a "by" phrase names the one acting
        ("Norland was rebuked by Kestria.", {("KES", "NRL", "111")}),
        # no other actor: no one named acting, no event
        ("Norland was rebuked over the vote.", set()),
        ("Valdoria rebuked Kestria over the vote.", {("VAL", "KES", "111")}),
    ],
)
def test_phrase_syntax_reads_an_agentless_passive_as_acted_upon(
    phrases_coder, sentence, expected
):
    assert _events(phrases_coder, sentence) == expected
