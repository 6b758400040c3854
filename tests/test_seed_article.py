"""The article eventwire started from, coded end to end through the CLI.

The text is read from the reference folder beside the checkout and the test
skips when it is absent.
"""

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main

from .conftest import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").exists() else []

pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def document(pipeline):
    result = CliRunner().invoke(
        main, ["code", str(SEEDS[0]), "--published", "2025-01-23", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    return json.loads(line)


def _has(document, source, target, root, date=None):
    for event in document["events"]:
        if (
            event["source_code"] == source
            and event["target_code"] == target
            and event["cameo"].startswith(root)
            and (date is None or event["date"] == date)
        ):
            return True
    return False


@pytest.mark.parametrize(
    ("source", "target", "root", "date"),
    [
        ("USAGOV", "RUSGOV", "02", None),  # pressure on Putin / urge Putin
        ("USAGOV", "RUSGOV", "13", None),  # "or face further sanctions"
        ("USAGOV", "CHNGOV", "04", "2025-01-17"),  # discussed ... phone call on Friday
        ("CHNGOV", "RUSGOV", "04", None),  # Xi and Putin held a call
        ("RUSGOV", "USAGOV", "05", "2025-01-20"),  # complimented the U.S. leader
        ("RUSGOV", "USAGOV", "03", None),  # open to talks with him
        ("USAGOV", "CHNGOV", "03", None),  # seeking to partner with China
    ],
)
def test_seed_article_has_event(document, source, target, root, date):
    assert _has(document, source, target, root, date)


def test_seed_threat_is_sanctions(document):
    assert any(e["cameo"] == "1312" for e in document["events"])


def test_seed_phone_call_is_041(document):
    assert _has(document, "USAGOV", "CHNGOV", "041", "2025-01-17")


def test_seed_events_relate_only_related_actors(document):
    pairs = {(e["source_country"], e["target_country"]) for e in document["events"]}
    allowed = {"USA", "RUS", "CHN", "UKR", ""}
    assert all(s in allowed and t in allowed for s, t in pairs)
    # Zelenskyy and Trump are named in one sentence but nothing passes between them.
    assert ("USA", "UKR") not in pairs and ("UKR", "USA") not in pairs


@pytest.mark.parametrize(
    ("speaker", "words"),
    [
        ("Donald Trump", "Hopefully China can help us stop the war"),
        ("Donald Trump", "They have a great deal of power"),
        ("Donald Trump", "Ukraine is ready to make a deal"),
        ("Volodymyr Zelenskyy", "can push Putin for peace"),
        ("Volodymyr Zelenskyy", "I think there"),
    ],
)
def test_seed_quote_has_speaker(document, speaker, words):
    quotes = [q for q in document["quotes"] if words in q["text"]]
    assert quotes, words
    assert quotes[0]["speaker_name"] == speaker


def test_seed_article_id_and_published_are_echoed(document):
    assert document["article"]["published"] == "2025-01-23"
    assert len(document["article"]["id"]) == 64
