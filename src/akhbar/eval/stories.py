"""The ``akhbar eval stories`` scorer: story clustering against gold stories, B³ and ARI.

Gold is a JSONL file, one story a line: ``{"story_id": "...", "label": "...", "article_ids": [...]}``,
the ids being the ``id`` field of records in an articles file (``.jsonl``/``.jsonl.gz`` read by the
JSON Lines reader, SaudiNewsNet's fields by default). The gold articles and any distractors are
ingested into a temporary SQLite database with the same steps ``Akhbar.ingest`` runs (build, extract,
store) — ``eval`` sits below ``api`` in the layers, so it drives those steps itself — then every
stored article is clustered with ``build_stories`` and the gold articles are scored.

B³ (Bagga and Baldwin 1998) averages, over gold articles, the share of an article's predicted story
that is in its gold story (precision) and the share of its gold story that is in its predicted story
(recall); distractors are clustered with everything else but not scored, so a distractor in a gold
story costs nothing and two gold stories put together cost precision. ARI is scikit-learn's
``adjusted_rand_score`` over the same articles. Figures are rounded to 4 places.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.metrics import adjusted_rand_score

from akhbar.errors import InputError
from akhbar.eval.gold import parse_object
from akhbar.extract.pipeline import Extractor
from akhbar.ingest.build import BuildContext, build_article, content_key
from akhbar.ingest.document import Document
from akhbar.ingest.readers import ReadOptions, read_paths
from akhbar.model import Article
from akhbar.store.repository import Store
from akhbar.stories import ClusterOptions, build_stories

_BATCH = 200


@dataclass(frozen=True, slots=True)
class GoldStory:
    """One gold story: its id, a human label and the record ids of its articles."""

    story_id: str
    label: str
    article_ids: tuple[str, ...]


def read_story_gold(path: Path) -> list[GoldStory]:
    """The stories of a gold file, in file order; blank lines are skipped.

    Raises ``InputError`` for a line that is not a JSON object with ``story_id`` and a list
    ``article_ids``, and for an article id that two stories claim.
    """
    stories: list[GoldStory] = []
    owner: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            story = _gold_line(line, f"{path}:{number}")
            for aid in story.article_ids:
                if aid in owner and owner[aid] != story.story_id:
                    raise InputError(
                        f"{path}:{number}: article {aid!r} is in stories {owner[aid]!r} and "
                        f"{story.story_id!r}; a gold article belongs to one story, remove it from one"
                    )
                owner[aid] = story.story_id
            stories.append(story)
    return stories


def _gold_line(line: str, where: str) -> GoldStory:
    raw = parse_object(line, where)
    ids = raw.get("article_ids")
    if "story_id" not in raw or not isinstance(ids, list):
        raise InputError(f'{where}: a gold story needs "story_id" and a list "article_ids"; add them')
    return GoldStory(str(raw["story_id"]), str(raw.get("label") or ""), tuple(str(i) for i in ids))


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of ``predicted`` (item → cluster) against ``gold`` (item → class).

    Only items in both mappings count.

    >>> [round(x, 3) for x in bcubed({"a": "x", "b": "x", "c": "y"}, {"a": "1", "b": "1", "c": "1"})]
    [0.556, 1.0, 0.714]
    """
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    pairs = Counter((gold[i], predicted[i]) for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    predicted_sizes = Counter(predicted[i] for i in items)
    precision = sum(pairs[(gold[i], predicted[i])] / predicted_sizes[predicted[i]] for i in items) / len(
        items
    )
    recall = sum(pairs[(gold[i], predicted[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_clusters(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
    """B³ precision, recall, F1 and ARI of ``predicted`` against ``gold`` over the items both hold."""
    precision, recall, f1 = bcubed(gold, predicted)
    items = [i for i in gold if i in predicted]
    ari = (
        float(adjusted_rand_score([gold[i] for i in items], [predicted[i] for i in items])) if items else 0.0
    )
    return {
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "ari": round(ari, 4),
    }


def evaluate_stories(
    gold_path: str | Path,
    articles_path: str | Path,
    distractors_path: str | Path | None = None,
    *,
    options: ClusterOptions | None = None,
    read: ReadOptions | None = None,
) -> dict[str, Any]:
    """Ingest the gold (and distractor) articles into a temporary database, cluster, and score.

    Returns ``bcubed_precision``, ``bcubed_recall``, ``bcubed_f1`` and ``ari`` over the gold
    articles that could be ingested, plus ``gold_articles`` (how many were scored), ``missing``
    (gold ids with no readable record, or rejected) and ``stories`` (how many stories all the
    ingested articles formed). Raises ``InputError`` when no gold article could be ingested.
    """
    gold = read_story_gold(Path(gold_path))
    story_of_record = {aid: story.story_id for story in gold for aid in story.article_ids}
    wanted = set(story_of_record) | (read_ids(Path(distractors_path)) if distractors_path else set())
    with (
        tempfile.TemporaryDirectory(prefix="akhbar-eval-") as tmp,
        Store.open(f"sqlite:///{tmp}/eval.db") as store,
    ):
        record_ids = ingest_records(store, [Path(articles_path)], read or ReadOptions(), wanted=wanted)
        stories = build_stories(store.articles(with_spans=True), options=options)
    gold_of = {record_ids[r]: s for r, s in story_of_record.items() if r in record_ids}
    if not gold_of:
        raise InputError(
            f"none of the {len(story_of_record)} gold article ids of {gold_path} was found as an `id` "
            f"field of a readable record in {articles_path}; check that the ids match"
        )
    predicted = {aid: story.id for story in stories for aid in story.article_ids}
    scores: dict[str, Any] = score_clusters(gold_of, predicted)
    scores.update(
        gold_articles=len(gold_of), missing=len(story_of_record) - len(gold_of), stories=len(stories)
    )
    return scores


def read_ids(path: Path) -> set[str]:
    """Article ids, one a line (blank lines and ``#`` comments skipped): the distractors file."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: cannot read the id list ({exc}); give a UTF-8 file, one id a line"
        ) from exc
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def ingest_records(
    store: Store, paths: Iterable[Path], read: ReadOptions, *, wanted: set[str] | None = None
) -> dict[str, str]:
    """Build, extract and store the readable records under ``paths``; record ``id`` → article id.

    With ``wanted``, only records whose ``id`` is in it are processed (the rest of a large articles
    file is skipped before any work is done on it).

    The steps are those of ``Akhbar.ingest`` (one ``BuildContext`` and one ``Extractor`` for the
    run, so repeated page furniture and entity spellings are learnt across articles); rejected
    records are skipped. Two records with the same identity and text are one article.
    """
    id_field = read.field_map.get("id", "id")
    context = BuildContext()
    extractor = Extractor.load()
    record_ids: dict[str, str] = {}
    batch: list[Article] = []
    for item in read_paths(list(paths), read):
        if not isinstance(item, Document):
            continue
        record = item.fields.get(id_field) or item.fields.get("id")
        if wanted is not None and record not in wanted:
            continue
        article = extractor(build_article(item, context))
        if record:
            record_ids[record] = article.id
        batch.append(article)
        if len(batch) >= _BATCH:
            _flush(store, batch)
    _flush(store, batch)
    return record_ids


def _flush(store: Store, batch: list[Article]) -> None:
    if batch:
        store.add_articles(batch, content_keys={a.id: content_key(a) for a in batch})
        batch.clear()
