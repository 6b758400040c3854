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


def _all_quotes(pipeline, text):
    result = pipeline.code(Article("q", text, ON))
    return [(q.text, q.speaker_name or q.speaker_text, q.direct) for q in result.quotes]


TRAPS = [
    # A partial quote inside a sentence is the speaker of that sentence's...
    (
        'Iran said it was open to "mutually respectful" talks with Washington.',
        ("mutually respectful", "Government (Iran)", True),
    ),
    # ... also under a verb that is not "said", and a single quoted word.
    (
        'Donald Trump blasted the "dishonest" press on Tuesday.',
        ("dishonest", "Donald Trump", True),
    ),
    # A pronoun speaker is the person it refers to.
    (
        "Keir Starmer arrived in Kyiv. “Britain stands with Ukraine,” he said.",
        ("Britain stands with Ukraine,", "Keir Starmer", True),
    ),
    # A person the dictionaries do not know keeps the name the story gives.
    (
        "Maria Lopez chaired the hearing. “The evidence is clear,” she said.",
        ("The evidence is clear,", "Maria Lopez", True),
    ),
    # Nested quotes stay inside the outer one.
    (
        "“He called the plan ‘a farce’ and walked out,” Olaf Scholz said.",
        ("He called the plan ‘a farce’ and walked out,", "Olaf Scholz", True),
    ),
    (
        "\"They told us 'no deal' twice,\" Sergei Lavrov said.",
        ("They told us 'no deal' twice,", "Sergei Lavrov", True),
    ),
    # The speaker between two halves of one quote.
    (
        "“We are ready,” Emmanuel Macron said, “and so is Europe.”",
        ("and so is Europe.", "Emmanuel Macron", True),
    ),
    # A question mark ends the sentence before its speaker.
    (
        "“Why was the money sitting in the bank?” Olaf Scholz asked.",
        ("Why was the money sitting in the bank?", "Olaf Scholz", True),
    ),
    # A speaker announced with a colon in the paragraph before.
    (
        "Emmanuel Macron said:\n\n“Europe must defend itself.”",
        ("Europe must defend itself.", "Emmanuel Macron", True),
    ),
    # A quote signed with a name and no verb.
    (
        "“The debate was a draw.” — Maria Lopez, The Daily Ledger",
        ("The debate was a draw.", "Maria Lopez", True),
    ),
    # Titles of shows and slogans in quotes are no quotes.
    ("Mike Pence appeared on “Meet the Press” on Sunday.", None),
    # Indirect speech: the reported clause, its speaker, not direct.
    (
        "Vladimir Putin said that Russia would resume talks in April.",
        ("Russia would resume talks in April", "Vladimir Putin", False),
    ),
    (
        "Antony Blinken told reporters the ceasefire was holding.",
        ("the ceasefire was holding", "Antony Blinken", False),
    ),
    (
        "The talks, Sergei Lavrov said, were useful.",
        ("The talks, Sergei Lavrov said, were useful", "Sergei Lavrov", False),
    ),
    (
        "According to Volodymyr Zelenskyy, Russian drones hit a power plant.",
        ("Russian drones hit a power plant", "Volodymyr Zelenskyy", False),
    ),
    (
        "Ukrainian forces shelled the town, according to the Kremlin.",
        ("Ukrainian forces shelled the town", "Government (Russia)", False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_quote_traps(pipeline, text, expected):
    found = _all_quotes(pipeline, text)
    if expected is None:
        assert found == []
    else:
        assert expected in found


def test_a_quote_over_two_paragraphs_is_one_speakers(pipeline):
    text = (
        "“The first paragraph of the minister's statement is here.\n\n"
        "“The second paragraph follows,” Sergei Lavrov said."
    )
    found = _all_quotes(pipeline, text)
    assert found == [
        (
            "The first paragraph of the minister's statement is here.",
            "Sergei Lavrov",
            True,
        ),
        ("The second paragraph follows,", "Sergei Lavrov", True),
    ]


def test_a_direct_quote_is_not_repeated_as_reported_speech(pipeline):
    found = _all_quotes(pipeline, "Olaf Scholz said: “We will not waver.”")
    assert found == [("We will not waver.", "Olaf Scholz", True)]


def test_a_reported_statement_reported_again_is_one_quote(pipeline):
    text = (
        "In March, a Greek official said that the new pipeline makes the old "
        "project unnecessary, the Athens daily reported."
    )
    result = pipeline.code(Article("nested", text, dt.date(2024, 3, 5)))
    ids = [quote.quote_id for quote in result.quotes]
    assert len(ids) == len(set(ids))  # a repeated id loses the article in the store
    assert [(q.direct, q.speaker_text) for q in result.quotes] == [
        (False, "Greek official")
    ]
