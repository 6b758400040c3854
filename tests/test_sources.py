"""Reading articles from files, directories and stdin: good input and bad."""

import datetime as dt
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from eventwire.errors import SourceError
from eventwire.models import Article
from eventwire.sources import (
    MAX_CHARS,
    Problem,
    article_id_for,
    read_articles,
    repair_mojibake,
)

TEXT = "Trump and Xi discussed Ukraine by phone on Friday."
DAY = dt.date(2025, 1, 24)


def write(path: Path, content: str | bytes) -> str:
    """Write a small input file and return its path as the CLI would give it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def read(*inputs: str, published: dt.date | None = None) -> list[Article | Problem]:
    return list(read_articles(inputs, published=published))


def shown(items: list[Article | Problem]) -> list[str]:
    """Each item as one line: the problem as printed, or the article's origin."""
    return [str(i) if isinstance(i, Problem) else f"article {i.origin}" for i in items]


def articles(items: list[Article | Problem]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("origin", "message", "expected"),
    [
        ("a.jsonl:3", "not valid JSON (x)", "a.jsonl:3: not valid JSON (x)"),
        ("story.txt", "empty: no text to code", "story.txt: empty: no text to code"),
        ("<stdin>:1", 'no "text" field', '<stdin>:1: no "text" field'),
    ],
)
def test_problem_prints_origin_then_message(origin, message, expected):
    assert str(Problem(origin, message)) == expected


@pytest.mark.parametrize(
    ("message", "is_warning"),
    [("warning: not UTF-8; read as Latin-1 (cp1252)", True), ("empty: x", False)],
)
def test_problem_is_warning_when_message_says_so(message, is_warning):
    assert Problem("f", message).is_warning is is_warning


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Putin  called\n\tXi.", "Putin called Xi."),
        ("  Putin called Xi.  \n", "Putin called Xi."),
        ("Pre\u0301sident", "Pr\u00e9sident"),  # NFD -> NFC
    ],
)
def test_article_id_is_sha256_of_normalised_text(text, normal):
    assert article_id_for(text) == sha256(normal)


def test_text_file_is_one_article_dated_by_published(tmp_path):
    path = write(tmp_path / "story.txt", TEXT + "\n")
    [article] = read(path, published=DAY)
    assert article == Article(
        article_id=sha256(TEXT), text=TEXT + "\n", published=DAY, origin=path
    )


def test_file_with_other_extension_is_read_as_text(tmp_path):
    path = write(tmp_path / "story.md", TEXT)
    assert shown(read(path)) == [f"article {path}"]


def test_jsonl_line_gives_every_field(tmp_path):
    record = {
        "id": 42,
        "text": TEXT,
        "published": "2025-01-24",
        "url": "https://example.org/x",
        "source": "Reuters",
        "title": "Calls",
        "extra": {"ignored": True},
    }
    path = write(tmp_path / "a.jsonl", jsonl(record))
    [article] = read(path)
    assert article == Article(
        article_id="42",
        text=TEXT,
        published=DAY,
        url="https://example.org/x",
        source="Reuters",
        title="Calls",
        origin=f"{path}:1",
    )


def test_jsonl_without_id_hashes_text_and_without_date_uses_fallback(tmp_path):
    path = write(tmp_path / "a.ndjson", jsonl({"text": TEXT}))
    [article] = read(path, published=DAY)
    assert isinstance(article, Article)
    assert (article.article_id, article.published) == (sha256(TEXT), DAY)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "a", "id": 1,}', "not valid JSON (Expecting property name "),
        (
            '{"text": "a" "id": 1}',
            "not valid JSON (Expecting ',' delimiter at column 14)",
        ),
        ('["text"]', 'no "text" field: got a list, not an object {"text": ...}'),
        ('"just a string"', 'no "text" field: got a string, not an object'),
        ('{"title": "no body"}', 'no "text" field; each article needs {"text": "..."}'),
        ('{"text": 12}', 'no "text" field: "text" is a number, not a string'),
        ('{"text": null}', 'no "text" field; each article needs'),
        ('{"text": "   \\n "}', "empty: no text to code"),
    ],
)
def test_bad_jsonl_line_is_reported_with_its_line_and_the_rest_read(
    tmp_path, line, message
):
    path = write(
        tmp_path / "a.jsonl", f'{{"text": "one"}}\n{line}\n{{"text": "two"}}\n'
    )
    items = read(path)
    assert shown(items)[0::2] == [f"article {path}:1", f"article {path}:3"]
    assert isinstance(items[1], Problem)
    assert items[1].origin == f"{path}:2"
    assert items[1].message.startswith(message)


def test_blank_jsonl_lines_are_skipped_but_counted(tmp_path):
    path = write(tmp_path / "a.jsonl", '\n{"text": "one"}\n\n  \n{"text": "two"}\n')
    assert shown(read(path)) == [f"article {path}:2", f"article {path}:5"]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-01-24", DAY),
        ("2025-01-24T23:30:00Z", DAY),
        ("2025-01-24T23:30:00+05:00", DAY),
        ("2025-01-24 10:00", DAY),
        ("20250124", DAY),
        (20250124, DAY),
        (None, None),
        ("", None),
    ],
)
def test_published_formats_are_accepted(tmp_path, published, expected):
    path = write(tmp_path / "a.jsonl", jsonl({"text": TEXT, "published": published}))
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.published == expected


