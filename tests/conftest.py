"""Shared fixtures: the model and dictionaries load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

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
