"""akhbar: Arabic news from many outlets turned into cited stories.

The package root re-exports the facade and the model; everything else is imported from its module.
"""

from __future__ import annotations

from akhbar.errors import AkhbarError, InputError, NotFound, SpanError, StoreError
from akhbar.model import Article, Citation, Span, Story, TimelineRow

__all__ = [
    "AkhbarError",
    "Article",
    "Citation",
    "InputError",
    "NotFound",
    "Span",
    "SpanError",
    "StoreError",
    "Story",
    "TimelineRow",
]
__version__ = "0.1.0"
