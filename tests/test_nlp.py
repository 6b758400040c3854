"""The pipeline's own components: where sentences start and how words split."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a prefix cut from its word by a space ends no sentence
        (
            "Students held an anti- war march in Athens on Friday.",
            ["Students held an anti- war march in Athens on Friday."],
        ),
        (
            "Crowds staged a pro- Kremlin rally in Moscow. Police watched.",
            ["Crowds staged a pro- Kremlin rally in Moscow.", "Police watched."],
        ),
        # nor does one waiting for a word after "and"
        (
            "Thousands joined pro- and anti-government rallies in Tbilisi.",
            ["Thousands joined pro- and anti-government rallies in Tbilisi."],
        ),
        # a blank line still ends one
        (
            "Kenya, Tuesday\n\nKenya recalled its envoy.",
            ["Kenya, Tuesday\n\n", "Kenya recalled its envoy."],
        ),
    ],
)
def test_sentences_do_not_end_after_a_hanging_hyphen(
    pipeline: Pipeline, text, sentences
):
    assert [s.text for s in pipeline.nlp(text).sents] == sentences


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "anti- war" is split as "anti-war" is
        ("an anti- war march", ["an", "anti", "-", "war", "march"]),
        ("an anti-war march", ["an", "anti", "-", "war", "march"]),
        # a prefix before "and" waits for a later word: kept whole
        ("pro- and anti-war", ["pro-", "and", "anti", "-", "war"]),
        # a dash between words is no prefix
        ("Kenya - and Chile", ["Kenya", "-", "and", "Chile"]),
    ],
)
def test_a_hanging_prefix_is_split_from_its_hyphen(pipeline: Pipeline, text, words):
    doc = pipeline.nlp(text)
    assert [t.text for t in doc] == words
    assert doc.text == text
