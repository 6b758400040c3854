"""eventwire: news articles in, dated and explained CAMEO political events out.

>>> import eventwire
>>> result = eventwire.code_text("Russia and China held talks on Friday.",
...                              published="2025-01-23")
>>> [(e.source_code, e.target_code, e.cameo, e.date) for e in result.events]
"""

from .errors import DictionaryError, EventDataError, ModelError, SourceError, StoreError
from .ingest import IngestReport
from .models import (
    Actor,
    Article,
    DateRef,
    Event,
    EventGroup,
    Mention,
    Place,
    Quote,
    Report,
    Result,
)
from .pipeline import Pipeline, Resources, code_text
from .store import Store, open_store

__all__ = [
    "Actor",
    "Article",
    "DateRef",
    "DictionaryError",
    "Event",
    "EventDataError",
    "EventGroup",
    "IngestReport",
    "Mention",
    "ModelError",
    "Pipeline",
    "Place",
    "Quote",
    "Report",
    "Resources",
    "Result",
    "SourceError",
    "Store",
    "StoreError",
    "code_text",
    "open_store",
]
