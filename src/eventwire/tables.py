"""Reading the tab-separated tables shipped in ``eventwire/data``."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from .errors import DictionaryError


def rows(path: Path, width: int) -> Iterator[tuple[str, list[str]]]:
    """Data rows of a tab-separated table: comments and the header skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read ({exc.strerror})") from exc
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        row = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        origin = f"{path.name}:{number}"
        if len(row) < width:
            row += [""] * (width - len(row))
        if len(row) != width:
            raise DictionaryError(
                f"{path}:{number}: expected {width} tab-separated columns, "
                f"found {len(row)}"
            )
        yield origin, row
