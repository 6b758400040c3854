"""The built-in actor tables: well-formed rows, one entry per name, and lookups."""

import datetime as dt
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from eventwire.actors import _split
from eventwire.mentions import MentionIndex
from eventwire.tables import rows as _rows

D = dt.date
TABLES = Path(str(resources.files("eventwire") / "data" / "actors"))
ISO3 = {country.alpha_3 for country in pycountry.countries}
# Former states with no continuing state keep their ISO 3166-3 code (countries.tsv).
FORMER = {country.alpha_3 for country in pycountry.historic_countries}

# The CAMEO role and sector codes the tables use (codebook, actor codes chapter).
ROLES = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "UAF", "SPY", "CVL",
    "BUS", "MED", "EDU", "REL", "HLH", "HRI", "LAB", "REF", "AGR", "CRM", "ELI",
    "PTY", "NGO",
}  # fmt: skip
ETHNIC = {"UIG", "GRK", "TRK", "BSQ"}
# Region and sector codes that may stand between IGO and the organisation code.
IGO_PREFIXES = {
    "AFR", "ASA", "ARB", "CAF", "CAS", "CEU", "CRB", "EAF", "EUR", "LAM", "MEA",
    "MOS", "NAF", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
    "AGR", "BUS", "COP", "DEV", "HLH", "HRI", "JUD", "LAB", "LEG", "REF", "UNO",
}  # fmt: skip
# Nouns whose singular ends in s.
SINGULAR_S = {"business", "press", "congress", "d'affaires"}


def _table(name: str) -> list[tuple[str, list[str]]]:
    # groups: code, country, names, dates; metonyms: phrase, code, note, dates
    width = 5 if name in ("groups", "metonyms") else 3
    return list(_rows(TABLES / f"{name}.tsv", width))


def _countries() -> set[str]:
    return {row[0] for _origin, row in _table("countries")}


def _key(name: str) -> str:
    """A name as the dictionary stores it: short acronyms exact, the rest lower-case."""
    return name if name.isupper() and len(name) <= 4 else name.lower()


def _named_rows() -> dict[str, set[str]]:
    """Every actor name of the non-person tables, to the rows that list it."""
    rows: dict[str, set[str]] = defaultdict(set)
    for table, column in (("countries", 1), ("igos", 2), ("groups", 2)):
        for origin, row in _table(table):
            names = _split(row[column])
            # Dated rows of one group share its first name and make one entry.
            where = f"groups {names[0]}" if table == "groups" else origin
            for name in names:
                rows[_key(name)].add(where)
    for origin, row in _table("metonyms"):
        # Dated rows of one place make one entry.
        dated = row[3] or row[4]
        rows[_key(row[0])].add(f"metonyms {row[0]}" if dated else origin)
    return rows


# -- integrity ------------------------------------------------------------------


def test_country_codes_are_current_or_former_iso3_codes_listed_once():
    codes = [row[0] for _origin, row in _table("countries")]
    assert len(codes) == len(set(codes))
    assert [c for c in codes if c not in ISO3 | FORMER | {"XKX"}] == []


def test_group_codes_are_country_role_and_optional_group_code():
    countries = _countries()
    bad = [
        f"{origin} {row[0]}"
        for origin, row in _table("groups")
        if not re.fullmatch(r"[A-Z]{6}([A-Z]{3})?", row[0])
        or row[0][:3] != row[1]
        or row[1] not in countries
        or row[0][3:6] not in ROLES | ETHNIC
        or not _split(row[2])
    ]
    assert bad == []


def test_igo_codes_are_prefix_region_sector_and_organisation():
    codes_of_org: dict[str, set[str]] = defaultdict(set)
    bad = []
    for origin, row in _table("igos"):
        code, org, names = row
        codes_of_org[org].add(code)
        middle = re.findall("...", code[3:-3])
        if (
            not re.fullmatch(r"(IGO|NGO|NGM|IMG)([A-Z]{3})+", code)
            or code[-3:] != org
            or org in ISO3
            or any(part not in IGO_PREFIXES for part in middle)
            or not _split(names)
        ):
            bad.append(f"{origin} {code}")
    assert bad == []
    assert {org: c for org, c in codes_of_org.items() if len(c) > 1} == {}


