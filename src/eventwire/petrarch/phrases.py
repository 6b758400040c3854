"""The codes PETRARCH's dictionaries give a noun phrase.

PETRARCH codes an actor phrase by the actors and agents its words name: the
actor's code (the one its date restrictions give on the sentence's date),
then each agent's code after it (``[~GOV]``), or before it for a prefix
agent (``[NGO~]``). So "Valdorian Deputy Minister Marta Kovac", where
"Marta Kovac" is ``[VAL]`` and "deputy minister" ``[~GOV]``, is ``VALGOV``;
"Charity Norland" is ``NGONRL``. A role the actor's code already holds is
not added again ("Norland Press" with ``NORLAND_PRESS [NRLMED]`` is
``NRLMED``). Where the phrase names two actors the first is the one coded
("Valdoria's envoy to Norland" names Valdoria's envoy), unless they are
coordinated ("Valdorian and Norland dockworkers" codes VALLAB and NRLLAB).
An actor whose code lists several actors (``[TCA/TCB]``) codes once as each.
Coordinated agents code once each, with the roles before them ("Valdorian
press and dockworkers" is VALMED and VALLAB), and "former" makes whatever
the agents were a former elite (``ELI``: "former Norland ministers" is
NRLELI). Agents that name no actor take those of an "of", "in" or "from"
phrase after them ("dockworkers in Norland and Valdoria": NRLLAB, VALLAB).

Words match whole and in order, ignoring case, punctuation and a possessive
"'s"; where two entries start at a word the longest wins, and an actor wins
over an agent. An actor name written with blanks may have other words
between its parts where it ends the phrase ("Valdoria state-run television"
for ``VALDORIA TELEVISION``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..entries import ActorEntry
from ..names import parts_at
from .actors import AgentCode

__all__ = ["PhraseCodes"]

_WORD = re.compile(r"[^\s,;:()\[\]\"]+")
_POSSESSIVE = ("'s", "’s")
_STOP = re.compile(r"[,;:.()\[\]\"!?]")
# Words that join coordinated actors: "Valdorian and Norland dockworkers".
_COORDINATORS = frozenset({"and", "or", "&"})
_ARTICLES = frozenset({"the", "a", "an"})
# Prepositions whose actor is the actor of an agent before them: "lawmakers in
# Norland", "activists of the Harbour Board".
_PREPOSITIONS = frozenset({"of", "in", "from"})
# How many words after the phrase are read for its coordination or actors.
_REACH = 12


@dataclass
class _Reading:
    """What the words of a phrase have said so far."""

    actors: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)  # prefix agents' roles
    # Agents' roles in order, each with those coordinated with it.
    after: list[list[str]] = field(default_factory=list)
    former: bool = False
    # "actor" or "agent" just after one, "joined" or "agent joined" after its "and"
    state: str = ""


@dataclass
class PhraseCodes:
    """Actor and agent phrases, looked up by their words."""

    actors: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], AgentCode] = field(default_factory=dict)
    longest: int = 1
    # Names whose parts may have other words between them (``ActorEntry.gapped``).
    gapped: list[tuple[tuple[tuple[str, ...], ...], ActorEntry]] = field(
        default_factory=list
    )

    @classmethod
    def build(
        cls, actors: Iterable[ActorEntry], agents: Iterable[AgentCode]
    ) -> PhraseCodes:
        """The lookup of a dictionary's actors (codes with every alternative,
        as ``read_petrarch_actor_codes`` gives them) and agents."""
        found = cls()
        for entry in actors:
            for name in entry.names:
                words = tuple(_words(name))
                if words:
                    found.actors.setdefault(words, entry)
                    found.longest = max(found.longest, len(words))
            for written in entry.gapped:
                parts = tuple(tuple(_words(part)) for part in written.split())
                found.gapped.append((parts, entry))
        for agent in agents:
            words = tuple(agent.phrase.split())
            if words:
                found.agents.setdefault(words, agent)
                found.longest = max(found.longest, len(words))
        return found

    def codes(self, phrase: str, on: dt.date, following: str = "") -> list[str]:
        """The phrase's codes, one per actor its code lists and per agent of
        a coordination ("media and government"); none where the phrase names
        no actor that has a code on ``on``.

        An entry that starts in the phrase may go on into the ``following``
        words, up to a punctuation mark: "the Norland Ministry" before "of
        Fisheries said" is the ministry of fisheries where that is an entry.
        The following words may also coordinate another agent with the
        phrase's ("Norland dockworkers" before "and ministers": NRLLAB and
        NRLGOV) and, where the phrase names no actor, name its actors in an
        "of", "in" or "from" phrase ("dockworkers" before "in Norland and
        Valdoria": NRLLAB and VALLAB).
        """
        own = len(_words(phrase))
        words = _words(phrase) + _words(_STOP.split(following, 1)[0])[:_REACH]
        read = _Reading()
        at = 0
        gapped = self._gapped(words[:own], on)
        if gapped is not None:
            # "Ithilen state-run television": the name, after any words before it
            start, code = gapped
            while at < start:
                at += self._read(read, words, at, on)
            read.actors = [code]
            read.state, at = "actor", own
        while at < own:
            at += self._read(read, words, at, on)
        at = self._coordinated_agents(read, words, at)
        if not read.actors:
            read.actors = self._actors_after(words, at, on)
        before, after = read.before, read.after
        if read.former:
            # "former ministers": whatever they were, they are former elites.
            before, after = [], [["ELI"]]
        return list(
            dict.fromkeys(
                _combined(code, before, list(roles))
                for actor in dict.fromkeys(read.actors)
                for code in actor.split("/")
                for roles in itertools.product(*after)
            )
        )

    def _read(self, read: _Reading, words: list[str], at: int, on: dt.date) -> int:
        """Read the entry or word at ``at`` into ``read``; how many words it took."""
        size, entry, agent = self._match(words, at)
        code = _code_on(entry, on) if entry is not None else ""
        word = words[at]
        if code and (not read.actors or read.state == "joined"):
            read.actors.append(code)
        elif agent is not None and agent.prefix:
            read.before.append(agent.role)
        elif agent is not None and read.state == "agent joined" and read.after:
            read.after[-1].append(agent.role)  # "media and government"
        elif agent is not None:
            read.after.append([agent.role])
        elif word == "former":
            read.former = True
        if code:
            read.state = "actor"
        elif agent is not None and not agent.prefix:
            read.state = "agent"
        elif read.state == "actor" and word in _COORDINATORS:
            read.state = "joined"
        elif read.state == "agent" and word in _COORDINATORS:
            read.state = "agent joined"
        elif read.state.endswith("joined") and word in _ARTICLES:
            pass  # "Valdoria and the Norland Press"
        else:
            read.state = ""
        return size

    def _coordinated_agents(self, read: _Reading, words: list[str], at: int) -> int:
        """Agents coordinated with the phrase's last one in the words after
        it: "and ministers"; where they end."""
        while read.after and at + 1 < len(words) and words[at] in _COORDINATORS:
            start = at + 1
            while start < len(words) and words[start] in _ARTICLES:
                start += 1
            if start >= len(words):
                break
            size, entry, agent = self._match(words, start)
            if entry is not None or agent is None or agent.prefix:
                break
            read.after[-1].append(agent.role)
            at = start + size
        return at

    def _actors_after(self, words: list[str], at: int, on: dt.date) -> list[str]:
        """The actors of an "of", "in" or "from" phrase right after ``at``,
        coordinated ones each: "in Norland and Valdoria"."""
        if at >= len(words) or words[at] not in _PREPOSITIONS:
            return []
        at += 1
        found: list[str] = []
        while at < len(words):
            if words[at] in _ARTICLES or (found and words[at] in _COORDINATORS):
                at += 1
                continue
            size, entry, _agent = self._match(words, at)
            code = _code_on(entry, on) if entry is not None else ""
            if not code:
                break
            found.append(code)
            at += size
        return found

    def with_country(self, phrase: str, country: str) -> list[str]:
        """The phrase coded with ``country`` for its actor, and the roles of
        the agents it names: where the phrase names no actor of the
        dictionaries but the sentence gives it one ("its polices" of a
        country named before). A role no agent names is not added."""
        before: list[str] = []
        after: list[str] = []
        words = _words(phrase)
        at = 0
        while at < len(words):
            size, _entry, agent = self._match(words, at)
            if agent is not None:
                (before if agent.prefix else after).append(agent.role)
            at += size
        return [_combined(country, before, after)]

    def _gapped(self, words: list[str], on: dt.date) -> tuple[int, str] | None:
        """Where a name with words between its parts starts, ending the
        phrase, and its code; the one of most words, where none of all its
        words in a row is an entry the words match anyway."""
        best: tuple[int, str] | None = None
        most = 0
        for parts, entry in self.gapped:
            size = sum(len(part) for part in parts)
            start = parts_at(words, parts)
            code = _code_on(entry, on) if start >= 0 else ""
            if code and size > most and len(words) - start > size:
                best, most = (start, code), size
        return best

    def _match(
        self, words: list[str], at: int
    ) -> tuple[int, ActorEntry | None, AgentCode | None]:
        for size in range(min(self.longest, len(words) - at), 0, -1):
            key = tuple(words[at : at + size])
            if key in self.actors:
                return size, self.actors[key], None
            if key in self.agents:
                return size, None, self.agents[key]
        return 1, None, None


def _words(phrase: str) -> list[str]:
    words: list[str] = []
    for raw in _WORD.findall(phrase.replace("_", " ")):
        word = raw.lower().strip(".'’")
        for ending in _POSSESSIVE:
            if raw.lower().endswith(ending):
                word = raw.lower()[: -len(ending)]
        if word:
            words.append(word)
    return words


def _code_on(entry: ActorEntry, on: dt.date) -> str:
    """The code a restriction holding on the date gives, else the default;
    with neither, the null code (none)."""
    for code in entry.codes:
        if code.dated and code.holds(on):
            return code.code
    return next((c.code for c in entry.codes if not c.dated), "")


def _combined(code: str, before: list[str], after: list[str]) -> str:
    held = _parts(code)
    added = [role for role in dict.fromkeys(after) if not _parts(role) <= held]
    return "".join(dict.fromkeys(before)) + code + "".join(added)


def _parts(code: str) -> set[str]:
    """ "GOVMED" -> {"GOV", "MED"}: a code's three-letter parts."""
    return {code[i : i + 3] for i in range(0, len(code), 3)}
