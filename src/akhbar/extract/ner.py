"""Named entities (PERS, LOC, ORG, MISC) as spans of an article's original text.

A CRF tagger (python-crfsuite, trained on ANERcorp by ``akhbar train ner``) tags the tokens of
``akhbar.text.tokenise``; each BIO run becomes ``Span(start, end, TYPE, {})`` in original offsets,
following ``shared/gold/GUIDELINES.md``: the span starts after an attached proclitic (و ف ب ل ك لل)
but keeps the article ال, and leaves out quote marks and other punctuation at either edge.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pycrfsuite

from akhbar.errors import AkhbarError
from akhbar.extract.conll import bio_spans
from akhbar.extract.ner_decoder import LinearDecoder
from akhbar.extract.ner_features import Featuriser, NerResources, split_proclitic
from akhbar.model import Span
from akhbar.resources import path as resource_path
from akhbar.text.normalise import normalise
from akhbar.text.tokenise import iter_tokens

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

log = logging.getLogger(__name__)

#: The model shipped with the package (rebuilt by ``akhbar train ner``).
DEFAULT_MODEL = "models/ner.crfsuite"
#: Tokens that end a tagging chunk: ANERcorp sentences end at a full stop, so the tagger saw no longer runs.
_BREAKS = frozenset(".!?؟")
_MAX_CHUNK = 64


class NerModel:
    """A loaded tagger with its feature cache; load once and reuse (tagging many texts warms the cache)."""

    def __init__(self, tagger: pycrfsuite.Tagger, resources: NerResources, source: Path) -> None:
        self._tagger = tagger
        self.resources = resources
        self.featuriser = Featuriser(resources)
        self.decoder = LinearDecoder(tagger, self.featuriser)
        self.source = source

    @classmethod
    def load(cls, path: Path | None = None) -> NerModel:
        """Open a model file (default: the shipped one); ``AkhbarError`` when it is missing or unreadable."""
        model_path = path or resource_path(DEFAULT_MODEL)
        if not model_path.is_file():
            raise AkhbarError(
                f"NER model {model_path} not found. Run `akhbar train ner` to build it "
                "(from ANERcorp train.txt), or pass the path of a trained .crfsuite file."
            )
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise AkhbarError(
                f"NER model {model_path} cannot be read ({exc}). Retrain it with `akhbar train ner`."
            ) from exc
        return cls(tagger, NerResources.load(), model_path)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of tokens (CoNLL evaluation: ANERcorp tokens keep their clitics)."""
        return self.decoder.decode(tokens, [0])

    def tag_crfsuite(self, tokens: Sequence[str]) -> list[str]:
        """The same tags through crfsuite's own decoder (slower; to check the numpy decoder against)."""
        if not tokens:
            return []
        return list(self._tagger.tag(self.featuriser.sequence(tokens)))

    def tag_chunks(self, tokens: Sequence[str], breaks: Sequence[int] = ()) -> list[str]:
        """BIO tags for a long token run, tagged chunk by chunk at sentence punctuation and ``breaks``.

        ``breaks`` are token indices that start a new chunk (paragraph starts); chunks are also cut
        every ``_MAX_CHUNK`` tokens so one missing full stop does not make a huge sequence.
        """
        starts = [0]
        cut = set(breaks)
        for i, token in enumerate(tokens[:-1]):
            if token in _BREAKS or i + 1 in cut or i + 1 - starts[-1] >= _MAX_CHUNK:
                starts.append(i + 1)
        return self.decoder.decode(tokens, starts)


def find_entities(
    text: str, start: int = 0, end: int | None = None, *, model: NerModel | None = None
) -> list[Span]:
    """Named entities of ``text[start:end]`` as spans in original offsets of ``text``, in text order.

    Without ``model`` the shipped one is loaded (slow the first time: pass a loaded model when tagging
    many texts). Raises ``AkhbarError`` when no model file exists.
    """
    ner = model or NerModel.load()
    offsets = list(iter_tokens(text, start, end))
    if not offsets:
        return []
    words = [text[s:e] for s, e in offsets]
    breaks = [i for i in range(1, len(offsets)) if "\n" in text[offsets[i - 1][1] : offsets[i][0]]]
    tags = ner.tag_chunks(words, breaks)
    spans: list[Span] = []
    for first, last, kind in bio_spans(tags):
        while first < last and not _is_word(words[first]):
            first += 1
        while last > first and not _is_word(words[last - 1]):
            last -= 1
        if first == last:
            continue
        begin = offsets[first][0] + clitic_length(words[first], ner.resources)
        if begin < offsets[last - 1][1]:
            spans.append(Span(begin, offsets[last - 1][1], kind, {}))
    return spans


def clitic_length(token: str, resources: NerResources) -> int:
    """Original characters of the proclitic attached to a name token (0 when there is none).

    The clitic is found on the folded form, then mapped back so a tatweel or vowel mark after it
    (``لـغروشكو``) stays out of the name.
    """
    try:
        view = normalise(token)
    except RecursionError:  # presentation forms normalise() cannot fold: leave the token whole
        return 0
    clitic, rest = split_proclitic(view.text, resources.rank)
    if not clitic or not rest:
        return 0
    return view.to_original(0, len(clitic))[1]


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)
