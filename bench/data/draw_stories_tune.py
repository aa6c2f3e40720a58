"""Draw the candidates of the story-clustering TUNING sample (``stories_tune.jsonl``).

Usage: ``python bench/data/draw_stories_tune.py [OUT_DIR]`` (default: ``/tmp/stories_tune_draw``).
Writes ``candidates.jsonl`` (one line per seed: the seed and its candidates with cosine, outlet,
crawl day and text, to be read) and ``distractors.txt``. ``stories_tune.jsonl`` was made by reading
the candidates (``README.md`` gives the story definition, the same as the blind sample's);
``stories_tune_distractors.txt`` is ``distractors.txt``.

Unlike the blind ``stories_gold.jsonl``, this sample is meant to be tuned on. It is disjoint from
every id of ``stories_gold.jsonl`` and ``stories_distractors.txt`` (they are read only for their ids)
and nothing of ``akhbar`` is imported. Every article is weighted with scikit-learn's
``TfidfVectorizer`` (words, min_df 2, max_df 0.5, sublinear tf). Seeds, with a fixed seed:

- per ``TEMPLATES`` headline pattern (weather, stock market, oil, Hajj and Friday sermons, a club,
  the interior ministry, royal decisions), ``DAYS_PER_TEMPLATE`` different crawl days, one seed a
  day: the daily recurring reports and the same actors on other occasions;
- ``COVERED`` seeds among articles with at least ``MIN_OUTLETS`` other outlets at cosine >= 0.35
  within ``WINDOW`` days: wire copies and follow-ups over several days.

Candidates of a seed: the ``TOP`` articles of highest cosine (>= ``MIN_COSINE``) crawled within
``WINDOW`` days (same-day copies, follow-ups, and other days of the same template).
Distractors: ``DISTRACTORS`` articles at random among those crawled on the seeds' days that are no
candidate and in neither blind file.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
BLIND = (HERE / "stories_gold.jsonl", HERE / "stories_distractors.txt")
SEED = 20150815
TEMPLATES = (
    r"الأرصاد|الطقس|درجات الحرارة",
    r"سوق الأسهم|مؤشر السوق|الأسهم السعودية",
    r"أسعار النفط|برنت|أوبك",
    r"الحجاج|خطيب|خطبة الجمعة",
    r"الهلال|النصر",
    r"وزارة الداخلية|المتحدث الأمني",
    r"خادم الحرمين|أمر ملكي|الملك سلمان",
)
DAYS_PER_TEMPLATE = 3
COVERED = 6
MIN_OUTLETS = 2
WINDOW = 3
TOP = 6
MIN_COSINE = 0.25
DISTRACTORS = 300


def load(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def blind_ids(taken: tuple[tuple[Path, Path], ...] = (BLIND,)) -> set[str]:
    """The ids of the stories and distractors of the samples in ``taken`` (``(gold, distractors)`` files)."""
    ids: set[str] = set()
    for gold, distractors in taken:
        ids |= {
            i
            for line in gold.read_text(encoding="utf-8").splitlines()
            if line
            for i in json.loads(line)["article_ids"]
        }
        ids |= {line.strip() for line in distractors.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def main(
    out: Path,
    *,
    seed: int = SEED,
    taken: tuple[tuple[Path, Path], ...] = (BLIND,),
    days_per_template: int = DAYS_PER_TEMPLATE,
    covered: int = COVERED,
    top: int = TOP,
) -> None:
    """Write ``candidates.jsonl`` (each seed with its nearest articles) and ``distractors.txt`` to ``out``.

    ``draw_stories_tune2.py`` runs the same draw with its own seed, sizes and excluded samples.
    """
    docs = load(CORPUS)
    blind = blind_ids(taken)
    days = np.asarray([date.fromisoformat(d["date_extracted"][:10]).toordinal() for d in docs])
    vectorizer = TfidfVectorizer(min_df=2, max_df=0.5, sublinear_tf=True, dtype=np.float32)
    matrix = vectorizer.fit_transform([f"{d['title']}\n{d['content']}" for d in docs]).tocsr()
    usable = np.asarray([d["id"] not in blind and 300 <= len(d["content"]) <= 8000 for d in docs])
    rng = random.Random(seed)

    def candidates(n: int) -> list[int]:
        row = np.asarray((matrix[n] @ matrix.T).todense()).ravel()
        near = np.flatnonzero((np.abs(days - days[n]) <= WINDOW) & (row >= MIN_COSINE) & usable)
        return [int(m) for m in near[np.argsort(-row[near])] if m != n][:top]

    seeds: list[tuple[str, int]] = []
    for pattern in TEMPLATES:
        found = re.compile(pattern)
        matches = [n for n, d in enumerate(docs) if usable[n] and found.search(d["title"])]
        by_day: dict[int, list[int]] = {}
        for n in matches:
            by_day.setdefault(int(days[n]), []).append(n)
        for day in rng.sample(sorted(by_day), min(days_per_template, len(by_day))):
            seeds.append((f"template: {pattern}", rng.choice(by_day[day])))
    order = [n for n in range(len(docs)) if usable[n]]
    rng.shuffle(order)
    got = 0
    for n in order:
        if got == covered:
            break
        outlets = {docs[m]["source"] for m in candidates(n)} - {docs[n]["source"]}
        if len(outlets) >= MIN_OUTLETS:
            seeds.append(("covered", n))
            got += 1

    out.mkdir(parents=True, exist_ok=True)
    drawn: set[int] = set()
    with (out / "candidates.jsonl").open("w", encoding="utf-8") as handle:
        for how, n in seeds:
            found_ids = candidates(n)
            drawn.update([n, *found_ids])
            row = {
                "how": how,
                "seed": _brief(docs[n]),
                "candidates": [_brief(docs[m]) for m in found_ids],
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    span = {int(days[n]) for _, n in seeds}
    pool = [
        n for n in range(len(docs)) if int(days[n]) in span and n not in drawn and docs[n]["id"] not in blind
    ]
    distractors = sorted(docs[n]["id"] for n in random.Random(seed + 1).sample(pool, DISTRACTORS))
    (out / "distractors.txt").write_text("\n".join(distractors) + "\n", encoding="utf-8")
    print(f"{len(seeds)} seeds, {len(drawn)} articles drawn, {len(distractors)} distractors", file=sys.stderr)


def _brief(doc: dict[str, str]) -> dict[str, str]:
    keys = ("id", "source", "title", "content")
    return {"day": doc["date_extracted"][:10]} | {k: doc[k] for k in keys}


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/stories_tune_draw"))
