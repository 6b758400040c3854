"""Direct quotes and their speakers, on our own short stories."""

import datetime as dt

import pytest

from eventwire.models import Article

ON = dt.date(2025, 3, 14)


def _quotes(pipeline, text):
    result = pipeline.code(Article("q", text, ON))
    return [(q.text, q.speaker_name or q.speaker_text) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not give up our land," Volodymyr Zelenskyy said on Friday.',
            [("We will not give up our land,", "Volodymyr Zelenskyy")],
        ),
        (
            "“The talks were useful,” Sergei Lavrov told reporters.",
            [("The talks were useful,", "Sergei Lavrov")],
        ),
        (
            "Emmanuel Macron replied: “Europe must defend itself.”",
            [("Europe must defend itself.", "Emmanuel Macron")],
        ),
        (
            "Narendra Modi arrived in Paris. “This is a new chapter,” he said.",
            [("This is a new chapter,", "Narendra Modi")],
        ),
        (
            "“We are ready,” Olaf Scholz said. “Our partners know it.”",
            [
                ("We are ready,", "Olaf Scholz"),
                ("Our partners know it.", "Olaf Scholz"),
            ],
        ),
        (
            "“The first sentence ends here. The second one follows,” Rishi Sunak said.",
            [("The first sentence ends here. The second one follows,", "Rishi Sunak")],
        ),
        (
            "‘Britain’s position has not changed,’ Keir Starmer said.",
            [("Britain’s position has not changed,", "Keir Starmer")],
        ),
        (
            'A spokesman for the ministry said: "No comment at this stage."',
            [("No comment at this stage.", "A spokesman")],
        ),
    ],
)
def test_quote_and_speaker(pipeline, text, expected):
    assert _quotes(pipeline, text) == expected


def test_quote_left_open_at_paragraph_end_runs_on():
    from eventwire.quotes import _quote_spans

    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    spans = [text[a:b] for a, b in _quote_spans(text)]
    assert spans == ["First paragraph of the quote.", "Second paragraph,"]


def test_quote_offsets_point_into_the_article(pipeline):
    text = "Olaf Scholz arrived. “We are ready,” he said."
    (quote,) = pipeline.code(Article("q", text, ON)).quotes
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker_code == "DEUGOV"
