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
      precision "month": never claim the day we do not know.
    - Relative expressions are resolved here, not by dateparser, which would put
      "Thursday" in a Thursday's paper a week back. dateparser is only asked about
      spaCy DATE entities that none of our patterns matched and that look absolute
      (a month name or a four-digit year, no relative words).
    - Dates before 1900 or more than five years after publication are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from eventwire.models import DatePrecision, DateRef

__all__ = ["date_for", "find_dates"]

Tense = Literal["past", "future", "unknown"]
Resolved = tuple[dt.date, DatePrecision]

_WEEKDAYS = tuple(
    f"{stem}day" for stem in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
)
_MONTHS = {  # month names and their abbreviations, January = 1
    name: number
    for number, names in enumerate(
        "january jan|february feb|march mar|april apr|may|june jun|july jul|"
        "august aug|september sept sep|october oct|november nov|december dec".split(
            "|"
        ),
        start=1,
    )
    for name in names.split()
}
_NUMBERS = {"a": 1, "an": 1} | {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}

# Regex building blocks; patterns are compiled case-insensitive and names of months
# and weekdays are checked for a capital letter afterwards ("may", "march").
_WD = r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_MONTH = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|"
    r"october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|"
    r"dec)(?:\.|\b))(?!-)"  # not the "Mar" of "Mar-a-Lago"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})\b(?![-/]\d)"
_YEAR_REL = r"\s+(?P<yrel>last|this|next)\s+year"  # "in March last year"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EDGE = r"(?:(?:early|late|earlier|later|mid)(?:\s+|-))"

# Words that, in a governing verb or its auxiliaries, put a clause in the future:
# "is set to", "is due to", "is scheduled for", "plans to", "is expected to".
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})
_FUTURE_LEMMAS = frozenset(
    {"set", "due", "schedule", "slate", "plan", "expect", "intend", "poise", "aim"}
)
_FUTURE_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "going to|due to|set to|plan to|plans to|expected to|is to|are to".split("|")
    )
)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_NOT_DATES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "TIME"})
_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|last|next|this|past|coming|today|tonight|yesterday|tomorrow|"
    r"days?|weeks?|months?|years?|earlier|later|recent|previous)\b",
    re.IGNORECASE,
)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_NAMED_DAYS = frozenset({"good", "black", "cyber", "holy", "ash", "super"})
_MAX_YEARS_AHEAD = 5
_MAX_DAYS_AWAY = 335  # "about 11 months" for a month and day without a year


@dataclass(frozen=True)
class _Context:
    """What a resolver needs besides its match: the sentence and the article's date."""

    sent: Span
    published: dt.date

    def tense(self, start: int, end: int) -> Tense:
        """Return the tense of the clause holding sentence characters start..end."""
        return _tense(self.sent, start, end)


_Resolver = Callable[[re.Match[str], _Context], Resolved | None]


def find_dates(sent: Span, published: dt.date) -> list[DateRef]:
    """Find and resolve every date expression in one sentence.

    Args:
        sent: A sentence of a parsed article (a spaCy span; a dependency parse
            sharpens tense, and entity labels help rule out numbers that are not
            dates, but neither is required).
        published: The article's publication date, which relative expressions
            ("on Friday", "last month") are resolved against.

    Returns:
        The resolved dates in the order they occur, each with its words as written
        ("on Friday") and its character offsets in the article.
    """
    ctx = _Context(sent, published)
    found: list[tuple[int, int, Resolved]] = []
    for pattern, resolver in _PATTERNS:
        for match in pattern.finditer(sent.text):
            resolved = resolver(match, ctx)
            if resolved is not None and _plausible(resolved[0], published):
                found.append((match.start(), match.end(), resolved))
    found.extend(f for f in _entity_dates(ctx) if _plausible(f[2][0], published))
    chosen: list[tuple[int, int, Resolved]] = []
    # The longest expression wins an overlap ("March 3, 2024" over "2024"); on a
    # tie, ours over spaCy's, as sorted() is stable.
    for start, end, resolved in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, resolved))
    offset = sent.start_char
    return [
        DateRef(date, precision, sent.text[start:end], offset + start, offset + end)
        for start, end, (date, precision) in sorted(chosen, key=lambda f: f[0])
    ]


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
    if sent is not None:
        dates = [d for d in dates if sent.start_char <= d.start < sent.end_char]
        # "for the first time since 2017" dates a state of affairs, not the act.
        text = sent.doc.text
        dates = [
            d for d in dates if text[max(0, d.start - 6) : d.start].lower() != "since "
        ]
        if dates and sent.doc.has_annotation("DEP"):
            attached = _attached_date(trigger_start, dates, sent)
            if attached is not None:
                return attached
    if not dates:
        return DateRef(published, "publication", "", -1, -1)
    return min(dates, key=lambda d: (_distance(trigger_start, d), d.start))


