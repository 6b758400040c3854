"""The actor dictionary and the resolution of mentions in context."""

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from eventwire.actors import ActorDictionary, _folded
from eventwire.errors import DictionaryError
from eventwire.mentions import MentionIndex

D = dt.date


@pytest.fixture(scope="module")
def actors(resources):
    return resources.actors


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Donald Trump", D(2025, 1, 23), "USAGOV"),
        ("Trump", D(2018, 5, 1), "USAGOV"),
        ("Trump", D(2022, 6, 1), "USAELI"),
        ("Joe Biden", D(2022, 6, 1), "USAGOV"),
        ("Biden", D(2025, 6, 1), "USAELI"),
        ("Vladimir Putin", D(2025, 1, 23), "RUSGOV"),
        ("Xi Jinping", D(2025, 1, 23), "CHNGOV"),
        ("Xi", D(2016, 1, 1), "CHNGOV"),
        ("Volodymyr Zelenskyy", D(2025, 1, 23), "UKRGOV"),
        ("Zelensky", D(2023, 3, 1), "UKRGOV"),
        ("Volodymyr Zelenskyy", D(2018, 1, 1), "UKRELI"),
        ("Benjamin Netanyahu", D(2024, 1, 1), "ISRGOV"),
        ("Netanyahu", D(2021, 12, 1), "ISRELI"),
        ("Olaf Scholz", D(2023, 1, 1), "DEUGOV"),
        ("Angela Merkel", D(2023, 1, 1), "DEUELI"),
        ("Narendra Modi", D(2024, 1, 1), "INDGOV"),
        ("Antonio Guterres", D(2024, 1, 1), "IGOUNO"),
        ("Ronald Reagan", D(1985, 6, 1), "USAGOV"),
        ("Margaret Thatcher", D(1995, 6, 1), "GBRELI"),
        ("Gorbachev", D(1988, 6, 1), "RUSGOV"),
        ("Hosni Mubarak", D(2000, 1, 1), "EGYGOV"),
        ("Sergei Lavrov", D(2024, 1, 1), "RUSGOV"),
        ("Russia", D(2024, 1, 1), "RUSGOV"),
        ("Russian Federation", D(2024, 1, 1), "RUSGOV"),
        ("U.S.", D(2024, 1, 1), "USAGOV"),
        ("United States", D(2024, 1, 1), "USAGOV"),
        ("Kremlin", D(2024, 1, 1), "RUSGOV"),
        ("White House", D(2024, 1, 1), "USAGOV"),
        ("Pentagon", D(2024, 1, 1), "USAMIL"),
        ("Moscow", D(2024, 1, 1), "RUSGOV"),
        ("Beijing", D(2024, 1, 1), "CHNGOV"),
        ("Kyiv", D(2024, 1, 1), "UKRGOV"),
        ("NATO", D(2024, 1, 1), "IGOWSTNAT"),
        ("United Nations", D(2024, 1, 1), "IGOUNO"),
    ],
)
def test_name_codes_by_date(actors, name, on, code):
    actor = actors.lookup_name(name, on)
    assert actor is not None, name
    assert actor.code == code


@pytest.mark.parametrize("name", ["amnesty", "us", "china's", "Nobody Inparticular"])
def test_lowercase_words_and_unknown_names_are_no_actors(actors, name):
    assert actors.lookup_name(name, D(2024, 1, 1)) is None


@pytest.mark.parametrize(
    ("country", "office", "leader", "on", "name"),
    [
        ("USA", "President", False, D(2025, 1, 23), "Donald Trump"),
        ("USA", None, True, D(2022, 1, 1), "Joe Biden"),
        ("CHN", None, True, D(2025, 1, 1), "Xi Jinping"),
        ("GBR", "Prime Minister", False, D(2023, 1, 1), "Rishi Sunak"),
        ("RUS", "Foreign Minister", False, D(2024, 1, 1), "Sergei Lavrov"),
    ],
)
def test_office_holder_on_a_date(actors, country, office, leader, on, name):
    actor = actors.office_holder(country, office, on, leader=leader)
    assert actor is not None
    assert actor.name == name


def _mentions(pipeline, text, on, actors=None):
    """The parse of ``text`` and its mentions on ``on``, resolved with
    ``actors`` (the built-in dictionary by default)."""
    doc = pipeline.nlp(text)
    index = MentionIndex.build(doc, actors or pipeline.resources.actors, on)
    return doc, index


