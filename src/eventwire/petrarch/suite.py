"""PETRARCH's validation records run through eventwire, and the scores.

A records file (``PETR.UnitTest.records.xml``, UD-PETRARCH's
``PETR_Validate_records_2_02.xml``) holds sentences with their date,
category and gold codings (source, target, event code), or a mark that no
event is to be coded, and its parse. PETRARCH codes the parse, so where the
parse's words are not the text's (a few records' are of another wording),
the parse's words are the sentence coded. Each sentence is coded on its own
with the suite's dictionaries loaded; a gold coding is reproduced when an event of the
sentence has the same source, target and code (events of the same actors
and code count once, as PETRARCH writes them); a gold code written with
alternatives ("TCA/TCB/TCC") is matched by any of them. An event no gold
coding matches is an extra; one with no target is written ``---``, as
PETRARCH writes it. Gold codings whose source or target is a null
actor ("---GOV", "###") or a new one written in quotes are counted too:
eventwire codes only actors its dictionaries know, so these bound what it
can reproduce. Where ``PhraseCodes`` are given, each event's actors are
written as PETRARCH codes their phrases (the actor's code with its agents'),
as the gold is; a bare actor that one of the sentence's phrases codes with
its agents, opposite the same actor by the same code, is that phrase's
actor split off by the parser, and is counted once.
An actor phrase that goes on, with nothing between, from another of the
same verb is the one noun phrase, coded by its first actor.
Words a text joins by underscores, as the dictionaries write a name
("Port_Almere"), are read as the name's words. An actor that is a bare
possessive pronoun ("its" of "its embassy") is one PETRARCH leaves
uncoded, as it resolves no pronoun: its event is not counted.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..actors import ActorDictionary
from ..coding.cameo import Codebook
from ..coding.verbs import VerbDictionary
from ..errors import SourceError
from ..models import Article, Event
from ..pipeline import Pipeline, Resources
from .actors import (
    NULL_CODES,
    read_petrarch_actor_codes,
    read_petrarch_actors,
    read_petrarch_agent_codes,
    read_petrarch_agents,
)
from .discards import Discards
from .ontology import read_negations
from .phrases import PhraseCodes
from .verbs import read_petrarch_verbs

__all__ = [
    "Outcome",
    "Record",
    "Tally",
    "read_records",
    "record_outcomes",
    "score_records",
    "suite_phrases",
    "suite_resources",
    "tally_outcomes",
]

Coding = tuple[str, str, str]  # source, target, event code
_JOINED = re.compile(r"(?<=\w)_(?=\w)")
# Possessive pronouns PETRARCH leaves uncoded as an actor ("its embassy").
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


@dataclass(frozen=True)
class Record:
    """One validation sentence and what it should code to."""

    id: str
    category: str
    date: dt.date
    text: str
    gold: tuple[Coding, ...]
    no_event: bool


@dataclass
class Tally:
    """Counts for one category (or all)."""

    gold: int = 0
    reproduced: int = 0
    extra: int = 0
    coded: int = 0
    no_event: int = 0
    no_event_kept: int = 0
    # Gold codings with a null actor ("---GOV", "###") or a new one written
    # in quotes: PETRARCH codes these, eventwire codes known actors only.
    unnamed: int = 0
    missed: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        share = self.reproduced / self.gold if self.gold else 0.0
        extra = self.extra / self.coded if self.coded else 0.0
        return (
            f"{name:<10} reproduced {self.reproduced:>3}/{self.gold:<3} "
            f"({share:6.1%})  extra {self.extra:>3}/{self.coded:<3} ({extra:6.1%})"
            f"  no-event left uncoded {self.no_event_kept}/{self.no_event}"
            f"  gold naming no known actor {self.unnamed}"
        )


def suite_phrases(actors: Path, agents: Path) -> PhraseCodes:
    """A suite's actor and agent phrases, to code events' actors as PETRARCH does.

    Raises:
        DictionaryError: naming the file and line of a malformed record.
    """
    return PhraseCodes.build(
        read_petrarch_actor_codes(actors), read_petrarch_agent_codes(agents)
    )


def suite_resources(
    actors: Path, agents: Path, verbs: Path, ontology: Path | None = None
) -> Resources:
    """The coder's resources with a suite's dictionaries as all it knows.

    As in PETRARCH, the actors, agents and verb patterns of the suite are
    the whole of the coder's knowledge: eventwire's own names, agent nouns
    and country adjectives ("EU", "Moscow", "security official") would code
    what the suite leaves uncoded, or code it otherwise. With an
    ``ontology`` file (UD-PETRARCH's) negated clauses code the negation of
    their rule's code, as the ontology names it.

    Raises:
        DictionaryError: naming the file and line of a malformed record.
    """
    resources = Resources.load(verb_files=[verbs])
    if ontology is not None:
        codebook = Codebook.from_path()
        imported = read_petrarch_verbs(verbs, codebook, read_negations(ontology))
        resources = replace(
            resources,
            verbs=VerbDictionary(imported.rules),
            codebook=codebook.with_codes(imported.codes),
        )
    book = ActorDictionary()
    book.add_entries(read_petrarch_actors(actors), read_petrarch_agents(agents))
    return replace(resources, actors=book)


def read_records(path: Path) -> list[Record]:
    """The coded sentences of a records file (error records are left out).

    Raises:
        SourceError: the file cannot be read as XML.
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        root = ET.fromstring(_without_comments(text))
    except (OSError, ET.ParseError) as exc:
        raise SourceError(f"{path}: cannot read the records ({exc})") from exc
    records: list[Record] = []
    for sentence in root.iter("Sentence"):
        codings = sentence.findall("EventCoding")
        if any(c.get("error") for c in codings):
            continue  # tests of PETRARCH's own error handling
        if sentence.get("evaluate", "true").lower() == "false":
            continue
        gold = tuple(
            (c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in codings
            if c.get("eventcode")
        )
        no_event = any(c.get("noevents", "").lower() == "true" for c in codings)
        text = _text_coded(
            sentence.findtext("Text") or "", sentence.findtext("Parse") or ""
        )
        day = sentence.get("date", "")
        date = dt.date(int(day[:4]), int(day[4:6]), int(day[6:8]))
        category = sentence.get("category", "").rstrip("x")
        records.append(
            Record(sentence.get("id", ""), category, date, text, gold, no_event)
        )
    return records


# Penn Treebank's escapes, and the tokens written against the word before.
_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}
_LEAF = re.compile(r"\(([^\s()]+) ([^\s()]+)\)")
_CLOSING = re.compile(r" ([.,;:!?)\]}%]|'s|'S|n't|N'T|'re|'ll|'ve|'d|'m)(?=\s|$)")
_OPENING = re.compile(r"([(\[{$]) ")
_WORDS = re.compile(r"\w+(?:['-]\w+)*")


def _text_coded(text: str, parse: str) -> str:
    """The sentence as PETRARCH read it: the record's parse, where its words
    are not the text's.

    PETRARCH codes the parse, and in a few records the parse is of other
    words ("Calenardhon Congresses" where the text says "Calenardhon
    government", "Police Organization" for "Court", a reporting clause the
    parse leaves out); the gold is coded from those words. Where the two
    differ only in tokens ("Gondor 's", "-LRB-"), the text is kept.
    """
    written = " ".join(text.split())
    leaves = [_BRACKETS.get(word, word) for _, word in _LEAF.findall(parse)]
    if not leaves:
        return written
    parsed = _OPENING.sub(r"\1", _CLOSING.sub(r"\1", " ".join(leaves)))

    def words(sentence: str) -> list[str]:
        return _WORDS.findall(sentence.replace("_", " ").lower())

    return written if words(parsed) == words(written) else parsed


def _without_comments(text: str) -> str:
    """The text without its comments, which nest in these files (XML forbids it)."""
    kept: list[str] = []
    depth = 0
    for part in re.split(r"(<!--|-->)", text):
        if part == "<!--":
            depth += 1
        elif part == "-->":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(part)
    # UD-PETRARCH's PLOVER lines ("<PLEvent {...}>") are no XML either.
    return re.sub(r"<PLEvent[^\n]*>", "", "".join(kept))


@dataclass(frozen=True)
class Outcome:
    """What one sentence was coded to, measured against its gold codings.

    ``coded`` holds the events as the gold writes them (an actor matched
    among a gold code's alternatives is written as that gold code);
    ``missed`` the gold codings no event reproduced, ``extra`` the events no
    gold coding matches.
    """

    record: Record
    coded: Counter[Coding]
    missed: Counter[Coding]
    extra: Counter[Coding]


def record_outcomes(
    records: Iterable[Record],
    pipeline: Pipeline,
    discards: Discards | None = None,
    phrases: PhraseCodes | None = None,
) -> list[Outcome]:
    """Each record's coding and what it missed or added, in the records' order.

    With ``phrases`` each event's source and target are coded as PETRARCH
    codes their phrases (see ``PhraseCodes``): one coding per code, and
    eventwire's own code where the phrase names no dictionary actor.
    """
    listed = list(records)
    found = _coded(listed, pipeline, discards, phrases)
    return [_outcome(r, f) for r, f in zip(listed, found, strict=True)]


def score_records(
    records: Iterable[Record],
    pipeline: Pipeline,
    discards: Discards | None = None,
    phrases: PhraseCodes | None = None,
) -> dict[str, Tally]:
    """Tallies per category and under "overall"."""
    return tally_outcomes(record_outcomes(records, pipeline, discards, phrases))


def tally_outcomes(outcomes: Iterable[Outcome]) -> dict[str, Tally]:
    """Tallies per category and under "overall" of outcomes already found."""
    tallies: dict[str, Tally] = {}
    for outcome in outcomes:
        for name in (outcome.record.category, "overall"):
            _count(tallies.setdefault(name, Tally()), outcome)
    return tallies


def _coded(
    records: list[Record],
    pipeline: Pipeline,
    discards: Discards | None,
    phrases: PhraseCodes | None,
) -> Iterator[list[list[Coding]]]:
    """Per record, each event's codings (several where an actor codes as several)."""
    # A text may join a name's words by underscores, as the dictionaries
    # write them ("Port_Almere"): PETRARCH reads the name, and so do we.
    articles = (
        Article(r.id or str(i), _JOINED.sub(" ", r.text), r.date)
        for i, r in enumerate(records)
    )
    for record, result in zip(records, pipeline.code_many(articles), strict=True):
        if discards is not None and discards.match(record.text):
            yield []
            continue
        found: list[list[Coding]] = []
        for event in result.events:
            if phrases is not None and (
                _goes_on_from_another(event, result.events)
                or _possessive_pronoun(event)
            ):
                continue
            sources, targets = [event.source_code], [event.target_code]
            if phrases is not None:
                sources = _phrase_codes(
                    phrases,
                    (event.source_text, event.source_code, _country(event, "source")),
                    record.date,
                    event,
                )
                targets = _phrase_codes(
                    phrases,
                    (event.target_text, event.target_code, _country(event, "target")),
                    record.date,
                    event,
                )
            targets = [t or "---" for t in targets]
            found.append([(s, t, event.cameo) for s in sources for t in targets])
        yield _without_split_actors(found) if phrases is not None else found


def _goes_on_from_another(event: Event, events: Iterable[Event]) -> bool:
    """Whether the event's source (or target) phrase goes on, with nothing
    between, from that of another event of its verb, code and other side:
    the parser read one noun phrase as two ("the proud Valdoria old
    Norland"), which PETRARCH codes by its first actor."""
    sentence = getattr(event, "sentence", "")
    trigger = getattr(event, "trigger_start", -1)
    for other in events:
        if other is event or getattr(other, "trigger_start", -1) != trigger:
            continue
        if other.cameo != event.cameo:
            continue
        if other.target_text == event.target_text and _adjacent(
            sentence, other.source_text, event.source_text
        ):
            return True
        if other.source_text == event.source_text and _adjacent(
            sentence, other.target_text, event.target_text
        ):
            return True
    return False


def _possessive_pronoun(event: Event) -> bool:
    """Whether the event's source or target is a bare possessive pronoun
    ("its" of "Valdorian rioters stormed its consulate"), which PETRARCH,
    resolving no pronoun, leaves uncoded."""
    return any(
        text.strip().lower() in _POSSESSIVE_PRONOUNS
        for text in (event.source_text, event.target_text)
    )


def _adjacent(sentence: str, first: str, then: str) -> bool:
    """Whether ``then`` follows ``first`` in the sentence with only spaces between."""
    start = sentence.find(first) if first and then else -1
    if start < 0:
        return False
    end = start + len(first)
    after = sentence.find(then, end)
    return after > end and not sentence[end:after].strip()


def _without_split_actors(found: list[list[Coding]]) -> list[list[Coding]]:
    """The codings less those of a bare actor that another coding of the
    sentence names with its agents, on the same side, with the same other
    side and code: where the parser split "lawmakers in Norland and
    Valdoria" in two, "Valdoria" alone is the same actor as "Valdoria
    lawmakers", which the phrase codes."""
    every = {coding for codings in found for coding in codings}

    def split(coding: Coding) -> bool:
        source, target, code = coding
        return any(
            other != coding
            and other[2] == code
            and (
                (other[1] == target and _more_of(other[0], source))
                or (other[0] == source and _more_of(other[1], target))
            )
            for other in every
        )

    return [[c for c in codings if not split(c)] for codings in found]


def _more_of(longer: str, actor: str) -> bool:
    """Whether ``longer`` is the bare actor ``actor`` with agents' roles."""
    return len(actor) == 3 and len(longer) > 3 and longer.startswith(actor)


def _country(event: Event, side: str) -> str:
    return str(getattr(event, f"{side}_country", "") or "")


def _phrase_codes(
    phrases: PhraseCodes, actor: tuple[str, str, str], on: dt.date, event: Event
) -> list[str]:
    """The codes PETRARCH gives the actor's phrase where they name the actor
    eventwire found there; else eventwire's code. A dictionary entry may go
    on past the phrase into the words after it in the sentence.

    Where the phrase names no actor of the dictionaries and eventwire took
    the actor's country from the sentence ("its police", "the parliament"
    of a country named before), the country has the roles of the agents
    the dictionaries find in the phrase, not those of eventwire's own
    agent nouns, which the dictionaries may lack.
    """
    text, code, country = actor
    sentence = getattr(event, "sentence", "")
    at = sentence.find(text) if text else -1
    following = sentence[at + len(text) :] if at >= 0 else ""
    found = phrases.codes(text, on, following)
    if any(code[:3] in {c[i : i + 3] for i in range(0, len(c), 3)} for c in found):
        return found
    if not found and len(country) == 3 and code.startswith(country):
        return phrases.with_country(text, country)
    return [code]


def _outcome(record: Record, found: list[list[Coding]]) -> Outcome:
    gold = Counter(record.gold)
    written: Counter[Coding] = Counter()
    seen: set[Coding] = set()
    for codings in found:
        # As PETRARCH writes a sentence's events, two events of the same
        # actors and code (two verbs, or two rules of one verb) are one.
        new = [c for c in codings if c not in seen]
        seen.update(codings)
        # One event coded as several actors is one coding where the gold
        # writes them as alternatives ("TCA/TCB/TCC").
        for coding in dict.fromkeys(_as_written(c, record.gold) for c in new):
            written[coding] += 1
    return Outcome(record, written, gold - written, written - gold)


def _count(tally: Tally, outcome: Outcome) -> None:
    record, found = outcome.record, outcome.coded
    missed = sum(outcome.missed.values())
    tally.gold += len(record.gold)
    tally.unnamed += sum(_names_no_known_actor(coding) for coding in record.gold)
    tally.reproduced += len(record.gold) - missed
    tally.coded += sum(found.values())
    tally.extra += sum(outcome.extra.values())
    if record.no_event:
        tally.no_event += 1
        tally.no_event_kept += not found
    if missed:
        tally.missed.append(record.id)


def _names_no_known_actor(coding: Coding) -> bool:
    """Whether a gold coding's source or target is a null or a new actor."""
    return any(
        actor.startswith(('"', *NULL_CODES)) or not actor for actor in coding[:2]
    )


def _as_written(coding: Coding, gold: tuple[Coding, ...]) -> Coding:
    """The gold coding that names ``coding``'s actors among its alternatives
    ("TCA/TCB/TCC": any of the three), or the coding itself."""
    if coding in gold:
        return coding
    for written in gold:
        if all(
            mine == theirs or mine in theirs.split("/")
            for mine, theirs in zip(coding, written, strict=True)
        ):
            return written
    return coding
