"""Story clustering on the three TUNING samples only (never the blind ``stories_gold.jsonl``).

Usage: ``python bench/stories_tune.py [--errors] [--cache DIR]``. Each sample's gold and distractor
articles are ingested once into ``DIR/<sample>.db`` (default ``/tmp/akhbar-stories-tune``) with the
steps ``akhbar eval stories`` runs (``ingest_records``), then clustered with ``build_stories``' own
``cluster`` call and the default ``ClusterOptions`` and scored with ``score_clusters``: the figures are
those of ``akhbar eval stories --gold … --distractors …`` while only clustering code changes (delete the
cache after an extraction change). ``--errors`` lists, per sample, the gold stories split over several
predicted stories and the predicted stories holding several gold stories, with crawl day, outlet and
title of each article. ``bench/run.py stories_snn`` also scores the blind sample, which a tuning
session must not run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from akhbar.eval.stories import ingest_records, read_ids, read_story_gold, score_clusters
from akhbar.ingest.readers import ReadOptions
from akhbar.model import Article
from akhbar.store.repository import Store
from akhbar.stories.cluster import cluster

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
SAMPLES = ("stories_tune", "stories_tune2", "stories_tune3")


def load(sample: str, cache: Path) -> tuple[list[Article], dict[str, str]]:
    """The stored articles of a sample (ingested on first use) and gold story by article id."""
    gold_path = HERE / "data" / f"{sample}.jsonl"
    story_of = {aid: s.story_id for s in read_story_gold(gold_path) for aid in s.article_ids}
    cache.mkdir(parents=True, exist_ok=True)
    db = cache / f"{sample}.db"
    ids_file = cache / f"{sample}.ids.json"
    fresh = not db.exists()
    with Store.open(f"sqlite:///{db}") as store:
        if fresh:
            wanted = set(story_of) | read_ids(HERE / "data" / f"{sample}_distractors.txt")
            ids_file.write_text(json.dumps(ingest_records(store, [CORPUS], ReadOptions(), wanted=wanted)))
        articles = list(store.articles(with_spans=True))
    record_ids: dict[str, str] = json.loads(ids_file.read_text())
    return articles, {record_ids[r]: s for r, s in story_of.items() if r in record_ids}


def errors(articles: list[Article], gold: dict[str, str], predicted: dict[str, str]) -> list[str]:
    """Split gold stories and merged predicted stories, one article a line."""
    by_id = {a.id: a for a in articles}

    def line(aid: str) -> str:
        a = by_id[aid]
        return f"      {a.crawl_date} {a.outlet} {gold.get(aid, '(distractor)')} | {(a.title or '')[:70]}"

    out: list[str] = []
    parts: dict[str, set[str]] = defaultdict(set)
    holds: dict[str, set[str]] = defaultdict(set)
    for aid, story in gold.items():
        parts[story].add(predicted[aid])
        holds[predicted[aid]].add(story)
    members: dict[str, list[str]] = defaultdict(list)
    for aid, sid in predicted.items():
        members[sid].append(aid)
    for story, got in sorted(parts.items()):
        if len(got) > 1:
            out.append(f"  SPLIT {story} into {len(got)}:")
            for sid in sorted(got):
                out.append(f"    predicted {sid}:")
                out += [line(a) for a in members[sid] if gold.get(a) == story]
    for sid, stories in sorted(holds.items()):
        if len(stories) > 1:
            out.append(f"  MERGED {sorted(stories)}:")
            out += [line(a) for a in sorted(members[sid], key=lambda x: by_id[x].crawl_date or 0)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/akhbar-stories-tune"))
    args = parser.parse_args()
    figures: dict[str, dict[str, float]] = {}
    for sample in SAMPLES:
        articles, gold = load(sample, args.cache)
        groups = cluster(articles)
        predicted = {articles[i].id: str(n) for n, members in enumerate(groups) for i in members}
        figures[sample] = score_clusters(gold, predicted)
        if args.errors:
            print(sample, figures[sample], *errors(articles, gold, predicted), sep="\n", file=sys.stderr)
    mean = sum(f["bcubed_f1"] for f in figures.values()) / len(figures)
    print(json.dumps({**figures, "mean_f1": round(mean, 4)}, indent=1))


if __name__ == "__main__":
    main()
