"""Small articles written for the tests: several events each, dated, in JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

PAIRS = (
    ("France", "Germany"),
    ("Japan", "Australia"),
    ("Egypt", "Qatar"),
    ("Kenya", "Uganda"),
    ("Brazil", "Argentina"),
    ("India", "Nepal"),
    ("Canada", "Mexico"),
    ("Poland", "Lithuania"),
)
VERBS = ("praised", "condemned", "held talks with", "criticised", "thanked")
DAYS = ("Monday", "Tuesday", "Wednesday")


def article(number: int) -> dict[str, str]:
    """Article ``number``: three sentences, three events, its own id and date."""
    sentences = []
    for k, day in enumerate(DAYS):
        first, second = PAIRS[(number + k) % len(PAIRS)]
        verb = VERBS[(number + 2 * k) % len(VERBS)]
        sentences.append(f"{first} {verb} {second} on {day}.")
    return {
        "id": f"t{number:03}",
        "text": " ".join(sentences),
        "published": f"2025-03-{number % 27 + 1:02}",
        "url": f"https://news.example.org/story/{number}",
        "source": ("Example Wire", "Daily Example", "Example Times")[number % 3],
    }


def write_corpus(path: Path, count: int, bad_lines: bool = False) -> Path:
    """A JSON Lines file of ``count`` articles (and two bad lines if asked)."""
    lines = [json.dumps(article(number)) for number in range(count)]
    if bad_lines:
        lines.insert(count // 2, "{not json")
        lines.insert(count // 3, json.dumps({"id": "no-text"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
