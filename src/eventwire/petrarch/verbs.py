"""PETRARCH verb dictionaries, read as rules for eventwire's own engine.

A verb file holds synonym sets and verb blocks::

    &CURRENCY                    # a synset: '+' lines, usable in patterns
    +DOLLARS
    +SWISS_FRANCS
    --- CONTRIBUTE [070] ---     # a block and its default code
    CONTRIBUTE                   # its verbs: WIRE_+TAP, BREAK {BROKE BROKEN}
    - * &CURRENCY [903]          # patterns: words before and after the verb
    - + WAS_ * TO_ ^ FROM $ [174]

Both pattern styles are read: TABARI's word sequences (``SAID * TO ATTEND``,
``_`` joining words that must be adjacent) and PETRARCH 2's phrases
(``* (FOR {FINANCIAL AID})``): the brackets are dropped and the words kept in
order, a braced phrase's last word (its head noun) adjacent to the word before
it ("{NEW &TIETYPES RELATIONS}" is not "new economic trade relations").
``$`` marks the source, ``+`` the target, ``%`` a compound (a pattern
starting ``% *`` matches only coordinated subjects, and codes them each way
when no target is named), ``^`` a skipped word (``IN ^ +``: the target is
not the object of "in" but an actor after it, and each further ``^`` one
more noun phrase passed over, coded or not: ``AT ^ ^ +`` in "at X with the
parliament of Y" is Y; ``JUBILEE ^ $``: the source is the actor after the
next one).
With a source named and no target after the verb, the subject is the
target, and a target named before words before the verb (``+ WELCOMING
* ... $``) is the subject of the verb those words name when it governs the
verb's clause: "X is welcoming Y to mark the jubilee with Z" is aimed at X.
A target named right before the verb, after words before it, with no source
named (``NOTED + *``), is the verb's subject, and the source the subject of
the verb those words name: "X noted that Y regretted it" is X at Y.
In a file whose patterns use PETRARCH 2's phrase syntax the words before
the verb name its own phrases, as that syntax's "pre-verb nouns" do: "{DEATH
TOLL} *" matches "the death toll rose", but "RECENTLY *" no adverb and
"INDICATED *" no verb above it ("indicated it would act"); in TABARI's word
sequences they are any words before the verb, and words match as written
("EFFORT" is not "efforts"; a synset lists its plurals), where phrase syntax
matches lemmas.
A word after a preposition marker names the slot: ``WITH +`` is the object of
"with"; ``FROM $`` puts the source there and the subject becomes the target.
Patterns with "not", "n't", "never" or "neither" before the verb code
negated clauses; other rules never do. In phrase syntax a negation word
names no noun of the verb's, and a pattern with only one before the verb
(``NEITHER *``) is not read; a possessive after the verb names no phrase
either (``* THEIR ^ ABOUT +`` reads as ``* ^ ABOUT +``).
As in PETRARCH, no modal makes a
clause a mere supposition ("said it would act" codes the act; a pattern
may name the modal for a code of its own: ``COULD * [138]``). A pattern that
names no target (no ``+``, ``%`` or ``$``) takes, where no object names one,
the first actor anywhere in the verb's phrase after the verb ("warned of the
envoy of X"), as PETRARCH does; where its subject is an act, not an actor,
the first actors of the subject's phrases are the source ("Resumption of
ties between X and Y may spur reconciliation with Z"). On a passive with no
"by" phrase such a pattern reads the clause as written in a file of word
sequences ("X was criticized over its row with Y": X at Y; TABARI's patterns
name the passives they code, "+ WAS_ * BY $"), and in phrase syntax the
subject as the one acted upon by that first actor (Y at X). ``[032:033]``
also codes the second code from target to source; ``[---]`` matches and
codes nothing. A line that starts with the verb's ``*`` is a pattern written
without its dash. Lines of verb transformations (``~``) are skipped, and so
is a pattern that uses a synset not defined before it, as PETRARCH does.

Imported codes need not be CAMEO: each code the CAMEO codebook lacks gets an
entry of its own, named after its block, whose Goldstein value, QuadClass and
PLOVER type are those of its CAMEO root when its first two digits are one,
and 0, 0 and none otherwise; the event's label says which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..coding.cameo import CameoCode, Codebook
from ..coding.modality import HYPOTHETICAL_AUX
from ..coding.slots import (
    AGENTLESS_ACTED_UPON,
    AGENTLESS_AS_WRITTEN,
    COORDINATED_SUBJECT,
    SUBJECT_ABOVE,
    FormSlot,
    PhraseSlot,
    passing,
    skipping,
)
from ..coding.verbs import ANY_SLOT, Rule, VerbPattern, WordSlot
from ..errors import DictionaryError
from .lines import dictionary_lines, phrase_words

__all__ = ["ImportedVerbs", "read_petrarch_verbs"]

NEGATION_WORDS = frozenset({"not", "n't", "never", "neither", "nor", "no"})
# Words that name a prepositional slot when a marker follows them ("WITH +").
_PREPOSITIONS = frozenset(
    "with to against at for from on upon in into of by over toward towards "
    "about between near".split()
)
_BLOCK = re.compile(
    r"^---\s*(?P<name>[^\[]*?)\s*(?:\[(?P<code>[^\]]*)\].*)?(?:---)?\s*$"
)
_CODE = re.compile(r"[0-9A-Za-z?]+")
_NULL = frozenset({"---", "+++", "###"})
# No modal makes a clause a mere supposition: PETRARCH codes the act of
# "could strike" as of "struck" (a pattern may name the modal for its own
# code: "- COULD * [138]").
_MODALS = frozenset(HYPOTHETICAL_AUX)


@dataclass
class ImportedVerbs:
    """Rules read from a verb dictionary, and the codes they use."""

    rules: list[Rule]
    codes: dict[str, CameoCode] = field(default_factory=dict)


@dataclass
class _Element:
    kind: str  # word, synset, verb, source, target, compound, skip
    text: str
    joined: bool  # joined by '_' to the element before it


@dataclass
class _Verb:
    pattern: VerbPattern
    forms: list[VerbPattern]
    before: tuple[WordSlot, ...]
    code: str
    line: int


@dataclass
class _Block:
    name: str
    code: str
    verbs: list[_Verb] = field(default_factory=list)


def read_petrarch_verbs(
    path: Path,
    codebook: Codebook | None = None,
    negations: dict[str, str] | None = None,
) -> ImportedVerbs:
    """Rules and codes from a PETRARCH (or TABARI-style) verb dictionary.

    With ``negations`` (a code and the code of its negation, as an ontology
    file gives them: ``read_negations``) each rule whose code has a negation
    also codes a clause with "not", "n't" or "never" before the verb as that
    negation: "did not cooperate" is a disapproval.

    Raises:
        DictionaryError: naming the file and line of a malformed line.
    """
    codebook = codebook or Codebook.from_path()
    synsets: dict[str, frozenset[tuple[str, ...]]] = {}
    members: list[tuple[str, ...]] | None = None
    label = ""
    block: _Block | None = None
    rules: list[Rule] = []
    names: dict[str, str] = {}
    lines = list(dictionary_lines(path))
    phrased = any(_phrase_syntax(text) for _number, text in lines)
    for number, line in lines:
        where = f"{path}:{number}"
        text = line.strip()
        if members is not None and text.startswith("+"):
            members.extend(_synset_member(text[1:], synsets, label, where))
            continue
        if members is not None:
            synsets[label] = frozenset(members)
            members = None
        if text.startswith("&"):
            label = text.split()[0].rstrip("_")
            members = []
            continue
        if text.startswith("---"):
            match = _BLOCK.match(text)
            if match is None:
                raise DictionaryError(f"{where}: expected '--- NAME [CODE] ---'")
            block = _Block(
                match.group("name").strip(), _code(match.group("code"), where)
            )
            continue
        if text.startswith("~"):
            continue  # a transformation between verbs: not read
        if block is None:
            raise DictionaryError(
                f"{where}: a verb or pattern before any '--- ... ---' block"
            )
        if text.startswith("-") or text.split()[0] == "*":
            # "* (TO QUESTION) [110]": a pattern written without its dash
            pattern, code = _split_code(text.removeprefix("-"), where)
            elements = _elements(pattern, synsets, where)
            if not elements or (phrased and _negation_before(elements)):
                continue
            for verb in block.verbs:
                rules.append(
                    _rule(path, number, verb, elements, code, synsets, phrased)
                )
                names.setdefault(code.split(":")[0], block.name)
            continue
        words, code = _split_code(text, where, optional=True)
        verb = _verb_line(words, code or block.code, number, where)
        block.verbs.append(verb)
        rules.append(_rule(path, number, verb, [], verb.code, synsets, phrased))
        names.setdefault(verb.code.split(":")[0], block.name)
    if negations:
        rules = [*_negated(rules, negations), *rules]
    codes = _codes(rules, names, codebook)
    return ImportedVerbs(rules, codes)


_NEGATION_SLOT = WordSlot(frozenset({("not",), ("n't",), ("never",)}), False)


def _negated(rules: list[Rule], negations: dict[str, str]) -> list[Rule]:
    """A rule for the negated clause of each rule whose code has a negation."""
    return [
        replace(
            rule,
            id=f"{rule.id}:negated",
            code=negations[rule.code],
            intent=negations[rule.code],
            threat=negations[rule.code],
            before=(_NEGATION_SLOT, *rule.before),
            negated=True,
            reverse="",
        )
        for rule in rules
        if not rule.negated and rule.code in negations
    ]


# Possessive pronouns: in phrase syntax no phrase of the verb's of their own.
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "my", "your"})


def _negation_before(elements: list[_Element]) -> bool:
    """ "NEITHER *": in phrase syntax the words before the verb name its
    nouns, and a negation word names none ("neither X nor Y boycotted it" is
    no match), so such a pattern is not read."""
    star = [e.kind for e in elements].index("verb")
    words = [e.text for e in elements[:star] if e.kind == "word"]
    return bool(words) and all(w in NEGATION_WORDS for w in words)


def _phrase_syntax(line: str) -> bool:
    """Whether a pattern line is written in PETRARCH 2's phrase syntax."""
    text = line.strip()
    return text.startswith("-") and bool(re.search(r"[({]", text.split("[")[0]))


