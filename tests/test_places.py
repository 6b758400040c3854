"""Places: the gazetteer's choices, and which place an event's own clause names."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.gazetteer import Gazetteer, load_gazetteer
from eventwire.models import Article
from eventwire.places import find_places, place_for

ON = dt.date(2025, 8, 16)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


RESOLVE = [
    # (name, countries the article is about, place, ISO3, precision)
    # Population decides between places of one name: the Alaskan city, not a
    # Kentucky village (nor any other Anchorage).
    ("Anchorage", (), "Anchorage", "USA", "city"),
    # A country's name is the country...
    ("Georgia", (), "Georgia", "GEO", "country"),
    ("Georgia", ("GEO", "RUS"), "Georgia", "GEO", "country"),
    # ... unless the story is about a country with a region of that name.
    ("Georgia", ("USA",), "Georgia", "USA", "region"),
    # A city of the story's country, unless another is ten times larger.
    ("Birmingham", ("USA",), "Birmingham", "USA", "city"),
    ("Birmingham", (), "Birmingham", "GBR", "city"),
    ("Paris", ("USA",), "Paris", "FRA", "city"),
    # A country's name never loses to a small town of that name.
    ("Lebanon", ("USA",), "Lebanon", "LBN", "country"),
    # Old and other names.
    ("Kiev", (), "Kyiv", "UKR", "city"),
    ("Bombay", (), "Mumbai", "IND", "city"),
    ("Rio", (), "Rio de Janeiro", "BRA", "city"),  # not the Greek town of Río
    ("Palmyra", (), "Tadmur", "SYR", "city"),
    ("the Gaza Strip", (), "Gaza Strip", "PSE", "region"),
    # Seats of power are in their capitals (not in Casablanca, "white house").
    ("the White House", (), "Washington", "USA", "city"),
    ("the Kremlin", (), "Moscow", "RUS", "city"),
    ("Crimea", (), "Crimea", "UKR", "region"),
    # Country names and their abbreviations; US states; ISO regions.
    ("the United States", (), "United States", "USA", "country"),
    ("U.S.", (), "United States", "USA", "country"),
    ("Texas", (), "Texas", "USA", "region"),
    ("Alberta", (), "Alberta", "CAN", "region"),
]


@pytest.mark.parametrize(("name", "countries", "place", "iso3", "precision"), RESOLVE)
def test_gazetteer_resolves_names_by_context_and_population(
    gazetteer, name, countries, place, iso3, precision
):
    entry = gazetteer.resolve(name, countries)
    assert entry is not None
    assert (entry.name, entry.country, entry.precision) == (place, iso3, precision)


@pytest.mark.parametrize("name", ["EU", "UN", "Narnia", ""])
def test_gazetteer_knows_no_place_for_organisations_and_inventions(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_countries_and_regions_have_coordinates(gazetteer):
    for name in ("Ukraine", "Fiji", "Georgia", "Texas"):
        entry = gazetteer.resolve(name)
        assert entry is not None and entry.lat is not None and entry.lon is not None
    fiji = gazetteer.resolve("Fiji")
    # A population centre on the sphere: Fiji straddles the 180th meridian.
    assert fiji is not None and fiji.lon is not None and abs(fiji.lon) > 170


def test_an_unknown_city_size_is_a_clear_error():
    from eventwire.errors import DictionaryError

    with pytest.raises(DictionaryError, match="choose one of 500, 1000, 5000, 15000"):
        Gazetteer.from_package(2000)


def test_a_bad_alias_row_names_its_file_and_line(tmp_path):
    from eventwire.errors import DictionaryError

    table = tmp_path / "aliases.tsv"
    table.write_text(
        "alias\tname\tprecision\tcountry\tlat\tlon\n"
        "Gotham\tGotham\ttown\tUSA\t40.7\t-74.0\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"aliases.tsv:2: precision must be"):
        Gazetteer.from_package(15000, aliases=table)


CHOICE = [
    # (sentence, trigger, place of that event or None, material act)
    ("Trump met Putin in Anchorage on Friday.", "met", "Anchorage", False),
    ("Russian drones struck targets near Kharkiv.", "struck", "Kharkiv", True),
    ("The strikes near Kharkiv killed three people.", "strikes", "Kharkiv", True),
    ("Talks opened in Geneva as troops massed in Belarus.", "opened", "Geneva", False),
    ("Talks opened in Geneva as troops massed in Belarus.", "massed", "Belarus", True),
    ("Protesters marched through Tbilisi.", "marched", "Tbilisi", True),
    ("In Nairobi, police fired tear gas at protesters.", "fired", "Nairobi", True),
    ("The city of Kharkiv was shelled overnight.", "shelled", "Kharkiv", True),
    ("Rebels seized the town of Goma.", "seized", "Goma", True),
    ("Fighting raged in the Kharkiv region.", "raged", "Kharkiv region", True),
    ("Troops attacked a village north of Aleppo.", "attacked", "Aleppo", True),
    # The most specific place of the clause: the city, not its country.
    ("Gunmen killed two men in Kandahar, Afghanistan.", "killed", "Kandahār", True),
    # An adverbial clause shares the scene; a possessive place is where its noun is.
    ("A reporter was shot while filming protests in Caracas.", "shot", "Caracas", True),
    ("Troops guarded Venezuela's oil terminals.", "guarded", "Venezuela", True),
    # A continent is too large to place an event.
    ("Protesters marched in Europe on Saturday.", "marched", None, True),
    # Places that are merely mentioned locate nothing.
    ("A doctor from Lyon was arrested.", "arrested", None, True),
    ("Kharkiv's mayor condemned the attack.", "condemned", None, False),
    ("Putin, who visited Beijing in May, criticised NATO.", "criticised", None, False),
    ("A U.S. airstrike killed a commander.", "killed", None, True),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "material"), CHOICE)
def test_an_event_takes_the_place_its_own_clause_names(
    pipeline, gazetteer, text, trigger, expected, material
):
    doc = pipeline.nlp(text)
    places = find_places(doc, gazetteer)
    sent = next(doc.sents)
    chosen = place_for(text.index(trigger), places, sent, material=material)
    assert (chosen.name if chosen else None) == expected


def test_an_event_without_a_place_of_its_own_takes_the_dateline(pipeline):
    text = (
        "ANCHORAGE, Alaska (AP) — Donald Trump praised Vladimir Putin on Friday. "
        "Trump met Putin in Seattle on Saturday."
    )
    result = pipeline.code(Article("a", text, ON))
    places = {e.trigger: (e.place_name, e.place_country) for e in result.events}
    assert places["praised"] == ("Anchorage", "USA")
    assert places["met"] == ("Seattle", "USA")


def test_an_event_without_a_place_or_dateline_has_none(pipeline):
    text = "Donald Trump praised Vladimir Putin. Putin visited Beijing in May."
    result = pipeline.code(Article("a", text, ON))
    praise = next(e for e in result.events if e.trigger == "praised")
    assert (praise.place_name, praise.lat, praise.place_precision) == ("", None, "")


def test_a_capital_that_stands_for_its_government_is_no_place(pipeline):
    text = "Moscow criticised Kyiv on Monday. Russian forces attacked Kyiv on Tuesday."
    result = pipeline.code(Article("k", text, ON))
    places = {e.trigger: e.place_name for e in result.events}
    assert places == {"criticised": "", "attacked": "Kyiv"}


def test_events_carry_the_place_with_coordinates(pipeline):
    text = "Donald Trump met Vladimir Putin in Anchorage on Friday."
    (event,) = pipeline.code(Article("a", text, ON)).events
    assert (event.place_name, event.place_country, event.place_precision) == (
        "Anchorage",
        "USA",
        "city",
    )
    assert event.lat == pytest.approx(61.2, abs=0.1)
    assert event.lon == pytest.approx(-149.9, abs=0.1)


def test_georgia_follows_the_story(pipeline):
    about_us = (
        "Governor Brian Kemp met Donald Trump in Atlanta. "
        "Trump later praised Joe Biden in Georgia."
    )
    about_caucasus = (
        "Russian troops massed near Tbilisi. "
        "Vladimir Putin praised Xi Jinping in Georgia."
    )
    for text, country in ((about_us, "USA"), (about_caucasus, "GEO")):
        result = pipeline.code(Article("g", text, ON))
        praise = next(e for e in result.events if e.trigger == "praised")
        assert (praise.place_name, praise.place_country) == ("Georgia", country)


def test_a_name_the_gazetteer_does_not_know_is_kept_as_written(pipeline, gazetteer):
    text = "Militants attacked a checkpoint in Wadi Qarrah on Monday."
    doc = pipeline.nlp(text)
    chosen = place_for(text.index("attacked"), find_places(doc, gazetteer), doc[:])
    assert chosen is not None
    assert (chosen.name, chosen.country, chosen.precision, chosen.lat) == (
        "Wadi Qarrah",
        "",
        "",
        None,
    )
