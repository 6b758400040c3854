"""Errors eventwire raises, one class per failure a caller can act on.

::

    EventDataError
     ├── SourceError       an input file or line cannot be read as an article
     ├── DictionaryError   a dictionary file is malformed (names file and line)
     ├── ModelError        the spaCy model cannot be loaded
     └── StoreError        the database cannot be opened or written
"""


class EventDataError(Exception):
    """Root of every error eventwire raises on purpose."""


class SourceError(EventDataError):
    """An input cannot be read as an article; the message names file and line."""


class DictionaryError(EventDataError):
    """A dictionary file is malformed; the message names file and line."""


class ModelError(EventDataError):
    """The spaCy model is not installed or cannot be loaded."""


class StoreError(EventDataError):
    """The event database cannot be opened or written."""