def _synset_member(
    text: str, synsets: dict[str, frozenset[tuple[str, ...]]], label: str, where: str
) -> list[tuple[str, ...]]:
    text = text.strip()
    if text.startswith("&"):
        name = text.split()[0].rstrip("_")
        if name not in synsets:
            raise DictionaryError(
                f"{where}: synset {name} is used before it is defined"
            )
        return list(synsets[name])
    words = tuple(phrase_words(text))
    if not words:
        raise DictionaryError(f"{where}: an empty synset member")
    found = [words]
    if not text.endswith("_") and not label.endswith("_"):
        found.append((*words[:-1], _plural(words[-1])))
    return found


def _split_code(text: str, where: str, optional: bool = False) -> tuple[str, str]:
    """ "SAID * TO ATTEND [082]" -> ("SAID * TO ATTEND", "082")."""
    match = re.search(r"\[([^\]]*)\]\s*$", text)
    if match is None:
        if optional:
            return text, ""
        raise DictionaryError(f"{where}: a pattern ends with its code in brackets")
    body = text[: match.start()]
    # A verb line may carry its irregular forms' code block before: keep the first.
    first = re.search(r"\[([^\]]*)\]", body)
    code = match.group(1) if first is None else first.group(1)
    body = re.sub(r"\[[^\]]*\]", " ", body)
    return body.strip(), _code(code, where)