def test_metonym_codes_are_a_country_role_or_a_listed_igo():
    countries = _countries()
    igo_codes = {row[0] for _origin, row in _table("igos")}
    bad = [
        f"{origin} {row[1]}"
        for origin, row in _table("metonyms")
        if row[1] not in igo_codes
        and not (row[1][:3] in countries and row[1][3:] in ROLES and len(row[1]) == 6)
    ]
    assert bad == []


def test_religion_codes_are_a_religion_and_an_optional_branch():
    countries = {
        word.lower() for _origin, row in _table("countries") for word in _split(row[2])
    }
    bad = [
        f"{origin} {row[0]}"
        for origin, row in _table("religions")
        if not re.fullmatch(r"[A-Z]{3}([A-Z]{3})?", row[0])
        or row[0][:3] in ISO3
        or not _split(row[1])
        or {w.lower() for w in _split(row[1]) + _split(row[2])} & countries
    ]
    assert bad == []


def test_agent_rows_are_lower_case_singular_with_a_role_and_kind():
    bad = []
    phrases = []
    for origin, (phrase, role, kind) in _table("agents"):
        phrases.append(phrase)
        head = phrase.split(" of ")[0].split()[-1]
        if (
            phrase != phrase.lower()
            or role not in ROLES | {"*"}
            or kind not in ("leader", "office", "group")
            or (head.endswith("s") and head not in SINGULAR_S)
        ):
            bad.append(f"{origin} {phrase}")
    assert bad == []
    assert len(phrases) == len(set(phrases))


def test_names_start_with_a_capital_as_lookups_require():
    lower = [
        f"{origin} {name}"
        for table in ("groups", "igos")
        for origin, row in _table(table)
        for name in _split(row[2])
        if not (name[:1].isupper() or name[:1].isdigit())
    ]
    assert lower == []


def test_no_name_is_listed_in_two_rows_across_tables():
    twice = {name: rows for name, rows in _named_rows().items() if len(rows) > 1}
    assert twice == {}


def test_no_group_igo_or_metonym_name_is_a_country_name():
    country_names = {
        _key(name)
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", ""))
        if name
    }
    clashes = {
        name: rows
        for name, rows in _named_rows().items()
        if name in country_names and not any(r.startswith("countries") for r in rows)
    }
    assert clashes == {}


def test_no_table_name_is_also_a_persons_name_or_alias():
    people = {
        alias.lower()
        for path in TABLES.glob("people*.tsv")
        for _origin, row in _rows(path, 8)
        for alias in [row[0], *_split(row[1])]
    }
    assert sorted(n for n in _named_rows() if n.lower() in people) == []


# -- lookups ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def actors(resources):
    return resources.actors


