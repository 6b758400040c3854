"""One article in, one result out: parse, actors, events, dates, quotes.

Coding an article is a pure function of the article, the dictionaries and the
model; nothing here reads or writes the database, so the same code runs in one
process, in batches and in worker processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import dates, nlp
from .actors import ActorDictionary
from .coding.cameo import Codebook
from .coding.rules import Coding, code_sentence
from .coding.verbs import Rule, VerbDictionary
from .confidence import ConfidenceModel
from .dictionaries import read_actor_file, read_verb_file
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import MentionIndex
from .models import Article, DateRef, Event, Mention, Modality, Place, Result
from .places import actor_countries, dateline_place, find_places, place_for
from .quotes import attribute_quotes, find_quotes
from .sources import article_id_for
from .speech import Attribution

# Words that make up a large share of any English news text; a long text with
# almost none of them is not English, and the coder would only produce noise.
_ENGLISH_MARKERS = frozenset(
    "the of and to in a is that for on said with was as by at from it his has "
    "have are be were will not an this their they he".split()
)

_WORDS = re.compile(r"\w+")

# An act dated more than a month before the article is recalled, not reported.
HISTORICAL_DAYS = 31


@dataclass(frozen=True)
class Resources:
    """The dictionaries a coder needs, loaded once and shared read-only."""

    actors: ActorDictionary
    verbs: VerbDictionary
    codebook: Codebook
    # Read from its cache in a tenth of a second; built in about 3 s when an input
    # changed (benchmarks/places_event_location.py measures the build).
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    confidence: ConfidenceModel = field(default_factory=ConfidenceModel.from_path)

    @classmethod
    def load(
        cls,
        rules: Path | None = None,
        actor_files: Sequence[Path] = (),
        verb_files: Sequence[Path] = (),
    ) -> Resources:
        """The built-in dictionaries, then each of ``actor_files`` in order.

        Entries of a later file win over earlier ones and over the built-in
        tables; every name that changed meaning is in ``actors.conflicts``.
        ``verb_files`` (YAML rules or PETRARCH verb dictionaries) replace the
        built-in rules, their rules tried in the order of the files; codes of
        an imported file that CAMEO lacks join the codebook.
        """
        codebook = Codebook.from_path()
        actors = ActorDictionary.from_path()
        for path in actor_files:
            actors.add_entries(*read_actor_file(path))
        if not verb_files:
            verbs = VerbDictionary.from_path(rules, codebook)
        else:
            found: list[Rule] = []
            for path in verb_files:
                more, codes = read_verb_file(path, codebook)
                found.extend(more)
                codebook = codebook.with_codes(codes)
            verbs = VerbDictionary(found)
        return cls(actors=actors, verbs=verbs, codebook=codebook)


class Pipeline:
    """A loaded model and dictionaries, ready to code articles in batches."""

    def __init__(
        self, model: str | None = None, resources: Resources | None = None
    ) -> None:
        self.nlp: Language = nlp.load_model(model)
        self.resources = resources or Resources.load()
        dates.prepare()

    def code(self, article: Article) -> Result:
        return next(iter(self.code_many([article])))

    def code_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Result]:
        """Code articles in input order, parsing them with ``nlp.pipe``."""
        for doc, article in self._parse(articles, batch_size):
            nlp.remember_text(doc, article.text)
            try:
                result = code_doc(doc, article, self.resources)
            except Exception as exc:  # one article must not end a batch
                # A fault in the coder on one article is reported with that
                # article and the batch goes on, as spaCy's error handlers do.
                problem = f"not coded: {type(exc).__name__}: {exc}"
                result = Result(article, (), (), (problem,))
            yield result

    def _parse(
        self, articles: Iterable[Article], batch_size: int
    ) -> Iterator[tuple[Doc, Article]]:
        """Articles parsed in batches of at most ``batch_size`` articles and
        :data:`BATCH_CHARACTERS` characters."""
        for batch in _batches(articles, batch_size, BATCH_CHARACTERS):
            pairs = ((a.text, a) for a in batch)
            yield from self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch))


# The model's token-vector layers keep every step's output for a whole batch
# until it is done, about 4 kB a character of text: a batch ends at this many
# characters, so that a run of long articles takes hundreds of megabytes, not a
# gigabyte. A longer article is parsed alone. Batching changes no parse.
BATCH_CHARACTERS = 50_000


def _batches(
    articles: Iterable[Article], size: int, characters: int
) -> Iterator[list[Article]]:
    """Consecutive articles, at most ``size`` and ``characters`` a batch."""
    batch: list[Article] = []
    length = 0
    for article in articles:
        if batch and (len(batch) >= size or length + len(article.text) > characters):
            yield batch
            batch, length = [], 0
        batch.append(article)
        length += len(article.text)
    if batch:
        yield batch


_DEFAULT_PIPELINE: dict[str | None, Pipeline] = {}


def code_text(
    text: str,
    published: dt.date | str | None = None,
    article_id: str | None = None,
    model: str | None = None,
) -> Result:
    """Code one text: the events, quotes and dates it states.

    Args:
        text: the article's text.
        published: its publication date, the reference for "on Friday".
        article_id: an identifier; by default the sha256 of the normalised text.
        model: a spaCy model package name; the small English model by default.

    Returns:
        The :class:`~eventwire.models.Result` with typed events and quotes.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    pipeline = _DEFAULT_PIPELINE.get(model)
    if pipeline is None:
        pipeline = _DEFAULT_PIPELINE[model] = Pipeline(model)
    article = Article(article_id or article_id_for(text), text, published)
    return pipeline.code(article)