def _code(text: str | None, where: str) -> str:
    """ "032:033" stays; "---" is the null code, written as ""."""
    if text is None:
        return ""
    parts = [p.strip() for p in text.split(":")]
    for part in parts:
        if part not in _NULL and not _CODE.fullmatch(part):
            raise DictionaryError(f"{where}: {text!r} is not an event code")
    parts = ["" if p in _NULL else p for p in parts]
    return ":".join(parts) if any(parts) else ""


def _verb_line(words: str, code: str, number: int, where: str) -> _Verb:
    """ "WIRE_+TAP {WIRE_+TAPPED}" -> the verb "tap" after "wire", and its forms."""
    forms_text = ""
    match = re.search(r"\{([^}]*)\}", words)
    if match:
        forms_text = match.group(1)
        words = words[: match.start()] + words[match.end() :]
    main, before = _verb_words(words, where)
    forms = [_verb_words(f, where)[0] for f in forms_text.split()]
    return _Verb(main, forms, before, code, number)


def _verb_words(text: str, where: str) -> tuple[VerbPattern, tuple[WordSlot, ...]]:
    parts = text.replace(" ", "_").strip("_").split("_")
    parts = [p for p in parts if p]
    if not parts:
        raise DictionaryError(f"{where}: a verb line needs a verb")
    marked = [i for i, p in enumerate(parts) if p.startswith("+")]
    at = marked[0] if marked else 0
    words = [p.lstrip("+").lower() for p in parts]
    before = tuple(WordSlot(frozenset({(w,)}), True) for w in words[:at])
    return VerbPattern(words[at], tuple(words[at + 1 :])), before


