"""Users' own actor dictionaries: a documented YAML format.

An analyst adds or corrects actors without touching the built-in tables::

    actors:
      - name: Kaja Kallas              # the canonical name (required)
        aliases: [Kallas]              # other names news uses
        person: true                   # a person: former once no code holds
        office: Foreign Minister       # optional, lets "the ... minister" find them
        codes:                         # dated codes, or one `code` with dates
          - {code: ESTGOV, valid_from: 2021-01-26, valid_to: 2024-07-22}
          - {code: IGOEUREEC, valid_from: 2024-12-01}
      - name: Wagner Group
        aliases: [Wagner, PMC Wagner]
        country: RUS                   # `country` + `role` spell a code
        role: UAF
    agents:
      - {phrase: border guard, role: MIL, kind: group}

Dates are ISO days; ``valid_to`` is the last day a code holds, and either end
may be left open. A code given without dates is the default on every other
date. An entry's names win over the built-in ones; each name that stood for
something else is reported as a conflict naming both sources.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .actors import TITLE_OFFICES
from .coding.cameo import CameoCode, Codebook
from .coding.verbs import Rule, VerbDictionary
from .entries import AGENT_KINDS, ActorEntry, AgentEntry, DatedCode
from .errors import DictionaryError
from .petrarch import (
    dictionary_kind,
    read_petrarch_actors,
    read_petrarch_agents,
    read_petrarch_verbs,
)
from .yamlfile import LINE, read_yaml

__all__ = ["read_actor_file", "read_actor_yaml", "read_verb_file"]

_ACTOR_KEYS = {"name", "aliases", "person", "office", "leader", "code", "country"}
_ACTOR_KEYS |= {"role", "valid_from", "valid_to", "codes", LINE}
_CODE_KEYS = {"code", "country", "role", "valid_from", "valid_to", LINE}
_AGENT_KEYS = {"phrase", "role", "kind", LINE}
_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3}){0,4}")
_ROLE = re.compile(r"[A-Z]{3}")
_OFFICES = frozenset(TITLE_OFFICES.values())


def read_actor_file(path: Path) -> tuple[list[ActorEntry], list[AgentEntry]]:
    """Actor and agent entries from a user's dictionary file.

    A ``.yml``/``.yaml`` file is read in the format above; any other file as
    a PETRARCH/TABARI actor or agent dictionary, told apart by its content
    (see :mod:`eventwire.petrarch`).

    Raises:
        DictionaryError: naming the file and line of the first problem.
    """
    if path.suffix.lower() in (".yml", ".yaml"):
        return read_actor_yaml(path)
    kind = dictionary_kind(path)
    if kind == "actors":
        return read_petrarch_actors(path), []
    if kind == "agents":
        return [], read_petrarch_agents(path)
    found = (
        "a PETRARCH verb file; verb files go to --verbs"
        if kind == "verbs"
        else ("no bracketed codes in it")
    )
    raise DictionaryError(
        f"{path}: unknown dictionary format ({found}); give actors as a .yml or "
        ".yaml file (see eventwire.dictionaries) or a PETRARCH/TABARI actor or "
        "agent dictionary"
    )


def read_verb_file(
    path: Path, codebook: Codebook
) -> tuple[list[Rule], dict[str, CameoCode]]:
    """Rules from a verb dictionary: eventwire's YAML or a PETRARCH verb file,
    with the codes of an imported file that the CAMEO codebook lacks.

    Raises:
        DictionaryError: naming the file and line of the first problem.
    """
    if path.suffix.lower() in (".yml", ".yaml"):
        return VerbDictionary.from_path(path, codebook).rules, {}
    kind = dictionary_kind(path)
    if kind != "verbs":
        raise DictionaryError(
            f"{path}: unknown verb dictionary format (no '--- VERB ---' blocks); "
            "give eventwire rules as .yml or a PETRARCH verb file"
        )
    imported = read_petrarch_verbs(path, codebook)
    return imported.rules, imported.codes


def read_actor_yaml(path: Path) -> tuple[list[ActorEntry], list[AgentEntry]]:
    """Read the YAML format this module's docstring describes."""
    data = read_yaml(path)
    if data is None:
        return [], []
    if not isinstance(data, dict) or not set(data) - {LINE} <= {"actors", "agents"}:
        raise DictionaryError(
            f"{path}:1: expected a mapping with the keys 'actors' and/or 'agents'"
        )
    actors = [_actor(item, path) for item in _items(data, "actors", path)]
    agents = [_agent(item, path) for item in _items(data, "agents", path)]
    return _merged(actors), agents


