"""Date resolution scored on TempEval-3 and MEANTIME: TimeML DATE values.

Usage:
    python benchmarks/dates_tempeval.py [--data ../shared/data] [--errors]

For every time expression of type DATE in the gold documents (the document
creation time itself excepted), the date eventwire finds over the same words is
compared with the gold TimeML value, the document creation time standing for
the publication date. An expression found nowhere counts as wrong. Prints the
accuracy on each corpus; ``--errors`` lists the misses.

TempEval-3 platinum test (UzZaman et al., 2013): 20 news documents in TimeML.
MEANTIME (Minard et al., 2016): 120 Wikinews articles, English section; the
tokens are joined with spaces and each gold sentence is its own paragraph.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire import nlp
from eventwire.dates import dates_by_sentence

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class GoldDate:
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    created: dt.date
    dates: tuple[GoldDate, ...]


def tempeval_documents(folder: Path) -> Iterator[GoldDocument]:
    """The TempEval-3 platinum documents: plain text and DATE spans."""
    for path in sorted(folder.glob("*.tml")):
        root = ET.parse(path).getroot()
        created = next(
            t.get("value", "")
            for t in root.iter("TIMEX3")
            if t.get("functionInDocument") == "CREATION_TIME"
        )
        body = root.find("TEXT")
        if body is None:
            continue
        parts: list[str] = []
        dates: list[GoldDate] = []
        _walk(body, parts, dates)
        yield GoldDocument(
            path.stem, "".join(parts), dt.date.fromisoformat(created[:10]), tuple(dates)
        )


def _walk(element: ET.Element, parts: list[str], dates: list[GoldDate]) -> None:
    """Collect an element's text into parts, and the spans of its DATE timexes."""
    parts.append(element.text or "")
    for child in element:
        start = sum(map(len, parts))
        _walk(child, parts, dates)
        if child.tag == "TIMEX3" and child.get("type") == "DATE":
            end = sum(map(len, parts))
            dates.append(GoldDate(start, end, child.get("value", "")))
        parts.append(child.tail or "")


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$")


def meantime_documents(folder: Path) -> Iterator[GoldDocument]:
    """The MEANTIME English articles: tokens joined, DATE spans by token."""
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        text = ""
        offsets: dict[str, tuple[int, int]] = {}
        sentence = None
        for token in root.iter("token"):
            word = token.text or ""
            if sentence is not None and token.get("sentence") != sentence:
                text += "\n\n"
            elif text and not _NO_SPACE_BEFORE.match(word) and not text.endswith("("):
                text += " "
            sentence = token.get("sentence")
            offsets[token.get("t_id", "")] = (len(text), len(text) + len(word))
            text += word
        created = ""
        dates: list[GoldDate] = []
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                created = timex.get("value", "")
                continue
            anchors = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor")]
            if timex.get("type") == "DATE" and anchors:
                start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
                dates.append(GoldDate(start, end, timex.get("value", "")))
        if re.fullmatch(r"\d{4}-\d\d-\d\d", created[:10]):
            yield GoldDocument(
                path.stem, text, dt.date.fromisoformat(created[:10]), tuple(dates)
            )
        else:  # one article's creation time is written day first: skip it
            print(f"  {path.stem}: creation time {created!r} is not ISO; skipped")


def score(documents: list[GoldDocument], show_errors: bool) -> tuple[int, int, int]:
    """(correct, found, total) over the documents' DATE expressions."""
    model = nlp.load_model()
    correct = found = total = 0
    for doc, gold in zip(model.pipe(d.text for d in documents), documents, strict=True):
        ours = [ref for refs in dates_by_sentence(doc, gold.created) for ref in refs]
        for date in gold.dates:
            total += 1
            overlapping = [r for r in ours if r.start < date.end and date.start < r.end]
            best = max(
                overlapping,
                key=lambda r: min(r.end, date.end) - max(r.start, date.start),
                default=None,
            )
            if best is not None:
                found += 1
            if best is not None and best.value == date.value:
                correct += 1
            elif show_errors:
                words = gold.text[date.start : date.end]
                got = f"{best.value} ({best.text!r})" if best else "nothing"
                print(f"  {gold.name}: {words!r} gold {date.value}, got {got}")
    return correct, found, total


def report(name: str, documents: list[GoldDocument], show_errors: bool) -> None:
    correct, found, total = score(documents, show_errors)
    print(
        f"{name}: DATE value accuracy {correct / total:.3f} ({correct}/{total}); "
        f"expressions found {found / total:.3f} ({found}/{total}); "
        f"{len(documents)} documents"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args()
    tempeval = args.data / "tempeval3" / "te3-platinum-normalized"
    meantime = args.data / "meantime" / "intra_cross-doc_annotation"
    for folder in (tempeval, meantime):
        if not folder.is_dir():
            raise SystemExit(f"{folder}: not found; pass --data with the gold data")
    report("TempEval-3", list(tempeval_documents(tempeval)), args.errors)
    report("MEANTIME", list(meantime_documents(meantime)), args.errors)


if __name__ == "__main__":
    main()
