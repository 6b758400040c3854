"""How well eventwire groups reports of one event: scored on MEANTIME.

Usage:
    python benchmarks/meantime_grouping.py [--data ../shared/data]

NewsReader MEANTIME (``meantime/intra_cross-doc_annotation``, 120 English
Wikinews articles in four topic corpora) marks every event mention and which
mentions, within and across articles, refer to the same event instance. The
script rebuilds each article's text from its tokens, ingests all 120 into a fresh
database (coding, then grouping), aligns each coded event to the gold event
mention whose tokens overlap its trigger, and scores the grouping on pairs of
aligned mentions: a pair is gold-coreferent when both mentions refer to one gold
instance, and predicted-coreferent when eventwire put both in one event group.
It prints pairwise precision, recall and F1, over pairs across articles (what
grouping is for) and over all pairs.

Only mentions eventwire codes take part: MEANTIME annotates every predicate
("said", "rose", "unveiled") in business news, eventwire only political events
between actors it knows, so few are reached. The script therefore also scores the
grouping rule itself on the gold mentions: each becomes an
:class:`eventwire.dedup.EventKey` made of the gold annotation (its Arg0 and Arg1
participants' entity instances for source and target, its predicate lemma for the
code, the date of a time expression that includes it, else the article's date),
and :func:`eventwire.dedup.group_events` groups them, with the articles' MinHash
near-duplicate clusters, exactly as the store groups coded events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from eventwire import dedup
from eventwire.ingest import ingest
from eventwire.store import Store


@dataclass
class Document:
    doc_id: str
    text: str
    published: str
    spans: dict[str, tuple[int, int]]  # token id -> character span
    mentions: dict[str, tuple[str, list[str]]]  # mention id -> (instance, token ids)
    keys: list[tuple[dedup.EventKey, str]]  # gold mentions as keys, with instance


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        number = int(token.get("sentence", "0"))
        sentences.setdefault(number, []).append(
            (token.get("t_id", ""), token.text or "")
        )
    text, spans = "", {}
    for number in sorted(sentences):
        if text:
            # Title and dateline are paragraphs of their own, as in Wikinews.
            text += "\n\n" if number <= 2 else " "
        for index, (t_id, word) in enumerate(sentences[number]):
            if index:
                text += " "
            spans[t_id] = (len(text), len(text) + len(word))
            text += word
    published = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = _iso(timex.get("value", ""))
    instances = {
        event.get("m_id", ""): event.get("instance_id", "")
        for event in root.iter("EVENT")
        if event.get("instance_id")
    }
    refers: dict[str, str] = {}
    for link in root.iter("REFERS_TO"):
        targets = [t.get("m_id", "") for t in link.iter("target")]
        if targets and targets[0] in instances:
            for source in link.iter("source"):
                refers[source.get("m_id", "")] = instances[targets[0]]
    mentions = {}
    for mention in root.iter("EVENT_MENTION"):
        m_id = mention.get("m_id", "")
        tokens = [a.get("t_id", "") for a in mention.iter("token_anchor")]
        if m_id in refers and tokens:
            mentions[m_id] = (refers[m_id], tokens)
    doc_id = root.get("doc_id", path.stem)
    return Document(
        doc_id, text, published, spans, mentions, _gold_keys(root, doc_id, refers)
    )


def _gold_keys(
    root: ET.Element, doc_id: str, refers: dict[str, str]
) -> list[tuple[dedup.EventKey, str]]:
    """Each gold event mention as the key eventwire groups by, from the gold
    annotation, with the gold instance it refers to."""
    entities = {
        e.get("m_id", ""): e.get("instance_id", "")
        for e in root.iter("ENTITY")
        if e.get("instance_id")
    }
    entity_of: dict[str, str] = {}
    for link in root.iter("REFERS_TO"):
        targets = [t.get("m_id", "") for t in link.iter("target")]
        if targets and targets[0] in entities:
            for source in link.iter("source"):
                entity_of[source.get("m_id", "")] = entities[targets[0]]
    roles: dict[tuple[str, str], str] = {}
    for link in root.iter("HAS_PARTICIPANT"):
        event = next(link.iter("source")).get("m_id", "")
        entity = next(link.iter("target")).get("m_id", "")
        roles.setdefault((event, link.get("sem_role", "")), entity_of.get(entity, ""))
    created = ""
    days = {}
    for timex in root.iter("TIMEX3"):
        value = timex.get("value", "")
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = _iso(value)
        if timex.get("type") == "DATE" and len(value) >= 10 and value[:4].isdigit():
            days[timex.get("m_id", "")] = value[:10]
    dated: dict[str, str] = {}
    for link in root.iter("TLINK"):
        if link.get("reltype") not in ("INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"):
            continue
        ends = [next(link.iter(side)).get("m_id", "") for side in ("source", "target")]
        for one, other in (ends, ends[::-1]):
            if other in days:
                dated.setdefault(one, days[other])
    words = {t.get("t_id", ""): (t.text or "").lower() for t in root.iter("token")}
    keys = []
    for mention in root.iter("EVENT_MENTION"):
        m_id = mention.get("m_id", "")
        if m_id not in refers:
            continue
        anchors = [a.get("t_id", "") for a in mention.iter("token_anchor")]
        predicate = mention.get("pred") or " ".join(words.get(t, "") for t in anchors)
        key = dedup.EventKey(
            event_id=f"{doc_id}/{m_id}",
            article_id=doc_id,
            source_code=roles.get((m_id, "Arg0"), ""),
            target_code=roles.get((m_id, "Arg1"), ""),
            cameo=predicate.lower(),
            modality="actual",
            date=dated.get(m_id, created),
        )
        keys.append((key, refers[m_id]))
    return keys


def _iso(value: str) -> str:
    """A YYYY-MM-DD date from a TIMEX3 value; "" if it names no day."""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


def score(
    pairs_gold: set[tuple[str, str]], pairs_predicted: set[tuple[str, str]]
) -> tuple[float, float, float]:
    hits = len(pairs_gold & pairs_predicted)
    precision = hits / len(pairs_predicted) if pairs_predicted else 0.0
    recall = hits / len(pairs_gold) if pairs_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(Path(__file__).parents[2] / "shared" / "data")
    )
    args = parser.parse_args()
    folder = Path(args.data) / "meantime" / "intra_cross-doc_annotation"
    if not folder.exists():
        raise SystemExit(f"{folder}: not found; pass --data with the reference data")
    documents = {
        d.doc_id: d for d in map(read_document, sorted(folder.glob("*/*.xml")))
    }
    gold_mentions = sum(len(d.mentions) for d in documents.values())
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "meantime.jsonl"
        corpus.write_text(
            "".join(
                json.dumps({"id": d.doc_id, "text": d.text, "published": d.published})
                + "\n"
                for d in documents.values()
            ),
            encoding="utf-8",
        )
        db = Path(work) / "meantime.duckdb"
        report = ingest([str(corpus)], db)
        with Store(db, read_only=True) as store:
            _, rows = store.query(
                "SELECT event_id, article_id, group_id, trigger_start, trigger_end"
                " FROM mentions"
            )
    aligned = []  # (event id, article, predicted group, gold instance)
    for event_id, article_id, group_id, start, end in rows:
        document = documents[article_id]
        for instance, tokens in document.mentions.values():
            if any(
                document.spans[t][0] < end and start < document.spans[t][1]
                for t in tokens
                if t in document.spans
            ):
                aligned.append((event_id, article_id, group_id, instance))
                break
    reached = len({(a[1], a[3]) for a in aligned})
    print(f"documents:                {len(documents)}")
    print(f"gold event mentions:      {gold_mentions} (with a cross-document instance)")
    print(f"events coded:             {report.counts['events']}")
    print(
        f"coded events aligned:     {len(aligned)} (reaching {reached} gold instances)"
    )
    print_scores("coded events", aligned)
    prints = [
        dedup.Fingerprint(
            d.doc_id,
            dt.date.fromisoformat(d.published) if d.published else None,
            dedup.fingerprint(d.text),
        )
        for d in documents.values()
    ]
    clusters = dedup.cluster_articles(prints)
    keys = [key for d in documents.values() for key in d.keys]
    groups = dedup.group_events((key for key, _ in keys), clusters)
    print(f"gold mentions as keys:    {len(keys)} in {len(documents)} articles")
    sizes = Counter(clusters.values())
    clustered = sum(1 for cluster in clusters.values() if sizes[cluster] > 1)
    print(f"near-duplicate articles:  {clustered}")
    gold_keyed = [
        (key.event_id, key.article_id, groups[key.event_id], instance)
        for key, instance in keys
    ]
    print_scores("grouping rule", gold_keyed)


def print_scores(title: str, items: list[tuple[str, str, str, str]]) -> None:
    """Pairwise scores of (id, article, predicted group, gold instance) items."""
    for name, across in (("across articles", True), ("all pairs", False)):
        gold, predicted = set(), set()
        for first, second in combinations(items, 2):
            if across and first[1] == second[1]:
                continue
            pair = (first[0], second[0])
            if first[3] == second[3]:
                gold.add(pair)
            if first[2] == second[2]:
                predicted.add(pair)
        precision, recall, f1 = score(gold, predicted)
        print(
            f"{title}, {name}: precision {precision:.3f}, recall {recall:.3f}, "
            f"F1 {f1:.3f} (gold pairs {len(gold)}, predicted {len(predicted)})"
        )


if __name__ == "__main__":
    main()
