"""The cache of built tables: kept, rebuilt when an input changes, safe to share."""

from __future__ import annotations

import errno
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from eventwire import gazetteer as gazetteer_module
from eventwire import yamlfile
from eventwire.cache import ENVIRONMENT, cache_folder, cached
from eventwire.gazetteer import Gazetteer, fold, load_gazetteer
from eventwire.yamlfile import LINE, read_yaml


class Builds:
    """A build function that counts its calls and returns a fixed value."""

    def __init__(self, value: object = None) -> None:
        self.value = value if value is not None else {"kyiv": (0, 1), "lviv": (2,)}
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every new file fail as on a read-only file system (tests run as root,
    whom permission bits do not stop)."""

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("name\tcountry\nKyiv\tUKR\n", encoding="utf-8")
    return path


def test_a_value_is_built_once_then_read_from_its_file(tmp_path, table):
    build = Builds()
    first = cached("t.marshal", [table], build, folder=tmp_path / "cache")
    second = cached("t.marshal", [table], build, folder=tmp_path / "cache")
    assert first == second == build.value
    assert build.calls == 1


CHANGES = [
    # (what changes, how)
    ("a word of the same length", lambda p: p.write_text("name\tcountry\nKiev\tUKR\n")),
    ("a row more", lambda p: p.write_text("name\tcountry\nKyiv\tUKR\nLviv\tUKR\n")),
    ("the file emptied", lambda p: p.write_text("")),
]


@pytest.mark.parametrize(("change", "edit"), CHANGES, ids=[c[0] for c in CHANGES])
def test_an_input_that_changes_rebuilds_the_value(tmp_path, table, change, edit):
    build = Builds()
    cached("t.marshal", [table], build, folder=tmp_path)
    edit(table)
    cached("t.marshal", [table], build, folder=tmp_path)
    assert build.calls == 2
    cached("t.marshal", [table], build, folder=tmp_path)
    assert build.calls == 2  # and the rebuilt value is kept


def test_a_new_version_of_the_building_code_rebuilds_the_value(tmp_path, table):
    build = Builds()
    cached("t.marshal", [table], build, version="1", folder=tmp_path)
    cached("t.marshal", [table], build, version="2", folder=tmp_path)
    assert build.calls == 2


@pytest.mark.parametrize("damage", [b"", b"eventwire cache 1\n", b"\x00" * 64])
def test_a_damaged_file_is_rebuilt(tmp_path, table, damage):
    build = Builds()
    cached("t.marshal", [table], build, folder=tmp_path)
    whole = (tmp_path / "t.marshal").read_bytes()
    (tmp_path / "t.marshal").write_bytes(whole[: len(whole) - 3] + damage)
    assert cached("t.marshal", [table], build, folder=tmp_path) == build.value
    assert build.calls == 2


def test_a_read_only_folder_gives_the_value_without_keeping_it(
    tmp_path, table, monkeypatch
):
    _read_only(monkeypatch)
    build = Builds()
    assert cached("t.marshal", [table], build, folder=tmp_path) == build.value
    assert cached("t.marshal", [table], build, folder=tmp_path) == build.value
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == [table]


def test_a_read_only_folder_still_serves_the_file_it_holds(
    tmp_path, table, monkeypatch
):
    build = Builds()
    cached("t.marshal", [table], build, folder=tmp_path)
    _read_only(monkeypatch)
    assert cached("t.marshal", [table], build, folder=tmp_path) == build.value
    assert build.calls == 1


def test_writers_at_once_leave_readers_a_whole_file(tmp_path, table):
    """Writers of two versions race; every reader gets its own version whole."""
    values = {
        version: {f"{version}{n}": (n, n + 1) for n in range(20_000)}
        for version in ("a", "b")
    }
    wrong: list[object] = []

    def work(version: str) -> None:
        for _ in range(5):
            found = cached(
                "t.marshal",
                [table],
                lambda v=version: values[v],
                version=version,
                folder=tmp_path,
            )
            if found != values[version]:
                wrong.append(found)

    threads = [threading.Thread(target=work, args=(v,)) for v in "abababab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not wrong
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.marshal", "table.tsv"]


def test_the_environment_names_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path))
    assert cache_folder() == tmp_path
    monkeypatch.delenv(ENVIRONMENT)
    assert cache_folder().parts[-3:] == ("eventwire", "data", "cache")


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return Gazetteer.from_package()


@pytest.fixture
def builds(built, tmp_path, monkeypatch):
    """The built-in gazetteer loaded with a cache folder of its own, its builds
    counted."""
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path))
    calls: list[int] = []

    def from_package(min_population: int = 5000) -> Gazetteer:
        calls.append(min_population)
        return built

    monkeypatch.setattr(Gazetteer, "from_package", staticmethod(from_package))
    return calls


def _same(loaded: Gazetteer, built: Gazetteer) -> None:
    assert len(loaded) == len(built)
    assert loaded.is_vague("the Middle East") and not loaded.is_vague("Kyiv")
    for name in built._names:
        assert loaded.candidates(name) == built.candidates(name), name


def test_the_gazetteer_read_from_its_cache_is_the_one_built(built, builds, tmp_path):
    _same(load_gazetteer.__wrapped__(), built)
    _same(load_gazetteer.__wrapped__(), built)
    assert builds == [5000]
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer-5000.marshal"]


def test_the_gazetteer_loads_from_a_read_only_cache_folder(
    built, builds, tmp_path, monkeypatch
):
    _read_only(monkeypatch)
    _same(load_gazetteer.__wrapped__(), built)
    assert builds == [5000]
    assert list(tmp_path.iterdir()) == []


def test_the_gazetteer_is_rebuilt_when_its_alias_table_changes(
    built, builds, tmp_path, monkeypatch
):
    load_gazetteer.__wrapped__()
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("alias\tname\tprecision\tcountry\tlat\tlon\n")
    inputs = gazetteer_module._inputs(5000)
    assert inputs[-1].name == "aliases.tsv"
    monkeypatch.setattr(
        gazetteer_module, "_inputs", lambda size: [*inputs[:-1], aliases]
    )
    load_gazetteer.__wrapped__()
    assert builds == [5000, 5000]


def test_the_gazetteer_knows_a_name_only_once_looked_up_alike(built, builds):
    loaded = load_gazetteer.__wrapped__()
    assert "Kyiv" in loaded and "Kyivv" not in loaded
    assert loaded.candidates("Kyivv") == ()
    first = loaded.candidates("Kyiv")
    assert first and loaded.candidates("KYIV") is first  # made once


FOLDED = [
    ("Köln", "koln"),
    ("The Hague", "hague"),
    ("Côte d’Ivoire", "cote d'ivoire"),
    ("  New \n York ", "new york"),
    ("Ｋｙｉｖ", "kyiv"),  # full-width letters
    ("São Tomé", "sao tome"),
    ("Kyiv", "kyiv"),
]


@pytest.mark.parametrize(("name", "key"), FOLDED)
def test_names_are_folded_to_plain_lower_case(name, key):
    assert fold(name) == key


def test_a_value_marshal_cannot_write_is_used_without_being_kept(tmp_path, table):
    build = Builds(value={"when": object()})
    assert cached("t.marshal", [table], build, folder=tmp_path) is build.value
    assert list(tmp_path.iterdir()) == [table]


def test_an_input_that_cannot_be_read_is_left_to_the_build_to_report(tmp_path):
    build = Builds()
    assert cached("t.marshal", [tmp_path / "gone.tsv"], build, folder=tmp_path)
    assert build.calls == 1


def test_shipped_rules_are_parsed_once_and_read_alike(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "cache"))
    rules = Path(str(resources.files("eventwire") / "data" / "verbs" / "rules.yml"))
    parsed: list[Path] = []
    parse = yamlfile._parse

    def counted(path: Path) -> Any:
        parsed.append(path)
        return parse(path)

    monkeypatch.setattr(yamlfile, "_parse", counted)
    first, second = read_yaml(rules), read_yaml(rules)
    assert first == second == parse(rules)
    assert parsed == [rules]
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [
        "yaml-verbs-rules.yml.marshal"
    ]


def test_a_users_yaml_file_is_parsed_at_each_read(tmp_path, monkeypatch):
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "cache"))
    mine = tmp_path / "mine.yml"
    mine.write_text("- id: talks\n  code: '040'\n", encoding="utf-8")
    assert read_yaml(mine) == [{"id": "talks", "code": "040", LINE: 1}]
    assert not (tmp_path / "cache").exists()
