"""Dates of events: the temporal expressions of a sentence, resolved for news.

:func:`find_dates` finds every date expression in one sentence ("on Friday", "last
month", "March 3, 2024", "in 2022") and resolves it against the article's publication
date; :func:`date_for` picks the one that dates a given event.

Notes:
    News conventions, after the TimeML/TempEval practice of anchoring relative
    expressions to the document creation time (Pustejovsky et al., 2003; UzZaman et
    al., 2013) and the wire-story habit of naming weekdays instead of dates:

    - A bare or past weekday is the most recent such day on or before publication
      ("on Thursday" in a Thursday's paper is that day); a weekday in a future clause
      ("will meet on Friday", "is set to", "is due to") is the next such day after it.
    - "last/next Friday" are strictly before/after publication; "this Friday" follows
      the tense but may be the publication day itself.
    - A month and day without a year take the year that makes them the most recent
      on or before publication (past), the next on or after it (future) or the nearer
      one (tense unknown), and never lie more than about 11 months away.
    - Month and year precision dates are the first of the month or of January.
    - Weeks ("last week", "two weeks ago") have no precision of their own in
      :data:`~eventwire.models.DatePrecision`. They resolve to the publication date
      moved by whole weeks (so the date always lies in the week meant), with
      precision "month": never claim the day we do not know. Seasons ("last
      summer") and quarters ("the first quarter") have precision "year".
    - Every date also carries its TimeML value (``DateRef.value``): "2025-01-17",
      "2025-01", "2025", "2025-W03", "2024-SU", "2025-Q1"; "now", "currently"
      are "PRESENT_REF" with the publication date and precision "publication".
    - "A day after the inauguration", "two days before the vote" resolve when
      the article dates the anchor elsewhere to the day ("was inaugurated on
      Jan. 20"): see :func:`anchor_dates`.
    - A clause whose date lies after publication states an intention, not a
      fact: the pipeline gives its events the modality "intended".
    - Relative expressions are resolved here, not by dateparser, which would put
      "Thursday" in a Thursday's paper a week back. dateparser is only asked about
      spaCy DATE entities that none of our patterns matched and that look absolute
      (a month name or a four-digit year, no relative words).
    - Dates before 1900 or more than five years after publication are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from .clauses import attached, nearest, tokens
from .models import DateRef
from .timex import PATTERNS, Context, Resolved, month_number, plausible

Expression = tuple[int, int, Resolved]  # sentence characters start, end; resolved

__all__ = ["anchor_dates", "date_for", "dates_by_sentence", "find_dates"]

Anchors = Mapping[str, DateRef]  # a word stem ("inaugur") -> the day it happened

_ANCHORED = re.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>day|week)s?|the\s+(?P<the>day|week))\s+(?P<dir>after|before)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<anchor>[A-Za-z-]+)",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1} | {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten".split(), 1
    )
}
_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|last|next|this|past|coming|today|tonight|yesterday|tomorrow|"
    r"days?|weeks?|months?|years?|earlier|later|recent|previous)\b",
    re.IGNORECASE,
)
_SUFFIXES = (
    "ations",
    "ation",
    "ions",
    "ion",
    "ments",
    "ment",
    "ings",
    "ing",
    "ed",
    "es",
    "s",
    "e",
)
_MIN_STEM = 4


def find_dates(
    sent: Span, published: dt.date, anchors: Anchors | None = None
) -> list[DateRef]:
    """Find and resolve every date expression in one sentence.

    Args:
        sent: A sentence of a parsed article (a spaCy span; a dependency parse
            sharpens tense, and entity labels help rule out numbers that are not
            dates, but neither is required).
        published: The article's publication date, which relative expressions
            ("on Friday", "last month") are resolved against.
        anchors: Days of events named elsewhere in the article, from
            :func:`anchor_dates`, for "a day after the inauguration".

    Returns:
        The resolved dates in the order they occur, each with its words as written
        ("on Friday"), its character offsets in the article and its TimeML value.
    """
    found = _find_expressions(sent, published)
    if anchors:
        found = _with_anchored(found, sent, published, anchors)
    offset = sent.start_char
    return [
        DateRef(
            resolved.date,
            resolved.precision,
            sent.text[start:end],
            offset + start,
            offset + end,
            resolved.timeml(),
        )
        for start, end, resolved in found
    ]


def dates_by_sentence(doc: Doc, published: dt.date) -> list[list[DateRef]]:
    """The dates of every sentence of an article, anchored ones included."""
    sentences = list(doc.sents)
    plain = [find_dates(sent, published) for sent in sentences]
    anchors = anchor_dates(doc, [ref for refs in plain for ref in refs])
    if not anchors:
        return plain
    return [
        find_dates(sent, published, anchors) if _ANCHORED.search(sent.text) else refs
        for sent, refs in zip(sentences, plain, strict=True)
    ]


def anchor_dates(doc: Doc, dates: Sequence[DateRef]) -> dict[str, DateRef]:
    """The days of the events an article dates, by the stem of their word.

    "Trump was inaugurated on Jan. 20" makes ``{"inaugurat": <Jan. 20>}``, so that
    "a day after the inauguration" can be resolved. Only dates to the day count;
    the word is the verb or noun the date phrase belongs to.
    """
    anchors: dict[str, DateRef] = {}
    for ref in dates:
        if ref.precision != "day":
            continue
        span = tokens(doc, ref.start, ref.end)
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep":
            head = head.head
        if head.pos_ in ("VERB", "NOUN") and head.i not in range(span.start, span.end):
            anchors.setdefault(_stem(head.lemma_), ref)
    return anchors


def date_for(
    trigger_start: int,
    dates: Sequence[DateRef],
    published: dt.date,
    sent: Span | None = None,
) -> DateRef:
    """Choose the date of an event from the dates of its sentence.

    In order of preference:

    1. When ``sent`` is given and parsed, a date attached to the trigger itself
       ("talks on Friday") or to its clause's verb ("met ... on Monday"): the date
       phrase's head lies below it with no other verb in between. Of several, the
       one fewest dependency steps away, then the nearest.
    2. The date expression nearest to the trigger in the sentence.
    3. The publication date, with precision "publication".

    Args:
        trigger_start: Article character offset of the event's trigger word.
        dates: The dates :func:`find_dates` found in the trigger's sentence.
        published: The article's publication date.
        sent: The trigger's sentence; when given, dates outside it are ignored.

    Returns:
        The event's date.
    """
    # "in the past", "the 1990s": dates that date no event.
    dates = [
        d for d in dates if d.precision != "publication" or d.value == "PRESENT_REF"
    ]
    if sent is not None:
        dates = [d for d in dates if sent.start_char <= d.start < sent.end_char]
        # "for the first time since 2017" dates a state of affairs, not the act.
        text, offset = sent.text, sent.start_char
        dates = [
            d
            for d in dates
            if text[max(0, d.start - offset - 6) : d.start - offset].lower() != "since "
        ]
        found = attached(trigger_start, dates, sent) if dates else None
        if found is not None:
            return found
    if not dates:
        return DateRef(published, "publication", "", -1, -1, "")
    return nearest(trigger_start, dates)


def _with_anchored(
    found: list[Expression],
    sent: Span,
    published: dt.date,
    anchors: Anchors,
) -> list[Expression]:
    """Add "a day after the inauguration" where the article dates the anchor."""
    extra = []
    for match in _ANCHORED.finditer(sent.text):
        anchor = _lookup(anchors, match["anchor"])
        if anchor is None:
            continue
        count = (match["n"] or "1").lower()
        n = int(count) if count.isdigit() else _COUNTS[count]
        unit = (match["unit"] or match["the"]).lower()
        days = n * (7 if unit == "week" else 1)
        if match["dir"].lower() == "before":
            days = -days
        date = anchor.date + dt.timedelta(days=days)
        if not plausible(date, published):
            continue
        resolved = Resolved(date, "day") if unit == "day" else Resolved(date, "month")
        extra.append((match.start(), match.end(), resolved))
    if not extra:
        return found
    # The anchored expression spans the date words it holds ("a day after").
    kept = [f for f in found if all(f[1] <= s or f[0] >= e for s, e, _ in extra)]
    return sorted(kept + extra, key=lambda f: f[0])


def _lookup(anchors: Anchors, word: str) -> DateRef | None:
    stem = _stem(word)
    if len(stem) < _MIN_STEM:
        return None
    for key, ref in anchors.items():
        if len(key) >= _MIN_STEM and (key.startswith(stem) or stem.startswith(key)):
            return ref
    return None


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def _entity_dates(
    ctx: Context, found: Sequence[Expression]
) -> Iterator[tuple[int, int, Resolved]]:
    """Absolute dates in spaCy DATE entities that dateparser can read, where
    no expression ``found`` already holds them."""
    for ent in ctx.entities():
        text = ent.text.rstrip()  # an entity may end in the blank lines after it
        if ent.label_ != "DATE" or _RELATIVE_WORDS.search(text):
            continue
        start = ent.start_char - ctx.sent.start_char
        end = start + len(text)
        if any(s <= start and end <= e for s, e, _ in found):
            continue  # ours holds it and would win anyway
        # Bare years and month names were judged by our patterns already ("2000
        # troops" is no year, "March to the sea" no month): ask only about the rest.
        has_month = any(month_number(word) for word in re.findall(r"[A-Za-z]+", text))
        if not re.search(r"\d[./]\d", text) and not (
            has_month and re.search(r"\d", text)
        ):
            continue
        resolved = _parse_absolute(text, ctx.published)
        if resolved is not None:
            yield start, end, resolved


def _parse_absolute(text: str, published: dt.date) -> Resolved | None:
    """Read an absolute date with dateparser; None when it cannot."""
    data = _date_parser(published).get_date_data(text)
    value: dt.datetime | None = data.date_obj
    period: str = data.period or "day"
    if value is None:
        return None
    if period == "year":
        return Resolved(dt.date(value.year, 1, 1), "year")
    if period == "month":
        return Resolved(dt.date(value.year, value.month, 1), "month")
    return Resolved(value.date(), "day")


def prepare() -> None:
    """Load dateparser and its English data now rather than in the first article."""
    _parse_absolute("1 January 2000", dt.date(2000, 1, 1))


@lru_cache(maxsize=16)
def _date_parser(published: dt.date) -> Any:
    """A dateparser parser for one publication day: building one costs 40 ms."""
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    base = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _find_expressions(sent: Span, published: dt.date) -> list[Expression]:
    """Every date expression of a sentence, resolved, in text order.

    Offsets are characters of the sentence. Where expressions overlap the longest
    wins ("March 3, 2024" over "2024"); on a tie, ours over spaCy's entities.
    """
    ctx = Context(sent, published)
    found: list[Expression] = []
    text = sent.text  # a span builds its text anew at each call
    for pattern, resolver, gate in PATTERNS:
        if gate.search(text) is None:
            continue
        for match in pattern.finditer(text):
            resolved = resolver(match, ctx)
            if resolved is not None and plausible(resolved.date, published):
                found.append((match.start(), match.end(), resolved))
    entity_dates = list(_entity_dates(ctx, found))
    found.extend(f for f in entity_dates if plausible(f[2].date, published))
    chosen: list[Expression] = []
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, resolved))
    return sorted(chosen, key=lambda f: f[0])