# --- resolvers: one per pattern, each returning (date, precision) or None ---------


def _resolve_numeric(match: re.Match[str], ctx: _Context) -> Resolved | None:
    for suffix in ("", "2", "3"):  # which of the three numeric forms matched
        if match["year" + suffix]:
            year, month = match["year" + suffix], match["month" + suffix]
            return _day(int(year), int(month), int(match["day" + suffix]))
    return None


def _resolve_month_day(match: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month_number(match["month"])
    if month is None or (match["wd"] and not match["wd"][0].isupper()):
        return None
    day = int(match["day"])
    if match["year"]:
        return _day(int(match["year"]), month, day)
    if match["yrel"]:
        return _day(ctx.published.year + _YEAR_SHIFT[match["yrel"].lower()], month, day)
    tense = ctx.tense(match.start(), match.end())
    date = _year_for_day(month, day, ctx.published, tense)
    return None if date is None else (date, "day")


def _resolve_month_year(match: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    return dt.date(int(match["year"]), month, 1), "month"


def _resolve_month(match: re.Match[str], ctx: _Context) -> Resolved | None:
    month = _month_number(match["month"])
    if month is None or not (match["pre"] or match["yrel"]):
        return None  # a bare "March" may be a name; "in March" is a month
    if match["yrel"]:  # "in March last year"
        year = ctx.published.year + _YEAR_SHIFT[match["yrel"].lower()]
        return dt.date(year, month, 1), "month"
    this = dt.date(ctx.published.year, ctx.published.month, 1)
    candidates = [dt.date(this.year + k, month, 1) for k in (-1, 0, 1)]
    modifier = (match["mod"] or "").lower()
    if modifier == "last":
        return max(c for c in candidates if c < this), "month"
    if modifier == "next":
        return min(c for c in candidates if c > this), "month"
    if modifier == "this":
        return dt.date(this.year, month, 1), "month"
    if ctx.tense(match.start(), match.end()) == "future":
        return min(c for c in candidates if c >= this), "month"
    return max(c for c in candidates if c <= this), "month"


def _resolve_weekday(match: re.Match[str], ctx: _Context) -> Resolved | None:
    name = match["wd"]
    if not name[0].isupper() or _preceding_word(ctx.sent.text, match) in _NAMED_DAYS:
        return None  # "friday" is not a day name; "Good Friday" is a holiday
    published = ctx.published
    back = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    ahead = (7 - back) % 7
    modifier = " ".join((match["mod"] or "").lower().split())
    if modifier in ("last", "past", "this past"):
        days = -(back or 7)
    elif modifier in ("next", "coming", "this coming"):
        days = ahead or 7
    elif ctx.tense(match.start(), match.end()) == "future":
        # "later on Monday" in a Monday paper, like "this Monday", may be that day.
        same_day = modifier == "this" or match.group().lower().startswith("later")
        days = ahead if same_day else ahead or 7
    else:
        days = -back
    return published + dt.timedelta(days=days), "day"


def _resolve_relative_day(match: re.Match[str], ctx: _Context) -> Resolved | None:
    words = match.group().lower()
    if "before yesterday" in words:
        days = -2
    elif "after tomorrow" in words:
        days = 2
    elif "yesterday" in words or words.startswith("last"):
        days = -1
    elif "tomorrow" in words:
        days = 1
    else:
        days = 0
    return ctx.published + dt.timedelta(days=days), "day"


def _resolve_relative_unit(match: re.Match[str], ctx: _Context) -> Resolved | None:
    if _preceding_word(ctx.sent.text, match) in ("the", "past"):
        return None  # "over the last year" is a duration, not a date
    shift = _YEAR_SHIFT[match["rel"].lower()]
    return _shift(ctx.published, match["unit"].lower(), shift)


def _resolve_ago(match: re.Match[str], ctx: _Context) -> Resolved | None:
    count = match["n"].lower()
    n = int(count) if count.isdigit() else _NUMBERS[count]
    return _shift(ctx.published, match["unit"].lower(), -n)


def _resolve_year(match: re.Match[str], ctx: _Context) -> Resolved | None:
    start = match.start("year")
    before = ctx.sent.text[:start].rstrip()
    if before.endswith(("$", "€", "£", "¥", "#", "No.")) or _is_count(ctx, match):
        return None
    return dt.date(int(match["year"]), 1, 1), "year"


def _compile(pattern: str) -> re.Pattern[str]:
    # Whole words only, and case-insensitive: resolvers check capitals themselves.
    return re.compile(rf"\b(?:{pattern})(?!\w)", re.IGNORECASE)


_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver], ...] = tuple(
    (_compile(pattern), resolver)
    for pattern, resolver in (
        # Numeric dates: ISO 2024-03-04 and 2024/03/04; US 03/04/2024 (month
        # first, as in American wire copy); 04.03.2024 (day first, as where dots
        # are written).
        (
            r"(?:on\s+)?(?<![\d/.-])(?:"
            r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})|"
            r"(?P<month2>\d{1,2})/(?P<day2>\d{1,2})/(?P<year2>\d{4})|"
            r"(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})\.(?P<year3>\d{4}))(?![\d/-]|\.\d)",
            _resolve_numeric,
        ),
        (
            rf"(?:on\s+)?(?:{_WD},?\s+)?{_MONTH}\s*{_DAY}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR}|{_YEAR_REL})?",
            _resolve_month_day,
        ),
        (
            rf"(?:on\s+)?(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR}|{_YEAR_REL})?",
            _resolve_month_day,
        ),
        (
            rf"(?:in\s+)?{_EDGE}?{_MONTH}(?:,?\s+|\s+of\s+){_YEAR}",
            _resolve_month_year,
        ),
        (
            rf"(?P<pre>in\s+{_EDGE}?|{_EDGE}|(?P<mod>last|this|next)\s+)?{_MONTH}"
            r"(?:\s+(?P<yrel>last|this|next)\s+year)?",
            _resolve_month,
        ),
        (
            rf"{_EDGE}?(?:on\s+)?"
            rf"(?:(?P<mod>last|next|this(?:\s+(?:past|coming))?|past|coming)\s+)?"
            rf"{_WD}{_PART_OF_DAY}",
            _resolve_weekday,
        ),
        (
            r"(?:(?:earlier|later)\s+)?today|tonight|"
            r"this\s+(?:morning|afternoon|evening)|last\s+night|"
            rf"yesterday{_PART_OF_DAY}|tomorrow{_PART_OF_DAY}|"
            r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)",
            _resolve_relative_day,
        ),
        (
            rf"{_EDGE}?(?P<rel>last|this|next)\s+(?P<unit>week|month|year)",
            _resolve_relative_unit,
        ),
        (
            r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago",
            _resolve_ago,
        ),
        (
            r"(?:in\s+)?(?<![\d,.$€£/:-])(?P<year>(?:19|20)\d\d)"
            r"(?![\d%]|[,.:/-]\d|\s*(?:per\s*cent|percent|GMT|UTC|hours|hrs|local))",
            _resolve_year,
        ),
    )
)


