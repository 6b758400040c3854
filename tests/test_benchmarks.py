"""The scorers of benchmarks/ read the public gold data as its formats say.

They run only where ../shared/data is present; the scores themselves are
printed by the scripts, not asserted here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from .conftest import DATA, needs_shared

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@needs_shared(DATA / "tempeval3")
def test_tempeval_documents_give_text_dates_and_their_spans():
    dates = _script("dates_tempeval")
    folder = DATA / "tempeval3" / "te3-platinum-normalized"
    documents = list(dates.tempeval_documents(folder))
    assert len(documents) == 20
    assert sum(len(d.dates) for d in documents) == 96
    for document in documents:
        for gold in document.dates:
            words = document.text[gold.start : gold.end]
            assert words.strip() and "<" not in words


@needs_shared(DATA / "meantime")
def test_meantime_documents_join_tokens_and_keep_date_spans():
    dates = _script("dates_tempeval")
    folder = DATA / "meantime" / "intra_cross-doc_annotation"
    documents = list(dates.meantime_documents(folder))
    assert len(documents) >= 110
    first = documents[0]
    assert first.dates and all(first.text[d.start : d.end] for d in first.dates)


@needs_shared(DATA / "event_location")
def test_event_location_records_are_the_adjudicated_ones():
    places = _script("places_event_location")
    records = list(places.records(DATA / "event_location" / "labeled_text.jsonl.zip"))
    assert len(records) == 494
    with_place = [r for r in records if r.places]
    assert len(with_place) == 336
    record = with_place[0]
    assert record.text[record.verb[0] : record.verb[1]].isalpha()


@needs_shared(DATA / "polnear")
def test_polnear_attributions_have_content_and_direct_ones_have_marks():
    quotes = _script("quotes_polnear")
    folder = DATA / "polnear" / "test"
    path = sorted((folder / "attributions").glob("*.ann"))[0]
    name = path.stem.rsplit("_", 1)[0]
    text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
    found = quotes.attributions(path, text)
    assert found and all(a.content for a in found)
    for attribution in found:
        words = "".join(text[a:b] for a, b in attribution.content)
        assert attribution.direct == any(m in words for m in '"“”')
