"""PETRARCH and TABARI actor and agent dictionaries, read as eventwire entries.

Actor files (``PETR.*.actors.txt``, TABARI ``.actors``) are records of a
primary phrase with an optional code, ``+`` synonym lines, and date
restrictions on lines that start with a tab or blanks::

    VALDORIA [VAL]
    +PORT_ALMERE
    MARTA_KOVAC [VAL]         # the default code
        [VALCIV <20080120]    # on or before the date
        [VALGOV 20080120-20121109]
        [VALELI >20130119]    # on or after the date

A name written with its article (``+THE_MARBLE_REPUBLIC``) is also read
without it, as names are looked up without their determiner. Words joined by
``_`` are adjacent; a blank between words lets other words of the noun
phrase come between them (``VALDORIA TELEVISION`` names "Valdoria
state-run television"; ``ActorEntry.gapped``).
Dates are YYYYMMDD or YYMMDD (a two-digit year up to 30 is 20xx); both ends
of a range are included. A restriction listed earlier wins where two hold.
The null codes ``---``, ``+++`` and ``###`` code nothing: an entry with no
other code is left out. Where a code lists several actors (``[TCA/TCB]``)
the first is kept as the entry's code (``read_petrarch_actor_codes`` keeps
them all).

Agent files (``PETR.*.agents.txt``) are lines ``PHRASE {plural} [~CODE]``:
``~GOV`` adds the role after the actor's country; a prefix code (``NGO~``)
is read as the role as well, so "Charity Norland" is ``NRLNGO`` where
PETRARCH writes ``NGONRL`` (``read_petrarch_agent_codes`` says which codes
go before). Regular plurals are made (S, IES after Y, ES after SS);
``{}`` makes none and ``{FORMS}`` gives irregular ones. Substitution sets
``!PERSON! = MAN, WOMAN`` expand where the marker is used.

Notes:
    The formats are those of the PETRARCH dictionary documentation
    (``dictionaries.rst`` of openeventdata/petrarch2) and chapter 5 of the
    TABARI manual (Schrodt 2014).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..entries import ActorEntry, AgentEntry, DatedCode
from ..errors import DictionaryError
from .lines import dictionary_lines, phrase_words

__all__ = [
    "AgentCode",
    "read_petrarch_actor_codes",
    "read_petrarch_actors",
    "read_petrarch_agent_codes",
    "read_petrarch_agents",
]

NULL_CODES = frozenset({"---", "+++", "###"})
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>\]]+)?\s*"
    r"(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?\s*$"
)
_CODE = re.compile(r"[A-Za-z0-9]+")
_SUBSTITUTION = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(
    r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)[\]}]"
)


@dataclass
class _Record:
    names: list[str]
    line: int
    codes: list[DatedCode] = field(default_factory=list)
    had_code: bool = False
    gapped: set[str] = field(default_factory=set)


def read_petrarch_actors(path: Path) -> list[ActorEntry]:
    """Actor entries from a PETRARCH/TABARI actor dictionary.

    Raises:
        DictionaryError: naming the file and line of a malformed record.
    """
    return [
        replace(
            entry,
            codes=tuple(replace(c, code=c.code.split("/")[0]) for c in entry.codes),
        )
        for entry in read_petrarch_actor_codes(path)
    ]


def read_petrarch_actor_codes(path: Path) -> list[ActorEntry]:
    """Actor entries whose codes keep every actor a code lists: ``[TCA/TCB]``
    stays ``"TCA/TCB"``, as PETRARCH codes one event for each.

    Raises:
        DictionaryError: naming the file and line of a malformed record.
    """
    records: list[_Record] = []
    current: _Record | None = None
    for number, line in dictionary_lines(path, semicolon=True):
        where = f"{path}:{number}"
        stripped = line.strip()
        if line[:1] in (" ", "\t") and stripped.startswith("["):
            if current is None:
                raise DictionaryError(f"{where}: a date restriction before any actor")
            current.codes.extend(_codes(stripped, where))
            current.had_code = True
            continue
        phrase, _, rest = stripped.partition("[")
        rest = "[" + rest if rest else ""
        if stripped.startswith("+"):
            if current is None:
                raise DictionaryError(f"{where}: a '+' synonym before any actor")
            name = _name(phrase[1:], where)
            current.names.append(name)
            current.gapped.update(_gapped(phrase[1:]))
            if rest:  # a synonym's own code is the record's, as TABARI reads it
                current.codes.extend(_codes(rest, where))
                current.had_code = True
            continue
        current = _Record([_name(phrase, where)], number)
        current.gapped.update(_gapped(phrase))
        records.append(current)
        if rest:
            current.codes.extend(_codes(rest, where))
            current.had_code = True
    origin = path.name
    return [
        ActorEntry(
            names=tuple(dict.fromkeys(_without_article(r.names))),
            codes=tuple(r.codes),
            origin=f"{origin}:{r.line}",
            gapped=tuple(sorted(r.gapped)),
        )
        for r in records
        if r.codes
    ]


def read_petrarch_agents(path: Path) -> list[AgentEntry]:
    """Agent entries (a phrase and its plurals) from a PETRARCH agent dictionary.

    Raises:
        DictionaryError: naming the file and line of a malformed line.
    """
    found: dict[str, AgentEntry] = {}
    for agent in read_petrarch_agent_codes(path):
        found[agent.phrase] = AgentEntry(
            agent.phrase, agent.role, "group", agent.origin
        )
    return list(found.values())


@dataclass(frozen=True)
class AgentCode:
    """An agent phrase (one of its forms) and the code it adds to an actor's."""

    phrase: str  # lower-case words: "border guards"
    role: str  # "MIL"
    prefix: bool  # written "NGO~": the code goes before the actor's
    origin: str  # "file:line"


