"""Capitals and seats coded by date: dated rows of metonyms.tsv, and towns of a
state that seceded, placed in the state they belonged to."""

import datetime as dt
import shutil
from importlib import resources
from pathlib import Path

import pytest

from eventwire.actors import ActorDictionary
from eventwire.errors import DictionaryError

D = dt.date
TABLES = Path(str(resources.files("eventwire") / "data" / "actors"))


@pytest.fixture(scope="module")
def actors(resources):
    return resources.actors


# (name, date, code or None): the day before a change and the day it holds.
DATED = [
    ("Juba", D(2011, 7, 8), None),
    ("Juba", D(2011, 7, 9), "SSDGOV"),
    ("Prague", D(1992, 12, 31), "CSKGOV"),
    ("Prague", D(1993, 1, 1), "CZEGOV"),
    ("Bratislava", D(1992, 12, 31), None),
    ("Bratislava", D(1993, 1, 1), "SVKGOV"),
    ("Almaty", D(1997, 12, 9), "KAZGOV"),
    ("Almaty", D(1997, 12, 10), None),
    ("Astana", D(1997, 12, 10), "KAZGOV"),
    ("Astana", D(2020, 1, 1), None),
    ("Nur-Sultan", D(2020, 1, 1), "KAZGOV"),
    ("Astana", D(2022, 9, 17), "KAZGOV"),
    ("Lagos", D(1991, 12, 11), "NGAGOV"),
    ("Abuja", D(1991, 12, 12), "NGAGOV"),
    ("Lagos", D(1991, 12, 12), None),
    ("Rangoon", D(2005, 11, 5), "MMRGOV"),
    ("Naypyidaw", D(2005, 11, 6), "MMRGOV"),
    ("Aden", D(1990, 5, 21), "YMDGOV"),
    ("Aden", D(1990, 5, 22), None),
    ("East Berlin", D(1990, 10, 2), "DDRGOV"),
    ("Moscow", D(1985, 1, 1), "RUSGOV"),  # undated rows hold on any date
]


@pytest.mark.parametrize(("name", "on", "code"), DATED)
def test_seat_is_coded_as_it_stood_on_the_date(actors, name, on, code):
    found = actors.lookup_name(name, on)
    assert (found.code if found else None) == code


@pytest.mark.parametrize(
    ("iso3", "on", "expected"),
    [
        ("SSD", D(1995, 1, 1), "SDN"),
        ("SSD", D(2011, 7, 9), "SSD"),
        ("ERI", D(1990, 1, 1), "ETH"),
        ("ERI", D(1993, 5, 24), "ERI"),
        ("FRA", D(1990, 1, 1), "FRA"),
    ],
)
def test_place_of_a_seceded_state_is_of_the_state_it_left(actors, iso3, on, expected):
    assert actors.country_on(iso3, on) == expected


def _folder_with_metonyms(tmp_path: Path, rows: str) -> Path:
    for table in TABLES.glob("*.tsv"):
        if table.name != "metonyms.tsv":
            shutil.copy(table, tmp_path / table.name)
    header = "phrase\tcode\tnote\tvalid_from\tvalid_to\n"
    (tmp_path / "metonyms.tsv").write_text("# test\n" + header + rows, "utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "Minas Tirith\tGONGOV\tcapital\n"
            "Minas Tirith\tGONGOV\tcapital\t2001-01-01\t\n",
            "metonyms.tsv:4: 'Minas Tirith' has dated and undated rows",
        ),
        (
            "Osgiliath\tGONGOV\tcapital\t\t2001-03-01\n"
            "Osgiliath\tGONGOV\tcapital\t2000-03-01\t\n",
            "metonyms.tsv:4: the dates of GONGOV and GONGOV overlap",
        ),
        ("Osgiliath\tGONGOV\tcapital\t2001-02-30\t\n", "metonyms.tsv:3: bad date"),
    ],
)
def test_bad_dated_metonyms_fail_naming_file_and_line(tmp_path, rows, message):
    with pytest.raises(DictionaryError, match=message):
        ActorDictionary.from_path(_folder_with_metonyms(tmp_path, rows))
