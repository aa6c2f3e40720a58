"""Draw the candidate pairs of the third, blind copy-detection sample (``dedup_pairs3.csv``).

Usage: ``python bench/data/draw_dedup_pairs3.py [OUT.csv]`` (default: standard output). Writes
``id1,id2,label,how,cosine`` rows with an empty ``label``, in the order of ``dedup_pairs3.csv``: its
labels were then filled in by reading both texts (``README.md`` says how), and ``how``/``cosine``
(the stratum and the TF-IDF cosine) dropped.

The drawing is independent of akhbar's copy detector (nothing of ``akhbar`` is imported): every
article's raw ``content`` of ``../shared/data/saudinewsnet/articles.jsonl.gz`` is weighted with
scikit-learn's ``TfidfVectorizer`` (word 1- and 2-grams, min_df 2, max_df 0.5, sublinear tf), and all
pairs of articles crawled (``date_extracted``) at most 7 days apart whose cosine is at least 0.3 are
candidates. They are binned by cosine and sampled at random per bin (``BINS``, more from the middle bins
where the hard cases are); then ``TITLE_PAIRS`` pairs of different outlets with near-equal folded
headlines (difflib ratio >= 0.9, at most 7 days apart), ``TEMPLATE_PAIRS`` near misses (headlines
sharing at least ``TEMPLATE_JACCARD`` of their folded words, not near-equal, crawled 1 to 7 days
apart, cosine >= 0.3: the same template or actors on another day, or a later write-up of one story)
and ``RANDOM_PAIRS`` random pairs of different outlets crawled the same day are added. Every article
of ``dedup_pairs.csv`` and ``dedup_pairs2.csv`` is excluded (so no pair of theirs either), and no
article is used twice, so one story carried by many outlets cannot fill a bin. Fixed seed (another
than sample 2's): the same corpus gives the same pairs. ``draw_dedup_pairs4.py`` and ``draw_dedup_pairs5.py``
run this draw with their own seed and exclusions (``main(out, seed=..., earlier=...)``). Takes about three minutes (the all-pairs
cosine is computed in chunks of sparse products).
"""

from __future__ import annotations

import csv
import random
import sys
from collections import defaultdict
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from draw_dedup_pairs2 import cosine_pairs, fold_title, load

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
EARLIER = (HERE / "dedup_pairs.csv", HERE / "dedup_pairs2.csv")
SEED = 20153
MAX_DAYS = 7  # as in draw_dedup_pairs2, whose cosine_pairs (MIN_COSINE 0.3, at most 7 days apart) is used
# (low, high, how many): cosine bins, high exclusive except the last
BINS = ((0.3, 0.5, 25), (0.5, 0.7, 35), (0.7, 0.9, 25), (0.9, 1.01, 10))
TITLE_PAIRS = 10
TITLE_RATIO = 0.9
TEMPLATE_PAIRS = 15
TEMPLATE_JACCARD = 0.4
RANDOM_PAIRS = 10


def main(out: Path | None, *, seed: int = SEED, earlier: tuple[Path, ...] = EARLIER) -> None:
    docs = load(CORPUS)
    ids = [d["id"] for d in docs]
    index = {doc_id: n for n, doc_id in enumerate(ids)}
    days = [date.fromisoformat(d["date_extracted"][:10]).toordinal() for d in docs]
    rng = random.Random(seed)
    used: set[int] = set()  # the articles of the earlier samples, then each one drawn here
    for path in earlier:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                used.update((index[row["id1"]], index[row["id2"]]))
    chosen: list[tuple[int, int, str, float | None]] = []

    def take(candidates: list[tuple[int, int]], n: int, how: str, cosine: dict | None = None) -> None:
        rng.shuffle(candidates)
        got = 0
        for i, j in candidates:
            if got == n:
                break
            if i in used or j in used:
                continue
            used.update((i, j))
            chosen.append((i, j, how, cosine.get((i, j)) if cosine else None))
            got += 1
        print(f"{how}: {got} of {len(candidates)} candidates", file=sys.stderr)

    cosine = cosine_pairs([d["content"] for d in docs], days)
    for low, high, n in BINS:
        in_bin = sorted(pair for pair, value in cosine.items() if low <= value < high)
        take(in_bin, n, f"cosine {low:.1f}-{min(high, 1.0):.1f}", cosine)

    by_title: dict[str, list[int]] = defaultdict(list)
    for n, d in enumerate(docs):
        folded = fold_title(d["title"])
        if len(folded.split()) >= 4:
            by_title[folded[:12]].append(n)  # near-equal headlines almost always share their start
    titled = []
    folded_of = {n: fold_title(docs[n]["title"]) for group in by_title.values() for n in group}
    for group in by_title.values():
        for a, i in enumerate(group):
            for j in group[a + 1 :]:
                if docs[i]["source"] == docs[j]["source"] or abs(days[i] - days[j]) > MAX_DAYS:
                    continue
                if SequenceMatcher(None, folded_of[i], folded_of[j]).ratio() >= TITLE_RATIO:
                    titled.append((min(i, j), max(i, j)))
    take(sorted(titled), TITLE_PAIRS, "near-equal title", cosine)

    words = {n: set(folded.split()) for n, folded in folded_of.items()}
    template = []
    for (i, j), _value in cosine.items():
        if i in words and j in words and days[i] != days[j]:
            union = words[i] | words[j]
            jaccard = len(words[i] & words[j]) / len(union)
            if (
                jaccard >= TEMPLATE_JACCARD
                and SequenceMatcher(None, folded_of[i], folded_of[j]).ratio() < TITLE_RATIO
            ):
                template.append((i, j))
    take(sorted(template), TEMPLATE_PAIRS, "near-miss title", cosine)

    by_day: dict[int, list[int]] = defaultdict(list)
    for n, day in enumerate(days):
        by_day[day].append(n)
    same_day = []
    day_keys = sorted(by_day)
    while len(same_day) < 50 * RANDOM_PAIRS:
        members = by_day[rng.choice(day_keys)]
        i, j = rng.sample(members, 2)
        if docs[i]["source"] != docs[j]["source"]:
            same_day.append((min(i, j), max(i, j)))
    take(sorted(set(same_day)), RANDOM_PAIRS, "random same day", cosine)

    rows = [["id1", "id2", "label", "how", "cosine"]]
    rows += [[ids[i], ids[j], "", how, "" if value is None else value] for i, j, how, value in chosen]
    if out is None:
        csv.writer(sys.stdout).writerows(rows)
    else:
        with out.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
    print(f"{len(chosen)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