def code_doc(doc: Doc, article: Article, resources: Resources) -> Result:
    """Code a parsed article (the pure core of the pipeline)."""
    warnings: list[str] = []
    published = article.published
    if published is None:
        published = dt.date.today()
        warnings.append("no publication date: relative dates resolved against today")
    if not is_english(doc):
        warnings.append("the text does not look like English: nothing coded")
        return Result(article, (), (), tuple(warnings))
    mentions, attributions = index_mentions(doc, resources, published)
    events = [
        event for _, event in code_events(doc, article, resources, mentions, published)
    ]
    quotes = find_quotes(doc, article.article_id, mentions, attributions)
    return Result(article, tuple(events), tuple(quotes), tuple(warnings))


def index_mentions(
    doc: Doc, resources: Resources, published: dt.date
) -> tuple[MentionIndex, list[Attribution]]:
    """The actor mentions of a parsed article, "I" and "we" bound to the
    speaker of the quote they stand in, and the quotes' attributions."""
    mentions = MentionIndex.build(
        doc, resources.actors, published, places=resources.gazetteer
    )
    attributions = attribute_quotes(doc, mentions)
    for found in attributions:
        quoted = doc.char_span(found.start, found.end, alignment_mode="expand")
        if found.speaker is not None and quoted is not None:
            mentions.bind_first_person(quoted, found.speaker)
    return mentions, attributions


def code_events(
    doc: Doc,
    article: Article,
    resources: Resources,
    mentions: MentionIndex,
    published: dt.date,
) -> Iterator[tuple[Coding, Event]]:
    """Each event of a parsed article with the coding it was built from
    (the parse, rule and mentions behind it, for explanations)."""
    sentence_dates = dates.dates_by_sentence(doc, published)
    named = ((m.text, m.actor.country) for m in mentions.by_token.values())
    countries = actor_countries(named, resources.gazetteer)
    places = find_places(doc, resources.gazetteer, countries)
    dateline = dateline_place(doc, places)
    actor_tokens = set(mentions.by_token)
    for index, sent in enumerate(doc.sents):
        codings = code_sentence(sent, resources.verbs, mentions)
        if not codings:
            continue
        found_dates = sentence_dates[index]
        for coding in codings:
            when = dates.date_for(coding.trigger_start, found_dates, published, sent)
            if coding.nominal and when.precision == "publication":
                continue  # a recalled act is never dated to the article
            material = resources.codebook[coding.code].quad_class in (2, 4)
            where = place_for(
                coding.trigger_start, places, sent, dateline, actor_tokens, material
            )
            sentence = sent.text.strip()
            event = _event(article, index, sentence, coding, when, where, resources)
            yield coding, event


