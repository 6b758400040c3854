"""Every rule of the verb dictionary codes its own example sentences.

The examples live beside the rules in ``data/verbs/rules.yml``, so a rule
cannot be added or changed without a sentence that shows what it codes.
"""

import datetime as dt

import pytest

from eventwire.coding.cameo import Codebook
from eventwire.coding.verbs import VerbDictionary
from eventwire.models import Article

RULES = VerbDictionary.from_path().rules

# Examples the coder does not get yet, each for a reason outside the rule:
# actors missing from the dictionaries (armed groups: Hamas, Houthis), a
# target that is a place or an object ("a curfew in Nairobi", "the town of
# Avdiivka"), or a parse the small model gets wrong. They run
# as strict expected failures, so one that starts to pass must leave the list.
KNOWN_GAPS: set[tuple[str, str]] = set()

CASES = [
    pytest.param(
        rule.id,
        rule.code,
        text,
        id=f"{rule.id}:{text[:40]}",
        marks=[pytest.mark.xfail(strict=True, reason="known gap")]
        if (rule.id, text) in KNOWN_GAPS
        else [],
    )
    for rule in RULES
    for text in rule.examples
]


def test_dictionary_covers_every_root_and_at_least_120_codes():
    codes = {rule.code for rule in RULES}
    assert {code[:2] for code in codes} == {f"{root:02d}" for root in range(1, 21)}
    assert len(codes) >= 120


def test_every_code_below_the_twenty_roots_has_a_rule():
    # The two-digit roots are headings; their catch-all is the "0" code below.
    missing = [c for c in Codebook.from_path().codes() if len(c) > 2]
    assert sorted(set(missing) - {rule.code for rule in RULES}) == []


def test_every_rule_has_an_example():
    assert [rule.id for rule in RULES if not rule.examples] == []


def test_known_gaps_are_few():
    total = sum(len(rule.examples) for rule in RULES)
    assert len(KNOWN_GAPS) <= 0.08 * total


@pytest.mark.parametrize(("rule_id", "code", "text"), CASES)
def test_rule_example_codes_to_the_rules_code(pipeline, rule_id, code, text):
    result = pipeline.code(Article("example", text, dt.date(2024, 6, 1)))
    got = {(e.cameo, e.rule) for e in result.events}
    assert any(c == code for c, _ in got), f"{text!r} gave {sorted(got)}"
