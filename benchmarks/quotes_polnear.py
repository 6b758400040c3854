"""Quote attribution scored on the PolNeAR test split: speaker and content overlap.

Usage:
    python benchmarks/quotes_polnear.py [--data ../shared/data] [--errors]

PolNeAR (Newell, Margolin and Ruths, 2018) annotates every attribution of 84
political news articles: its source (the speaker), cue and content. An
attribution is direct when its content holds quotation marks, indirect
otherwise. eventwire codes each article; one of its quotes matches an
attribution when its words overlap the content and its speaker (as written or
resolved) shares a word with the source, or the attribution has no source.
Prints precision, recall and F1 for direct quotes, then for indirect ones.
Where several annotators annotated one article, the first file is used.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.models import Article, Quote
from eventwire.pipeline import Pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_QUOTE_MARKS = re.compile('["“”]')
_NOT_NAMES = frozenset("the a an of and mr mrs ms dr his her their its".split())


@dataclass(frozen=True)
class Attribution:
    content: tuple[tuple[int, int], ...]
    source: str  # the source's words; "" when the annotators marked none
    direct: bool


def attributions(path: Path, text: str) -> list[Attribution]:
    """The attributions of one brat standoff file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    found = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("T"):
            key, kind_offsets, _words = line.split("\t", 2)
            kind, offsets = kind_offsets.split(" ", 1)
            pieces = tuple(
                (int(a), int(b))
                for a, b in (part.split() for part in offsets.split(";"))
            )
            spans[key] = (kind, pieces)
    for line in lines:
        if not line.startswith("E"):
            continue
        roles = dict(part.split(":") for part in line.split("\t")[1].split())
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        content = spans[roles["Content"]][1]
        source = ""
        if roles.get("Source") in spans:
            source = " ".join(text[a:b] for a, b in spans[roles["Source"]][1])
        words = "".join(text[a:b] for a, b in content)
        found.append(Attribution(content, source, bool(_QUOTE_MARKS.search(words))))
    return found


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in _NOT_NAMES}


def matches(quote: Quote, gold: Attribution) -> bool:
    overlaps = any(quote.start < b and a < quote.end for a, b in gold.content)
    if not overlaps:
        return False
    if not gold.source:
        return True
    ours = _words(f"{quote.speaker_text} {quote.speaker_name}")
    return bool(ours & _words(gold.source))


def score(
    pairs: list[tuple[str, list[Quote], list[Attribution], str]],
    direct: bool,
    show_errors: bool,
) -> tuple[float, float, float, int, int]:
    ours_total = ours_right = gold_total = gold_found = 0
    for name, quotes, golds, text in pairs:
        ours = [q for q in quotes if q.direct == direct]
        gold = [g for g in golds if g.direct == direct]
        ours_total += len(ours)
        gold_total += len(gold)
        for quote in ours:
            if any(matches(quote, g) for g in golds):
                ours_right += 1
            elif show_errors:
                print(
                    f"  {name}: ours not in gold: {quote.speaker_text!r} "
                    f"({quote.speaker_name}) {quote.text[:70]!r}"
                )
        for g in gold:
            if any(matches(q, g) for q in ours):
                gold_found += 1
            elif show_errors:
                words = " ".join(text[a:b] for a, b in g.content)
                print(f"  {name}: missed: {g.source!r} {words[:70]!r}")
    precision = ours_right / max(ours_total, 1)
    recall = gold_found / max(gold_total, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1, ours_total, gold_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args()
    folder = args.data / "polnear" / "test"
    if not folder.is_dir():
        raise SystemExit(f"{folder}: not found; pass --data with the gold data")
    dates = {}
    with (args.data / "polnear" / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if re.fullmatch(r"\d{4}-\d\d-\d\d", row["publication_date"] or ""):
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
    articles, golds = [], []
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        annotated = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not annotated:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(Article(name, text, dates.get(name)))
        golds.append(attributions(annotated[0], text))
    pipeline = Pipeline()
    pairs = [
        (article.article_id, list(result.quotes), gold, article.text)
        for article, result, gold in zip(
            articles, pipeline.code_many(articles), golds, strict=True
        )
    ]
    for label, direct in (("direct", True), ("indirect", False)):
        p, r, f1, ours, gold = score(pairs, direct, args.errors)
        print(
            f"{label} quotes: precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f} "
            f"({ours} found, {gold} in gold; {len(articles)} articles)"
        )


if __name__ == "__main__":
    main()