NEXT_YEAR = (dt.date.today() + dt.timedelta(days=400)).isoformat()


@pytest.mark.parametrize(
    ("published", "warning"),
    [
        ("2023-02-30", "warning: impossible date '2023-02-30'; using the publication"),
        ("not-a-date", "warning: impossible date 'not-a-date';"),
        ("24/01/2025", "warning: impossible date '24/01/2025';"),
        ("2025-13-01T10:00:00", "warning: impossible date '2025-13-01T10:00:00';"),
        (2025.5, "warning: impossible date 2025.5;"),
        ("1066-10-14", "warning: implausible date '1066-10-14' (before 1900);"),
        (NEXT_YEAR, f"warning: implausible date '{NEXT_YEAR}' (over a year ahead);"),
    ],
)
def test_bad_published_warns_and_codes_with_fallback_date(tmp_path, published, warning):
    path = write(tmp_path / "a.jsonl", jsonl({"text": TEXT, "published": published}))
    problem, article = read(path, published=DAY)
    assert isinstance(problem, Problem)
    assert problem.origin == f"{path}:1"
    assert problem.message.startswith(warning)
    assert problem.message.endswith("given by --published or none")
    assert isinstance(article, Article)
    assert article.published == DAY


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty: no text to code"),
        ("blank.txt", b"  \n\t\n", "empty: no text to code"),
        ("empty.jsonl", b"", "empty: no text to code"),
        ("blank.jsonl", b"\n\n", "empty: no text to code"),
        ("empty.json", b"", "empty: no text to code"),
        ("empty-list.json", b"[]", "empty: the list holds no articles"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("noise.txt", bytes(range(1, 9)) * 20 + b"abc", "binary file, not text"),
        ("image.jsonl", b"\x00\x01\x02\x03{}", "binary file, not text"),
        ("image.json", b"\x00\x01\x02\x03", "binary file, not text"),
        ("mixed.txt", b"caf\xc3\xa9 \x81", "not text: neither UTF-8 nor Latin-1"),
    ],
)
def test_bad_file_is_one_problem_naming_the_file(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    [problem] = read(path)
    assert isinstance(problem, Problem)
    assert problem.origin == path
    assert problem.message.startswith(message)


def test_latin1_text_file_is_read_with_a_warning(tmp_path):
    path = write(tmp_path / "latin.txt", "Caf\u00e9 \u20ac talks".encode("cp1252"))
    problem, article = read(path)
    assert str(problem) == f"{path}: warning: not UTF-8; read as Latin-1 (cp1252)"
    assert isinstance(article, Article)
    assert article.text == "Caf\u00e9 \u20ac talks"


def test_latin1_jsonl_line_warns_for_that_line_only(tmp_path):
    good = '{"text": "na\u00efve"}\n'.encode()
    latin = '{"text": "na\u00efve"}\n'.encode("latin-1")
    path = write(tmp_path / "a.jsonl", good + latin)
    assert shown(read(path)) == [
        f"article {path}:1",
        f"{path}:2: warning: not UTF-8; read as Latin-1 (cp1252)",
        f"article {path}:2",
    ]
    assert {a.text for a in articles(read(path))} == {"na\u00efve"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.txt", "\ufeff" + TEXT),
        ("bom.jsonl", "\ufeff" + jsonl({"text": TEXT})),
        ("bom.json", "\ufeff" + json.dumps({"text": TEXT})),
    ],
)
def test_utf8_bom_is_stripped(tmp_path, name, content):
    [article] = read(write(tmp_path / name, content))
    assert isinstance(article, Article)
    assert article.text == TEXT


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("long.txt", "x" * (MAX_CHARS + 1)),
        ("long.jsonl", jsonl({"text": "x" * (MAX_CHARS + 1)})),
    ],
)
def test_text_over_the_limit_is_skipped(tmp_path, name, content):
    [problem] = read(write(tmp_path / name, content))
    assert isinstance(problem, Problem)
    assert problem.message == "too long (1,000,001 characters; the limit is 1,000,000)"


def test_text_at_the_limit_is_read(tmp_path):
    [article] = read(write(tmp_path / "long.txt", "x" * MAX_CHARS))
    assert isinstance(article, Article)


def test_huge_text_file_is_skipped_without_reading_it(tmp_path):
    path = write(tmp_path / "huge.txt", b"x" * (4 * MAX_CHARS + 1))
    [problem] = read(path)
    assert str(problem) == (
        f"{path}: too long (4,000,001 bytes; the limit is 1,000,000 characters)"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "one", "id": "a"}', ["article {path}"]),
        (
            '[{"text": "one"}, {"text": "two"}]',
            ["article {path}:item 1", "article {path}:item 2"],
        ),
        (
            '[{"text": "one"}, {"body": "two"}]',
            [
                "article {path}:item 1",
                '{path}:item 2: no "text" field; each article needs {{"text": "..."}}',
            ],
        ),
        (
            '{"text": "one",\n "id": }',
            ["{path}:2: not valid JSON (Expecting value at column 8)"],
        ),
        (
            "42",
            ['{path}: no "text" field: got a number, not an object {{"text": ...}}'],
        ),
    ],
)
def test_json_file_holds_one_article_or_a_list(tmp_path, content, expected):
    path = write(tmp_path / "a.json", content)
    assert shown(read(path)) == [line.format(path=path) for line in expected]