def _elements(
    pattern: str, synsets: dict[str, frozenset[tuple[str, ...]]], where: str
) -> list[_Element]:
    # A braced phrase's last word is its head noun, and the word before it
    # binds to it: "{NEW &TIETYPES RELATIONS}" matches "new, warmer economic
    # relations" but not "new economic trade relations".
    pattern = re.sub(r"\{([^{}]*\S)\s+([^\s{}]+)\s*\}", r"{\1_\2}", pattern)
    text = re.sub(r"[(){}]", " ", pattern)
    elements: list[_Element] = []
    for chunk in text.split():
        for index, part in enumerate(p for p in chunk.split("_")):
            if not part:
                continue
            joined = index > 0
            kind = {"*": "verb", "$": "source", "+": "target", "%": "compound"}
            kind.update({"^": "skip"})
            if part in kind:
                elements.append(_Element(kind[part], part, joined))
            elif part.startswith("&"):
                if part.rstrip("_") not in synsets:
                    return []  # the format's rule: such a pattern is ignored
                elements.append(_Element("synset", part.rstrip("_"), joined))
            else:
                elements.append(_Element("word", part.lower(), joined))
    if sum(e.kind == "verb" for e in elements) != 1:
        raise DictionaryError(f"{where}: a pattern has one '*' for its verb")
    return elements


