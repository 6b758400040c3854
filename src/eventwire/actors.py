"""The actor dictionary: names, titles and nouns to CAMEO actor codes, by date.

Built-in tables live in ``data/actors/`` (each names its sources in its header):
``countries.tsv`` (names and adjectives), ``metonyms.tsv`` (capitals and seats of
power), ``igos.tsv`` (international organisations and their bodies),
``groups.tsv`` (armed groups, services, parties; dated where their role changed),
``agents.tsv`` (titles and generic nouns to role codes), ``religions.tsv``
(believers and their religion codes), ``ethnicities.tsv`` (peoples and the
countries they live in) and ``people*.tsv`` (office-holders with
tenures).
Country names from pycountry fill in any country the tables do not name.

Notes:
    A country named as an actor ("China said", "partner with China") is coded as
    its government (``CHNGOV``), as are its capital and seats of power: in news of
    relations between states that is who acts. A person is coded by the office
    held on the event's date; before the first office and after the last the
    tables' people are public figures, elites (``ELI``), as CAMEO codes them. A
    title in the text ("former President X", "Russian President X") says what
    the person was when the text speaks of them. Users' and imported entries
    (``entries``) win over the built-in tables.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import pycountry

from .entries import (
    AGENT_KINDS,
    ORGANISATION_PREFIXES,
    ActorEntry,
    AgentEntry,
    DatedCode,
    codes_text,
    country_of,
    role_of,
    span_text,
)
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
    "interior minister": "Interior Minister",
    "home minister": "Interior Minister",
    "home secretary": "Interior Minister",
    "minister of the interior": "Interior Minister",
    "homeland security secretary": "Interior Minister",
    "public security minister": "Interior Minister",
    "national security minister": "National Security Minister",
    "finance minister": "Finance Minister",
    "army chief": "Army Chief",
    "army commander": "Army Chief",
    "chief of general staff": "Army Chief",
    "chief of the general staff": "Army Chief",
    "chief of staff of the armed forces": "Army Chief",
    "chief of defence staff": "Army Chief",
    "chief of the defence staff": "Army Chief",
    "chief of defense staff": "Army Chief",
    "central bank governor": "Central Bank Governor",
    "central bank chief": "Central Bank Governor",
    "central bank head": "Central Bank Governor",
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
        return country_of(self.code)

    def holds(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Agent:
    """A generic noun or title: "troop" -> MIL, "president" -> office."""

    role: str
    kind: str  # leader, office, group
    origin: str = ""  # "file:line"


@dataclass
class ActorDictionary:
    """Everything needed to turn a name or a noun phrase into a CAMEO actor."""

    names: dict[str, Actor] = field(default_factory=dict)  # lower-case keys
    exact: dict[str, Actor] = field(default_factory=dict)  # short acronyms: "US"
    adjectives: dict[str, str] = field(default_factory=dict)  # "russian" -> RUS
    country_names: dict[str, str] = field(default_factory=dict)  # RUS -> Russia
    agents: dict[str, Agent] = field(default_factory=dict)
    # Religion codes: believers' nouns ("sunnis" -> MOSSUN) and adjectives
    # ("islamic" -> MOS), lower-case.
    believers: dict[str, str] = field(default_factory=dict)
    faiths: dict[str, str] = field(default_factory=dict)
    # Peoples named without a country ("yoruba" -> [NGA]), lower-case.
    peoples: dict[str, list[str]] = field(default_factory=dict)
    # World regions by their capitalised adjectives ("African" -> AFR) and
    # their names for labels (AFR -> Africa).
    regions: dict[str, str] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    people: dict[str, list[Tenure]] = field(default_factory=lambda: defaultdict(list))
    tenures: list[Tenure] = field(default_factory=list)
    entries: dict[str, ActorEntry] = field(default_factory=dict)  # lower-case keys
    # Places that stood for a government only from or until a date ("Juba"
    # for South Sudan's from its independence), lower-case; on a date no row
    # covers, the name is no actor's and a town the gazetteer knows.
    dated_names: dict[str, list[tuple[DatedCode, Actor]]] = field(default_factory=dict)
    # The places and buildings that stand for a state's body ("congress",
    # "kremlin"), lower-case.
    metonyms: set[str] = field(default_factory=set)
    # States that seceded: their code -> (the state left, date of independence).
    secessions: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    max_name_tokens: int = 1
    # Names whose parts may have other words between them
    # (``ActorEntry.gapped``), by their last word: "brown" ->
    # [((("radagast",), ("the", "brown")), "Radagast The Brown")].
    gapped: dict[str, list[tuple[tuple[tuple[str, ...], ...], str]]] = field(
        default_factory=dict
    )
    # Tenures by country, built on first use: "the Russian president" looks
    # only at Russia's office-holders.
    _by_country: dict[str, list[Tenure]] = field(default_factory=dict, repr=False)
    # Country names with a letter dropped, built on first use.
    _misspellings: dict[str, str] | None = field(default=None, repr=False)
    # People's names of several words by all their words but one, built on
    # first use: ("francois", "") -> [("mitterrand", "francois mitterrand")].
    _name_words: dict[tuple[str, str], list[tuple[str, str]]] | None = field(
        default=None, repr=False
    )
    _indexed: int = -1

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
        if (folder / "religions.tsv").exists():  # optional: no religion codes
            book._load_religions(folder / "religions.tsv")
        if (folder / "ethnicities.tsv").exists():  # optional: no peoples
            book._load_peoples(folder / "ethnicities.tsv")
        if (folder / "regions.tsv").exists():  # optional: no region codes
            book._load_regions(folder / "regions.tsv")
        if (folder / "secessions.tsv").exists():  # optional: today's borders
            book._load_secessions(folder / "secessions.tsv")
        for people in sorted(folder.glob("people*.tsv")):
            book._load_people(people)
        return book

    # -- lookups ---------------------------------------------------------------

    def lookup_name(self, text: str, on: dt.date) -> Actor | None:
        """The actor a proper name stands for on a date, or None.

        A name written with curly apostrophes ("Kurdistan Workers’ Party")
        is the name the tables write with straight ones.
        """
        found = self._lookup_name(text, on)
        if found is None and ("’" in text or "‘" in text):
            found = self._lookup_name(text.replace("’", "'").replace("‘", "'"), on)
        return found

    def _lookup_name(self, text: str, on: dt.date) -> Actor | None:
        if not text[:1].isupper():
            return None  # names are capitalised: "amnesty" is no organisation
        added = self._entry(text)
        if added is not None:
            return added.actor_on(on)
        person = self.person(text, on)
        if person is not None:
            return person
        dated = self.dated_names.get(text.lower())
        if dated is not None:
            return next((actor for code, actor in dated if code.holds(on)), None)
        found = self.exact.get(text)
        if found is None and not (text.isupper() and len(text) <= 4):
            found = self.names.get(text.lower())
        return found

    def country_on(self, iso3: str, on: dt.date) -> str:
        """The state a place of today's ``iso3`` belonged to on a date: a
        town of South Sudan is one of Sudan before 2011-07-09."""
        seceded = self.secessions.get(iso3)
        if seceded is not None and on < seceded[1]:
            return seceded[0]
        return iso3

    def misspelt_country(self, text: str) -> str:
        """The country a one-word name misspells, with a letter dropped or
        one too many after its first ("Afganistan", "Phillippines"), where
        it can be no other country and is no demonym or person; else "".

        The caller says where a word is a proper noun: "Hungry" is one
        letter from Hungary.
        """
        word = text.lower()
        if len(word) < _MISSPELT_MIN or not word.isalpha():
            return ""
        if word in self.adjectives or word in self.people or word in self.names:
            return ""
        if self._misspellings is None:
            self._misspellings = self._index_misspellings()
        found = {self._misspellings.get(word, "")}
        # One letter too many; a final "s" makes a plural ("Frances"), not a
        # misspelling.
        for i in range(1, len(word) - (word[-1] == "s")):
            actor = self.names.get(word[:i] + word[i + 1 :])
            if actor is not None and actor.entry.startswith("country "):
                found.add(actor.country)
        found.discard("")
        if len(found) != 1 or _AMBIGUOUS in found:
            return ""
        return found.pop()

    def misspelt_people(self, text: str) -> str:
        """The people a one-word name misspells with a letter dropped or one
        too many after its first ("Chechnen" for Chechen), where it can be no
        other people and is no country word or person; else ""."""
        word = text.lower()
        if len(word) < _MISSPELT_MIN or not word.isalpha():
            return ""
        if word in self.peoples or word in self.adjectives or word in self.people:
            return ""
        if word in self.names:
            return ""
        found = set()
        for people in self.peoples:
            if " " in people or len(people) < _MISSPELT_MIN:
                continue
            longer, shorter = (
                (word, people) if len(word) > len(people) else (people, word)
            )
            if len(longer) != len(shorter) + 1 or longer[0] != shorter[0]:
                continue
            if any(
                longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer))
            ):
                found.add(people)
        return found.pop() if len(found) == 1 else ""

    def misspelt_person(self, text: str, on: dt.date) -> Actor | None:
        """The person whose name of several words ``text`` misspells in one
        word of six letters or more, by one letter dropped, added, changed or
        two swapped ("Francois Mitterand"), where it can be no one else; the
        other words must match, accents aside. None for a known name."""
        words = _folded(text).split()
        if len(words) < 2 or text.lower() in self.people:
            return None
        if self._name_words is None:
            self._name_words = self._index_name_words()
        found: dict[frozenset[str], str] = {}
        for i, word in enumerate(words):
            if len(word) < _MISSPELT_MIN:
                continue
            key = (" ".join(words[:i]), " ".join(words[i + 1 :]))
            for known, name in self._name_words.get(key, ()):
                if _one_letter_off(word, known):
                    # "Francois" and "François": spellings of one person.
                    found[frozenset(t.name for t in self.people[name])] = name
        if len(found) != 1:
            return None
        person = self.person(found.popitem()[1], on)
        if person is None:
            return None
        return replace(person, entry=f"misspelt {text!r}: {person.entry}")

    def _index_name_words(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for name in self.people:
            words = _folded(name).split()
            if len(words) < 2:
                continue
            for i, word in enumerate(words):
                if len(word) >= _MISSPELT_MIN - 1:
                    key = (" ".join(words[:i]), " ".join(words[i + 1 :]))
                    index[key].append((word, name))
        return index

    def _index_misspellings(self) -> dict[str, str]:
        """One-word country names with one letter after the first dropped;
        not the final "s" of a plural name ("Philippine" is an adjective)."""
        index: dict[str, str] = {}
        for name, actor in self.names.items():
            if " " in name or not actor.entry.startswith("country "):
                continue
            if len(name) <= _MISSPELT_MIN or not name.isalpha():
                continue
            for i in range(1, len(name) - (name[-1] == "s")):
                shorter = name[:i] + name[i + 1 :]
                if index.get(shorter, actor.country) != actor.country:
                    index[shorter] = _AMBIGUOUS
                else:
                    index[shorter] = actor.country
        return index

    def is_person_name(self, text: str) -> bool:
        added = self._entry(text)
        if added is not None:
            return added.person
        return text.lower() in self.people

    def person(self, text: str, on: dt.date) -> Actor | None:
        """A person by name or alias, coded by the office held on ``on``."""
        added = self._entry(text)
        if added is not None:
            return added.actor_on(on) if added.person else None
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
        added = self._added_office_holder(country, office, on, leader)
        if added is not None:
            return added
        wanted = [office] if office else []
        if office in _OFFICE_FALLBACK:
            wanted.append(_OFFICE_FALLBACK[office])
        candidates: list[str | None] = list(wanted) or [None]
        if self._indexed != len(self.tenures):
            self._index_tenures()
        held = self._by_country.get(country, ())
        for candidate in candidates:
            found = [
                t
                for t in held
                if t.holds(on) and (t.leader if leader else t.office == candidate)
            ]
            if len({t.name for t in found}) == 1:
                name = found[0].name
                return self._code_person([t for t in held if t.name == name], on)
        return None

    def _index_tenures(self) -> None:
        by_country: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in self.tenures:
            by_country[tenure.country].append(tenure)
        self._by_country = dict(by_country)
        self._indexed = len(self.tenures)

    def as_titled(self, text: str, office: str | None) -> Actor | None:
        """A person named with a title they held at some time, coded by that
        tenure whatever the date: "President Yeltsin" -> RUSGOV; a name shared
        by several holders of the office, by the code they share."""
        if office is None:
            return None
        offices = {office, _OFFICE_FALLBACK.get(office, office)}
        tenures = [t for t in self.people.get(text.lower(), ()) if t.office in offices]
        if len({t.code for t in tenures}) != 1:
            return None
        held = tenures[-1]
        if len({t.name for t in tenures}) > 1:
            # "President Bush": either of two, but both held the one office.
            entry = f"title {held.title} held by {len(tenures)} people named {text!r}"
            return Actor(held.code, text, held.country, role_of(held.code), entry)
        entry = f"title {held.title} {held.start}..{held.end or ''} ({held.origin})"
        return Actor(held.code, held.name, held.country, role_of(held.code), entry)

    def country_actor(self, iso3: str, role: str = "GOV") -> Actor:
        name = self.country_names.get(iso3) or self.region_names.get(iso3, iso3)
        label = f"{_ROLE_NAMES.get(role, role)} ({name})" if role else name
        return Actor(iso3 + role, label, iso3, role, entry=f"country {iso3}")

    # -- user and imported dictionaries ------------------------------------------

    def add_entries(
        self, actors: Iterable[ActorEntry] = (), agents: Iterable[AgentEntry] = ()
    ) -> list[str]:
        """Add entries that win over those loaded before; return the conflicts.

        A conflict is a name or phrase that already stood for something else;
        its message names both sources, and the new entry is the one kept.
        """
        found: list[str] = []
        for entry in actors:
            for name in entry.names:
                before = self._describe(name)
                new = codes_text(entry.codes)
                if before is not None and before[0] != new:
                    found.append(
                        f"{name!r}: {entry.origin} ({new}) overrides "
                        f"{before[1]} ({before[0]})"
                    )
                self.entries[name.lower()] = entry
                self.max_name_tokens = max(self.max_name_tokens, len(name.split()))
            for written in entry.gapped:
                parts = tuple(tuple(p.split("_")) for p in written.lower().split())
                if len(parts) > 1:
                    name = written.replace("_", " ")
                    self.gapped.setdefault(parts[-1][-1], []).append((parts, name))
            country = _country_level(entry)
            if country:
                # A country's names and adjectives ("Arnor", "Arnorian") also
                # modify agents: "Arnorian troops" are its military.
                for name in entry.names:
                    self.adjectives[name.lower()] = country
        for agent in agents:
            known = self.agents.get(agent.phrase)
            if known is not None and (known.role, known.kind) != (
                agent.role,
                agent.kind,
            ):
                where = known.origin or "the built-in agents table"
                found.append(
                    f"{agent.phrase!r}: {agent.origin} ({agent.role}, {agent.kind}) "
                    f"overrides {where} ({known.role}, {known.kind})"
                )
            self.agents[agent.phrase] = Agent(agent.role, agent.kind, agent.origin)
        self.conflicts.extend(found)
        return found

    def _entry(self, text: str) -> ActorEntry | None:
        return self.entries.get(text.lower()) if self.entries else None

    def _describe(self, name: str) -> tuple[str, str] | None:
        """What ``name`` stands for now, as (codes, source), or None."""
        added = self._entry(name)
        if added is not None:
            return codes_text(added.codes), added.origin
        tenures = self.people.get(name.lower())
        if tenures:
            codes = ", ".join(sorted({t.code for t in tenures}))
            origins = sorted({t.origin for t in tenures})
            more = f" and {len(origins) - 1} more rows" if len(origins) > 1 else ""
            return codes, origins[0] + more
        actor = self.exact.get(name) or self.names.get(name.lower())
        if actor is not None:
            return actor.code, actor.entry or "the built-in tables"
        return None

    def _added_office_holder(
        self, country: str, office: str | None, on: dt.date, leader: bool
    ) -> Actor | None:
        for entry in dict.fromkeys(self.entries.values()):
            if not entry.person or not (entry.leader if leader else entry.office):
                continue
            if not leader and entry.office != office:
                continue
            actor = entry.actor_on(on)
            if actor.country == country and actor.role not in ("", "ELI"):
                return actor
        return None

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
                role_of(best.code),
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
        # Before their first office the tables' people are public figures
        # already (candidates, opposition leaders): elites, as CAMEO codes them.
        country = first.country
        if first.code.startswith(ORGANISATION_PREFIXES):
            return Actor(
                country, first.name, country, "", entry=f"before {first.origin}"
            )
        entry = f"before office ({first.origin})"
        return Actor(country + "ELI", first.name, country, "ELI", entry=entry)

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
        """Named armed groups, parties and movements: "Hamas", "BJP".

        Rows with a ``valid_from`` or ``valid_to`` date, and the rows that share
        their first name, make one entry coded by date (the Taliban as rebels,
        then in power); other rows are plain names.
        """
        by_name: dict[str, list[tuple[str, list[str], DatedCode]]] = defaultdict(list)
        for origin, row in rows(path, 5):
            code, country, names, start, end = row
            listed = _split(names)
            if not listed or not code.startswith(country):
                raise DictionaryError(f"{origin}: a code starts with its country")
            dated = DatedCode(code, _date(start, origin), _date(end, origin))
            by_name[listed[0].lower()].append((origin, listed, dated))
        entries = []
        for group in by_name.values():
            origin, listed, only = group[0]
            if len(group) == 1 and not only.dated:
                code, entry = only.code, f"group ({origin})"
                actor = Actor(code, listed[0], code[:3], code[3:6], entry=entry)
                for name in listed:
                    self._add_name(name, actor)
                continue
            every = dict.fromkeys(name for _o, more, _c in group for name in more)
            codes = tuple(c for _o, _n, c in group)
            _check_spans(codes, origin)
            entries.append(ActorEntry(tuple(every), codes, origin))
        self.add_entries(entries)

    def _load_metonyms(self, path: Path) -> None:
        """Capitals and seats of power: "Moscow", "the Kremlin".

        A row with a ``valid_from`` or ``valid_to`` date stands for its code
        only then ("Juba" for South Sudan's government from 2011-07-09); all
        rows of a phrase are dated or none is.
        """
        for origin, row in rows(path, 5):
            phrase, code, note, start, end = row
            country = country_of(code)
            role = role_of(code)
            label = self.country_names.get(country, country)
            name = f"{_ROLE_NAMES.get(role, role)} ({label})" if role else label
            dated = DatedCode(code, _date(start, origin), _date(end, origin))
            key = phrase.lower()
            self.metonyms.add(key)
            if dated.dated != (key in self.dated_names) and (
                key in self.names or key in self.dated_names
            ):
                raise DictionaryError(
                    f"{origin}: {phrase!r} has dated and undated rows; "
                    "date every row of a phrase or none"
                )
            entry = f"{phrase}: {note} ({origin})"
            if not dated.dated:
                self._add_name(phrase, Actor(code, name, country, role, entry=entry))
                continue
            entry = f"{entry} {span_text(dated)}"
            spans = self.dated_names.setdefault(key, [])
            spans.append((dated, Actor(code, name, country, role, entry=entry)))
            _check_spans(tuple(code for code, _actor in spans), origin)
            self.max_name_tokens = max(self.max_name_tokens, len(phrase.split()))

    def _load_agents(self, path: Path) -> None:
        for origin, row in rows(path, 3):
            phrase, role, kind = row
            if kind not in AGENT_KINDS:
                raise DictionaryError(f"{origin}: kind must be leader, office or group")
            self.agents[phrase.lower()] = Agent(role, kind, origin)

    def _load_religions(self, path: Path) -> None:
        for _origin, row in rows(path, 3):
            code, names, adjectives = row
            for name in _split(names):
                self.believers[name.lower()] = code
            for adjective in _split(adjectives):
                self.faiths[adjective.lower()] = code

    def _load_peoples(self, path: Path) -> None:
        for _origin, row in rows(path, 2):
            homes, names = row
            for name in _split(names):
                self.peoples[name.lower()] = _split(homes)

    def _load_regions(self, path: Path) -> None:
        for _origin, row in rows(path, 3):
            code, name, adjectives = row
            self.region_names[code] = name
            for adjective in _split(adjectives):
                self.regions[adjective] = code

    def _load_secessions(self, path: Path) -> None:
        for origin, row in rows(path, 3):
            country, before, start = row
            independence = _date(start, origin)
            if independence is None:
                raise DictionaryError(f"{origin}: a secession needs its date")
            self.secessions[country] = (before, independence)

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


# The shortest word read as a misspelt country name: shorter ones are too
# often other names ("Iran" and "Iraq", "Mali" and "Bali").
_MISSPELT_MIN = 6


def _folded(name: str) -> str:
    """A name in lower case without accents: "françois" -> "francois"."""
    text = name.lower()
    if text.isascii():  # ASCII has neither accents nor compatibility forms
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _one_letter_off(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter dropped, added or changed,
    or two neighbours swapped, after the same first letter."""
    if word == known or word[0] != known[0] or abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        diff = [i for i in range(len(word)) if word[i] != known[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return (
            len(diff) == 2
            and diff[1] == i + 1
            and word[i] == known[i + 1]
            and word[i + 1] == known[i]
        )
    longer, shorter = (word, known) if len(word) > len(known) else (known, word)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer)))


