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

from typing import TYPE_CHECKING, cast

import numpy as np

from akhbar.extract.ner_document import AFTER, BEFORE, FEATURES, TYPES, document_types
from akhbar.extract.ner_features import OFFSETS, TypeParts

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pycrfsuite

    from akhbar.extract.ner_features import Featuriser

_ROWS = 1 + len(OFFSETS)  # own, then as the neighbour at each offset
_PREFIXES = ("", "-2", "-1", "+1", "+2")  # the feature name prefixes of the rows, in row order
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
        self._trans_by_target = np.ascontiguousarray(self.trans.T)[None]  # [1, to, from]
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
        # keys that are the left or right part of some word pair («a|b» may hold more than one bar)
        split = [(pair[:k], pair[k + 1 :]) for pair in self._pairs for k, c in enumerate(pair) if c == "|"]
        self._pair_lefts = frozenset(left for left, _ in split)
        self._pair_rights = frozenset(right for _, right in split)
        self._pair_left = np.zeros(4096, dtype=bool)
        self._pair_right = np.zeros(4096, dtype=bool)
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
        self._rows = _TypeIndex(self._attr_index)

    def _add_types(self, tokens: Sequence[str]) -> None:
        """Cache the emission rows of new word types, all in one vectorised gather-and-sum.

        Each row is the sum, in feature order, of the weight rows of the type's features
        (``Featuriser._type_features`` spells them); their indices come from ``_TypeIndex``, which
        caches the indices of each feature piece (a rest form, a cluster triple, a suffix) across types.
        """
        first = len(self._ids)
        need = first + len(tokens)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown
            more = np.zeros(len(grown) - len(self._opens), dtype=bool)
            self._opens = np.concatenate([self._opens, more])
            self._pair_left = np.concatenate([self._pair_left, more])
            self._pair_right = np.concatenate([self._pair_right, more])
        parts, rows_of = self._featuriser.parts, self._rows.rows
        starts = self._featuriser.name_starts
        rows: list[int] = []
        bounds: list[int] = []
        ids, keys, name_keys = self._ids, self._keys, self._name_keys
        for token in tokens:
            p = parts(token)
            rows_of(p, rows, bounds)
            ids[token] = len(ids)
            keys.append(p.rest)
            name_keys.append(p.bare)
        self._opens[first:need] = [name in starts for name in name_keys[first:]]
        self._pair_left[first:need] = [key in self._pair_lefts for key in keys[first:]]
        self._pair_right[first:need] = [key in self._pair_rights for key in keys[first:]]
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
        looked = list(map(known.get, tokens))
        if None in looked:
            self._add_types([t for t in dict.fromkeys(tokens) if t not in known])
            looked = list(map(known.get, tokens))
        found = cast("list[int]", looked)  # every type is known now
        ids = np.array(found, dtype=np.int64)
        chunk = np.zeros(n, dtype=np.int64)
        chunk[list(starts)[1:]] = 1
        chunk = np.cumsum(chunk)
        emit = self._emissions(ids, chunk)
        names: list[str] | None = None  # the tokens' name keys, when a step needs them
        if self._names and self._opens[ids].any():
            names = list(map(self._name_keys.__getitem__, found))
            self._add_names(emit, ids, chunk, names)
        best = self._viterbi(emit, chunk, len(starts))
        if self.has_document_features:
            if names is None:
                names = list(map(self._name_keys.__getitem__, found))
            self._second_pass(emit, names, chunk, best)
        return list(map(self.labels.__getitem__, best.tolist()))

    def _second_pass(self, emit: np.ndarray, names: list[str], chunk: np.ndarray, best: np.ndarray) -> None:
        """Decode again, in place, the chunks where the first pass's labels give document features."""
        codes = self._codes[best]
        if not codes.any():
            return  # no entity in the first pass: no token has a document feature
        types = np.array(document_types(names, chunk.tolist(), codes.tolist()))
        if not types.any():
            return
        own, before, after = self._doc
        add = own[types]
        same = (chunk[1:] == chunk[:-1])[:, None]
        add[1:] += before[types[:-1]] * same
        add[:-1] += after[types[1:]] * same
        hit = np.zeros(int(chunk[-1]) + 1, dtype=bool)
        hit[chunk[types > 0]] = True
        part = hit[chunk]
        renumber = np.cumsum(hit) - 1
        best[part] = self._viterbi(emit[part] + add[part], renumber[chunk[part]], int(renumber[-1]) + 1)

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
        # word pairs: only where both keys occur in some pair of the model (left to right, as ever)
        maybe = same1 & self._pair_left[ids[:-1]] & self._pair_right[ids[1:]]
        keys, pairs = self._keys, self._pairs
        at, left, right = np.flatnonzero(maybe).tolist(), ids[:-1][maybe].tolist(), ids[1:][maybe].tolist()
        for i, a, b in zip(at, left, right, strict=True):
            hit = pairs.get(keys[a] + "|" + keys[b])
            if hit is not None:
                emit[i + 1] += hit[0]
                emit[i] += hit[1]
        return emit

    def _add_names(self, emit: np.ndarray, ids: np.ndarray, chunk: np.ndarray, names: list[str]) -> None:
        """Add the weights of gazetteer-name features, chunk by chunk where a name can start."""
        candidates = np.flatnonzero(self._opens[ids])
        bounds = np.searchsorted(chunk, np.arange(chunk[-1] + 2)).tolist()
        weights = self._names
        by_chunk = chunk[candidates]
        cuts = np.flatnonzero(np.diff(by_chunk)) + 1
        for group in np.split(candidates, cuts):
            c = int(chunk[group[0]])
            begin, end = bounds[c], bounds[c + 1]
            for i, attr in self._featuriser.name_matches(names[begin:end], (group - begin).tolist()):
                w = weights.get(attr)
                if w is not None:
                    emit[begin + i] += w

    def _viterbi(self, emit: np.ndarray, chunk: np.ndarray, n_chunks: int) -> np.ndarray:
        """Best label indices of each chunk, all chunks stepped together (longest first).

        A step adds the transitions to the scores so far with the source label on the last axis, takes
        the argmax there and gathers the maximum at it (the same value ``max`` gives, in one pass fewer).
        """
        n, size = emit.shape
        begins = np.searchsorted(chunk, np.arange(n_chunks))
        lengths = np.diff(begins, append=n)
        order = np.argsort(-lengths, kind="stable")  # longest first: live chunks are a prefix at every step
        rank = np.empty(n_chunks, dtype=np.int64)
        rank[order] = np.arange(n_chunks)
        width = int(lengths[order[0]])
        where = np.arange(n) - begins[chunk], rank[chunk]  # (step, row) of each token
        grid = np.zeros((width, n_chunks, size))
        grid[where] = emit
        live = (n_chunks - np.cumsum(np.bincount(lengths, minlength=width + 1))).tolist()  # rows still going
        delta = grid[0].copy()
        back = np.zeros((width, n_chunks * size), dtype=np.intp)
        scores = np.empty((n_chunks * size, size))
        trans = self._trans_by_target
        flat = np.arange(n_chunks * size) * size
        add = np.add
        # the arrays' own ``argmax``/``take``: ``np.argmax``/``np.take`` reach the same C code through a
        # Python wrapper, which cost more than the work at these sizes (two calls a step)
        for t in range(1, width):
            k = live[t]
            m = k * size
            s = scores[:m]
            add(delta[:k, None, :], trans, out=s.reshape(k, size, size))
            b = back[t, :m]
            s.argmax(axis=1, out=b)
            d = delta[:k]
            s.take(flat[:m] + b, out=d.reshape(m))
            add(d, grid[t, :k], out=d)
        path = np.zeros((width, n_chunks), dtype=np.intp)
        cur = delta.argmax(axis=1)
        rows = np.arange(n_chunks) * size
        for t in range(width - 1, -1, -1):
            k = live[t]
            path[t, :k] = cur[:k]
            if t:
                cur[:k] = back[t].take(rows[:k] + cur[:k])
        best: np.ndarray = path[where]
        return best


