"""Quotes and who said them: direct quotations, and reported speech.

Direct quotes are found from their marks (straight or curly double quotes; a
quote left open at a paragraph's end, as wire copy does for quotes running over
several paragraphs, closes there; single quotes nested inside stay part of the
quote). The speaker is the subject of a verb of speaking outside the quote in
the sentences it touches ("Trump said", "he told reporters", "Trump replied:");
for a partial quote inside a sentence ('open to "mutually respectful" talks')
it is the subject of the clause that holds it; a quote with no such verb that
follows straight on from another takes that quote's speaker. Titles in quotes
("Meet the Press") are no quotes.

Indirect speech ("X said that ...", "according to X, ...") is found by
:mod:`eventwire.speech`; both come out of :func:`find_quotes` as
:class:`~eventwire.models.Quote` records, ``direct`` telling them apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .mentions import MentionIndex
from .models import Quote
from .nlp import doc_text
from .speech import (
    Attribution,
    Speaker,
    according_source,
    can_speak,
    describe_speaker,
    reported_speech,
)
from .syntax import subject_of

SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "reply",
    "state",
    "declare",
    "insist",
    "write",
    "warn",
    "note",
    "explain",
    "respond",
    "ask",
    "argue",
    "claim",
    "stress",
    "announce",
    "comment",
    "remark",
    "continue",
    "conclude",
    "acknowledge",
    "admit",
    "tweet",
    "post",
    "urge",
    "vow",
    "pledge",
    "report",
    "quote",
    "deny",
    "confirm",
    "predict",
    "promise",
    "allege",
    "complain",
    "contend",
    "maintain",
    "emphasize",
    "emphasise",
    "suggest",
    "reveal",
    "describe",
    "call",
    "accuse",
    "blast",
    "mock",
    "joke",
    "recall",
    "shout",
    "chant",
}
# Small words that stay lower case in titles ("Failure to Adjust").
_TITLE_SMALL = frozenset(
    "a an and as at but by for in of on or the to vs with from".split()
)
_OPEN = {"“": "”", '"': '"', "„": "“"}
_CLOSE = frozenset(_OPEN.values()) | {"’"}
_MIN_WORDS = 2
_SIGNATURE_REACH = 8  # characters between a quote's close and the name signing it


def attribute_quotes(doc: Doc, mentions: MentionIndex) -> list[Attribution]:
    """Every direct quote of an article with its speaker, in text order."""
    found: list[Attribution] = []
    sentences = list(doc.sents)
    previous: tuple[int, Speaker] | None = None  # sentence, speaker
    text = doc_text(doc)
    for start, end in _quote_spans(text):
        content = text[start:end]
        if _is_title(content) or not content.strip():
            continue
        first = _sentence_index(sentences, start)
        last = _sentence_index(sentences, max(start, end - 1))
        speaker = _governing_speaker(doc, start, end, mentions)
        if len(content.split()) < _MIN_WORDS and speaker is None:
            continue  # a one-word quote is someone's only where a clause says whose
        if speaker is None:
            speaker = _speaker(sentences, first, last, start, end, mentions)
        if speaker is None:
            speaker = _adjoining(sentences, first, last, start, end, mentions, text)
        if speaker is None:
            speaker = _signed(doc, text, end, mentions)
        if speaker is None and previous is not None and first - previous[0] <= 1:
            speaker = previous[1]
        previous = (last, speaker) if speaker is not None else None
        words, who, name = speaker or ("", None, "")
        found.append(Attribution(start, end, first, words, who, name))
    return _run_on_speakers(text, found)


def _run_on_speakers(text: str, found: list[Attribution]) -> list[Attribution]:
    """A quote left open at a paragraph's end is said by whoever says the quote
    that takes it up in the next paragraph."""
    for number in range(len(found) - 2, -1, -1):
        quote, after = found[number], found[number + 1]
        left_open = text[quote.end : quote.end + 1] not in _CLOSE
        if left_open and not quote.speaker_text and after.speaker_text:
            found[number] = replace(
                quote,
                speaker_text=after.speaker_text,
                speaker=after.speaker,
                speaker_name=after.speaker_name,
            )
    return found


def find_quotes(
    doc: Doc,
    article_id: str,
    mentions: MentionIndex,
    attributions: list[Attribution] | None = None,
) -> list[Quote]:
    """Every direct quote of an article as a :class:`Quote` record."""
    if attributions is None:
        attributions = attribute_quotes(doc, mentions)
    direct = [(a, True) for a in attributions]
    reported = [(a, False) for a in reported_speech(doc, mentions, attributions)]
    quotes: list[Quote] = []
    text = doc_text(doc)
    seen: set[str] = set()
    for found, is_direct in sorted(direct + reported, key=lambda f: f[0].start):
        who = found.speaker
        kind = "" if is_direct else ":indirect"
        key = f"{article_id}:{found.start}{kind}"
        if key in seen:
            # "an official said that ..., a newspaper reported": the words are
            # one statement, kept once, with the speaker who said them.
            continue
        seen.add(key)
        quotes.append(
            Quote(
                quote_id=hashlib.sha1(key.encode()).hexdigest()[:16],
                article_id=article_id,
                sentence_index=found.sentence_index,
                text=text[found.start : found.end].strip(),
                direct=is_direct,
                speaker_text=found.speaker_text,
                speaker_name=who.actor.name if who else found.speaker_name,
                speaker_code=who.actor.code if who else "",
                start=found.start,
                end=found.end,
            )
        )
    return quotes


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted words, without the marks."""
    spans: list[tuple[int, int]] = []
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "‘" and (i == 0 or not text[i - 1].isalnum()):
            # British style: ‘...’, where ’ is also the apostrophe of "Trump’s".
            single = _single_close(text, i + 1)
            if single is not None:
                spans.append((i + 1, single))
                i = single + 1
                continue
        if char in _OPEN:
            close = _OPEN[char]
            paragraph_end = text.find("\n\n", i)
            if paragraph_end == -1:
                paragraph_end = length
            j = text.find(close, i + 1)
            if j == -1 or j > paragraph_end:
                # Open at the paragraph's end: the quote runs on.
                end = paragraph_end
                spans.append((i + 1, _rstrip(text, i + 1, end)))
                i = end
                continue
            spans.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def _single_close(text: str, start: int) -> int | None:
    """Where a ‘single-quoted’ passage ends: a ’ not followed by a letter."""
    paragraph_end = text.find("\n\n", start)
    if paragraph_end == -1:
        paragraph_end = len(text)
    j = text.find("’", start)
    while j != -1 and j < paragraph_end:
        if j + 1 >= len(text) or not text[j + 1].isalpha():
            return j
        j = text.find("’", j + 1)
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _sentence_index(sentences: list[Span], char: int) -> int:
    for index, sent in enumerate(sentences):
        if sent.start_char <= char < sent.end_char:
            return index
    return len(sentences) - 1


