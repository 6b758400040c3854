"""Groups coded by date: dated rows of groups.tsv and the groups of 1980-2015."""

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


# (name, date, code): each change of status, the day before and the day it holds.
DATED = [
    ("Taliban", D(1995, 2, 14), "AFGREBTAL"),
    ("Taliban", D(1996, 9, 26), "AFGREBTAL"),
    ("Taliban", D(1996, 9, 27), "AFGGOVTAL"),
    ("Taleban", D(1998, 8, 20), "AFGGOVTAL"),
    ("Islamic Emirate", D(2001, 12, 6), "AFGGOVTAL"),
    ("Taliban", D(2001, 12, 7), "AFGREBTAL"),
    ("Haqqani network", D(2011, 9, 13), "AFGREBTAL"),
    ("Taliban", D(2021, 8, 14), "AFGREBTAL"),
    ("Taliban", D(2021, 8, 15), "AFGGOVTAL"),
    ("SPLM", D(1995, 3, 1), "SDNREB"),
    ("Sudan People's Liberation Movement", D(2005, 7, 8), "SDNREB"),
    ("SPLM", D(2005, 7, 9), "SSDPTY"),
    ("SPLM", D(2013, 12, 20), "SSDPTY"),
    ("SPLA", D(1992, 6, 1), "SDNREB"),
    ("SPLM/A", D(2004, 5, 26), "SDNREB"),
    ("SPLA", D(2008, 5, 20), "SSDMIL"),
    ("Hayat Tahrir al-Sham", D(2019, 5, 1), "SYRREB"),
    ("HTS", D(2024, 12, 7), "SYRREB"),
    ("HTS", D(2024, 12, 8), "SYRGOV"),
    ("African National Congress", D(1985, 6, 14), "ZAFREB"),
    ("ANC", D(1990, 2, 1), "ZAFREB"),
    ("ANC", D(1990, 2, 2), "ZAFOPP"),
    ("ANC", D(1994, 5, 9), "ZAFOPP"),
    ("ANC", D(1994, 5, 10), "ZAFPTY"),
    ("Inkatha", D(1986, 1, 1), "ZAFOPP"),
    ("Inkatha Freedom Party", D(1994, 3, 28), "ZAFPTY"),
    ("Umkhonto we Sizwe", D(1983, 5, 20), "ZAFREB"),
    ("Umkhonto we Sizwe", D(2024, 5, 29), "ZAFPTY"),
    ("RPF", D(1990, 10, 1), "RWAREBRPF"),
    ("Rwandan Patriotic Front", D(1994, 7, 18), "RWAREBRPF"),
    ("RPF", D(1994, 7, 19), "RWAPTYRPF"),
    ("Rwandan Patriotic Army", D(1994, 4, 10), "RWAREB"),
    ("RPA", D(1996, 11, 1), "RWAMIL"),
    ("Interahamwe", D(1994, 4, 10), "RWAUAF"),
    ("Interahamwe", D(1998, 3, 1), "RWAREB"),
    ("Houthis", D(2009, 11, 4), "YEMREB"),
    ("Houthis", D(2015, 3, 26), "YEMREB"),
    ("Hamas", D(2007, 6, 15), "PSEREBHMS"),
    ("UNITA", D(1992, 10, 30), "AGOREB"),
    ("UNITA", D(2002, 4, 4), "AGOPTY"),
    ("MPLA", D(1985, 1, 1), "AGOGOV"),
    ("FNLA", D(1984, 1, 1), "AGOREB"),
    ("FNLA", D(1992, 9, 29), "AGOPTY"),
    ("Islamic Salvation Front", D(1991, 12, 26), "DZAPTY"),
    ("FIS", D(1994, 1, 1), "DZAOPP"),
    ("Renamo", D(1987, 7, 18), "MOZREB"),
    ("Renamo", D(1994, 10, 27), "MOZPTY"),
    ("Frelimo", D(1986, 10, 19), "MOZGOV"),
    ("FMLN", D(1989, 11, 11), "SLVREB"),
    ("FMLN", D(2009, 3, 15), "SLVPTY"),
    ("URNG", D(1996, 12, 28), "GTMREB"),
    ("M-19", D(1985, 11, 6), "COLREB"),
    ("Sandinistas", D(1984, 11, 4), "NICGOV"),
    ("Sandinistas", D(1996, 10, 20), "NICPTY"),
    ("SWAPO", D(1988, 12, 22), "NAMREB"),
    ("SWAPO", D(1990, 3, 21), "NAMPTY"),
    ("TPLF", D(1989, 1, 1), "ETHREB"),
    ("TPLF", D(2005, 5, 15), "ETHPTY"),
    ("TPLF", D(2021, 6, 28), "ETHREB"),
    ("EPLF", D(1993, 5, 24), "ERIGOV"),
    ("CNDD-FDD", D(2000, 8, 28), "BDIREB"),
    ("CNDD-FDD", D(2010, 6, 28), "BDIPTY"),
    ("Kurdistan Democratic Party", D(1988, 3, 16), "IRQREBKDP"),
    ("KDP", D(1996, 8, 31), "IRQPTYKDP"),
    ("PUK", D(1991, 3, 10), "IRQREB"),
    ("Amal Movement", D(1985, 5, 20), "LBNUAFAML"),
    ("Amal Movement", D(2005, 5, 29), "LBNPTYAML"),
    ("Lebanese Forces militia", D(1989, 3, 14), "LBNUAF"),
    ("MEK", D(1988, 7, 26), "IRNREB"),
    ("People's Mujahedin", D(2012, 9, 28), "IRNOPP"),
    ("Muslim Brotherhood", D(2005, 12, 8), "EGYOPPMBR"),
    ("Muslim Brotherhood", D(2014, 1, 1), "EGYREBMBR"),
    ("Solidarność", D(1981, 12, 13), "POLOPP"),
    ("Solidarity union", D(1995, 1, 1), "POLLAB"),
    ("Khmer Rouge", D(1978, 1, 1), "KHMGOV"),
    ("Khmer Rouge", D(1993, 5, 23), "KHMREB"),
    ("Hezb-e-Islami", D(2008, 6, 1), "AFGREB"),
    ("Hezb-e-Islami", D(2017, 5, 4), "AFGPTY"),
    ("National Transitional Council", D(2011, 3, 5), "LBYREB"),
    ("NTC", D(2012, 1, 1), "LBYGOV"),
    ("Communist Party of Nepal (Maoist)", D(2001, 6, 1), "NPLREB"),
    ("SLA", D(1985, 4, 1), "LBNUAF"),
    ("SLA", D(2004, 4, 8), "SDNREB"),
]


