"""The records every layer exchanges: articles in, events and quotes out.

The field names of :class:`Event` and :class:`Quote` are the column names of every
output format and of the database, so that JSON, CSV and SQL carry the same words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year", "publication"]
Modality = Literal["actual", "intended", "threatened"]
# How exactly the place is known; "" when the event has no place, or one the
# gazetteer does not know.
PlacePrecision = Literal["", "country", "region", "city"]


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about it."""

    article_id: str
    text: str
    published: dt.date | None = None
    url: str = ""
    source: str = ""
    title: str = ""
    language: str = "en"
    origin: str = ""  # "file:line" the article was read from, for messages


@dataclass(frozen=True)
class Actor:
    """An actor resolved to a CAMEO code: "the Kremlin" -> RUSGOV."""

    code: str  # "RUSGOV", "IGOUNO", "UKR"
    name: str  # canonical name: "Vladimir Putin", "Government of Russia"
    country: str  # ISO3 or IGO organisation code ("UNO")
    role: str = ""  # "GOV", "MIL", ... or "" for the country at large
    entry: str = ""  # which dictionary entry resolved it, for explanations


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor."""

    text: str
    start: int  # character offsets in the article
    end: int
    actor: Actor
    person: bool = False  # names one person (so "he" can refer to it)


@dataclass(frozen=True)
class DateRef:
    """A date resolved from the words of a sentence."""

    date: dt.date
    precision: DatePrecision
    text: str
    start: int = -1
    end: int = -1
    value: str = ""  # TimeML: "2025-01-17", "2025-W03", "2024-SU", "PRESENT_REF"


@dataclass(frozen=True)
class Place:
    """A place named in an article, resolved: "Anchorage" -> Anchorage, USA.

    A name the gazetteer does not know keeps its words, with no country, no
    coordinates and precision "".
    """

    name: str  # canonical: "Kyiv" for "Kiev"
    country: str  # ISO3; "" when unknown
    lat: float | None
    lon: float | None
    precision: PlacePrecision
    text: str = ""  # as written
    start: int = -1  # character offsets in the article
    end: int = -1


@dataclass(frozen=True)
class Event:
    """One coded event, flat so that every output format shares its columns."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: str
    trigger_start: int
    trigger_end: int
    source_text: str
    source_name: str
    source_code: str
    source_country: str
    source_role: str
    target_text: str
    target_name: str
    target_code: str
    target_country: str
    target_role: str
    cameo: str
    root_code: str
    event_label: str
    quad_class: int
    goldstein: float
    plover: str
    modality: Modality
    date: str
    date_precision: DatePrecision
    date_text: str
    historical: bool = False
    place_name: str = ""
    place_country: str = ""
    lat: float | None = None
    lon: float | None = None
    place_precision: PlacePrecision = ""
    confidence: float = 0.0
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


EVENT_FIELDS: tuple[str, ...] = tuple(Event.__dataclass_fields__)


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    quote_id: str
    article_id: str
    sentence_index: int
    text: str
    direct: bool
    speaker_text: str
    speaker_name: str
    speaker_code: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


QUOTE_FIELDS: tuple[str, ...] = tuple(Quote.__dataclass_fields__)


@dataclass(frozen=True)
class Result:
    """Everything coded from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        art = self.article
        return {
            "article": {
                "id": art.article_id,
                "published": art.published.isoformat() if art.published else None,
                "url": art.url,
                "source": art.source,
                "title": art.title,
            },
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class EventGroup:
    """One event as the news reported it: GDELT's unit of counting.

    Every mention (one article's report of the event) stays stored as an
    :class:`Event`; a group names them together and counts them.
    """

    group_id: str  # the smallest event_id among its mentions
    event: Event  # the mention whose event_id is the group id
    num_mentions: int  # mentions, several per article possible
    num_articles: int  # distinct articles
    num_sources: int  # distinct sources (publisher, else the URL's host)
    is_root: bool  # reported in the opening sentences of some article
    added: dt.datetime | None  # when its first report was stored (UTC)
    url: str  # of the earliest-published article reporting it

    def to_dict(self) -> dict[str, Any]:
        record = self.event.to_dict()
        record.update(
            group_id=self.group_id,
            num_mentions=self.num_mentions,
            num_articles=self.num_articles,
            num_sources=self.num_sources,
            is_root=self.is_root,
            added=self.added.isoformat(sep=" ") if self.added else None,
            url=self.url,
        )
        return record


GROUP_FIELDS: tuple[str, ...] = (
    *EVENT_FIELDS,
    "group_id",
    "num_mentions",
    "num_articles",
    "num_sources",
    "is_root",
    "added",
    "url",
)


@dataclass(frozen=True)
class Report:
    """One mention of an event, with the article that carried it."""

    event: Event
    group_id: str  # the event group the mention belongs to
    url: str
    publisher: str  # the article's source ("Reuters"), "" if unknown
    published: dt.date | None
