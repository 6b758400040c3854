"""How sure the coder is of an event: a calibrated 0..1 score.

An event's confidence is a logistic regression over a few facts of how it was
found: the kind of rule that fired (a plain verb, a verb with its noun, with
context words, or a wrapper's fallback), how its source and target resolved
(a dictionary name, an agent or title with its country, a country read from
an adjective, a back-reference such as a pronoun or "the two"), its modality,
the sentence's length and how far the actors stand from the trigger. The
coefficients are in ``data/confidence/model.yml``, fitted offline on gold data
by ``benchmarks/calibration.py --fit`` (its header says on what); the model is
read once with the other resources, and scoring needs no numerical library.

Notes:
    The fit is L2-penalised logistic regression by Newton's method (iteratively
    reweighted least squares; Hastie, Tibshirani and Friedman, "The Elements of
    Statistical Learning", 2nd ed., section 4.4.1).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import DictionaryError
from .mentions import COUNTERPART
from .models import Mention

if TYPE_CHECKING:
    from .coding.rules import Coding

__all__ = ["ConfidenceModel", "event_features", "resolution_kind"]

# How far (in tokens) an actor may stand from its trigger before the distance
# stops counting, and the sentence length that counts as one unit.
_DISTANCE_UNIT = 10.0
_LENGTH_UNIT = 40.0
_CAP = 2.0

FEATURES = (
    "rule_noun",
    "rule_context",
    "rule_fallback",
    "intended",
    "threatened",
    "source_agent",
    "source_derived",
    "source_reference",
    "target_none",
    "target_agent",
    "target_derived",
    "target_reference",
    "nested_clause",
    "sentence_length",
    "actor_distance",
)
"""The names of the features, in the order of the model file."""

# The coarse groups the model weighs, for each way a mention resolves.
_GROUPS = {
    "country": "name",
    "name": "name",
    "title": "agent",
    "agent": "agent",
    "counterpart": "agent",
    "derived": "derived",
    "pronoun": "reference",
    "pair": "reference",
    "reference": "reference",
    "speaker": "reference",
}


def resolution_kind(entry: str) -> str:
    """How a mention was resolved, read from its actor's ``entry``.

    One of: ``country`` (a country's name), ``name`` (another dictionary
    entry: a person, organisation, group, metonym), ``title`` and ``agent`` (a
    title or agent noun with its country), ``counterpart`` ("his Indian
    counterpart"), ``derived`` (a country read from a word: "Turkish
    positions", "Palestinians", a city), ``pronoun``, ``pair`` ("the two"),
    ``speaker`` ("we" in a quote) and ``reference`` ("the president", "the
    ministry" naming one named before).
    """
    if entry.startswith("pronoun ->"):
        return "pronoun"
    if entry.startswith("the two ->"):
        return "pair"
    if entry.startswith("speaker of the quote"):
        return "speaker"
    if " -> " in entry:
        return "reference"
    if entry == COUNTERPART or entry.startswith("counterpart"):
        return "counterpart"
    if entry.startswith("agent "):
        return "agent"
    if entry.startswith("title '"):
        return "title"
    if entry.startswith(("of ", "people of ", "the city ")) or " living in " in entry:
        return "derived"
    if entry.startswith("country "):
        return "country"
    return "name"


def event_features(coding: Coding) -> dict[str, float]:
    """The facts the confidence model weighs, for one coded event."""
    rule = coding.rule
    features = dict.fromkeys(FEATURES, 0.0)
    features["rule_fallback"] = float(rule.fallback)
    features["rule_noun"] = float(bool(rule.nouns) and not rule.fallback)
    features["rule_context"] = float(bool(rule.context) and not rule.fallback)
    if coding.modality in ("intended", "threatened"):
        features[coding.modality] = 1.0
    for side, mention in (("source", coding.source), ("target", coding.target)):
        if mention is None:
            features["target_none"] = 1.0
            continue
        group = _GROUPS[resolution_kind(mention.actor.entry)]
        if group != "name":
            features[f"{side}_{group}"] = 1.0
    verb = coding.verb
    features["nested_clause"] = float(verb.dep_ != "ROOT")
    features["sentence_length"] = min(len(verb.sent) / _LENGTH_UNIT, _CAP)
    distances = [
        _distance(coding, m) for m in (coding.source, coding.target) if m is not None
    ]
    features["actor_distance"] = min(max(distances) / _DISTANCE_UNIT, _CAP)
    return features


def _distance(coding: Coding, mention: Mention) -> int:
    """Tokens between the trigger's verb and the nearest word of a mention."""
    doc = coding.verb.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    verb = coding.verb.i
    if span.start <= verb < span.end:
        return 0
    return min(abs(span.start - verb), abs(span.end - 1 - verb))


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression coefficients: a weight per feature and an intercept."""

    intercept: float
    weights: dict[str, float]
    origin: str = ""

    @classmethod
    def from_path(cls, path: Path | None = None) -> ConfidenceModel:
        """The model in ``path``, by default the built-in one.

        Raises:
            DictionaryError: the file is unreadable or names unknown features.
        """
        if path is None:
            path = Path(str(resources.files("eventwire") / "data" / "confidence"))
            path = path / "model.yml"
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise DictionaryError(f"{path}: cannot read the model ({exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
            raise DictionaryError(f"{path}: expected 'intercept' and 'weights'")
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise DictionaryError(
                f"{path}: unknown feature(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(FEATURES)}"
            )
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(float(data.get("intercept", 0.0)), weights, str(path))

    def probability(self, features: dict[str, float]) -> float:
        """The modelled chance that an event with these features is right."""
        z = self.intercept + sum(
            w * features.get(name, 0.0) for name, w in self.weights.items()
        )
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, coding: Coding) -> float:
        """An event's confidence, to three decimals."""
        return round(self.probability(event_features(coding)), 3)

    def to_yaml(self, header: str) -> str:
        """The model as the text of a model file, ``header`` as its comment."""
        lines = [f"# {line}".rstrip() for line in header.splitlines()]
        lines.append(f"intercept: {self.intercept:.4f}")
        lines.append("weights:")
        lines += [f"  {name}: {self.weights.get(name, 0.0):.4f}" for name in FEATURES]
        return "\n".join(lines) + "\n"


def fit_model(
    rows: Sequence[dict[str, float]],
    labels: Sequence[bool],
    penalty: float = 1.0,
    steps: int = 50,
) -> ConfidenceModel:
    """Logistic regression of ``labels`` on ``rows`` with an L2 ``penalty`` on
    the weights (not the intercept), by Newton's method."""
    names = list(FEATURES)
    data = [[1.0, *(row.get(n, 0.0) for n in names)] for row in rows]
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(steps):
        gradient = [-penalty * b if k else 0.0 for k, b in enumerate(beta)]
        hessian = [
            [(penalty if i == j and i else 0.0) for j in range(size)]
            for i in range(size)
        ]
        for x, y in zip(data, labels, strict=True):
            p = 1.0 / (
                1.0 + math.exp(-sum(b * v for b, v in zip(beta, x, strict=True)))
            )
            for i in range(size):
                gradient[i] += (float(y) - p) * x[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return ConfidenceModel(beta[0], dict(zip(names, beta[1:], strict=True)))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector, by Gaussian elimination with pivoting."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        if abs(rows[col][col]) < 1e-12:
            continue  # a feature that never occurs: its weight stays put
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, size + 1):
                rows[r][c] -= factor * rows[col][c]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        if abs(rows[r][r]) < 1e-12:
            continue
        known = sum(rows[r][c] * solution[c] for c in range(r + 1, size))
        solution[r] = (rows[r][size] - known) / rows[r][r]
    return solution
