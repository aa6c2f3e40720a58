"""The extraction steps, in order: each is a plain function ``Article -> Article`` adding span layers.

A plain tuple rather than a registry: the order is visible here, and a new step is one import and one
entry. Steps read the text and the layers earlier steps added (the body, excluded regions) and never
change the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from akhbar.model import Article, Span
from akhbar.text.sentences import iter_sentences

Step = Callable[[Article], Article]


def add_sentences(article: Article) -> Article:
    """The ``sentences`` layer: sentences of the body that lie outside excluded regions."""
    body = article.body
    spans = [
        Span(s, e, "sentence")
        for s, e in iter_sentences(article.text, body.start, body.end)
        if not article.is_excluded(s, e)
    ]
    return article.with_spans("sentences", spans)


STEPS: tuple[Step, ...] = (add_sentences,)


def run_steps(article: Article, steps: Sequence[Step] = STEPS) -> Article:
    """Run every step on ``article`` and return the annotated article."""
    for step in steps:
        article = step(article)
    return article
