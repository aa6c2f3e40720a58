"""Named entities (PERS, LOC, ORG, MISC) as spans of an article's original text.

A CRF tagger (python-crfsuite, trained on ANERcorp by ``akhbar train ner``) tags the tokens of
``akhbar.text.tokenise``; each BIO run becomes ``Span(start, end, TYPE, {})`` in original offsets,
following ``shared/gold/GUIDELINES.md``: the span starts after an attached proclitic (و ف ب ل ك لل)
but keeps the article ال, and leaves out quote marks and other punctuation at either edge. The runs go
through the news-style boundary rules of ``extract.entity_rules`` first (organisation/person splits,
descriptors, institution phrases). ``complete_mentions`` is the article-level pass after tagging.
"""

from __future__ import annotations

import logging
import unicodedata
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

import pycrfsuite

from akhbar.errors import AkhbarError
from akhbar.extract.conll import bio_spans
from akhbar.extract.entity_rules import on_behalf, refine_runs
from akhbar.extract.ner_decoder import LinearDecoder
from akhbar.extract.ner_document import add_document_features
from akhbar.extract.ner_features import Featuriser, NerResources, split_proclitic
from akhbar.extract.ner_spans import (
    club_types,
    drop_groups,
    facilities,
    is_facility_head,
    join_name_parts,
    named_places,
    titled_people,
    trim_tails,
)
from akhbar.extract.words import bare, unclitic, word_set
from akhbar.model import Span
from akhbar.resources import path as resource_path
from akhbar.text.normalise import fold, maps_one_to_one, normalise
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
_CACHE_LIMIT = 400_000
#: A surname more frequent than this is a common word too («حسن»، «الأسد»): never propagated.
_COMMON_RANK = 1_000


