"""Document-level features for the named-entity tagger: what a first pass said about the same word elsewhere.

A name is often plain in one sentence («الرئيس الفرنسي إيمانويل ماكرون») and bare in the next («وقال
ماكرون»). So the tagger reads a text twice: the first pass tags every chunk (sentence) alone; then each
word whose ``name_key`` form (no proclitic, no article) was tagged as an entity at another place within
``WINDOW`` chunks gets the feature ``dl=TYPE``, the type most often given to it there, and its neighbours
see it too (``-1dl=``, ``+1dl=``). The second pass tags with those features. Training does the same with
first-pass labels from models that never saw the sentence (``train.py`` trains them on the other parts
of the data), so the weights learn how far to trust a first pass.

The types are small integers here (0 for no entity, then ``TYPES`` in order) so the decoder can index
weight rows with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Chunks on either side whose first-pass labels a token sees (ANERcorp sentences; about a news story).
WINDOW = 10
#: Entity types in the order of their integer codes (1 = PERS …); ties go to the earlier one.
TYPES = ("PERS", "LOC", "ORG", "MISC")
#: The feature a token gets for each type code, and the ones its neighbours get.
FEATURES = ("", *("dl=" + t for t in TYPES))
BEFORE = ("", *("-1dl=" + t for t in TYPES))
AFTER = ("", *("+1dl=" + t for t in TYPES))
_CODES = {f"{p}-{t}": n for n, t in enumerate(TYPES, 1) for p in "BI"}


def type_codes(tags: Sequence[str]) -> list[int]:
    """The type code of each BIO tag (0 for ``O``).

    >>> type_codes(["B-PERS", "I-PERS", "O", "B-MISC"])
    [1, 1, 0, 4]
    """
    return [_CODES.get(tag, 0) for tag in tags]


def countable(key: str) -> bool:
    """Whether a word's label elsewhere says something about it: a word, not a digit or a mark.

    >>> countable("ماكرون"), countable("2022"), countable("،")
    (True, False, False)
    """
    return len(key) >= 2 and key[0].isalpha()


def document_types(keys: Sequence[str], chunks: Sequence[int], codes: Sequence[int]) -> list[int]:
    """For each token, the type code most often given to other tokens with its key within ``WINDOW`` chunks.

    ``keys`` are the tokens' ``name_key`` forms, ``chunks`` the chunk index of each token (non-decreasing)
    and ``codes`` the first-pass type codes. 0 where no other token with that key nearby is an entity.

    >>> document_types(["ماكرون", "قال", "ماكرون"], [0, 1, 1], [1, 0, 0])
    [0, 0, 1]
    """
    tagged: dict[str, list[int]] = {}
    for i, code in enumerate(codes):
        if code and countable(keys[i]):
            tagged.setdefault(keys[i], []).append(i)
    out = [0] * len(keys)
    if not tagged:
        return out
    for i, key in enumerate(keys):
        hits = tagged.get(key)
        if hits is None:
            continue
        counts = [0] * (len(TYPES) + 1)
        for j in hits:
            if j != i and abs(chunks[j] - chunks[i]) <= WINDOW:
                counts[codes[j]] += 1
        best = max(range(1, len(counts)), key=counts.__getitem__)
        if counts[best]:
            out[i] = best
    return out


def document_features(chunks: Sequence[int], types: Sequence[int]) -> list[list[str]]:
    """The feature strings of ``document_types`` output: each token's own, and its neighbours' in its chunk.

    >>> document_features([0, 0, 0], [0, 1, 0])
    [['+1dl=PERS'], ['dl=PERS'], ['-1dl=PERS']]
    """
    n = len(types)
    out: list[list[str]] = [[] for _ in range(n)]
    for i, code in enumerate(types):
        if not code:
            continue
        out[i].append(FEATURES[code])
        if i and chunks[i - 1] == chunks[i]:
            out[i - 1].append(AFTER[code])
        if i + 1 < n and chunks[i + 1] == chunks[i]:
            out[i + 1].append(BEFORE[code])
    return out


def add_document_features(
    keys: Sequence[str], feats: Sequence[list[list[str]]], labels: Sequence[Sequence[str]]
) -> None:
    """Append the document features to crfsuite feature lists in place, each sentence one chunk.

    ``feats`` are one text's sentences (one list of attribute names per token), ``labels`` the first
    pass's BIO tags for them and ``keys`` every token's ``name_key`` form, in text order. Training and
    ``NerModel.tag_crfsuite`` both build the second pass's input this way.
    """
    chunks = [n for n, sentence in enumerate(feats) for _ in sentence]
    codes = type_codes([tag for sentence in labels for tag in sentence])
    extra = iter(document_features(chunks, document_types(keys, chunks, codes)))
    for sentence in feats:
        for token in sentence:
            token.extend(next(extra))