def _rule(
    path: Path,
    number: int,
    verb: _Verb,
    elements: list[_Element],
    code: str,
    synsets: dict[str, frozenset[tuple[str, ...]]],
    phrased: bool = False,
) -> Rule:
    star = next((i for i, e in enumerate(elements) if e.kind == "verb"), 0)
    pre, post = elements[:star], elements[star + 1 :]
    before: list[WordSlot] = []
    slot = PhraseSlot if phrased else FormSlot
    for index, element in enumerate(pre):
        phrases = _phrases(element, synsets)
        if phrases:
            following = elements[index + 1]
            before.append(slot(phrases, following.joined))
        elif element.kind == "compound":
            before.append(COORDINATED_SUBJECT)  # "% *": coordinated subjects
    after: list[WordSlot] = []
    target: tuple[str, ...] = ANY_SLOT
    source: tuple[str, ...] = ()
    previous = ""
    skipped: list[str] = []  # prepositions whose objects '^' passes over
    passed = 0  # actors '^' passes over after a word: "JUBILEE ^ $"
    more = 0  # phrases further '^' pass over after a skipped one
    for element in post:
        if phrased and element.kind == "word" and element.text in _POSSESSIVES:
            continue  # "* THEIR ^ ABOUT +": a possessive names no phrase
        phrases = _phrases(element, synsets)
        if phrases:
            after.append(slot(phrases, element.joined))
            previous = element.text
        elif element.kind == "skip":
            if previous in _PREPOSITIONS:
                skipped.append(previous)
            elif skipped:
                more += 1  # "IFTAR AT ^ ^ +": one more phrase passed over
            else:
                passed += 1
            previous = element.text
        elif element.kind in ("target", "compound") and skipped:
            # "IFTAR IN ^ +": the actor after the skipped one, anywhere
            target = skipping(skipped, more)
        elif element.kind in ("target", "compound"):
            target = (previous,) if previous in _PREPOSITIONS else ("dobj",)
        elif element.kind == "source":
            source = (previous,) if previous in _PREPOSITIONS else ANY_SLOT
            if source == ANY_SLOT and passed:
                source = passing(passed)
    if (
        len(pre) > 1
        and pre[-1].kind == "target"
        and not any(e.kind == "source" for e in elements)
    ):
        # "NOTED + *": the verb's subject is the target, and the one who
        # noted it the source
        source = SUBJECT_ABOVE
    if source and not any(e.kind == "target" for e in post):
        target = ()  # the subject is the target
    # No slot named: the first actor in the verb's phrase, as PETRARCH.
    deep_target = not any(e.kind in ("target", "compound", "source") for e in elements)
    agentless = ""
    if deep_target:
        agentless = AGENTLESS_ACTED_UPON if phrased else AGENTLESS_AS_WRITTEN
    primary, _, reverse = code.partition(":")
    all_before = (*before, *verb.before)
    negated = any(
        word in NEGATION_WORDS
        for slot in all_before
        for phrase in slot.phrases
        for word in phrase
    )
    return Rule(
        id=f"{path.stem}:{number}:{verb.pattern.lemma}",
        code=primary,
        verbs=(verb.pattern, *verb.forms),
        nouns=frozenset(),
        context=frozenset(),
        target=target,
        one_sided=False,
        needs_target=True,  # PETRARCH codes no event without a target
        reciprocal=any(e.kind == "compound" for e in pre),
        # An imported code keeps its meaning whatever the mood: the event's
        # modality says whether it was intended or threatened.
        intent=primary,
        threat=primary,
        examples=(),
        origin=f"{path.name}:{number}",
        before=all_before,
        after=tuple(after),
        negated=negated,
        reverse=reverse,
        source=source,
        # PETRARCH codes a clause whatever its modal ("said it would act").
        modals=_MODALS,
        deep_target=deep_target,
        agentless=agentless,
    )


def _phrases(
    element: _Element, synsets: dict[str, frozenset[tuple[str, ...]]]
) -> frozenset[tuple[str, ...]]:
    if element.kind == "word":
        return frozenset({(element.text,)})
    if element.kind == "synset":
        return synsets[element.text]
    return frozenset()


def _plural(word: str) -> str:
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def _codes(
    rules: list[Rule], names: dict[str, str], codebook: Codebook
) -> dict[str, CameoCode]:
    """An entry for each code of the file that the CAMEO codebook lacks."""
    found: dict[str, CameoCode] = {}
    for rule in rules:
        for code in (rule.code, rule.reverse):
            if not code or code in codebook or code in found:
                continue
            name = (names.get(code) or names.get(rule.code) or code).capitalize()
            root = code[:2]
            if root.isdigit() and root in codebook:
                base = codebook[root]
                found[code] = CameoCode(
                    code,
                    f"{name} (imported code; Goldstein and QuadClass of root {root})",
                    base.goldstein,
                    base.quad_class,
                    base.plover,
                )
            else:
                found[code] = CameoCode(
                    code,
                    f"{name} (imported code; no Goldstein or QuadClass)",
                    0.0,
                    0,
                    "",
                )
    return found
