"""Tables built once from slow-to-read inputs and kept beside the installed data.

A cache file holds one value of Python's plain types (``marshal``'s: tuples,
lists, dicts, strings, numbers, None) after a header with the key of the inputs
it was built from. A file whose key differs, or that cannot be read whole, is
rebuilt, so editing an input or upgrading a package that ships one takes effect
at the next load.

Notes:
    - The key hashes the content of each input under 4 MiB and the size and
      modification time of larger ones (as ``make`` and Python's bytecode cache
      do), the Python version (``marshal``'s format follows it) and the version
      string of the code that builds the value.
    - A new file is written under a temporary name in the same folder and renamed
      over the old one: a process reading it sees the old file or the new one
      whole, never part of either, however many build it at once.
    - A folder that cannot be written (a read-only installation) only costs the
      build at each load: the value is used without being kept.
    - The folder is ``data/cache`` of the installed package, or the one the
      ``EVENTWIRE_CACHE`` environment variable names.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["ENVIRONMENT", "cache_folder", "cached", "input_key"]

ENVIRONMENT = "EVENTWIRE_CACHE"
"""The environment variable that names another cache folder."""

_MAGIC = b"eventwire cache 1\n"
_HASHED_BELOW = 4 << 20  # bytes: smaller inputs are keyed by their content


def cache_folder() -> Path:
    """The folder cache files are kept in."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        return Path(named)
    return Path(str(resources.files("eventwire") / "data" / "cache"))


def input_key(inputs: Sequence[Path], version: str = "") -> str:
    """A key that changes when any of ``inputs`` or ``version`` changes.

    Raises:
        OSError: an input cannot be read.
    """
    digest = hashlib.sha256()
    digest.update(f"{sys.version}\0{version}\0".encode())
    for path in inputs:
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0".encode())
        if stat.st_size < _HASHED_BELOW:
            digest.update(path.read_bytes())
        else:
            digest.update(f"{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def cached(
    name: str,
    inputs: Sequence[Path],
    build: Callable[[], Any],
    version: str = "",
    folder: Path | None = None,
) -> Any:
    """The value ``build`` returns, read from the cache file ``name`` when that
    was built from the same ``inputs`` and ``version``, else built and kept.

    Args:
        name: the file's name in the cache folder.
        inputs: the files the value is built from.
        build: makes the value from the inputs; what it returns must be of the
            plain types ``marshal`` writes.
        version: the version of the code that builds the value.
        folder: the cache folder; :func:`cache_folder` by default.
    """
    path = (folder or cache_folder()) / name
    try:
        key = input_key(inputs, version)
    except OSError:
        return build()  # which says what it cannot read
    header = _MAGIC + key.encode("ascii") + b"\n"
    try:
        with path.open("rb") as handle:
            if handle.read(len(header)) == header:
                return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing, unreadable or cut short: built anew below
    value = build()
    try:
        data = marshal.dumps(value)
    except ValueError:
        return value  # of a type marshal cannot write: used, not kept
    _keep(path, header + data)
    return value


def _keep(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` at once, or not at all where it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".partial", dir=path.parent
        )
    except OSError:
        return  # a read-only folder
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from other users
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
