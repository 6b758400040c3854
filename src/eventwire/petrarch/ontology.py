"""Negated codes from a PETRARCH internal coding ontology (PICO) file.

UD-PETRARCH's ontology file gives each CAMEO code a value, one line each::

    050:0x0080#DiplomaticCoop
    110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove

The value is the first field after the colon, a sum of hexadecimal terms
(``0x1000-0xFFFF``); what follows a ``#`` is a comment. A value that is
another's plus 0xFFFF is its negation, and each is the other's: not to
cooperate (050) is to disapprove (110), and a negated disapproval codes as
cooperation.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import DictionaryError
from .lines import dictionary_lines

__all__ = ["NEGATION", "read_negations"]

NEGATION = 0xFFFF
_LINE = re.compile(r"^\s*(?P<code>[0-9A-Za-z]+)\s*:\s*(?P<value>[^#]*)")
_TERM = re.compile(r"\s*([+-]?)\s*0x([0-9A-Fa-f]+)\s*")


def read_negations(path: Path) -> dict[str, str]:
    """Each code whose negation the ontology names, and that negation.

    Raises:
        DictionaryError: naming the file and line of a value that is not a
            sum of hexadecimal numbers.
    """
    values: dict[int, str] = {}
    codes: dict[str, int] = {}
    for number, line in dictionary_lines(path):
        match = _LINE.match(line)
        if match is None:
            continue
        value = _value(match.group("value"), f"{path}:{number}")
        codes.setdefault(match.group("code"), value)
        values.setdefault(value, match.group("code"))
    found: dict[str, str] = {}
    for code, value in codes.items():
        other = values.get(value + NEGATION) or values.get(value - NEGATION)
        if other is not None and other != code:
            found[code] = other
    return found


def _value(text: str, where: str) -> int:
    text = text.strip()
    terms = _TERM.findall(text)
    if not terms or _TERM.sub("", text):
        raise DictionaryError(f"{where}: {text!r} is not a sum of hex numbers")
    return sum(int(digits, 16) * (-1 if sign == "-" else 1) for sign, digits in terms)
