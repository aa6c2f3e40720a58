"""Stories across outlets: clustering articles, and each story's cited timeline."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date

from akhbar.model import Article, Story
from akhbar.stories.cluster import ClusterOptions, cluster, cluster_profiles
from akhbar.stories.similarity import Profiler, article_similarity, time_anchors
from akhbar.stories.summary import summarise
from akhbar.stories.timeline import build_timeline

__all__ = [
    "CLUSTER_LAYERS",
    "ClusterOptions",
    "article_similarity",
    "build_stories",
    "group_articles",
    "make_story",
    "sort_stories",
    "time_anchors",
]


#: The span layers clustering reads (the rest is only needed to build each story).
CLUSTER_LAYERS = ("body", "excluded", "title", "entities", "timex")


def build_stories(articles: Sequence[Article], *, options: ClusterOptions | None = None) -> list[Story]:
    """Cluster ``articles`` into stories and build each story's timeline and summary.

    Story ids are stable: a hash of the story's first member id, so re-running on the same corpus
    keeps the same ids.
    """
    stories = [make_story([articles[i] for i in members]) for members in cluster(articles, options=options)]
    return sort_stories(stories)


def group_articles(articles: Iterable[Article], *, options: ClusterOptions | None = None) -> list[list[str]]:
    """Cluster a stream of articles (only ``CLUSTER_LAYERS`` are read); lists of article ids.

    Each article is profiled as it arrives and then dropped, so a corpus of any size clusters in the
    memory of its profiles; ``make_story`` then needs only one story's articles at a time.
    """
    opts = options or ClusterOptions()
    make = Profiler(options=opts.similarity)
    ids: list[str] = []
    profiles = []
    for article in articles:
        ids.append(article.id)
        profiles.append(make(article))
    return [[ids[i] for i in members] for members in cluster_profiles(profiles, options=opts)]


def make_story(articles: Sequence[Article]) -> Story:
    """One story from its member articles: title, outlets, dates, timeline and summary."""
    group = sorted(articles, key=lambda a: (a.pub_date or date.max, a.id))
    dates = sorted(d for a in group if (d := a.pub_date))
    outlets = tuple(dict.fromkeys(a.outlet or "?" for a in group))
    lead = group[0]
    sid = hashlib.sha1(min(a.id for a in group).encode(), usedforsecurity=False).hexdigest()[:12]
    return Story(
        id=sid,
        title=lead.title or lead.text[:80],
        article_ids=tuple(a.id for a in group),
        outlets=outlets,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        timeline=build_timeline(group) if len(group) <= _TIMELINE_LIMIT else (),
        summary=summarise(group),
    )


def sort_stories(stories: Iterable[Story]) -> list[Story]:
    """Largest first, then by id: the order listings show."""
    return sorted(stories, key=lambda s: (-s.size, s.id))


_TIMELINE_LIMIT = 200  # beyond this a "story" is a topic stream; its timeline would be noise