NAMED = [
    # armed non-state groups
    ("Hamas", "PSEREBHMS"),
    ("Palestinian Islamic Jihad", "PSEREBISJ"),
    ("Hezbollah", "LBNREBHEZ"),
    ("Ansar Allah", "YEMREB"),
    ("Rapid Support Forces", "SDNREB"),
    ("Taliban", "AFGGOVTAL"),
    ("Tehrik-i-Taliban Pakistan", "PAKREB"),
    ("ISWAP", "NGAREB"),
    ("ISIS-K", "AFGREB"),
    ("Islamic State Sahel Province", "MLIREB"),
    ("Islamic State Central Africa Province", "CODREB"),
    ("Islamic State Mozambique Province", "MOZREB"),
    ("AQAP", "YEMREB"),
    ("JNIM", "MLIREB"),
    ("Al-Shabaab", "SOMREB"),
    ("Boko Haram", "NGAREB"),
    ("Wagner Group", "RUSUAF"),
    ("Africa Corps", "RUSMIL"),
    ("M23", "CODREB"),
    ("Allied Democratic Forces", "UGAREBADF"),
    ("Wazalendo", "CODUAF"),
    ("Syrian Democratic Forces", "SYRREB"),
    ("Syrian National Army", "SYRUAF"),
    ("PKK", "TURREBPKK"),
    ("Harakat al-Nujaba", "IRQUAF"),
    ("Badr Organization", "IRQUAF"),
    ("Popular Mobilization Forces", "IRQMIL"),
    ("ELN", "COLREB"),
    ("Segunda Marquetalia", "COLREB"),
    ("Arakan Army", "MMRREB"),
    ("Ta'ang National Liberation Army", "MMRREB"),
    ("Karen National Union", "MMRREB"),
    ("United Wa State Army", "MMRREB"),
    ("TPLF", "ETHREB"),
    ("Fano", "ETHREB"),
    ("Justice and Equality Movement", "SDNREB"),
    ("Libyan National Army", "LBYREB"),
    ("Southern Transitional Council", "YEMREB"),
    ("Democratic Front for the Liberation of Palestine", "PSEREBDFL"),
    ("Abu Sayyaf", "PHLREBASF"),
    ("Jaish al-Adl", "IRNREB"),
    ("Donetsk People's Republic", "UKRREB"),
    ("Russian Volunteer Corps", "RUSREB"),
    ("Cartel de los Soles", "VENCRM"),
    ("MS-13", "SLVCRM"),
    # parties and opposition movements
    ("Servant of the People", "UKRPTY"),
    ("Yabloko", "RUSPTY"),
    ("Anti-Corruption Foundation", "RUSOPP"),
    ("Religious Zionist Party", "ISRPTY"),
    ("Vente Venezuela", "VENPTY"),
    ("Prosperity Party", "ETHPTY"),
    ("Jamiat Ulema-e-Islam", "PAKPTY"),
    ("United National Movement", "GEOPTY"),
    ("Serbian Progressive Party", "SRBPTY"),
    ("Our Homeland Movement", "HUNPTY"),
    ("Konfederacja", "POLPTY"),
    ("Belaya Rus", "BLRPTY"),
    ("CSU", "DEUPTY"),
    ("Liberal Democrats", "GBRPTY"),
    ("Komeito", "JPNPTY"),
    ("Golkar", "IDNPTY"),
    ("Economic Freedom Fighters", "ZAFPTY"),
    ("New Democratic Party", "CANPTY"),
    ("Trinamool Congress", "INDPTY"),
    ("Union Solidarity and Development Party", "MMRPTY"),
    ("State Security and Peace Commission", "MMRGOV"),
    ("Presidential Leadership Council", "YEMGOV"),
    # militaries, police and security services
    ("IDF", "ISRMIL"),
    ("Pentagon", "USAMIL"),
    ("FSB", "RUSSPY"),
    ("SBU", "UKRSPY"),
    ("GUR", "UKRSPY"),
    ("Mossad", "ISRSPY"),
    ("Shin Bet", "ISRSPY"),
    ("CIA", "USASPY"),
    ("FBI", "USACOP"),
    ("MI6", "GBRSPY"),
    ("ISI", "PAKSPY"),
    ("IRGC", "IRNMIL"),
    ("Quds Force", "IRNMIL"),
    ("Basij", "IRNMIL"),
    ("PLA", "CHNMIL"),
    ("People's Armed Police", "CHNCOP"),
    ("Rosgvardia", "RUSMIL"),
    ("Tatmadaw", "MMRMIL"),
    ("Bundeswehr", "DEUMIL"),
    ("Sudanese Armed Forces", "SDNMIL"),
    ("Self-Defense Forces", "JPNMIL"),
    ("CENTCOM", "USAMIL"),
    ("Department of War", "USAMIL"),
    ("ICE", "USACOP"),
    ("Scotland Yard", "GBRCOP"),
    ("NABU", "UKRCOP"),
    # IGOs and their bodies
    ("UN Security Council", "IGOUNO"),
    ("UN General Assembly", "IGOUNO"),
    ("UNHCR", "IGOUNOREFHCR"),
    ("UNICEF", "IGOUNOKID"),
    ("WFP", "IGOUNOWFP"),
    ("OCHA", "IGOUNO"),
    ("UNRWA", "IGOUNO"),
    ("UNDP", "IGOUNO"),
    ("UNIFIL", "IGOUNO"),
    ("IAEA", "IGOUNOIAE"),
    ("WHO", "IGOUNOHLHWHO"),
    ("International Criminal Court", "IGOJUDICC"),
    ("ICJ", "IGOUNOJUDICJ"),
    ("European Commission", "IGOEUREEC"),
    ("European Court of Justice", "IGOEUREEC"),
    ("Frontex", "IGOEUREEC"),
    ("ECB", "IGOEUREEC"),
    ("North Atlantic Council", "IGOWSTNAT"),
    ("AU Peace and Security Council", "IGOAFRAFU"),
    ("AUSSOM", "IGOAFRAFU"),
    ("ECOWAS", "IGOWAFWAS"),
    ("Alliance of Sahel States", "IGOWAFAES"),
    ("SADC", "IGOSAFDEVSAD"),
    ("IGAD", "IGOEAFDEVIAD"),
    ("ASEAN", "IGOSEAASN"),
    ("Gulf Cooperation Council", "IGOPGSGCC"),
    ("Arab League", "IGOMEAARL"),
    ("OIC", "IGOMOSOIC"),
    ("Shanghai Cooperation Organisation", "IGOCASSCO"),
    ("BRICS", "IGOBUSBRC"),
    ("OPEC+", "IGOBUSOPC"),
    ("OSCE", "IGOEURSCE"),
    ("Council of Europe", "IGOEURCOE"),
    ("CSTO", "IGOCASCST"),
    ("Mercosur", "IGOSAMMRC"),
    ("OPCW", "IGOOPW"),
]


