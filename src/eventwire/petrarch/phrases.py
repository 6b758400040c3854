"""The codes PETRARCH's dictionaries give a noun phrase.

PETRARCH codes an actor phrase by the actors and agents its words name: the
actor's code (the one its date restrictions give on the sentence's date),
then each agent's code after it (``[~GOV]``), or before it for a prefix
agent (``[NGO~]``). So "Valdorian Deputy Minister Marta Kovac", where
"Marta Kovac" is ``[VAL]`` and "deputy minister" ``[~GOV]``, is ``VALGOV``;
"Charity Norland" is ``NGONRL``. A role the actor's code already holds is
not added again ("Norland Press" with ``NORLAND_PRESS [NRLMED]`` is
``NRLMED``). Where the phrase names two actors the first is the one coded
("Valdoria's envoy to Norland" names Valdoria's envoy). An actor whose code
lists several actors (``[TCA/TCB]``) codes once as each.

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
        actor = ""
        before: list[str] = []
        after: list[str] = []
        own = len(_words(phrase))
        words = _words(phrase) + _words(_STOP.split(following, 1)[0])[: self.longest]
        at = 0
        while at < own:
            size, entry, agent = self._match(words, at)
            if entry is not None:
                actor = actor or _code_on(entry, on)
            elif agent is not None:
                (before if agent.prefix else after).append(agent.role)
            at += size
        if not actor:
            return []
        return [_combined(code, before, after) for code in actor.split("/")]

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
