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


def cameo_codes(pipeline: Pipeline, text: str, on: dt.date) -> set[str]:
    """The CAMEO code of each event coded in a text of day ``on``."""
    return {code for _, _, code in coded(pipeline, text, on)}
