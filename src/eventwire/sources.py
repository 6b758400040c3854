"""Articles from files: plain text, JSON Lines, JSON, directories and standard input.

:func:`read_articles` turns the inputs a user names on the command line into
:class:`~eventwire.models.Article` records, in input order. Bad input never stops a
batch: each bad file or line becomes a :class:`Problem` that names it and says what
is wrong, and reading goes on with the next one. A :class:`Problem` whose message
starts with ``warning:`` accompanies an article that was still read (a guessed
encoding, an unusable date); any other :class:`Problem` stands for input that was
skipped.

Input kinds, chosen by extension:

- ``.jsonl`` / ``.ndjson``: one article a line, ``{"text": ..., "id": ...,
  "published": ..., "url": ..., "source": ..., "title": ...}``; only ``text`` is
  required and unknown fields are ignored. Blank lines are skipped.
  ``date`` is read where ``published`` is missing.
- ``.json``: one such object, or a list of them.
- ``.html`` / ``.htm``: a saved news page; its text, title, date and URL are
  extracted with trafilatura (see :mod:`eventwire.pages`).
- anything else: a plain-text file holding one article.
- a directory: its ``.txt``, ``.jsonl``, ``.ndjson``, ``.json``, ``.html`` and
  ``.htm`` files, walked recursively in sorted order, hidden files and directories
  skipped.
- ``-``: standard input, read as JSON Lines when its first non-blank character is
  ``{``, as an HTML page when it is ``<``, else as one plain-text article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import SourceError
from eventwire.models import Article
from eventwire.pages import read_page

__all__ = ["MAX_CHARS", "Problem", "article_id_for", "read_articles"]

MAX_CHARS = 1_000_000
"""Longest article text accepted, in characters; longer ones are skipped."""

STDIN = "-"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIX = ".json"
HTML_SUFFIXES = frozenset({".html", ".htm"})
DIRECTORY_SUFFIXES = frozenset({".txt", JSON_SUFFIX, *JSONL_SUFFIXES, *HTML_SUFFIXES})

EMPTY = "empty: no text to code"
BINARY = "binary file, not text"
UNDECODABLE = (
    "not text: neither UTF-8 nor Latin-1 (cp1252); convert it to UTF-8, "
    "e.g. iconv -f ENCODING -t UTF-8"
)
LATIN1_WARNING = "warning: not UTF-8; read as Latin-1 (cp1252)"
NO_TEXT = 'no "text" field'
_LIMIT = f"the limit is {MAX_CHARS:,}"

_SNIFF_BYTES = 8192  # how much of a file decides whether it is binary
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 11, 12, 13}
_MAX_CONTROL_SHARE = 0.05  # real text has next to no control characters
_MAX_BYTES_PER_CHAR = 4  # UTF-8: a file over 4 * MAX_CHARS bytes is too long
_MAX_HTML_BYTES = 20 * MAX_CHARS  # markup takes many times the bytes of its text
_MIN_YEAR = 1900
_WHITESPACE = re.compile(r"\s+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT_DAY = re.compile(r"\d{8}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ].+")


@dataclass(frozen=True)
class Problem:
    """One bad input, reported and skipped (or, for a warning, read anyway).

    Attributes:
        origin: Where it is: ``"path:line"`` for a line of a JSON Lines file,
            ``"path"`` for a whole file, ``"<stdin>:3"`` for standard input.
        message: What is wrong and how to fix it, e.g. ``"not valid JSON
            (Expecting ',' delimiter at column 17)"``. It starts with
            ``"warning:"`` when the article was read all the same.
    """

    origin: str
    message: str

    @property
    def is_warning(self) -> bool:
        """Whether the article was read despite the problem."""
        return self.message.startswith("warning:")

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def read_articles(
    inputs: Sequence[str], published: dt.date | None = None
) -> Iterator[Article | Problem]:
    """Read articles from files, directories and standard input, in input order.

    Every path is checked before anything is read, so a mistyped name fails at
    once rather than after an hour of coding.

    Args:
        inputs: Paths to files or directories, or ``"-"`` for standard input;
            a single string is taken as one path.
        published: Publication date for articles that give none (plain-text
            files, JSON lines without a usable ``published``).

    Returns:
        An iterator yielding an :class:`Article` for each good article and a
        :class:`Problem` for each bad one (or each warning), in input order.

    Raises:
        SourceError: An input path does not exist.
    """
    if isinstance(inputs, str):  # one path, not a sequence of characters
        inputs = [inputs]
    for name in inputs:
        if name != STDIN and not Path(name).exists():
            raise SourceError(f"{name}: no such file or directory; check the path")
    return _read_inputs(inputs, published)


def article_id_for(text: str) -> str:
    """The id of an article that brings none: the sha256 of its normalised text.

    Normalising (Unicode NFC, runs of whitespace collapsed to one space, ends
    stripped) makes the same story re-sent with other line breaks the same article.

    Args:
        text: The article text.

    Returns:
        64 lowercase hexadecimal digits.
    """
    normal = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _read_inputs(
    inputs: Sequence[str], published: dt.date | None
) -> Iterator[Article | Problem]:
    for name in inputs:
        if name == STDIN:
            yield from _read_stdin(published)
        elif Path(name).is_dir():
            for found in _walk(Path(name)):
                if isinstance(found, Problem):
                    yield found
                else:
                    yield from _read_file(found, published)
        else:
            yield from _read_file(Path(name), published)


def _walk(directory: Path) -> Iterator[Path | Problem]:
    """The article files under a directory, depth first in sorted order."""
    try:
        paths = sorted(directory.iterdir())
    except OSError as exc:
        yield Problem(str(directory), f"cannot read directory: {exc.strerror or exc}")
        return
    for path in paths:
        if path.name.startswith("."):
            continue
        if path.is_dir():
            yield from _walk(path)
        elif path.suffix.lower() in DIRECTORY_SUFFIXES:
            yield path


def _read_file(path: Path, published: dt.date | None) -> Iterator[Article | Problem]:
    origin = str(path)
    try:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, origin, published)
        elif suffix == JSON_SUFFIX:
            yield from _read_json(path.read_bytes(), origin, published)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html(path.read_bytes(), origin, published)
        elif path.stat().st_size > _MAX_BYTES_PER_CHAR * MAX_CHARS:
            size = path.stat().st_size
            yield Problem(origin, f"too long ({size:,} bytes; {_LIMIT} characters)")
        else:
            yield from _read_text(path.read_bytes(), origin, published)
    except OSError as exc:
        yield Problem(origin, f"cannot read: {exc.strerror or exc}")


def _read_stdin(published: dt.date | None) -> Iterator[Article | Problem]:
    buffer = getattr(sys.stdin, "buffer", None)
    lines: Iterator[bytes]
    if buffer is None:  # a text stream without bytes underneath (tests, IDEs)
        lines = (line.encode("utf-8") for line in sys.stdin)
    else:
        lines = iter(buffer)
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    if first.startswith(b"{"):
        yield from _read_jsonl(itertools.chain(head, lines), "<stdin>", published)
    elif first.startswith(b"<"):
        data = b"".join(itertools.chain(head, lines))
        yield from _read_html(data, "<stdin>", published)
    else:
        data = b"".join(itertools.chain(head, lines))
        yield from _read_text(data, "<stdin>", published)


def _read_text(
    data: bytes, origin: str, published: dt.date | None
) -> Iterator[Article | Problem]:
    """One plain-text article from the bytes of a whole file."""
    if _looks_binary(data):
        yield Problem(origin, BINARY)
        return
    try:
        text, latin1 = _decode(data)
    except UnicodeDecodeError:
        yield Problem(origin, UNDECODABLE)
        return
    if latin1:
        yield Problem(origin, LATIN1_WARNING)
    yield _make_article(text, origin, published=published)


def _read_html(
    data: bytes, origin: str, published: dt.date | None
) -> Iterator[Article | Problem]:
    """One article from the bytes of a saved HTML page."""
    if _looks_binary(data):
        yield Problem(origin, BINARY)
        return
    if len(data) > _MAX_HTML_BYTES:
        yield Problem(origin, f"too long ({len(data):,} bytes of HTML)")
        return
    try:
        html, latin1 = _decode(data)
    except UnicodeDecodeError:
        yield Problem(origin, UNDECODABLE)
        return
    if latin1:
        yield Problem(origin, LATIN1_WARNING)
    try:
        page = read_page(html)
    except Exception as exc:  # a malformed page must not end the batch
        yield Problem(origin, f"cannot read the HTML page: {type(exc).__name__}: {exc}")
        return
    if not page.text.strip():
        yield Problem(origin, "no article text found in the HTML page")
        return
    yield _make_article(
        page.text,
        origin,
        published=page.published or published,
        url=page.url,
        title=page.title,
    )


def _read_jsonl(
    lines: Iterable[bytes], origin: str, published: dt.date | None
) -> Iterator[Article | Problem]:
    """Articles from JSON Lines, each problem naming its line."""
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            if _looks_binary(raw[:_SNIFF_BYTES]):
                yield Problem(origin, BINARY)
                return
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        seen_any = True
        where = f"{origin}:{number}"
        try:
            line, latin1 = _decode(raw)
        except UnicodeDecodeError:
            yield Problem(where, UNDECODABLE)
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if latin1:
            yield Problem(where, LATIN1_WARNING)
        yield from _article_from_json(value, where, published)
    if not seen_any:
        yield Problem(origin, EMPTY)


def _read_json(
    data: bytes, origin: str, published: dt.date | None
) -> Iterator[Article | Problem]:
    """Articles from a JSON document holding one article object or a list."""
    if _looks_binary(data):
        yield Problem(origin, BINARY)
        return
    try:
        text, latin1 = _decode(data)
    except UnicodeDecodeError:
        yield Problem(origin, UNDECODABLE)
        return
    if latin1:
        yield Problem(origin, LATIN1_WARNING)
    if not text.strip():
        yield Problem(origin, EMPTY)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{origin}:{exc.lineno}"
        yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return
    if not isinstance(value, list):
        yield from _article_from_json(value, origin, published)
        return
    if not value:
        yield Problem(origin, "empty: the list holds no articles")
    for number, item in enumerate(value, start=1):
        yield from _article_from_json(item, f"{origin}:item {number}", published)


def _article_from_json(
    value: object, origin: str, published: dt.date | None
) -> Iterator[Article | Problem]:
    """One article from a decoded JSON value, with warnings before it."""
    if not isinstance(value, dict):
        kind = _json_kind(value)
        yield Problem(origin, f'{NO_TEXT}: got {kind}, not an object {{"text": ...}}')
        return
    text = value.get("text")
    if text is None:
        yield Problem(origin, f'{NO_TEXT}; each article needs {{"text": "..."}}')
        return
    if not isinstance(text, str):
        yield Problem(origin, f'{NO_TEXT}: "text" is {_json_kind(text)}, not a string')
        return
    given = value.get("published")
    date, warning = _parse_published(value.get("date") if given is None else given)
    if warning:
        yield Problem(origin, warning)
    article_id, warning = _given_id(value.get("id"), text)
    if warning:
        yield Problem(origin, warning)
    language = value.get("language")
    yield _make_article(
        text.removeprefix("\ufeff"),
        origin,
        published=date or published,
        article_id=article_id,
        url=_string(value.get("url")),
        source=_string(value.get("source")),
        title=_string(value.get("title")),
        language=language if isinstance(language, str) and language else "en",
    )


def _make_article(
    text: str,
    origin: str,
    *,
    published: dt.date | None,
    article_id: str = "",
    url: str = "",
    source: str = "",
    title: str = "",
    language: str = "en",
) -> Article | Problem:
    if not text.strip():
        return Problem(origin, EMPTY)
    if len(text) > MAX_CHARS:
        return Problem(origin, f"too long ({len(text):,} characters; {_LIMIT})")
    return Article(
        article_id=article_id or article_id_for(text),
        text=text,
        published=published,
        url=url,
        source=source,
        title=title,
        language=language,
        origin=origin,
    )


def _parse_published(value: object) -> tuple[dt.date | None, str]:
    """The date of a ``published`` field, or None and a warning why not."""
    if value is None or value == "":
        return None, ""
    text = str(value).strip() if isinstance(value, str | int) else ""
    date = _parse_date(text)
    fallback = "using the publication date given by --published or none"
    if date is None:
        return None, f"warning: impossible date {_show(value)}; {fallback}"
    latest = dt.date.today() + dt.timedelta(days=366)
    if date.year < _MIN_YEAR or date > latest:
        why = f"before {_MIN_YEAR}" if date.year < _MIN_YEAR else "over a year ahead"
        return None, f"warning: implausible date {_show(value)} ({why}); {fallback}"
    return date, ""


def _parse_date(text: str) -> dt.date | None:
    """A date from YYYY-MM-DD, YYYYMMDD or a full ISO datetime; None if none."""
    try:
        if _DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _COMPACT_DAY.fullmatch(text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if _DATETIME.fullmatch(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None
    return None


def _given_id(value: object, text: str) -> tuple[str, str]:
    """The article id from an ``id`` field, or "" (and maybe a warning)."""
    if value is None or value == "":
        return "", ""
    if isinstance(value, str):
        return value, ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value), ""
    return "", (
        f'warning: "id" is {_json_kind(value)}, not a string or integer; '
        "using the hash of the text"
    )


def _decode(data: bytes) -> tuple[str, bool]:
    """Text from bytes: UTF-8 (BOM stripped), else cp1252 if that decodes cleanly.

    Returns:
        The text, and whether the cp1252 fallback was used.

    Raises:
        UnicodeDecodeError: Neither encoding decodes the bytes.
    """
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined, so strict decoding still rejects
        # much that is not Western text; it is what "Latin-1" files usually are.
        return data.decode("cp1252"), True


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was once read as cp1252 or Mac Roman, put right.

    "Jordanâ€™s" and "Jordan‚Äôs" are "Jordan’s" read in the wrong encoding;
    each run of non-ASCII characters that encodes back to valid UTF-8 is
    replaced by what it spells. A run that does not ("é", "Ã ") stays.
    """

    def mend(match: re.Match[str]) -> str:
        run = match.group()
        for encoding in ("cp1252", "mac_roman"):
            try:
                return run.encode(encoding).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return run

    return _NON_ASCII_RUN.sub(mend, text)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, near the start mean a binary file."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _string(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _json_kind(value: object) -> str:
    kinds: list[tuple[type, str]] = [
        (bool, "true/false"),
        (int, "a number"),
        (float, "a number"),
        (str, "a string"),
        (list, "a list"),
        (dict, "an object"),
    ]
    for kind, name in kinds:
        if isinstance(value, kind):
            return name
    return "null"


def _show(value: object) -> str:
    return f"'{value}'" if isinstance(value, str) else json.dumps(value)