def test_a_name_between_two_dated_periods_stands_for_its_country(actors):
    actor = actors.lookup_name("SLA", D(2001, 6, 1))
    assert actor is not None
    assert (actor.code, actor.role) == ("LBN", "")


# Groups of 1980-2015 that carry no dates, looked up in mid-1999.
HISTORIC = [
    ("Revolutionary United Front", "SLEREB"),
    ("RUF", "SLEREB"),
    ("NPFL", "LBRREB"),
    ("LURD", "LBRREB"),
    ("Tamil Tigers", "LKAREB"),
    ("LTTE", "LKAREB"),
    ("Armed Islamic Group", "DZAREB"),
    ("GSPC", "DZAREBGSP"),
    ("MASSOB", "NGAREB"),
    ("Movement for the Emancipation of the Niger Delta", "NGAREB"),
    ("National Forces of Liberation", "BDIREB"),
    ("FDLR", "RWAREB"),
    ("Lord's Resistance Army", "UGAREB"),
    ("Justice and Equality Movement", "SDNREB"),
    ("Kosovo Liberation Army", "XKXREB"),
    ("UCK", "XKXREB"),
    ("NLA", "MKDREB"),
    ("Provisional IRA", "GBRREB"),
    ("Provisional IRA", "GBRREB"),
    ("Real IRA", "GBRREB"),
    ("Ulster Volunteer Force", "GBRUAF"),
    ("Ulster Defence Association", "GBRUAF"),
    ("ETA", "ESPREB"),
    ("FARC", "COLREB"),
    ("ELN", "COLREB"),
    ("Shining Path", "PERREB"),
    ("Sendero Luminoso", "PERREB"),
    ("MRTA", "PERREB"),
    ("Contras", "NICREB"),
    ("Zapatistas", "MEXREB"),
    ("EZLN", "MEXREB"),
    ("PFLP", "PSEREBPFL"),
    ("Abu Nidal Organization", "PSEREB"),
    ("Qassam Brigades", "PSEREBHMS"),
    ("Al-Aqsa Martyrs' Brigades", "PSEREBAAM"),
    ("South Lebanon Army", "LBNUAF"),
    ("Mahdi Army", "IRQREB"),
    ("Islamic Army in Iraq", "IRQREB"),
    ("Al-Qaeda in Iraq", "IRQREB"),
    ("Caucasus Emirate", "RUSREB"),
    ("Abu Sayyaf", "PHLREBASF"),
    ("MILF", "PHLREB"),
    ("MNLF", "PHLREB"),
    ("New People's Army", "PHLREB"),
    ("Jemaah Islamiyah", "IDNUAF"),
    ("Free Aceh Movement", "IDNREB"),
    ("Lashkar-e-Taiba", "PAKUAF"),
    ("ULFA", "INDREB"),
    ("Karen National Union", "MMRREB"),
    ("Northern Alliance", "AFGREB"),
    ("Kifaya", "EGYOPP"),
    ("ZANU-PF", "ZWEPTY"),
    ("Movement for Democratic Change", "ZWEPTY"),
    ("Polisario Front", "MARREBPLS"),
    ("Aum Shinrikyo", "JPNUAF"),
    ("Red Army Faction", "DEUREB"),
    ("Red Brigades", "ITAREB"),
    ("Revolutionary Organization 17 November", "GRCREB"),
]


