"""Where events happened: the place an event's own clause names, else the dateline.

:func:`find_places` resolves every place name of an article with the
:class:`~eventwire.gazetteer.Gazetteer`, knowing which countries the article is
about; :func:`place_for` picks the one that locates a given event.

Notes:
    The choice follows the event-location task of Halterman (2019, "Geolocating
    political events in text"): of the places a sentence names, the event's is
    the one syntactically tied to its verb, not the nearest one.

    - A place ties to the event when it is the object of a locative preposition
      below the event's trigger or clause verb ("met in Anchorage", "strikes near
      Kharkiv", "in the bombardment of the Aziziyah district"), or, for a city or
      region that is not an actor, the verb's direct object or passive subject
      ("shelled Kharkiv", "Kharkiv was shelled").
    - A place that says where the subject comes from ("a driver from Abidjan was
      shot") or whose subject it names ("Kharkiv's mayor said") locates nothing;
      neither does a place in a relative or reported clause ("Russia, which
      annexed Crimea, met ..."). An adverbial clause shares the event's place
      ("was shot while filming protests in Oaxaca").
    - Without such a place the event takes the place of the wire dateline
      ("KYIV (AP) —"), else none.
    - A place name the gazetteer does not know is still reported as written,
      without country or coordinates and with precision "".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from .clauses import all_attached, tokens
from .gazetteer import REGION_WORDS, Gazetteer, GazetteerEntry
from .models import Place
from .nlp import doc_text, find_dateline

__all__ = ["actor_countries", "article_countries", "find_places", "place_for"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Prepositions that put an event at a place, whatever the place is.
_LOCATIVE = frozenset(
    "in at near outside inside within across throughout around into from over "
    "off along through beyond nearby towards toward onto".split()
)
# Prepositions that may instead name an actor ("sanctions on Russia"): a place
# there locates the event only when it is a city or region and no actor.
# Prepositions that say where something is, not where it went or came from.
_STATIC = frozenset("in at near outside inside within across throughout around".split())
_TOWARDS = frozenset({"to", "on", "against", "upon"})
_MISTAKEN_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP", "FAC"})
_ARGUMENTS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# "Syria's Aleppo province", "Venezuela's oil installations": a possessive
# place is where its noun is; "Kharkiv's mayor" as a subject is nowhere.
_TRANSPARENT = frozenset(
    {"compound", "appos", "conj", "amod", "nmod", "npadvmod", "advmod", "poss"}
)
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern".split()
)
# Where a subject is, it was not necessarily going: "a ship en route to Kenya".
_MOTION = frozenset({"from", "to", "toward", "towards", "into", "onto"})
# A name the gazetteer does not know is most likely a small place.
# The most specific place wins, and a name the gazetteer does not know is most
# likely the smallest ("the village of Ashmi in northern Syria").
_SPECIFICITY = {"country": 0, "region": 1, "city": 2, "": 3}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})


def find_places(
    doc: Doc, gazetteer: Gazetteer, countries: Collection[str] = ()
) -> list[Place]:
    """Every place name of an article, resolved, in text order.

    Args:
        doc: The parsed article (entities are needed; a parse is not).
        gazetteer: The loaded gazetteer.
        countries: ISO3 codes of countries the article is about besides those it
            names as places (the countries of its actors, say).

    Returns:
        One :class:`~eventwire.models.Place` per place-name entity, with its
        words as written and their article offsets.
    """
    context = article_countries(doc, gazetteer, countries)
    places: list[Place] = []
    ents = [e for e in doc.ents if _is_place_entity(e, gazetteer)]
    ents = sorted([*ents, *_unlabelled(doc)], key=lambda e: e.start)
    for number, ent in enumerate(ents):
        within = _named_country(ents[number + 1 :], ent, gazetteer)
        place = _resolve(ent, gazetteer, {within} if within else context)
        if place is not None:
            places.append(place)
    text = doc_text(doc)
    dateline = find_dateline(text)
    if dateline is not None:
        start, end, country = dateline
        if not any(p.start == start for p in places):
            hint = gazetteer.resolve(country, context) if country else None
            scope = {hint.country} if hint else context
            entry = gazetteer.resolve(text[start:end].title(), scope)
            if entry is not None:
                places.append(_place(entry, text[start:end], start, end))
    return sorted(places, key=lambda p: p.start)


def article_countries(
    doc: Doc, gazetteer: Gazetteer, countries: Collection[str] = ()
) -> set[str]:
    """The countries an article is about: ``countries``, and those of the places
    it names that can be only one place ("Tbilisi", "Atlanta", "Ukraine"; not
    "Georgia", which is what the other names are to decide)."""
    found = set(countries)
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        candidates = {(e.country, e.precision) for e in gazetteer.candidates(ent.text)}
        if len(candidates) == 1:
            found.add(next(iter(candidates))[0])
    dateline = find_dateline(doc_text(doc))
    if dateline is not None and dateline[2]:
        entry = gazetteer.resolve(dateline[2])
        if entry is not None:
            found.add(entry.country)
    return found


def actor_countries(
    actors: Iterable[tuple[str, str]], gazetteer: Gazetteer
) -> set[str]:
    """The countries of an article's actors, as (words, country) pairs, leaving
    out actors named by a place name ("Georgia" must not decide "Georgia")."""
    return {country for words, country in actors if words not in gazetteer}


def place_for(
    trigger_start: int,
    places: Sequence[Place],
    sent: Span,
    dateline: Place | None = None,
    actor_tokens: Collection[int] = (),
    material: bool = False,
) -> Place | None:
    """Choose the place of an event: see the module notes.

    Args:
        trigger_start: Article character offset of the event's trigger word.
        places: The article's places, from :func:`find_places`.
        sent: The trigger's sentence.
        dateline: The place of the story's dateline, if it has one.
        actor_tokens: Indices of tokens that name an actor ("Kyiv" for the
            government of Ukraine): as an object they are the target, not the place.
        material: Whether the event is a material act (an attack, a capture, a
            march): then its object is where it happened, even a country or a
            capital ("captured Seoul"), where a verbal act's ("criticised Kyiv")
            is only its target.

    Returns:
        The event's place, the dateline's, or None.
    """
    doc = sent.doc
    tied = [
        p
        for p in places
        if sent.start_char <= p.start < sent.end_char
        and _locates(p, doc, actor_tokens, material)
    ]
    ranked = all_attached(trigger_start, tied, sent, conjuncts=True)
    if ranked:
        # The most specific of the clause's places: "in the village of Ashmi
        # in northern Syria" happened in Ashmi.
        return max(ranked, key=lambda p: _SPECIFICITY[p.precision])
    found = _scene(tied, sent)
    return found if found is not None else dateline


def dateline_place(doc: Doc, places: Sequence[Place]) -> Place | None:
    """The place of the story's dateline among its places."""
    dateline = find_dateline(doc_text(doc))
    if dateline is None:
        return None
    return next((p for p in places if p.start == dateline[0]), None)


