"""PETRARCH discard lists: phrases that mark a sentence or story as not news.

Each line is a phrase; ``+`` before it discards the whole story, otherwise
only the sentence. A phrase ending in ``_`` must end at a word boundary,
others match as stems ("BASEBALL" matches "baseballs"). Matching ignores
case and starts at a word boundary, as PETRARCH's does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .lines import dictionary_lines, phrase_words

__all__ = ["Discards", "read_petrarch_discards"]


@dataclass(frozen=True)
class Discards:
    """Compiled discard phrases."""

    story: re.Pattern[str] | None
    sentence: re.Pattern[str] | None

    def match(self, text: str) -> Literal["story", "sentence", ""]:
        """ "story" or "sentence" when a phrase of that level is in ``text``."""
        if self.story is not None and self.story.search(text):
            return "story"
        if self.sentence is not None and self.sentence.search(text):
            return "sentence"
        return ""


def read_petrarch_discards(path: Path) -> Discards:
    """The discard phrases of a file, compiled."""
    story: list[str] = []
    sentence: list[str] = []
    for _number, line in dictionary_lines(path):
        text = line.strip()
        whole = text.startswith("+")
        phrase = text.lstrip("+").strip()
        words = phrase_words(phrase)
        if not words:
            continue
        pattern = r"\b" + r"[\s_]+".join(re.escape(w) for w in words)
        if phrase.endswith("_"):
            pattern += r"\b"
        (story if whole else sentence).append(pattern)
    return Discards(_compiled(story), _compiled(sentence))


def _compiled(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