@pytest.mark.parametrize(("name", "code"), NAMED)
def test_named_actor_resolves_to_its_code(actors, name, code):
    actor = actors.lookup_name(name, D(2025, 11, 1))
    assert actor is not None, name
    assert actor.code == code


AGENTS = [
    ("Russian officials denied the report.", "officials", "RUSGOV"),
    ("Chinese diplomats left the hall.", "diplomats", "CHNGOV"),
    ("The U.S. envoy arrived in Doha.", "envoy", "USAGOV"),
    ("Israeli troops entered Jenin.", "troops", "ISRMIL"),
    ("Ukrainian soldiers held the line.", "soldiers", "UKRMIL"),
    ("Serbian protesters blocked the bridge.", "protesters", "SRBOPP"),
    ("Georgian students marched on parliament.", "students", "GEOEDU"),
    ("Turkish journalists were detained.", "journalists", "TURMED"),
    ("Kenyan lawmakers rejected the bill.", "lawmakers", "KENLEG"),
    ("Brazilian judges suspended the decree.", "judges", "BRAJUD"),
    ("Pakistani prosecutors filed charges.", "prosecutors", "PAKJUD"),
    ("Sudanese doctors treated the wounded.", "doctors", "SDNHLH"),
    ("Indian police arrested the suspects.", "police", "INDCOP"),
    ("Somali militants attacked the base.", "militants", "SOMREB"),
    ("Afghan refugees crossed the border.", "refugees", "AFGREF"),
    ("French farmers blocked the highway.", "farmers", "FRAAGR"),
    ("Nigerian unions called a strike.", "unions", "NGALAB"),
    ("German banks cut lending to Iran.", "banks", "DEUBUS"),
    ("Iranian clerics condemned the move.", "clerics", "IRNREL"),
    ("Russian oligarchs moved assets to Dubai.", "oligarchs", "RUSELI"),
    ("Palestinian children were among the dead.", "children", "PSECVL"),
    ("Russian peacekeepers left Nagorno-Karabakh.", "peacekeepers", "RUSMIL"),
    ("Colombian paramilitaries seized the town.", "paramilitaries", "COLUAF"),
    ("Lebanese health officials reported the toll.", "officials", "LBNGOV"),
    ("Iran's intelligence ministry arrested two men.", "ministry", "IRNSPY"),
    ("Mexican gang members fled the raid.", "members", "MEXCRM"),
    ("Yemeni relief workers reached Hodeidah.", "workers", "YEMNGO"),
    ("Egyptian rights defenders were released.", "defenders", "EGYHRI"),
    ("Japanese automakers raised prices.", "automakers", "JPNBUS"),
    ("Myanmar's monks led the march.", "monks", "MMRREL"),
]


@pytest.mark.parametrize(("text", "word", "code"), AGENTS)
def test_generic_agent_noun_codes_under_its_country(pipeline, text, word, code):
    doc = pipeline.nlp(text)
    index = MentionIndex.build(doc, pipeline.resources.actors, D(2025, 11, 1))
    token = next(t for t in doc if t.text == word)
    mention = index.mention(token)
    assert mention is not None, text
    assert mention.actor.code == code
