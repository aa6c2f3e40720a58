"""The extraction steps, in order: sentences → entities → linking → quotes → timex → events.

``Extractor`` holds what the steps share across articles: the loaded NER model (loading it costs a
second, so it happens once) and the ``EntityIndex`` that learns canonical names as articles stream in,
so «لافروف» in today's article links to «سيرغي لافروف» seen yesterday. Each step reads the text and
the layers earlier steps added (the body, excluded regions, credits) and never changes the text.

Layers written: ``sentences``, ``entities`` (attrs ``canonical``, ``entity_id``, ``role``),
``quotes`` (labels ``direct``/``indirect``), ``timex`` (attrs ``value``, ``anchor``) and ``events``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from akhbar.extract.entity_backoff import apply_listed_names
from akhbar.extract.entity_discourse import spread_names
from akhbar.extract.entity_index import EntityIndex
from akhbar.extract.entity_outlets import name_outlets
from akhbar.extract.events import find_events
from akhbar.extract.linking import link_entities
from akhbar.extract.ner import NerModel, complete_mentions, find_entities
from akhbar.extract.quotes import find_quotes
from akhbar.extract.timex import find_timex
from akhbar.extract.words import Tokens, tokenise
from akhbar.model import Article, Span
from akhbar.text.sentences import iter_sentences

if TYPE_CHECKING:
    from pathlib import Path

LAYERS = ("sentences", "entities", "quotes", "timex", "events")


def add_sentences(article: Article) -> Article:
    """The ``sentences`` layer: sentences of the title and body that lie outside excluded regions."""
    spans = [
        Span(s, e, "sentence")
        for lo, hi in _regions(article)
        for s, e in iter_sentences(article.text, lo, hi)
        if not article.is_excluded(s, e)
    ]
    return article.with_spans("sentences", spans)


@dataclass(slots=True)
class Extractor:
    """Runs every extraction step on an article; call it like a function, ``extractor(article)``.

    >>> from datetime import date
    >>> ex = Extractor.load()
    >>> art = Article.from_text("قال وزير الخارجية الروسي سيرغي لافروف اليوم إن الرد سلبي.", source="x",
    ...                         pub_date=date(2022, 1, 24))
    >>> out = ex(art)
    >>> [(out.surface(q), q.attrs["speaker"]) for q in out.spans("quotes")]
    [('الرد سلبي', 'سيرغي لافروف')]
    >>> [t.attrs["value"] for t in out.spans("timex")]
    ['2022-01-24']
    """

    ner: NerModel
    index: EntityIndex = field(default_factory=EntityIndex)

    @classmethod
    def load(cls, model_path: Path | None = None, *, index: EntityIndex | None = None) -> Extractor:
        """An extractor with the shipped NER model (or ``model_path``) and a fresh or given entity index."""
        return cls(NerModel.load(model_path), index if index is not None else EntityIndex())

    def __call__(self, article: Article) -> Article:
        article = add_sentences(article)
        tokens = sentence_tokens(article)  # one tokenisation for every rule step
        article = self.add_entities(article, tokens)
        article = add_quotes(article, tokens)
        article = add_timex(article)
        return add_events(article)

    def add_entities(self, article: Article, tokens: Tokens | None = None) -> Article:
        """The ``entities`` layer: tagged mentions of the kept text, linked to canonical entities.

        Surnames the tagger missed where the article names the person in full are added
        (``complete_mentions``), and so are listed names it missed where the list entry cannot be a
        common word; a tagged part of a listed name is widened to it (``apply_listed_names``). The
        index first answers for this article (corpus spellings win) and then learns from it.
        """
        regions = _regions(article)
        tagged = [span for lo, hi in regions for span in find_entities(article.text, lo, hi, model=self.ner)]
        mentions = [
            span
            for span in complete_mentions(article.text, tagged, resources=self.ner.resources)
            if any(lo <= span.start and span.end <= hi for lo, hi in regions)
            and not any(span.overlaps(x) for x in article.excluded)
        ]
        words = tokens if tokens is not None else tokenise(article.text, regions)
        mentions = apply_listed_names(words, regions, mentions, model=self.ner, excluded=article.excluded)
        mentions = spread_names(
            words, regions, mentions, rank=self.ner.resources.rank, excluded=article.excluded
        )
        mentions = name_outlets(words, regions, mentions)
        linked = link_entities(article.text, mentions, known=self.index, tokens=tokens)
        self.index.add_spans(article.text, linked)
        return article.with_spans("entities", linked)


def sentence_tokens(article: Article) -> Tokens:
    """The article's folded word tokens with their sentence ids (the ``sentences`` layer)."""
    return tokenise(article.text, [(s.start, s.end) for s in article.spans("sentences")])


def add_quotes(article: Article, tokens: Tokens | None = None) -> Article:
    """The ``quotes`` layer, from the linked entities, the credit chain and the sentences."""
    quotes = find_quotes(
        article.text,
        entities=article.spans("entities"),
        credits=article.spans("credits"),
        sentences=article.spans("sentences"),
        excluded=article.excluded,
        tokens=tokens,
    )
    return article.with_spans("quotes", quotes)


def add_timex(article: Article) -> Article:
    """The ``timex`` layer, resolved against the publication date (relative ones stay ``None`` without)."""
    spans = [
        span
        for lo, hi in _regions(article)
        for span in find_timex(
            article.text, pub_date=article.pub_date, start=lo, end=hi, excluded=article.excluded
        )
    ]
    return article.with_spans("timex", spans)


def add_events(article: Article) -> Article:
    """The ``events`` layer: one event per dated occurrence (per clause when a sentence tells several)."""
    events = find_events(
        article.text,
        sentences=article.spans("sentences"),
        timex=article.spans("timex"),
        entities=article.spans("entities"),
        excluded=article.excluded,
    )
    return article.with_spans("events", events)


def _regions(article: Article) -> list[tuple[int, int]]:
    """The title (when it lies outside the body) and the body, in text order, not overlapping."""
    body = article.body
    out = [(t.start, t.end) for t in article.spans("title") if t.end <= body.start or t.start >= body.end]
    out.append((body.start, body.end))
    return sorted(out)