def _items(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DictionaryError(f"{path}:{data[LINE]}: '{key}' must be a list of entries")
    return items


def _actor(item: dict[str, Any], path: Path) -> ActorEntry:
    where = f"{path}:{item[LINE]}"
    _check_keys(item, _ACTOR_KEYS, where)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise DictionaryError(f"{where}: an actor needs a 'name'")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DictionaryError(f"{where}: 'aliases' must be a list of names")
    office = item.get("office") or ""
    if office and office not in _OFFICES:
        known = ", ".join(sorted(_OFFICES))
        raise DictionaryError(f"{where}: unknown office {office!r}; use one of {known}")
    listed = item.get("codes")
    if listed is not None:
        if "code" in item or "country" in item:
            raise DictionaryError(f"{where}: give either 'codes' or 'code', not both")
        if not isinstance(listed, list) or not listed:
            raise DictionaryError(f"{where}: 'codes' must be a list of codes")
        codes = [_code(c, path, where) for c in listed]
    else:
        codes = [_code(item, path, where)]
    names = tuple(dict.fromkeys(n.strip() for n in [name, *aliases]))
    return ActorEntry(
        names=names,
        codes=tuple(codes),
        origin=f"{path.name}:{item[LINE]}",
        person=_flag(item, "person", where) or bool(office),
        office=office,
        leader=_flag(item, "leader", where),
    )


def _code(item: Any, path: Path, where: str) -> DatedCode:
    if not isinstance(item, dict):
        raise DictionaryError(f"{where}: each of 'codes' is a mapping with a 'code'")
    where = f"{path}:{item.get(LINE, where.rsplit(':', 1)[-1])}"
    _check_keys(item, _CODE_KEYS | _ACTOR_KEYS if "name" in item else _CODE_KEYS, where)
    code = item.get("code")
    if code is None and "country" in item:
        code = f"{item['country']}{item.get('role') or ''}"
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise DictionaryError(
            f"{where}: a code is 3 to 15 capital letters in groups of three "
            f"('RUSGOV', 'IGOUNO'), or 'country' and 'role'; found {code!r}"
        )
    start = _date(item, "valid_from", where)
    last = _date(item, "valid_to", where)
    if start is not None and last is not None and last < start:
        raise DictionaryError(f"{where}: valid_to {last} is before valid_from {start}")
    end = None if last is None else last + dt.timedelta(days=1)
    return DatedCode(code, start, end)


def _agent(item: dict[str, Any], path: Path) -> AgentEntry:
    where = f"{path}:{item[LINE]}"
    _check_keys(item, _AGENT_KEYS, where)
    phrase, role, kind = item.get("phrase"), item.get("role"), item.get("kind", "group")
    if not isinstance(phrase, str) or not phrase.strip():
        raise DictionaryError(f"{where}: an agent needs a 'phrase'")
    if not isinstance(role, str) or not _ROLE.fullmatch(role):
        raise DictionaryError(
            f"{where}: an agent's 'role' is 3 capital letters ('MIL')"
        )
    if kind not in AGENT_KINDS:
        raise DictionaryError(f"{where}: 'kind' is one of {', '.join(AGENT_KINDS)}")
    return AgentEntry(phrase.strip().lower(), role, kind, f"{path.name}:{item[LINE]}")


def _merged(entries: Sequence[ActorEntry]) -> list[ActorEntry]:
    """One entry per canonical name: a person may be listed once per office."""
    by_name: dict[str, ActorEntry] = {}
    for entry in entries:
        key = entry.names[0].lower()
        known = by_name.get(key)
        if known is None:
            by_name[key] = entry
            continue
        by_name[key] = ActorEntry(
            names=tuple(dict.fromkeys([*known.names, *entry.names])),
            codes=known.codes + entry.codes,
            origin=known.origin,
            person=known.person or entry.person,
            office=known.office or entry.office,
            leader=known.leader or entry.leader,
        )
    return list(by_name.values())


def _check_keys(item: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise DictionaryError(
            f"{where}: unknown key {unknown[0]!r}; "
            f"allowed: {', '.join(sorted(allowed - {LINE}))}"
        )


def _flag(item: dict[str, Any], key: str, where: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise DictionaryError(f"{where}: '{key}' is true or false")
    return value


def _date(item: dict[str, Any], key: str, where: str) -> dt.date | None:
    value = item.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(
            f"{where}: {key} must be a date as YYYY-MM-DD; found {value!r}"
        ) from None