@pytest.mark.parametrize(
    ("name", "on", "code"), DATED + [(n, D(1999, 6, 1), c) for n, c in HISTORIC]
)
def test_group_is_coded_as_it_stood_on_the_date(actors, name, on, code):
    actor = actors.lookup_name(name, on)
    assert actor is not None, name
    assert actor.code == code


# -- the file format ------------------------------------------------------------


def _folder_with_groups(tmp_path: Path, rows: str) -> Path:
    for table in TABLES.glob("*.tsv"):
        shutil.copy(table, tmp_path / table.name)
    header = "code\tcountry\tnames\tvalid_from\tvalid_to\n"
    (tmp_path / "groups.tsv").write_text("# test\n" + header + rows, encoding="utf-8")
    return tmp_path


def test_rows_sharing_a_first_name_make_one_dated_entry(tmp_path):
    rows = (
        "ARNREB\tARN\tFree Arnor Front|FAF|Arnor Front\t\t2001-03-01\n"
        "ARNGOV\tARN\tFree Arnor Front\t2001-03-01\t\n"
        "GONPTY\tGON\tGondor Union\n"
    )
    book = ActorDictionary.from_path(_folder_with_groups(tmp_path, rows))
    assert book.lookup_name("Arnor Front", D(2000, 1, 1)).code == "ARNREB"
    assert book.lookup_name("FAF", D(2001, 3, 1)).code == "ARNGOV"
    assert book.lookup_name("Gondor Union", D(1990, 1, 1)).code == "GONPTY"
    assert book.conflicts == []


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("ARNREB\tARN\tFree Arnor Front\t2001-02-30\t\n", "groups.tsv:3: bad date"),
        (
            "ARNREB\tARN\tFree Arnor Front\t\t2001-03-01\n"
            "ARNGOV\tARN\tFree Arnor Front\t2000-03-01\t\n",
            "groups.tsv:3: the dates of ARNREB and ARNGOV overlap",
        ),
        (
            "ARNREB\tARN\tFree Arnor Front\t2002-01-01\t2001-03-01\n",
            "groups.tsv:3: ARNREB ends before it starts",
        ),
        (
            "ARNREB\tARN\tFree Arnor Front\nARNGOV\tARN\tFree Arnor Front\n",
            "groups.tsv:3: more than one undated row",
        ),
    ],
)
def test_bad_dated_rows_fail_naming_file_and_line(tmp_path, rows, message):
    folder = _folder_with_groups(tmp_path, rows)
    with pytest.raises(DictionaryError, match=message):
        ActorDictionary.from_path(folder)
