"""Temporal expressions of news English, and how each resolves.

One regular expression per kind of expression ("on Friday", "March 3, 2024",
"last month", "two weeks ago", "last summer", "the first quarter", "now"), each
with a resolver that turns a match into a date, a precision and a TimeML value
against the article's publication date. :mod:`eventwire.dates` applies them to
sentences (with spaCy's DATE entities that none of them matched) and chooses
among them; the conventions are listed there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Span

from .clauses import Tense, clause_tense, tokens
from .models import DatePrecision

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

_NOT_DATES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "TIME"})
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_SEASONS = {  # TimeML code and the month the season begins
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}
_SEASON_WORDS = frozenset(
    "in during over by since until the last this next past coming early late "
    "mid".split()
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4} | {
    f"q{n}": n for n in range(1, 5)
}
_ORDINALS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}
_NAMED_DAYS = frozenset({"good", "black", "cyber", "holy", "ash", "super"})
_MAX_YEARS_AHEAD = 10
_MAX_DAYS_AWAY = 335  # "about 11 months" for a month and day without a year


class Resolved(NamedTuple):
    """A date expression resolved: its date, how precise, and its TimeML value."""

    date: dt.date
    precision: DatePrecision
    value: str = ""  # "2025-W03", "2024-SU", "PRESENT_REF"; "" derives it

    def timeml(self) -> str:
        """The TIMEX3 value: "2025-01-17", "2025-01", "2025", "2025-W03", ..."""
        if self.value:
            return self.value
        if self.precision == "month":
            return self.date.isoformat()[:7]
        if self.precision == "year":
            return str(self.date.year)
        return self.date.isoformat()


@dataclass(frozen=True)
class Context:
    """What a resolver needs besides its match: the sentence and the article's date."""

    sent: Span
    published: dt.date

    def entities(self) -> list[Span]:
        """The sentence's named entities. ``Span.ents`` walks the whole
        document each time; this walks the sentence."""
        found: list[Span] = []
        start = -1
        for token in self.sent:
            if token.ent_iob_ != "I" and start >= 0:
                found.append(self.sent.doc[start : token.i])
                start = -1
            if token.ent_iob_ == "B":
                start = token.i
        if start >= 0:
            found.append(self.sent.doc[start : self.sent.end])
        return [
            Span(span.doc, span.start, span.end, label=span[0].ent_type_)
            for span in found
        ]

    def tense(self, start: int, end: int) -> Tense:
        """Return the tense of the clause holding sentence characters start..end."""
        offset = self.sent.start_char
        return clause_tense(self.sent, offset + start, offset + end)


_Resolver = Callable[[re.Match[str], Context], Resolved | None]


# --- resolvers: one per pattern, each returning a Resolved or None ---------------