def _resolve(ent: Span, gazetteer: Gazetteer, context: Collection[str]) -> Place | None:
    doc = ent.doc
    text = ent.text
    start, end = ent.start_char, ent.end_char
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in REGION_WORDS:
        # "the Kharkiv region", "Homs province": the region, named for its city.
        region = gazetteer.resolve(f"{text} {after.text}", context)
        if region is None:
            city = gazetteer.resolve(text, context)
            if city is not None and city.precision == "city":
                region = GazetteerEntry(
                    f"{city.name} {after.lower_}",
                    city.country,
                    "region",
                    city.lat,
                    city.lon,
                )
        if region is not None:
            written = doc[ent.start : after.i + 1].text
            return _place(region, written[start - ent.start_char :], start)
    entry = gazetteer.resolve(text, context)
    words = text.split()
    if entry is None and len(words) > 1:
        # "Indian Kashmir", "eastern Ukraine": the region or country named last.
        entry = gazetteer.resolve(" ".join(words[1:]), context)
        if entry is not None and entry.precision == "city":
            entry = None
    if entry is None:
        if not any(c.isupper() for c in text) or not (
            ent.label_ in _PLACE_LABELS or _after_static_locative(ent)
        ):
            return None
        return Place(text, "", None, None, "", text, start, end)
    return _place(entry, text, start, end)


