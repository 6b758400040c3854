"""Reliability tables and calibration error: bins, shares and the gap."""

import json

import pytest

from eventwire.calibration import (
    expected_calibration_error,
    format_table,
    reliability_table,
)
from eventwire.evaluate import judge_events


@pytest.mark.parametrize(
    ("scored", "expected"),
    [
        ([], 0.0),
        ([(0.95, True), (0.95, True)], 0.05),  # sure and right: off by 0.05
        ([(0.9, False)], 0.9),  # sure and wrong
        ([(0.25, True), (0.25, False), (0.25, False), (0.25, False)], 0.0),
        ([(0.15, False), (0.85, True)], 0.15),  # two bins, each off by 0.15
    ],
)
def test_calibration_error_is_the_weighted_gap_per_bin(scored, expected):
    assert expected_calibration_error(scored) == pytest.approx(expected)


def test_reliability_table_puts_each_score_in_its_bin():
    table = reliability_table([(0.0, False), (0.31, True), (0.39, False), (1.0, True)])
    counts = {(round(b.low, 1), round(b.high, 1)): b.count for b in table if b.count}
    assert counts == {(0.0, 0.1): 1, (0.3, 0.4): 2, (0.9, 1.0): 1}
    third = table[3]
    assert third.mean_confidence == pytest.approx(0.35)
    assert third.share_correct == pytest.approx(0.5)


def test_formatted_table_lists_only_filled_bins_and_the_error():
    lines = format_table([(0.72, True), (0.78, False)], "== test")
    assert lines[0] == "== test"
    assert lines[2].startswith("0.7-0.8") and "0.750" in lines[2]
    assert lines[-1] == "events: 2, correct: 1, expected calibration error: 0.250"


def test_every_event_of_a_gold_sentence_is_judged(pipeline, tmp_path):
    (tmp_path / "cameo").mkdir()
    (tmp_path / "cameo" / "icews-cameo-codes.csv").write_text(
        '"code","example"\n'
        '"042","Norway praised Chile on Tuesday."\n'  # a visit: wrong
        '"111","Peru condemned Ecuador."\n',
        encoding="utf-8",
    )
    (tmp_path / "plover").mkdir()
    record = {
        "id": "x",
        "event": "ACCUSE",
        "text": "Kenya criticised Uganda.",
        "source": [{"actorText": "Kenya", "code": "KEN"}],
        "target": [{"actorText": "Uganda", "code": "TZA"}],  # wrong on purpose
    }
    (tmp_path / "plover" / "PLOVER_GSR_CAMEO.txt").write_text(
        json.dumps([record]), encoding="utf-8"
    )
    judged = judge_events(tmp_path, pipeline)
    verdicts = [(j.gold, j.case, j.event.cameo[:2], j.correct) for j in judged]
    assert verdicts == [
        ("cameo", 0, "05", False),
        ("cameo", 1, "11", True),
        ("plover", 0, "11", False),
    ]
