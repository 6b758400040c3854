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

Words match whole and in order, ignoring case, punctuation and a possessive
"'s"; where two entries start at a word the longest wins, and an actor wins
over an agent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..entries import ActorEntry
from .actors import AgentCode

__all__ = ["PhraseCodes"]

_WORD = re.compile(r"[^\s,;:()\[\]\"]+")
_POSSESSIVE = ("'s", "’s")
_STOP = re.compile(r"[,;:.()\[\]\"!?]")
# Words that join coordinated actors: "Valdorian and Norland dockworkers".
_COORDINATORS = frozenset({"and", "or", "&"})
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass
class PhraseCodes:
    """Actor and agent phrases, looked up by their words."""

    actors: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)
    agents: dict[tuple[str, ...], AgentCode] = field(default_factory=dict)
    longest: int = 1

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
        for agent in agents:
            words = tuple(agent.phrase.split())
            if words:
                found.agents.setdefault(words, agent)
                found.longest = max(found.longest, len(words))
        return found

    def codes(self, phrase: str, on: dt.date, following: str = "") -> list[str]:
        """The phrase's codes, one per actor its code lists; none where the
        phrase names no actor that has a code on ``on``.

        An entry that starts in the phrase may go on into the ``following``
        words, up to a punctuation mark: "the Norland Ministry" before "of
        Fisheries said" is the ministry of fisheries where that is an entry.
        """
        actors: list[str] = []
        before: list[str] = []
        after: list[str] = []
        own = len(_words(phrase))
        words = _words(phrase) + _words(_STOP.split(following, 1)[0])[: self.longest]
        at = 0
        state = ""  # "actor" just after an actor, "joined" after its "and"
        while at < own:
            size, entry, agent = self._match(words, at)
            code = _code_on(entry, on) if entry is not None else ""
            if code and (not actors or state == "joined"):
                actors.append(code)
            elif agent is not None:
                (before if agent.prefix else after).append(agent.role)
            if code:
                state = "actor"
            elif state == "actor" and words[at] in _COORDINATORS:
                state = "joined"
            elif state == "joined" and words[at] in _ARTICLES:
                pass  # "Valdoria and the Norland Press"
            else:
                state = ""
            at += size
        return [
            _combined(code, before, after)
            for actor in dict.fromkeys(actors)
            for code in actor.split("/")
        ]

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
