"""The line conventions every PETRARCH and TABARI dictionary shares.

``#`` starts a comment to the end of the line (``;`` too in TABARI actor
files); ``<!-- ... -->`` blocks, which may span lines, are comments; blank
lines are skipped. Words of a phrase are joined by ``_`` or by blanks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import DictionaryError

__all__ = ["Line", "dictionary_lines", "phrase_words"]

Line = tuple[int, str]  # (line number, text without its comment)


def dictionary_lines(path: Path, semicolon: bool = False) -> Iterator[Line]:
    """Numbered lines with comments removed; leading tabs and blanks kept.

    Raises:
        DictionaryError: the file cannot be read or is not text.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read ({exc.strerror})") from exc
    if b"\x00" in raw[:4096]:
        raise DictionaryError(f"{path}: a binary file, not a dictionary")
    # The field's dictionaries are ASCII with the odd Latin-1 name in them.
    text = raw.decode("utf-8", errors="replace")
    in_block = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if in_block:
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_block = "-->" not in stripped
            continue
        line = _without_comment(line, "#;" if semicolon else "#")
        if line.strip():
            yield number, line.rstrip()


def _without_comment(line: str, marks: str) -> str:
    """The line up to its first comment mark outside brackets ("[###]" is a code)."""
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            return line[:index]
    return line


def phrase_words(phrase: str) -> list[str]:
    """ "NEW_ZEALAND_" -> ["new", "zealand"]: lower-case words of a phrase."""
    return [w for w in phrase.replace("_", " ").lower().split() if w]
