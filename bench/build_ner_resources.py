"""Rebuild the derived NER resources from ``../shared`` so ``akhbar train ner`` is reproducible.

Writes under ``src/akhbar/resources/gazetteers/``:

- ``word_clusters.tsv``: ``folded_word<TAB>c64<TAB>c256<TAB>c1024``, unsupervised clusters of the most
  frequent folded word types of SaudiNewsNet (+ the ANERcorp train text, labels unused). Each word is a
  vector of PPMI counts of its left/right neighbours at distance 1 and 2, reduced by truncated SVD and
  grouped by k-means at three granularities (a Brown-cluster substitute computed with numpy/scikit-learn).
- ``person_tokens.txt``: ``token<TAB>count``, folded Arabic person-name tokens from the CC0 Wikidata name
  list with the number of Wikidata names using them (summed over Latin spellings), without the most
  frequent words of the news corpus (they carry no signal: «عبد», «الله» stay only if rare enough).

Usage: ``uv run python bench/build_ner_resources.py [--shared ../shared] [--types 60000] [--only persons]``.
``--only persons`` rebuilds the name list alone, taking the common words from the shipped cluster table.
Takes a few minutes on 2 cores; deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

from akhbar.text.normalise import fold as _fold
from akhbar.text.tokenise import tokens

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "akhbar" / "resources" / "gazetteers"
GRANULARITIES = (64, 256, 1024)
OFFSETS = (-2, -1, 1, 2)
log = logging.getLogger("build_ner_resources")


def fold(text: str) -> str:
    """``akhbar.text.normalise.fold``, guarded: it recurses forever on a few presentation-form code
    points that NFKC leaves unchanged (ornate parentheses U+FD3E/U+FD3F); those are dropped here."""
    try:
        return _fold(text)
    except RecursionError:
        return _fold("".join(ch for ch in text if not 0xFB50 <= ord(ch) <= 0xFEFF))


def read_corpus(shared: Path) -> list[list[str]]:
    """Folded token lists, one per paragraph of SaudiNewsNet and one per ANERcorp sentence."""
    paras: list[list[str]] = []
    with gzip.open(shared / "data/saudinewsnet/articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for para in [rec.get("title") or "", *(rec.get("content") or "").split("\n")]:
                toks = tokens(fold(para))
                if toks:
                    paras.append(toks)
    sent: list[str] = []
    for line in (shared / "data/anercorp/train.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            sent.append(fold(parts[0]))
        elif sent:
            paras.append(sent)
            sent = []
    return paras


def cooccurrence(paras: list[list[str]], vocab: dict[str, int], n_ctx: int) -> sparse.csr_matrix:
    """Counts of (word, offset, context word) for the context words of rank below ``n_ctx``."""
    pad = -1
    ids = np.fromiter(
        (vocab.get(t, pad) for p in paras for t in [*p, "\x00", "\x00"]), dtype=np.int64
    )  # two pad slots between paragraphs stop windows crossing them
    n_vocab = len(vocab)
    rows_all, cols_all = [], []
    for k, off in enumerate(OFFSETS):
        w, c = (ids[:-off], ids[off:]) if off > 0 else (ids[-off:], ids[:off])
        keep = (w >= 0) & (c >= 0) & (c < n_ctx)
        rows_all.append(w[keep])
        cols_all.append(c[keep] + k * n_ctx)
    rows = np.concatenate(rows_all)
    cols = np.concatenate(cols_all)
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(n_vocab, len(OFFSETS) * n_ctx))


def ppmi(counts: sparse.csr_matrix, alpha: float = 0.75) -> sparse.csr_matrix:
    """Positive PMI with context-distribution smoothing (Levy et al. 2015)."""
    coo = counts.tocoo()
    total = counts.sum()
    row = np.asarray(counts.sum(axis=1)).ravel()
    col = np.asarray(counts.sum(axis=0)).ravel() ** alpha
    col_p = col / col.sum()
    pmi = np.log(coo.data / total) - np.log(row[coo.row] / total) - np.log(col_p[coo.col])
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def build_clusters(paras: list[list[str]], n_types: int, n_ctx: int) -> list[tuple[str, list[int]]]:
    counts = Counter(t for p in paras for t in p)
    words = [w for w, n in counts.most_common(n_types) if n >= 5]
    vocab = {w: i for i, w in enumerate(words)}
    log.info("vocabulary %d types from %d tokens", len(words), sum(counts.values()))
    matrix = ppmi(cooccurrence(paras, vocab, n_ctx))
    vectors = TruncatedSVD(n_components=160, random_state=0).fit_transform(matrix)
    vectors = normalize(vectors)
    labels = []
    for k in GRANULARITIES:
        km = MiniBatchKMeans(n_clusters=k, random_state=0, batch_size=4096, n_init=3)
        labels.append(km.fit_predict(vectors))
        log.info("k-means k=%d done", k)
    return [(w, [int(lab[i]) for lab in labels]) for i, w in enumerate(words)]


def build_person_tokens(shared: Path, common: set[str]) -> dict[str, int]:
    """Folded name token → number of Wikidata names using it, summed over its Latin spellings."""
    names: Counter[str] = Counter()
    lines = (shared / "data/names/latin_arabic_name_tokens.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # header: latin, arabic, count (quote marks inside names: no csv module)
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip().isdigit():
            token = fold(parts[1].strip())
            if len(token) >= 2 and all("\u0621" <= ch <= "\u064a" for ch in token) and token not in common:
                names[token] += int(parts[2])
    return dict(sorted(names.items()))


def write_person_tokens(out: Path, people: dict[str, int]) -> None:
    with (out / "person_tokens.txt").open("w", encoding="utf-8") as f:
        f.write(
            "# Folded Arabic person-name tokens from Wikidata (CC0), via shared/data/names, with the number\n"
        )
        f.write(
            "# of Wikidata person names using each (token<TAB>count); built by bench/build_ner_resources.py\n"
        )
        f.write("# (the 400 most frequent news words left out).\n")
        f.writelines(f"{token}\t{count}\n" for token, count in people.items())


def common_words(table: Path, n: int = 400) -> set[str]:
    """The ``n`` most frequent words of an existing cluster table (its rows are in frequency order)."""
    words: list[str] = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.append(line.split("\t", 1)[0])
            if len(words) == n:
                break
    return set(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--types", type=int, default=60000)
    parser.add_argument("--contexts", type=int, default=6000)
    parser.add_argument("--only", choices=["persons"], help="rebuild only this list")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.perf_counter()
    out: Path = args.out
    if args.only == "persons":
        people = build_person_tokens(args.shared, common_words(out / "word_clusters.tsv"))
        write_person_tokens(out, people)
        log.info("wrote %d name tokens", len(people))
        return
    paras = read_corpus(args.shared)
    log.info("read %d paragraphs in %.0fs", len(paras), time.perf_counter() - t0)
    clusters = build_clusters(paras, args.types, args.contexts)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "word_clusters.tsv").open("w", encoding="utf-8") as f:
        f.write("# Unsupervised word clusters (folded word, then cluster ids at k=64, 256, 1024), built by\n")
        f.write("# bench/build_ner_resources.py from SaudiNewsNet (CC BY-NC-SA 4.0) + ANERcorp text.\n")
        for word, ids in clusters:
            f.write(word + "\t" + "\t".join(map(str, ids)) + "\n")
    common = {w for w, _ in clusters[:400]}
    people = build_person_tokens(args.shared, common)
    write_person_tokens(out, people)
    log.info(
        "wrote %d cluster rows, %d name tokens in %.0fs", len(clusters), len(people), time.perf_counter() - t0
    )


if __name__ == "__main__":
    main()