class _TypeIndex:
    """Weight-row indices of a word type's features, group by group (own, then each offset of ``OFFSETS``).

    The features and their order are those of ``Featuriser._type_features``; an attribute the model
    dropped gets the index of the zero row (``missing``). No feature string is built for a word form:
    the model's attributes are split once into tables by feature name (``r``, ``-1r``, ``n``, ``f`` …)
    keyed by value, and the pieces many types share (a suffix, a cluster triple, the list flags) are
    cached with all their rows.
    """

    def __init__(self, attr_index: dict[str, int]) -> None:
        self._index = attr_index
        self.missing = missing = len(attr_index)
        tables: dict[str, dict[str, int]] = {}
        for attr, i in attr_index.items():
            head, eq, value = attr.partition("=")
            if eq:
                tables.setdefault(head, {})[value] = i
        rest: dict[str, list[int]] = {}
        for k, pre in enumerate(_PREFIXES):
            for value, i in tables.get(pre + "r", {}).items():
                rest.setdefault(value, [missing] * len(_PREFIXES))[k] = i
        self._rest = {value: tuple(rows) for value, rows in rest.items()}
        self._no_rest = (missing,) * len(_PREFIXES)
        self._f = tables.get("f", {})
        self._n = tables.get("n", {})
        self._p2 = tables.get("p2", {})
        self._p3 = tables.get("p3", {})
        self._len = [self._get(f"len={k}") for k in range(10)]
        self._bias = self._get("bias")
        self._al = {v: self._get("al=" + str(v)) for v in (True, False)}
        self._known = {v: self._get("known=" + str(v)) for v in (True, False)}
        self._suffix: dict[str, tuple[int, ...]] = {}
        self._clusters: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._shape: dict[tuple[str, str], tuple[int, ...]] = {}
        self._flags: dict[tuple[str, ...], tuple[list[int], ...]] = {}
        self._people: dict[tuple[str, ...], tuple[list[int], ...]] = {}

    def _get(self, attr: str) -> int:
        return self._index.get(attr, self.missing)

    def rows(self, p: TypeParts, rows: list[int], bounds: list[int]) -> None:
        """Append the type's feature rows to ``rows`` and each group's first position to ``bounds``.

        Every group ends with the zero row, so ``np.add.reduceat`` adds up the same rows in the same
        order as it did with the rows of the feature strings (the sums are bitwise the same).
        """
        f, clitic, rest, bare, shape, flag_names, clusters, people_names, known = p
        missing = self.missing
        r = self._rest.get(rest, self._no_rest)
        tail = f[-4:]
        x = self._suffix.get(tail)
        if x is None:
            x = self._suffix[tail] = tuple(self._get(f"x{k}=" + f[-k:]) for k in (1, 2, 3, 4))
        c = self._clusters.get(clusters)
        if c is None:
            k64, k256, k1k = clusters
            c = self._clusters[clusters] = (
                self._get("k64=" + k64),
                *(self._get(pre + "k256=" + k256) for pre in _PREFIXES),
                *(self._get(pre + "k1k=" + k1k) for pre in ("", "-1", "+1")),
            )
        sc = (shape, clitic)
        s = self._shape.get(sc)
        if s is None:
            s = self._shape[sc] = (
                *(self._get(pre + "sh=" + shape) for pre in ("", "-1", "+1")),
                *(self._get(pre + "cl=" + clitic) for pre in ("", "-1", "+1")),
            )
        flags = self._flags.get(flag_names)
        if flags is None:
            flags = self._flags[flag_names] = tuple(
                [self._get(pre + g) for g in flag_names] for pre in _PREFIXES
            )
        people = self._people.get(people_names)
        if people is None:
            people = self._people[people_names] = tuple(
                [self._get(pre + g) for g in people_names] for pre in ("", "-1", "+1")
            )
        # own: bias f r n cl al sh len p2 p3 x1-x4 k64 k256 k1k known flags people
        bounds.append(len(rows))
        rows += (
            self._bias, self._f.get(f, missing), r[0], self._n.get(bare, missing), s[3],
            self._al[rest.startswith("ال")], s[0], self._len[min(len(bare), 9)],
            self._p2.get(bare[:2], missing), self._p3.get(bare[:3], missing), *x, c[0], c[1], c[6],
            self._known[known],
        )  # fmt: skip
        rows += flags[0]
        rows += people[0]
        rows.append(missing)
        # -2: r k256 flags
        bounds.append(len(rows))
        rows += (r[1], c[2])
        rows += flags[1]
        rows.append(missing)
        # -1: r k256 k1k sh cl flags people
        bounds.append(len(rows))
        rows += (r[2], c[3], c[7], s[1], s[4])
        rows += flags[2]
        rows += people[1]
        rows.append(missing)
        # +1
        bounds.append(len(rows))
        rows += (r[3], c[4], c[8], s[2], s[5])
        rows += flags[3]
        rows += people[2]
        rows.append(missing)
        # +2
        bounds.append(len(rows))
        rows += (r[4], c[5])
        rows += flags[4]
        rows.append(missing)
