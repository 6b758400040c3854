"""The subject of a verb where the parser splits one phrase into two."""

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
