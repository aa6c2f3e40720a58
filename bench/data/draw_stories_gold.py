"""Draw the candidates of the blind story-clustering gold sample (``stories_gold.jsonl``).

Usage: ``python bench/data/draw_stories_gold.py [OUT_DIR]`` (default: ``/tmp/stories_draw``). Writes
``candidates.jsonl`` (one line per seed: the seed and its candidate articles with their cosine, title
overlap, outlet, crawl day and text, to be read) and ``distractors.txt`` (the distractor ids). The
gold stories were then made by reading the candidates (``README.md`` gives the story definition and
the decisions); ``stories_distractors.txt`` is ``distractors.txt`` with the gold ids left out.

The drawing is independent of akhbar's story clustering (nothing of ``akhbar`` is imported). Every
article of ``../shared/data/saudinewsnet/articles.jsonl.gz`` (title + content) is weighted with
scikit-learn's ``TfidfVectorizer`` (word 1- and 2-grams, min_df 2, max_df 0.5, sublinear tf). Seeds,
with a fixed seed (``SEED``), among articles of 500 to 6,000 characters with a headline of at least
four words:

- ``COVERED`` seeds at random among articles with at least one article of another outlet crawled
  within ``WINDOW`` days at cosine >= 0.3 (stories several outlets carried);
- ``ANY`` seeds at random among all (mostly stories one outlet alone carried: singletons);
- one seed per ``HARD`` headline pattern (a club's match, a ministry's statement, an attack, the daily
  stock-market report, the weather), at random among the articles whose headline matches, to bring
  in the same actors on other days.

A seed that on reading was not news of an event (an opinion column, an interview, a feature, a
digest) was set aside; ``SET_ASIDE`` lists them and the next seed drawn was used instead.

Candidates of a seed: the ``TOP`` articles of highest cosine crawled within ``WINDOW`` days (cosine
>= ``MIN_COSINE``), plus the ``TITLE_TOP`` articles within ``TITLE_WINDOW`` days whose folded
headline shares the most words with the seed's (Jaccard >= 0.25) — same actors, other days.
``EXPAND`` lists candidates that on reading were another event than their seed's and whose own
candidates were drawn the same way, so that their story is complete too.

Distractors: ``DISTRACTORS`` articles at random (same seed) among those crawled on the days the
seeds span, that are no candidate.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
SEED = 6015
COVERED = 14
ANY = 14
HARD = (
    r"الهلال|النصر|الأهلي|الاتحاد|الشباب",
    r"وزارة الداخلية|المتحدث الأمني",
    r"تفجير|انتحاري|هجوم",
    r"سوق الأسهم|مؤشر السوق|الأسهم السعودية",
    r"الأرصاد|أمطار|الطقس",
)
WINDOW = 3
TOP = 10
MIN_COSINE = 0.2
TITLE_WINDOW = 5
TITLE_TOP = 3
TITLE_MIN = 0.25
DISTRACTORS = 320
SET_ASIDE: tuple[str, ...] = ("snn-008041", "snn-025585")
EXPAND: tuple[str, ...] = ()

_DIACRITICS = re.compile(r"[\u064b-\u0652\u0640]")
_NON_WORD = re.compile(r"[^\w]+")
_STOP = frozenset(
    [
        "في",
        "من",
        "على",
        "الى",
        "إلى",
        "عن",
        "مع",
        "و",
        "ال",
        "أن",
        "ان",
        "بعد",
        "قبل",
        "خلال",
        "التي",
        "الذي",
        "هذا",
        "هذه",
    ]
)


def fold_words(title: str) -> set[str]:
    """The words of a headline without diacritics, tatweel, punctuation and letter variants."""
    text = _DIACRITICS.sub("", title)
    text = re.sub("[إأآ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    words = {w.removeprefix("و") if len(w) > 3 else w for w in _NON_WORD.sub(" ", text).split()}
    return {w for w in words if w not in _STOP and len(w) > 1}


def load(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main(out: Path) -> None:
    docs = load(CORPUS)
    days = np.asarray([date.fromisoformat(d["date_extracted"][:10]).toordinal() for d in docs])
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, max_df=0.5, sublinear_tf=True, dtype=np.float32
    )
    matrix = vectorizer.fit_transform([f"{d['title']}\n{d['content']}" for d in docs]).tocsr()
    titles = [fold_words(d["title"]) for d in docs]
    eligible = [
        n for n, d in enumerate(docs) if 500 <= len(d["content"]) <= 6000 and len(d["title"].split()) >= 4
    ]
    rng = random.Random(SEED)
    set_aside = {n for n, d in enumerate(docs) if d["id"] in SET_ASIDE}

    def cosines(n: int) -> np.ndarray:
        return np.asarray((matrix[n] @ matrix.T).todense()).ravel()

    def covered(n: int) -> bool:
        row = cosines(n)
        near = (np.abs(days - days[n]) <= WINDOW) & (row >= 0.3)
        return any(docs[m]["source"] != docs[n]["source"] for m in np.flatnonzero(near) if m != n)

    def candidates(n: int) -> list[dict[str, object]]:
        row = cosines(n)
        near = np.flatnonzero((np.abs(days - days[n]) <= WINDOW) & (row >= MIN_COSINE))
        chosen = [int(m) for m in near[np.argsort(-row[near])] if m != n][:TOP]
        overlap = []
        for m in np.flatnonzero(np.abs(days - days[n]) <= TITLE_WINDOW):
            if m == n or m in chosen or not titles[n] or not titles[m]:
                continue
            jaccard = len(titles[n] & titles[m]) / len(titles[n] | titles[m])
            if jaccard >= TITLE_MIN:
                overlap.append((jaccard, int(m)))
        chosen += [m for _, m in sorted(overlap, reverse=True)[:TITLE_TOP]]
        return [
            {
                "id": docs[m]["id"],
                "cosine": round(float(row[m]), 3),
                "title_jaccard": round(len(titles[n] & titles[m]) / max(1, len(titles[n] | titles[m])), 3),
                "source": docs[m]["source"],
                "day": docs[m]["date_extracted"][:10],
                "title": docs[m]["title"],
                "content": docs[m]["content"],
            }
            for m in chosen
        ]

    seeds: list[tuple[str, int]] = []
    order = eligible[:]
    rng.shuffle(order)
    picked: set[int] = set()

    def take(how: str, n_wanted: int, test: Callable[[int], bool] | None) -> None:
        got = 0
        for n in order:
            if got == n_wanted:
                return
            if n in picked or (test is not None and not test(n)):
                continue
            picked.add(n)
            if n in set_aside:
                continue
            seeds.append((how, n))
            got += 1

    take("covered", COVERED, covered)
    take("any", ANY, None)
    for pattern in HARD:
        take(f"hard: {pattern}", 1, lambda n, p=re.compile(pattern): bool(p.search(docs[n]["title"])))
    index = {d["id"]: n for n, d in enumerate(docs)}
    seeds += [("expand", index[i]) for i in EXPAND]

    out.mkdir(parents=True, exist_ok=True)
    drawn: set[int] = set()
    with (out / "candidates.jsonl").open("w", encoding="utf-8") as handle:
        for how, n in seeds:
            found = candidates(n)
            drawn.add(n)
            drawn.update(index[str(c["id"])] for c in found)
            seed = {"id": docs[n]["id"], "source": docs[n]["source"], "day": docs[n]["date_extracted"][:10]}
            seed |= {"title": docs[n]["title"], "content": docs[n]["content"]}
            handle.write(
                json.dumps({"how": how, "seed": seed, "candidates": found}, ensure_ascii=False) + "\n"
            )
    span = {int(days[n]) for _, n in seeds}
    pool = [n for n in range(len(docs)) if int(days[n]) in span and n not in drawn]
    distractors = sorted(docs[n]["id"] for n in random.Random(SEED + 1).sample(pool, DISTRACTORS))
    (out / "distractors.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")
    print(f"{len(seeds)} seeds, {len(drawn)} articles drawn, {len(distractors)} distractors", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/stories_draw"))
