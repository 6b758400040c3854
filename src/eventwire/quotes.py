"""Direct quotations and who said them.

Quotes are found from their marks (straight or curly double quotes; a quote
left open at a paragraph's end, as wire copy does for quotes running over
several paragraphs, closes there). The speaker is the subject of a verb of
speaking outside the quote in the sentences it touches ("Trump said",
"he told reporters", "Trump replied:"); a quote with no such verb that follows
straight on from another takes that quote's speaker.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .mentions import MentionIndex
from .models import Mention, Quote
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
}
_OPEN = {"“": "”", '"': '"', "„": "“"}
_MIN_WORDS = 2


@dataclass(frozen=True)
class Attribution:
    """A quote's span and who said it, before it becomes a :class:`Quote`."""

    start: int
    end: int
    sentence_index: int
    speaker_text: str
    speaker: Mention | None


def attribute_quotes(doc: Doc, mentions: MentionIndex) -> list[Attribution]:
    """Every direct quote of an article with its speaker, in text order."""
    found: list[Attribution] = []
    sentences = list(doc.sents)
    previous: tuple[int, str, Mention | None] | None = None  # sentence, text, who
    for start, end in _quote_spans(doc.text):
        content = doc.text[start:end]
        if len(content.split()) < _MIN_WORDS:
            continue
        first = _sentence_index(sentences, start)
        last = _sentence_index(sentences, max(start, end - 1))
        speaker = _speaker(sentences, first, last, start, end, mentions)
        if speaker is None and previous is not None and first - previous[0] <= 1:
            speaker = previous[1:]
        previous = (last, *speaker) if speaker is not None else None
        text, who = speaker or ("", None)
        found.append(Attribution(start, end, first, text, who))
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
    quotes: list[Quote] = []
    for found in attributions:
        who = found.speaker
        quote_id = hashlib.sha1(f"{article_id}:{found.start}".encode()).hexdigest()[:16]
        quotes.append(
            Quote(
                quote_id=quote_id,
                article_id=article_id,
                sentence_index=found.sentence_index,
                text=doc.text[found.start : found.end].strip(),
                direct=True,
                speaker_text=found.speaker_text,
                speaker_name=who.actor.name if who else "",
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
) -> tuple[str, Mention | None] | None:
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
            return _describe(subject, mentions)
        according = re.search(r"according to ", sentences[index].text)
        if according:
            offset = sentences[index].start_char + according.end()
            for token in sentences[index]:
                if token.idx == offset:
                    return _describe(
                        token.head if token.dep_ == "compound" else token, mentions
                    )
    return None


def _describe(head: Token, mentions: MentionIndex) -> tuple[str, Mention | None]:
    mention = mentions.mention(head)
    if mention is not None:
        return mention.text, mention
    left = min(t.i for t in head.subtree if t.i <= head.i)
    return head.doc[left : head.i + 1].text, None
