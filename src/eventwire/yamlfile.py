"""YAML dictionary files read with the line each mapping starts on.

Every mapping read by :func:`read_yaml` carries the extra key ``__line__``, so
that a dictionary error can name the file and line of the entry at fault.
Dates are left as text for the reader to check. A file shipped in the package's
``data`` folder is parsed once and then read from the cache folder
(:mod:`eventwire.cache`) until its text changes.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .cache import cached
from .errors import DictionaryError

__all__ = ["LINE", "read_yaml"]

LINE = "__line__"
"""The key under which each mapping keeps its line number."""

# libyaml's parser where PyYAML was built with it: ten times faster to load.
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    """A YAML loader that remembers the line each mapping starts on."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = dict(loader.construct_mapping(node, deep=True))  # type: ignore[arg-type]
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _mapping_with_line,
)
# Dates stay text, so that an impossible one ("2020-02-30") is reported by the
# reader with its line rather than raised from inside the parser.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def read_yaml(path: Path) -> Any:
    """The YAML document in ``path``, every mapping with its ``__line__``.

    Raises:
        DictionaryError: the file cannot be read or is not valid YAML.
    """
    shipped = Path(str(resources.files("eventwire") / "data"))
    if path.is_relative_to(shipped):
        name = "-".join(path.relative_to(shipped).parts)
        inputs = [path, Path(__file__)]
        return cached(f"yaml-{name}.marshal", inputs, lambda: _parse(path))
    return _parse(path)


def _parse(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{path}: not valid YAML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read ({exc.strerror})") from exc