def _is_place_entity(ent: Span, gazetteer: Gazetteer) -> bool:
    """A GPE or LOC entity; or one of another kind that the gazetteer knows.

    The small English model often calls a less known town a person, an
    organisation or a product ("demonstrated in Sanaa", "the Manbij campaign");
    whether such a name is where an event happened is left to its syntax.
    """
    if gazetteer.is_vague(ent.text):
        return False
    if ent.label_ in _PLACE_LABELS:
        return True
    if ent.label_ not in _MISTAKEN_LABELS:
        return False
    return ent.text in gazetteer or _after_static_locative(ent)


def _after_static_locative(span: Span) -> bool:
    """ "in Taji", "near Badme": what is in a place is a place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _STATIC


def _unlabelled(doc: Doc) -> list[Span]:
    """Proper names after "in", "near"... that the entity recogniser left out."""
    found = []
    # Columns of numbers find the few candidates without making every token.
    columns = doc.to_array([POS, ENT_TYPE, DEP])
    pobj = doc.vocab.strings["pobj"]
    rows = (columns[:, 0] == PROPN) & (columns[:, 1] == 0) & (columns[:, 2] == pobj)
    for i in rows.nonzero()[0]:
        token = doc[int(i)]
        if token.text[:1].isupper() and token.head.lower_ in _STATIC:
            left = min(
                (c.i for c in token.children if c.dep_ == "compound"), default=token.i
            )
            found.append(doc[left : token.i + 1])
    return found


def _named_country(
    following: Sequence[Span], ent: Span, gazetteer: Gazetteer
) -> str | None:
    """The country of "Portland, Oregon" or "Tripoli, Lebanon" for "Portland"."""
    if not following:
        return None
    nxt = following[0]
    between = ent.doc[ent.end : nxt.start]
    if [t.text for t in between] != [","]:
        return None
    entry = gazetteer.resolve(nxt.text)
    if entry is None or entry.precision == "city":
        return None
    return entry.country


def _place(entry: GazetteerEntry, text: str, start: int, end: int = -1) -> Place:
    return Place(
        entry.name,
        entry.country,
        entry.lat,
        entry.lon,
        entry.precision,
        text,
        start,
        start + len(text) if end < 0 else end,
    )


def _locates(
    place: Place, doc: Doc, actor_tokens: Collection[int], material: bool
) -> bool:
    """Whether a place is tied to its clause as where things happen."""
    span = tokens(doc, place.start, place.end)
    if span is None:
        return False
    head: Token = span.root
    is_actor = any(t.i in actor_tokens for t in span)
    known = place.precision != ""
    argument = known and (material or (place.precision != "country" and not is_actor))
    chain = _chain(head)
    in_subject = any(t.dep_ in _SUBJECTS for t in chain[1:])
    if head.dep_ == "compound" and place.precision == "country":
        return False  # "a U.S. airstrike"
    for token in chain:
        dep = token.dep_
        if token.ent_type_ in ("DATE", "TIME"):
            return False  # "on Sunday and Israel": a parse gone astray
        if dep == "pobj" and token.head.dep_ in ("prep", "agent"):
            word = token.head.lower_
            if word in _MOTION and in_subject:
                return False  # "a driver from Abidjan was shot": an origin
            if word in _LOCATIVE:
                return True
            if word in _TOWARDS:
                # "on the outskirts of Karachi" is a place; "on Russia" a target.
                return (token.i != head.i and token.pos_ == "NOUN") or argument
            if word != "of":
                return False
            if token.head.head.lower_ in _DIRECTIONS:
                return True  # "just north of Baghdad"
            continue
        if dep in _ARGUMENTS and token.head.pos_ in ("VERB", "AUX"):
            return argument
        if dep not in _TRANSPARENT and dep != "prep":
            return False
    return False


def _scene(places: Sequence[Place], sent: Span) -> Place | None:
    """A place set before the sentence's first comma by a locative preposition
    ("In Vienna, 200,000 people marched"): it sets the scene of every clause."""
    first = sent[0]
    comma = next((t for t in sent if t.text == ","), None)
    if first.lower_ not in _LOCATIVE or comma is None:
        return None
    return next((p for p in places if p.end <= comma.idx), None)


def _chain(head: Token) -> list[Token]:
    """The tokens from a place up to its clause's verb, that verb excluded."""
    chain = [head]
    token = head
    while token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
        chain.append(token)
    return chain
