"""Reading the field's PETRARCH and TABARI dictionaries.

Analysts bring their curated Phoenix, ICEWS-era or TABARI dictionaries:
actors (``[VENGOV 20020414-20130305]``), agents (``TROOP {} [~MIL]``), verb
patterns (``- * (WITH +) [036]``) and discard lists, each read into
eventwire's own entries and rules. A file's kind is told by its content,
so ``--actors`` takes actor and agent files alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .actors import read_petrarch_actors, read_petrarch_agents
from .discards import Discards, read_petrarch_discards
from .lines import dictionary_lines
from .verbs import ImportedVerbs, read_petrarch_verbs

__all__ = [
    "Discards",
    "ImportedVerbs",
    "dictionary_kind",
    "read_petrarch_actors",
    "read_petrarch_agents",
    "read_petrarch_discards",
    "read_petrarch_verbs",
]

Kind = Literal["actors", "agents", "verbs", "discards"]


def dictionary_kind(path: Path) -> Kind:
    """Which PETRARCH dictionary a file is, from its first records.

    Verb files have ``--- NAME ---`` blocks, agent files ``~`` role codes,
    actor files bracketed codes; a list with no codes is a discard list.
    """
    coded = agents = 0
    for count, (_number, line) in enumerate(dictionary_lines(path)):
        text = line.strip()
        if text.startswith("---") or text.startswith("- "):
            return "verbs"
        if "[" in text:
            coded += 1
            agents += "~" in text.split("[", 1)[1]
        if count > 400:
            break
    if not coded:
        return "discards"
    return "agents" if agents * 2 > coded else "actors"