def read_petrarch_agent_codes(path: Path) -> list[AgentCode]:
    """Every form of every agent phrase with its code, in the file's order.

    Raises:
        DictionaryError: naming the file and line of a malformed line.
    """
    substitutions: dict[str, list[str]] = {}
    found: list[AgentCode] = []
    for number, line in dictionary_lines(path):
        where = f"{path}:{number}"
        marker = _SUBSTITUTION.match(line)
        if marker:
            words = [w.strip() for w in marker.group(2).split(",") if w.strip()]
            substitutions[marker.group(1)] = words
            continue
        match = _AGENT.match(line.strip())
        if match is None:
            raise DictionaryError(
                f"{where}: expected 'PHRASE {{plural}} [~CODE]', found {line.strip()!r}"
            )
        code = match.group("code")
        role = _agent_role(code, where)
        prefix = code.strip().endswith("~")
        phrase = match.group("phrase").strip()
        plural = match.group("plural")
        for singular, plurals in _expand(phrase, plural, substitutions, where):
            for form in (singular, *plurals):
                text = " ".join(phrase_words(form))
                if text:
                    found.append(AgentCode(text, role, prefix, f"{path.name}:{number}"))
    return found


def _without_article(names: list[str]) -> list[str]:
    """The names, each one written with "the" also without it: a name is
    looked up without its determiner ("the Marble Republic")."""
    found: list[str] = []
    for name in names:
        found.append(name)
        if name.lower().startswith("the ") and len(name) > 4:
            found.append(name[4:])
    return found


def _gapped(phrase: str) -> list[str]:
    """ "RADAGAST THE_BROWN" -> ["Radagast The_Brown"]: a phrase with blanks
    between its words, whose parts may have other words between them in a
    text, written with "_" between the words of a part; also without its
    article. None for a phrase all of whose words are adjacent."""
    parts = ["_".join(w.title() for w in phrase_words(p)) for p in phrase.split()]
    parts = [p for p in parts if p]
    if parts[:1] == ["The"]:
        parts = parts[1:]
    return [" ".join(parts)] if len(parts) > 1 else []


def _name(phrase: str, where: str) -> str:
    words = phrase_words(phrase)
    if not words:
        raise DictionaryError(f"{where}: an actor record needs a phrase")
    return " ".join(w.title() if w.islower() else w for w in words)


def _codes(text: str, where: str) -> list[DatedCode]:
    blocks = _CODE_BLOCK.findall(text)
    leftover = _CODE_BLOCK.sub("", text).strip()
    if not blocks or leftover:
        raise DictionaryError(
            f"{where}: expected codes in brackets ('[GON]', '[HOBGOV 950601-990815]'),"
            f" found {text!r}"
        )
    codes: list[DatedCode] = []
    for block in blocks:
        match = _RESTRICTION.match(block)
        if match is None or not (match.group("code") or "").strip():
            raise DictionaryError(
                f"{where}: a code restriction is 'CODE', 'CODE <DATE', 'CODE >DATE'"
                f" or 'CODE DATE-DATE'; found [{block}]"
            )
        code = match.group("code").upper()
        if code.split("/")[0] in NULL_CODES:
            continue
        if not all(_CODE.fullmatch(part) for part in code.split("/")):
            raise DictionaryError(f"{where}: {code!r} is not a code")
        start = end = None
        if match.group("op") == "<":
            end = _date(match.group("date"), where) + dt.timedelta(days=1)
        elif match.group("op") == ">":
            start = _date(match.group("date"), where)
        elif match.group("start"):
            start = _date(match.group("start"), where)
            end = _date(match.group("end"), where) + dt.timedelta(days=1)
            if end <= start:
                raise DictionaryError(
                    f"{where}: the range [{block}] ends before it starts"
                )
        codes.append(DatedCode(code, start, end))
    return codes


def _date(text: str, where: str) -> dt.date:
    """YYYYMMDD or YYMMDD, a two-digit year up to 30 being 20xx."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    try:
        if len(text) != 8:
            raise ValueError
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise DictionaryError(
            f"{where}: {text!r} is not a date; write YYYYMMDD or YYMMDD"
        ) from None


def _agent_role(code: str, where: str) -> str:
    code = code.strip()
    role = code.strip("~").strip()
    if "~" not in code or not role or not _CODE.fullmatch(role):
        raise DictionaryError(
            f"{where}: an agent code is '~ROLE' or 'ROLE~' ('[~MIL]'); found [{code}]"
        )
    return role.upper()


def _expand(
    phrase: str, plural: str | None, substitutions: dict[str, list[str]], where: str
) -> list[tuple[str, list[str]]]:
    """The singular and plural forms of an agent phrase."""
    for marker, words in substitutions.items():
        if marker in phrase:
            return [(phrase.replace(marker, word), []) for word in words]
    if "!" in phrase:
        raise DictionaryError(f"{where}: {phrase!r} uses an undefined '!...!' set")
    if plural is not None:
        return [(phrase, plural.split())]
    return [(phrase, [_plural(phrase)])]


def _plural(phrase: str) -> str:
    upper = phrase.rstrip("_")
    if phrase.endswith("_"):
        return ""
    if upper.upper().endswith("SS"):
        return upper + "ES"
    if upper.upper().endswith("Y") and upper[-2:-1].upper() not in "AEIOU":
        return upper[:-1] + "IES"
    return upper + "S"
