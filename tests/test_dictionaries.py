"""Users' own actor dictionaries: the YAML format, precedence and conflicts."""

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.actors import ActorDictionary
from eventwire.cli import main
from eventwire.dictionaries import read_actor_file
from eventwire.errors import DictionaryError
from eventwire.pipeline import Pipeline, Resources

D = dt.date

USER_YAML = """\
actors:
  - name: Aino Virtanen
    aliases: [Virtanen]
    office: Foreign Minister
    codes:
      - {code: FINGOV, valid_from: 2023-06-20, valid_to: 2025-03-31}
      - {code: IGOEUREEC, valid_from: 2025-06-01}
  - name: Northern Shield Brigade
    aliases: [NSB]
    country: FIN
    role: UAF
  - name: Vladimir Putin
    person: true
    code: RUSELI
agents:
  - {phrase: border guard, role: COP, kind: group}
  - {phrase: harbour master, role: GOV, kind: office}
"""


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yml"
    path.write_text(USER_YAML, encoding="utf-8")
    return path


@pytest.fixture
def book(user_file: Path) -> ActorDictionary:
    actors = ActorDictionary.from_path()
    actors.add_entries(*read_actor_file(user_file))
    return actors


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Aino Virtanen", D(2022, 1, 1), "FIN"),  # before the first code
        ("Aino Virtanen", D(2024, 1, 1), "FINGOV"),
        ("Virtanen", D(2025, 3, 31), "FINGOV"),  # valid_to is the last day
        ("Virtanen", D(2025, 4, 1), "FINELI"),  # between codes: former
        ("Aino Virtanen", D(2026, 1, 1), "IGOEUREEC"),
        ("Northern Shield Brigade", D(2024, 1, 1), "FINUAF"),
        ("NSB", D(1990, 1, 1), "FINUAF"),  # undated: every date
        ("Vladimir Putin", D(2025, 1, 23), "RUSELI"),  # the user's entry wins
        ("Sergei Lavrov", D(2024, 1, 1), "RUSGOV"),  # built-in entries remain
    ],
)
def test_user_entries_code_names_by_date(book, name, on, code):
    actor = book.lookup_name(name, on)
    assert actor is not None and actor.code == code


def test_user_person_is_found_by_office(book):
    actor = book.office_holder("FIN", "Foreign Minister", D(2024, 1, 1))
    assert actor is not None and actor.name == "Aino Virtanen"


@pytest.mark.parametrize(
    ("phrase", "role", "kind"),
    [("border guard", "COP", "group"), ("harbour master", "GOV", "office")],
)
def test_user_agents_are_added(book, phrase, role, kind):
    agent = book.agents[phrase]
    assert (agent.role, agent.kind) == (role, kind)


def test_conflicts_name_both_sources(book):
    putin = [c for c in book.conflicts if c.startswith("'Vladimir Putin'")]
    assert len(putin) == 1
    assert "mine.yml:12 (RUSELI) overrides" in putin[0]
    assert "people_" in putin[0] and "RUSGOV" in putin[0]
    guard = [c for c in book.conflicts if c.startswith("'border guard'")]
    assert len(guard) == 1 and "agents.tsv:" in guard[0]


def test_a_name_the_built_in_tables_lack_is_no_conflict(book):
    assert not [c for c in book.conflicts if "Virtanen" in c or "NSB" in c]


def test_later_user_file_wins_over_earlier(tmp_path, user_file):
    later = tmp_path / "later.yaml"
    later.write_text("actors:\n  - {name: NSB, code: FINREB}\n", encoding="utf-8")
    resources = Resources.load(actor_files=[user_file, later])
    actor = resources.actors.lookup_name("NSB", D(2024, 1, 1))
    assert actor is not None and actor.code == "FINREB"
    assert any(
        "later.yaml:2 (FINREB) overrides mine.yml:" in c
        for c in resources.actors.conflicts
    )


def test_user_entry_resolves_in_a_sentence(user_file):
    resources = Resources.load(actor_files=[user_file])
    pipeline = Pipeline(resources=resources)
    from eventwire.models import Article

    article = Article(
        "t1", "Aino Virtanen met Sergei Lavrov in Helsinki.", D(2024, 2, 1)
    )
    events = pipeline.code(article).events
    assert [(e.source_code, e.target_code) for e in events] == [("FINGOV", "RUSGOV")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors: [1, 2]\n", "'actors' must be a list of entries"),
        ("people:\n  - {name: X}\n", ":1: expected a mapping with the keys"),
        ("actors:\n  - {aliases: [X]}\n", ":2: an actor needs a 'name'"),
        ("actors:\n  - {name: X, code: usagov}\n", ":2: a code is 3 to 15 capital"),
        ("actors:\n  - {name: X, code: USAGOVX}\n", ":2: a code is 3 to 15 capital"),
        (
            "actors:\n  - name: X\n    colour: red\n    code: USA\n",
            ":2: unknown key 'colour'",
        ),
        (
            "actors:\n  - name: X\n    codes:\n"
            "      - {code: USA, valid_from: 2020-02-30}\n",
            ":4: valid_from must be a date",
        ),
        (
            "actors:\n  - {name: X, code: USA, "
            "valid_from: 2021-01-01, valid_to: 2020-01-01}\n",
            ":2: valid_to 2020-01-01 is before valid_from 2021-01-01",
        ),
        (
            "actors:\n  - {name: X, code: USA, office: Mayor}\n",
            ":2: unknown office 'Mayor'",
        ),
        (
            "actors:\n  - {name: X, code: USA, person: maybe}\n",
            ":2: 'person' is true or false",
        ),
        (
            "agents:\n  - {phrase: envoy, role: Mil}\n",
            ":2: an agent's 'role' is 3 capital",
        ),
        (
            "agents:\n  - {phrase: envoy, role: GOV, kind: boss}\n",
            ":2: 'kind' is one of",
        ),
        ("actors:\n  - name: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        read_actor_file(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_unknown_file_kind_is_refused_with_the_formats(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,code\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown dictionary format"):
        read_actor_file(path)


def test_code_command_takes_actors_and_reports_conflicts(tmp_path, user_file):
    story = tmp_path / "story.txt"
    story.write_text("Vladimir Putin met Aino Virtanen in Moscow.", encoding="utf-8")
    runner = CliRunner()
    args = ["code", str(story), "--published", "2024-02-01", "--format", "jsonl"]
    result = runner.invoke(main, [*args, "--actors", str(user_file)])
    assert result.exit_code == 0, result.output
    assert "warning: 'Vladimir Putin': " in result.stderr
    assert '"source_code": "RUSELI"' in result.stdout
    assert '"target_code": "FINGOV"' in result.stdout


def test_bad_actors_file_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("actors:\n  - {name: X, code: 12}\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Putin met Xi.", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(story), "--actors", str(bad)])
    assert result.exit_code == 1
    assert f"Error: {bad}:2: a code is" in result.stderr


def test_ingest_codes_with_the_users_actors(tmp_path, user_file):
    from eventwire.store import open_store

    story = tmp_path / "story.txt"
    story.write_text("Aino Virtanen met Sergei Lavrov in Helsinki.", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    args = ["ingest", str(story), "--db", str(db), "--published", "2024-02-01"]
    result = CliRunner().invoke(main, [*args, "--actors", str(user_file)])
    assert result.exit_code == 0, result.output
    assert "warning: 'Vladimir Putin': " in result.stderr
    with open_store(db, read_only=True) as store:
        events = store.events()
    assert [(e.source_code, e.target_code) for e in events] == [("FINGOV", "RUSGOV")]