def _mention_at(pipeline, text, word, on, actors=None):
    """The mention the word ``word`` of ``text`` stands in, or None."""
    doc, index = _mentions(pipeline, text, on, actors)
    return index.mention(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "on", "code"),
    [
        ("The U.S. leader arrived in Tokyo.", "leader", D(2025, 2, 1), "USAGOV"),
        ("The Chinese president spoke.", "president", D(2025, 2, 1), "CHNGOV"),
        ("Russian troops advanced.", "troops", D(2025, 2, 1), "RUSMIL"),
        ("Israeli police arrested two men.", "police", D(2025, 2, 1), "ISRCOP"),
        ("Russian media reported the talks.", "media", D(2025, 2, 1), "RUSMED"),
        ("Ukrainian rebels fled.", "rebels", D(2025, 2, 1), "UKRREB"),
        ("The Kremlin said nothing.", "Kremlin", D(2025, 2, 1), "RUSGOV"),
        ("U.S. President Donald Trump spoke.", "Trump", D(2025, 2, 1), "USAGOV"),
        # The title says he held the office when the text speaks of him.
        ("U.S. President Donald Trump spoke.", "Trump", D(2021, 6, 1), "USAGOV"),
        ("Former President Donald Trump spoke.", "Trump", D(2021, 6, 1), "USAELI"),
        ("Ex-President Joe Biden spoke.", "Biden", D(2021, 6, 1), "USAELI"),
        ("Russia's foreign ministry protested.", "ministry", D(2025, 2, 1), "RUSGOV"),
    ],
)
def test_noun_phrase_resolves_in_context(pipeline, text, word, on, code):
    mention = _mention_at(pipeline, text, word, on)
    assert mention is not None
    assert mention.actor.code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia's closest partner stayed silent.", "partner"),
        ("The readout gave no detail.", "readout"),
        ("Officials met on Monday.", "Officials"),
        # a known surname after another given name is another person
        ("Senator Mike Lee of Utah spoke.", "Lee"),
        ("Her son Anderson Cooper announced it.", "Cooper"),
    ],
)
def test_unresolvable_mentions_stay_uncoded(pipeline, text, word):
    assert _mention_at(pipeline, text, word, D(2025, 2, 1)) is None


def test_subject_pronoun_refers_to_last_person_subject(pipeline):
    text = "Vladimir Putin met Xi Jinping in Beijing. He said the talks went well."
    doc, index = _mentions(pipeline, text, D(2024, 5, 16))
    he = next(t for t in doc if t.text == "He")
    assert index.mention(he).actor.name == "Vladimir Putin"


def test_object_pronoun_skips_the_events_own_source(pipeline):
    text = "Xi Jinping met Vladimir Putin. Putin thanked him."
    doc, index = _mentions(pipeline, text, D(2024, 5, 16))
    him = next(t for t in doc if t.text == "him")
    assert index.mention(him, avoid="RUSGOV").actor.name == "Xi Jinping"


def test_malformed_people_table_names_file_and_line(tmp_path: Path):
    for name in ("countries", "igos", "groups", "metonyms", "agents"):
        (tmp_path / f"{name}.tsv").write_text("# comment\nheader\n", encoding="utf-8")
    (tmp_path / "people_x.tsv").write_text(
        "# comment\nname\taliases\tcode\toffice\ttitle\tleader\tstart\tend\n"
        "A B\tB\tUSAGOV\tPresident\tPresident\t1\t2020-13-01\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"people_x.tsv:3"):
        ActorDictionary.from_path(tmp_path)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "U.S. President Donald Trump met Xi Jinping. The president praised China.",
            "president",
            "Donald Trump",
        ),
        ("Keir Starmer arrived. The prime minister spoke.", "minister", "Keir Starmer"),
        (
            "Indian Foreign Secretary Vikram Misri spoke. Misri said talks went well.",
            "Misri",
            "Vikram Misri",
        ),
    ],
)
def test_title_or_surname_refers_to_the_person_named_before(pipeline, text, word, name):
    doc, index = _mentions(pipeline, text, D(2025, 5, 1))
    token = [t for t in doc if t.text == word][-1]
    assert index.mention(token).actor.name == name


def test_title_without_any_earlier_holder_stays_uncoded(pipeline):
    doc, index = _mentions(pipeline, "The president praised China.", D(2025, 5, 1))
    assert index.mention(doc[1]) is None


def test_a_blank_line_ends_a_sentence(pipeline):
    doc = pipeline.nlp("Wednesday, January 23, 2019\n\n\nGermany banned Mahan Air.")
    assert [s.text.strip() for s in doc.sents][-1] == "Germany banned Mahan Air."


