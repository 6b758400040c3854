"""Entries of users' and imported actor dictionaries: names with dated codes.

A user's YAML file (``dictionaries``), a PETRARCH or TABARI dictionary
(``petrarch``) and the dated rows of the built-in group table all become
:class:`ActorEntry` and :class:`AgentEntry` values, which
``ActorDictionary.add_entries`` takes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .models import Actor

AGENT_KINDS = ("leader", "office", "group")


@dataclass(frozen=True)
class DatedCode:
    """A code an entry carries from ``start`` (inclusive) to ``end`` (exclusive).

    Without dates the code is the entry's default, used on any date that no
    dated code covers.
    """

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (
            self.end is None or on < self.end
        )


@dataclass(frozen=True)
class ActorEntry:
    """An actor from a user's or an imported dictionary: names and dated codes."""

    names: tuple[str, ...]  # the first is the canonical name
    codes: tuple[DatedCode, ...]
    origin: str  # "file:line"
    person: bool = False
    office: str = ""  # one of TITLE_OFFICES' values, for "the president"
    leader: bool = False
    # Names whose parts may have other words between them in a noun phrase,
    # as PETRARCH's blank-separated phrases ("ITHILEN TELEVISION" matches
    # "Ithilen state-run television"), written with "_" between the words
    # of a part, which are adjacent ("Radagast The_Brown"); the words of
    # other names are all adjacent.
    gapped: tuple[str, ...] = ()

    def actor_on(self, on: dt.date) -> Actor:
        """The actor this entry stands for on a date.

        A dated code that covers the date wins, then the undated default. A
        person outside every dated code is a former office-holder (``ELI``)
        after one and just a national before the first; anything else keeps
        the country of its nearest code.
        """
        name = self.names[0]
        for code in self.codes:
            if code.dated and code.holds(on):
                return self._actor(code.code, f"{self.origin} {span_text(code)}")
        for code in self.codes:
            if not code.dated:
                return self._actor(code.code, self.origin)
        ended = [c for c in self.codes if c.end is not None and c.end <= on]
        if ended:
            last = max(ended, key=lambda c: c.end or on)
            country = country_of(last.code)
            if self.person and not last.code.startswith(ORGANISATION_PREFIXES):
                entry = f"former {last.code} until {last.end} ({self.origin})"
                return Actor(country + "ELI", name, country, "ELI", entry=entry)
            return Actor(country, name, country, "", entry=f"after {self.origin}")
        first = min(self.codes, key=lambda c: c.start or on)
        country = country_of(first.code)
        return Actor(country, name, country, "", entry=f"before {self.origin}")

    def _actor(self, code: str, entry: str) -> Actor:
        return Actor(code, self.names[0], country_of(code), role_of(code), entry)


@dataclass(frozen=True)
class AgentEntry:
    """A generic noun or title from a user's or an imported dictionary."""

    phrase: str  # lower-case lemma form: "border guard"
    role: str  # CAMEO role code: "MIL"
    kind: str  # leader, office or group
    origin: str  # "file:line"


# Codes of organisations and movements of no one country: international and
# non-governmental organisations, movements (NGM) and militarized groups (IMG).
ORGANISATION_PREFIXES = ("IGO", "NGO", "NGM", "IMG")


def country_of(code: str) -> str:
    if code.startswith(ORGANISATION_PREFIXES):
        return code[-3:]
    return code[:3]


def role_of(code: str) -> str:
    if code.startswith(ORGANISATION_PREFIXES):
        return ""
    return code[3:6]


def span_text(code: DatedCode) -> str:
    return f"{code.start or ''}..{code.end or ''}"


def codes_text(codes: Iterable[DatedCode]) -> str:
    return ", ".join(
        f"{c.code} {span_text(c)}" if c.dated else c.code
        for c in sorted(codes, key=lambda c: (c.start or dt.date.min, c.code))
    )
