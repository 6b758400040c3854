"""No rule codes the sentences written to look like it but mean something else.

Each rule of ``data/verbs/rules.yml`` may list ``negatives``: sentences with
its words in another sense, a metaphor, a negation, or an act of another
code. None of them may code to the rule's code.
"""

import datetime as dt

import pytest

from eventwire.coding.verbs import VerbDictionary
from eventwire.models import Article

RULES = VerbDictionary.from_path().rules

CASES = [
    pytest.param(rule.code, text, id=f"{rule.id}:{text[:40]}")
    for rule in RULES
    for text in rule.negatives
]


def test_most_codes_have_a_negative_example():
    codes = {rule.code for rule in RULES}
    with_negatives = {rule.code for rule in RULES if rule.negatives}
    assert len(with_negatives) >= 0.9 * len(codes)


@pytest.mark.parametrize(("code", "text"), CASES)
def test_negative_example_does_not_code_to_the_rules_code(pipeline, code, text):
    result = pipeline.code(Article("negative", text, dt.date(2024, 6, 1)))
    got = sorted((e.cameo, e.rule) for e in result.events)
    assert all(c != code for c, _ in got), f"{text!r} gave {got}"
