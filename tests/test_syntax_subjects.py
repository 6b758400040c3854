"""The subject of a verb where the parser splits one phrase into two."""

import datetime as dt

import pytest

from eventwire.syntax import subject_of


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        # a description and the names it describes, read as two subjects:
        # the names are the subject
        (
            "Old rivals Chile and Peru have restored diplomatic ties.",
            "restored",
            "Chile",
        ),
        # one subject stays the subject
        (
            "Bears, wolves, and Norway welcomed the deal with Sweden.",
            "welcomed",
            "Bears",
        ),
        ("Protesters in Lima and Peru's police clashed.", "clashed", "Protesters"),
    ],
)
def test_subject_of_a_phrase_the_parser_split(pipeline, sentence, verb, subject):
    doc = pipeline.nlp(sentence)
    found = subject_of(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        # "who" hung on an organisation at the end of a participle phrase
        # stands for the person the participle describes
        (
            "A Pakistani woman believed linked to Al-Qaeda who shot at soldiers"
            " was extradited on Monday.",
            "shot",
            "woman",
        ),
        (
            "A French journalist linked to Hezbollah who attacked Israeli"
            " soldiers was arrested.",
            "attacked",
            "journalist",
        ),
        # a person named last is the one "who" stands for
        (
            "Police arrested an aide close to the minister who resigned.",
            "resigned",
            "minister",
        ),
        # "which" stands for the organisation
        (
            "A man believed linked to Al-Qaeda, which attacked the embassy,"
            " was arrested.",
            "attacked",
            "Qaeda",
        ),
    ],
)
def test_relative_who_stands_for_a_person(pipeline, sentence, verb, subject):
    doc = pipeline.nlp(sentence)
    found = subject_of(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        # a name the parser hung on a present-tense verb as a compound
        (
            "Norway act on a plan with Sweden's support, officials said.",
            "act",
            "Norway",
        ),
    ],
)
def test_a_name_read_as_a_compound_of_its_verb_is_the_subject(
    pipeline, sentence, verb, subject
):
    from eventwire.mentions import MentionIndex

    doc = pipeline.nlp(sentence)
    found = subject_of(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject
    index = MentionIndex.build(doc, pipeline.resources.actors, dt.date(2025, 3, 1))
    mention = index.mention(found)
    assert mention is not None and mention.actor.country == "NOR"


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        # a compound of a verb with a subject of its own is no second subject
        ("Sweden say they will act soon, a diplomat said.", "say", "Sweden"),
    ],
)
def test_a_verb_with_its_own_subject_keeps_it(pipeline, sentence, verb, subject):
    doc = pipeline.nlp(sentence)
    found = subject_of(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == subject
