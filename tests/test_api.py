"""The Python API: code_text and Pipeline return typed records."""

import datetime as dt

import eventwire
from eventwire.models import Article, Event, Quote, Result


def test_code_text_returns_typed_events_dated_from_the_text(pipeline):
    result = eventwire.code_text(
        "Japan praised Australia on Monday. “We are grateful,” Japan’s foreign"
        " minister said.",
        published="2025-03-14",
    )
    assert isinstance(result, Result)
    (event,) = result.events
    assert isinstance(event, Event)
    assert (event.source_code, event.target_code, event.cameo) == (
        "JPNGOV",
        "AUSGOV",
        "051",
    )
    assert (event.date, event.date_precision) == ("2025-03-10", "day")
    assert isinstance(result.quotes[0], Quote)
    assert result.article.published == dt.date(2025, 3, 14)
    assert len(result.article.article_id) == 64


def test_code_text_and_the_pipeline_agree(pipeline):
    text = "France condemned Iran on Tuesday."
    via_api = eventwire.code_text(text, published=dt.date(2025, 3, 14), article_id="a")
    via_pipeline = pipeline.code(Article("a", text, dt.date(2025, 3, 14)))
    assert via_api.events == via_pipeline.events


def test_code_many_keeps_input_order(pipeline):
    texts = ["France condemned Iran.", "Japan praised Australia.", "Nothing here."]
    articles = [Article(str(i), t, dt.date(2025, 3, 14)) for i, t in enumerate(texts)]
    results = list(pipeline.code_many(articles, batch_size=2))
    assert [r.article.article_id for r in results] == ["0", "1", "2"]
    assert [len(r.events) for r in results] == [1, 1, 0]


def test_a_fault_on_one_article_is_reported_and_the_batch_goes_on(
    pipeline, monkeypatch
):
    import eventwire.pipeline as module

    real = module.code_doc

    def flaky(doc, article, resources):
        if article.article_id == "bad":
            raise ValueError("broken parse")
        return real(doc, article, resources)

    monkeypatch.setattr(module, "code_doc", flaky)
    articles = [
        Article(name, "France condemned Iran.", dt.date(2025, 3, 14))
        for name in ("a", "bad", "c")
    ]
    results = list(pipeline.code_many(articles))
    assert [len(r.events) for r in results] == [1, 0, 1]
    assert results[1].warnings == ("not coded: ValueError: broken parse",)
