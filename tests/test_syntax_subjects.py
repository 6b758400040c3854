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
