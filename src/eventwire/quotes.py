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

from spacy.tokens import Doc, Span, Token

from .mentions import MentionIndex
from .models import Quote
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


def find_quotes(doc: Doc, article_id: str, mentions: MentionIndex) -> list[Quote]:
    """Every direct quote of an article with its speaker, in text order."""
    quotes: list[Quote] = []
    sentences = list(doc.sents)
    previous: tuple[int, str, str, str] | None = None  # sentence, text, name, code
    for start, end in _quote_spans(doc.text):
        content = doc.text[start:end]
        if len(content.split()) < _MIN_WORDS:
            continue
        first = _sentence_index(sentences, start)
        last = _sentence_index(sentences, max(start, end - 1))
        speaker = _speaker(sentences, first, last, start, end, mentions)
        if speaker is None and previous is not None and first - previous[0] <= 1:
            speaker = previous[1:]
        speaker_text, speaker_name, speaker_code = speaker or ("", "", "")
        if speaker is not None:
            previous = (last, speaker_text, speaker_name, speaker_code)
        else:
            previous = None
        quote_id = hashlib.sha1(f"{article_id}:{start}".encode()).hexdigest()[:16]
        quotes.append(
            Quote(
                quote_id=quote_id,
                article_id=article_id,
                sentence_index=first,
                text=content.strip(),
                direct=True,
                speaker_text=speaker_text,
                speaker_name=speaker_name,
                speaker_code=speaker_code,
                start=start,
                end=end,
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
) -> tuple[str, str, str] | None:
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


def _describe(head: Token, mentions: MentionIndex) -> tuple[str, str, str]:
    mention = mentions.mention(head)
    if mention is not None:
        return mention.text, mention.actor.name, mention.actor.code
    left = min(t.i for t in head.subtree if t.i <= head.i)
    span = head.doc[left : head.i + 1]
    return span.text, "", ""
