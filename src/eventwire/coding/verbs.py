"""The verb-pattern dictionary: which words code to which CAMEO event.

Rules live in ``data/verbs/rules.yml``; each has an ``id`` that every event it
codes carries in ``Event.rule``. A rule names verb lemmas (with the particles
that belong to them: "call on"), optional light-verb nouns ("hold" + "talk"),
which the support verbs may carry as well ("resume" + "talk"), optional
context words that pick a sub-code ("spoke by phone" -> 041), where to
look for the target, and the codes to use when the act is only intended or
threatened. The file's header documents the schema.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DictionaryError
from ..yamlfile import LINE, read_yaml
from .cameo import Codebook

_KEYS = {
    "id",
    "code",
    "verbs",
    "nouns",
    "context",
    "target",
    "one_sided",
    "needs_target",
    "people",
    "reciprocal",
    "intent",
    "threat",
    "examples",
    "negatives",
    "fallback",
    "support",
    "purpose",
}

# Verbs that carry on, take up again or carry out an act that a noun names:
# "renewed negotiations", "resumed aid", "undertook a mediation mission",
# "completed its investigation" state what "held negotiations", "sent aid" and
# "opened an investigation" state. A rule whose nouns name such an act says
# ``support: true`` and matches these verbs too.
SUPPORT_VERBS = (
    "renew",
    "resume",
    "continue",
    "restart",
    "undertake",
    "complete",
    "conclude",
    "step up",
    "intensify",
    "redouble",
)


@dataclass(frozen=True)
class VerbPattern:
    """A verb lemma and the particles that must attach to it."""

    lemma: str
    particles: tuple[str, ...] = ()


# A target slot list meaning: the object, then any prepositional object,
# nearest the verb first.
ANY_SLOT = ("*",)


@dataclass(frozen=True)
class WordSlot:
    """Words a rule needs before or after its verb: one of ``phrases``.

    ``adjacent``: the phrase must touch the verb side of the pattern (the verb
    itself or the slot nearer to it); otherwise other words may come between.
    """

    phrases: frozenset[tuple[str, ...]]
    adjacent: bool = False


@dataclass(frozen=True)
class Rule:
    """One coding rule of the dictionary.

    Beyond the YAML schema, rules read from a PETRARCH verb dictionary may
    carry word slots (``before``/``after`` the verb, in order), need a negated
    clause (``negated``: "did not allow" as its own act), code a second event
    from target to source (``reverse``: a visit and its reception), and take
    their source from a prepositional slot, the subject then being the target
    (``source``: "was freed from Mordor"), and code nothing when no one acted
    upon is named (``needs_target``, as PETRARCH codes). Their ``modals``
    are the modal auxiliaries their own words name ("SAID WOULD *"): a clause
    with one is no hypothetical for them. With ``deep_target`` and no slot
    named, the target is the first actor anywhere in the verb's phrase after
    it when no object slot names one ("warned of the son of X"), as PETRARCH
    looks for it. ``agentless`` says how such a rule reads a passive with
    no "by" phrase (``AGENTLESS_AS_WRITTEN`` or ``AGENTLESS_ACTED_UPON`` of
    ``coding.slots``; "" where no one named is acting). With ``people``
    the verb acts on people only: a direct object (a passive's subject) that
    names a thing is another sense of the verb ("received surgery",
    "released a report"), and codes nothing.
    """

    id: str
    code: str
    verbs: tuple[VerbPattern, ...]
    nouns: frozenset[str]
    context: frozenset[str]
    target: tuple[str, ...]
    one_sided: bool
    reciprocal: bool
    intent: str
    threat: str
    examples: tuple[str, ...]
    origin: str
    fallback: bool = False
    negatives: tuple[str, ...] = ()
    before: tuple[WordSlot, ...] = ()
    after: tuple[WordSlot, ...] = ()
    negated: bool = False
    reverse: str = ""
    source: tuple[str, ...] = ()
    needs_target: bool = False
    modals: frozenset[str] = frozenset()
    deep_target: bool = False
    agentless: str = ""
    people: bool = False

    @property
    def rank(self) -> int:
        """Lower tries first: nouns and context, nouns, context, plain verbs."""
        if self.nouns and self.context:
            return 0
        if self.nouns:
            return 1
        if self.context:
            return 2
        return 3

    @property
    def order(self) -> tuple[int, int]:
        """Sort key: by rank, then rules that need more words first."""
        return self.rank, -len(self.before) - len(self.after)


class VerbDictionary:
    """Rules indexed by verb lemma, most specific first."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        index: dict[str, list[tuple[Rule, VerbPattern]]] = defaultdict(list)
        # A fallback rule codes a wrapper verb ("agreed to ...") only when the act
        # it wraps matches no rule; it is never tried on its own.
        self.fallbacks = {
            pattern.lemma: rule
            for rule in rules
            if rule.fallback
            for pattern in rule.verbs
        }
        for rule in sorted(rules, key=lambda r: r.order):  # stable: file order kept
            if rule.fallback:
                continue
            for pattern in rule.verbs:
                index[pattern.lemma].append((rule, pattern))
        self._index = dict(index)
        # Verb + particle phrases some rule names ("call off", "break off"):
        # a rule for the plain verb does not match them.
        self.phrasal = {
            (pattern.lemma, pattern.particles[0])
            for rule in rules
            for pattern in rule.verbs
            if pattern.particles
        }
        nouns: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            for noun in rule.nouns:
                nouns[noun].append(rule)
        self._nouns = dict(nouns)
        self._codes = frozenset(rule.code for rule in rules)

    @classmethod
    def from_path(
        cls, path: Path | None = None, codebook: Codebook | None = None
    ) -> VerbDictionary:
        """Read and check a rules file (the built-in one by default).

        Raises:
            DictionaryError: naming the file and line of the first problem.
        """
        path = path or Path(
            str(resources.files("eventwire") / "data" / "verbs" / "rules.yml")
        )
        codebook = codebook or Codebook.from_path()
        data = read_yaml(path)
        if not isinstance(data, list):
            raise DictionaryError(f"{path}: expected a list of rules")
        rules: list[Rule] = []
        seen: set[str] = set()
        for item in data:
            rule = _parse_rule(item, path, codebook)
            if rule.id in seen:
                raise DictionaryError(f"{rule.origin}: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            rules.append(rule)
        return cls(rules)

    def for_lemma(self, lemma: str) -> list[tuple[Rule, VerbPattern]]:
        return self._index.get(lemma, [])

    def for_verb(self, lemma: str, form: str) -> list[tuple[Rule, VerbPattern]]:
        """Rules for a verb by lemma, then by the form written ("said", "met"),
        as dictionaries that list inflected forms need."""
        found = self.for_lemma(lemma)
        if form != lemma and form in self._index:
            # The form written ("left") says more than the lemma ("leave").
            found = sorted([*self._index[form], *found], key=lambda p: p[0].order)
        return found

    def for_noun(self, lemma: str) -> list[Rule]:
        return self._nouns.get(lemma, [])

    def codes(self) -> frozenset[str]:
        """The codes the rules give."""
        return self._codes


def _parse_rule(item: Any, path: Path, codebook: Codebook) -> Rule:
    if not isinstance(item, dict):
        raise DictionaryError(f"{path}: every rule must be a mapping")
    origin = f"{path.name}:{item.pop(LINE, '?')}"
    unknown = set(item) - _KEYS
    if unknown:
        raise DictionaryError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("id", "code", "verbs"):
        if key not in item:
            raise DictionaryError(f"{origin}: rule needs {key!r}")
    code = str(item["code"])
    if code not in codebook:
        raise DictionaryError(f"{origin}: {code!r} is not a CAMEO code")
    intent = str(item.get("intent") or "")
    threat = str(item.get("threat") or "")
    if intent and (intent not in codebook or not intent.startswith("03")):
        raise DictionaryError(f"{origin}: intent {intent!r} is not a 03x code")
    if threat and (threat not in codebook or not threat.startswith("13")):
        raise DictionaryError(f"{origin}: threat {threat!r} is not a 13x code")
    names = [str(v).lower() for v in _strings(item, "verbs", origin)]
    if item.get("support"):
        if not item.get("nouns"):
            raise DictionaryError(
                f"{origin}: rule {item['id']!r} has 'support' but no nouns: "
                "support verbs need the noun that names the act"
            )
        names += [verb for verb in SUPPORT_VERBS if verb not in names]
    verbs = tuple(
        VerbPattern(words[0], tuple(words[1:]))
        for words in (name.split() for name in names)
        if words
    )
    if not verbs:
        raise DictionaryError(f"{origin}: rule {item['id']!r} has no verbs")
    return Rule(
        id=str(item["id"]),
        code=code,
        verbs=verbs,
        nouns=frozenset(n.lower() for n in _strings(item, "nouns", origin)),
        context=frozenset(c.lower() for c in _strings(item, "context", origin)),
        target=tuple(t.lower() for t in _strings(item, "target", origin)),
        one_sided=bool(item.get("one_sided", False)),
        reciprocal=bool(item.get("reciprocal", False)),
        intent=intent,
        threat=threat,
        examples=tuple(_strings(item, "examples", origin)),
        origin=origin,
        negatives=tuple(_strings(item, "negatives", origin)),
        fallback=bool(item.get("fallback", False)),
        needs_target=bool(item.get("needs_target", False)),
        people=bool(item.get("people", False)),
        after=_purpose(item, origin),
    )


def _purpose(item: dict[str, Any], origin: str) -> tuple[WordSlot, ...]:
    """A rule's ``purpose`` words as one word slot after its verb: one of them
    must follow the verb in its phrase, clauses below it included ("staged a
    rally to demand the president's resignation")."""
    words = _strings(item, "purpose", origin)
    if not words:
        return ()
    return (WordSlot(frozenset(tuple(w.lower().split()) for w in words)),)


def _strings(item: dict[str, Any], key: str, origin: str) -> list[str]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DictionaryError(f"{origin}: {key!r} must be a list of strings")
    return list(value)
