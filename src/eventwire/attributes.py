"""The English pipeline's attribute rules, matched a column at a time.

spaCy's attribute ruler sets coarse tags, features and a few lemmas from about
180 one- and two-token patterns on tags, lower-case forms and dependencies. Its
general token matcher walks every pattern over every token, a tenth of parsing;
these patterns only compare attributes, so ``QuickRules`` finds the same matches
with one array comparison per pattern and applies them in spaCy's order: rule by
rule, and within a rule from the start of the document, later rules winning.
Patterns of another shape make it leave the ruler as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_Test = Callable[[np.ndarray, StringStore], np.ndarray]


class UnsupportedPattern(ValueError):
    """A pattern compares something other than equality, sets or expressions."""


def _test(key: str, value: Any) -> _Test:
    """A function from a document's columns to the tokens that satisfy one
    predicate of a token pattern."""
    if key not in _COLUMNS:
        raise UnsupportedPattern(key)
    column = _COLUMNS[key]
    if isinstance(value, bool):
        return lambda rows, strings: rows[:, column] == int(value)
    if isinstance(value, str):
        return lambda rows, strings: rows[:, column] == strings[value]
    if isinstance(value, dict) and len(value) == 1:
        (operator, operand), *_ = value.items()
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            wanted = list(operand)

            def member(rows: np.ndarray, strings: StringStore) -> np.ndarray:
                ids = np.array([strings[w] for w in wanted], dtype=np.uint64)
                return np.isin(rows[:, column], ids, invert=operator == "NOT_IN")

            return member
        if operator == "REGEX" and isinstance(operand, str):
            expression = re.compile(operand)

            def matches(rows: np.ndarray, strings: StringStore) -> np.ndarray:
                values = rows[:, column]
                found = [
                    v for v in np.unique(values) if expression.search(strings[int(v)])
                ]
                return np.isin(values, np.array(found, dtype=np.uint64))

            return matches
    raise UnsupportedPattern(f"{key}: {value!r}")


class QuickRules:
    """The matches of an attribute ruler's patterns, found column by column."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        # One entry a rule, in the ruler's order: its patterns, each a list of
        # token tests (every predicate of the token must hold).
        self.rules: list[list[list[list[_Test]]]] = []
        for number in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(number))
            self.rules.append(
                [
                    [[_test(k, v) for k, v in token.items()] for token in pattern]
                    for pattern in patterns
                ]
            )

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every match, in the order the ruler applies them."""
        if len(doc) == 0:
            return []
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        strings = doc.vocab.strings
        found: list[tuple[int, int, int]] = []
        for number, patterns in enumerate(self.rules):
            spans: set[tuple[int, int]] = set()
            for pattern in patterns:
                size = len(pattern)
                if size > len(doc):
                    continue
                hits = np.ones(len(doc) - size + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    for test in tests:
                        hits &= test(rows, strings)[
                            offset : len(doc) - size + 1 + offset
                        ]
                spans.update((int(s), int(s) + size) for s in hits.nonzero()[0])
            found.extend((number, start, end) for start, end in sorted(spans))
        return found


def quicken(ruler: Any) -> bool:
    """Let an attribute ruler find its matches column by column; False, and
    the ruler unchanged, when one of its patterns has another shape."""
    try:
        rules = QuickRules(ruler)
    except UnsupportedPattern:
        return False
    ruler.match = lambda doc: [
        (number, str(number), start, end) for number, start, end in rules.match(doc)
    ]
    ruler.set_annotations = lambda doc, matches: _apply(rules, doc, matches)
    return True


def _apply(
    rules: QuickRules, doc: Doc, matches: list[tuple[int, str, int, int]]
) -> None:
    ruler = rules.ruler
    for number, _, start, end in matches:
        index = ruler.indices[number]
        token = doc[start + index if index >= 0 else end + index]
        set_token_attrs(token, ruler.attrs[number])
