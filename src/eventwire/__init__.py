"""eventwire: news articles in, dated and explained CAMEO political events out.

>>> import eventwire
>>> result = eventwire.code_text("Russia and China held talks on Friday.",
...                              published="2025-01-23")
>>> [(e.source_code, e.target_code, e.cameo, e.date) for e in result.events]
"""

from .errors import DictionaryError, EventDataError, ModelError, SourceError, StoreError
from .models import Actor, Article, DateRef, Event, Mention, Place, Quote, Result
from .pipeline import Pipeline, Resources, code_text
from .store import Store, open_store

__all__ = [
    "Actor",
    "Article",
    "DateRef",
    "DictionaryError",
    "Event",
    "EventDataError",
    "Mention",
    "ModelError",
    "Pipeline",
    "Place",
    "Quote",
    "Resources",
    "Result",
    "SourceError",
    "Store",
    "StoreError",
    "code_text",
    "open_store",
]
