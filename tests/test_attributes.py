"""The pipeline's attribute rules give what spaCy's own ruler gives, faster."""

from __future__ import annotations

import importlib

import pytest
import spacy

from eventwire import nlp as nlp_module
from eventwire.attributes import quicken
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def plain():
    """The pipeline's model with spaCy's ruler and lemmatizer as shipped."""
    for name in nlp_module.DEFAULT_MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        model = module.load(exclude=list(nlp_module._UNUSED))
        model.add_pipe("paragraph_breaks", before="parser")
        return model
    pytest.skip("no English model installed")


def _attributes(doc):
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers ain't gonna sign it, and we've gotta wait.",
        "She'd have gone if I'd asked him; he's done it before.",
        "Don't tell me you haven't seen them: it's nothin' new, y' know.",
        "Which officials did the envoy meet, and whose plan was it?",
        "Lawmakers in Accra were told the bill is not due until May.",
        "Protesters gathered because the price of fuel had risen, though not by much.",
        "I'm sure they're right about that whilst the talks go on.",
        "Gets what he wants, got what he came for.",
        "   \n\n  ",
        "",
    ],
)
def test_attribute_rules_match_spacys_own_ruler(pipeline: Pipeline, plain, text):
    assert _attributes(pipeline.nlp(text)) == _attributes(plain(text))


def test_ruler_with_patterns_of_another_shape_is_left_as_it_is():
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add(patterns=[[{"LENGTH": 5}]], attrs={"TAG": "NN"})
    match = ruler.match
    assert quicken(ruler) is False
    assert ruler.match == match
    assert blank("Hello world")[0].tag_ == "NN"


def test_quick_rules_apply_later_rules_over_earlier_ones():
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add(patterns=[[{"LOWER": "accord"}]], attrs={"TAG": "NN"})
    ruler.add(patterns=[[{"LOWER": {"IN": ["accord", "deal"]}}]], attrs={"TAG": "NNS"})
    ruler.add(
        patterns=[[{"LOWER": "peace"}, {"LOWER": "deal"}]],
        attrs={"LEMMA": "x"},
        index=1,
    )
    assert quicken(ruler) is True
    doc = blank("A peace deal and an accord")
    assert [t.tag_ for t in doc] == ["", "", "NNS", "", "", "NNS"]
    assert doc[2].lemma_ == "x"