# --- helpers ----------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> Resolved | None:
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return None  # 02/30/2024 is not a date


def _month_number(name: str) -> int | None:
    if not name[0].isupper():
        return None  # "may", "march": a verb, not a month
    return _MONTHS.get(name.rstrip(".").lower())


def _year_for_day(
    month: int, day: int, published: dt.date, tense: Tense
) -> dt.date | None:
    """Give a month and day the year news readers would: see the module notes."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue  # February 29 outside a leap year
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c - published).days))
    if tense == "past":
        chosen = max((c for c in candidates if c <= published), default=nearest)
    elif tense == "future":
        chosen = min((c for c in candidates if c >= published), default=nearest)
    else:
        chosen = nearest
    return chosen if abs((chosen - published).days) <= _MAX_DAYS_AWAY else nearest


def _shift(published: dt.date, unit: str, n: int) -> Resolved:
    """Move the publication date by n days, weeks, months or years."""
    if unit == "day":
        return published + dt.timedelta(days=n), "day"
    if unit == "week":
        # No "week" precision exists; see the module notes.
        return published + dt.timedelta(weeks=n), "month"
    if unit == "month":
        months = published.year * 12 + published.month - 1 + n
        return dt.date(months // 12, months % 12 + 1, 1), "month"
    return dt.date(published.year + n, 1, 1), "year"


def _plausible(date: dt.date, published: dt.date) -> bool:
    latest = (published.year + _MAX_YEARS_AHEAD, published.month, published.day)
    return date.year >= 1900 and (date.year, date.month, date.day) <= latest


def _preceding_word(text: str, match: re.Match[str]) -> str:
    words = text[: match.start()].split()
    return words[-1].lower() if words else ""


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_count(ctx: _Context, match: re.Match[str]) -> bool:
    """Tell "2000 troops" or "$2022" (a number) from "his 2022 invasion" (a year)."""
    offset = ctx.sent.start_char
    span = _tokens(ctx.sent.doc, offset + match.start("year"), offset + match.end())
    if span is None:
        return False
    token = span.root
    if token.ent_type_ in _NOT_DATES:
        return True
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


def _entity_dates(ctx: _Context) -> Iterator[tuple[int, int, Resolved]]:
    """Absolute dates in spaCy DATE entities that dateparser can read."""
    for ent in ctx.sent.ents:
        if ent.label_ != "DATE" or _RELATIVE_WORDS.search(ent.text):
            continue
        # Bare years and month names were judged by our patterns already ("2000
        # troops" is no year, "March to the sea" no month): ask only about the rest.
        has_month = any(
            _month_number(word) for word in re.findall(r"[A-Za-z]+", ent.text)
        )
        if not re.search(r"\d[./]\d", ent.text) and not (
            has_month and re.search(r"\d", ent.text)
        ):
            continue
        resolved = _parse_absolute(ent.text, ctx.published)
        if resolved is not None:
            start = ent.start_char - ctx.sent.start_char
            yield start, start + len(ent.text), resolved


def _parse_absolute(text: str, published: dt.date) -> Resolved | None:
    """Read an absolute date with dateparser; None when it cannot."""
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    base = dt.datetime(published.year, published.month, published.day)
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    data = parser.get_date_data(text)
    value: dt.datetime | None = data.date_obj
    period: str = data.period or "day"
    if value is None:
        return None
    if period == "year":
        return dt.date(value.year, 1, 1), "year"
    if period == "month":
        return dt.date(value.year, value.month, 1), "month"
    return value.date(), "day"


def _tense(sent: Span, start: int, end: int) -> Tense:
    """Decide whether the clause holding a date phrase is past, future or unknown.

    Walks up from the phrase to the first verb that shows its tense: "will" (or a
    present "is set/due/scheduled/expected to", "plans to", "is to", "is going to")
    makes it future; a past or perfect verb makes it past; a plain present leaves it
    unknown. Infinitives ("to visit") defer to the verb above. Without a parse, or
    when the parse shows nothing, future phrases anywhere in the sentence decide.
    """
    doc = sent.doc
    span = _tokens(doc, sent.start_char + start, sent.start_char + end)
    if span is not None and doc.has_annotation("DEP"):
        token: Token = span.root
        while token.head.i != token.i:
            token = token.head
            tense = _verb_tense(token)
            if tense is not None:
                return tense
    words = [t.lower_ for t in sent]
    if any(w in _FUTURE_AUX for w in words) or any(
        pair in _FUTURE_PHRASES for pair in zip(words, words[1:], strict=False)
    ):
        return "future"
    return "unknown"


def _verb_tense(token: Token) -> Tense | None:
    """The tense one verb shows, or None when it shows none (not a verb, "to go")."""
    if not token.tag_.startswith(("VB", "MD")) and token.pos_ not in ("VERB", "AUX"):
        return None
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(h.lower_ in _FUTURE_AUX for h in helpers):
        return "future"
    words = [token, *helpers, *(c for c in token.children if c.dep_ == "acomp")]
    present = any(w.tag_ in _PRESENT_TAGS for w in (token, *helpers))
    to_clause = any(c.dep_ == "xcomp" for c in token.children)
    if present and (
        any(w.lemma_.lower() in _FUTURE_LEMMAS for w in words)
        or (token.lemma_ in ("be", "go") and to_clause)
    ):
        return "future"
    if token.tag_ == "VBD" or any(
        h.tag_ == "VBD" or h.lemma_ == "have" for h in helpers
    ):
        return "past"
    if token.tag_ == "VBN" and not present:
        return "past"
    if present:
        return "unknown"
    return None


def _attached_date(
    trigger_start: int, dates: Sequence[DateRef], sent: Span
) -> DateRef | None:
    trigger = next(
        (t for t in sent if t.idx <= trigger_start < t.idx + len(t.text)), None
    )
    if trigger is None:
        return None
    verb: Token | None = trigger
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    ranked: list[tuple[tuple[int, int], int, int, DateRef]] = []
    for ref in dates:
        span = _tokens(sent.doc, ref.start, ref.end)
        if span is None:
            continue
        rank = _attachment(span.root, trigger, verb)
        if rank is not None:
            ranked.append((rank, _distance(trigger_start, ref), ref.start, ref))
    return min(ranked, key=lambda r: r[:3])[3] if ranked else None


def _attachment(
    head: Token, trigger: Token, verb: Token | None
) -> tuple[int, int] | None:
    """How closely a date phrase attaches to the trigger: (0 trigger / 1 verb, steps).

    None when the phrase belongs to another clause: a different verb stands
    between it and the trigger's verb, or it is not below that verb at all.
    """
    token, steps = head, 0
    while True:
        if token.i == trigger.i:
            return 0, steps
        if verb is not None and token.i == verb.i:
            return 1, steps
        if token.i != head.i and (
            token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ != "aux")
        ):
            return None
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1


def _distance(position: int, ref: DateRef) -> int:
    if ref.start <= position < ref.end:
        return 0
    return min(abs(position - ref.start), abs(position - ref.end))