def is_english(doc: Doc) -> bool:
    """Whether common English words make up 8 in 100 of the text's words."""
    words = [w for w in _WORDS.findall(nlp.doc_text(doc).lower()) if w.isalpha()]
    if len(words) < 20:
        return True
    share = sum(w in _ENGLISH_MARKERS for w in words) / len(words)
    return share >= 0.08


def _event(
    article: Article,
    index: int,
    sentence: str,
    coding: Coding,
    when: DateRef,
    where: Place | None,
    resources: Resources,
) -> Event:
    cameo = resources.codebook[coding.code]
    source = _as_of(coding.source, when, resources)
    target = _as_of(coding.target, when, resources) if coding.target else None
    key = "|".join(
        (
            article.article_id,
            str(coding.trigger_start),
            source.actor.code,
            target.actor.code if target else "",
            coding.code,
        )
    )
    return Event(
        event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
        article_id=article.article_id,
        sentence_index=index,
        sentence=sentence,
        trigger=coding.trigger,
        trigger_start=coding.trigger_start,
        trigger_end=coding.trigger_end,
        source_text=source.text,
        source_name=source.actor.name,
        source_code=source.actor.code,
        source_country=source.actor.country,
        source_role=source.actor.role,
        target_text=target.text if target else "",
        target_name=target.actor.name if target else "",
        target_code=target.actor.code if target else "",
        target_country=target.actor.country if target else "",
        target_role=target.actor.role if target else "",
        cameo=cameo.code,
        root_code=cameo.root,
        event_label=cameo.name,
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        plover=cameo.plover,
        modality=_modality(coding, when, article.published),
        date=when.date.isoformat(),
        date_precision=when.precision,
        date_text=when.text,
        historical=coding.nominal or _recalled(when, article.published),
        place_name=where.name if where else "",
        place_country=where.country if where else "",
        lat=where.lat if where else None,
        lon=where.lon if where else None,
        place_precision=where.precision if where else "",
        confidence=resources.confidence.score(coding),
        rule=coding.rule.id,
    )


def _modality(coding: Coding, when: DateRef, published: dt.date | None) -> Modality:
    """An act dated after publication is intended, whatever its tense says:
    "Ministers meet in Brussels next Monday"."""
    if (
        coding.modality == "actual"
        and published is not None
        and when.precision != "publication"
        and when.date > published
    ):
        return "intended"
    return coding.modality


def _recalled(when: DateRef, published: dt.date | None) -> bool:
    """Whether the text dates an act to well before the article: its day,
    month or year ended more than ``HISTORICAL_DAYS`` before publication."""
    if published is None or when.precision == "publication":
        return False
    end = when.date
    if when.precision == "year":
        end = dt.date(end.year, 12, 31)
    elif when.precision == "month":
        following = dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)
        end = following - dt.timedelta(days=1)
    return (published - end).days > HISTORICAL_DAYS


def _as_of(mention: Mention, when: DateRef, resources: Resources) -> Mention:
    """A person coded by the office held on the event's own date.

    "Joe Biden thanked Qatar on Wednesday" in a paper of the Monday he left
    office: on that Wednesday he was still president. Someone in office at
    publication but not yet on the event's date (a president-elect's call days
    before the inauguration) keeps the office: news calls them by it.
    """
    if not mention.person or when.precision != "day":
        return mention
    actor = resources.actors.person(mention.actor.name, when.date)
    if actor is None or actor.code == mention.actor.code:
        return mention
    if actor.role in ("ELI", ""):
        return mention
    return replace(mention, actor=actor)
