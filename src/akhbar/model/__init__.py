"""The data model: an article's original text and stand-off spans over it, and stories over articles.

Nothing here does I/O. ``Article`` and ``Span`` are frozen: a step that finds something returns a new
``Article`` with an extra span layer (``with_spans``), and ``Article.text`` is never rewritten — not by
cleaning, not by normalising, not by trimming. Offsets are Python ``str`` indices, end exclusive, as in
the gold format of ``shared/gold/GUIDELINES.md``.
"""

from akhbar.model.article import LAYERS, Article, Span, article_id, spans_of
from akhbar.model.story import Citation, Conflict, Story, StoryHeadline, TimelineRow

__all__ = [
    "LAYERS",
    "Article",
    "Citation",
    "Conflict",
    "Span",
    "Story",
    "StoryHeadline",
    "TimelineRow",
    "article_id",
    "spans_of",
]
