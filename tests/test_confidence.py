"""Event confidence: features of how an event was found, and the fitted model."""

import datetime as dt
from pathlib import Path

import pytest

from eventwire.confidence import (
    FEATURES,
    ConfidenceModel,
    event_features,
    fit_model,
    resolution_kind,
)
from eventwire.errors import DictionaryError
from eventwire.models import Article
from eventwire.pipeline import code_events, index_mentions

ON = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("country KEN", "country"),
        ("IGO IGOUNO (igos.tsv:49)", "name"),
        ("President 2022-09-13.. (people_africa.tsv:12)", "name"),
        ("former Foreign Minister until 2019-01-01 (people_europe.tsv:3)", "name"),
        ("agent 'foreign minister'", "agent"),
        ("title 'defence secretary'", "title"),
        ("title 'president' of CHL", "title"),
        ("*", "counterpart"),
        ("counterpart of 'Boric': the other side's GOV", "counterpart"),
        ("of TUR", "derived"),
        ("people of PSE", "derived"),
        ("Kurds living in IRQ", "derived"),
        ("the city 'Quito' (Quito: capital (metonyms.tsv:9))", "derived"),
        ("pronoun -> 'President Ruto'", "pronoun"),
        ("the two -> 'Chile'", "pair"),
        ("speaker of the quote -> 'Lula'", "speaker"),
        ("title -> 'President Ruto'", "reference"),
        ("the ministry -> 'the Kenyan foreign ministry'", "reference"),
    ],
)
def test_resolution_kind_is_read_from_the_actor_entry(entry, kind):
    assert resolution_kind(entry) == kind


def _codings(pipeline, text):
    doc = pipeline.nlp(text)
    mentions, _ = index_mentions(doc, pipeline.resources, ON)
    article = Article("t", text, ON)
    return list(code_events(doc, article, pipeline.resources, mentions, ON))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya condemned Uganda on Tuesday.", {"target_none": 0.0, "intended": 0.0}),
        ("Norway protested on Monday.", {"target_none": 1.0}),
        ("Brazil will send troops to Haiti.", {"intended": 1.0}),
        (
            "Chile's president met Peru's president. "
            "Later he praised Peru for its hospitality.",
            {"source_reference": 1.0},
        ),
        ("Argentina held talks with Uruguay.", {"rule_noun": 1.0}),
        (
            "Officials said that Ghana had criticised Togo over the border closure.",
            {"nested_clause": 1.0},
        ),
    ],
)
def test_event_features_say_how_the_event_was_found(pipeline, text, expected):
    coding, _ = _codings(pipeline, text)[-1]
    features = event_features(coding)
    assert set(features) == set(FEATURES)
    for name, value in expected.items():
        assert features[name] == value, name


def test_an_event_with_no_target_is_less_sure_than_a_dyad(pipeline):
    ((_, dyad),) = _codings(pipeline, "Kenya condemned Uganda on Tuesday.")
    ((_, alone),) = _codings(pipeline, "Norway protested on Monday.")
    assert 0 < alone.confidence < dyad.confidence < 1


def test_the_shipped_model_names_how_and_on_what_it_was_fitted():
    model = ConfidenceModel.from_path()
    assert set(model.weights) == set(FEATURES)
    header = Path(model.origin).read_text(encoding="utf-8").split("intercept:")[0]
    for words in ("logistic regression", "PLOVER_GSR_CAMEO", "icews-cameo-codes"):
        assert words in header


def test_fitting_recovers_the_share_correct_of_each_group():
    rows = [{"target_none": 1.0}] * 10 + [{"target_none": 0.0}] * 10
    labels = [True] * 2 + [False] * 8 + [True] * 8 + [False] * 2
    model = fit_model(rows, labels, penalty=1e-6)
    assert model.probability({"target_none": 1.0}) == pytest.approx(0.2, abs=1e-3)
    assert model.probability({"target_none": 0.0}) == pytest.approx(0.8, abs=1e-3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("weights: [1, 2]\n", "expected 'intercept' and 'weights'"),
        ("intercept: 1\nweights: {rule_colour: 1}\n", "unknown feature(s) rule_colour"),
        ("intercept: [\n", "cannot read the model"),
    ],
)
def test_a_broken_model_file_is_named_in_the_error(tmp_path, text, message):
    path = tmp_path / "model.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match="model.yml") as caught:
        ConfidenceModel.from_path(path)
    assert message in str(caught.value)