@pytest.mark.parametrize(
    ("text", "first_body_word"),
    [
        ("MOSCOW (Reuters) - Russia accused Ukraine of shelling.", "Russia"),
        (
            "KYIV, Jan 14 (AP) — Ukrainian forces shelled Russian positions.",
            "Ukrainian",
        ),
        ("Intro.\n\nWASHINGTON — The United States imposed sanctions.", "The"),
        ("BAHIA BLANCA, Argentina, Feb 26 - Argentina praised Chile.", "Argentina"),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_first_sentence(
    pipeline, text, first_body_word
):
    starts = [s[0].text for s in pipeline.nlp(text).sents if not s[0].is_space]
    assert first_body_word in starts


def test_pronoun_after_an_unknown_person_stays_unresolved(pipeline):
    text = (
        "Donald Trump spoke on Monday. The United States labeled Qasem Soleimani"
        " a terrorist and levied sanctions against him."
    )
    doc, index = _mentions(pipeline, text, D(2024, 5, 16))
    him = next(t for t in doc if t.text == "him")
    assert index.mention(him) is None


# A dictionary of our own beside eventwire's, in PETRARCH's format: "AU" is
# eventwire's African Union, the Arctic Union is this dictionary's alone, and
# of the Northern Liberation Front only its letters are known.
BRACKETED = """\
NORLAND [NRL]
ARCTIC_UNION [IGOARC]
NLF [NRLREB]
"""


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the letters are the name's actor, not the one the letters alone name
        ("Norland and the Arctic Union (AU) signed a fisheries pact.", "AU", "IGOARC"),
        ("The Arctic Union (AU) said it would meet Norland.", "AU", "IGOARC"),
        ("The AU said it would meet Norland.", "AU", "IGOAFRAFU"),
        # a name that no dictionary knows is the actor of its known letters
        ("The Northern Liberation Front (NLF) attacked the port.", "Front", "NRLREB"),
        (
            "Norland and the Northern Liberation Front (NLF) agreed to a truce.",
            "Front",
            "NRLREB",
        ),
        # a name that goes on past an "of"
        (
            "Ghana and the Economic Community of West African States (ECOWAS)"
            " condemned the coup.",
            "ECOWAS",
            "IGOWAFWAS",
        ),
    ],
)
def test_abbreviation_in_brackets_is_the_name_before_it(
    pipeline, tmp_path, text, word, code
):
    from eventwire.petrarch import read_petrarch_actors, read_petrarch_agents

    actors_file, agents_file = (
        tmp_path / "mine.actors.txt",
        tmp_path / "mine.agents.txt",
    )
    actors_file.write_text(BRACKETED, encoding="utf-8")
    agents_file.write_text("DOCKWORKER [~LAB]\n", encoding="utf-8")
    book = ActorDictionary.from_path()
    book.add_entries(
        read_petrarch_actors(actors_file), read_petrarch_agents(agents_file)
    )
    mention = _mention_at(pipeline, text, word, D(2020, 1, 1), book)
    assert mention is not None
    assert mention.actor.code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a news agency in a dateline's brackets is no abbreviation of the city
        ("LONDON (Reuters) - Britain said it would expel envoys.", "Reuters"),
        # nor is a word in brackets that is no capital letters
        ("Kenya (pictured) said it would send troops.", "pictured"),
    ],
)
def test_bracketed_words_that_abbreviate_no_name_are_not_its_actor(
    pipeline, text, word
):
    assert _mention_at(pipeline, text, word, D(2024, 5, 16)) is None


def _fully_folded(name: str) -> str:
    """Lower case, compatibility-decomposed, combining marks dropped: the
    folding of names without any shortcut for plain ASCII."""
    text = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Joe Biden", "joe biden"),
        ("ANTONIO GUTERRES", "antonio guterres"),
        ("Jean-Luc O'Brien", "jean-luc o'brien"),
        ("", ""),
        ("François Hollande", "francois hollande"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Nguyễn Xuân Phúc", "nguyen xuan phuc"),
        ("José Ramos-Horta", "jose ramos-horta"),
        ("Lech Wałęsa", "lech wałesa"),  # "ł" is a letter of its own
        ("İlham Əliyev", "ilham əliyev"),  # dotted capital I lowers to i + dot
        ("\u212aofi Annan", "kofi annan"),  # Kelvin sign lowers to ASCII "k"
        ("Ｌula da Silva", "lula da silva"),  # full-width letter
        ("Ahmed\u00a0Shah", "ahmed shah"),  # no-break space
        ("Seán O’Casey", "sean o’casey"),  # curly apostrophe kept
    ],
)
def test_names_fold_as_full_unicode_normalisation(name, folded):
    assert _folded(name) == folded
    assert _folded(name) == _fully_folded(name)


def test_every_known_person_folds_as_full_unicode_normalisation(actors):
    names = list(actors.people)
    assert any(not name.isascii() for name in names)
    assert [_folded(n) for n in names] == [_fully_folded(n) for n in names]