HASH_FALLBACK = "using the hash of the text"


@pytest.mark.parametrize(
    ("value", "expected_id", "warnings"),
    [
        ("reuters-1", "reuters-1", []),
        (7, "7", []),
        (None, sha256(TEXT), []),
        (
            [1],
            sha256(TEXT),
            ['warning: "id" is a list, not a string or integer; ' + HASH_FALLBACK],
        ),
        (
            True,
            sha256(TEXT),
            ['warning: "id" is true/false, not a string or integer; ' + HASH_FALLBACK],
        ),
    ],
)
def test_given_id_becomes_the_article_id(tmp_path, value, expected_id, warnings):
    items = read(write(tmp_path / "a.jsonl", jsonl({"text": TEXT, "id": value})))
    assert [p.message for p in items if isinstance(p, Problem)] == warnings
    assert [a.article_id for a in articles(items)] == [expected_id]


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", "bee")
    write(root / "a.jsonl", jsonl({"text": "one"}, {"text": "two"}))
    write(root / "c" / "d.json", json.dumps({"text": "dee"}))
    write(root / "c" / "notes.md", "not an article file")
    write(root / "c" / "e.ndjson", jsonl({"text": "eee"}))
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "x.txt", "hidden")
    write(root / "empty.txt", "")
    assert shown(read(str(root))) == [
        f"article {root / 'a.jsonl'}:1",
        f"article {root / 'a.jsonl'}:2",
        f"article {root / 'b.txt'}",
        f"article {root / 'c' / 'd.json'}",
        f"article {root / 'c' / 'e.ndjson'}:1",
        f"{root / 'empty.txt'}: empty: no text to code",
    ]


def test_inputs_are_read_in_the_order_given(tmp_path):
    first = write(tmp_path / "z.txt", "zed")
    second = write(tmp_path / "a.txt", "ay")
    assert [a.text for a in articles(read(first, second))] == ["zed", "ay"]


def test_single_string_is_one_path(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    assert shown(list(read_articles(path))) == [f"article {path}"]


def test_missing_path_raises_before_anything_is_read(tmp_path):
    good = write(tmp_path / "a.txt", TEXT)
    missing = str(tmp_path / "nope.jsonl")
    with pytest.raises(SourceError, match="nope.jsonl: no such file or directory"):
        read_articles([good, missing])


def stdin_bytes(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'\n  {"text": "one"}\n{"text": "two"}\n',
            ["article <stdin>:2", "article <stdin>:3"],
        ),
        (
            b'{"text": "one"}\n{bad\n',
            ["article <stdin>:1", "<stdin>:2: not valid JSON"],
        ),
        (b"\xef\xbb\xbf" + b'{"text": "one"}\n', ["article <stdin>:1"]),
        (b"Putin called Xi.\n{not json}\n", ["article <stdin>"]),
        (b"", ["<stdin>: empty: no text to code"]),
        (b"\x00\x01binary", ["<stdin>: binary file, not text"]),
    ],
)
def test_stdin_is_jsonl_when_it_starts_with_a_brace_else_one_text(
    monkeypatch, data, expected
):
    stdin_bytes(monkeypatch, data)
    lines = shown(read("-"))
    assert len(lines) == len(expected)
    assert all(
        line.startswith(want) for line, want in zip(lines, expected, strict=True)
    )


def test_stdin_text_article_takes_the_published_fallback(monkeypatch):
    stdin_bytes(monkeypatch, TEXT.encode())
    [article] = read("-", published=DAY)
    assert article == Article(
        article_id=sha256(TEXT), text=TEXT, published=DAY, origin="<stdin>"
    )


def test_stdin_without_a_byte_buffer_is_read_too(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl({"text": "caf\u00e9"})))
    [article] = read("-")
    assert isinstance(article, Article)
    assert article.text == "caf\u00e9"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 punctuation once read as cp1252, or as Mac Roman
        ("Kenyaâ€™s envoy", "Kenya’s envoy"),
        ("Kenya‚Äôs envoy", "Kenya’s envoy"),
        ("‚Äúno deal‚Äù", "“no deal”"),
        ("SÃ£o Paulo", "São Paulo"),
        # text in its right encoding stays as it is
        ("São Paulo", "São Paulo"),
        ("Zürich and Málaga", "Zürich and Málaga"),
        ("a naïve résumé", "a naïve résumé"),
        ("“no deal”", "“no deal”"),
        ("küçük", "küçük"),
    ],
)
def test_mojibake_is_put_right_and_right_text_kept(text, expected):
    assert repair_mojibake(text) == expected