def _resolve_numeric(match: re.Match[str], ctx: Context) -> Resolved | None:
    for suffix in ("", "2", "3"):  # which of the three numeric forms matched
        if match["year" + suffix]:
            year, month = match["year" + suffix], match["month" + suffix]
            if len(year) == 2:  # 7/8/07: the century nearest publication
                year = str(ctx.published.year // 100) + year
                if int(year) > ctx.published.year + _MAX_YEARS_AHEAD:
                    year = str(int(year) - 100)
            return _day(int(year), int(month), int(match["day" + suffix]))
    return None


def _resolve_month_day(match: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(match["month"])
    if month is None or (match["wd"] and not match["wd"][0].isupper()):
        return None
    day = int(match["day"])
    if match["year"]:
        return _day(int(match["year"]), month, day)
    if match["yrel"]:
        return _day(ctx.published.year + _YEAR_SHIFT[match["yrel"].lower()], month, day)
    tense = ctx.tense(match.start(), match.end())
    date = _year_for_day(month, day, ctx.published, tense)
    return None if date is None else Resolved(date, "day")


def _resolve_month_year(match: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(match["month"])
    if month is None:
        return None
    return Resolved(dt.date(int(match["year"]), month, 1), "month")


def _resolve_month(match: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(match["month"])
    if month is None:
        return None
    bare_date = match.start() > 0 and _is_date_entity(ctx, match)
    if not (match["pre"] or match["yrel"] or bare_date):
        # A bare "March" may be a name or a verb, "in March" is a month; so is
        # one inside a sentence that the entity recogniser calls a date.
        return None
    if match["yrel"]:  # "in March last year"
        year = ctx.published.year + _YEAR_SHIFT[match["yrel"].lower()]
        return Resolved(dt.date(year, month, 1), "month")
    this = dt.date(ctx.published.year, ctx.published.month, 1)
    candidates = [dt.date(this.year + k, month, 1) for k in (-1, 0, 1)]
    modifier = (match["mod"] or "").lower()
    if modifier == "last":
        return Resolved(max(c for c in candidates if c < this), "month")
    if modifier == "next":
        return Resolved(min(c for c in candidates if c > this), "month")
    if modifier == "this":
        return Resolved(dt.date(this.year, month, 1), "month")
    tense = ctx.tense(match.start(), match.end())
    if tense == "future":
        return Resolved(min(c for c in candidates if c >= this), "month")
    if tense == "unknown":  # the nearer one, as for a month and day
        return Resolved(min(candidates, key=lambda c: abs((c - this).days)), "month")
    return Resolved(max(c for c in candidates if c <= this), "month")


def _resolve_weekday(match: re.Match[str], ctx: Context) -> Resolved | None:
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
    return Resolved(published + dt.timedelta(days=days), "day")


def _resolve_relative_day(match: re.Match[str], ctx: Context) -> Resolved | None:
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
    return Resolved(ctx.published + dt.timedelta(days=days), "day")


def _resolve_relative_unit(match: re.Match[str], ctx: Context) -> Resolved | None:
    shift = _YEAR_SHIFT[match["rel"].lower()]
    if _preceding_word(ctx.sent.text, match) in ("the", "past"):
        # "over the last year" is a duration, not a date; "in the last week"
        # names the week before.
        before = ctx.sent.text[: match.start()].split()
        if shift != -1 or len(before) < 2 or before[-2].lower() not in ("in", "during"):
            return None
    return _shift(ctx.published, match["unit"].lower(), shift)


def _resolve_ago(match: re.Match[str], ctx: Context) -> Resolved | None:
    count = match["n"].lower()
    n = int(count) if count.isdigit() else _NUMBERS[count]
    return _shift(ctx.published, match["unit"].lower(), -n)


def _resolve_year(match: re.Match[str], ctx: Context) -> Resolved | None:
    start = match.start("year")
    before = ctx.sent.text[:start].rstrip()
    text = ctx.sent.text
    in_range = bool(
        re.match(r"[–-](?:19|20)\d\d", text[match.end() :])
        or re.search(r"(?:19|20)\d\d[–-]$", text[:start])
    )
    if before.endswith(("$", "€", "£", "¥", "#", "No.")) or (
        not in_range and _is_count(ctx, match)
    ):
        return None
    return Resolved(dt.date(int(match["year"]), 1, 1), "year")


def _resolve_season(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "last summer", "in the spring", "winter 2022": TimeML seasons, year precision.

    Spring begins in March, summer in June, fall in September and winter in
    December, and a winter belongs to the year it begins in.
    """
    season = match["season"].lower()
    code, month = _SEASONS[season]
    if not (match["pre"] or match["mod"] or match["year"]):
        return None  # "spring into action", "a summer offensive"
    after = ctx.sent.text[match.end() :]
    if not match["year"] and re.match(r"\s+of\b", after):
        return None  # "the fall of Kabul"
    before = ctx.sent.text[: match.start("season")].split()
    if match["season"][0].isupper() and before and before[-1].istitle():
        if before[-1].lower() not in _SEASON_WORDS:
            return None  # "the Arab Spring", "Prague Spring"
    if match["year"]:
        year = int(match["year"])
    else:
        year = _recurring(month, 3, match, ctx)
    return Resolved(dt.date(year, 1, 1), "year", f"{year}-{code}")


def _resolve_quarter(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the first quarter", "the fourth quarter of 2008", "Q3 2024"."""
    number = _QUARTERS[(match["q"] or match["q2"]).lower()]
    month = 3 * number - 2
    if match["year"]:
        year = int(match["year"])
    elif match["yrel"]:
        year = ctx.published.year + _YEAR_SHIFT[match["yrel"].lower()]
    else:
        year = _recurring(month, 3, match, ctx)
    return Resolved(dt.date(year, month, 1), "year", f"{year}-Q{number}")


def _recurring(month: int, length: int, match: re.Match[str], ctx: Context) -> int:
    """The year of a yearly period that begins in ``month`` and lasts ``length``
    months: the last one begun by publication; with "last", the last one ended;
    with "next" or in a future clause, the first one still to begin."""
    published = ctx.published
    starts = [dt.date(published.year + k, month, 1) for k in (-2, -1, 0, 1)]
    modifier = (match.groupdict().get("mod") or "").lower()
    if modifier in ("next", "coming") or (
        modifier not in ("last", "past", "this")
        and ctx.tense(match.start(), match.end()) == "future"
    ):
        return min(s for s in starts if s > published).year
    if modifier in ("last", "past"):
        return max(s for s in starts if _add_months(s, length) <= published).year
    return max(s for s in starts if s <= published).year


def _add_months(day: dt.date, n: int) -> dt.date:
    months = day.year * 12 + day.month - 1 + n
    return dt.date(months // 12, months % 12 + 1, 1)


def _resolve_present(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "now", "currently", "at present": the time of publication."""
    return Resolved(ctx.published, "publication", "PRESENT_REF")


def _resolve_part_of_unit(match: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the end of the year", "the beginning of this month".

    The end of the current year or month cannot lie in a past clause unless it
    has already come, so there it is the previous one.
    """
    unit = match["unit"].lower()
    shift = _YEAR_SHIFT[(match["rel"] or "this").lower()]
    if (
        not match["rel"]
        and match["part"].lower() == "end"
        and ctx.tense(match.start(), match.end()) == "past"
    ):
        shift = -1
    return _shift(ctx.published, unit, shift)


def _resolve_range_end(match: re.Match[str], ctx: Context) -> Resolved | None:
    """The "58" of "1957-58": the second year of a range, in the first's century."""
    year = int(match["century"] + match["yy"])
    return Resolved(dt.date(year, 1, 1), "year")


def _resolve_vague(match: re.Match[str], ctx: Context) -> Resolved | None:
    """Expressions TimeML calls dates that date no event: "the 1990s", "the 20th
    century", "in the past", "in the future". They keep the publication date
    with precision "publication", and their TimeML value says what they mean."""
    if match["decade"]:
        return Resolved(ctx.published, "publication", match["decade"][:3])
    if match["decade2"]:  # "the '80s": the last such decade before publication
        century = ctx.published.year // 100
        decade = int(match["decade2"])
        if century * 100 + decade > ctx.published.year:
            century -= 1
        return Resolved(ctx.published, "publication", f"{century}{decade // 10}")
    if match["century"]:
        number = _ORDINALS.get(match["century"].lower()) or int(match["century"][:-2])
        return Resolved(ctx.published, "publication", f"{number - 1:02d}")
    words = match.group().lower()
    value = "FUTURE_REF" if "future" in words else "PAST_REF"
    return Resolved(ctx.published, "publication", value)


def _compile(pattern: str) -> re.Pattern[str]:
    # Whole words only, and case-insensitive: resolvers check capitals themselves.
    return re.compile(rf"\b(?:{pattern})(?!\w)", re.IGNORECASE)


# Each pattern with what every match of it holds, its gate: a quick search for
# the gate spares most sentences the pattern's own, much slower, search.
PATTERNS: tuple[tuple[re.Pattern[str], _Resolver, re.Pattern[str]], ...] = tuple(
    (_compile(pattern), resolver, re.compile(gate, re.IGNORECASE))
    for pattern, resolver, gate in (
        # Numeric dates: ISO 2024-03-04 and 2024/03/04; US 03/04/2024 (month
        # first, as in American wire copy); 04.03.2024 (day first, as where dots
        # are written).
        (
            r"(?:on\s+)?(?<![\d/.-])(?:"
            r"(?P<year>\d{4})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})|"
            r"(?P<month2>\d{1,2})/(?P<day2>\d{1,2})/(?P<year2>\d{4}|\d\d(?!\d))|"
            r"(?P<day3>\d{1,2})\.(?P<month3>\d{1,2})\.(?P<year3>\d{4}))(?![\d/-]|\.\d)",
            _resolve_numeric,
            r"\d",
        ),
        (
            rf"(?:on\s+)?(?:{_WD},?\s+)?{_MONTH}\s*{_DAY}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR}|{_YEAR_REL})?",
            _resolve_month_day,
            r"\d",
        ),
        (
            rf"(?:on\s+)?(?:{_WD},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR}|{_YEAR_REL})?",
            _resolve_month_day,
            r"\d",
        ),
        (
            rf"(?:in\s+)?{_EDGE}?{_MONTH}(?:,?\s+|\s+of\s+){_YEAR}",
            _resolve_month_year,
            r"\d",
        ),
        (
            rf"(?P<pre>in\s+{_EDGE}?|{_EDGE}|(?P<mod>last|this|next)\s+)?{_MONTH}"
            r"(?:\s+(?P<yrel>last|this|next)\s+year)?",
            _resolve_month,
            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
        ),
        (
            rf"{_EDGE}?(?:on\s+)?"
            rf"(?:(?P<mod>last|next|this(?:\s+(?:past|coming))?|past|coming)\s+)?"
            rf"{_WD}{_PART_OF_DAY}",
            _resolve_weekday,
            r"day",
        ),
        (
            r"(?:(?:earlier|later)\s+)?today|tonight|"
            r"this\s+(?:morning|afternoon|evening)|last\s+night|"
            rf"yesterday{_PART_OF_DAY}|tomorrow{_PART_OF_DAY}|"
            r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)",
            _resolve_relative_day,
            r"day|night|morning|afternoon|evening|tomorrow",
        ),
        (
            rf"{_EDGE}?(?P<rel>last|this|next)\s+(?:fiscal\s+)?(?P<unit>week|month|year)",
            _resolve_relative_unit,
            r"week|month|year",
        ),
        (
            r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago",
            _resolve_ago,
            r"ago",
        ),
        (
            r"(?P<pre>(?:in|during|over|by|since|until)\s+(?:the\s+)?|the\s+)?"
            rf"{_EDGE}?(?:(?P<mod>last|this|next|past|coming)\s+)?"
            r"(?P<season>spring|summer|autumn|fall|winter)"
            r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?",
            _resolve_season,
            r"spring|summer|autumn|fall|winter",
        ),
        (
            r"(?:(?:in|during)\s+)?(?:the\s+)?"
            r"(?:(?P<q>first|second|third|fourth|final)[\s-]quarter|(?P<q2>Q[1-4]))"
            r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b|\s+of\s+(?P<yrel>last|this|next)"
            r"\s+year)?",
            _resolve_quarter,
            r"quarter|q[1-4]",
        ),
        (
            r"now|current(?:ly)?|at\s+present|nowadays|these\s+days",
            _resolve_present,
            r"now|current|present|these",
        ),
        (
            r"(?<=(?P<century>19|20)\d\d[–-])(?P<yy>\d\d)(?![\d/–-]|\.\d)",
            _resolve_range_end,
            r"\d",
        ),
        (
            r"(?:the\s+)?(?:early\s+|late\s+|mid-)?"
            r"(?:(?P<decade>(?:19|20)\d0)|['‘’]?(?P<decade2>[2-9]0))s|"
            r"(?:the\s+)?(?P<century>\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|"
            r"twenty-first)\s+century|"
            r"(?:in\s+)?the\s+(?:past|future)(?=\s*[,.;:!?)]|\s+(?:and|but|or|as|when)\b)|"
            r"at\s+the\s+time|recent(?:ly)?|formerly",
            _resolve_vague,
            r"\d|century|past|future|time|recent|formerly",
        ),
        (
            r"(?:the\s+)?(?P<part>end|beginning|start|middle)\s+of\s+"
            r"(?:the\s+|(?P<rel>last|this|next)\s+)?(?P<unit>year|month)",
            _resolve_part_of_unit,
            r"end|beginning|start|middle",
        ),
        (
            # A year, also either end of a range ("2009-2010", "1957-58").
            r"(?:in\s+)?(?:(?<=(?:19|20)\d\d[–-])|(?<![\d,.$€£/:–-]))"
            r"(?P<year>(?:19|20)\d\d)"
            r"(?![\d%]|[,.:/]\d|[–-](?!(?:(?:19|20)\d\d|\d\d)\b(?![/.–-]\d))\d"
            r"|\s*(?:per\s*cent|percent|GMT|UTC|hours|hrs|local))",
            _resolve_year,
            r"\d",
        ),
    )
)


# --- helpers ----------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> Resolved | None:
    try:
        return Resolved(dt.date(year, month, day), "day")
    except ValueError:
        return None  # 02/30/2024 is not a date


def month_number(name: str) -> int | None:
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
        return Resolved(published + dt.timedelta(days=n), "day")
    if unit == "week":
        # No "week" precision exists; see the notes of eventwire.dates.
        day = published + dt.timedelta(weeks=n)
        year, week, _ = day.isocalendar()
        return Resolved(day, "month", f"{year}-W{week:02d}")
    if unit == "month":
        return Resolved(_add_months(published, n), "month")
    return Resolved(dt.date(published.year + n, 1, 1), "year")


def plausible(date: dt.date, published: dt.date) -> bool:
    """Whether a date can be meant: from 1900 to ten years after publication."""
    latest = (published.year + _MAX_YEARS_AHEAD, published.month, published.day)
    return date.year >= 1900 and (date.year, date.month, date.day) <= latest


def _preceding_word(text: str, match: re.Match[str]) -> str:
    words = text[: match.start()].split()
    return words[-1].lower() if words else ""


def _is_count(ctx: Context, match: re.Match[str]) -> bool:
    """Tell "2000 troops" or "$2022" (a number) from "his 2022 invasion" (a year)."""
    offset = ctx.sent.start_char
    span = tokens(ctx.sent.doc, offset + match.start("year"), offset + match.end())
    if span is None:
        return False
    token = span.root
    if token.ent_type_ in _NOT_DATES:
        return True
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS")


def _is_date_entity(ctx: Context, match: re.Match[str]) -> bool:
    """Whether spaCy's entity recogniser calls exactly the matched words a DATE."""
    offset = ctx.sent.start_char
    span = tokens(ctx.sent.doc, offset + match.start(), offset + match.end())
    if span is None:
        return False
    return any(
        ent.label_ == "DATE" and (ent.start, ent.end) == (span.start, span.end)
        for ent in ctx.entities()
    )
