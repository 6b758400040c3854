"""Shared fixtures: the model and dictionaries load once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.models import Article
from eventwire.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = SHARED / "data"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def resources(pipeline: Pipeline):
    return pipeline.resources


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test when the reference data beside the checkout is absent."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")


def coded(pipeline: Pipeline, text: str, on: dt.date) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of each event coded in a text of day ``on``."""
    events = pipeline.code(Article("t", text, on)).events
    return {(e.source_code, e.target_code, e.cameo) for e in events}


def suite_coder(
    pipeline: Pipeline,
    folder: Path,
    verbs: str = "mine.verbs.txt",
    ontology: str | None = None,
) -> Pipeline:
    """A coder that knows only the PETRARCH dictionaries written in ``folder``
    (``mine.actors.txt``, ``mine.agents.txt``, ``verbs`` and an optional
    ontology file), sharing the session's parser."""
    from eventwire.petrarch.suite import suite_resources

    resources = suite_resources(
        folder / "mine.actors.txt",
        folder / "mine.agents.txt",
        folder / verbs,
        folder / ontology if ontology else None,
    )
    coder = Pipeline(resources=resources)
    coder.nlp = pipeline.nlp
    return coder


def cameo_codes(pipeline: Pipeline, text: str, on: dt.date) -> set[str]:
    """The CAMEO code of each event coded in a text of day ``on``."""
    return {code for _, _, code in coded(pipeline, text, on)}
