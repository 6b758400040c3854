"""The actor dictionary: names, titles and nouns to CAMEO actor codes, by date.

Built-in tables live in ``data/actors/`` (each names its sources in its header):
``countries.tsv`` (names and adjectives), ``metonyms.tsv`` (capitals and seats of
power), ``igos.tsv`` (international organisations), ``agents.tsv`` (titles and
generic nouns to role codes) and ``people*.tsv`` (office-holders with tenures).
Country names from pycountry fill in any country the tables do not name.

Notes:
    A country named as an actor ("China said", "partner with China") is coded as
    its government (``CHNGOV``), as are its capital and seats of power: in news of
    relations between states that is who acts. A person is coded by the office
    held on the event's date; before the first office nothing but the country is
    known, after the last the person is a former office-holder (``ELI``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pycountry

from .errors import DictionaryError
from .models import Actor
from .tables import rows

# Titles as written in news, to the canonical offices of the people tables.
TITLE_OFFICES: dict[str, str] = {
    "president": "President",
    "vice president": "Vice President",
    "prime minister": "Prime Minister",
    "premier": "Premier",
    "chancellor": "Chancellor",
    "king": "Monarch",
    "queen": "Monarch",
    "emir": "Monarch",
    "sultan": "Monarch",
    "emperor": "Monarch",
    "monarch": "Monarch",
    "crown prince": "Crown Prince",
    "supreme leader": "Supreme Leader",
    "foreign minister": "Foreign Minister",
    "foreign secretary": "Foreign Minister",
    "secretary of state": "Foreign Minister",
    "top diplomat": "Foreign Minister",
    "minister of foreign affairs": "Foreign Minister",
    "defence minister": "Defence Minister",
    "defense minister": "Defence Minister",
    "defense secretary": "Defence Minister",
    "defence secretary": "Defence Minister",
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "director-general": "Director-General",
    "director general": "Director-General",
}
# "the Chinese premier" is China's Premier; elsewhere a premier is a prime minister.
_OFFICE_FALLBACK = {"Premier": "Prime Minister", "Prime Minister": "Premier"}


@dataclass(frozen=True)
class Tenure:
    """One person in one office for one stretch of time."""

    name: str
    code: str
    office: str
    title: str
    leader: bool
    start: dt.date
    end: dt.date | None
    origin: str  # "file:line"

    @property
    def country(self) -> str:
        return _country_of(self.code)

    def holds(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Agent:
    """A generic noun or title: "troop" -> MIL, "president" -> office."""

    role: str
    kind: str  # leader, office, group


@dataclass
class ActorDictionary:
    """Everything needed to turn a name or a noun phrase into a CAMEO actor."""

    names: dict[str, Actor] = field(default_factory=dict)  # lower-case keys
    exact: dict[str, Actor] = field(default_factory=dict)  # short acronyms: "US"
    adjectives: dict[str, str] = field(default_factory=dict)  # "russian" -> RUS
    country_names: dict[str, str] = field(default_factory=dict)  # RUS -> Russia
    agents: dict[str, Agent] = field(default_factory=dict)
    people: dict[str, list[Tenure]] = field(default_factory=lambda: defaultdict(list))
    tenures: list[Tenure] = field(default_factory=list)
    max_name_tokens: int = 1

    @classmethod
    def from_path(cls, path: Path | None = None) -> ActorDictionary:
        """Load the built-in tables, or the same files from the folder ``path``."""
        folder = Path(str(resources.files("eventwire") / "data" / "actors"))
        folder = path or folder
        book = cls()
        book._add_pycountry()
        book._load_countries(folder / "countries.tsv")
        book._load_igos(folder / "igos.tsv")
        book._load_groups(folder / "groups.tsv")
        book._load_metonyms(folder / "metonyms.tsv")
        book._load_agents(folder / "agents.tsv")
        for people in sorted(folder.glob("people*.tsv")):
            book._load_people(people)
        return book

    # -- lookups ---------------------------------------------------------------

    def lookup_name(self, text: str, on: dt.date) -> Actor | None:
        """The actor a proper name stands for on a date, or None."""
        if not text[:1].isupper():
            return None  # names are capitalised: "amnesty" is no organisation
        person = self.person(text, on)
        if person is not None:
            return person
        found = self.exact.get(text)
        if found is None and not (text.isupper() and len(text) <= 4):
            found = self.names.get(text.lower())
        return found

    def is_person_name(self, text: str) -> bool:
        return text.lower() in self.people

    def person(self, text: str, on: dt.date) -> Actor | None:
        """A person by name or alias, coded by the office held on ``on``."""
        tenures = self.people.get(text.lower())
        if not tenures:
            return None
        names = {t.name for t in tenures}
        if len(names) > 1:
            # An alias shared by several people: keep it only if exactly one of
            # them is in office on the date.
            current = {t.name for t in tenures if t.holds(on)}
            if len(current) != 1:
                return None
            tenures = [t for t in tenures if t.name in current]
        return self._code_person(tenures, on)

    def office_holder(
        self, country: str, office: str | None, on: dt.date, leader: bool = False
    ) -> Actor | None:
        """Who held ``office`` (or was the leader) of ``country`` on a date."""
        wanted = [office] if office else []
        if office in _OFFICE_FALLBACK:
            wanted.append(_OFFICE_FALLBACK[office])
        candidates: list[str | None] = list(wanted) or [None]
        for candidate in candidates:
            found = [
                t
                for t in self.tenures
                if t.country == country
                and t.holds(on)
                and (t.leader if leader else t.office == candidate)
            ]
            if len({t.name for t in found}) == 1:
                return self._code_person(
                    [t for t in self.tenures if t.name == found[0].name], on
                )
        return None

    def country_actor(self, iso3: str, role: str = "GOV") -> Actor:
        name = self.country_names.get(iso3, iso3)
        label = f"{_ROLE_NAMES.get(role, role)} ({name})" if role else name
        return Actor(iso3 + role, label, iso3, role, entry=f"country {iso3}")

    # -- internals -------------------------------------------------------------

    def _code_person(self, tenures: list[Tenure], on: dt.date) -> Actor:
        current = [t for t in tenures if t.holds(on)]
        first = tenures[0]
        if current:
            best = current[0]
            return Actor(
                best.code,
                best.name,
                best.country,
                _role_of(best.code),
                entry=f"{best.title} {best.start}..{best.end or ''} ({best.origin})",
            )
        past = [t for t in tenures if t.end is not None and t.end <= on]
        if past:
            last = max(past, key=lambda t: t.start)
            country = last.country
            if last.code.startswith("IGO"):
                return Actor(last.code, first.name, country, "", entry=last.origin)
            return Actor(
                country + "ELI",
                first.name,
                country,
                "ELI",
                entry=f"former {last.title} until {last.end} ({last.origin})",
            )
        country = first.country
        return Actor(
            country, first.name, country, "", entry=f"before office ({first.origin})"
        )

    def _add_name(self, text: str, actor: Actor) -> None:
        text = text.strip()
        if not text:
            return
        if text.isupper() and len(text) <= 4:
            self.exact[text] = actor
        else:
            self.names[text.lower()] = actor
        self.max_name_tokens = max(self.max_name_tokens, len(text.split()))

    def _add_pycountry(self) -> None:
        for country in pycountry.countries:
            iso3 = country.alpha_3
            name = getattr(country, "common_name", None) or country.name
            self.country_names[iso3] = name
            actor = self.country_actor(iso3)
            for text in {country.name, name, getattr(country, "official_name", "")}:
                if text and "," not in text:
                    self._add_name(text, actor)

    def _load_countries(self, path: Path) -> None:
        for _origin, row in rows(path, 3):
            iso3, names, adjectives = row
            listed = _split(names)
            if listed:
                self.country_names[iso3] = listed[0]
            actor = self.country_actor(iso3)
            for name in listed:
                self._add_name(name, actor)
            for adjective in _split(adjectives):
                self.adjectives[adjective.lower()] = iso3
                if adjective.isupper():
                    self.adjectives[adjective] = iso3

    def _load_igos(self, path: Path) -> None:
        for origin, row in rows(path, 3):
            code, org, names = row
            listed = _split(names)
            if not listed:
                raise DictionaryError(f"{origin}: no name for {code}")
            actor = Actor(code, listed[0], org, "", entry=f"IGO {code} ({origin})")
            for name in listed:
                self._add_name(name, actor)

    def _load_groups(self, path: Path) -> None:
        """Named armed groups, parties and movements: "Hamas", "BJP"."""
        for origin, row in rows(path, 3):
            code, country, names = row
            listed = _split(names)
            if not listed or not code.startswith(country):
                raise DictionaryError(f"{origin}: a code starts with its country")
            role = code[3:6]
            actor = Actor(code, listed[0], country, role, entry=f"group ({origin})")
            for name in listed:
                self._add_name(name, actor)

    def _load_metonyms(self, path: Path) -> None:
        for origin, row in rows(path, 3):
            phrase, code, note = row
            country = _country_of(code)
            role = _role_of(code)
            label = self.country_names.get(country, country)
            name = f"{_ROLE_NAMES.get(role, role)} ({label})" if role else label
            actor = Actor(
                code, name, country, role, entry=f"{phrase}: {note} ({origin})"
            )
            self._add_name(phrase, actor)

    def _load_agents(self, path: Path) -> None:
        for origin, row in rows(path, 3):
            phrase, role, kind = row
            if kind not in ("leader", "office", "group"):
                raise DictionaryError(f"{origin}: kind must be leader, office or group")
            self.agents[phrase.lower()] = Agent(role, kind)

    def _load_people(self, path: Path) -> None:
        for origin, row in rows(path, 8):
            name, aliases, code, office, title, leader, start, end = row
            try:
                tenure = Tenure(
                    name=name,
                    code=code,
                    office=office,
                    title=title,
                    leader=leader.strip() == "1",
                    start=dt.date.fromisoformat(start),
                    end=dt.date.fromisoformat(end) if end.strip() else None,
                    origin=origin,
                )
            except ValueError as exc:
                raise DictionaryError(f"{origin}: bad date ({exc})") from exc
            self.tenures.append(tenure)
            for alias in {name, *_split(aliases)}:
                key = alias.lower()
                self.people[key].append(tenure)
                self.max_name_tokens = max(self.max_name_tokens, len(alias.split()))
        for tenures in self.people.values():
            tenures.sort(key=lambda t: t.start)


_ROLE_NAMES = {
    "GOV": "Government",
    "MIL": "Military",
    "COP": "Police",
    "JUD": "Judiciary",
    "LEG": "Legislature",
    "OPP": "Opposition",
    "REB": "Rebels",
    "INS": "Insurgents",
    "CVL": "Civilians",
    "BUS": "Business",
    "MED": "Media",
    "EDU": "Education",
    "REL": "Religious",
    "NGO": "NGO",
    "HLH": "Health",
    "LAB": "Labour",
    "REF": "Refugees",
    "ELI": "Elites",
    "SPY": "Intelligence",
    "CRM": "Criminals",
    "PTY": "Party",
    "AGR": "Agriculture",
    "UAF": "Armed group",
}


def _country_of(code: str) -> str:
    if code.startswith(("IGO", "NGO")):
        return code[-3:]
    return code[:3]


def _role_of(code: str) -> str:
    if code.startswith(("IGO", "NGO")):
        return ""
    return code[3:6]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]
