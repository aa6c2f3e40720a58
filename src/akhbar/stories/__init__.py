"""Stories across outlets: clustering articles, and each story's cited timeline."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from akhbar.model import Article, Story
from akhbar.stories.cluster import ClusterOptions, cluster
from akhbar.stories.similarity import article_similarity, time_anchors
from akhbar.stories.summary import summarise
from akhbar.stories.timeline import build_timeline

__all__ = ["ClusterOptions", "article_similarity", "build_stories", "time_anchors"]


def build_stories(articles: Sequence[Article], *, options: ClusterOptions | None = None) -> list[Story]:
    """Cluster ``articles`` into stories and build each story's timeline and summary.

    Story ids are stable: a hash of the story's first member id, so re-running on the same corpus
    keeps the same ids.
    """
    stories = []
    for members in cluster(articles, options=options):
        group = sorted((articles[i] for i in members), key=lambda a: (a.pub_date or date.max, a.id))
        dates = sorted(d for a in group if (d := a.pub_date))
        outlets = tuple(dict.fromkeys(a.outlet or "?" for a in group))
        lead = group[0]
        sid = hashlib.sha1(min(a.id for a in group).encode(), usedforsecurity=False).hexdigest()[:12]
        stories.append(
            Story(
                id=sid,
                title=lead.title or lead.text[:80],
                article_ids=tuple(a.id for a in group),
                outlets=outlets,
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                timeline=build_timeline(group) if len(group) <= 200 else (),
                summary=summarise(group),
            )
        )
    stories.sort(key=lambda s: (-s.size, s.id))
    return stories