class NerModel:
    """A loaded tagger with its feature cache; load once and reuse (tagging many texts warms the cache)."""

    def __init__(self, tagger: pycrfsuite.Tagger, resources: NerResources, source: Path) -> None:
        self._tagger = tagger
        self.resources = resources
        self.featuriser = Featuriser(resources)
        self.decoder = LinearDecoder(tagger, self.featuriser)
        self.source = source
        self._folds: dict[str, str] = {}

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

    def folded(self, tokens: Sequence[str]) -> list[str]:
        """Folded forms of the tokens, cached per word type like the features (the rules read them)."""
        folds = self._folds
        if len(folds) > _CACHE_LIMIT:
            folds.clear()
        for token in set(tokens).difference(folds):
            folds[token] = fold(token)
        return list(map(folds.__getitem__, tokens))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of tokens (CoNLL evaluation: ANERcorp tokens keep their clitics).

        The sentence is its own document: use ``tag_document`` for the sentences of one text.
        """
        return self.decoder.decode(tokens, [0])

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of one text, each a chunk; the document features see them all."""
        tokens = [t for sentence in sentences for t in sentence]
        starts = list(accumulate((len(s) for s in sentences[:-1]), initial=0))
        tags = iter(self.decoder.decode(tokens, starts) if tokens else [])
        return [[next(tags) for _ in sentence] for sentence in sentences]

    def tag_crfsuite(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """``tag_document`` through crfsuite's own decoder, run twice (slower; to check the numpy decoder)."""
        feats = [self.featuriser.sequence(s) for s in sentences]
        first = [list(self._tagger.tag(f)) if f else [] for f in feats]
        if not self.decoder.has_document_features:
            return first
        add_document_features([self.featuriser.entry(t).name for s in sentences for t in s], feats, first)
        return [list(self._tagger.tag(f)) if f else [] for f in feats]

    def tag_chunks(self, tokens: Sequence[str], breaks: Sequence[int] = ()) -> list[str]:
        """BIO tags for a long token run, tagged chunk by chunk at sentence punctuation and ``breaks``.

        ``breaks`` are token indices that start a new chunk (paragraph starts); chunks are also cut
        every ``_MAX_CHUNK`` tokens so one missing full stop does not make a huge sequence.
        """
        n = len(tokens)
        # the natural starts (after sentence punctuation, at a break), then a cut wherever a chunk
        # would reach ``_MAX_CHUNK`` tokens before the next one
        natural = {i + 1 for i, token in enumerate(tokens[:-1]) if token in _BREAKS}
        natural.update(b for b in breaks if 0 < b < n)
        starts = [0]
        for at in sorted(natural):
            while at - starts[-1] > _MAX_CHUNK:
                starts.append(starts[-1] + _MAX_CHUNK)
            starts.append(at)
        while n - 1 - starts[-1] >= _MAX_CHUNK:
            starts.append(starts[-1] + _MAX_CHUNK)
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
    breaks = _line_breaks(text, offsets)
    tags = ner.tag_chunks(words, breaks)
    runs: list[tuple[int, int, str]] = []
    for first, last, kind in bio_spans(tags):
        while first < last and not _is_word(words[first]):
            first += 1
        while last > first and not _is_word(words[last - 1]):
            last -= 1
        if first < last:
            runs.append((first, last, kind))
    cut = set(breaks)
    folded = ner.folded(words)
    currencies = word_set("gazetteers/currencies.txt")
    res = ner.resources
    people = [
        r for r in titled_people(folded, refine_runs(folded, runs, res), res) if not on_behalf(folded, r)
    ]
    joined = named_places(folded, join_name_parts(folded, people, res), res)
    refined = drop_groups(
        folded, trim_tails(folded, club_types(folded, facilities(folded, joined, res), res))
    )
    runs = [
        (first, last, kind)
        for first, last, kind in refined
        if not any(k in cut for k in range(first + 1, last))  # a name never runs over a paragraph end
        and not (kind == "MISC" and last - first == 1 and bare(folded[first]) in currencies)  # a unit
    ]
    spans: list[Span] = []
    for first, last, kind in runs:
        begin = offsets[first][0] + clitic_length(words[first], ner.resources)
        if begin < offsets[last - 1][1]:
            spans.append(Span(begin, offsets[last - 1][1], kind, {}))
    return spans


def _line_breaks(text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """Indices ``i`` of the tokens with a line break in the gap before them (after token ``i - 1``)."""
    out: list[int] = []
    first, stop = offsets[0][0], offsets[-1][1]
    at = text.find("\n", first, stop)
    if at < 0:
        return out
    starts = [s for s, _ in offsets]
    while at >= 0:
        i = bisect_right(starts, at)  # the first token starting after the break
        if offsets[i - 1][1] <= at and (not out or out[-1] != i):  # in the gap, not inside a token
            out.append(i)
        at = text.find("\n", at + 1, stop)
    return out


def clitic_length(token: str, resources: NerResources) -> int:
    """Original characters of the proclitic attached to a name token (0 when there is none).

    The clitic is found on the folded form, then mapped back so a tatweel or vowel mark after it
    (``لـغروشكو``) stays out of the name.
    """
    view = None if maps_one_to_one(token) else normalise(token)  # most tokens: view offsets are original
    folded = fold(token) if view is None else view.text
    clitic, rest = split_proclitic(folded, resources.rank)
    if clitic and len(rest) <= 3 and folded in resources.person and not is_facility_head(rest):
        return 0  # a first name, not a clitic + a short word: «وليد»، «كمال»، «فارس»
    if not clitic:
        clitic, rest = _name_clitic(folded, resources)
    if not clitic or not rest:
        return 0
    return len(clitic) if view is None else view.to_original(0, len(clitic))[1]


def _name_clitic(folded: str, resources: NerResources) -> tuple[str, str]:
    """``ب``/``ل``/``ك`` on a word the news vocabulary does not know, before a listed name («لستولتنبرغ»)."""
    if folded in resources.rank or folded in resources.person or folded in resources.locations:
        return "", folded
    rest = folded[1:]
    if (
        folded[:1] in ("ب", "ل", "ك")
        and len(rest) > 3
        and (rest in resources.person or rest in resources.locations)
    ):
        return folded[0], rest
    return "", folded


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def complete_mentions(text: str, mentions: Sequence[Span], *, resources: NerResources) -> list[Span]:
    """The article's mentions plus the surnames the tagger missed, with types agreeing with its people.

    A person named in full («أيمن الصفدي») is that person again wherever the surname stands alone
    («وأكد الصفدي»، «وقال للصفدي»), spelled as in the full name, and a one-word mention the tagger
    typed ORG or LOC («بيربوك») that is a person's surname is PERS. Surnames that are common words
    («حسن») are left alone.
    """
    surnames: dict[str, str] = {}  # spelling in the text → folded form
    for m in mentions:
        words = text[m.start : m.end].split()
        key = fold(words[-1]) if m.label == "PERS" and len(words) > 1 else ""
        if len(key) > 3 and resources.rank.get(key, 1 << 30) > _COMMON_RANK:
            surnames[words[-1]] = key
    if not surnames:
        return list(mentions)
    known = frozenset(surnames.values())
    out = [
        Span(m.start, m.end, "PERS", m.attrs)
        if m.label != "PERS" and fold(text[m.start : m.end]) in known
        else m
        for m in mentions
    ]
    tagged = "\n".join(text[m.start : m.end] for m in mentions)
    covered = sorted((m.start, m.end) for m in mentions)
    for spelling, key in surnames.items():
        core = spelling[2:] if key.startswith("ال") else spelling  # «للصفدي» has no «ال» left
        if text.count(core) <= tagged.count(core):
            continue  # every occurrence is tagged already
        for start, end in _words_holding(text, core):
            form = fold(text[start:end])
            surname = unclitic(form, known)
            if surname is None or _covered(covered, start, end):
                continue
            size = len(surname) if form.endswith(surname) else len(surname) - 2  # «للصفدي»
            out.append(Span(end - _tail_length(text, start, end, size), end, "PERS", {}))
    return sorted(set(out), key=lambda s: (s.start, s.end))


def _words_holding(text: str, part: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every word of ``text`` that contains ``part`` (with its vowel marks)."""
    out = []
    at = text.find(part)
    while at >= 0:
        start, end = at, at + len(part)
        while start > 0 and _in_word(text[start - 1]):
            start -= 1
        while end < len(text) and _in_word(text[end]):
            end += 1
        out.append((start, end))
        at = text.find(part, end)
    return out


def _in_word(char: str) -> bool:
    return char.isalpha() or char == "\u0640" or unicodedata.category(char) == "Mn"


def _covered(covered: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in covered)


def _tail_length(text: str, start: int, end: int, size: int) -> int:
    """Original characters at the end of the token ``text[start:end]`` that fold to ``size`` letters."""
    k = end
    while k > start and len(fold(text[k:end])) < size:
        k -= 1
    return end - k
