"""Reading the verb-pattern dictionary: rules, their order, and clear errors."""

import pytest

from eventwire.coding.verbs import SUPPORT_VERBS, VerbDictionary
from eventwire.errors import DictionaryError

GOOD = """
- id: 040.meet
  code: "040"
  verbs: [meet]
  target: [dobj, with]
  examples: ["Japan met Korea."]
- id: 041.phone
  code: "041"
  verbs: [speak]
  context: [phone]
  target: [with]
- id: 020.call-on
  code: "020"
  verbs: ["call on"]
  target: ["on"]
"""


def _write(tmp_path, text):
    path = tmp_path / "rules.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_rules_load_with_particles_and_origin(tmp_path):
    verbs = VerbDictionary.from_path(_write(tmp_path, GOOD))
    (rule, pattern), *_ = verbs.for_lemma("call")
    assert (rule.id, pattern.lemma, pattern.particles) == (
        "020.call-on",
        "call",
        ("on",),
    )
    assert rule.origin == "rules.yml:12"
    assert verbs.codes() == {"040", "041", "020"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "- id: a\n  code: '999'\n  verbs: [x]\n",
            r"rules.yml:1: '999' is not a CAMEO code",
        ),
        ("- id: a\n  code: '040'\n", r"rules.yml:1: rule needs 'verbs'"),
        ("- id: a\n  code: '040'\n  verbs: [x]\n  colour: red\n", r"unknown key"),
        (
            "- id: a\n  code: '040'\n  verbs: [x]\n  intent: '190'\n",
            r"intent '190' is not a 03x code",
        ),
        (
            "- id: a\n  code: '040'\n  verbs: [x]\n"
            "- id: a\n  code: '041'\n  verbs: [y]\n",
            r"rules.yml:4: duplicate rule id 'a'",
        ),
        (
            "- id: a\n  code: '040'\n  verbs: [x]\n  support: true\n",
            r"rules.yml:1: rule 'a' has 'support' but no nouns",
        ),
        ("- id: [unclosed\n", r"not valid YAML"),
        ("just a string\n", r"expected a list of rules"),
    ],
)
def test_malformed_rules_name_file_and_line(tmp_path, text, message):
    with pytest.raises(DictionaryError, match=message):
        VerbDictionary.from_path(_write(tmp_path, text))


def test_built_in_rules_are_ordered_most_specific_first():
    verbs = VerbDictionary.from_path()
    ranks = [rule.rank for rule, _ in verbs.for_lemma("discuss")]
    assert ranks == sorted(ranks)


SUPPORTED = """
- id: 046.hold_talks
  code: "046"
  verbs: [hold, resume]
  nouns: [talk]
  target: [with]
  support: true
"""


@pytest.mark.parametrize(
    ("lemma", "particles"),
    [
        ("hold", ()),
        ("resume", ()),
        ("renew", ()),
        ("undertake", ()),
        ("complete", ()),
        ("step", ("up",)),
    ],
)
def test_support_verbs_join_a_rule_whose_nouns_name_the_act(tmp_path, lemma, particles):
    verbs = VerbDictionary.from_path(_write(tmp_path, SUPPORTED))
    assert [(r.id, p.particles) for r, p in verbs.for_lemma(lemma)] == [
        ("046.hold_talks", particles)
    ]


def test_support_verbs_are_listed_once(tmp_path):
    (rule,) = VerbDictionary.from_path(_write(tmp_path, SUPPORTED)).rules
    lemmas = [(p.lemma, p.particles) for p in rule.verbs]
    assert len(lemmas) == len(set(lemmas))
    assert len(lemmas) == len(SUPPORT_VERBS) + 1  # "hold" is no support verb


def test_rules_without_support_keep_their_verbs(tmp_path):
    verbs = VerbDictionary.from_path(_write(tmp_path, GOOD))
    assert verbs.for_lemma("renew") == []


PURPOSE = """
- id: 141.protest
  code: "141"
  verbs: [protest]
  target: [against]
- id: 1411.protest_leadership
  code: "1411"
  verbs: [protest]
  purpose: [resignation, "step down"]
  target: [against]
"""


def test_purpose_words_make_a_word_slot_after_the_verb(tmp_path):
    verbs = VerbDictionary.from_path(_write(tmp_path, PURPOSE))
    rule = next(r for r in verbs.rules if r.id == "1411.protest_leadership")
    (slot,) = rule.after
    assert slot.phrases == {("resignation",), ("step", "down")}
    assert not slot.adjacent


def test_rule_with_purpose_is_tried_before_the_plain_rule(tmp_path):
    verbs = VerbDictionary.from_path(_write(tmp_path, PURPOSE))
    assert [r.id for r, _ in verbs.for_lemma("protest")] == [
        "1411.protest_leadership",
        "141.protest",
    ]
