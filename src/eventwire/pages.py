"""Articles from HTML pages: the story's text, title, date and URL.

A saved news page is mostly not the story: navigation, related links, comments,
cookie notices. trafilatura finds the main text and reads the page's metadata
(``<title>``, Open Graph and schema.org tags, the canonical link, dates in tags
and in the URL), so that a page becomes the same :class:`~eventwire.models.Article`
a JSON line with ``text``, ``title``, ``published`` and ``url`` would.

Notes:
    Barbaresi, A. (2021), "Trafilatura: A Web Scraping Library and Command-Line
    Tool for Text Discovery and Extraction", ACL-IJCNLP System Demonstrations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Page", "read_page"]

_DAY_LENGTH = 10  # "2024-03-12"


@dataclass(frozen=True)
class Page:
    """What a news page holds: its main text and metadata ("" where unknown)."""

    text: str
    title: str
    url: str
    published: dt.date | None


def read_page(html: str) -> Page:
    """Extract the story from an HTML page.

    Paragraphs are separated by blank lines (the parser ends a sentence there),
    and a first line that repeats the title is dropped: the title is kept in
    its own field, and coding it as well would count the story's event twice.

    Args:
        html: The page's markup.

    Returns:
        The page's text ("" when no main text is found) and metadata.
    """
    import trafilatura  # slow to import; only pages need it

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if found is None:
        return Page("", "", "", None)
    record = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    title = str(record.get("title") or "").strip()
    lines = [line.strip() for line in str(record.get("text") or "").splitlines()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return Page(
        text="\n\n".join(lines),
        title=title,
        url=str(record.get("url") or ""),
        published=_date(record.get("date")),
    )


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < _DAY_LENGTH:
        return None
    try:
        return dt.date.fromisoformat(value[:_DAY_LENGTH])
    except ValueError:
        return None