_AMBIGUOUS = "*"

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


def _country_level(entry: ActorEntry) -> str:
    """The country an entry codes when its one undated code is a bare country."""
    codes = {c.code for c in entry.codes}
    if len(codes) != 1 or any(c.dated for c in entry.codes):
        return ""
    code = codes.pop()
    return code if len(code) == 3 and code.isalpha() and code.isupper() else ""


def _date(cell: str, origin: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell.strip()) if cell.strip() else None
    except ValueError as exc:
        raise DictionaryError(f"{origin}: bad date {cell!r} ({exc})") from exc


def _check_spans(codes: tuple[DatedCode, ...], origin: str) -> None:
    """Dated codes of one entry run forward and do not overlap."""
    spans = sorted((c for c in codes if c.dated), key=lambda c: c.start or dt.date.min)
    for code in spans:
        if code.start and code.end and code.start >= code.end:
            raise DictionaryError(f"{origin}: {code.code} ends before it starts")
    for before, after in zip(spans, spans[1:], strict=False):
        if before.end is None or after.start is None or before.end > after.start:
            raise DictionaryError(
                f"{origin}: the dates of {before.code} and {after.code} overlap"
            )
    if len(codes) - len(spans) > 1:
        raise DictionaryError(f"{origin}: more than one undated row for one name")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]
