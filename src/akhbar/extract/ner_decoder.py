"""A fast numpy decoder for the CRF tagger: the crfsuite weights, cached per word type.

Most state features of the tagger depend on one word type at a fixed offset, so a token's emission
scores are the sum of a few cached per-type vectors; the two other kinds are added on top: word pairs
(looked up by the pair of the two types' keys) and gazetteer names (``Featuriser.name_matches``, tried
only where a type can open a listed name). Viterbi then runs over all the chunks of a text at once,
vectorised across chunks. A second pass adds the document features of ``ner_document`` (the first
pass's types for the same word elsewhere) and decodes again the chunks they touch. This gives the same
best path as crfsuite run twice (the weights are read from the ``.crfsuite`` file, and
``tests/extract/test_ner.py`` checks agreement) at several times its speed, because no feature strings
are built or looked up per token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from akhbar.extract.ner_document import AFTER, BEFORE, FEATURES, TYPES, document_types
from akhbar.extract.ner_features import OFFSETS

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pycrfsuite

    from akhbar.extract.ner_features import Featuriser

_ROWS = 1 + len(OFFSETS)  # own, then as the neighbour at each offset
_CACHE_LIMIT = 400_000


class LinearDecoder:
    """Emission scores per word type and batched Viterbi over chunks, from a loaded crfsuite tagger."""

    def __init__(self, tagger: pycrfsuite.Tagger, featuriser: Featuriser) -> None:
        info = tagger.info()
        self.labels: list[str] = list(tagger.labels())
        index = {label: i for i, label in enumerate(self.labels)}
        size = len(self.labels)
        weights: dict[str, np.ndarray] = {}
        for (attr, label), weight in info.state_features.items():
            weights.setdefault(attr, np.zeros(size))[index[label]] += weight
        self.trans = np.zeros((size, size))
        for (before, after), weight in info.transitions.items():
            self.trans[index[before], index[after]] = weight
        zero = np.zeros(size)
        self._attr_index = {attr: i for i, attr in enumerate(weights)}
        self._matrix = np.vstack([*weights.values(), zero])  # last row: attributes the model dropped
        self._bos = weights.get("BOS", zero)
        self._eos = weights.get("EOS", zero)
        self._pairs: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for attr in weights:
            if attr.startswith(("b-=", "b+=")):
                pair = attr[3:]
                self._pairs[pair] = (weights.get("b-=" + pair, zero), weights.get("b+=" + pair, zero))
        self._names = {attr: w for attr, w in weights.items() if attr.startswith("gz=")}
        # document features by type code (row 0: no type); a model trained without them has all zeros
        self._doc = np.array([[weights.get(a, zero) for a in names] for names in (FEATURES, BEFORE, AFTER)])
        self.has_document_features = bool(self._doc.any())
        self._codes = np.array([TYPES.index(x[2:]) + 1 if x[2:] in TYPES else 0 for x in self.labels])
        self._featuriser = featuriser
        self._ids: dict[str, int] = {}
        self._keys: list[str] = []
        self._name_keys: list[str] = []
        self._opens = np.zeros(4096, dtype=bool)  # the type can open a listed name
        self._table = np.zeros((4096, _ROWS, size))

    def _add_types(self, tokens: Sequence[str]) -> None:
        """Cache the emission rows of new word types, all in one vectorised gather-and-sum."""
        first = len(self._ids)
        need = first + len(tokens)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown
            self._opens = np.concatenate([self._opens, np.zeros(len(grown) - len(self._opens), dtype=bool)])
        index, missing = self._attr_index, len(self._attr_index)
        starts = self._featuriser.name_starts
        rows: list[int] = []
        bounds: list[int] = []
        for token in tokens:
            own, ctx, key, name = self._featuriser.entry(token)
            for feats in (own, *(ctx[off] for off in OFFSETS)):
                bounds.append(len(rows))
                rows.extend([index.get(attr, missing) for attr in feats])
                rows.append(missing)  # the zero row keeps every group non-empty
            self._opens[len(self._ids)] = name in starts
            self._ids[token] = len(self._ids)
            self._keys.append(key)
            self._name_keys.append(name)
        sums = np.add.reduceat(self._matrix[rows], bounds, axis=0)
        self._table[first:need] = sums.reshape(len(tokens), _ROWS, -1)

    def decode(self, tokens: Sequence[str], starts: Sequence[int]) -> list[str]:
        """Best tags for ``tokens`` split into independent chunks beginning at the indices ``starts``."""
        n = len(tokens)
        if not n:
            return []
        if len(self._ids) + n > _CACHE_LIMIT:  # bound memory on endless streams; never mid-sequence
            self._ids.clear()
            self._keys.clear()
            self._name_keys.clear()
        known = self._ids
        new = [t for t in dict.fromkeys(tokens) if t not in known]
        if new:
            self._add_types(new)
        ids = np.fromiter((known[t] for t in tokens), np.int64, n)
        chunk = np.zeros(n, dtype=np.int64)
        chunk[list(starts)[1:]] = 1
        chunk = np.cumsum(chunk)
        emit = self._emissions(ids, chunk)
        self._add_names(emit, ids, chunk)
        best = self._viterbi(emit, chunk, len(starts))
        if self.has_document_features:
            self._second_pass(emit, ids, chunk, best)
        labels = self.labels
        return [labels[j] for j in best]

    def _second_pass(self, emit: np.ndarray, ids: np.ndarray, chunk: np.ndarray, best: np.ndarray) -> None:
        """Decode again, in place, the chunks where the first pass's labels give document features."""
        keys = self._name_keys
        types = np.array(document_types([keys[j] for j in ids], chunk.tolist(), self._codes[best].tolist()))
        if not types.any():
            return
        own, before, after = self._doc
        add = own[types]
        same = (chunk[1:] == chunk[:-1])[:, None]
        add[1:] += before[types[:-1]] * same
        add[:-1] += after[types[1:]] * same
        part = np.isin(chunk, chunk[types > 0])
        touched, sub_chunk = np.unique(chunk[part], return_inverse=True)
        best[part] = self._viterbi(emit[part] + add[part], sub_chunk, len(touched))

    def _emissions(self, ids: np.ndarray, chunk: np.ndarray) -> np.ndarray:
        tab = self._table
        emit: np.ndarray = np.array(tab[ids, 0])
        for row, off in enumerate(OFFSETS, 1):  # the neighbour at ``off`` adds its row to this token
            d = abs(off)
            same = (chunk[d:] == chunk[:-d])[:, None]
            if off < 0:
                emit[d:] += tab[ids[:-d], row] * same
            else:
                emit[:-d] += tab[ids[d:], row] * same
        same1 = chunk[1:] == chunk[:-1]
        first = np.ones(len(ids), dtype=bool)
        first[1:] = ~same1
        last = np.ones(len(ids), dtype=bool)
        last[:-1] = ~same1
        emit[first] += self._bos
        emit[last] += self._eos
        keys, pairs = self._keys, self._pairs
        for i in np.flatnonzero(same1):
            hit = pairs.get(keys[ids[i]] + "|" + keys[ids[i + 1]])
            if hit is not None:
                emit[i + 1] += hit[0]
                emit[i] += hit[1]
        return emit

    def _add_names(self, emit: np.ndarray, ids: np.ndarray, chunk: np.ndarray) -> None:
        """Add the weights of gazetteer-name features, chunk by chunk where a name can start."""
        candidates = np.flatnonzero(self._opens[ids])
        if not len(candidates) or not self._names:
            return
        bounds = np.searchsorted(chunk, np.arange(chunk[-1] + 2))
        name_keys, weights = self._name_keys, self._names
        by_chunk = chunk[candidates]
        cuts = np.flatnonzero(np.diff(by_chunk)) + 1
        for group in np.split(candidates, cuts):
            c = chunk[group[0]]
            begin, end = int(bounds[c]), int(bounds[c + 1])
            keys = [name_keys[j] for j in ids[begin:end]]
            for i, attr in self._featuriser.name_matches(keys, (group - begin).tolist()):
                w = weights.get(attr)
                if w is not None:
                    emit[begin + i] += w

    def _viterbi(self, emit: np.ndarray, chunk: np.ndarray, n_chunks: int) -> np.ndarray:
        n, size = emit.shape
        begins = np.searchsorted(chunk, np.arange(n_chunks))
        lengths = np.diff(np.append(begins, n))
        order = np.argsort(-lengths, kind="stable")  # longest first: live chunks are a prefix at every step
        rank = np.empty(n_chunks, dtype=np.int64)
        rank[order] = np.arange(n_chunks)
        sorted_lengths = lengths[order]
        pos = np.arange(n) - begins[chunk]
        width = int(sorted_lengths[0])
        grid = np.zeros((n_chunks, width, size))
        grid[rank[chunk], pos] = emit
        live = [int(np.count_nonzero(sorted_lengths > t)) for t in range(width)]
        delta = grid[:, 0].copy()
        back = np.zeros((width, n_chunks, size), dtype=np.int64)
        trans = self.trans[None]
        for t in range(1, width):
            k = live[t]
            scores = delta[:k, :, None] + trans
            back[t, :k] = scores.argmax(axis=1)
            delta[:k] = scores.max(axis=1) + grid[:k, t]
        best = np.zeros((n_chunks, width), dtype=np.int64)
        cur = delta.argmax(axis=1)
        for t in range(width - 1, -1, -1):
            k = live[t]
            best[:k, t] = cur[:k]
            if t:
                cur[:k] = back[t, np.arange(k), cur[:k]]
        path: np.ndarray = best[rank[chunk], pos]
        return path