def _speaker(
    sentences: list[Span],
    first: int,
    last: int,
    start: int,
    end: int,
    mentions: MentionIndex,
) -> Speaker | None:
    # The attribution is most often in the sentence where the quote ends
    # ("..." Trump said.), else where it starts (Trump replied: "...").
    for index in dict.fromkeys((last, first)):
        for token in sentences[index]:
            if start - 1 <= token.idx < end + 1:
                continue
            if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ not in (
                "VERB",
                "AUX",
            ):
                continue
            subject = subject_of(token)
            if subject is None:
                continue
            return describe_speaker(subject, mentions)
        for token in sentences[index]:
            source = according_source(token) if token.lower_ == "according" else None
            if source is not None:
                return describe_speaker(source, mentions)
    return None


def _adjoining(
    sentences: list[Span],
    first: int,
    last: int,
    start: int,
    end: int,
    mentions: MentionIndex,
    text: str,
) -> Speaker | None:
    """The speaker in the sentence that a quote runs into ('"Why now?" Mr. Lee
    asked.', split after the question mark) or that announces it ("Clinton
    said:" closing the paragraph before)."""
    after = last + 1
    if after < len(sentences) and not text[end : sentences[after].start_char].strip(
        ' "”’'
    ):
        found = _speaker(sentences, after, after, start, end, mentions)
        if found is not None:
            return found
    before = first - 1
    if before >= 0 and sentences[before].text.rstrip().endswith(":"):
        if sentences[before].end_char <= start:
            return _speaker(sentences, before, before, start, end, mentions)
    return None


def _governing_speaker(
    doc: Doc, start: int, end: int, mentions: MentionIndex
) -> Speaker | None:
    """The speaker of the clause that holds a quote: the subject of the first
    verb above the quoted words, outside them, whose subject can speak.

    '"We will not give up," Zelenskyy said' (the quote is what he said); 'Iran
    said it was open to "mutually respectful" talks' (not "it", but Iran);
    'Trump blasted the "disgusting" media'.
    """
    quoted = doc.char_span(start, end, alignment_mode="expand")
    if quoted is None:
        return None
    token = quoted.root
    first: Token | None = None  # the subject of the lowest clause that can speak
    while token.head.i != token.i:
        token = token.head
        if quoted.start <= token.i < quoted.end or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(token)
        if subject is None or quoted.start <= subject.i < quoted.end:
            continue
        if not can_speak(subject, mentions):
            continue
        if token.lemma_.lower() in SPEECH_VERBS:
            # 'Trump said the two sides agreed to a "full" ceasefire': the
            # words are the speaker's, not those of the sides that agreed.
            return describe_speaker(subject, mentions)
        first = first or subject
    return describe_speaker(first, mentions) if first is not None else None


def _signed(doc: Doc, text: str, end: int, mentions: MentionIndex) -> Speaker | None:
    """A quote signed with a name and no verb: '"..." — Jane Doe, Reuters'."""
    after = text[end : end + _SIGNATURE_REACH]
    gap = len(after) - len(after.lstrip(' \n"”’—–-,'))
    signed = doc.char_span(end + gap, end + gap + 1, alignment_mode="expand")
    if signed is None or signed.root.ent_type_ != "PERSON":
        return None
    root = signed.root
    first = root.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    last = root.i + 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    name = doc[first:last]
    if any(t.pos_ in ("VERB", "AUX") for t in name.root.sent if t.i > name.end):
        if name.root.dep_ in ("nsubj", "nsubjpass"):
            return None  # "... Jane Doe said": the verb finder's case
    return describe_speaker(name.root, mentions)


def _is_title(content: str) -> bool:
    """ "Meet the Press", "Make America Great Again": a title, not a quote."""
    words = re.findall(r"[A-Za-z][\w'’-]*", content)
    if len(words) < _MIN_WORDS or content.rstrip()[-1:] in "!?,":
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)
